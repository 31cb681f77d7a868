import { describe, it } from 'node:test';
import { assertFound, assertNotFound, describeMarkedCases, findingsOf } from './marked';

/** An organisation named in brackets after the word for its kind; a person or a phrase there is not one. */
describeMarkedCases('organisations in brackets after their kind', [
  { name: 'a preschool', note: 'PRESCHOOL («BRIGHT BEGINNINGS MONTESSORI|LOCATION») VISION SCREEN FAILED' },
  { name: 'a church with a connector word', note: 'CHURCH («FIRST BAPTIST OF MOUNDS|LOCATION») HAS HEARING LOOP' },
  { name: "a church's volunteers, the name opening with a first name", note: 'RAMP BUILT BY CHURCH VOLUNTEERS («GRACE LUTHERAN|LOCATION»).' },
  { name: 'a day programme', note: 'REPORTED BY DAY PROGRAM («GREEN COUNTRY DAY SERVICES|LOCATION»).' },
  { name: 'a vendor of ordinary-looking words', note: 'ROBE RETURNED FROM OUTSIDE LAUNDRY VENDOR («BRIGHTWAY LINEN|LOCATION»).' },
  { name: 'a person after a title stays a person', note: 'EMPLOYER (MR. «GUTIERREZ|NAME») WROTE LETTER OF SUPPORT.' },
  { name: 'a sentence in the brackets is no name', note: 'O2 FROM DME VENDOR («RICKY|NAME» AT «BAYOU HOME MEDICAL|LOCATION»).' },
  { name: 'a carrier of a virus is no firm', note: 'HEP B CARRIER (HBEAG NEG, DNA UNDETECTABLE).' },
  { name: 'a team in ordinary words is no name', note: 'SENIOR AT HIGH SCHOOL (VARSITY BASKETBALL).' },
]);

/** Intensive-care and long-term-care units by their abbreviation are hospital units (as the generated corpora mark them), never people. */
describeMarkedCases('unit abbreviations are no names', [
  { name: 'NICU before a nurse', note: 'REPORT TO «NICU|LOCATION» RN «MORGAN BEAUDRY|NAME» AT BEDSIDE.' },
  { name: 'PICU before a nurse', note: '«07/05|DATE» 09:10 -- «PICU|LOCATION» RN «Sage|NAME»: on low-dose calcium gluconate.' },
  { name: 'an eye pressure', note: 'SEIDEL NEG. IOP OD 31 (TONOPEN), OS 14.' },
  { name: 'an infant security tag', note: 'SECURITY: HUGS TAG APPLIED 1150.' },
]);

describe('initials a key or a legend gives for a named person', () => {
  it('a key whose name holds a word reads the whole name, and the chart grid signs with the initials', () => {
    const found = findingsOf([
      'DEPAKOTE ER 500 MG PO 0800              | TW TW JR JR TW MK MK',
      'SIGNATURE KEY: TW = TERESA WILL; JR = JAVIER RUELAS; MK = MEI KOWALSKI',
    ]);
    assertFound(found, ['NAME:TW', 'NAME:JR', 'NAME:MK']);
    assertFound(found, ['NAME:JAVIER RUELAS', 'NAME:MEI KOWALSKI']);
  });

  it('a key with middle initials', () => {
    const found = findingsOf(['HM-0288130   09/23/09    11.4  RMS    IN PROG', 'MT ROSTER: KJT = KAREN J. TOLBERT (REMOTE)   RMS = ROBERTO M. SALAZAR']);
    assertFound(found, ['NAME:RMS', 'NAME:KJT']);
  });

  it('a legend writes the initials just before each whole name', () => {
    const found = findingsOf([
      'STAFF: KS KALEB STROUD · DW DAPHNE WOO · RO RHYS OWUSU',
      '05/06/25  1900  DOCUSATE   EATING    DW',
      '0410 ASLEEP   RO',
    ]);
    assertFound(found, ['NAME:DW', 'NAME:RO']);
  });

  it('letters that are not the initials of the name after them stay unmarked', () => {
    const found = findingsOf(['PT SEEN BY DR BROWN. RO PNA. DW ORDERED.', 'RN NOTE: CXR DONE']);
    assertNotFound(found, ['NAME:RO', 'NAME:DW']);
  });
});

/** After a firm cue: a first name that is a word before an unlisted surname, and an initial with its point before a surname. */
describeMarkedCases('names after a care-team cue', [
  { name: 'a first name that is a word, then an unlisted surname', note: 'RN «MAY DELACROIX|NAME» / «MDELACROIX|NAME» 0745' },
  { name: 'a surname-like first name after a role', note: 'NNP «MARA LINDQVIST|NAME»; PRIMARY RN «BELL ODUYA|NAME»; SW «PERRY GOLDSMITH|NAME»' },
  { name: 'words after a nurse stay words', note: 'RN WILL FOLLOW UP. RN CALL BELL IN REACH. RN CASE MGMT VISIT.' },
  { name: 'an initial and a surname after a credential', note: 'TEAM PRESENT: NNP «F. ACHTERBERG|NAME» (AMA, MATERNAL BETA BLOCKER)' },
  { name: 'an initial and a surname after a crew', note: 'TRANSPORTED. CREW «K. NAPOLEON|NAME» EMT-P.' },
  { name: 'a letter without its point is an article or a side', note: 'SHE SAYS A TALL AIDE TOOK IT. CC: L SHIN PAIN X3 WKS.' },
  { name: 'a test before its value', note: 'PER RN T. BILI 3.4' },
  { name: 'a developmental-disability professional before the name', note: 'RECORD REVIEWED BY QDDP «STERLING WAHPEPAH|NAME».' },
  { name: "a lawyer's suffix", note: 'PT ATTORNEY: «ISAAC LOWENSTEIN|NAME», ESQ' },
  { name: 'a credential glued to a login is no credential', note: 'COMPRESSION START  0 -> 2.4 ATA  «CHT_PBENNETT|NAME»' },
]);

/** An e-mail address spelled from the initial or first name and the surname written just before it. */
describeMarkedCases('names their e-mail address spells', [
  { name: 'an initial, a surname and a credential', note: 'SIGNATURES ON FILE. — «A. SIXKILLER|NAME», CSP  «ASIXKILLER@BHCSP.EXAMPLE|CONTACT»' },
  { name: "a department's words are no person", note: 'From: Infection Prevention <«infectionprevention@stlucienmed.example|CONTACT»>' },
  { name: 'a team is no person', note: 'EMAILED ENDOCRINE DIABETES TEAM («DIABETESTEAM@VCENDO.EXAMPLE.ORG|CONTACT»).' },
  { name: 'the name before an address keeps its own words', note: 'CONTACT FOR QUESTIONS: CM «TERESA LUND|NAME» «TLUND@LAKESHOREGEN.EXAMPLE|CONTACT»' },
]);

/** Operating rooms, delivery rooms and dental operatories by their number; the conjunction OR stays a word. */
describeMarkedCases('theatres, delivery rooms and operatories', [
  { name: 'an operating room after an arrow', note: 'PRE-OP BAY «6|LOCATION» → OR «11|LOCATION»' },
  { name: 'two operating rooms side by side', note: 'ROOMS: OR «2|LOCATION» / OR «3|LOCATION» (FLIP)' },
  { name: "the recipient's operating room", note: '1018 OCS IN RECIPIENT OR «22|LOCATION».' },
  { name: 'a cardiovascular operating room', note: 'HEART HOSPITAL  CVOR «2|LOCATION»' },
  { name: 'an operating room between dashes', note: 'SURGERY CENTER - OR «3|LOCATION» - IMPLANT RECORD' },
  { name: 'a delivery room the patient is admitted to', note: 'DELIVERY INDICATED: ADMIT TO LDR «7|LOCATION»; CERVICAL RIPENING' },
  { name: 'a delivery room of three digits', note: 'SROM CONFIRMED. ADMIT TO LDR «312|LOCATION». CBC.' },
  { name: "a dentist's operatory", note: 'SCHED 0730, OPERATORY «3|LOCATION».' },
  { name: 'the conjunction between counts', note: 'TAKE 1 OR 2 (TWO) TABS. PAIN 3 OR 4 - IMPROVED. 1 OR 2 / 3 TIMES.' },
]);

/** Trades that end in a word found everywhere in notes, read only where a person is introduced by them. */
describeMarkedCases('trades introduced after a person', [
  { name: 'a unit before a nurse', note: 'SON IS AN «ER NURSE|PROFESSION» AT «TERREBONNE GENERAL|LOCATION»' },
  { name: 'a player of an instrument', note: 'NOTES: PT IS A «PROFESSIONAL TRUMPET PLAYER|PROFESSION» WITH THE ORCHESTRA.' },
  { name: 'a retired captain', note: 'PT LIVES ALONE, RETIRED «FERRY CAPTAIN|PROFESSION».' },
  { name: "a relative's trade in brackets without an article", note: 'lives with uncle «Wilmer Funes|NAME» («drywall installer|PROFESSION») and cousin «Yeimy|NAME» (10).' },
  { name: 'a party to a petition is no trade', note: 'niece «Marjorie Sauer-Platt|NAME» (petitioner) opposes the plan.' },
  { name: 'a charge nurse and a CD player are no introductions', note: 'REPORT GIVEN TO CHARGE NURSE. PT LISTENING TO CD PLAYER.' },
  { name: 'a heading with a nurse in it', note: 'WORK INJURY NURSE NOTE' },
]);

/** A listed town set off by a comma or a dash before the code of a state that is also a credential (MS, PA, MD). */
describeMarkedCases('towns before a state code that is also a credential', [
  { name: 'after a clinic', note: '«Delta Rural Health Clinic|LOCATION», «Clarksdale|LOCATION», «MS|LOCATION»\nNext visit in three months.' },
  { name: 'after a dash', note: 'Adaptive Driving Program — «Lancaster|LOCATION», «PA|LOCATION»\nEvaluator: by phone' },
  { name: 'after a rural box, a town of two words', note: 'LIVES W/ GRANDMOTHER ON «RR 2 BOX 118|LOCATION», «HOLLY SPRINGS|LOCATION», «MS|LOCATION».' },
  { name: 'a signer whose surname is a town keeps the credential', note: 'GU: FOLEY, UOP 20-30/HR, «GREEN|NAME» MD NOTIFIED, 500 LR BOLUS GIVEN' },
  { name: 'a clinician with a first name keeps the credential', note: 'SEEN BY «JANE SMITH|NAME», PA' },
]);

/** What the rules above leave alone: titles, credentials and shorthand before one name, clinicians' credentials, doses. */
describeMarkedCases('what these rules leave alone', [
  { name: 'a title before one name defines no initials', note: 'MR «MICHAEL RYAN|NAME» IS A 64 YO M WITH SEVERE MR.' },
  { name: 'a credential before one name defines no initials', note: 'REPORT GIVEN, RN «RACHEL NOLAN|NAME» AT BEDSIDE.\nRN TO RECHECK BP. RN AWARE.' },
  { name: "an attending's credential after a comma", note: 'Case discussed with attending, «Hamilton|NAME», MD.' },
  { name: 'a copy list of surnames and credentials', note: 'CC: «WARREN|NAME», MD, «JACKSON|NAME», MD' },
  { name: 'a lab value before a surname and a credential', note: 'K 3.1, «HAMILTON|NAME», MD. AWARE.' },
  { name: 'verbs after a nurse', note: 'RN MAY UPTITRATE DRIP. RN WILL REINSERT PIV. MD MAY DOWNTITRATE. RN WILL REDOSE.' },
  { name: 'a dose and its alternative', note: 'ACETAMINOPHEN 500 MG 1 TAB (OR 2) Q6H PRN. REPEAT X1 -> OR 2 (MAX). 1 OR 2 / OR 3.' },
  { name: 'a low-dose-rate implant', note: 'I-125 LDR 145 GY PRESCRIBED.' },
  { name: 'kinds of schools, agencies and churches', note: 'ATTENDS SCHOOL (HIGH SCHOOL, 10TH GRADE). REFERRED TO AGENCY (HOME HEALTH). ATTENDS CHURCH (SOUTHERN BAPTIST).' },
  { name: "a relative's part in decisions", note: 'daughter «Lisa|NAME» (power of attorney) at bedside; son «Mark|NAME» (decision maker) called.' },
  { name: 'a pastime', note: 'PATIENT IS A VIDEO GAME PLAYER.' },
  { name: 'a test and its value after a colon', note: 'PER RN T. BILI: 3.4' },
]);

