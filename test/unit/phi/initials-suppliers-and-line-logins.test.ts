import { describeMarkedCases } from './marked';

/** Capitals made as logins are made, closing a line after a column's gap, a signing dash or slash, or a routing label. */
describeMarkedCases('logins closing a line', [
  { name: 'after a wide gap in a scheduling log', note: '«11/12|DATE»  1400  NO SHOW, LEFT VM               «JSTONE|NAME»\n«11/13|DATE»  0700  WANTS EARLY SLOTS               «JSTONE|NAME»' },
  { name: 'an uncommon surname once', note: 'ENTRY CLOSED               «DKRAUSE|NAME»' },
  { name: 'after a slash', note: 'INTAKE DONE BY FRONT DESK / «DKRAUSE|NAME»' },
  { name: 'after a dash', note: 'LOG CLOSED 1140 - «SPATEL|NAME»' },
  { name: 'after a routing label, with a number', note: 'MAILBOX 4420   ROUTED TO: «KWILLIAMS3|NAME»' },
  { name: 'a word after a gap is no login', note: 'PAIN CONTROLLED, AMBULATING               STABLE' },
  { name: 'an initial glued to a word is no login', note: 'GAIT TRAINING DONE - RWALKER' },
]);

/** Initials after a signature's label, a sealing or collecting verb, an electronic signature's date, or alone with a date. */
describeMarkedCases('initials of a signer in more places', [
  { name: 'after a signature label', note: 'Plan: recheck in 2 wks. Signature: «KL|NAME»' },
  { name: 'after sealed by, before a time', note: 'KIT SEALED BY «RVB|NAME» 1120. HANDED TO DETECTIVE.' },
  { name: "after an electronic signature's date and time", note: 'ELECTRONICALLY SIGNED «02/14/2025|DATE» 16:42 «AFL|NAME»' },
  { name: 'alone on a line with a date and time', note: 'COPY FAXED TO EYE BANK.\n«AKN|NAME» «3/27/25|DATE» 1012' },
  { name: 'after a dash with a date', note: 'PRE-OP CALL DONE.\n-«JQ|NAME» «08/15/25|DATE»' },
  { name: 'a date of service is no signer', note: 'Seen in clinic.\nDOS «12/26/2024|DATE» 1010' },
  { name: 'a progress note label is no signer', note: 'PN «11/25|DATE»\nAfebrile overnight.' },
  { name: 'directions after a prescription label are no signer', note: 'SIG: UD\nDISP: 30' },
]);

/** Dotted initials standing for a person: after who they are, before their age or name in brackets, then everywhere. */
describeMarkedCases('dotted initials of a person', [
  { name: 'in the interest of a child', note: 'RE: In the Interest of «M.J.|NAME», a child' },
  { name: 'a minor child, then again', note: 'HER MINOR CHILD «J.B.|NAME» (DOB «07/30/2017|DATE»).\nTEMPORARY CUSTODY OF «J.B.|NAME» TO PETITIONER.' },
  { name: 'two children joined by and', note: 'IN THE MATTER OF: «A.L.W.|NAME» AND «N.J.W.|NAME», ALLEGED DEPRIVED CHILDREN' },
  { name: 'a peer in brackets', note: 'PT STRUCK PEER («R.T.|NAME») IN FACE IN DAY ROOM' },
  { name: 'a trial subject after the number', note: 'Subj «207-004|ID» («E.M.|NAME»): safety labs drawn' },
  { name: 'before an age in brackets', note: 'INTERVIEW 1000: «T.R.|NAME» (15) ASKED FOR A FEMALE INTERVIEWER' },
  { name: 'patient initials on a form', note: 'Patient initials: «T.W.|NAME»     Sex: M' },
  { name: 'a route is no one', note: 'GIVE 1 TAB P.O. (2 MG) AT 8 A.M. (0800)' },
  { name: 'a place is no one', note: 'Seen at 8 A.M. (0800) and again at 2 P.M. (1400).' },
]);

/** A supplier, a pharmacy or a home-care agency named after the word that says it supplies, fills or serves. */
describeMarkedCases('suppliers, pharmacies and agencies after their cue', [
  { name: 'medical supply after via', note: 'HOME O2 2L VIA «MOTOR CITY MEDICAL SUPPLY|LOCATION». 35 PK-YR' },
  { name: 'a pharmacy after at', note: 'LAST FILL «9/14/24|DATE» AT «VALLEY RX|LOCATION».' },
  { name: 'a respiratory vendor', note: 'CONCENTRATOR ON, VENDOR «BUCKEYE RESPIRATORY|LOCATION».' },
  { name: 'a home-care agency after through', note: 'HOME SAFETY EVAL THROUGH «FAITHFUL FRIENDS HOME CARE|LOCATION».' },
  { name: 'a health system after a dash', note: 'ID CONSULT - «THREE RIVERS HEALTH|LOCATION». REASON: ?TB.' },
  { name: 'high-flow oxygen is no supplier', note: 'SWITCHED TO HIGH FLOW OXYGEN' },
  { name: 'acute respiratory failure is no supplier', note: 'INTUBATED DUE TO IMPENDING RESPIRATORY FAILURE' },
  { name: 'a prescription to confirm is no pharmacy', note: 'CALLED TO CONFIRM RX PICKUP, NO ANSWER' },
  { name: 'care before a time of day is no agency', note: 'DAY SHIFT MAY NEED TO PREMEDICATE BEFORE AM CARE.' },
  { name: 'mental health is no agency', note: 'REFERRED TO MENTAL HEALTH' },
]);

/** Identifiers after labels of courts, banks, insurers' groups, vehicles and police reports. */
describeMarkedCases('identifiers after more labels', [
  { name: 'a petition number', note: 'Petition No. «24-18873|ID»' },
  { name: "an attorney's bar number", note: 'Counsel for petitioner, Bar ID «5511|ID»' },
  { name: "an insurer's group after its short label", note: 'DENTAL PLAN GRP «40017|ID»' },
  { name: 'savings and brokerage accounts', note: 'Savings «3100-228-904|ID», brokerage «8812-4470|ID»' },
  { name: 'a tractor unit', note: 'SLEEPS IN THE BERTH OF TRACTOR UNIT «44712|ID»' },
  { name: 'a vehicle after its short label', note: 'DRIVER ON ROUTE    VEH «TCA-114|ID»' },
  { name: "a police report's short label", note: 'see police rpt «24-088119|ID» for details' },
  { name: 'a badge and employee number', note: 'INSPECTOR BADGE/EMP «00-58812|ID»' },
  { name: "a commercial licence after its state's code", note: 'CDL# «IA|LOCATION» «881CX4730|ID»' },
  { name: 'a trailer plate stays a plate', note: 'TRAILER PLATE «TR 559 204|ID». DRIVER TRANSPORTED' },
  { name: 'checking a glucose is no account', note: 'CHECKING BG 4X DAILY; SAVINGS OF 20% ON STRIPS' },
  { name: 'a trailer hitch is no vehicle number', note: 'TRAILER HITCH INJURY 2 WKS AGO' },
]);

/** A first name that everyday prose seldom uses as a word is the name again wherever the note writes it, even in capitals. */
describeMarkedCases('first names found once, then named alone', [
  { name: 'a daughter named again', note: 'ASKING FOR DAUGHTER «CAROL|NAME». REASSURED THAT «CAROL|NAME» WILL VISIT SATURDAY.' },
  { name: 'a son named again at a line start', note: 'SON «HECTOR|NAME» AT BEDSIDE.\n«HECTOR|NAME» AGREES WITH PLAN.' },
  { name: 'a grace period stays a period', note: 'DAUGHTER «GRACE|NAME» CALLED. GRACE PERIOD ON PREMIUM DISCUSSED.' },
  { name: 'a king airway stays an airway', note: 'SON «KING|NAME» NOTIFIED. KING AIRWAY PLACED BY EMS.' },
]);

/** Eponyms of tests, formulas and devices, and brand names the dictionaries lack, are no names or places. */
describeMarkedCases('eponyms and brands that are no names', [
  { name: 'a body-surface formula', note: 'BSA (Mosteller) 1.60 m2. Paclitaxel 175 x 1.60 = 280 mg' },
  { name: "a wrist test in capitals", note: 'TENDER FIRST DORSAL COMPARTMENT. FINKELSTEIN NEG. GRIP R 28 KG' },
  { name: 'a gastric tube', note: 'NPO, REPLOGLE TO LIS. TPN VIA PICC.' },
  { name: 'a fetal weight formula', note: 'EFW 361 G (55%), HADLOCK' },
  { name: 'a skin sign', note: 'Skin: heliotrope rash, Gottron papules over MCPs.' },
  { name: 'an ointment', note: 'S: Itchy under the arm. Using Aquaphor BID.' },
  { name: 'a vaccine brand', note: 'Given today: Hep A (Havrix 1440) #1, oral typhoid (Vivotif).' },
  { name: 'a service in shorthand', note: 'Questions: call the Peds ED nurse line or Gyn Onc clinic.' },
  { name: 'a surgeon named so is still a name', note: 'Seen by Dr. «Finkelstein|NAME» today.' },
]);

/** Roles a patient meets rather than holds need a cue to be a job: a counsellor, an attorney, a courier, a reporter. */
describeMarkedCases('roles met, not held', [
  { name: 'a referral to a counselor', note: 'REFERRAL TO TRAUMA-INFORMED COUNSELOR. FOLLOW UP 2 WKS.' },
  { name: 'an attorney holding a will', note: 'Advance directives: DNR signed. Will is with attorney.' },
  { name: 'a courier taking a specimen', note: 'CRYO AND COURIER TO OUR LAB.' },
  { name: 'a counselor as the patient’s job', note: 'PT WORKS AS A «SCHOOL COUNSELOR|PROFESSION» AT «EAST HIGH|LOCATION».' },
]);

/** Clinical shorthand a rule once took for a name, and then flagged at every other mention. */
describeMarkedCases('shorthand that spread as a name', [
  { name: 'a reflex shorthand', note: 'REFLEXES: DTRS 2+ SYMMETRIC. DTRS RECHECKED AFTER MAG.' },
  { name: 'a sedative drip', note: 'RASS +3 -> 0 ON DEX 0.8. CONT DEX, TITRATE RASS 0 TO -1.' },
  { name: 'a syphilis test', note: 'JAIL INTAKE, RPR 1:8, TREATED X1. REPEAT RPR PENDING.' },
  { name: 'an inherited kidney disease', note: 'Exclude a heritable nephropathy (e.g., Alport, ADPKD).' },
]);

/** Jobs after a position or social-history label, after "works as" before a bracket or "and", after a name and age before "w/". */
describeMarkedCases('jobs in more places', [
  { name: 'after a position label', note: 'Employer: poultry plant    Position: «deboning line worker|PROFESSION», 2nd shift' },
  { name: 'after a social-history label', note: 'SOCIAL: «FORESTRY WORKER|PROFESSION», OFF WORK SINCE INJURY.' },
  { name: 'after works as, before a bracket', note: 'PT WORKS AS «NAIL SALON OWNER|PROFESSION» (OWN SHOP).' },
  { name: 'after work as, before and', note: "I work as a «CPA|PROFESSION» and it's tax season" },
  { name: 'after a resident was a, before a dash', note: 'RES WAS A «HOTEL HOUSEKEEPING SUPERVISOR|PROFESSION» - FOLDS TOWELS' },
  { name: 'a tool and die maker whole', note: 'He worked 38 yrs as a «tool and die maker|PROFESSION» at the plant.' },
  { name: 'after a name and age, before w/', note: '«Travis Ekberg|NAME», 34, «timber faller|PROFESSION» w/ a logging crew.' },
  { name: 'a position of the body is no job', note: 'Position: supine, HOB 30' },
  { name: 'a widower is no job', note: 'SOCIAL: WIDOWER. LIVES ALONE.' },
]);

/** Numbered highways after a route arrow, "use" or "drives", or before a bypass, a corridor or an exit; streets after "on" with a compass letter or a lane. */
describeMarkedCases('highways and streets in more places', [
  { name: 'after a route arrow, before a bypass', note: 'Route: residential → «US-30|LOCATION» bypass → downtown.' },
  { name: 'a Michigan trunk line', note: 'SEEN AT THE GAS STATION ON «M-72|LOCATION» APPROX 0.6 MI AWAY' },
  { name: 'two interstates driven', note: 'DRIVES «I-69|LOCATION» / «I-80|LOCATION» CORRIDOR, 11 HR DAYS.' },
  { name: 'a street with a compass letter', note: 'FELL AT A JOBSITE ON «W BASELINE RD|LOCATION» WHEN A PLANK SHIFTED' },
  { name: 'a lane after on', note: 'ARRIVED BY EMS FROM HOME ON «HICKORY HOLLOW LN|LOCATION». L NARE BLEEDING' },
  { name: 'a scan after on is no street', note: 'NO BLEED ON HEAD CT, NO ACUTE CHANGE' },
  { name: 'a logging trail is no street', note: 'PT ~0.4 MI IN ON LOGGING TRAIL, GPS GIVEN.' },
]);

/** A first name before a staff role in brackets: an aide, a scribe, a scheduler, a nurse. */
describeMarkedCases('names before more bracketed staff roles', [
  { name: 'a rehab aide', note: 'INTAKE BY «DEB|NAME» (REHAB AIDE) THIS MORNING' },
  { name: 'a scribe', note: 'SEEN WITH THE TEAM AND «TOM|NAME» (SCRIBE).' },
  { name: 'a drug before a nurse in brackets is no name', note: 'PT REFUSED LASIX (RN).' },
]);

/** Organisations named with a network, a coalition, a trust, airways or an answering or well service. */
describeMarkedCases('organisations by more heads', [
  { name: 'a donor network', note: '0320 «SUNCOAST DONOR NETWORK|LOCATION» NOTIFIED, NOT A CANDIDATE.' },
  { name: 'an airline', note: 'PT IS A «FLIGHT ATTENDANT|PROFESSION» FOR «SUNCOAST AIRWAYS|LOCATION», WORK NOTE GIVEN' },
  { name: 'an oilfield service', note: 'FLOORHAND ON A RIG FOR «CAPROCK WELL SERVICE|LOCATION». FLASH FIRE' },
  { name: 'support and social networks are no firms', note: 'SOCIAL NETWORK INTACT. SUPPORT NETWORK: SISTER NEARBY.' },
  { name: 'a programme of care is no firm', note: 'COMPREHENSIVE TBI EVALUATION -- POLYTRAUMA NETWORK SITE' },
]);

/** A room or bed assigned, or named by one capital letter. */
describeMarkedCases('rooms assigned or lettered', [
  { name: 'a room assigned', note: 'ROOM ASSIGNED: «11|LOCATION» (FAMILY SUITE, 2ND FL).' },
  { name: 'a bed assigned', note: 'BED ASSIGNED: «612|LOCATION»     RECEIVING RN AWARE' },
  { name: 'a lettered consult room', note: 'MET HER IN THE FAMILY CONSULT ROOM «B|LOCATION».' },
  { name: 'two beds joined by and stay words', note: 'MONITOR BED A AND B' },
]);

/** What a review of these rules found they took for PHI, and must not. */
describeMarkedCases('look-alikes of the new rules', [
  { name: 'self-help groups and diagnoses in dotted letters', note: 'Attends A.A. (Alcoholics Anonymous). Dx C.F. (Cystic Fibrosis).' },
  { name: 'dotted shorthand after the patient', note: 'PT S.O.B. AT REST. Pt A.O. x3. Patient H.I.V. positive.' },
  { name: 'dotted letters before a measure in brackets', note: 'E.K.G. (12 leads) done. T.B. (10 mm) read.' },
  { name: 'a vaccine and its date on a line', note: 'IMMUNIZATIONS:\nPPV «5/6/2020|DATE»\nHEP «7/1/2021|DATE»' },
  { name: 'a weekday and a date on a line', note: 'NEXT DOSES:\n«TUE 10/14|DATE»\nGIVE 2.5 MG TUE/FRI' },
  { name: 'a line collected by shorthand', note: 'CULTURES COLLECTED BY ART 0600. WITNESSED BY PCT 0300.' },
  { name: "a signature's time zone", note: 'Electronically signed «03/04/2025|DATE» 14:22 CST' },
  { name: 'checking a glucose at a time', note: 'WILL BE CHECKING 1400 GLUCOSE' },
  { name: 'a repeat lab at a time', note: 'RPT TROP 0600. RPT K 2200.' },
  { name: 'a tractor model and a speed', note: 'ROLLED TRACTOR 4020. SPEED OF VEH: 45 MPH' },
  { name: 'a grab bar', note: 'Grab bar #12 loose in bathroom.' },
  { name: 'oxygen by its delivery', note: 'SWITCHED VIA VENTURI OXYGEN, THEN VIA HIGH-FLOW OXYGEN' },
  { name: 'early and tongue mobility', note: 'PT CONSULT (EARLY MOBILITY). EXERCISES TO IMPROVE TONGUE MOBILITY.' },
  { name: "a plan in brackets after the insurer's label", note: 'INS: «NEBRASKA|LOCATION» MEDICAID (HERITAGE HEALTH)' },
  { name: 'a relative named, then the word', note: 'WIFE «PAT|NAME» AT BEDSIDE. WOUND CLEANSED, PAT DRY.' },
  { name: 'a court for games', note: 'FELL ON TENNIS COURT. ALSO SEEN AT DRUG COURT.' },
  { name: 'a hobby after a name and age', note: 'Ed, 62, avid golfer w/ wife' },
  { name: 'a team is no job', note: 'They work as a team w/ wife on his meds.' },
  { name: 'Usher syndrome', note: 'Genetics exam (rule out syndromic causes e.g. Usher).' },
]);
