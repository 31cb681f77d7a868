import assert from 'node:assert/strict';
import { it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi/detect';
import { describeMarkedCases } from './marked';

/** A job's place named with its article: a venue's name, a word no dictionary has, or title case after a capital The. */
describeMarkedCases('workplaces named with their article', [
  { name: 'a bistro after a line cook', note: "PT MENTIONED HE'S A «LINE COOK|PROFESSION» AT «THE ROOKERY BISTRO|LOCATION» - ADVISED SOFT DIET." },
  { name: 'a grille in capitals', note: 'PT IS A «LINE COOK|PROFESSION» AT «THE TIDEWATER GRILLE|LOCATION». MOM AT BEDSIDE.' },
  { name: 'title case in prose', note: 'He worked part time as a «dishwasher|PROFESSION» at «The Livery|LOCATION». The police report is pending.' },
  { name: 'a kind of place is no name', note: 'COOK AT THE RESTAURANT. NURSE AT THE FRONT DESK. TECH AT THE TIME OF DRAW. RN AT THE BEDSIDE.' },
  {
    name: 'a place named by one ordinary word is a kind of place',
    note: 'WORKS AS «DRIVER|PROFESSION» AT THE AIRPORT. STUDENT AT THE UNIVERSITY. «LIBRARIAN|PROFESSION» AT THE LIBRARY. COOK AT THE CAFETERIA. «MECHANIC|PROFESSION» AT THE DEALERSHIP X 10 YRS.',
  },
]);

it("a workplace's name ends before a count ('X 10 YRS')", () => {
  const found = detectPhi('PT IS A LINE COOK AT THE ROOKERY BISTRO X 10 YRS.').find((f) => f.category === 'LOCATION');
  assert.equal(found?.text, 'THE ROOKERY BISTRO');
});

/** A census whose columns stand apart in runs of blanks, with no dash or colon after the resident. */
describeMarkedCases('census rows in blank-separated columns', [
  {
    name: 'rooms and residents, two of whom the name lists know',
    note:
      'ROOM  RESIDENT                 BRADEN  RISK\n«107|LOCATION»  «FLINT, VIOLET|NAME»               12      MASD PERINEUM\n«103A|LOCATION» «PRZYBYLSKI, HELENA|NAME»          13      STAGE 2\n«109|LOCATION»  «KOWALCZYK, IRENA|NAME»     9   STAGE 3',
  },
  { name: 'a list of doses is no census', note: '100  MG DAILY    ORAL\n200  MG BID      ORAL\n300  MG TID      ORAL' },
]);

/** Nursing homes named "... Health and Rehabilitation", as "... Health and Rehab" already were. */
describeMarkedCases('health and rehabilitation facilities', [
  { name: 'in capitals with an ampersand', note: 'CARE PLAN UPDATE   «WILLOW BEND HEALTH & REHABILITATION|LOCATION»' },
  { name: 'title case with and', note: 'Admitted from «Cedar Grove Health and Rehabilitation|LOCATION» last week.' },
  { name: 'the kind of care is no facility', note: 'Goals: home health and rehabilitation services after discharge.' },
  { name: 'a kind of care in title case is no facility', note: 'Goals: Home Health and Rehabilitation services. Occupational Health and Rehabilitation follow-up.' },
]);

/** A bed after a critical-care unit's initials may end a sentence; a decimal after them is no bed. */
describeMarkedCases('beds after a unit ending a sentence', [
  { name: 'a burn ICU bed before a full stop', note: 'BED ASSIGNED: BICU «3|LOCATION».  TRANSFER CENTER CALLED BACK.' },
  { name: 'a mother-baby room before a full stop', note: 'SW met pt at bedside, MBU «218|LOCATION». Cousin present.' },
  { name: 'a decimal is no bed', note: 'BICU 3.5 L NC OVERNIGHT' },
]);

/** Numbers after the labels of an identity band, a service ticket, a claim's control number, a facility and an employee. */
describeMarkedCases('numbers after band, ticket, control, facility and employee labels', [
  { name: "a newborn's band after '#'", note: 'BABY BOY   BAND # «NB-4114-A|ID»   BORN @ 0614 SVD' },
  { name: 'a band number with a dash', note: 'ORDERS RECEIVED. CONSENTS SIGNED. BAND «2214-0019|ID».' },
  { name: "a mother's band after '#'", note: "Verified with mom's band #«4418-2|ID». Mom reassured." },
  { name: 'a service ticket', note: 'HOME OXYGEN CALLED, SVC TICKET «77120|ID».' },
  { name: "a claim's control number", note: 'DENIED «3/2|DATE», CLAIM/CTRL # «24081004417900|ID»: F2F NOTE INCOMPLETE' },
  { name: "a facility's ID", note: 'REPORTING FACILITY ID «0447|ID»     PAGE 1 OF 2' },
  { name: "an employee's number with a letter prefix", note: 'EMP «KBR-7720|ID»     JOB: «FURNACE TENDER|PROFESSION»' },
  { name: 'band cells, a band in a year and tickets counted are no numbers', note: 'CBC: WBC 12, BANDS 12%, BAND 1500 ABS. Gastric band 2019. Ticket 3 sold. TICKET PRICE 20.' },
  { name: "a frequency band, a count range and a lap band's model are no numbers", note: 'FREQUENCY BAND 250-8000 HZ. BANDS 1000-1500 ON DIFF. Lap band AP-150.' },
  { name: 'a ticket of a year and a month is a date', note: 'SPEEDING TICKET «12-2023|DATE». SVC TICKET «77120|ID».' },
  { name: "a laboratory's control is no claim's", note: 'LEVEL 2 CONTROL NO. 45821 WITHIN RANGE.' },
]);

/** A year-first case or accession number opening a row, or in the column just before the person's name. */
describeMarkedCases('dashed case numbers beside listed names', [
  {
    name: 'accession numbers in the column after a date and a time',
    note: 'DATE    TIME   ACCESSION     PATIENT\n«10/21|DATE»   0422   «24-295-0113|ID»    «GRUBER, ANTON|NAME»\n«10/21|DATE»   0530   «24-295-0188|ID»    «NWOSU, IFEOMA|NAME»',
  },
  { name: 'case numbers opening the rows of a log', note: 'CASE    EMPLOYEE\n«24-031|ID»  «VAZQUEZ, ELIDA|NAME»\n«24-047|ID»  «TRAN, BAO|NAME»' },
  { name: 'one row is no table', note: 'DRAWN   24-295    «GRUBER, ANTON|NAME»' },
]);

/** A first name before a role in brackets after 'by', 'to' or 'with', the role perhaps with its unit; CVT is a credential. */
describeMarkedCases('staff named before a bracketed role mid-sentence', [
  { name: 'a word that is a first name, witnessed by', note: '[X] CONSENT SIGNED, WITNESSED BY «JOY|NAME» (CVT)' },
  { name: 'a handoff to a nurse of a unit', note: '0731 GROIN PREPPED. HANDOFF TO «GRACE|NAME» (IR RN).' },
  { name: 'training with a tech', note: 'I&R TRAINING DONE W/ «DESTINY|NAME» (CL TECH): PT DEMONSTRATED X2.' },
  { name: 'a credential after the signer is no second signer', note: 'WITNESSED BY «JOY|NAME», CVT' },
  { name: 'a summary by its author is no one', note: 'DC SUMMARY (RN) ATTACHED. RTC CVT 3 MO.' },
  { name: 'a department before a role is no one', note: 'REPORT CALLED BY PHARMACY (RN) AND TO SECURITY (CHARGE).' },
]);

/** The speakers of a chat log whose times stand without brackets. */
describeMarkedCases('chat logins after a bare time', [
  {
    name: 'a dotted login before a display name, then alone',
    note: '08:02 «kpatel.cm|NAME» («Kavya Patel|NAME», CM): morning!\n08:05 «kpatel.cm|NAME»: ty.\n09:47 «rmay_sw|NAME»: spoke w/ son',
  },
  { name: 'timed entries of words are no logins', note: '11:00 vitals: stable\n12:00 pt: resting\n13:00 plan: continue' },
  { name: 'timed readings are no logins', note: '10:15 spo2: 94% RA\n12:00 fio2: 40%\n09:00 d5w: at 75/hr\n08:00 pt.resting: no distress\n09:00 ns_bolus: 500 ml given\n11:00 nephro (dr lee): recs' },
]);

/** A first name in quotes before the ID an interpreter or an agent gives. */
describeMarkedCases('names in quotes before an ID', [
  { name: "an interpreter's first name and ID", note: 'INTERPRETER: ROHINGYA VIA PHONE, "«SAYED|NAME»" ID «RO-81006|ID»; SPEAKS ALSO CHITTAGONIAN.' },
  { name: 'a quoted label before a number is no name', note: 'Specimen labeled "Left" #1. Two containers: "Appendix" #1, "Gallbladder" #2.' },
]);

/** Device interrogations, cath-lab and echo products, paging and archive systems: no one's name. */
describeMarkedCases('device and lab vocabulary', [
  { name: 'impedances and sensing in capitals', note: 'BATTERY 8.5 YRS. RA IMP 437 OHMS, SENS 2.8 MV. SHOCK IMP 58 OHMS. IMPEDANCES <5 KOHM.' },
  { name: 'a pacemaker model after DR', note: 'DEVICE: MEDTRONIC AZURE XT DR MRI SURESCAN W1DR01' },
  { name: 'stents, contrast, sheaths and echo agents', note: 'Stent: Xience Skypoint 3.0 x 23 mm. Contrast 110 mL Visipaque. 6Fr Glidesheath Slender. No LV thrombus w/ Definity.' },
  { name: 'systems a team uses', note: 'Team paged via Vocera. Uploaded to Persyst. Images archived to Syngo Dynamics. Notes uploaded to CAREPORT.' },
]);

/** Languages, vaccines, forms and drug classes a refugee clinic or a case manager writes: no one's name. */
describeMarkedCases('languages, vaccines, forms and drug classes', [
  { name: 'languages', note: 'Mother speaks Kiswahili and Kinyarwanda. Handout in Kreyòl.' },
  { name: 'a vaccine and a form in capitals', note: 'DUE NOW: TDAP, MENACWY, HPV #1. MOLST UPDATED AND SIGNED. SON IS HCPOA.' },
  { name: 'a drug class in capitals', note: '(!! BISPHOSPHONATE - MRONJ RISK PRIOR TO EXT). PT NONADHERENT.' },
]);

/** A count of days, weeks or months, or a weight, then a full stop: the next sentence's words are no street. */
describeMarkedCases('counts and weights before a full stop', [
  { name: 'days of a dose', note: 'LOVENOX 40 MG SQ DAILY X 14 D. NEEDS PT/OT 5X/WK.' },
  { name: "a newborn's weight", note: 'APGARS 8/9. BW 2890 G. LENGTH 48 CM. HC 33 CM.' },
  { name: 'months before a recall', note: 'NEXT RECALL 6 MO. PT REQUESTS APPTS ON THURSDAYS ONLY.' },
  { name: 'a lettered street stays one', note: 'LIVES AT «123 D ST NE|LOCATION»' },
]);
