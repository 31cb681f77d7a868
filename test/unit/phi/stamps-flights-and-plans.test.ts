import { describeMarkedCases } from './marked';

/** Ages over 89 at a death before its year, after "alive", after a name and "is", and after a name in a roster. */
describeMarkedCases('ages over 89 at a death, alive or in a roster', [
  { name: 'd. at an age before the year in brackets', note: 'MAT GREAT-AUNT «ODILE DELACROIX|NAME» D. AT «91|AGE» (2011), URETERAL CA AT 70' },
  { name: 'd. an age before in and the year', note: 'Maternal grandmother «Winifred Renwick|NAME» d. «101|AGE» in 2019.' },
  { name: 'alive at an age', note: 'Her grandmother «Conceição|NAME» is alive at «98|AGE» in «Porto|LOCATION», «Portugal|LOCATION».' },
  { name: 'alive and a comma before the age', note: '«Marie-Claire Baptiste|NAME» (PGM) - alive, «92|AGE», lives with an aunt.' },
  { name: 'a name, a comma and is', note: 'Maternal grandmother, «Isobel Gauld|NAME», is «94|AGE» and well.' },
  { name: 'a roster line opened by a dash', note: 'NEW TODAY:\n - «FONTENOT, ODILE|NAME» «101|AGE» RM «208|LOCATION» - DIARRHEA' },
  { name: "a passenger's name before the cabin", note: 'PAX «ABERNATHY-KOH, LILLIAN|NAME» «90|AGE» CABIN «318|LOCATION» - SPO2 88% RA' },
  { name: 'a share after alive is no age', note: 'Monitor alarms: lead alive 95% of the shift.' },
  { name: 'a day count after d. is no age', note: 'Cultures d. 92 negative.' },
]);

/** The dictating doctor's and the typist's initials between a stamp's date or time and its job number, and after TRANS. */
describeMarkedCases('initials on a dictation stamp before its job number', [
  { name: 'after the transcription time', note: 'CHEST PAIN.\nD: «07/04/21|DATE» 0512   T: «07/04/21|DATE» 0930   «CB|NAME»/«AAH|NAME»   #«20417|ID»' },
  { name: 'a credential as the doctor\'s initials', note: 'D: «05/28/19|DATE» 0450  T: «05/28/19|DATE» 0805  «DO|NAME»/«RRK|NAME»  JOB #«61-0338|ID»' },
  { name: 'after a dictation time', note: '«R. FONOTI|NAME», MD    DICTATED «03/17/16|DATE» 15:30   «MF|NAME»/«GK|NAME»   #«310076|ID»' },
  { name: 'dictated by before the transcriptionist', note: 'DICTATED «09/05/15|DATE» 1410 BY «SQ|NAME»  TRANS «LNB|NAME»  JOB «00774120|ID»' },
  { name: 'after a TRANS label', note: 'DICTATION ID «D-44019821|ID»    TRANS: «AEQ|NAME»' },
  { name: 'after a transcription date, before the job', note: 'TRANSCRIBED «23/08/2024|DATE» «PQ|NAME»   JOB «5510983|ID»' },
  { name: 'routes on a line without a dictation are no initials', note: 'GIVEN «10/02/2024|DATE» 1015  IV/PO  #«20405|ID»' },
]);

/** Initials after "by" closing an entry that a record keeper logged. */
describeMarkedCases('initials after "by" closing a logged entry', [
  { name: 'after closed by, before a date', note: 'NBS NORMAL AT BIRTH.\nCLOSED BY «JW|NAME» «10/31/2024|DATE»' },
  { name: 'after a time, before a period', note: 'CALLED TO «N. BRANDT|NAME» RN ON 3N «11/19|DATE» 0630 BY «TGW|NAME». READ-BACK VERIFIED.' },
  { name: 'a discipline after by is no initials', note: 'SEEN «10/2|DATE» BY PT. CLEARED BY ENT.' },
  { name: 'a delivery after born is no initials', note: 'BORN «10/09|DATE» 0640 BY SVD. THICK MECONIUM.' },
  { name: 'a credential after by is no initials', note: 'REVIEWED BY MD, CHECKED BY RN.' },
]);

/** Logins after a scribe, after "by" with a number, after a network domain, and made of a name written surname first. */
describeMarkedCases('logins by their cue or their shape', [
  { name: "a scribe's login", note: 'Positive.\n-- «P. Raghunathan|NAME» FNP / scribe «mwillis3|NAME»' },
  { name: 'numbered letters after by, before a period', note: 'DATA ENTERED IN NEDSS BY «CSTRAND01|NAME». QUESTIONS TO THE DESK.' },
  { name: 'a network domain and a login', note: 'PAGE 1 OF 1 -- PRINTED BY «SVG\\RBURKE|NAME» «06/15/2024|DATE»' },
  {
    name: 'a login made of a name written surname first',
    note: '«2025-05-18|DATE»T22:41:09Z   «TWESTBROOK3|NAME»    «WESTBROOK, TAYLOR|NAME»      RPH         PROFILE VIEW',
  },
  { name: 'a service after by is no login', note: 'SEEN BY DERMATOLOGY. REFERRED BY NEUROLOGY.' },
]);

/** Flight numbers on a line of flights, before a route, and between "on" and "to". */
describeMarkedCases('flight numbers', [
  { name: 'every flight of a Flights line', note: 'Flights: «LA2465|ID» to «Lima|LOCATION»; return «AV 87|ID» via Bogotá.' },
  { name: 'before a route with an arrow', note: 'Flights during infectious period:\n  «18 Feb|DATE»  «EK 231|ID»  «Dubai|LOCATION» → Dulles  seat 41K', },
  { name: "an airline's code that is also a test's, before a route", note: 'Itinerary: «UA 1488|ID» Dulles → «Denver|LOCATION», seat 27A' },
  { name: 'between on and to', note: 'DEPART «05/28|DATE» ON «SV 38|ID» TO «JEDDAH|LOCATION», «SAUDI ARABIA|LOCATION»' },
  { name: 'a phase of a transport is no line of flights', note: '1647 LIFT. IN FLIGHT: 2ND UNIT 1653, BP 104/66, HR 110, GCS 14.' },
  { name: 'a time span before an arrow is no flight', note: 'WT DOWN 2.1 KG IN 30 DAYS -> DIETITIAN CONSULT' },
]);

/** Codes after more words that name an identifier: donors, requisitions, files, samples, waybills, confirmations. */
describeMarkedCases('codes after words naming an identifier', [
  { name: "an egg donor's code", note: 'EMBRYOS: 2 EUPLOID BLASTS (EGG DONOR «OD-4471|ID», SPERM IP1)' },
  { name: 'a requisition', note: 'PAH GENE TESTING SENT (REQ «BCM-PAH-7781|ID»).' },
  { name: "an agency's file", note: 'ADOPTION AGENCY FILE «BAAS-ETH-2291|ID»' },
  { name: "a registry's bracketed name between", note: 'DONOR ID (UNOS) «AGK4417|ID».' },
  { name: 'an air waybill', note: 'SHIPPED DRY ICE, AIRWAYBILL AWB «016-55280174|ID»' },
  { name: 'a confirmation number', note: 'CONF #: «7731-0094|ID»' },
  { name: 'a measure after index is no code', note: 'BMI INDEX 32.5; KEY POINTS 1-3.' },
]);

/** Streets named without a house number, state codes after a preposition, rural routes and insurers' plans. */
describeMarkedCases('streets, states, routes and plans', [
  { name: 'a street after on', note: 'LIVES ALONE IN A SECOND-FLOOR APARTMENT ON «TANNER STREET|LOCATION». DAUGHTER NEARBY.' },
  { name: 'the road travelled is no street', note: 'ROADS ICY; ON THE ROAD BY 2230.' },
  { name: 'a state code after from', note: 'MOVED FROM «NJ|LOCATION» LAST YEAR.' },
  { name: "a state code in brackets after a licence", note: 'DL# «T412-889-71-503-0|ID» («FL|LOCATION»)' },
  { name: 'a nasal cannula is no state', note: 'WEANED TO NC, SAT 94.' },
  { name: 'a rural route written RT', note: 'ARRIVED «RT 3 BOX 1187|LOCATION» AT 2335.' },
  { name: "a regional insurer's plan", note: 'Insurance: «Commonwealth Employee Health Trust|LOCATION», ID «CEHT-004417796|ID»' },
  { name: 'a plan in capitals before its member number', note: 'PLAN: «HEARTLAND SENIOR RX PDP|LOCATION»  MEMBER ID «HSR88120047|ID»' },
  { name: 'a national insurer names no one', note: 'Payer: Humana Medicare Advantage, member ID «H61829937-01|ID»' },
]);

/** An initial and a surname in a column of their own or after a signer, and a roster's number after a listed name. */
describeMarkedCases('initials and surnames in columns, numbers after listed names', [
  {
    name: "an observer's initial and surname in a log's column, though the surname is a word",
    note: 'DATE      TIME  DOSE   OBSERVER  COMMENTS\n«06/03/24|DATE»  0715  1      «K. MARSH|NAME»   NO SE. MOUTH CHECK OK.',
  },
  { name: 'after signed', note: 'SIGNED «M. PAGE|NAME»  LIC «CLS-EMB-10442|ID»' },
  { name: 'after an attorney', note: 'LEGAL CONTRACT (GC ATTY «F. OYELOWO|NAME»)         SIGNED' },
  { name: 'organisms and sides in columns are no names', note: 'CULTURE    E. COLI    >100K\nGROWTH     S. AUREUS  MRSA\nPT         R. KNEE    PAIN' },
  {
    name: "a roster's number in the column after a listed name",
    note: '12  «MENDOZA, ARACELI|NAME»               «48907|ID»    SPANISH  HIGH      QFT NEG',
  },
  { name: 'a reading after a listed name on a line of prose is no roster number', note: '«MENDOZA, ARACELI|NAME» had a glucose of 1480 today.' },
]);

/** Dates after a date word before "in", ordinal days after "till the", and first names after a representative or a receptionist. */
describeMarkedCases('padded dates before in, days after till, names after a rep', [
  { name: 'a padded range after onset, before in', note: 'CASE DEF: DIARRHEA ONSET «07/09-07/25|DATE» IN ATTENDEE OR HH MEMBER.' },
  { name: 'inches after a padded fraction stay a measure', note: 'CUT 03/04 IN LENGTH' },
  { name: 'an ordinal day after till the', note: 'wont be home till the «16th|DATE». thanks so much!!' },
  { name: 'a floor after till the is no day', note: 'stay till the 3rd floor opens' },
  { name: "an insurer's representative by first name", note: 'SPOKE W/ REP «SHAUNTEL|NAME», PA ON FILE.' },
  { name: 'a lower-case word after the first name is no surname', note: 'reception «Gloria|NAME» signs the forms.' },
  { name: 'repetitions and an operator told are no names', note: '3 SETS X 10 REP EACH; OPERATOR NOTIFIED.' },
]);

/** Cities of the rest of the world whose names are nothing else, as a distinct town of the gazetteer's own countries is. */
describeMarkedCases('world cities', [
  { name: 'on a trek in mixed case', note: '«Kathmandu|LOCATION» homestay, then «Pokhara|LOCATION» and a trek to base camp.' },
  { name: 'before a route in capitals', note: 'ITINERARY: «COZUMEL|LOCATION» - ROATAN - «BELIZE|LOCATION» CITY' },
  { name: 'after from in a sentence', note: 'She moved here from «Cusco|LOCATION» last year.' },
  { name: 'a clotting factor named after a city is no place', note: 'Heterozygous factor V Leiden; on warfarin.' },
  { name: 'a lymphoma stage named after a city is no place', note: 'Stage: Lugano IIB, bulky disease.' },
  { name: 'a pager after a credential is no postal code', note: '«T. BRAUNSCHWEIG|NAME», DO  1450' },
]);

/** Plates written in groups, claim and alien numbers, and badge numbers after a name. */
describeMarkedCases('plates in groups, claim numbers and badges', [
  { name: "a state's plate in two groups", note: 'KY PLATE «841 RVX|ID», HEAVY ROOF CRUSH.' },
  { name: "a van's plate after its state", note: 'VAN PLATE «IA DVF 229|ID».' },
  { name: 'a bone plate is no vehicle', note: 'DORSAL BRIDGE PLATE TMT 1 PLACED.' },
  { name: 'a count after plate is no plate', note: '(PLATE 2 OF 3) READ.' },
  { name: 'a VA claim number in groups', note: 'CLAIM/FILE NO.: «C 27 441 903|ID»' },
  { name: 'an alien number in groups', note: 'A# «A 219 604 338|ID»' },
  { name: "an officer's badge after the name", note: 'OFFICER «K. VANDERWAL|NAME» #«217|ID»\nHOME ADDRESS ON FILE' },
  { name: "a patient's number after the name", note: '«JAMAL PRICE|NAME» #«20-3318|ID» PRESENTED FOR DOSE.' },
  { name: 'a number after a drug is no badge', note: 'Tylenol #3 given at bedtime.' },
]);

/** A word and a feature of the land opening a facility's name, though every word is in the dictionary. */
describeMarkedCases('facilities named for a place', [
  { name: 'a pond before skilled nursing, in capitals', note: '«GOLDEN POND SKILLED NURSING & REHABILITATION|LOCATION»\nADMISSION HISTORY AND PHYSICAL' },
  { name: 'a ridge before a family practice', note: 'REFERRED TO «HIGH RIDGE FAMILY PRACTICE|LOCATION».' },
  { name: 'a river in a sentence is no facility', note: 'Pt lives near the river and walks daily.' },
]);

/** Request keys, dashed record numbers after MR, bibs, certificates and study codes after their labels. */
describeMarkedCases('keys, record numbers and codes after more labels', [
  { name: "a prior authorisation's key", note: 'SUBMITTED VIA COVERMYMEDS KEY «BQ7LMX2R|ID»; FREE TRIAL CARD GIVEN.' },
  { name: 'a dashed record number after MR', note: 'PT «RAYMOND|NAME» TWO BULLS   MR «22-0617|ID»\nWOUND: DEHISCENCE' },
  { name: "a valve's regurgitation after MR is no number", note: 'ECHO: MR 2+, TR 1+. KEY FINDINGS REVIEWED.' },
  { name: "a runner's bib", note: 'RACE BIB «48816|ID». BROUGHT FROM MILE 22.' },
  { name: 'a study code', note: 'SENT UNDER STUDY CODE «HD-PT-0457|ID». RESULT IN PERSON.' },
  { name: 'device ids after their label', note: 'DEVICE IDS: «DBF-CT-2211-A|ID»' },
]);

/** What a review found the new rules flagged, now left alone. */
describeMarkedCases('what the new rules leave alone', [
  { name: 'a drip titrated on and to is no flight', note: 'TITRATED ON NE 12 TO MAP > 65. ON NS 75 TO KVO. SBP>100.' },
  { name: 'a reading before an arrow is no flight', note: 'Echo: EF 35 Moderate → Severe dysfunction. Lasix PO 40 Daily → IV 40 BID.' },
  { name: 'a rhythm and a sarcoma are no states', note: 'CODE BLUE: PT IN VT, SHOCKED 200J X1. VIOLACEOUS PLAQUES L SHIN (KS).' },
  { name: 'ranges after a requirement are no codes', note: 'CALORIC REQ 1800-2000 KCAL/DAY, PROTEIN REQ 60-75 G/DAY' },
  { name: 'a road described in words is no street', note: 'MVC: DRIVER ON RAINY ROAD, RESTRAINED.' },
  { name: 'decimals, scores and readings before by are no stamps', note: 'GLUCOSE 4.5 BY POC. PAIN 8/10 BY NRS. BP 90/60 BY DOP. T 36.8 BY TM. EKG 0700 BY EP.' },
  { name: 'a row of readings is no claim number', note: 'P 110 120 130; VITALS: T 98 120 118' },
  { name: 'bone and culture plates are no vehicles', note: 'ORIF WITH LC PLATE 8 HOLE. BLOOD AGAR (PLATE 1 NEG)' },
  { name: "an entry's time after a listed name is no number of the person", note: '«LOPEZ, ANA|NAME»        0930    NEW PT' },
  { name: 'days alive after a transplant and living cells are no ages', note: 'DAY +100 REVIEW: ALIVE, 100 D POST TRANSPLANT. CELL VIABILITY: ALIVE 95, DEAD 5.' },
  { name: 'a care plan and a pending programme are no insurers', note: 'PLAN: STROKE ORDER SET PLAN. INS: PENDING MEDICAID PLAN' },
  { name: 'a clinic for falls is named for no place', note: 'REFERRED TO RECURRENT FALLS CLINIC.' },
  { name: "a gene's name after key is no request key", note: 'KEY: CYP2D6 PM' },
  { name: 'a maximum and was is no age', note: 'T Max, was 101 and improving' },
  { name: 'diagnoses joined by a backslash are no login', note: 'PMH: HTN\\HLD.' },
  { name: 'a drug class and a mitochondrial cocktail are no world cities', note: 'START ARNI. MITO COCKTAIL GIVEN.' },
]);

/** States of four letters in capitals, and the state of a licence named before the label or in brackets after its number. */
describeMarkedCases('whole state names in capitals and the states of licences', [
  { name: 'Ohio in capitals after a town', note: '«KALYNA CARE HOME|LOCATION», «PARMA|LOCATION», «OHIO|LOCATION»  «FEB 9 2025|DATE» 0540' },
  { name: 'a state before a licence in a list of belongings', note: 'VALUABLES: CASH $43.00, «KY|LOCATION» DL, BLACK FLIP PHONE' },
  { name: 'a state in brackets after a licence number', note: 'DL# «R512-7790-0214|ID» («TX|LOCATION»).' },
  { name: 'a state in brackets after a licence number in groups', note: 'CDL «D412 778 199|ID» («NY|LOCATION»), EXPIRES SOON.' },
  { name: 'shorthand of four letters stays shorthand', note: 'MASS IN RUQ; WASH HANDS.' },
]);

/** A plate or a licence after the state that issued it, in any case of the label and in two groups. */
describeMarkedCases('plates after the state that issued them', [
  { name: 'a plate of two groups after its state and a lower-case label', note: 'drives a gray sedan, plate «SC|LOCATION» «TVR 5128|ID», phone on file' },
  { name: 'a plate after a state in a parking record', note: 'PLATE: «MN|LOCATION» «GLK 603|ID» (EXPIRED «10/24|DATE»)' },
  { name: 'a vehicle after its state', note: 'D/C BY WHEELCHAIR. VEHICLE «OH|LOCATION» «HRT-6621|ID».' },
  { name: 'a truck after its state', note: 'DELIVERED BY TRUCK «AR|LOCATION» «6HK-2391|ID»   SIGNED' },
  { name: 'a licence in one group keeps its expiry out', note: 'DL «CO|LOCATION» «14-885-0772|ID» EXP SOON' },
  { name: 'years of a licence are no plate', note: 'LIC CA 4 YEARS, NO POINTS.' },
]);

/** Letters, a dash and four digits: a tag, a badge, a locker or a record's number, unless a form's or a standard's. */
describeMarkedCases('codes of letters and four digits', [
  { name: 'a lost-property tag opening a row', note: '«LG-3307|ID»  | CAFETERIA  | READING GLASSES' },
  { name: "a locker's number in prose", note: 'belongings logged with security, locker «LKR-0914|ID».' },
  { name: "a volunteer's number before the name", note: '«V-2045|ID»   «Clifford Amsel|NAME»' },
  { name: 'government forms are no identifiers', note: 'CMS-2728 COMPLETED. DS-3025 REVIEWED. FORM MCSA-5875 ON FILE.' },
  { name: 'a reference standard named for its year is no identifier', note: 'GLI-2012 REFERENCE VALUES.' },
  { name: 'a road with a dashed number is no identifier', note: 'House on the hollow off KY-1428, past the church.' },
]);

/** A firm by its legal suffix, and a town's or a county's police, whatever ordinary words name them. */
describeMarkedCases('firms by their suffix and police by their town', [
  { name: 'a firm of ordinary words before LLC', note: 'VALET DAMAGE CLAIM - «PREMIER PARK & VALET LLC|LOCATION» / HOSPITAL CONTRACT' },
  { name: "an incident's number label is no firm", note: 'RUN SHEET  INC# «741-4289|ID»' },
  { name: "a listed town's police", note: 'BROUGHT IN BY «BROKEN ARROW PD|LOCATION» FOR MEDICAL CLEARANCE.' },
  { name: "a county's sheriff", note: 'PER «MARION COUNTY SO|LOCATION» DEPUTY.' },
  { name: 'PD after a disease is no police', note: 'HX OF PARKINSON PD ON SINEMET.' },
  { name: 'SO between clauses is no sheriff', note: 'BP 120/80 SO PT WAS SENT HOME.' },
]);

/** A numbered highway is a place on a route, before a direction letter or a closure. */
describeMarkedCases('highways on a route', [
  { name: 'a route from one highway to another, with a direction', note: 'MILEAGE 71.4. ROUTE «US-321|LOCATION» TO «I-40|LOCATION» E. LIGHTS/SIREN.' },
  { name: 'a closed interstate', note: 'BLIZZARD WARNING. «I-90|LOCATION» CLOSED.' },
  { name: 'sinus rhythm with a rate is no highway', note: 'CV: SR 70S W/ OCC PVCS. NOW SR 88 W/ PACS.' },
  { name: 'an isotope after "to" is no highway', note: 'REFERRED TO I-131 THERAPY.' },
]);

describeMarkedCases('a floor and its tower or central wing', [
  { name: 'accepted to a floor of the tower', note: 'ACCEPTED TO «4 TOWER|LOCATION», TELE.' },
  { name: 'overflow to a central floor', note: 'NEW ADMITS GO TO «5 CENTRAL|LOCATION» OVERFLOW.' },
  { name: 'a wing before a step-down unit', note: 'SBAR HANDOFF  «CCU|LOCATION» -> «4 WEST|LOCATION» STEPDOWN' },
  { name: 'central lines and nodes are no wards', note: 'HAS 2 CENTRAL LINES; 3 CENTRAL NODES POSITIVE.' },
]);

describeMarkedCases('a month and day after an event done on that day', [
  { name: 'a tracheostomy', note: '66M, ARDS, TRACH «3/11|DATE» (SHILEY 8.0 CUFFED).' },
  { name: 'a delivery', note: 'G1P1, NSVD «8/10|DATE». INFANT FEEDING WELL.' },
  { name: 'a removal', note: 'Staple removal «6/10|DATE».' },
  { name: 'a pain score after a delivery stays a score', note: 'DELIVERED. PAIN 8/10 AFTER, MEDICATED.' },
]);
