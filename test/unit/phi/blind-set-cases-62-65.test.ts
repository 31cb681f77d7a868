import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI missed on the dev sets 62 to 65 (rehabilitation and skilled nursing, paediatrics, psychiatry and
 * addiction, surgery), read once their blind figures were taken. Each note marks its PHI «text|CATEGORY»; written for
 * these tests.
 */
const cases: MarkedCase[] = [
  {
    name: 'a unit named after a tree, flower, bird or stone, before its tail, its floor number or its room',
    note:
      'Location: «Juniper Unit|LOCATION» family conference room.\nUnit/Room: «Redwood 2|LOCATION» / «219|LOCATION»\n' +
      'Patient: «Dennis Walker|NAME» («Heron|LOCATION» «214-B|LOCATION»)\nadmit to inpatient psych («Sycamore 4|LOCATION»)',
  },
  {
    name: 'in capitals too',
    note: 'AMB PAST «ROSEWOOD WING|LOCATION» NURSES STATION.\nPOD 2: TO «BIRCH 5|LOCATION». NGT OUT.',
  },
  {
    name: 'tree, flower and bird words before doses, counts, durations and ranges are no units',
    note: 'Pine 2 mg. CEDAR 3 DAYS. Maple 2-3 times. Robin 4 weeks. Aspen 5 x daily. Oak 3 of 4. Lavender 2%.\nIn mixed case OAK 2 is no unit.',
  },
  {
    name: 'an operating room or a procedure lab by its number',
    note: 'Intraop handoff 1500 - OR «17|LOCATION», ex-lap for SBO.\nMTP activated 0318. To OR «1|LOCATION» at 0335.\n«Harpeth River Medical Center|LOCATION» - EP Lab «2|LOCATION»\nTake 1 or 2 tabs; 3 OR 4 x daily; OR 2 times.',
  },
  {
    name: 'in capitals, OR is a room after a place word or a line start, and a conjunction between numbers or before counts',
    note: 'ROOM: OR «11|LOCATION»\nSAFETY CHECKLIST - GENERAL OR «8|LOCATION»   «10/21/2025|DATE»\nCATH LAB «3|LOCATION» AT 0800\nTAKE 1 OR 2 TABS. PAIN 3 OR 4. TO OR 2 TIMES. IN OR 3 HRS. AM OR 2.',
  },
  {
    name: 'a census list: rooms opening its lines, and a patient before the dash though the words are also words',
    note:
      'CENSUS 18/20.\n«501A|LOCATION» «ONYEKACHI|NAME» - 1:1 FOR SI\n«502B|LOCATION» «HARJO, DEAN|NAME» - COWS 6-8 TODAY\n«503|LOCATION» «M. PRICE|NAME» - CIWA 9, FALL RISK.\n' +
      '«508|LOCATION» «ESPERANZA RUIZ|NAME» - NEW ADM\n512 EMPTY - CLEANED\n514 PT REFUSED - MEDS',
  },
  {
    name: 'clock times opening timed entries and numbers before a dash in a list that names nobody are no census',
    note: '0800 MOTHER CALLED - UPDATED.\n0930 SLEEPING - NO DISTRESS.\n1100 AMBULATED - TOL WELL.\n140 NA - 4.0 K\n102 CL - 24 CO2\n250 ML - VOIDED',
  },
  {
    name: "a team conference's reports opened by a discipline and its writer's initials in brackets, not by a credential or a view",
    note: 'MEDICAL («PV|NAME»): seizure-free on Keppra.\nNEUROPSYCH («AW|NAME»): gait 300 ft\nSW/CM («TL|NAME»): lives alone\nPT (DPT): x\nCXR (PA): clear\nPT (RLE): WBAT. RT (ABG): ok. NUTRITION (TPN): held.',
  },
  {
    name: 'initials a key defines before the name they stand for sign every row of a flow sheet',
    note:
      '«4/2|DATE»    2200   1    3    2     14    LZP 2MG    «RC|NAME»\n«4/3|DATE»    0800   0    2    1      5    --         «DW|NAME»\n' +
      'INITIALS KEY: «RC|NAME» = «RUTH CABRERA|NAME» RN   «DW|NAME» = «DEAN WOODARD|NAME» LPN\nGCS = 15. BP = 120/80.',
  },
  {
    name: 'virtue names given in West Africa and the Caribbean are first names after a relation or a role, and words elsewhere',
    note: '0600 MOTHER «COMFORT|NAME» CALLED ASKING ABOUT NIGHT.\n0340 CALLED TO ROOM BY CNA «BLESSING|NAME» - PT DIAPHORETIC\nPT SHOWS PATIENCE. NO MERCY. GIFT CARD GIVEN. COMFORT CARE. BLESSING OF THE SICK.',
  },
  {
    name: 'a name before a foster, adoptive or birth relation in brackets, and a name after an ex, but not the ex of surgery or smoking',
    note: '«FAITH|NAME» (FOSTER MOM) REPORTS CHILD HOARDING FOOD.\nDV FROM EX («HECTOR|NAME»), PROTECTIVE ORDER.\nHER EX «HECTOR|NAME» CALLED.\nEX LAP DONE. EX FIX IN PLACE. EX SMOKER. EX: NORMAL.',
  },
  {
    name: 'a login made of an initial and a surname in brackets, after "by", a badge or a closing dash',
    note:
      '«Kroger Pharmacy|LOCATION» #624. -«hpatel|NAME» (MA) / Dr. «Ostrowski|NAME» approved.\ndiscrepancies on her badge («mcastel3|NAME») last week.\nincoming CRNA («ohaddadp|NAME»).\n' +
      'Form signed. - «mkaur|NAME»',
  },
  {
    name: 'in capitals a login has a number or follows "by" alone; words, genes and a tribe are no logins',
    note: 'COMMENT («TWOODS1|NAME»): SLEPT.\nREGISTERED BY «KBRANDT2|NAME» 0512\nBOOKED BY «DSCHULTE|NAME»\nTAKEN BY MOUTH. CALLED BY PHONE. (SMARCB1) (NOTCH1) (BRCA1) (TUMOR)\nBROUGHT BY «OGLALA SIOUX POLICE|LOCATION».',
  },
  {
    name: "a census by room with the age and sex after the patient, and the census's rooms named again in its lists",
    note:
      'MY PTS:\n«304|LOCATION» BED «1|LOCATION» «R. WOOD|NAME» 66M\n  PNA / COPD. NA 140, GLUCOSE 305.\n«318|LOCATION» «DESMOND BROWNE|NAME» 49M\n«308|LOCATION» «MARKS, BENJAMIN|NAME» 57M\n' +
      'ISOLATION: «304|LOCATION» (DROPLET), «318|LOCATION».\nHIGH FALL RISK: «304|LOCATION», «308|LOCATION». GAVE 308 MG. RECHECK 304. 318 PAGES SCANNED. PLATE 308 KZM.',
  },
  {
    name: 'a chair board of a dialysis or infusion unit, and "to chair 3" there',
    note: 'HD ROUNDS\nCH «6|LOCATION»  «KING, LORETTA|NAME» - K 6.1\nCH «9|LOCATION»  «BELL, ANNIE|NAME» - R FACIAL DROOP\nCH «3|LOCATION»  EMPTY\n0640 PT ARRIVED, TO CHAIR «4|LOCATION». EDW 70 KG. CHAIR: «9|LOCATION»',
  },
  {
    name: 'up to a chair three times is no chair number where no one is treated in chairs',
    note: 'PT UP TO CHAIR 3 TIMES. OOB TO CHAIR 2 HRS.',
  },
  {
    name: "a month and day shaped like a fraction is a date among the note's dates of the same months",
    note: 'ADMIT «2/1/2025|DATE». NO SMOKING (QUIT «2/3|DATE», PATCH 14 MG). IR PORT «2/3|DATE».\nEvent «2/3|DATE» ~2300: pt coughed. NPO AFTER MN «3/3|DATE».',
  },
  {
    name: "grades, inch sizes, halves and what a fraction counts stay out, whatever the note's months",
    note:
      'ADMIT «2/1/2025|DATE». EHL 4/5 L, otherwise 5/5. Mini-Cog 3/5.\nPORT ACCESSED WITH 20G 3/4" HUBER. CRACKLES 1/2 UP. ENSURE 1/2 BOTTLE.\n' +
      'DRINKS (1/5 VODKA + BEER DAILY). TEACH-BACK 2/3 RED FLAGS. COUNSELING 4/4 INDIVIDUAL, 2/2 GROUP. ESRD 2/2 DM. CV: RRR, 2/6 harsh SEM at RUSB. 1/3 sentinel nodes.',
  },
  {
    name: 'initials after a signer label, an em dash or a slash that opens a line or follows the credential',
    note: 'RN: «TM|NAME»     PCT: «DS|NAME»\nSonographer: «LTS|NAME»     Reading: Dr. «Aldana|NAME»\nreviewed/agree «NF|NAME»\nNEAR MISS REPORT ENTERED.\n/«JRM|NAME»\nPT NOTIFIED. —«FO|NAME»\nSigned: «MQH|NAME»',
  },
  {
    name: 'initials after a slash or an em dash sign a note that has no hyphen anywhere',
    note: '0200 NEAR MISS REPORT ENTERED.\n/«JRM|NAME»\n0400 SLEEPING.',
  },
  {
    name: 'signing, signed off, a slash between two things and a review after a nurse are no initials',
    note: "CAN'T RELEASE INFO WITHOUT SIGNED ROI. SURGERY SIGNED OFF.\nOutbreak - COVID-19 / ILI\n«D. KASPRZAK|NAME» RN UR  X«2290|CONTACT»",
  },
  {
    name: "a relation word before 'is a' and a trade says whose trade it is and names nobody, there or elsewhere",
    note: 'LIVES WITH DTR «LUPE|NAME». DTR IS A SCHOOL CAFETERIA «MANAGER|PROFESSION». HUSB IS A «CABINETMAKER|PROFESSION».',
  },
  {
    name: "a sponsor, a cellmate or a dispatcher before a name; a trial's sponsor with a colon is a company, and a sponsor alone nobody",
    note:
      'AA SPONSOR «TERRY|NAME» TO VISIT TOMORROW. CELLMATE «MORALES|NAME» TO BE TREATED. CONF «GS-2215|ID», DISPATCHER «TROY|NAME».\n' +
      'ROI ON FILE FOR SPONSOR. SPONSOR WILL PICK PT UP. STARTED CPR PER DISPATCHER T-CPR INSTRUCTIONS.',
  },
  {
    name: 'after a facility and a comma, a listed town with its state code is the town, though its name is a word',
    note: 'FACILITY: «HOPE DIALYSIS CENTER|LOCATION», «HOPE|LOCATION», «AR|LOCATION»\nOriginating site: «Wall Community Health Clinic|LOCATION», «Wall|LOCATION», «SD|LOCATION»\nNo hope, MD says.',
  },
  {
    name: "a facility's name heading a note or a section, in capitals, with a word of its own before its head",
    note: 'WELL CHILD CHECK - 12 MONTHS\n«GREEN FOREST COMMUNITY CLINIC|LOCATION»     DOS «06/10/2025|DATE»\n«NEW PATHS COUNSELING|LOCATION»   03/11/25'.replace('03/11/25', '«03/11/25|DATE»'),
  },
  {
    name: 'a heading naming a kind of clinic or ending in the specialty consulted is no facility name',
    note: 'AMPUTEE CLINIC - PROSTHETIC PRESCRIPTION\nEMERGENCY DEPARTMENT\nWOUND CARE CLINIC - NOTE\nMODERATE MR. CARDIOLOGY, DR. «ABERNATHY|NAME», AGREES.',
  },
  {
    name: 'review: a range after 2/2, portions and maintenance fractions, pollen grades, lab values after a room, getting up to a chair',
    note:
      'Hospitalized «2/2|DATE» to «2/6|DATE» for pneumonia. Seen again «2/10/2025|DATE». Ate 1/2 sandwich and 3/4 cup of soup. Run 2/3 maintenance fluids.\n' +
      'Skin prick testing: Oak 3+, Maple 2 mm, Cedar 1+. Lavender 2 drops at HS.\nRM «140|LOCATION»\nLABS: NA 140, K 4.1. CK 140. Platelets were 140 today.\nHD 3. Pt OOB to chair 3 times today.',
  },
  {
    name: 'review: a census line about care or a state, surgery after ex, a trial sponsor, agreeing to a plan',
    note:
      'Census:\n«301|LOCATION» «Harjo, Dean|NAME» - stable\n«302|LOCATION» «Price, Mary|NAME» - CIWA 9\n303 Hospice - comfort\n304 Sepsis - lactate 4\n305 Stroke - NIHSS 4\n' +
      'PSH: EX LAP 2019, APPY 2001. EX FIX R TIBIA.\nTrial sponsor: Regeneron. Study sponsor Novartis, phase 3.\nFamily and pt agree POC.',
  },
  {
    name: "a trade of several words after 'retired' or an age, not a smoker or a resident",
    note: 'Ms. «Whitcomb|NAME», a 34-year-old «sheep rancher|PROFESSION» with arthritis.\n45 yo male smoker with CP. Former smoker, quit in the spring.',
  },
  {
    name: "in capitals too",
    note: 'SON STATES MOTHER (A RETIRED «SCHOOL PRINCIPAL|PROFESSION») SAID NO MACHINES.',
  },
];

describeMarkedCases('blind sets 62-65', cases);
