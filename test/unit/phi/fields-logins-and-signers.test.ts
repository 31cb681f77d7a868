import { describeMarkedCases } from './marked';

/** A person's label, then a field holding only a name, every part of which a name list knows or no dictionary does. */
describeMarkedCases('a name filling a labelled field', [
  { name: 'surname first, every part also a word', note: 'PATIENT: «LANE, SUMMER DAWN|NAME»    PT #: «CTC-AVL-11482|ID»' },
  { name: "a resident's field in a home's flowsheet", note: 'RES: «CLEMENTINE ODUYA|NAME»     RM «19|LOCATION»' },
  { name: 'words that are names in capitals', note: 'NAME: «HOPE MARSH|NAME»     AGE 74' },
  { name: 'a signature field after a role', note: 'ADMINISTRATOR SIGNATURE: «GRANT OYELAKIN|NAME»     «04/07/2025|DATE»' },
  { name: 'a patient field between bars', note: 'WEST 5 | PT «SHEPHERD, LIBERTY JOY|NAME» | MRN «GM-882109|ID»' },
  { name: 'a witness on a form', note: 'WITNESS: «TERRY BELL|NAME»    SUPERVISOR: «GRAVES, LAMONT|NAME»' },
  { name: 'a state of the patient is no name', note: 'PATIENT: STABLE, RESTING COMFORTABLY' },
  { name: 'a message is no name', note: 'PATIENT: WILL CALL BACK' },
  { name: 'findings after the resident label', note: 'RES: ALERT, ORIENTED X3' },
  { name: 'a signature on file', note: 'SIGNATURE: ON FILE' },
  { name: 'a plan after a patient label', note: 'PT NAME: GO HOME' },
]);

/** Logins joined by a dot or an underscore, after a record action, in brackets after a signature, after an at sign. */
describeMarkedCases('logins and handles', [
  { name: 'a dotted login after exported by', note: 'Exported by «pdesai.sup|NAME» on «10/13/2024|DATE»' },
  { name: 'an underscored login after printed by', note: 'PRINTED «2025-03-21|DATE» 07:02 BY «REGCLERK_TLOPEZ|NAME»' },
  { name: 'a dotted login in brackets after credentials', note: '«Rhiannon Scott|NAME», RN, CHPN  («rscott.cvh|NAME»)' },
  { name: 'a handle after an at sign with an underscore', note: 'PREFERS CONTACT VIA INSTAGRAM DM (@«TAYBUCKETS_3|NAME») - DECLINED' },
  { name: 'a NetID', note: 'NetID «akrishn4|NAME»   Year 2' },
  { name: 'an at sign meaning at', note: 'D/C @HOME W/ FAMILY. PAIN @REST 2/10' },
  { name: 'a diagnosis code in brackets is no login', note: 'DX: DKA, NEW-ONSET TYPE 1 DIABETES (E10.10)' },
  { name: 'a credential in brackets is no login', note: '«Gwen Takahashi-Lund|NAME», RN, HP(ASCP)' },
  { name: 'a training year in brackets is no login', note: '«Caleb Moorhouse|NAME», MD (PGY-2)' },
  { name: 'a file is no login', note: 'Printed by report.pdf' },
]);

/** The same initials closing two entries or more after a finished sentence, in small letters or spelling a title. */
describeMarkedCases('initials signing entries after a dash', [
  {
    name: 'in small letters',
    note: '08:15  Booked «4/11|DATE» w/ Dr «Szabo|NAME». -«kp|NAME»\n08:31  Lab called critical; placed in box. -«kp|NAME»\n09:44  Wants refill. -«kp|NAME»',
  },
  { name: 'spelling a title', note: '0802 CALLED, CANT MAKE 10AM. -«MR|NAME»\n1130 FOUND. SAFE. -«MR|NAME»\n1650 FORWARDED TO NP. -«MR|NAME»' },
  { name: 'a word closing entries is no signer', note: 'Pt doing well. - ok\nVitals stable. - ok' },
  { name: 'small letters once are not enough', note: 'Discussed plan with team. -kp\nNext visit in two weeks.' },
]);

/** A first name in brackets after a role or a department, before one in brackets, or with a credential in brackets. */
describeMarkedCases('first names beside a care-team role', [
  { name: 'after a department', note: 'SEARCH: MAINTENANCE («HECTOR|NAME») DROVE THE LOT.' },
  { name: 'before a department in a list', note: 'IN ATTENDANCE: «MARISOL|NAME» (ACTIVITIES); «KEN|NAME» (DIETARY); RESIDENT' },
  { name: 'with a credential in brackets', note: '1:1 SITTER IN ROOM («DEV|NAME», PCA)' },
  { name: 'a side is no name', note: 'PT (RIGHT) KNEE PAIN' },
  { name: 'a drug is no name', note: 'RT (ALBUTEROL) GIVEN' },
  { name: 'a request is no name', note: 'SW (CONSULT) PENDING.' },
]);

/** A frequent first name, then a frequent surname: case vouches for it in mixed case, the words themselves in capitals. */
describeMarkedCases('a frequent first name and a frequent surname', [
  { name: 'both words of the language, in mixed case', note: 'Spoke with «Hope Williams|NAME» about the plan.' },
  { name: 'opening a sentence', note: '«Mark Young|NAME» called back.' },
  { name: 'in capitals after a role', note: 'SLEEPING. SITTER SWAP TO «HOPE WILLIAMS|NAME».' },
  { name: 'a surname no dictionary has', note: '«JOHN BUI|NAME» CALLED.' },
  { name: 'a modal before a verb', note: 'PT WILL CALL IF NEEDED. WILL PAGE MD IF WT UP.' },
  { name: 'a finding', note: 'FRANK BLOOD NOTED IN DRAIN.' },
  { name: 'an order', note: 'MARK SITE WITH PEN.' },
  { name: 'a camp', note: 'SUMMER CAMP FORMS SIGNED TODAY.' },
]);

/** More labels naming a kind of organisation before its name. */
describeMarkedCases('organisations after the label of their kind', [
  { name: 'a funeral home', note: 'FUNERAL HOME: «WALBRIDGE & SONS|LOCATION».' },
  { name: 'an organisation in an export header', note: 'Org: «Lifeline Northwest|LOCATION»   Conversation #«CN-8839-1171|ID»' },
  { name: 'a travel insurer', note: 'Travel insurance: «GeoBlue|LOCATION», policy «GBV-4418-22907|ID».' },
  { name: 'a day programme', note: 'DAY PROGRAM: «BRIGHTER DAYS DAY HAB|LOCATION» PICKUP 0815.' },
  { name: 'no lodging needed', note: 'LODGING: NONE NEEDED, LIVES LOCALLY.' },
]);

/** A column of lettered codes after listed names: one prefix, a different number in each row. */
describeMarkedCases('lettered codes in the column after listed names', [
  {
    name: "each person's own number",
    note: '«BELL, TERRENCE|NAME»             «ND-4410|ID»   Y   NEG\n«CASH, AMBER L|NAME».             «ND-4397|ID»   Y   +BZO',
  },
  { name: "one test's column", note: 'NAME    TEST    VALUE\n«GARCIA, LILLIAN|NAME»    AFP-300    48\n«BROWN, JOSEPH|NAME»    AFP-300    12' },
]);

/** Occupations the lists lacked, a job after "works as" ending before "near", and a relative's trade that is a care role. */
describeMarkedCases('more occupations', [
  { name: 'a ranch and a coffee bar', note: 'SH: CATTLE «RANCHER|PROFESSION», NEVER SMOKER. SON IS A PART-TIME «BARISTA|PROFESSION».' },
  { name: 'oil field and sea', note: 'FORMER OFFSHORE «ROUSTABOUT|PROFESSION»; BROTHER A «DECKHAND|PROFESSION» ON A SHRIMP BOAT.' },
  { name: 'a job ending before near', note: 'FATHER WORKS AS A «DAIRY FARMHAND|PROFESSION» NEAR «TWIN FALLS|LOCATION».' },
  { name: "a relative's nursing job", note: 'Parents: «Akosua Appiah|NAME», an «ICU nurse|PROFESSION» at the county hospital.' },
  { name: "a relative's rank", note: 'Father «Jakub|NAME», an «Army sergeant|PROFESSION», deployed until fall.' },
  { name: 'the nurse caring for the patient is no trade', note: 'Discussed with ICU nurse at bedside.' },
]);

/** What a review of these rules found them reading wrongly, and what they now read. */
describeMarkedCases('hostile fragments for the new rules', [
  { name: "'@' for at after DM and FB", note: 'Hx: DM, HTN, CKD. Lives @home with spouse. FB removed from L eye @bedside.' },
  { name: "'@' before levels and settings", note: 'DRAIN: @L5S1 level, @q12h, @FiO2.35' },
  { name: 'colours after a shade', note: 'SPUTUM OLIVE GREEN, DRAINAGE SANDY BROWN. EYES: HAZEL GREEN' },
  { name: 'what was handled after an action and a colon', note: 'Scanned: CONSENT_FORM\nReviewed: ECHO.TTE\nReceived by: pharm.tech' },
  { name: 'dotted abbreviations in brackets', note: 'Lesion (approx.2cm)\nPain (Rt.side)\nCultures (blood_cx)' },
  { name: 'physical therapy after PT', note: 'PT: ROLLING WALKER' },
  { name: 'a network identified', note: 'Support network identified: church\nNetID: pending' },
  { name: 'an examination of thought', note: 'Organization: Goal-directed' },
  { name: "a department's codes in brackets", note: 'DIETARY (NAS) TRAY. EVS (UV) CLEAN. MAINTENANCE (HVAC) CALLED.' },
  { name: 'a specialty in brackets after a signature', note: '«Jane Doe|NAME», MD, Fellow (nephro)' },
  { name: 'a finding before a dash', note: 'ECHO SHOWS MILD MR. -MR\nECHO REPEAT MILD MR. -MR' },
  { name: 'a work status after the employee label', note: 'EMPLOYEE: Light Duty' },
  { name: 'an assist level', note: '(Max, RT) assist' },
  { name: 'a login word after a portal label', note: 'Portal username «jrosen26|NAME». Login from IP «73.114.28.201|CONTACT».' },
  { name: 'an initial and a numbered surname after cosigned by', note: 'Cosigned by: «p.desai7|NAME»' },
  { name: 'an underscored handle', note: 'snap: @«kayla_2009|NAME»' },
  { name: 'a field closed by a relation', note: 'GUARDIAN: «MAY LONG|NAME», AUNT' },
]);

/** A listed town and a state or province code no shorthand shares, where the clause ends, with no word of place before. */
describeMarkedCases('a listed town and an unambiguous state code', [
  { name: 'after a home', note: "STAYS AT DAUGHTER'S HOME, «RAPID CITY|LOCATION» «SD|LOCATION», IN WINTER." },
  { name: 'a town that names a disease', note: 'TREATED AT THE INSTITUTE, «HUNTINGTON|LOCATION» «WV|LOCATION»' },
  { name: 'the code in brackets', note: 'PARENTS IN «PASADENA|LOCATION» («TX|LOCATION»); FATHER OWNS A SHOP.' },
  { name: 'nasal cannula is no state', note: 'PT ON 2L NC, SAT 94.' },
  { name: 'the disease is no town', note: 'FAMILY HX OF HUNTINGTON DISEASE.' },
  { name: 'mount before a church', note: "PT'S CHURCH MT. OLIVE SENDING DEACONS." },
]);

/** Older readings a look at this session's false alarms found wrong. */
describeMarkedCases('family history, services and precautions', [
  { name: "a relative's state in a family history", note: 'Family history:\nMother: Living, age 80, HTN.\nFather: Deceased at 62, MI.\nBrother: Healthy.' },
  { name: 'a relative named in a family history', note: 'Mother: «Rosa Diaz|NAME», age 80' },
  { name: 'a service after its facility is no town', note: 'DESTINATION: «RIVERVALLEY CANCER INSTITUTE|LOCATION», RAD ONC' },
  { name: 'precautions after a comma', note: 'ISOLATION: DROPLET, STANDARD' },
]);
