import { describeMarkedCases } from './marked';

/** Ambulance, rescue and fire services, motels and diners named in ordinary words, and the plain uses of the same heads. */
describeMarkedCases('services and lodgings named before their head', [
  { name: 'a ground ambulance', note: 'UNIT B-14  «PINEY WOODS AMBULANCE|LOCATION»  TRIP 77' },
  { name: 'an air ambulance', note: 'FIXED WING («NORTHERN LIGHTS AIR AMBULANCE|LOCATION») ETA 1645.' },
  { name: 'a volunteer fire department', note: 'EXTRICATED BY «MUNICH VOLUNTEER FIRE|LOCATION» W/ GRAIN RESCUE TUBE.' },
  { name: 'an air rescue service', note: '«CHESTATEE AIR RESCUE|LOCATION» - AIR 3 MISSION LOG' },
  { name: 'a motel', note: 'FELL ON ICE OUTSIDE «PRAIRIE ROSE MOTEL|LOCATION» THIS AM.' },
  { name: 'a verb before the head is no name', note: 'FAMILY AGREES, WILL MEET AMBULANCE THERE.' },
  { name: 'the kind of service before the head is no name', note: 'TRANSPORT BY BLS AMBULANCE. PRIVATE AMBULANCE ARRIVED 1400.' },
  { name: 'one dictionary word before the head is no name', note: 'BACKUP AMBULANCE CALLED. LIVING IN ROADSIDE MOTEL. INCOMING AMBULANCE PT.' },
  { name: 'an employer before the head is no name', note: 'TRANSPORTED BY COMPANY AMBULANCE. DRIVEN IN BY MINE AMBULANCE.' },
]);

/** Numbered roads after a label, a slash or 'use', and roads written RD, Route, RT or US. */
describeMarkedCases('numbered roads', [
  { name: 'after a label', note: 'HOME: «HWY 18» E OF TOWN, TURN AT THE CHAPEL.' },
  { name: 'after a slash at a crossing', note: 'XST: «PINE BARREN LN|LOCATION» / «HWY 301»' },
  { name: "after 'use'", note: 'IMPASSABLE AFTER RAIN - USE «CR 4150» INSTEAD.' },
  { name: 'a route off which someone stays', note: 'staying at a lodge off «Route 9».' },
  { name: 'a US highway after a direction word', note: 'DIRECTIONS: OFF «US 64» PAST THE HOGBACK.' },
  { name: 'an oxygen flow is no road', note: 'PT ON RT 2 L NC.' },
  { name: 'a year after US is no road, only the country', note: 'RESETTLED TO THE «US» 2012 WITH HIS SON.' },
  { name: 'a sinus rhythm is no road', note: 'AMIO GIVEN, CONVERTED TO SR 90S.' },
  { name: 'a dietitian twice a week is no road', note: 'REFERRED TO RD 2X WEEKLY.' },
  { name: 'right, ultrasound and the dietitian before a number are no road', note: 'LAC ON RT 2 CM. HEMATOMA ON US 4 CM. SPOKE TO RD 1800 KCAL GOAL. LOC: RT 2 ARM.' },
  { name: 'a route before its heading', note: 'SCENE: ST «RT 29» EB AT THE BRIDGE.' },
].map((c) => ({ ...c, note: c.note.replace(/«([^|»]+)»/g, '«$1|LOCATION»') })));

/** Logins joined by an underscore to a system's or role's prefix or suffix. */
describeMarkedCases('logins with an affix', [
  { name: "a dispatcher's prefix", note: '21:06:44  CALL RCVD - «DSP_MHARGIS|NAME»' },
  { name: "a role's prefix", note: 'COLLECTED 05:10 BY «CNA_RPINEDA|NAME»' },
  { name: "a system's suffix", note: 'yours from Call 2 is still open under «dwhitfield_hvrs|NAME».' },
  { name: 'field names of a system are no logins', note: 'ORDER_STATUS: FINAL, RESULT_FLAG: PT_CONTINUE_MEDS' },
  { name: 'equipment after a role is no login', note: 'DME_RWALKER ordered.' },
]);

/** A practice's name as a note's letterhead, where a specialty ends it, and heads of heart, neuro and joint practices. */
describeMarkedCases('practices named on the first line and by their field', [
  { name: 'a specialty ending the letterhead', note: '«BLUEGRASS UROLOGY|LOCATION» - VASECTOMY CONSULT\nPT SEEN TODAY.' },
  { name: 'a heart center with a name of its own', note: 'CATH AT «PAHA SAPA HEART CENTER|LOCATION» MONDAY.' },
  { name: 'a heart and vascular practice', note: 'Receiving: «Front Range Heart & Vascular|LOCATION», cath lab.' },
  { name: 'a service on the first line stays a service', note: 'VASCULAR NEUROLOGY - CONSULT\nPT SEEN TODAY.' },
  { name: 'a kind of medicine on the first line stays a kind', note: 'INTERNAL MEDICINE - PROGRESS NOTE\nPT SEEN TODAY.' },
  { name: 'shorthand for a field on the first line stays a field', note: 'HEME ONCOLOGY - CLINIC\nPT SEEN TODAY.' },
]);

/** A job after its label ends at a form's column gap; a field that says there is no job holds none. */
describeMarkedCases('jobs after their label in forms', [
  { name: 'a form column after the job', note: '10. OCCUPATION: «VINEYARD PRUNER|PROFESSION»   11. SHIFT: DAYS' },
  { name: 'no job in the field', note: 'OCCUPATION: RETIRED  SMOKER: NO\nOCC: UNKNOWN  ETOH: NONE' },
]);

/** Dispatch, run, kit, financial and claim numbers in dashed groups, SSN last four in brackets, aircraft N-numbers. */
describeMarkedCases('numbers after their word, and aircraft', [
  { name: 'a dispatch number', note: 'BUS ROLLOVER   CAD «25-0917-0033|ID»   IC: CHIEF ON SCENE' },
  { name: 'a financial number', note: 'FIN: «2025-0614-8831|ID»' },
  { name: 'a case number in three groups', note: 'CLOSED THE MISSING PERSON REPORT, CASE «05-12-7781|ID».' },
  { name: 'a year range after a report is no number', note: 'ANNUAL REPORT 2020-2021 REVIEWED.' },
  { name: "a claim number after the claim's word", note: 'W/C CLAIM: «0925-1177-40|ID»' },
  { name: 'the last four of an SSN in brackets', note: 'SSN (LAST 4): «6620|ID»' },
  { name: 'an aircraft where the note speaks of flying', note: 'Transport: King Air «N88SA|ID», ETA 1130.' },
  { name: 'a stenosis range and a rate are no numbers of anything', note: 'CAD 50-70% STENOSIS. RUN 120-150 ML/HR. TRIP 10-12 DAYS.' },
  { name: 'a mask is no aircraft', note: 'N95 MASK ON. AIRBORNE PRECAUTIONS. AIR LEAK NOTED.' },
  { name: 'a respirator class on a flight is no aircraft', note: 'FLIGHT CREW DONNED N99S. ON ROOM AIR, STAFF IN N95S.' },
  { name: 'ranges and year spans after the words are no numbers of anything', note: 'SBP RUN 140-150S. SUGARS RUN 150-250 AT HOME. EPISODE 2019-2020. RUN: 100-200 CC.' },
]);

/** Bunks, cabins, bed spaces, housing and storage units, and an ICU's bed, but not a count or a time. */
describeMarkedCases('rooms of other kinds', [
  { name: 'a bed space', note: 'BW 560 G   BEDSPACE «5|LOCATION», GIRAFFE OMNIBED' },
  { name: "a shelter's bunk", note: 'at shelter since fall, bunk «B-22|LOCATION».' },
  { name: "a jail's housing unit", note: 'DETENTION CENTER, HOUSING UNIT «C-14|LOCATION»' },
  { name: "a ship's cabin", note: 'SENT MEDICAL LOG (CABIN «7214|LOCATION»).' },
  { name: "an ICU's bed", note: 'HANDOFF  ICU «1|LOCATION»  AT 1900' },
  { name: 'open beds, a nurse and a time are no rooms', note: 'ICU 0 OPEN, NO DIVERSION. ICU 2 NURSE AWARE. FALLS FROM BUNK 0502 WITH SHAKING.' },
  { name: 'units given in the ICU are no bed', note: 'ICU 2 UNITS PRBC GIVEN. ICU 1 L BOLUS GIVEN.' },
  { name: 'a height or a stay after the room word is no room', note: 'FELL FROM TOP BUNK 5 FT. STAYED IN CABIN 3 DAYS. IN ROOM 3 DAYS.' },
]);
