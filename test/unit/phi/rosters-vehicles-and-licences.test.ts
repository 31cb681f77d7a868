import { describeMarkedCases } from './marked';

/** The last four digits of an SSN after LAST4 written as one word, with or without a colon. */
describeMarkedCases('last four of an SSN written LAST4', [
  { name: 'after a colon', note: 'Veteran: «Dashiell Marsh|NAME»      Last4: «4471|ID»      DOB: «11/02/1989|DATE»' },
  { name: 'without a colon', note: 'PT: «MCALLISTER, DEVON|NAME» K   LAST4 «0771|ID»   36 M' },
  { name: 'the last four weeks are no SSN', note: 'SEEN WEEKLY FOR THE LAST 4 WEEKS.' },
]);

/** Military date-time groups: day, hour, minute, zone letter, month and year in one word. */
describeMarkedCases('military date-time groups', [
  { name: 'with a zone letter', note: 'MIST REPORT PASSED: «170425DJUN09|DATE». WHEELS DOWN 0431.' },
  { name: 'at the end of a signed line', note: 'TMDS ENTRY «111530DOCT11|DATE»' },
]);

/** Ships by their hull number after the name (the name itself is found as a name's words), aircraft by their tail number. */
describeMarkedCases('hull and tail numbers', [
  { name: 'a carrier after its name', note: 'SERVED ON «USS CORAL BANKS|NAME» («CV-71|ID») 1981-1987.' },
  { name: 'a cutter after its name', note: '«USCGC JOSEPH NAPIER|NAME» («WPC-1141|ID») -- SCREENING LOG' },
  { name: 'a tail number after its label', note: 'ACFT: C-17A  TAIL «07-7184|ID»    CALL SIGN REACH' },
  { name: 'an aircraft type is no tail number', note: 'Aircraft: C-130J, crew of five.' },
  { name: 'a tail of the pancreas is no aircraft', note: 'Mass in the tail 3 cm, no ductal dilation.' },
]);

/** Telemetry boxes and cameras by their number; a form's box and the confusion assessment are not. */
describeMarkedCases('telemetry boxes and cameras by their number', [
  { name: 'letters and a dash after TELE BOX', note: 'TELE BOX «TX-2231|ID» ON, SR 70S W/ OCC PVCS.' },
  { name: 'digits and a dash after TELE BOX', note: 'ON ARRIVAL: TELE BOX «31-0087|ID» APPLIED 1652.' },
  { name: 'a letter and digits after BOX', note: 'LEAD OFF X4; BOX «T4471|ID» BATTERY CHANGED 0310' },
  { name: 'a video camera', note: 'VIDEO MONITOR CAM #«AV-22|ID» ON, VIRTUAL SITTER WATCHING.' },
  { name: 'a checked box is no device', note: 'BOX 2 CHECKED ON THE FORM.' },
  { name: 'CAM-ICU is a screen', note: 'CAM-ICU NEGATIVE X2.' },
]);

/** Police, jail and transport vehicles by their code; a unit is a vehicle only with an officer named before it. */
describeMarkedCases('vehicles by their code after their label', [
  { name: "an officer's unit", note: 'OFFICER: PTL. «R. CASH|NAME» BADGE «4471|ID»   UNIT «MPD-22|ID»' },
  { name: 'a transport vehicle', note: 'Arrived in transport vehicle «CCSO-T7|ID».' },
  { name: 'a van after its number sign', note: 'Vendor van #«ACM-14|ID» will call 30 min before.' },
  { name: "a jail's housing unit stays a place", note: 'HOUSING UNIT «C-14|LOCATION» LOWER BUNK' },
  { name: "an ambulance's own unit is not marked", note: 'UNIT B-14  «PINEY WOODS AMBULANCE|LOCATION»  TRIP 77' },
  { name: 'a ward stays unmarked', note: 'TRANSFERRED TO UNIT 4B.' },
]);

/** Licence numbers the general rules read as decimals, and psychologists' and lawyers' numbers. */
describeMarkedCases('licence numbers of particular kinds', [
  { name: 'a dotted number after lic.', note: '«A. Deshpande|NAME», MD   «Illinois|LOCATION» lic. «036.119872|ID»' },
  { name: 'a dotted number after LICENSE #', note: '«OHIO|LOCATION» LICENSE # «35.118204|ID»' },
  { name: "a psychologist's number", note: 'Licensed psychologist, AZ PSY-«5521|ID». Signed.' },
  { name: "a lawyer's bar number", note: 'COUNSEL OF RECORD (NC BAR «48120|ID»)' },
  { name: 'a grab bar is no licence', note: 'GRAB BAR 2 INSTALLED IN SHOWER.' },
]);

/** Rooms: cots in a shelter, a jail pod and its cell, rows of a census opened by a bed, and a nurse's assignment. */
describeMarkedCases('rooms on boards, pods and assignment sheets', [
  { name: 'a cot in a shelter', note: '0730  COT «A-14|LOCATION»  MRS. «BERNADETTE FONTENOT|NAME», 78. LEFT HOME' },
  { name: "a pod and its cell", note: 'ADMITTED TO POD «2/14B|LOCATION» ON «11/04|DATE»' },
  {
    name: 'beds opening rows of names, named again later',
    note: 'ZONE/BED   RESIDENT\n«A-01|LOCATION»       «KOVACS, ILONA|NAME»      HIGH\n«A-02|LOCATION»       «BROWN, LEONARD|NAME»     MED\nEVENTS:\n0140 «A-01|LOCATION» DESAT 84% ON 3L',
  },
  { name: 'rooms opening rows of names', note: '«507|LOCATION»    «NGUYEN, THANH|NAME» LE     NSR 78\n«512|LOCATION»    «OKONJO, FELIX|NAME»       SINUS TACH' },
  { name: 'trip numbers opening rows of names', note: '«0711-0031|ID»     «HARGROVE, LILLIAN|NAME»     DIALYSIS\n«0711-0032|ID»     «BATTLE, ODELL|NAME»         INFUSION' },
  { name: 'one row is no table', note: '507    «NGUYEN, THANH|NAME» LE     NSR 78' },
  { name: "a pedigree's places are no rooms", note: '  I-3   «Jean-Baptiste|NAME» (PGF) - d. 83\n  I-4   «Marie-Claire|NAME» (PGM) - alive' },
  { name: 'times opening rows stay times', note: '0800   «SMITH, JOHN|NAME»  SEEN\n0900   «JONES, MARY|NAME»  SEEN' },
  {
    name: "a nurse's rooms and an aide's range",
    note: 'RN «ASHLEY|NAME» W.       «401|LOCATION» «402|LOCATION» «403|LOCATION»\nPCT «LEON|NAME»: «404|LOCATION»-«411|LOCATION»\nISOLATION: «402|LOCATION» C. DIFF',
  },
  { name: 'the times of rounds are no rooms', note: 'RN «SMITH|NAME»   0700 0900 1100' },
]);

/** A trade after a relative's name and a comma; an illness or a kin word there is none. */
describeMarkedCases("a relative's trade after the name", [
  { name: 'a pharmacist at a hospital', note: 'Emergency contact: father «Chinedu Okafor|NAME», «pharmacist|PROFESSION» at «Puget Sound General|LOCATION».' },
  { name: 'an illness after a relative is no trade', note: 'A maternal aunt, «Odile|NAME», had breast cancer at 48.' },
  { name: 'a care word after a relative is no trade', note: 'NEPHEW «PRICE|NAME», AWARE OF TRANSFER, WILL BRING CLOTHES.' },
  { name: "a former trade after an age", note: 'Hospital course: 78 y/o former «coal miner|PROFESSION» presented w/ 3 days fever.' },
]);

/** Military installations by their head word and units by their number, in notes that speak of military service. */
describeMarkedCases('military installations and units', [
  { name: 'a forward operating base', note: 'USN. WHEELS DOWN 1503 -> «FOB FENTY|LOCATION».' },
  { name: 'a camp in mixed case, its name a word', note: 'Deployed with the Marines; «Camp Leatherneck|LOCATION», «Afghanistan|LOCATION» (2010).' },
  { name: 'an air base after a word that is not its name', note: 'AEROMEDICAL: C-17 VIA «KADENA AB|LOCATION» TONIGHT.' },
  { name: 'an air force base', note: 'Route: «Scott AFB|LOCATION» (IL) tomorrow.' },
  { name: 'a combat outpost named with words', note: 'VETERAN. «COMBAT OUTPOST KESTREL RIDGE|LOCATION», 2011' },
  { name: 'a brigade by its number', note: 'ARMY 1969-1971, «173RD AIRBORNE BRIGADE|LOCATION».' },
  { name: 'a squadron of a regiment', note: 'MILITARY: «4TH SQUADRON, 10TH CAVALRY|LOCATION», «FORT CARSON|LOCATION»' },
  { name: 'a company of a battalion', note: 'ARMY. UNIT: «C CO 2-506 IN|LOCATION»   ALLERGIES: NKDA' },
  { name: 'an abdomen after an exam word', note: 'VETERAN. ABD SOFT AB NT ND' },
  { name: 'a homeless camp', note: 'VETERAN. CAMP UNDER «I-94|LOCATION» OVERPASS.' },
  { name: 'camp forms', note: 'SUMMER CAMP FORMS SIGNED TODAY.' },
  { name: 'the father of a baby outside a military note', note: 'FOB «DAVID|NAME» AT BEDSIDE, SUPPORTIVE.' },
  { name: 'burns, trimesters, doses and scales', note: 'VETERAN. 2ND DEGREE BURN; 3RD TRIMESTER; 1ST DOSE; PAIN 1-10 IN CHART' },
  { name: 'a floor of a building', note: 'VETERAN. 2ND FLOOR GROUP MEETING.' },
]);

/** A surname and a first name after the bed, room or time that opens a row; a relative whose decision role follows a slash. */
describeMarkedCases('names on rows and relatives with a decision role', [
  { name: 'a surname that is a word after a room', note: '501    «DOWN, ADDISON|NAME»              NSR 78' },
  { name: 'a hyphenated first name after a time', note: '1020  «DELACROIX, MARIE-THERESE|NAME»    ICU' },
  { name: 'a surname and first name between dashes', note: 'CIWA-AR NOTES -- «BRANDY, JACK|NAME» -- RM «426|LOCATION»' },
  { name: 'findings after a time stay findings', note: '0800   WARM, DRY   SKIN INTACT' },
  { name: "a verb's form opens a remark", note: 'DIPHENHYDRAMINE QHS -- FLAGGED, BEERS LIST' },
  { name: 'a niece who is the health-care proxy', note: 'NIECE/HCP «CHARITY OYELARAN|NAME» «(555) 620-1148|CONTACT»' },
  { name: 'a son with power of attorney', note: 'SON/POA «MARK|NAME» AT BEDSIDE.' },
  { name: 'a proxy form is no relative', note: 'HCP/POA ON FILE.' },
]);

/** Facilities by a veterans' or a lab's head word, and a state code the note gave, named again. */
describeMarkedCases('veterans facilities and state codes named again', [
  { name: "a veterans' medical centre", note: 'Provider location: «Huntington VAMC|LOCATION» today.' },
  {
    name: 'a state code the note gave, alone again',
    note: 'WINTER: «58 PALM DR|LOCATION», «MESA|LOCATION», «AZ|LOCATION» «85208|LOCATION»\n«AZ|LOCATION» PCP TO DRAW LABS. INTERVAL: IN «AZ|LOCATION» HAD AFIB.',
  },
  { name: 'a measure that shares a code', note: 'Home in «Tampa|LOCATION», «FL|LOCATION» «33601|LOCATION». GIVE 2 FL OZ Q4H.' },
  { name: 'a code the note never gave as a state', note: 'NY FLU VACCINE GIVEN.' },
]);

/** Fragments from the review of these rules: each once read as PHI by one of them. */
describeMarkedCases('charting that the new rules leave alone', [
  { name: 'the last four hours of output', note: 'UOP LAST4 1450 ML' },
  { name: 'the last four hours by the clock', note: 'LAST4 0400 NO PRN USED' },
  { name: 'a clock time is an SSN four where the line names the person', note: 'Veteran: «Dashiell Marsh|NAME»      Last4: «1130|ID»      DOB' },
  { name: 'a range of pill boxes', note: 'PILLBOX FILLED, BOX 1-14 AM/PM' },
  { name: 'a row of pill boxes', note: 'PILL BOX A1-A7 FILLED FOR WEEK' },
  { name: "a form's box", note: 'BOX 12A ON UB-04' },
  { name: 'a size of gauze', note: 'SUPPLY BOX 3X4 GAUZE' },
  { name: 'a study of hours', note: 'CAM 24HR PH STUDY' },
  { name: 'a ward after an officer', note: 'OFFICER AT BEDSIDE. PT TRANSFERRED TO UNIT ICU-2' },
  { name: "a bus's route", note: 'ARRIVED BY BUS RT-22 FROM SHELTER' },
  { name: "a truck's model", note: 'TRUCK F-150 ROLLOVER' },
  { name: 'a kind of vehicle', note: 'PEDESTRIAN VS VEHICLE: SUV-1' },
  { name: 'a bar by the clock', note: 'PT WAS AT BAR 2300 LAST NIGHT, ASSAULTED' },
  { name: "a psychiatry visit's time", note: 'PSY 1500 GROUP THERAPY' },
  { name: "a lawyer's number in mixed case", note: 'OK Bar No. «22145|ID»' },
  { name: 'days after an operation', note: 'POD 1/2 DOING WELL' },
  { name: 'a dose after COT', note: 'PJP PROPHYLAXIS: COT 960 MG BD' },
  { name: 'sodium levels', note: 'NA LEVELS: 128, 131, 134' },
  { name: 'vitals after a role', note: 'PCT VITALS: 120, 118, 122' },
  { name: 'shifts opening rows', note: 'STAFFING:\n0700-1900   «HALL, JENNIFER|NAME» RN\n1900-0700   «BROWN, KEVIN|NAME» RN' },
  { name: 'a vitamin that shares a bed code', note: 'BED BOARD\n«B-12|LOCATION»   «SMITH, JOHN|NAME»\n«B-14|LOCATION»   «JONES, MARY|NAME»\n«B-14|LOCATION» TO START VITAMIN B-12 1000 MCG IM' },
  { name: 'a lab name opening rows', note: 'CO2    «HARRIS, ALAN|NAME»\nK-2    «MOORE, RUTH|NAME»\nCO2 24' },
  { name: 'findings after a time', note: '0800   BROWN, FORMED\n1200   GREEN, LOOSE' },
  { name: 'colours after a time', note: 'URINE\n0600   DARK, AMBER\n1400   STRAW, CLEAR' },
  { name: 'a relative with power of attorney', note: 'DAUGHTER «MARIA|NAME», POWER OF ATTORNEY' },
  { name: 'a relative driving the patient', note: 'HUSBAND «TOM|NAME», DRIVER FOR PT' },
  { name: 'an antibody in a veteran', note: 'VETERAN. HCV AB REACTIVE; RPR AB NR' },
  { name: 'the lower abdomen in a veteran', note: 'ARMY VETERAN. PAIN IN LOWER AB' },
  { name: 'a camp named by a surname, then a word', note: 'ARMY VETERAN. EXPOSED AT «CAMP LEJEUNE|LOCATION» WATER' },
  { name: 'a camp that holds belongings', note: 'FRIEND AT THE CAMP HOLDS HIS BELONGINGS.' },
  { name: 'a summer camp by its name', note: 'CAMP: «CAMP WILLOW RUN|LOCATION» (YMCA RESIDENTIAL)' },
  { name: 'group therapy', note: 'VETERAN. ATTENDS 2ND GROUP THERAPY SESSION' },
  { name: 'an anger management group', note: 'VETERAN. ATTENDED 4TH ANGER MANAGEMENT GROUP' },
  { name: 'a division of a nerve', note: 'VETERAN. 2ND DIVISION OF TRIGEMINAL' },
  { name: 'a scar in inches', note: 'VETERAN. SCAR 2-10 CM, 1-15 IN' },
  { name: 'a hyphenated first name before a verb', note: '«ANA-MARIA|NAME» REPORTS PAIN' },
  { name: 'a date-time group with the whole year', note: 'ORDERS «101200ZAPR2024|DATE»' },
  { name: 'a hull number with a space', note: 'SERVED ON «USS HALSEY|NAME» («DDG 97|ID»)' },
]);

/** Initials signing charting: two letters after a dash closing a sentence, shorthand or not; in brackets after entries' times. */
describeMarkedCases('initials signing charting', [
  { name: 'after a dash closing a sentence', note: 'ROSE TO 94% W/ 2L NC. -«LP|NAME»' },
  { name: 'in brackets after the times of two signers', note: 'MON 0915 («MLT|NAME») HOME VISIT.\nMON 1400 («SK|NAME») PHONE REVIEW.' },
  { name: 'a reading in brackets after times', note: '0600 (CBG) 99 MG/DL\n1100 (CBG) 187 MG/DL\n0800 (TC) 35% 5L' },
  { name: 'routes in brackets after times', note: 'GIVEN 0800 (PO) AND 1200 (IV).' },
  { name: 'an OK after a dash', note: '2 UNITS GIVEN. - OK' },
  { name: 'an order after a reading', note: 'HYPOTENSION 84/50. -NS' },
]);

/** A bed in the column after a listed name, and interstates under an overpass or at a mile marker. */
describeMarkedCases('beds after listed names and interstates by their place words', [
  { name: "a wing's letter and a bed after a listed name", note: '0812   «CLAYBORNE, ODELL|NAME»             «N-041|LOCATION»   INSULIN' },
  { name: 'a vertebra after a listed name is no bed', note: '«SMITH, JOHN|NAME»       T-12   COMPRESSION FX' },
  { name: "a test's column after two names", note: '«SMITH, JOHN|NAME»    C-125    48\n«JONES, MARY|NAME»    C-125    12' },
  { name: 'an insulin after a name', note: '«SMITH, JOHN|NAME»    U-100    12 UNITS SC' },
  { name: 'millimetres after an ultrasound', note: 'THYROID US 8 MM NODULE RIGHT LOBE' },
  { name: 'a code after under', note: 'DX CODED UNDER I-10 AS R07.9' },
  { name: 'under an overpass', note: 'CAMP UNDER «I-94|LOCATION» OVERPASS.' },
  { name: 'at a mile marker', note: 'CHARTER BUS ROLLOVER «I-40|LOCATION» MM 212 EB' },
  { name: 'isotopes stay isotopes', note: 'I-131 THERAPY; I-123 SCAN' },
]);


/** The company an interpreter works through; the means an interpreter comes by is none. */
describeMarkedCases("an interpreter's company", [
  { name: 'one unknown word after via', note: 'FAMILY NOTIFIED (PASHTO INTERPRETER VIA «LANGUAGELINE|LOCATION», ID «220418|ID»).' },
  { name: 'a company of words ending in network', note: "Offered K'iche' phone interpreter via «Indigenous Language Access Network|LOCATION» -- declined." },
  { name: 'the phone line after the company is no part of it', note: 'INTERPRETER (ID «V-20931|ID») VIA «LINGUABRIDGE|LOCATION» PHONE LINE.' },
  { name: 'by phone', note: 'SPANISH INTERPRETER VIA PHONE.' },
  { name: 'by a tablet', note: 'INTERPRETER VIA IPAD VIDEO.' },
  { name: 'by staff', note: 'Interpreter via Hospital Staff.' },
  { name: 'a cannula in the next sentence', note: 'SPANISH INTERPRETER AT BEDSIDE. O2 VIA NASAL CANNULA 2L' },
  { name: 'a nurse of the unit', note: 'INTERPRETER VIA CHARGE NURSE.' },
  { name: 'sign language', note: 'INTERPRETER VIA AMERICAN SIGN LANGUAGE.' },
  { name: "the interpreter's own name", note: 'SPANISH INTERPRETER VIA «MARIA LOPEZ|NAME» AT BEDSIDE' },
]);

/** Years and clock times after a town or a country are no postal codes; a postcode in an address stays one. */
describeMarkedCases('years and times after places', [
  { name: 'years of service after a country', note: 'ARMY VETERAN (STATIONED IN «KOREA|LOCATION» 1974-1976), RETIRED.' },
  { name: 'a time after a country in a note charted by the clock', note: '0800 PT UP.\n1000 SEEN.\n1300 MOTHER CALLED FROM «NIGERIA|LOCATION» 1300; PT SPOKE W/ HER.' },
  { name: 'a postcode in an address line of a timed note', note: 'Lives at «12 Smith St|LOCATION», «Sydney|LOCATION» «NSW|LOCATION» «2000|LOCATION». Seen 0800, 1000, 1200.' },
  { name: 'a Norwegian postcode', note: 'Moved from «ARENDAL|LOCATION» «4844|LOCATION» last year.' },
]);
