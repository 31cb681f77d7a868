import { describeMarkedCases } from './marked';

/** Initials after who drew, packed, sent, checked or signed for a specimen, a form or a package. */
describeMarkedCases('initials of who handled a specimen or a form', [
  { name: 'after drawn by with a colon', note: 'DRAWN BY: «KC|NAME»   TUBES: 3' },
  { name: 'after packaged by, then checked', note: 'PACKAGED BY: «LB|NAME»    CHECKED: «RW|NAME»' },
  { name: "after a tech's sign label", note: 'TECH SIGN: «MKA|NAME»    QA REVIEW PENDING' },
  { name: 'signed in brackets', note: 'MATCHES WITNESS LOG (SIGNED «BK|NAME»). DATABASE UPDATED' },
  { name: 'after sent by at the line end', note: 'FAX ID «HDM-FX-0505-02|ID» / SENT BY «KB|NAME»' },
  { name: 'a carrier is no one', note: 'KIT SENT BY UPS. RECEIVED INTACT.' },
  { name: 'a channel is no one', note: 'Passcode sent by SMS to the family.' },
  { name: 'a word after checked is no one', note: 'CHECKED: OK' },
  { name: 'a role after drawn by is no one', note: 'DRAWN BY: RN' },
]);

/** A form's name in parts: last, first and middle initial, each in its labelled field on one line. */
describeMarkedCases('names in labelled parts', [
  { name: 'last, first and middle initial', note: 'PATIENT LAST: «OKAFOR-MBEKI|NAME»       FIRST: «ADANNA|NAME»      MI: «C|NAME»' },
  { name: 'first before last, words as names', note: 'First: «Hope|NAME»  Last: «Young|NAME»' },
  { name: 'fields holding no name', note: 'LAST: 2 DAYS   FIRST: NONE' },
]);

/** A name opening a hand-off or a list line, then the person's age bare or in brackets. */
describeMarkedCases('names opening a line before an age', [
  { name: 'an SBAR background line, names that also score', note: 'B: «JEROME HOLLOWAY|NAME» 58, TRACH ON VENT, ESRD ON HD' },
  { name: 'an unlisted first name and a surname', note: 'S: «ALCEE GUIDRY|NAME» 58, TRANSFER TO OUTSIDE FACILITY' },
  { name: 'a first name that is a word, a double surname, age and sex in brackets', note: 'VESTIBULAR REHAB EVAL\n«HOPE SANTORO-WEISS|NAME» (58F) - «4/15/25|DATE»' },
  { name: 'a word the name makes is no login', note: 'VESTIBULAR REHAB EVAL\n«HOPE SANTORO-WEISS|NAME» (58F)\nPT HOPES TO BE BACK AT WORK MONDAY.' },
  { name: 'a score is no name', note: 'MODIFIED WELLS 2, LOW RISK' },
  { name: 'a scale is no name', note: 'B: BRADEN SCALE 14, HIGH RISK' },
]);

/** Numbers that belong to a listed person in a row, a record number in groups, and the code that opens a home. */
describeMarkedCases('numbers beside listed people and entry codes', [
  { name: 'a code in brackets after a listed name', note: '1722  «DOMINGUEZ, PERLA|NAME» («LP-5520|ID») - NO BM X4 DAYS' },
  {
    name: 'a dashed number in the column after listed names',
    note: '2210  «KOWALCZYK, TERESA|NAME»          «1100-3827|ID»    RBC LR    O POS\n2248  «AMANKWAH, KOFI|NAME»             «0927-4418|ID»    PLT APH   A NEG',
  },
  { name: 'a shift in the column after a name is no number', note: '«HALL, JENNIFER|NAME»    0700-1900' },
  { name: 'a record number with a prefix in groups', note: 'MRN «SHP 40-2213|ID»' },
  { name: 'a gate code', note: 'BLUE HEELER WILL MEET YOU. GATE CODE «4471|ID»#. CALL AHEAD.' },
  { name: 'a gate code in brackets', note: 'Turn at the green gate (code «8826|ID»*), follow the ditch.' },
  { name: "a key box's code in digits apart", note: 'KEY IN LOCKBOX ON PORCH POST, CODE «3-9-1-1|ID».' },
  { name: 'a code status is no entry code', note: 'CODE STATUS: FULL CODE. DOOR LEFT OPEN FOR EMS.' },
]);

/** Staff by a label that names them, and kin by a first name that is also shorthand. */
describeMarkedCases('staff after attention and tech labels, kin named as shorthand is written', [
  { name: 'attention line of a fax', note: 'COMMUNITY HOSPITAL PATHOLOGY, ATTN «BEV|NAME», «PO BOX 1187|LOCATION»' },
  { name: 'techs listed after their label', note: 'TECHS: «HECTOR, IVY|NAME».' },
  { name: 'a department after attention is no one', note: 'ATTN: BILLING DEPT' },
  { name: 'capitalised Ana after a kin word', note: 'Granddaughter «Ana|NAME» helps weekends.' },
  { name: 'a result after the kin word is shorthand', note: 'Mother Ana positive, lupus.' },
  { name: 'a pool of float nurses is no one', note: 'FLOAT HEELS Q2H. FLOAT POOL RN TO COVER.' },
]);

/** Logins after a scribe's or an assignment's label, and logins cut from a long surname. */
describeMarkedCases('logins in more places', [
  { name: "after a scribe's label with a colon", note: 'Seen by: «Hana Kobayashi|NAME», NP     Scribe: «k.obi|NAME»     «4/22/25|DATE» 14:55' },
  { name: 'after assigned to', note: 'Remote monitoring set up. Assigned to «apatel2|NAME».' },
  { name: 'a word after assigned to is no login', note: 'Assigned to nursing.' },
  { name: 'cut from a long surname', note: 'Return to work cleared.\n«J. Ortiz-Blackfeather|NAME» MD   «jortizb|NAME»' },
]);

/** Practices, suppliers and employers named by a head word notes use for them. */
describeMarkedCases('more heads of practices and firms', [
  { name: 'midwives', note: 'FROM: «HIGH DESERT MIDWIVES|LOCATION»' },
  { name: 'a fertility practice', note: '«BLUE HERON FERTILITY|LOCATION» | PROCEDURE ROOM «3|LOCATION»' },
  { name: 'a travel clinic', note: '«Wayfarer Travel Medicine|LOCATION» - pre-travel consult' },
  { name: 'a home oxygen supplier after called', note: 'CONCENTRATOR ALARMING - CALLED «FOUR CORNERS HOME OXYGEN|LOCATION».' },
  { name: 'a refinery', note: '«RIVERGATE WORKSITE CLINIC|LOCATION» (ONSITE, «DELTA BEND REFINERY|LOCATION»)' },
  { name: 'a housing authority', note: 'VOUCHER ISSUED BY «MOBILE HOUSING AUTHORITY|LOCATION».' },
  { name: 'a kind of care is no practice', note: 'DISCUSSED FERTILITY PRESERVATION AND PALLIATIVE CARE GOALS.' },
]);

/** Surname, comma and first name in a table's cell, or before an age; findings written the same way are none. */
describeMarkedCases('surname and first name in cells', [
  { name: 'in a barred cell, both names words', note: 'CAN | PT NAME                  | PT ID\n2   | «PARKINSON, ELLA|NAME»            | «HCR-31402|ID»' },
  { name: 'after a column gap in a schedule', note: '«11/11|DATE»  1030  «GRACE, WILL|NAME»            PARK       NS    NO ANSWER' },
  { name: 'after a dash and before an age', note: 'RM «9|LOCATION» — «KING, HOPE A|NAME», 22 G1P0, 41W0D' },
  { name: 'skin findings are no name', note: 'SKIN:  WARM, DRY  CAP REFILL <3' },
  { name: 'a wound and its size are no name', note: '2) R TROCHANTER: DTPI, PURPLE, 4 X 3 CM.' },
  { name: 'a frequent surname before any first name', note: '«WOODS,CHIP|NAME»\nMRN #«MR76815981|ID»' },
]);

/** Credentials of therapists, technologists and counsellors after a name, and a lactation consultant's before one. */
describeMarkedCases('more credentials', [
  { name: 'radiation therapists and a dosimetrist', note: 'THERAPISTS: «JACINTA MOORE|NAME», RTT / «BRAXTON HILL|NAME», RTT.   DOSIMETRY: «N. PETROVIC|NAME», CMD.' },
  { name: 'a sleep technologist', note: 'STUDY SCORED BY «DANA PRICE|NAME», RPSGT' },
  { name: 'a lactation consultant before the name', note: 'IBCLC: «JOY ABERNATHY-KIM|NAME»        REQUESTED BY FLOOR' },
  { name: "an audiologist's doctorate leaves no letter behind", note: '«Samira Haddad|NAME», Au.D., CCC-A' },
  { name: 'catheterisation is no credential', note: 'HEP C, CIC Q4H PER UROLOGY.' },
]);

/** Tests, scores, tools and faith written with a name-list word. */
describeMarkedCases('eponyms in exams, scores and prayer', [
  { name: 'shoulder tests with their results', note: 'NEER +, HAWKINS +, JOBE 4+/5, DROP ARM NEG, SPEED NEG, O\'BRIEN NEG. NO ATROPHY.' },
  { name: 'a grip dynamometer', note: 'Grip (Jamar pos 2): R 16 kg, L 22 kg.' },
  { name: 'a treadmill score', note: 'Duke treadmill score +10.' },
  { name: 'a standing aid', note: 'TRANSFERS W/ SARA STEDY X1 ASSIST.' },
  { name: 'a positioning chair', note: 'still in his Broda chair from lunch' },
  { name: 'a cervical score is no ward', note: 'DELIVERY INDICATED -- BISHOP 3, CERVIDIL PLACED 0010.' },
  { name: 'a haemorrhage grade is no ward', note: 'DX: SAH, HUNT-HESS 3, FISHER 4, WITH ACUTE HYDROCEPHALUS.' },
  { name: 'the Lord', note: 'Denies wishing to die; "the Lord will call me when He\'s ready."' },
  { name: 'the bag of waters', note: 'SVE 2/50/-2. BAG OF WATERS INTACT.' },
  { name: 'a patient before her chair keeps her name', note: 'ACCESS ALERT: «PILAR HOLLOWAY|NAME» CHAIR «12|LOCATION» - R FOREARM GRAFT' },
  { name: 'a doctor named Lord', note: 'SEEN BY DR «LORD|NAME» TODAY' },
]);

/** Brand names, a form's lettered items, a unit's shorthand and contact fields for a relative: none is a person. */
describeMarkedCases('brands, lettered items and fields that are no one', [
  { name: 'obstetric drugs by brand', note: 'No Cytotec if induction is needed; Foley balloon / Cervidil preferred. Prevena on.' },
  { name: 'a suture and a rabies vaccine by brand', note: 'Closed w/ 6 simple interrupted 4-0 Ethilon. Rabies vaccine (Verorab) dose 1.' },
  { name: 'a feeding formula by brand', note: 'Rec: increase Peptamen 1.5 to 75 mL/hr; infant on Nutramigen.' },
  { name: "a drug-test form's lettered items", note: 'A. EMPLOYER NAME: ACME\nB. MRO NAME, ADDRESS, PHONE AND FAX NO.\nC. DONOR ID VERIFIED\nD. REASON FOR TEST:  [X] RANDOM' },
  { name: 'patients by initial and surname keep their names', note: ' «M. HOLIDAY|NAME»   29W  BP 120/80\n «D. ROSE|NAME»      29W  BP 122/78' },
  { name: "the last letter of a unit's shorthand before RN", note: 'CARE TRANSFERRED TO «L&D|LOCATION» RN «PRECIOUS OKAFOR|NAME».' },
  { name: "a relative's address field", note: 'Address (father): «618 Calle del Norte|LOCATION», «Las Cruces|LOCATION», «NM|LOCATION» «88001|LOCATION»' },
  { name: 'a voicemail left', note: 'CALLED PT AT «716-555-0118|CONTACT», LVM TO CALL BACK.' },
  { name: 'mother after a slash', note: 'BANDS MATCHED X2 — «K. DEVEREAUX|NAME» RN / MOM' },
  { name: 'scissors named for a clinic', note: 'FASCIA INCISED AND EXTENDED W/ MAYO SCISSORS.' },
]);

/** Weather, water and ranges in Fahrenheit, and counts written as fractions, are no ages and no dates. */
describeMarkedCases('temperatures and fractions that are no ages or dates', [
  { name: 'a heat index', note: 'Worked in a strip mall lot, heat index 112 F per the crew lead.' },
  { name: 'a pool and a water heater', note: 'POOL 92 F; LIFT IN W/ MOD A. HOME WATER HEATER SET 110F.' },
  { name: "a form's range", note: 'IS TEMPERATURE BETWEEN 90 AND 100 F?  [X] YES' },
  { name: 'a very old woman is still an age', note: 'PT IS A «92|AGE» F WITH CHF.' },
  { name: 'pages of a fax', note: 'FAX FROM CLINIC   PAGE 1/6' },
  { name: 'a census and fertilised eggs', note: 'UNIT: CENSUS 9/12. FERT: 11/13 2PN.' },
  { name: 'sessions attended and goals met', note: 'ATTENDED: 12/13 SESSIONS. All STGs and 3/4 LTGs met. BEIGHTON 6/9.' },
  { name: 'drywall by its thickness', note: 'lifting a 4x8 sheet of 5/8 drywall with a coworker' },
  { name: 'the next session is a date', note: 'Next therapy session «1/28|DATE».' },
]);

/** Kinds of agencies, groups, tests and foods written as a firm's name is. */
describeMarkedCases('kinds of agencies, groups, labs and foods', [
  { name: 'protective services', note: 'Adult Protective Services - Intake Referral (Mandated Reporter)' },
  { name: 'a skills group', note: '1400: DBT SKILLS GROUP - ATTENDED, USED TIPP SKILL WORKSHEET.' },
  { name: 'labs drawn for a condition', note: '0430 PIH LABS WNL. REFEEDING LABS DAILY X3.' },
  { name: 'foods of a kind', note: 'PT NAMED 3 HIGH-SALT FOODS. COUNSELED: IRON-RICH FOODS.' },
  { name: 'a reference laboratory by name', note: 'Labs to central lab («Meridian Central Labs|LOCATION», requisition «7734-88120|ID»).' },
]);

/** A clinic or a pharmacy named only by the care it gives is a service; one with a name of its own is a place. */
describeMarkedCases('clinics named by their care', [
  { name: 'a heart-failure clinic in shorthand', note: 'F/U HF CLINIC «3/11|DATE» 1000.' },
  { name: 'an epilepsy clinic heading', note: 'Epilepsy Clinic Note' },
  { name: 'an oncology pharmacy heading', note: 'ONCOLOGY PHARMACY - CHEMOTHERAPY ORDER VERIFICATION' },
  { name: 'a survivorship clinic', note: 'Prepared by the Survivorship Clinic team.' },
  { name: 'an anticoagulation clinic with a name', note: 'INR result called to «Twin Ports INR Clinic|LOCATION».' },
  { name: 'a family clinic named for a tree', note: 'EXAMINER: «RED OAK FAMILY CLINIC|LOCATION»' },
  { name: 'a pharmacy named for a shop', note: 'RX SENT TO «HI HAT PHARMACY|LOCATION».' },
]);

/** Devices, dialysis supplies, vaccines and gear by brand, and shorthand that splits into a word. */
describeMarkedCases('more brands and shorthand', [
  { name: 'dialysis supplies and catheters', note: 'Rx: 3.75 h, Revaclear, Optiflux backup. Double-cuff Tenckhoff; R IJ Trialysis.' },
  { name: 'a circumcision ring and a temporary filling', note: 'Circumcision healing, Plastibell in place. Cotton + Cavit.' },
  { name: 'vaccines by brand', note: 'Offered Bexsero and Arexvy; Coartem for malaria.' },
  { name: 'discharged, written with an apostrophe', note: "D/C'd home with wife driving." },
  { name: 'a brand orthopaedic practice keeps its name', note: 'HAND CLINIC F/U: «CARBON ORTHOPAEDIC ASSOCIATES|LOCATION», «188 E MAIN ST|LOCATION»' },
]);

/** Words that a rule once took for a name and propagation then spread. */
describeMarkedCases('words never names', [
  { name: 'passengers', note: 'NOTABLE PAX: 2 WITH FEVER. PAX ADVISED TO STAY IN CABINS.' },
  { name: 'the coroner', note: 'RELEASED TO THE CORONER 0342. CORONER NOTIFIED OF SCENE.' },
  { name: 'a coordinator on call', note: 'COORD ON CALL: «AUGUSTINE MBEKI|NAME»' },
]);

/** Initials in a column headed for them, and initials ending rows after a narrower gap. */
describeMarkedCases('initials in the columns of a table', [
  {
    name: "under a barred table's INIT head",
    note: 'TIME | FHR BL | VAR  | SVE       | PIT MU/MIN | INIT\n0230 | 135    | MOD  | 4/70/-2   | --         | «TK|NAME»\n0400 | 140    | MOD  | 5/80/-1   | 2          | «TK|NAME»\n0600 | 135    | MOD  | 7/100/+1  | OFF        | «JW|NAME»',
  },
  { name: "values under a nurse's column are no initials", note: 'TIME | BP     | RN\n0800 | 120/80 | OK\n0900 | 118/76 | NA' },
  { name: 'ending rows after two blanks', note: 'UNLABELED TUBE      «RENATA|NAME» (PCT)      «JL|NAME»\nNAME MISMATCH       OFFICE MGR  «JL|NAME»' },
]);

describeMarkedCases('spouses after married to', [
  { name: 'in capitals', note: 'ROAD MAINTENANCE WORKER. MARRIED TO «VIOLET|NAME». RANCHES A FEW HEAD.' },
  { name: 'a first name that is a word', note: 'Social: Married to «Comfort|NAME», 3 children.' },
  { name: 'married to a job', note: 'MARRIED TO HIS WORK, PER DAUGHTER.' },
]);

/** Numbers after the labels of trials, bank accounts, meetings, guarantee letters, licences and races. */
describeMarkedCases('numbers after more labels', [
  { name: "a trial's subject and site", note: 'PROTOCOL «VRD-4410-301|ID»   SITE «0417|ID»   SUBJECT «0417-0009|ID»' },
  { name: 'a subject written short', note: 'ELIGIBLE - consented, subj «0417-0009|ID»' },
  { name: "an account's last digits", note: 'Credit Union (checking ending «0938|ID»). Savings ...«4471|ID»' },
  { name: "the last four of a Social Security number", note: 'SSN (last 4) «7742|ID»' },
  { name: "a meeting's access code", note: 'Join by phone, access code «228 417 09|ID».' },
  { name: "a guarantee letter's reference", note: 'GUARANTEE LETTER NO. «KHO/2024/7781|ID»' },
  { name: 'licences with a dot, after a state, and a CDL', note: 'Lic # «RPH.0412877|ID». «MD|LOCATION» lic. «04517|ID». CDL: «INDIANA|LOCATION» «1207-44-8816|ID»' },
  { name: 'a race bib', note: 'FINISH TENT ENCOUNTER   BIB «4471|ID»' },
  { name: 'an injection site is no number', note: 'INJECTION SITE 2 CM ERYTHEMA; wound site 3 x 4 cm.' },
]);

/** Street addresses with a dwelling's unit, and rural routes whose box number ends in a letter. */
describeMarkedCases('addresses with units and lettered boxes', [
  { name: 'a court and its unit', note: 'ship-to: «417 Sycamore Ct, Unit B|LOCATION», «Phoenixville|LOCATION», «PA|LOCATION» «19460|LOCATION»' },
  { name: 'a parkway and its unit in capitals', note: 'PHARMACY  «2600 COMMERCE PKWY UNIT 14|LOCATION», «IRVING|LOCATION», «TX|LOCATION» «75063|LOCATION»' },
  { name: 'a rural route with a lettered box', note: 'HOME: «RR 1 BOX 44B|LOCATION», «NESPELEM|LOCATION», «WA|LOCATION» «99155|LOCATION».' },
  { name: 'a route written Rt.', note: 'Lives at «Rt. 3 Box 44A|LOCATION», «Northport|LOCATION», «AL|LOCATION» «35475|LOCATION».' },
  { name: 'a dose in units is no street', note: 'GIVE 10 UNITS INSULIN AT 2100 PER DR ORDER.' },
]);

describeMarkedCases('ZIP codes after a town or a street', [
  { name: 'after a town without its state', note: 'W/ DTR AT «4415 51ST ST APT 9|LOCATION», «SAN DIEGO|LOCATION» «92115|LOCATION», OUTPT HD PENDING.' },
  { name: 'after a street and a comma', note: 'LIVES W/ FAMILY, «3320 W CAMELBACK RD APT 118|LOCATION», «85017|LOCATION».' },
]);

describeMarkedCases('numbered roads after on and after a house number', [
  { name: 'a county road after on', note: 'LIVED ON SAME FARM ON «RD 190|LOCATION» SINCE 1952.' },
  { name: 'a highway after on', note: 'PANIC ATTACK WHILE DRIVING W/ STUDENTS ON «US 24|LOCATION».' },
  { name: 'a house number and a numbered lane', note: 'HOME ADDR: 21075 «LANE 8|LOCATION», «FOWLER BEND|LOCATION» «CO|LOCATION» «81039|LOCATION».' },
  { name: 'turned on the right side', note: 'PT TURNED ON RT SIDE Q2H.' },
]);

describeMarkedCases('streets ending in DR or CT after a home', [
  { name: 'a drive after a house', note: "PHOTO OF RES'S HOUSE ON «SYCAMORE DR|LOCATION» ADDED TO HIS DOOR." },
  { name: 'a court after a house', note: "AT HIS MOTHER'S HOUSE ON «ELM RIDGE CT|LOCATION», «LAWRENCEVILLE|LOCATION»" },
  { name: 'a doctor after rounds', note: 'DISCUSSED ON ROUNDS DR «SMITH|NAME» AGREES.' },
  { name: 'a head scan', note: 'PT ON HEAD CT FINDINGS REVIEWED.' },
]);

describeMarkedCases("a form's town and state fields", [
  { name: 'labels without colons on one line', note: 'ADDR: «RR 4 BOX 77|LOCATION»   CITY «SILOAM SPRINGS|LOCATION»   STATE «AR|LOCATION»   ZIP «72761|LOCATION»' },
  { name: 'a state labelled ST:', note: 'CITY: «COLUMBIA|LOCATION»   ST: «SC|LOCATION»   ZIP: «29205|LOCATION»' },
  { name: 'a city bus is no town', note: 'TOOK THE CITY BUS  HOME' },
  { name: 'sets are no state', note: 'ST: 2 SETS OF 10' },
]);

/** Prose the rules above must leave alone: a review of them found these. */
describeMarkedCases('clinical prose that looks like the new rules', [
  { name: 'an old woman with a fever is still an age', note: 'Fever and cough in «92|AGE» F nursing home resident.' },
  { name: 'an old woman on room air is still an age', note: 'ON ROOM AIR, «91|AGE» F WITH COPD EXACERBATION.' },
  { name: 'relying on us, and the head of a bed', note: 'SHE RELIES ON US 100% FOR RIDES. HOB ON RT 30 DEGREES.' },
  { name: 'a drug and a scan after home', note: 'DISCHARGED HOME ON KEPPRA. REPEAT HEAD CT IN 6 WEEKS. PLACE PT ON PORTABLE CT.' },
  { name: 'scans and a unit are no address', note: 'PT TAKEN FOR 2 HEAD CT, UNIT 4 RN AWARE.' },
  { name: "speech therapy's label is no state", note: 'PT: DONE   OT: DONE   ST: OK' },
  { name: 'therapies in a referral', note: 'REF: PT/OT/SLP' },
  { name: "a line's site and the time it was checked", note: 'PIV SITE 1400 CDI.\nIV SITE 2200: NO REDNESS.' },
  { name: 'billing, alarm and stroke codes', note: 'CHARGE ENTRY: CPT CODE 99214. BED ALARM ON. CODE 333 CALLED. DOOR TO NEEDLE 42 MIN. STROKE CODE 1432.' },
  { name: 'a range after a word', note: 'Insurance pays 80-100% of cost.' },
  { name: 'a date before a progress note', note: 'SEE «11/13|DATE» PN FOR DETAILS.' },
  { name: 'days and times of day in name fields', note: 'Seizures  First: Tuesday   Last: Yesterday. FIRST: MORNING   LAST: EVENING' },
  { name: 'haemorrhage grades named for people', note: 'A: HUNT HESS 3, FISHER 4' },
  { name: "a score's name as a surname before an age", note: 'HOME OF PT «HOWARD LEE TANNER|NAME» «96|AGE» M. «ZAYDEN CLARK|NAME» 13 - ABD PAIN.' },
  { name: 'an age in brackets after a capitalised Ana', note: 'Daughter «Ana|NAME» (32) lives nearby.' },
  { name: 'one row of two sets of initials is not a column', note: 'TIME | BP     | RN\n0800 | 120/80 | TK/JW' },
]);
