import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in all-capital nursing notes (synthetic-dev7.jsonl and later dev
 * corpora), where capitalisation says nothing. Each note marks its PHI «text|CATEGORY»; written for these tests, not
 * taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'a town and region code ended by a period or by the line end',
    note: 'PT LIVES ALONE IN «SHAMROCK|LOCATION», «TX|LOCATION». DENIES ETOH\nWIFE CALLED FROM «BUTTE|LOCATION», «MT|LOCATION»\nPLAN: DC HOME.\nPt lives alone in «Shamrock|LOCATION», «TX|LOCATION». Denies EtOH.',
  },
  {
    name: 'a town and region code after the people the patient lives with',
    note: 'PT LIVES W/ GF «RUBY WHITE|NAME» IN «FRIONA|LOCATION», «TX|LOCATION»\nLIVES W/ STEPDAUGHTER, «SUMMER YTURRI|NAME» IN «TEN SLEEP|LOCATION», «WY|LOCATION»',
  },
  { name: 'a care setting before a region code that is a diagnosis is no town', note: 'PT LIVES WITH WIFE IN ICU, MI RULED OUT. PT LIVES IN SNF, PE RULED OUT.' },
  {
    name: 'units named by a word of their own: after a transfer, heading a note, in a note title and before a room',
    note: 'A/P: STABLE, TX TO «ASPEN 6|LOCATION» WHEN BED AVAIL.\n«JUNIPER 5|LOCATION» SHIFT NOTE 0700-1930\nNURSING PROGRESS NOTE 0700-1900 («SAGEBRUSH ICU|LOCATION»)\nMET CRITERIA, TO «BIRCH 3|LOCATION». MET CRITERIA, TO «3 CENTRAL|LOCATION».\n«WILLOW UNIT|LOCATION» «04/08/25|DATE» NOC\nPT: «GURNEY, KIRBY|NAME» #«006099305|ID» «NORTH ICU|LOCATION» BED «H14|LOCATION»\nTransferred to «Cedar ICU|LOCATION» once bed available.',
  },
  {
    name: 'scores, stages, levels, floors and generic units after the same words are no unit names or addresses',
    note: 'TX TO LEVEL 2 WHEN STABLE. ADMITTED TO GRADE 3. TX TO ICU. PAIN 8 NOTE. MOVED TO THE 5TH FLOOR. MOVED TO ROOM «12|LOCATION».\nSTAGE 4 NOTE: TYPE 2 DM. CYCLE 3 DONE.',
  },
  {
    name: 'facilities and firms whose names hold an ampersand, and wound, renal and rehab centres and mortuaries',
    note: '«LOCKLEAR & SONS FUNERAL HOME|LOCATION» CALLED. DAD ASKING ABOUT «RHYNE-HONEYCUTT MORTUARY|LOCATION».\nOUTPT F/U: «SNAKE RIVER WOUND CENTER|LOCATION». HEMODIALYSIS («ANDROSCOGGIN RENAL UNIT|LOCATION»).\nADMITTED FROM «WINDMILL RIDGE NURSING & REHAB|LOCATION». FROM «COTTON MILL VILLAGE HEALTH & REHAB|LOCATION».',
  },
  { name: 'the same heads without a name of their own', note: 'FOLLOW UP AT WOUND CENTER. CONTINUE NURSING & REHAB. SEEN IN RENAL UNIT. BODY TO MORTUARY.' },
  {
    name: 'a first name that is also a word after a kin word, where the phrase ends',
    note: 'FAMILY IN TO VISIT: DAD «LANE|NAME», SON «STONEY|NAME». SPOKE W/ BF «LANE|NAME» RE DC PLAN.\nAMB TO BR W/ PARTNER «CHRISTIAN|NAME». Family: wife «May|NAME», son «Will|NAME».',
  },
  { name: 'verbs, states and places after kin words are no names', note: 'DAD AWARE. SON AT BEDSIDE. WIFE PRESENT. SON STATES PT FELL. DTR CALLED. MOM, DAD AND SIS IN. SON IN LAW.' },
  {
    name: 'hand-off lines: the patient between the room and an age with the sex',
    note: 'RM «477A|LOCATION» «HALL, LANE|NAME» «94|AGE»YM - ETOH WD\nRM «883A|LOCATION» «RASH SHERRY|NAME» 48YF - CHF\nRM «687A|LOCATION»: «HUNTER, WADE V|NAME», «90|AGE»YM, ADM «10/16|DATE»\nRm «12|LOCATION» «Smith, John|NAME» 45 y/o M',
  },
  { name: 'a room, a finding and an age with the sex hold no name', note: 'RM «4|LOCATION» PT 45M. BED «2|LOCATION» CHF 67F. ROOM «3|LOCATION» SEEN 4M AGO.' },
  {
    name: 'a month and day after an event, a procedure after s/p, a recheck, a signer at the line end, or before AM; last known well is no initials',
    note: 'D/C VIA AMBULANCE «3/6|DATE» AM. INCISION CDI, STAPLES OUT «3/3|DATE». CV: S/P CATH «3/4|DATE», R RADIAL.\nGI: S/P WHIPPLE «3/2|DATE». RECHECK INR «3/7|DATE». LKW 2200 «3/3|DATE». TEAM CONF «3/11|DATE».\n-«T. KING|NAME» RN «3/5|DATE»',
  },
  { name: 'fractions and scores after the same words are no dates', note: 'S/P 2/3 DOSES. STRENGTH 4/5 BILAT. PAIN 3/10. MURMUR 2/6. GAVE 1/2 TAB. RN 2/2 STAFFING. S/P FALL, STRENGTH 4/5.' },
  {
    name: 'an initial and a word surname before a credential, after a dash or an entry sentence',
    note: 'HOME EQUIPMENT ORDERED.\n-«J. STONE|NAME» RRT\nPT TOLERATED WELL. «S. YOUNG|NAME» RN\n-«K. OH|NAME» MD\nDear «Kenji|NAME» «V. Young|NAME», M.D.,',
  },
  {
    name: 'a credential after an initial, or a code ending in a letter and digits before a credential, is no surname',
    note: '«YAA F|NAME». BSN, RN\n«CLEBER C|NAME». CNM, APRN\nMRN AT SENDING «323L1147|ID». SENDING MD AWARE.',
  },
  {
    name: "an age over 89 right after a resident's or patient's name, in brackets or between commas",
    note: 'RES «PETRAKIS, ANASTASIA|NAME» («96|AGE»), ROOM «118|LOCATION».\nRES «SOLOMON AYALEW|NAME», «92|AGE», MEMORY CARE.',
  },
  { name: 'vital signs and measurements between commas are no ages', note: 'TEMP MAX 99, SAT 98\nHEART RATE 92, REGULAR\nPULSE OX 94, RA\nRES T 98.1, HR 92, RR 18' },
  {
    name: 'a seven-digit number with an extension, after notified, NOK or a liaison, or right after a name only the lists know',
    note: 'Nephrology   «555-0172 x210|CONTACT»\nBROTHER «DENNIS MCCRAY|NAME» IS NOK, «555-0118 EXT 4|CONTACT».\nDTR «BOZENA|NAME» NOTIFIED «555-0191|CONTACT». LIAISON «CARMEN|NAME» «555-0122|CONTACT».',
  },
  { name: 'ranges of amounts after abbreviations are no phone numbers', note: 'UOP 500-1200 ML. PLT 150-4000. I/O 500-1200, RANGE 100-1500. GLUCOSE 150-2000 THEN' },
  {
    name: "initials alone on a note's last line, and initials with periods after a dash or before a credential",
    note: 'REHAB REFERRAL.\n-«R.M|NAME».\nFLYING IN.\n-«L. B|NAME».\n«M.S|NAME». RN CM\nDISCHARGED, STEADY GAIT.\n«TW|NAME» CM',
  },
  { name: 'a test, an order or a code status alone on the last line is no initials', note: 'NO DISTRESS. CXR IN AM.\nCXR' },
  {
    name: "a month and day after a consult, a bronchoscopy, a pacemaker, a start or a clinician's name, and the first end of a range before a full date",
    note: 'BRONCH «3/4|DATE» W/ SOOT. ORTHO CONSULT «3/5|DATE»\nNPO FOR POSSIBLE PPM «3/6|DATE» W/ DR. «KOH|NAME». VNA TO START «3/7|DATE».\nF/U with Dr. «Ayodele|NAME» «3/12|DATE».\nDates: «3/1|DATE»\u2013«3/4/2025|DATE»',
  },
  { name: 'doses and murmurs after the same words are no dates', note: 'START 1/2 TAB. DR. «SMITH|NAME» HEARD A 2/6 MURMUR. CONSULT SAID 1/2 DOSE.' },
  {
    name: "a job title of several words after 'the patient is a', up to the clause's end",
    note: 'PT IS A «HIGH SCHOOL BAND DIRECTOR|PROFESSION» AT SCHOOL. PT IS A «RETIRED COAL MINER|PROFESSION» FROM HOME.\nPT WAS A «TOOL AND DIE MAKER|PROFESSION» FOR 40 YRS. MOB IS A 20 YO «COLLEGE WRESTLER|PROFESSION».\nShe is a woman «HVAC technician|PROFESSION» at the plant.',
  },
  { name: "smoking, risk, candidacy and the patient's role after 'is a' are no jobs", note: 'PT IS A POOR HISTORIAN. PT IS A FORMER SMOKER. PT IS A FALL RISK. SHE IS A GOOD CANDIDATE FOR SURGERY. PT IS A NEW PATIENT. Pt is a pleasant 67 yo woman. He is a heavy drinker.' },
  {
    name: 'pharmacies, equipment suppliers and employers by their heads, a firm named after the last at, and hospitals ending in Regional, Behavioral or Subacute',
    note: 'RX SENT TO «MAPLETON DRUG|LOCATION».\nPT WAS A «TOOL AND DIE MAKER|PROFESSION» AT «KESSLER STAMPING|LOCATION» 40 YRS. JOB SITE («HOLLIS & SONS BUILDERS|LOCATION»).\nTAKE HIM TO «CEDAR BLUFF REGIONAL|LOCATION». ADMITS AT «BROOKSIDE BEHAVIORAL|LOCATION». SNF: «ASHGROVE SUBACUTE|LOCATION» REVIEWING.\nSCREENS SENT TO «TRI-VALLEY REGIONAL MEDICAL CENTER|LOCATION» AND «LAKESHORE BEHAVIORAL HEALTH|LOCATION».',
  },
  { name: 'equipment suppliers in mixed case', note: 'Order faxed to «BreatheWell DME|LOCATION». Settings per his supplier «Allied Breath Home Medical|LOCATION».' },
  { name: 'drugs, doses and regional anaesthesia are no firms or hospitals', note: 'ETONOGESTREL 68 MG DRUG IMPLANT. NO ILLICIT DRUG USE. SULFA DRUG ALLERGY. STUDY DRUG GIVEN. NO DME NEEDS. AVOID QT-PROLONGING DRUGS. CHECK REGIONAL ANESTHESIA.' },
  {
    name: "a floor number and the unit's own word after a transfer, a note title or a floor, and wings",
    note: 'PLAN: ?TRANSFER TO «6 HALVORSEN|LOCATION» IN AM.\nNIGHT SHIFT NOTE «5 GARFIELD|LOCATION»\n2000 PT RESTLESS.\nPLAN: TX TO FLOOR («4 NORTHBRIDGE|LOCATION») IN AM.',
  },
  { name: 'units of blood, oxygen and time after the same words are no units or addresses', note: 'TX TO 2 UNITS PRBC WHEN READY. TRANSFERRED TO 4 DAYS AGO. MOVED TO 2 LITERS.' },
  {
    name: 'first names in frames of waiting, driving and calling from a place, two joined by and, and the nurse report is called to',
    note: '«CHESTER|NAME» AND «MISTY|NAME» IN WAITING ROOM. «CHESTER|NAME» WILL DRIVE PT HOME.\n«PEARL|NAME» CALLED FROM «SHAMROCK|LOCATION», «TX|LOCATION», UPDATED.\nVOLUNTEER DESK PAGED, «HOPE|NAME» NOT IN WAITING AREA.\nREPORT CALLED TO «LANE|NAME» RN @ 1340.',
  },
  {
    name: 'family, staff and services in the same frames, and which nurse report goes to',
    note: 'PT AND FAMILY IN WAITING ROOM. MOM AND DAD IN WAITING ROOM. LAB CALLED FROM MAIN. MD CALLED FROM OR. DAUGHTER WILL DRIVE PT HOME.\nREPORT GIVEN TO ONCOMING RN. REPORT TO NIGHT RN. REPORT TO FLOOR RN. REPORT TO CHARGE RN. REPORT TO RECEIVING RN.',
  },
  {
    name: 'in capitals, a town no clinical prose uses after a phrase about where someone lives, ending the clause',
    note: 'PT WORRIED ABOUT HOUSE IN «BUTTE|LOCATION».\nMISSES HER DOG AND HOME IN «WARE|LOCATION». 1:1 VISIT\nPT LIVES ALONE IN «SHAMROCK|LOCATION»; NO STAIRS',
  },
  { name: 'dwellings, services and acronyms after the same phrases are no towns', note: 'PT LIVES IN TRAILER. PT LIVES IN TOWN. WENT HOME TO REST. LIVES IN APARTMENT. TRANSFERRED FROM OSH. FROM LTAC. FROM TCU. CAME FROM CLINIC. FROM JAIL. FROM WORK. FROM CHURCH. HOME TO MOM.' },
  {
    name: 'an ordinal day after a missed treatment or a fall, with one word between',
    note: 'PT MISSED TX THE «8TH|DATE», K 6.1 TODAY.\nFALL RISK: LAST FALL THE «8TH|DATE», NO INJURY.',
  },
  { name: 'ordinal lines, doses and times after the same verbs are no dates', note: 'PLACED THE 2ND LINE. STARTED ON THE 3RD DOSE. GIVEN FOR THE 2ND TIME. FELL FOR THE 1ST TIME.' },
  {
    name: 'a unit named after the room',
    note: "WOUND CARE NOTE\n«SIU, H'YUEN|NAME» RM «681|LOCATION» «BIRCH 3|LOCATION». SEEN BY WOUND RN.\nRM «4|LOCATION» PAIN 8. ROOM «12|LOCATION» STAGE 2.",
  },
  {
    name: 'in capitals, mitral regurgitation, mental status and doctor\'s orders are no titles before names',
    note: 'ECHO: MR MILD, TR TRACE. NEURO: MS INTACT. DR ORDERS NOTED. MS CHANGES NOTED. MR SEVERE, MS ALTERED.',
  },
  { name: 'word surnames after the same titles in capitals', note: 'MR «BROWN|NAME» CALLED. MRS «WHITE|NAME» AT BEDSIDE. DR «YOUNG|NAME» AWARE. MS «HOPE|NAME» PRESENT. MR «KING|NAME», 80 YOM' },
  {
    name: 'a systems-format ICU nursing note without PHI raises no alarm (pulses DP/PT, oxygen before PT, MR murmur)',
    note: "NPN 1900-0700\nNEURO: A+OX3, MAE, FOLLOWS COMMANDS. PERRLA 3MM BRISK. MS AT BASELINE. DENIES PAIN. SLEPT WELL.\nCV: NSR 70S-80S, NO ECTOPY. SBP 100-120. K 3.8, MG 2.0. +PP DP/PT BILAT. EDEMA 1+ BLE. MR MURMUR NOTED.\nRESP: 2L NC, SATS 95-98%. LS CLEAR UPPER, DIMINISHED BASES. IS 750. COUGH PRODUCTIVE OF SMALL AMT WHITE SPUTUM.\nGI: ABD SOFT, NT/ND, +BS. TOL CARDIAC DIET. BM X1 BROWN SOFT GUAIAC NEG. ZOFRAN X1 FOR NAUSEA W/ GOOD EFFECT.\nGU: FOLEY DRAINING CLEAR YELLOW URINE 40-60CC/HR. BUN/CR 22/1.1.\nID: AFEBRILE, TMAX 99.1. WBC 9.2. CONT VANC/ZOSYN. BCX NGTD.\nSKIN: COCCYX INTACT, BRADEN 16, TURNED Q2H. R AC PIV 20G SL, L FA PIV 18G W/ NS @ 75.\nENDO: FS 120-180, SSI PER PROTOCOL.\nSOCIAL: FAMILY IN TO VISIT THIS EVENING, UPDATED BY RN. DAUGHTER WILL CALL IN AM. FULL CODE.\nPLAN: CONT TO MONITOR HEMODYNAMICS, WEAN O2 AS TOL, OOB TO CHAIR IN AM, PT/OT EVAL, ?TRANSFER TO FLOOR WHEN BED AVAIL.",
  },
  {
    name: 'an admission nursing note without PHI raises no alarm (word names used as words, oxygen then PT)',
    note: "ADMIT NOTE: PT ADMITTED FROM ED VIA STRETCHER @ 1430 W/ CHIEF COMPLAINT OF SOB X 3 DAYS. HX CHF, COPD, DM2, HTN, AFIB ON COUMADIN, CKD STAGE 3.\nIN ED RECEIVED LASIX 40 MG IV X1, NEBS X2, SOLUMEDROL 125 MG IV. CXR W/ BILAT PLEURAL EFFUSIONS, CARDIOMEGALY. BNP 1450. TROP NEG X1.\nON ARRIVAL TO UNIT: VS 148/82, HR 104 AFIB, RR 24, T 98.6, SAT 91% ON 4L NC. PT ANXIOUS, DYSPNEIC W/ MINIMAL EXERTION. USING ACCESSORY MUSCLES.\nORIENTED TO ROOM AND CALL LIGHT. BED ALARM ON. FALL RISK HIGH (MORSE 55). SKIN: STAGE 2 TO SACRUM, MEPILEX APPLIED. WOUND CARE CONSULT PLACED.\nHOME MEDS RECONCILED W/ PHARMACY. ALLERGIES: PCN (HIVES), SULFA. CODE STATUS: DNR/DNI PER PT AND HCP. PALLIATIVE CARE CONSULT ORDERED.\nTEACHING: REINFORCED 2 GM NA DIET, 1.5 L FLUID RESTRICTION, DAILY WEIGHTS. PT VERBALIZED UNDERSTANDING. WILL CONTINUE TO MONITOR.\nA/P: ACUTE ON CHRONIC SYSTOLIC HF EXACERBATION. DIURESE W/ LASIX 40 IV BID, STRICT I/O, DAILY WT, K/MG REPLETION PER PROTOCOL.\nMAY NEED BIPAP IF WORK OF BREATHING INCREASES. HOPE TO WEAN O2 TO RA. GRACE PERIOD FOR INSURANCE DISCUSSED W/ SW. FRANK BLOOD NOT SEEN. BROWN STOOL X1.",
  },
  {
    name: 'a timed floor nursing note without PHI raises no alarm (NOC, resource and student nurses)',
    note: "0700 REPORT RECEIVED FROM NOC RN. PT SLEEPING, EASILY AROUSABLE.\n0800 AM CARE DONE. MEDS GIVEN AS ORDERED. PT C/O 6/10 ABD PAIN, DILAUDID 0.5 MG IV GIVEN.\n0830 PAIN 3/10. PT RESTING COMFORTABLY.\n1000 OOB TO CHAIR W/ ASSIST X2, TOL WELL. PT AMBULATED 50 FT W/ RW AND GAIT BELT. STEADY GAIT.\n1200 LUNCH TRAY SET UP, ATE 50%. FS 212, 4 UNITS LISPRO GIVEN PER SSI.\n1300 DR ROUNDED, NEW ORDERS RECEIVED FOR CT ABD/PELVIS W/ CONTRAST. PT TO CT VIA STRETCHER @ 1330, RETURNED @ 1415.\n1500 FAMILY AT BEDSIDE. QUESTIONS ANSWERED. SON WILL STAY OVERNIGHT.\n1600 BLADDER SCAN 450 ML, STRAIGHT CATH FOR 500 ML CLEAR YELLOW URINE. MD AWARE.\n1800 DINNER TRAY, ATE 25%. ZOFRAN 4 MG IV FOR NAUSEA.\n1900 REPORT GIVEN TO NOC RN. RESOURCE RN AND STUDENT RN HELPED. BED IN LOW POSITION, CALL LIGHT IN REACH, BED ALARM ON.\nSBAR: S - PT W/ SBO ADMITTED 2 DAYS AGO. B - HX OF ABD SURGERY X3. A - ABD DISTENDED, NGT TO LIWS W/ 400 ML BILIOUS OUTPUT. R - CONT NPO, MONITOR OUTPUT, SURGERY TO FOLLOW.",
  },
  {
    name: 'a month and day ending a sentence or clause after a word',
    note: 'BOYFRIEND HIT HER «3/1|DATE». POLICE CALLED.\nEMPLOYER LAID PT OFF «2/1|DATE».\nPREDNISONE TO COMPLETE «3/2|DATE», TIOTROPIUM.',
  },
  { name: 'halves, scores out of ten, full marks, grips and ventilator settings ending a sentence are no dates', note: 'TOOK 1/2. BREATH SOUNDS 3/4. C/O CP 5/10, EKG DONE. BPP 8/8. R GRIP 4/5. PT REMAINS ON PSV 10/5; BIPAP 12/5. CPAP 10/5.' },
  {
    name: 'findings, verbs, weekdays, scales, ECG segments, specialties and measurements that read as names or places',
    note: 'CT DRAINAGE 60 CC SEROSANG, NO FRANK BLOOD.\nCC: BLACK TARRY STOOL X2 DAYS.\nPLAN: SAFETY PLAN WITH FATHER, LOCK UP GUNS.\nPT ASKS ABOUT WORK; WILL ASK MD.\nTURN Q2H, RN AGAIN TOMORROW.\nEKG NSR, NO ST CHANGES.\nAPGARS 6 AND 8. BW 1640 G.',
  },
  {
    name: 'findings, scales and weekdays in mixed case',
    note: 'GCS 15. No focal deficit. Meningismus present.\nParkinson disease, Hoehn and Yahr 2.\n2.5 mg Mon/Fri.\nThe radiologist read it; read by Neuroradiology',
  },
  { name: 'a copy list in a letter and initials alone on the last line still name people', note: 'With kind regards,\nDr. «Rose Payne|NAME»\ncc: «Hope Black|NAME»\nDISCHARGED W/ WIFE «LUPE|NAME», STEADY GAIT.\n«BW|NAME»' },
  {
    name: 'two words that can only be a name after the word patient',
    note: 'I SAW YOUR PATIENT «HOPE DELACROIX|NAME» TODAY.\nPT «HOPE DELACROIX|NAME» IS A PLEASANT WOMAN.',
  },
  { name: 'I saw your patient in mixed case', note: 'I saw your patient «Hope Delacroix|NAME» today.' },
  { name: 'verbs, findings and states after the word patient are no name pairs', note: 'PT SPEAKS NAVAJO AND ENGLISH. PT STABLE OVERNIGHT. PT REFUSED LASIX. PT ROSE TO CHAIR. PT BROWN STOOL. PT YOUNG ADULT. PATIENT FRANK BLOOD.' },
  {
    name: "initials after a double dash, a baby's name in quotes, children in brackets with bare ages",
    note: 'VOIDING CLEAR YELLOW.\n-- «LR|NAME»\nBaby boy "«Tobi|NAME»" breastfeeding well.\nCHILDREN («MATEO|NAME» 6, «LUNA|NAME» 3) WITH SISTER.',
  },
  { name: 'counts and ages in brackets after children words are no names', note: 'CHILDREN (2) AT HOME. SIBLINGS (AGES 3, 5). PARENTS TIRED AND WORRIED.' },
  {
    name: 'rooms and beds written with a letter and a dash, a unit abbreviation or a NICU space',
    note: '«NAKOA, DUKE|NAME»  BED «C-6|LOCATION»  63 M  STEMI\nED NOTE  RM «ED 14|LOCATION»\nBABY BOY «VANG|NAME»  ISOLETTE «14|LOCATION»',
  },
  { name: 'post-operative days, bed rest and room air are no rooms', note: 'POD 2. POD 1 S/P LAP CHOLE. BED REST. WARMER ON. ROOM AIR. RM TEMP.' },
  {
    name: 'a town between two commas before its state, after an address or a facility',
    note: 'LOCATION: «RR 2 BOX 114|LOCATION», «SALT ROCK|LOCATION», «WV|LOCATION»\nFROM «GOLDEN PRAIRIE CARE CENTER|LOCATION», «WATERTOWN|LOCATION», «SD|LOCATION»',
  },
  { name: 'symptoms, signers and timing between commas are no towns', note: 'NAUSEA, VOMITING, OK. ONSET 3 DAYS, MILD, IN AM. PAIN 3 DAYS, WORSE, ME.' },
  {
    name: "the dictating doctor's and the typist's initials on a line of their own",
    note: 'Sincerely,\n\nDr. «Zachary Vaughn|NAME»\n«ZV|NAME»/«lh|NAME»\nD: «10/08/69|DATE»\nDICTATED BY: «KEVIN OSEI|NAME», M.D.\n«KO|NAME»:«MTW|NAME»',
  },
  { name: 'abbreviations joined by a slash on a line of their own are no initials', note: 'NEURO: A&O\nN/V\nBP/HR\nRN/BSN\nCHF/COPD\nMD/PHD\nHTN/DM\nNKA/NKDA' },
  {
    name: 'a month and a two-digit year after an event or a date word',
    note: 'PVD S/P FEM-POP BYPASS «8/61|DATE». REPORTS ANGINA.\nStress test «5/93|DATE» without ischemia. CAD, IMI «10/87|DATE» treated medically.',
  },
  { name: 'readings and ratios with a second number above 31 are no dates', note: 'BP 120/80. FEV1/FVC 5/70. SAT 9/95. RATIO 1/50. HR 8/60. PT 2/40. GAVE 1/50.' },
  { name: 'an extension of four or five digits after ext in any case', note: '«Colleen Baker|NAME», RN CM ext «4406|CONTACT»\nmessage left on ext. «6620|CONTACT». Discharged.' },
  { name: 'extremities and extended-release doses are no extensions', note: 'EXT 2+ EDEMA. KNEE EXT 4/5. METFORMIN EXT 1200 MG.' },
  {
    name: 'meals, services, doses, organisms, lab names and a sentence before a street type are no places or names',
    note: 'VISITS DAILY AT LUNCH.\nADMISSION H&P - PSYCH\nAV PACED 88 VIA EPICARDIAL WIRES. CT OUTPUT 80/HR\nNAPROXEN 500 BID X 7D W/ FOOD.\nTX HEPATOLOGY AWARE.\nWBC 14.2, Tbili 1.1, lipase normal. Will cover Vibrio given saltwater. SHILEY 6 CUFFLESS.',
  },
  { name: 'hospital acronyms and real streets still are', note: 'TRANSFERRED FROM «CPMC|LOCATION». Lives at «45 Harbor Pt.|LOCATION»' },
  {
    name: 'weekdays before a date or joined by a slash, compounds of dictionary words after RE:, and METH are no names',
    note: 'Anticoagulation clinic -- telephone note\n«Mon 3/10/2025|DATE» 14:05\nthen 5 mg daily except 2.5 mg Mon/Fri.\nAPS REPORT FILED RE: SELF-NEGLECT.\nMETH USE DAILY.',
  },
  { name: 'hyphenated names after a label or a role still are', note: 'RE: «Mary-Jo Smith|NAME»\nCIRCULATOR: «SUNG-HO|NAME»' },
  {
    name: 'dictation initials right under a signature, whatever the letters also spell, and a service after MR.',
    note: '«Walter Kincaid|NAME», MD\n«WK|NAME»/«bp|NAME»\nDD: «12/24/70|DATE»\nMODERATE MR. CARDIOLOGY, DR. «ABERNATHY|NAME», RECOMMENDED SPIRONOLACTONE.',
  },
  { name: 'abbreviations under an ordinary line are no dictation initials', note: 'SEEN BY MD\nIV/PO\nBP/HR' },
  {
    name: 'a word surname after a title when an age or being made aware follows, and after a listed first name before a credential',
    note: 'DISCHARGE NSG NOTE: MRS «DAY|NAME» (32YOF) RM «666A|LOCATION»\nHEMODIALYSIS - MR «DAY|NAME», 61 YOM\nBS 342, DR «DAY|NAME» MADE AWARE.\nUOP 20-30/HR, «ROSE STREET|NAME» MD NOTIFIED.\n«JUNE STREET|NAME», RN',
  },
  { name: 'modals before verbs, days and credentials after the same words are no names', note: 'MAY CALL MD. WILL PAGE MD. MAY SEE MD. MR DAY 2. DAY 3 OF 7 ABX. FAMILY DAY RN.\n«ROOT, AALIYAH|NAME» BSN RN' },
  {
    name: 'a lettered street after a house number, a job title after double spaces, and a local number with an extension',
    note: 'LIVES AT «1200 L STREET NW|LOCATION»; MOM AT «9245 HAWTHORNE LANE, APT 10L|LOCATION». PT IS A «HIGH SCHOOL  BAND  DIRECTOR|PROFESSION». SHE IS A YOUNG  «HIGH SCHOOL  TEACHER|PROFESSION».\nCALL CM «555-0172 x210|CONTACT». ON 4L NC.',
  },
  {
    name: 'fluid volumes given a number of times, isolette and warmer temperatures, oxygen after a move and a slash over 31 are no PHI',
    note: 'LR 500-1000 x 2. ISOLETTE 36.5 C. WARMER 37.2. MOVED TO 40% FIO2. IN ISOLETTE «14|LOCATION».\n2 L NC.',
  },
  {
    name: 'scores after clock times and scales, rules and diseases named after a place or a person are no PHI',
    note: '0800 CIWA 14: TREMOR 3. 1200 CIWA 12, LORAZEPAM 1 MG IV. COLUMBIA SCREEN LOW RISK TODAY.\nBoston bowel prep score 8. Stockholm syndrome. San Francisco syncope rule negative. New York Heart Association class II. Richmond Agitation Sedation Scale -2. Wells score 4.',
  },
  {
    name: 'a place or a person is still PHI where the sentence goes on before a score word',
    note: 'RETURNED FROM «GHANA|LOCATION» WITH FEVER. LIVES IN «BOSTON|LOCATION» WITH WIFE, FALL RISK SCORE 45.\nDTR «MARY|NAME» STATES PAIN SCORE 8.',
  },
  { name: 'a titled person before a protocol and places in running prose', note: 'Per Dr. «Smith|NAME» protocol. He moved from «Boston|LOCATION» to «Denver|LOCATION».' },
  {
    name: 'compound nouns headed by a surname, adjectives after a relation word and words after the anaesthesia service are no names',
    note: 'PHOTOTX ON WITH EYE SHIELDS. INSTALL GRAB BARS. SMALL VENOUS LAKE ON LIP. SITTER UNAVAILABLE, DIVERSIONAL ACTIVITY.\nWIFE SUPPORTIVE AT BS. PLACED BY ANESTHESIA, BLOCK ADEQUATE. PER ANESTHESIA RECORD. POST-OP SYSTEMS NOTE POD 1.',
  },
  { name: 'a surname after a verb, and the anaesthetist after a label, still are', note: 'FAMILY HOPE TO HAVE «PIERCE|NAME» ARRIVE BY NOON.\nANESTHESIA: «KOWALSKI|NAME»' },
  {
    name: 'a clock time opening a charted entry before an abbreviation is no house number; an address line still is',
    note: '1500 PMV TRIAL 20 MIN, TOL WELL.\n0221 VF. SHOCK 200 J BIPHASIC.\n0600 BG 132. 1805 PPH STAGE 1: OXYTOCIN.\nPERRL 3 MM. ROM ALL EXT WNL.\n2307 PAGED CARDS ON CALL DR «STONE|NAME» VIA SPOK.\nCORRECTION = 5 U. PT SELF-INJECTED.\nMAIL: «0138 BRISAS 6802|LOCATION»',
  },
  {
    name: 'languages and peoples are neither towns nor people, though a facility may carry one in its name',
    note: 'Pamphlet in Tongan given. Teach-back done in Pashto; speaks Pashto (some Dari). Family sang hymns in Marshallese.',
  },
  { name: 'a dialysis unit named after a nation', note: 'ESRD ON HD TTS AT «CHEROKEE NATION DIALYSIS|LOCATION», ACCESS L AVF.' },
  { name: 'an interpreter by phone with an id number is no town', note: 'BOSNIAN INTERPRETER «EMINA|NAME» BY PHONE, ID «10394|ID»; LIVES IN «BOISE|LOCATION», «ID|LOCATION» «83702|LOCATION».' },
];

describeMarkedCases('detectPhi generalisation cases (all-capital nursing classes)', cases);
