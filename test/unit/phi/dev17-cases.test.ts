import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI found missing (or falsely flagged) in synthetic-dev17.jsonl to synthetic-dev19.jsonl, written blind by new
 * hands (ALL-CAPS nursing from nursing homes to refugee clinics; specialty clinic letters; EMS, ED and crisis notes). Each
 * note marks its PHI «text|CATEGORY»; written for these tests, not taken from any corpus.
 */
const cases: MarkedCase[] = [
  {
    name: 'the login an electronic record puts after who entered or changed an entry',
    note: 'Last edited by «mventimi|NAME» 03:11\nEntered by: «tgreer2|NAME»\nRECORDED BY «KIWASAKI1|NAME»; COSIGNED BY «NORA SALAZAR-KING|NAME», MD\nPCR AUTHOR «JPRUITT_NSFD|NAME» | QA\nEVV ID «SWILLIAMS07|NAME»\nPatient portal: «jcastillohart|NAME». Clinic hours 8-5.\nLAST EDITED BY «BOKAFOR|NAME» «11-OCT-2024|DATE» 0022',
  },
  {
    name: 'who entered an entry, when it is a word, is no login',
    note: 'Entered by nursing. Reviewed by pharmacy. Edited by: staff.',
  },
  {
    name: 'a month and day after the last or next of an event, an admission, a check or an evaluation',
    note: 'LAST DRINK «11/2|DATE» APPROX 2100. ADM «11/1|DATE» SYNCOPE. DEVICE CHECK «11/12|DATE» W/ CLINIC. WOUND CHECK «11/5|DATE». geriatric psych eval «4/9|DATE» (pending). build-up starting «4/8|DATE» then monthly. Admitted via ED «12/8|DATE» after overdose.',
  },
  {
    name: 'a month and day after another date joined to it or after a clock time',
    note: 'NOC «11/3|DATE» -> «11/4|DATE». consistent over 3 talks («5/4|DATE», «5/5|DATE», today). came to the ED at 07:00 «10/6|DATE» after school.',
  },
  {
    name: 'grades, scores and doses joined the same way stay numbers',
    note: 'STRENGTH 4/5, 5/5 BILAT. pain 8/10 -> 4/10 after dilaudid. at 14:00 1/2 tab given. gave 1/2, then 1/4 tab.',
  },
  {
    name: 'a second credential after a signer and a credential is no name',
    note: '«K. BJORNSTAD|NAME», RN, LSN\n«ROXANNE BELL|NAME», RN, QIDP\n«MARCUS THIBODEAUX|NAME», MD, UROLOGY RESIDENT PGY-3\n«FRANKLIN COUNTY|LOCATION» PUBLIC HEALTH - HOME VISIT, «L. MANUEL|NAME», RN, NCSN',
  },
  {
    name: 'drug names newer than the drug table are no names, even after a relation word or an initial',
    note: 'MEDS PER WIFE: APIXABAN 5 MG BID. B. SITAGLIPTIN NOT TAKEN. C. EMPAGLIFLOZIN HELD. started dupilumab; held rivaroxaban.',
  },
  {
    name: 'kin written short before a name, and field labels on a line in capitals',
    note: 'SON «TUAN NGUYEN|NAME» AND GRANDDTR «VY|NAME» VISITED.\nLANG: IRAQI ARABIC. RESTING IN GERI CHAIR.',
  },
  {
    name: 'a hospital named by a word of its own before GENERAL or CHILDREN\'S',
    note: 'ED NURSING - «BAYFRONT GENERAL|LOCATION»  «NOV 3RD|DATE»\nBABY TRANSFERRED AT 0300 TO «LAKEFRONT CHILDREN\'S|LOCATION» FOR RDS.\nSEEN BY GENERAL SURGERY. IN GENERAL, DOING WELL. SURGEON GENERAL WARNING.',
  },
  {
    name: 'an insurer, a carrier or a service firm before a head only such a firm has, in capitals',
    note: 'INS: «PACIFIC CREST HEALTH PLAN|LOCATION» MEMBER ID «PCH449208713|ID»\nADJUSTER AT «GREAT LAKES MUTUAL|LOCATION». TOWED BY «MAPLE HILL TOWING|LOCATION».\nFLIGHT RECORD -- «BIG SKY MEDEVAC|LOCATION»\nCHECK YOUR HEALTH PLAN. AVOID QT-PROLONGING DRUGS. DTR INTERPRETING.',
  },
  {
    name: 'a home of a kind is no ward',
    note: 'LIVES W/ WIFE + 4 CHILDREN IN GARAGE UNIT, REAR HOUSE.',
  },
  {
    name: 'a name after a crew, legal, outreach or family-order word',
    note: 'CREW: FF «ODUYA|NAME». «JAMAL PETTIGREW|NAME» FP-C | DRIVER «GENE MARSH|NAME»\nCOUNTY ATTORNEY «ROSEMARY FLINT|NAME»; YOUNGEST «MALALAI|NAME» 3. INFANT «JOY|NAME» NURSING Q3H.',
  },
  {
    name: 'the same words before a word that is no name',
    note: 'DRIVER SIDE DAMAGE. NURSE PRACTITIONER AWARE. INFANT WILL FEED. JUDGE ORDERED EVAL. PT ID BY DRIVER LIC. INFANT NSG NOTE.',
  },
  {
    name: 'a login made of a name in the same note, or after who reported or charted',
    note: '/S/ «L. MARQUEZ-DOYLE|NAME», MD -- «LMARQUEZDOYLE|NAME» -- «07/06/2024|DATE» 0918\nCOMPLETED BY «T. CHANCE|NAME», CPHT -- «TCHANCE|NAME».\nCHART BY «KLARAMIE|NAME» 1620\nENTERED: «SABERNATHY_TOX|NAME»',
  },
  {
    name: 'identifiers of letters and groups of digits, after a label or standing alone, and badge numbers after a number sign',
    note: 'claim «PEA-2025-118943|ID»; CASE «NNEPC-24-07741|ID». TRIP #: «PS-0418-77|ID». Request «OB-TX-24-1187|ID». KIT # «NV-BAK-4410762|ID». CHART «RV-000391-2|ID». UNOS: «CXR9921|ID».\nCDL «C4419-20883-15|ID» CLASS A. Supplement «SSS-5590-2183|ID». Officer «Quill|NAME» (#«3319|ID»), receipt #«5520|ID».',
  },
  {
    name: 'clinical names with one short number and sizes after a number sign stay words',
    note: 'COVID-19 neg, CA-125 12, PGY-3 on call, ICD-10-CM codes, #14 FR foley, ETT #7.5, size #8 glove, HLA-B27 neg.',
  },
  {
    name: 'the state that issued a licence, a plate or an ID card, and a listed town before a state code',
    note: '«KY|LOCATION» DL #«S12-448-907|ID». DL «CO|LOCATION» «12-884-0771|ID». PLATE «NV|LOCATION» «84J-227|ID». STATE ID («OH|LOCATION» «SX118204|ID»).\n«MERCY VALLEY HOSPITAL|LOCATION» - «YAKIMA FORKS|LOCATION», «WA|LOCATION»\nHIKER («BOULDER|LOCATION», «CO|LOCATION»).',
  },
  {
    name: 'state codes that are words or other things beside an ID stay words',
    note: 'PT ID BY DRIVER LIC. ID ME 4 TIMES. PLATE IN 2 PIECES. ID OK. VA ID CARD SEEN. INTERPRETER (ID «55023|ID») USED.',
  },
  {
    name: 'a job word naming the role of someone else in the story is no profession',
    note: 'DISPATCHER «CARLA PAXTON|NAME» REQUESTED EXPEDITE. PER TEACHER, SEIZURE AT 1104. his attorney will call. mandated reporter. Writer: «Hazel Kingsford|NAME», MSW. FROZEN FOR COURIER TO LAB.',
  },
  {
    name: 'a job the sentence gives the patient or a relative stays a profession',
    note: 'DTR IS «ELEMENTARY SCHOOL SECRETARY|PROFESSION». PT IS A «TEACHER|PROFESSION». He is a «pilot|PROFESSION» for a regional line.',
  },
  {
    name: 'mile markers, map coordinates and a county after its label',
    note: 'SCENE: ST «RT 29|LOCATION» EB, APPROX 0.3 MI W OF MM «17|LOCATION»\nLZ: TRAILHEAD LOT, GPS «45.4012 N, 109.8841 W|LOCATION»\nINJURY COUNTY «COOK|LOCATION»\nNO STROKE. 5 MM LESION. MM 4/5 BILAT.',
  },
  {
    name: 'a second day after a month and day, a named ward between dashes, an old roommate',
    note: 'F/u in 2-3 days («June 18|DATE» or «19|DATE»). for 19 days.\nRED ROCK LIVING CENTER - «SUNRISE HALL|LOCATION» - NOC\nROOMMATE «SHUKRI|NAME» («96|AGE») ALSO RESTLESS. FORENSIC UNIT - NSG NOTE.',
  },
  {
    name: 'a modal-word name after a care role, before a word no modal takes; a case manager is no centimetre',
    note: 'CM «MAY|NAME» AWARE, HH REFERRAL SENT. SON WILL CALL IN AM. CM MAY CALL. A 2.5 CM CURVILINEAR LACERATION. 3 CM FLUCTUANT ABSCESS.',
  },
  {
    name: 'a full date after a month and day and a dash; a day-first date after a date word with no full date to go by; a cued day before in or normal',
    note: 'NOC «4/19|DATE»-«4/20/25|DATE». DNACPR from «17/03|DATE». INTUBATED «2/16|DATE» IN ED. CXR «10/22|DATE» NORMAL. Next change «9/6|DATE» or if leaking. Next: C7 «7/3|DATE». FIRST SUPPLY DELIVERY «6/10|DATE».',
  },
  {
    name: 'settings, counts and scores with a first number over 12 stay numbers',
    note: 'NIV 20/8. 24/7 supervision. GCS 15/15. 14/7 hx of cough. A-12/04 ratio. 1/2 in each.',
  },
  {
    name: 'rooms after cell, homeroom, courtroom, bassinet and resus labels, and an operating room after a preposition or a gap',
    note: 'HOUSING: C-POD, CELL «14B|LOCATION»\nhomeroom «214|LOCATION». COURTROOM «3C|LOCATION». BASSINET «318B|LOCATION». TO RESUS «2|LOCATION» --\nTAKEN DIRECTLY TO OR «6|LOCATION». OB HEMORRHAGE   OR «2|LOCATION»   AT 1612',
  },
  {
    name: 'OR between numbers is the conjunction',
    note: 'GIVE 1 OR 2 TABS. 2 OR 3 TIMES. PAIN 4 OR 5. DAY 2 OR 3.',
  },
  {
    name: 'in capitals, two or more words before a head only a named place of care has, one of them rare in clinical prose',
    note: '«RED VALLEY HEALTH CENTER|LOCATION» (IHS) - RN VISIT\n«LAUREL RIDGE TREATMENT CENTER|LOCATION» - WITHDRAWAL MGMT\nTRANSFERRED TO OUTSIDE HOSPITAL. LOCAL COMMUNITY HOSPITAL. SENT TO STATE PSYCHIATRIC HOSPITAL.',
  },
  {
    name: 'initials signed after a dash at the end of a question, a chat line or an entry ending in a number',
    note: '[07:52] «kchoudhury|NAME»: -«KC|NAME»\nREPLETE? CB X«5520|CONTACT» -«JT|NAME»\nwill see her in 30 -«SA|NAME»\nBooked him Tuesday, ok? -«YT|NAME»',
  },
  {
    name: 'a grade or a reading after a dash at a line end is no signer',
    note: 'PAIN 5 -MOD\nBP 120/80 -NL.\nQ4H -PRN.\nGAVE 2 -NS\nTEMP 38 -HI\nK 3.1 -LOW',
  },
];

describeMarkedCases('detectPhi generalisation cases (dev17 to dev19 classes)', cases);
