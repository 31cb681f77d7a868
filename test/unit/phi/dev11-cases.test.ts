import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in synthetic-dev11.jsonl and synthetic-dev12.jsonl, written by new
 * hands (timed nursing and allied-health notes; portal messages, chats and notes from other English-speaking
 * countries). Each note marks its PHI «text|CATEGORY»; written for these tests, not taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'units named by a word of their own before a room, with the kind of care between',
    note: 'Larkspur 4 step-down, bed «12|LOCATION»\nLocation: «Lokelani 3|LOCATION», room «306|LOCATION»\nREHAB: «BLUEBONNET HALL|LOCATION» RM «22B|LOCATION»\nRT NOTE 0400 «CEDAR 4|LOCATION» ICU BED «7|LOCATION»\nUNIT «CORAL WING|LOCATION» RM «114|LOCATION»-A'.replace('Larkspur 4', '«Larkspur 4|LOCATION»'),
  },
  {
    name: 'infusion chairs, dialysis stations and delivery rooms, and the unit before them',
    note: '«BEACON INSTITUTE|LOCATION»  «TOWER B INFUSION|LOCATION»  CHAIR «22|LOCATION»\nTreatment date: Wed   Station «9|LOCATION»   Schedule MWF\nIOL NSG NOTE  LDR «4|LOCATION»',
  },
  {
    name: 'where the patient sits, measures before a room and generic units are no unit names',
    note: 'UP TO CHAIR X2. OOB TO CHAIR 30 MIN. TO NURSES STATION 2X. DAY 3 ROOM «4|LOCATION». MEDICAL UNIT RM «5|LOCATION». SHIFT 1 CHAIR «12|LOCATION».\n«SANTOS|NAME», 26-YEAR-OLD M, ROOM «1099B|LOCATION»',
  },
  {
    name: 'logins speaking in a chat log and the account a message came from',
    note: '[07:42] «kchoudhury|NAME»: hey can u see bed «14|LOCATION»\n[07:50] «dr.abernathy|NAME»: ok will need repeat CXR\n[02:11] @«tbello.md|NAME»: admit for you\n[10:00] Note: called back\nConfirmed from her account «mjpark_44|NAME».',
  },
  {
    name: 'phone numbers as the UK, Ireland, Australia and India write them',
    note: 'Can be reached on «07700 900461|CONTACT».\nTel «01282 555041|CONTACT»   Fax «01282 555042|CONTACT»\nIN CASE OF EMERGENCY CONTACT: «0863-2355 410|CONTACT»\nFY1, bleep «4417|CONTACT». Attender: brother-in-law, ph «98401 22783|CONTACT».\nmum phoned at 11:25 («0410 555 288|CONTACT»). Result phoned on «(02) 4955 0101|CONTACT». Site office «02 9555 0144|CONTACT».\nu can call me «7185550164|CONTACT» before 2pm',
  },
  { name: 'doses, counts and scores are no phone numbers', note: 'BP 120/80 1000 ML 0.9 NS. GCS 15. Doses 0500 1000 2000. 0.5 mg 1 2 3.' },
  {
    name: 'health numbers of the UK, Canada and New Zealand, and record numbers with slashes after their labels',
    note: 'NHS No «485 777 3456|ID»\nOHIP «4821-667-093-KT|ID»  NHI «ZAB1234|ID»  PHN «9876 543 210|ID»  RAMQ «GAGM 8861 2214|ID»\nUHID: «ANH/OPD/2025/118420|ID»  IPD NO: «IPD/24/9981|ID»  Hosp. No: «STMH/25/003381|ID»\nBOOKING #: «25-004318|ID»  Inmate # «RCJ-2025-01877|ID»  CDL # «K240-55-1877|ID»',
  },
  { name: 'a subject line and fractions after the same labels are no identifiers', note: 'Subject: my mom fell again. Reg. no. 2/3. IP NO: 3/4.' },
  {
    name: 'postcodes of the UK, Canada, Australia and India with the town before them',
    note: '«41 Rosehill Terrace|LOCATION», «Burnley|LOCATION» «BB11 2QT|LOCATION»\nFlat 2\n«Treorchy|LOCATION»\n«CF42 6NL|LOCATION»\napp. 3, «Montréal|LOCATION» (QC) «H2J 2L4|LOCATION»\n«Ironbark Creek Public School|LOCATION», «Toongabbie|LOCATION» «NSW|LOCATION» «2146|LOCATION»\n«Kottayam|LOCATION», «Kerala|LOCATION» - «686016|LOCATION»',
  },
  { name: 'spinal levels, staging and scores shaped like postcodes are no places', note: 'MRI: disc at L4 5 and C5 6RR. T2 4NO. GCS 15 E4 V5 M6. Stage T2 N0 M0. Score 4 WA 2000.' },
  {
    name: 'a town before its country or province after a comma, particles and all',
    note: 'Then «Arusha|LOCATION», «Tanzania|LOCATION» with a safari. Then to «Lahore|LOCATION», «Pakistan|LOCATION».\nBorn in «Montealegre del Castillo|LOCATION», «Spain|LOCATION».\nHTN, India. FEVER, NIGERIA.'.replace('HTN, India. FEVER, NIGERIA.', 'HTN, «India|LOCATION». FEVER, «NIGERIA|LOCATION».'),
  },
  {
    name: 'towns after travel, residence and kin phrases, and town-shaped names after a preposition',
    note: 'Wife driving in from «Cedar Rapids|LOCATION». Lives with wife in «Dade City|LOCATION». Kids are in «West Fargo|LOCATION».\nThree days in a village near «Obuasi|LOCATION». Returned via «Accra|LOCATION» and «Amsterdam|LOCATION». I fly to «Izmir|LOCATION» on Sunday.\nTravelling to «Winnipeg|LOCATION» «Feb 3|DATE». Dialysis in «Alice Springs|LOCATION» would mean moving.',
  },
  {
    name: 'towns after kin and work phrases in capitals',
    note: 'STAYING W/ COUSIN IN «KANEOHE|LOCATION». HE IS A DAIRY «FARMER|PROFESSION» NEAR «LYNDEN|LOCATION». MY BROTHER IN «QUETTA|LOCATION», THEY WILL KILL HIM.',
  },
  {
    name: 'transport, devices, buildings and services after the same words are no towns',
    note: 'TO CT VIA GURNEY. ARRIVED VIA PRIVATE VEHICLE. CALL OR VIA VOCERA. FAMILY IN ROOM. SON IN LOBBY. NEAR SYNCOPE.\nSeen in West Wing. Soaked in Betadine. Near syncope. Via PIV.',
  },
  {
    name: 'workplaces and schools after a job, owning or attending',
    note: 'PT WORKS AS «CASHIER|PROFESSION» AT «VALLEY FRESH MARKET|LOCATION» ON «KINGS CANYON RD|LOCATION».\nPT WAS «LINEMAN|PROFESSION» FOR «BIG ISLAND POWER & LIGHT|LOCATION» X22 YRS.\nHUSBAND IS CITY «BUS DRIVER|PROFESSION» W/ «METRO TRANSIT|LOCATION»; KIDS W/ HIS MOTHER.\nPT OWNED «YOUNG\'S CLEANERS|LOCATION» IN THE CITY. PT ATTENDS «BLOOMINGDALE HIGH|LOCATION», 10TH GRADE.',
  },
  { name: 'a firm known by its acronym after a job in mixed case', note: 'Dad works nights as a «package handler|PROFESSION» at «UPS|LOCATION».' },
  {
    name: 'what a worker has, where staff stand and a surname that is a job are no workplaces',
    note: 'RN AT BEDSIDE. NURSE AT BS. TECH AT NIGHT. SW WITH FAMILY. RN WITH PT.\n63 YO «CARPENTER|PROFESSION» WITH IDDM. RETIRED «POSTAL WORKER|PROFESSION» WITH ISCHEMIC CARDIOMYOPATHY.\nCONSULT REQ BY DR. «BAKER|NAME» FOR R FACIAL DROOP.',
  },
  { name: "a family's firm does not make the family's name a place", note: '«SANDHU, GURPREET|NAME» 64M\nSOCIAL: PT OWNS «SANDHU BROS TRUCKING|LOCATION».' },
  {
    name: 'streets after "on" in capitals',
    note: '«CASHIER|PROFESSION» AT A MARKET ON «KINGS CANYON RD|LOCATION». THE PHARMACY ON «GRAVOIS AVE|LOCATION». PICK UP AT THE DRUGSTORE ON «W 41ST ST|LOCATION».',
  },
  {
    name: 'streets after "on" in a message typed without capitals',
    note: 'the walgreens on «harlan ave|LOCATION» said they never got it. i started at the distribution center on «route 9|LOCATION», overnights, so maybe thats why i cant sleep',
  },
  { name: 'treatments, calls and rest after "on" are no streets', note: 'PT ON IV HEPARIN DRIP. ON CALL DR «STONE|NAME». ON HOLD. ON THE ROAD. ON BED REST. ON 2 LITERS.' },
  {
    name: 'care-team members after their role, with an initial, a surname that is a word, or a new credential',
    note: '0213 CPR BY RN «W. YOUNG|NAME», BACKBOARD PLACED.\nRPH «TOM WHITE|NAME»; FILL HX. REPORT TO CHARGE «FRANK MARSH|NAME».\nLACTATION «SUNNY HO|NAME», IBCLC, TO SEE IN AM. PLAYED CARDS W/ CHILD LIFE «HUNTER|NAME».\nTHICK LIQ PER SLP «ROSE MARSH|NAME»; TCD BY «PARKER LEE|NAME», RVT: L MCA 142.\nRN «Carolina Espinoza|NAME» / PCT «J. Wood|NAME»',
  },
  { name: 'roles before ordinary words are no names', note: 'LIFE SUPPORT. CHARGE NURSE AWARE. RN AWARE. SLP EVAL. RT TO SEE. PT TO CHAIR. CHARGE 40 MEQ. SECURITY CALLED. AIDE TO ASSIST.' },
  { name: 'a town after a linking word before its province, and "works" as a verb', note: 'ALT SON «RORY|NAME» IN «HALIFAX|LOCATION», «NOVA SCOTIA|LOCATION», «CANADA|LOCATION».\nDAD «MARCOS|NAME» WORKS NIGHTS AS A «SANITATION WORKER|PROFESSION».' },
  {
    name: 'initials and logins after a slash on a signature line, initials after a recorder label, nicknames and a newborn in quotes',
    note: 'TRANSFER: BP 98/56.\n- «DP|NAME» / «DPATTER2|NAME»\nCALLED SON.\n- «D. KING|NAME» RN / «LF|NAME»\nCall back.\n«R. Ferris|NAME», RN / cosigned «jhuang3|NAME»\nDEBRIEF 0300. RECORDER SIG: «ALC|NAME»\nRecorder: «JDC|NAME»\n«O\'SULLIVAN, PATRICK|NAME» "«PADDY|NAME»" 71 Y/O M\n0548 NSVD VIABLE FEMALE, "«JOY|NAME»", APGARS 8/9.',
  },
  { name: 'slashes between readings and routes are no signatures', note: 'BP 120/80. IV/PO. TX TO ICU / «CCU|LOCATION».\n- DRESSING CHANGED / CDI\nSEE FLOWSHEET / MAR' },
  {
    name: 'day-first days and months in a note that writes its full dates day first, and dates written in French',
    note: 'DOB «23/08/1994|DATE».\nADMITTED «16/02|DATE» WITH CAP. DNACPR in place from «17/03|DATE», review «Monday 24/03|DATE».\nSVD on «31 janvier 2025|DATE»; follow-up in 2 weeks («28 mars|DATE»).',
  },
  { name: 'scores and ratios in a note without day-first dates stay plain', note: 'PAIN 15/20. RATIO 14/3. GCS 14/15.' },
  {
    name: 'names in a message typed without capitals, though it holds an acronym or an id',
    note: 'hi nurse dawn!! so im 31 weeks today and baby is moving less than usual, maybe 6 kicks in 2 hrs after breakfast. ive had cramps on and off since this morning but no bleeding. my bf «jayden|NAME» is at work at the warehouse till 6 and my mom «yesenia|NAME» doesnt drive. should i go to «L&D|LOCATION» or come to the office?? i can get a ride if i need to. also is my glucose test still next week? ty!!',
  },
  {
    name: 'names in a quoted message and in chat lines typed without capitals inside a cased note',
    note: 'Message thread\n> ho doctor, my blood test ok? my son «kelvin|NAME» say cholesterol high. thank you\n\nHi Mr. «Chan|NAME»,\nDr. «Leung|NAME» reviewed your tests.\n[07:42] «kchoudhury|NAME»: hey can u see bed «14|LOCATION» - mr «nguyen|NAME», sats 88% on 2L',
  },
  {
    name: 'British and Commonwealth practices and health centres, and a practice after a doctor and a comma',
    note: '«Pendle View Surgery|LOCATION»\nGP: Dr «Okeke|NAME», «Addiscombe Road Surgery|LOCATION»\nGP at «Shipley Health Centre|LOCATION» on Tuesday. «Queen\'s Park Treatment Centre|LOCATION». PACT: «BLACK HILLS CBOC|LOCATION».',
  },
  { name: 'surgery as a specialty or an operation is no practice', note: 'Day Surgery Unit. After Cardiac Surgery review. Referred to General Surgery. Hand Surgery clinic. Prior Back Surgery. Awaiting Knee Surgery.' },
  {
    name: 'lettered numbers after a number sign or a case label',
    note: 'SAFETY EVENT REPORT #«SE-2025-06-0418|ID» FILED. Interpreter by phone, #«KQ-0917|ID». Case «TC-2024-11873|ID» opened. CADD-SOLIS #«SOL-201937|ID».',
  },
  { name: 'tube sizes after a number sign are no identifiers', note: 'ETT #7.5. #FR-14 FOLEY. G-TUBE #MIC-16.' },
  {
    name: 'a job after "is" or "was" without an article, its head a worker, student or cleaner',
    note: 'PT IS «COLLEGE STUDENT|PROFESSION» AT SCHOOL. HUSBAND IS «BAKER|PROFESSION» AT THE PLANT. PT WAS «DRY CLEANER|PROFESSION», THEN RETIRED.',
  },
  { name: 'a state, a status or a name after "is" is no job', note: 'PT IS ALERT AT THIS TIME. SHE IS ANXIOUS. PT IS NPO. SHE IS A FALL RISK. PT IS FULL CODE.\nPatient is «Pamela Cook|NAME». Medical record number is «123546|ID».' },
  {
    name: 'a town and its state code without the comma after a place word, and a town after home',
    note: 'TRANSFER FROM A COMMUNITY HOSPITAL, «WHITESBURG|LOCATION» «KY|LOCATION».\nOWNED A SHOP IN «FORT LEE|LOCATION» «NJ|LOCATION».\nMOM CELL; HOME «TUKWILA|LOCATION», «WA|LOCATION». HOME OF RECORD: «CARSON|LOCATION», «CA|LOCATION»',
  },
  {
    name: 'clinical words, specialties, facilities and sentences before letters that look like state codes',
    note: 'PT IN PAIN MD. GIVEN IN ED PA. FROM HOME OK. IN BED ME. REFERRED TO CARDIOLOGY PA. CALL BELL IN REACH. «GA|NAME»\nFrom Eastbrook Memorial NH; GCS 15.'.replace('Eastbrook Memorial', '«Eastbrook Memorial|LOCATION»'),
  },
  {
    name: "a letterhead's town after the facility on its line",
    note: '«St. Thomas Mission Hospital|LOCATION», «Kottayam|LOCATION»\nHis manager at «Sun Country Tire|LOCATION», «Bill Yazzie|NAME», said he stopped coming.',
  },
  { name: "a letterhead's town in capitals", note: '«SRI VENKATESWARA MULTISPECIALITY HOSPITAL|LOCATION», «GUNTUR|LOCATION»\nDEPARTMENT OF GENERAL MEDICINE - DISCHARGE SUMMARY' },
  { name: 'the end of SIGNED is no initials', note: 'DICTATED BY DR «WASHINGTON|NAME»\nSIGNED «16 JUNE 2019|DATE». E-SIGNED BY THE NURSE.' },
  {
    name: 'units after the unit a patient leaves, after a staffing label, and as a field of a header',
    note: 'SBAR hand-off: ED to «Willow 6|LOCATION» (tele)\n0900 STAFFING: «TULIP 6|LOCATION» SHORT 1 RN',
  },
  {
    name: 'a unit as a field of a header in capitals',
    note: 'ADOLESCENT NOTE  «CLEARWATER BEHAVIORAL HEALTH|LOCATION»  «CYPRESS UNIT|LOCATION» (ADOLESCENT)  «9/27/24|DATE» 1935\nPT SEEN, NO DISTRESS.',
  },
  { name: 'scores and crews in a header and plain moves are no units', note: 'TRIAGE  ESI 3  ARRIVAL: WALK-IN\nRUN SHEET  MEDIC 14  DISP 03:30\nED TO FLOOR 4. «PACU|LOCATION» TO ICU. STAFFING: SHORT 2 RN.' },
  {
    name: 'the US before the year someone came, never an ultrasound',
    note: 'SOCIAL: ARRIVED «US|LOCATION» 2010 FROM A CAMP IN «NEPAL|LOCATION». BORN ABROAD; TO «US|LOCATION» 1979.\nUS 2010 SHOWED GALLSTONES. RENAL US 2019 NORMAL. SEEN IN US 2019.',
  },
  {
    name: 'review: ordinary clinical prose the new rules must leave alone',
    note: 'SKIN WARM DRY PINK CRT <3 SEC. SIG: TAKE 1 TAB PO BID. NAME, INITIALS AND DOB VERIFIED.\nREPORT GIVEN TO ONCOMING MD. TO EXPEDITE DC. LOST CONTROL ON ICY ROAD. GIVE B12 1ST DOSE TODAY.\nHEPARIN GTT, ACT 1200 SEC. CHILD 2015-2019 IN FOSTER CARE. H/O PHN 2019, ON GABAPENTIN.\nMOTHER IS SICKLE CELL CARRIER. PT IS A «CASHIER|PROFESSION» AT GROCERY STORE. CERVIX 5/80/-1. STATION 0. END OF SHIFT. PT ON CHAIR 20-30 MIN.\n- PT REPOSITIONED Q2H / ICE',
  },
  {
    name: 'review: ordinary mixed-case prose the new rules must leave alone',
    note: 'Son «Jacob|NAME» fever x2 days, daughter «Emma|NAME» tube feeds at home. Subject: Covid19 booster.\ns/p Whipple Surgery 2019. Exposure to West Nile Virus. Referred to «Lopez|NAME» PA.',
  },
  { name: 'review: day-first pairs need a date cue', note: 'DOB «23/08/1994|DATE». Needs 24/7 supervision. NIV 20/8. 14/7 hx of cough.' },
  { name: "review: she's a job, and a surname alone after a hospital", note: "She's a «cashier|PROFESSION». «Mercy Hospital|LOCATION», «Patel|NAME»\n" },
];

describeMarkedCases('detectPhi generalisation cases (dev11 and dev12 classes)', cases);
