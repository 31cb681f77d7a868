import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Date, age, identifier and contact shapes found missing (or falsely flagged) on the second dev corpus
 * (synthetic-dev2.jsonl), fixed by pattern family. Each note marks its PHI «text|CATEGORY»; a case passes
 * when every marked span is found with its category and nothing unmarked is reported. Written for these
 * tests; not taken from any corpus.
 */
const cases: MarkedCase[] = [
  // Dates
  { name: 'dotted date with a two-digit year after a cue', note: 'Next visit «11.19.21|DATE». Labs then.' },
  { name: 'dotted date with a two-digit year in a caps header', note: 'NSG NOTE «11.21.20|DATE» 1900-0700; VSS' },
  { name: 'dotted day-first date with a two-digit year', note: 'Seen in clinic «23.11.19|DATE» for review.' },
  { name: 'version and section numbers are no dates', note: 'Epic version 2.1.15 installed; see section 4.2.10 of the policy.' },
  { name: 'eight-digit date before a comma', note: 'PT TO «5 WEST|LOCATION» ON «20200820|DATE», REPORT GIVEN.' },
  { name: 'ISO year and month in brackets', note: 'Colonoscopy report («2019-05|DATE») reviewed.' },
  { name: 'ordinal range from the nth to the mth', note: 'Treated with ceftriaxone from the «4th|DATE» to the «9th|DATE».' },
  { name: 'ordinal range without articles', note: 'He was hospitalized from «1st|DATE» to the «3rd|DATE» at an outside facility.' },
  { name: 'anatomical ordinals are no dates', note: 'Fracture of the 4th to the 5th metatarsal; pain from 2nd to 3rd toe.' },
  { name: 'date cue beats a nearby score', note: 'PHQ-9 score 14. Next visit «2/10|DATE».' },
  { name: 'pain scores stay unflagged', note: 'Pain 7/10 this morning, improved to 3/10 after oxycodone.' },
  { name: 'march as a verb in mixed case', note: 'Patient will march to PT gym with walker.' },
  { name: 'march as a verb in caps', note: 'PT ABLE TO MARCH IN PLACE; MARCH TO PT GYM TOLERATED.' },
  { name: 'lower-case month after a preposition', note: 'symptoms since «march|DATE», worse at night' },
  { name: 'May after to, from, last or next', note: 'Worse from «March|DATE» to «May|DATE»; seen last «May|DATE».' },
  { name: 'capitalised month alone', note: 'In «March|DATE» she moved in with family.' },
  { name: 'abbreviated month alone after a word of time', note: 'Symptoms since early «Jan|DATE», worse mid-«Sept|DATE».' },
  { name: 'abbreviated month pair', note: 'Flares in «Mar|DATE»/«Apr|DATE» every year.' },
  { name: 'range of month and year', note: 'Chemotherapy «12/2019-01/2020|DATE» at an outside center.' },
  { name: 'range of two full slash dates', note: 'Admitted «1/2/19-1/5/19|DATE» for pneumonia.' },
  { name: 'date part of an ISO timestamp', note: 'Result time «2019-03-04|DATE»T14:30:00Z; sent «20190304|DATE»T1430.' },
  { name: 'week of a date', note: 'Follow up the week of «3/4|DATE».' },
  { name: 'weekday after a date belongs to it', note: 'Labs «3/4 (Mon)|DATE» and «3/5 Tues|DATE»; on «3/6|DATE» sat up in chair.' },
  { name: 'MAY before a dose in caps is the verb', note: 'PT MAY 2 L NC PRN SOB; MAY 1 TAB Q6H. SEEN IN CLINIC ON «MAY 2|DATE» FOR FOLLOW UP.' },
  { name: 'clock time after a date is no year (extended profile)', note: 'Seen «June 7, 2025|DATE» 1912 by RN; NSG «20240723|DATE» 1900-0700; moved here in «1990|DATE».', options: { profile: 'extended' } },
  { name: 'month-named person before a possessive or a surname, or after saw', note: "«June|NAME»'s son called. I saw «June|NAME» again; «April Nguyen|NAME» visited. Seen in «April|DATE» by Dr. «Lee|NAME»." },
  { name: 'month-named relative is no date', note: 'Daughter «April|NAME» at bedside.' },

  // Ages over 89
  { name: 'age over 89 in words after age', note: 'Age «ninety-two|AGE», lives alone.' },
  { name: 'age over 89 in words after aged in caps', note: 'PT AGED «NINETY|AGE», FROM NH.' },
  { name: 'decade over 89 with early, mid or late', note: 'A woman «in her late 90s|AGE» with dementia.' },
  { name: 'nonagenarian', note: 'Frail «nonagenarian|AGE» admitted after a fall.' },
  { name: 'number over 89 before yrs without old', note: 'Pt is «94|AGE» yrs, lives alone.' },
  { name: 'MAY after THIS as a modal verb in caps is no date', note: 'THIS MAY BE RELATED TO HER MEDS; WILL MONITOR.' },
  { name: 'May after this as a date when no verb follows', note: 'Seen this «May|DATE» for follow-up.' },
  { name: 'a lens model glued to SN is no serial number', note: 'IOL: SN60WF +21.5 D placed in the bag.' },
  { name: 'a serial number after SN and a colon', note: 'Pacemaker SN: «PJN123456|ID» interrogated.' },
  { name: 'a Fahrenheit temperature after T is no age', note: 'VS: T 98F, HR 72, BP 120/80, SpO2 97% RA.' },
  { name: 'a Fahrenheit temperature after TEMP in caps is no age', note: 'TEMP 99F; HR 88; RR 18.' },
  { name: 'a Fahrenheit reading before a pulse is no age', note: 'Vitals 98F, P 80, R 16.' },
  { name: 'age and sex shorthand over 89 still found', note: '«98|AGE»F with CHF, admitted for dyspnea.' },
  { name: 'spans of time over 89 years are no ages', note: 'Family farm for 90 years; house built 100 years ago.' },
  { name: 'yes/no after a saturation is no age', note: 'O2 sat 95 y/n documented.' },

  // Identifiers
  { name: 'infectious-disease line of a systems review', note: 'ID: TMAX 101.2; PAN CX SENT. ID: afebrile.' },
  { name: 'encounter number with letters inside', note: 'MRN #«4436944|ID»  Enc # «41X3538758|ID»' },
  { name: 'device serial after SN', note: 'Pacemaker (SN «ULF316196K|ID») reprogrammed.' },
  { name: 'bare Medicaid label', note: 'PT HAS MEDICAID «CT82150F|ID»; DUAL ELIGIBLE.' },
  { name: 'Medicare and Medicaid without numbers', note: 'Has Medicare and Medicaid; no secondary.' },
  { name: 'bare License label', note: 'Sincerely,\nLicense «67699|ID»' },
  { name: 'bare ID label before a grouped number', note: 'Visit note\nID «51-69-51|ID»' },
  { name: 'Idaho before a ZIP is no identifier label', note: 'Lives in «Boise|LOCATION», «ID|LOCATION» «83702|LOCATION».' },
  { name: 'surgical pathology accession', note: 'SURGICAL PATHOLOGY «SP-19-004512|ID» received.' },
  { name: 'accession with letters glued to the year', note: 'Compared with «KJ22-6156|ID» and «S19-12345|ID».' },
  { name: 'three groups of digits', note: 'wristband «462-121-031|ID» checked' },
  { name: 'no after an account label belongs to the label', note: 'Pt acct no «00012345|ID»; group no «2A|ID».' },
  { name: 'portal activation code in letter groups', note: 'MyChart activation code: «ABCD-EFGH-IJKL|ID». Confirmation code «7YH3KQ|ID».' },
  { name: 'code words that are no access codes', note: 'Access code blue called; security code of conduct reviewed.' },
  { name: 'masked SSN showing the last four', note: 'SSN «xxx-xx-1234|ID» on file; card «***-**-5678|ID».' },
  { name: 'last four of the SSN after its label', note: 'SSN last 4: «1234|ID». Last four of SSN «5678|ID».' },
  { name: 'reference number spelled out', note: 'PA ref number «88123|ID» approved.' },
  { name: 'prescription and docket numbers', note: 'Rx «45678|ID» refilled; Docket No. «2019-P-1234|ID».' },
  { name: 'a dose after Rx is no identifier', note: 'Rx 1000 mg acetaminophen; Rx 2 tabs.' },
  { name: 'labels ending in number', note: 'Your confirmation number is «5512|ID»; account number «1234-5678|ID»; provider number «22-7123|ID».' },
  { name: 'codes and ranges that are no identifiers', note: 'I48.91, E11.9, J44.1; T11-12 disc bulge; COVID-19 neg; EF 55-60%; UOP 30-40 cc/hr.' },

  // Contacts
  { name: 'Vocera extension', note: 'Covering RN, vocera ext «6075|CONTACT». VOCERA EXT «6076|CONTACT»' },
  { name: 'pager in the p n-nnnn idiom', note: 'Charge RN / P «8-0002|CONTACT»' },
  { name: 'pager after a lower-case p', note: 'Dr. «Moss|NAME» (pager p «4-7836|CONTACT»).' },
  { name: 'extension glued to x after a credential', note: 'RT COVERING TONIGHT X«38830|CONTACT»' },
  { name: 'extension after a call cue', note: 'Please call ext. «4471|CONTACT» with questions.' },
  { name: 'extension after office x', note: 'Reach me at the office x «2234|CONTACT».' },
  { name: 'pager after paged at', note: 'Covering resident paged at «5-2211|CONTACT», no answer.' },
  { name: 'paged at a clock time is no pager', note: 'Resident paged at 1400; returned call at 1420.' },
  { name: 'seven digits in two spaced groups after call', note: 'Please call «555 0134|CONTACT» for results.' },
  { name: 'spaced numbers after at are no phone', note: 'UOP at 120 1200 cc; BP at 120 1234 recheck.' },
  { name: 'local number before (home)', note: 'Daughter: «555-0134|CONTACT» (home)' },
  { name: 'e-mail spelled out with dot and at', note: 'Write to «john dot smith at gmail dot com|CONTACT» or «JSMITH [AT] YAHOO [DOT] COM|CONTACT».' },
  { name: 'in-house number with a dash after x or ext', note: 'Call x«4-1234|CONTACT»; page ext «5-2211|CONTACT».' },
  { name: 'strength, range of motion and multipliers are no extensions', note: 'Knee ext 4/5, flexion 120, ext 0; x1000 field; NS x2000 mL.' },
];

describeMarkedCases('detectPhi generalisation cases (dev2 classes)', cases);
