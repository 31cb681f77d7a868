import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI missed on the blind dev sets 54 to 58 (home health, obstetrics, occupational medicine, short messages,
 * veterans and geriatrics) and on earlier sets' remaining misses. Each note marks its PHI «text|CATEGORY»; written for
 * these tests.
 */
const cases: MarkedCase[] = [
  {
    name: 'initials after a dash sign an entry when a credential follows them, with a comma or a slash after, whatever they spell',
    note:
      'NO WOOD CHIPS VISIBLE IN WOUND. - «CH|NAME», RN\nNEXT DRESSING AM.\nRN «JOSEPH|NAME» AWARE. - «DL|NAME», PT\n1430 REATTEMPT.\n' +
      'PT RESTING.\n-«ML|NAME», RN / NIGHTS\nAQUATIC PT AT POOL.\n«MJ|NAME», PTA',
  },
  {
    name: 'a comma before a credential joins a list of disciplines or a unit to its nurse, not initials',
    note: 'Disciplines: SN, PT, OT\nADMIT TO ICU, RN AWARE.',
  },
  {
    name: "lower-case initials after a dash close the note's last sentence, but not a word or an abbreviation",
    note: 'Spoke with pt re: refills, pharmacy informed. -«jr|NAME»',
  },
  {
    name: 'lower-case words after a dash at the end of a note are no initials',
    note: 'Cont meds, pt stable. -ok',
  },
  {
    name: 'a seven-digit number after a voicemail, a text or a callback is a phone number, but not a lab value',
    note: 'PT NOTIFIED VIA VM «555-0147|CONTACT». TEXTED «555-0152|CONTACT». cb «555-0163|CONTACT».\nHGB 555-0147 NOT A PHONE.',
  },
  {
    name: 'a name in brackets after the front desk, a driver or a sitter, and a name before its bearer\'s role in brackets',
    note:
      'DENIED - NEEDS APPT. FRONT DESK («ROSE|NAME») TO SCHEDULE. CALLED DRIVER («MIKE|NAME») AT 1400.\n' +
      'TEAM: «DWAYNE|NAME» (PEER), «LORNA|NAME» (RN). TECH (CT) AWARE. STAFF (NIGHT) AWARE. DESK (MAIN) CALLED.',
  },
  {
    name: 'an age over 89 after a name, past a middle initial, a nickname or a column gap',
    note:
      'VETERAN «ESPINOZA, RAFAEL|NAME» T («NINETY-ONE|AGE»), BED «9|LOCATION»\nRESIDENT: «WOOD, FRANCIS|NAME» "«FRANK|NAME»"   «93|AGE»\n' +
      'VET «MARSH, CLIFFORD|NAME»   «90|AGE»   RM «B-220|LOCATION»',
  },
  {
    name: "an age over 89 after a kin word or a word for the person, and after I'm, he's or she's; not a percentage",
    note:
      'Pt\'s grandmother («96|AGE», alive) "sharp as a tack". Resides with a female veteran, «92|AGE», in the CLC.\n' +
      'Pt laughs, "I\'m «96|AGE», what do you expect." Dad (he\'s «90|AGE» now!) coughs with meals. She\'s 95% sure. HR 95, BP 120/70.',
  },
  {
    name: 'a number after a name on a later line of an address block is no age',
    note: 'Billing address: «Noelle Martinsson|NAME»\n    «1593 Pagari 18|LOCATION» «Suite 932|LOCATION»\n   «Põlluküla|LOCATION»\n    «SA|LOCATION»\n    «93318|LOCATION»',
  },
  {
    name: 'a dashed list of dated entries: the period ending the line above is no number the date is subtracted from',
    note: 'CLEARED WBAT, D/C HINGED BRACE.\n- «04/09|DATE» TC W/ PT.\n- «04/15|DATE» PT PROGRESS RPT: KNEE 0-118 DEG.\nWOUND 2.5 x 3/4 cm. TAKE 1 - 2/3 tab.',
  },
  {
    name: 'the state that issued a driver licence, a CDL or a professional licence, and a state after its form label',
    note:
      'ID VERIFIED: «KS|LOCATION» DRIVER LICENSE «K07-55-3391|ID»\nCDL: «OK|LOCATION» «D004471982|ID», class A\n«T. MWANGI|NAME», APNP   «WI|LOCATION» LIC «18842-33|ID»\n' +
      'M0050 STATE: «KS|LOCATION»   M0060 ZIP: «66873|LOCATION»\nMENTAL STATE: OK\nSTATE: IN ROOM. PT IN LIC 2 DAYS.',
  },
  {
    name: 'county roads and numbered roads in directions, lettered county highways, and the town after a road with a house number',
    note:
      'FROM TOWN TAKE «CO RD 620|LOCATION» E 6 MI. From «Hwy 71|LOCATION» go E on «CR 20|LOCATION» 4 mi. GO S ON «ROAD 18|LOCATION» PAST THE RIVER.\n' +
      'LIVES «2210 CO RD 31|LOCATION», «HOPE|LOCATION», «ND|LOCATION».\nAT HOME, «N4172 CTY HWY K|LOCATION», «POLONIA|LOCATION», «WI|LOCATION»\nON CR 20 MG DAILY.',
  },
  {
    name: 'a job after "was a", "is a" or "as an" whoever the subject, ending in an occupation word, up to a modal verb',
    note:
      'HE WAS A «RAILROAD SWITCHMAN|PROFESSION» FOR 38 YRS. She was an «operating room nurse|PROFESSION» in the Army.\n' +
      'Your usual job as an «order picker|PROFESSION» will remain open to you.',
  },
  {
    name: 'what someone was in a crash or is as a patient is no job',
    note: 'PT WAS A RESTRAINED DRIVER IN MVC. He was a passenger in the car. Unrestrained driver, +LOC.\npt is a poor historian. She is a former smoker. He is a fall risk. It was a pleasure.',
  },
  {
    name: 'a nurse named before a credential after "from", and the words of the hand-off kept out of the name; a state code after a town is no credential',
    note: '0700 REPORT RECEIVED FROM «ROSE|NAME» RN AT BEDSIDE. PT SEDATED.\nREPORT FROM «KOWALSKI|NAME» RN AT BEDSIDE.\nMoved here from «Pawtucket|LOCATION», «MS|LOCATION», with her son.',
  },
  {
    name: 'surname, comma and first name on a census line after a room, before an age and a dash, or heading a flow sheet after a dash',
    note:
      'RM «503|LOCATION» «MARSH, DOUGLAS|NAME» 57 - S/P PEA ARREST\nRM «510|LOCATION» «RAMIREZ, JOSE LUIS|NAME» «96|AGE» - PNA, FALL RISK\n' +
      'RES «YOUNG, HAROLD|NAME» RM «402-1|LOCATION». RESTLESS.\nRES «DOLORES NAKAMURA-FINCH|NAME» RM «104|LOCATION» - RAPID FLU A POS.\nICU FLOWSHEET SUMMARY - «KING, MAY|NAME» - BED «11|LOCATION»',
  },
  {
    name: 'findings after a dash and a range of readings after a name are no name and no age',
    note: 'UA - BROWN, CLOUDY\nSKIN - WARM, DRY\nSEEN BY DR «JONES|NAME», 92 - 94% SATS ON RA.',
  },
  {
    name: 'units named by a tree or a word with a floor and a kind, after a transfer, a bed, a unit label or a note title',
    note:
      'SBAR - TRANSFER «MAPLE 3 STEP-DOWN|LOCATION» TO «CEDAR 4 ICU|LOCATION»\nEVENT NOTE «9/9/2025|DATE» 1620 - «HAWTHORN ICU|LOCATION»\n' +
      'No bed on «Cedar 3|LOCATION» until after 1900.\nUNIT «BIRCH 6 ORTHO|LOCATION», RM «612B|LOCATION»',
  },
  {
    name: "a community living center's neighbourhoods and a memory care wing, before a room or after a comma",
    note: 'CLC, «EAGLE NEIGHBORHOOD|LOCATION» RM «118|LOCATION»\nRM «3104|LOCATION», «SPRUCE NEIGHBORHOOD|LOCATION»\nMEMORY CARE, «LILAC WING|LOCATION» «APT 12|LOCATION»',
  },
  {
    name: "a bed after a critical-care unit's initials, but not days, weeks or times in one, nor a count of days in a note title",
    note:
      'PT: «TRUMBULL, OTIS|NAME»   «MICU|LOCATION» «4|LOCATION»\nBorn 34 wk, «NICU|LOCATION» 12 days. «PICU|LOCATION» X1 IN 2023. «NICU|LOCATION» 3 wks.\n' +
      '«MICU|LOCATION» NPN - CRRT DAY 2',
  },
  {
    name: 'a login in brackets after the name it is made of, and a login with digits after a spaced dash before a department',
    note: 'INTAKE RN: «MERRITT|NAME» («MMERRITT3|NAME»)\nDICTATED BY J. «WEISSBERG|NAME» («JWEISSB|NAME»)\nSent by secure fax.\n- «hmarsh2|NAME» (HIM)',
  },
  {
    name: "initials after a code team role's label and after a charting word and 'by'; a code nurse is no name",
    note: 'RECORDER: «KJ|NAME»   CODE RN: «JT|NAME»   HOUSE SUP: «MW|NAME»\nENTRIES BY «AKB|NAME»\nGROSSED BY: «KR|NAME», PA(ASCP)\nCHARGE RN: NO. SUPERVISOR: AWARE. SIGNED BY PT.',
  },
  {
    name: 'initials and a credential before "for Dr" sign an entry written for the doctor',
    note: 'TIME 55 MIN. -«SP|NAME» RN FOR DR «ABERCROMBIE|NAME»',
  },
  {
    name: 'a double-barrelled surname made of listed surnames, even one that is also a word, but not a syndrome, a scale, a valve or a brand',
    note:
      '«3/6/25|DATE» Balance clinic - «Faith Adeyemi-Cross|NAME», 62 F\nNIGHT CHARGE RN NOTE: «ZOE KAPLAN-REID|NAME» LDR «8|LOCATION» WANTS TO DELIVER.\n' +
      'Differential: Pitt-Hopkins, Mowat-Wilson, Rett-like. PASSY-MUIR TRIAL W/ SLP. DX: SAH, HUNT-HESS 3. R-ISS II (Durie-Salmon IIIA).\nMEDI-CAL PENDING. Coe-Pak placed.',
  },
  {
    name: 'an initial and a surname after a nurse, a dietitian or an adjuster, or after a dash opening the last line',
    note:
      'SBAR HANDOFF 1900  DAY RN «K. OYELOWO|NAME» -> NIGHT RN «DEANNA MARSH|NAME»\nWEEKLY WTS.\nRD «C. YOUNG|NAME»\nCLAIM OPEN, ADJ «T. CASH|NAME». DO NOT COLLECT CASH.\n' +
      'DR «YOUNG|NAME» IN HOUSE.\n-«M. WOOD|NAME»',
  },
  {
    name: 'claim, case, court, accession and encounter numbers of dash-joined letters and digits, with no label',
    note:
      'Subject: «R. Salcedo|NAME» / «IC-WC-250117|ID» - surgery date\nClaim «PS-22-90014-WC|ID»\nCASE «22-GP-00418|ID». MRE (acc «MR25-0220-4471|ID»). FORM «EPD-COC-55102|ID».\n' +
      'SAFETY REPORT # «88120-PPH|ID». NBS CARD «24-360-01197|ID». ENC «20250517-1130-88|ID».',
  },
  {
    name: 'genes, viruses, drugs, spinal levels, ranges, dates and drug codes made of dashes and digits are no identifiers',
    note: 'COVID-19 NEG, PD-L1 50%, C3-C4 DISC, T10-T11-T12, 5-FU, L4-L5, SARS-CoV-2, HLA-B27, EGFR-T790M, BRCA1-BRCA2.\nBP 120-130/70-80. 4-0 PTFE. ICD-10. NDC 12345-678-90.',
  },
  {
    name: "a month and day after a clock time opening an entry, after a crash or a diagnosis, or before the doctor who operated; not doses after a time",
    note:
      '0612 «6/3|DATE» - 29M, nail gun injury.\nCALLED 0900 «10/3|DATE» AND LEFT MESSAGE.\nPartial meniscectomy («5/7|DATE», Dr. «Strickland|NAME»).\nHX: MVC «2/6|DATE» WITH PNEUMOTHORAX.\n' +
      'GAVE 1200 MG; 1500 3/4 TAB. INTAKE 1200 2/3 OF MEAL.',
  },
  {
    name: 'a pharmacy chain a prescription goes to or a pharmacist calls from; CVS as the cardiovascular system stays out',
    note:
      'refill #30 to «Walgreens|LOCATION» on «Frenchmen St|LOCATION».\nPHARMACY: «WALGREENS|LOCATION»\nRefilled 90 d to «CVS|LOCATION» #«4471|ID».\nRPh «Imani Brooks|NAME» («Walgreens|LOCATION», «Brownsville|LOCATION») called.\n' +
      'CVS: RRR, NO MURMUR. ROS: CVS - NEG. RELATED TO CVS DISEASE. PT DENIES ANY CHANGE TO CVS',
  },
  {
    name: 'a job after an age and sex, after former or previously, after a work or occupational-history label, and in a service history',
    note:
      '«6/3|DATE» - 29M «framer|PROFESSION» w/ nail gun injury.\nHPI: 38 y/o M, «warehouse associate|PROFESSION» at work. HPI: 53 y/o «middle school principal|PROFESSION» (new pt).\n' +
      'TRIAGE: 52 F, «PSYCH TECH|PROFESSION» HERE, STRUCK BY A PATIENT.\nFormer «janitorial crew lead|PROFESSION» with a cleaning firm.\nWork: «sheet metal worker|PROFESSION», cut on ductwork.\n' +
      'Occupational history: «coal miner|PROFESSION» x4 yrs.\nNavy 1949-1955, «radioman|PROFESSION» on destroyers. SERVICE: ARMY 1985-1993, «CAVALRY SCOUT|PROFESSION», DEPLOYED. USMC 1967-1970, MOS 0311 «rifleman|PROFESSION».',
  },
  {
    name: 'what a person is in a crash, a habit or an accident after an age and sex is no job; nor a work status',
    note: '23 YO M, UNRESTRAINED DRIVER, SINGLE CAR MVC. 72 YO M, EX-SMOKER, COPD. 16 M, ATV ROLLOVER.\n65 YO M, WELL APPEARING. 45 yo F, alert and oriented. Work: return to full duty. ARMY 1970-1972 («VIETNAM|LOCATION»).',
  },
  {
    name: "a practice named in ordinary words after a doctor's name or a PCP label, or under a signature; a specialty alone is no practice",
    note:
      '«Ruth Adebayo|NAME», MD\n«Lakeside Family & Occupational Medicine|LOCATION»\n«Cornerstone Hand Therapy|LOCATION» - visit 9\nHome Health Physical Therapy Evaluation',
  },
  {
    name: "in capitals, a practice after a doctor's name or a PCP label; a specialty after a doctor's name is none",
    note: 'PCP: DR «ELLEN MARSHALL|NAME», «PEARL RIVER FAMILY MEDICINE|LOCATION»\nDR. «ROHAN MEHTA|NAME», VASCULAR NEUROLOGY, ON CALL.\nREFER TO PHYSICAL THERAPY.',
  },
  {
    name: 'a firm after an employer label, even in ordinary words; a work status or a job is none',
    note: 'Employer: «Twin Ports Poultry|LOCATION»\nEMPLOYER: «HIGH DESERT AGGREGATES|LOCATION» - QUARRY\nEmployer: None\nEMPLOYER: RETIRED\nEmployer: Self employed\nEMPLOYER: SAME AS ABOVE',
  },
  {
    name: 'names listed after a plural kin word, even modals, months and virtues; not a list of findings or a verb',
    note:
      'VISITORS TODAY: WIFE «MAY|NAME», SONS «WILL|NAME» AND «DEAN|NAME», AND BROTHER-IN-LAW «CLIFFORD|NAME» FROM TOWN.\nparents «Ana|NAME» & «Jorge Gil|NAME» both immune.\n' +
      'SONS AND DAUGHTERS AT BEDSIDE. KIDS ARE FINE AND WELL. PARENTS WILL CALL BACK. PARENTS BOTH DECEASED, MI AND CVA.',
  },
  {
    name: 'a name opening a clause before returning a call or verbalizing understanding, but not a symptom that returned or a patient',
    note: '«7/11|DATE» 1045 - «CHARITY|NAME» RETURNED CALL. UPDATED ON PLAN.\nWill have office f/u Monday. «Hope|NAME» verbalized understanding.\nPATIENT VERBALIZED UNDERSTANDING. PAIN RETURNED OVERNIGHT. FEVER RETURNED. SPUTUM RETURNED CLEAR.',
  },
  {
    name: 'a room written right after a unit the note names, not a count of admissions or days there',
    note: 'PT TRANSFERRED TO «CEDAR 4 ICU|LOCATION» «412|LOCATION» AT 0300.\n3RD ADMIT THIS YEAR, «PICU|LOCATION» X1 IN 2023.',
  },
  {
    name: 'review: titles after a job label run to the word, census names stop before RM or BED, and a cut number is no age',
    note:
      'Occupation: «meat cutter|PROFESSION» at the plant.\nOccupation: «diplomat|PROFESSION»\nRES: «LONG, GRACE|NAME» RM «216|LOCATION» - ALERT\nRM «101|LOCATION» «YOUNG, HAZEL|NAME» BED «2|LOCATION» - INTACT\n' +
      'PT: «WOOD, FRANCIS|NAME»' + ' '.repeat(38) + '«9123456|ID»   ACCT',
  },
  {
    name: 'review: lower-case words in brackets, airway devices, list items of abbreviations and eponymous formulas are no names',
    note: 'sitter (will) stay overnight. driver (hope) to pick up.\nAIRWAY: OPA\nPLAN:\n- ADL, OT\n- HEP, PT\n- DME, OT\nL distal radius fx, Salter-Harris II. ENERGY NEEDS PER HARRIS-BENEDICT X 1.2',
  },
  {
    name: 'review: CVS in an exam, mental and neuro states, county roads in passing, readings after a unit, and vital signs are no PHI',
    note:
      'ROS (CVS, RS, GI) unremarkable. CVS ON EXAM: RRR.\nNEURO STATE: OK. MOOD STATE: OK, AFFECT FLAT.\nLIVES ON A COUNTY ROAD IN RURAL AREA. ON THE ROAD 3 WEEKS. REFERRED TO RD 2X WEEKLY.\n' +
      'RESTING IN BED ON 3 PILLOWS. «NICU|LOCATION» 3 TIMES. «PACU|LOCATION» 30 min. «MICU|LOCATION» 10 years. «PACU|LOCATION» 4 MG MORPHINE.\nhe\'s 92 on 2L. she\'s 90 over 50.',
  },
  {
    name: 'review: a date after "@" and a time, not a pain score before a doctor; a nurse in the room or a temperature is no trade',
    note: 'seen @ 0900 «6/3|DATE». SHOULDER 8/10, DR. «PATEL|NAME» AWARE.\nTemp 101.3 F, charge nurse at bedside. Later charge nurse in to reassess. Then an aide in to help.\nF/U WITH PEDS ENDOCRINOLOGY. REFERRED TO AQUATIC PHYSICAL THERAPY.',
  },
];

describeMarkedCases('blind sets 54-58', cases);
