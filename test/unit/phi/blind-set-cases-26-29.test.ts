import { describeMarkedCases, type MarkedCase } from './marked';

/**
 * Classes of PHI missed on the blind dev sets 26 to 29 (ICU nursing in capitals, i2b2-like records, long-term and home
 * care, specialty-unit nursing): initials a charting key defines, dotted initials signing on a line of their own, first
 * names alone in quotes, a modal repeated after a name, trades the lists lacked, apartment numbers in capitals, dates
 * with a zero-padded day, and ages right after a name. Each note marks its PHI «text|CATEGORY»; written for these tests.
 */
const signers: MarkedCase[] = [
  {
    name: 'initials a charting key gives after a name stand for that person in every entry',
    note:
      '0100  B   RESTING QUIETLY                 «KM|NAME»\n0115  B   TURNED L SIDE, BRIEF DRY          «KM|NAME»\n0130  H   WANDERING, REDIRECTED             «PB|NAME»\n' +
      'FOLEY DC\'D AT 0200.\nSITTER «KELLY MORROW|NAME» («KM|NAME»)   RN «PHILIPPA BRANDT|NAME», RN («PB|NAME»)',
  },
  {
    name: "letters in parentheses that are not the name's initials define nothing",
    note: 'SEEN BY «DR ORTEGA|NAME» (GI). GI TO SCOPE IN AM; GI AWARE OF INR.',
  },
  {
    name: 'dotted initials alone on a line sign the entry above them',
    note: 'NEURO: SEDATED, RASS -2. PLAN: WEAN PROPOFOL AS TOLERATED.\n«R.T|NAME».\n\nUPDATED SON BY PHONE.\n«M. K|NAME».',
  },
  {
    name: "dictation initials in lower case on the line under the dictation date, and the typist's after a signer",
    note: 'DT: «03/02/19|DATE» 14:10\nDV: «03/01/19|DATE»\n«md|NAME»/«jrs|NAME»\n\n«Oren Castellanos|NAME», MD\n«oc|NAME»/«dlw|NAME»',
  },
  {
    name: 'a lower-case pair of words with a slash on its own line is no dictation stamp',
    note: 'Plan:\nand/or\nn/v resolved\npt/ot eval',
  },
  {
    name: 'dotted capitals a line may hold alone are no initials',
    note: 'MAILING ADDRESS ON FILE.\nU.S.\nP.M.',
  },
];

signers.push(
  {
    name: 'initials listed after a label of signers, letters that abbreviate something included when most are initials',
    note: 'CARE CONFERENCE. ATTENDEES SIGNED: «IM|NAME», «KW|NAME», «BD|NAME», «JT|NAME»\nPRESENT: MD, RN, SW, PT',
  },
  {
    name: 'the two initials of an independent double check, and no identifier in "PT ID X2"',
    note: 'INDEPENDENT DOUBLE CHECK AT BEDSIDE («KW|NAME» / «JT|NAME»): PT ID X2, DRUG, DOSE, RATE.\nCHECKED BP/HR.',
  },
  {
    name: 'in a comma list that is mostly names, a surname that is also a word is one more name',
    note: 'TIME OUT 0815 - PRESENT: «GALLAGHER|NAME», «OYELARAN|NAME», «NGUYEN-TRAN|NAME», «FOLEY|NAME», «STORM|NAME» - SITE MARKED.\nSUPPLIES: FOLEY, GAUZE, TAPE, SALINE.',
  },
);

describeMarkedCases('signers and charting keys', signers);

const people: MarkedCase[] = [
  {
    name: 'a first name alone in quotes after a cue, or doing what a person does, is a name',
    note:
      'RESTLESS, CALLING OUT FOR "«HAROLD|NAME»". 0300 PHONE CALL FROM A "«TERRY|NAME»", WOULD NOT GIVE LAST NAME.\n' +
      'KEEPS ASKING WHERE "«BILL|NAME»" IS; "«BILL|NAME»" WAS HER LATE HUSBAND.',
  },
  {
    name: 'a quoted common word is the word, even before what a person does',
    note: 'PT SAID "HOPE" IS ALL SHE HAS LEFT. WIFE WANTS "EVERYTHING" DONE.',
  },
  {
    name: 'a modal repeated after a name is the modal, and a name-word before a past tense or "who" is the name',
    note: 'SON «WILL|NAME» WILL BRING HER GLASSES IN THE AM. ASKING FOR HER BROTHER «WILL|NAME» WHO DIED IN «1979|DATE».\nSON WILL CALL TONIGHT.',
    options: { years: true },
  },
  {
    name: 'an age over 89 in brackets after a kin word, or after "d. at"',
    note: 'FH: father w/ CAD, d. at «96|AGE». Mother MI at 70. She cares for her aunt («91|AGE») at home. Mother (88 kg).',
  },
  {
    name: 'an age over 89 right after a name, before the end of the sentence',
    note: 'Resident: «Opal Hendershot|NAME», «97|AGE». Lower denture cleaned and labelled.',
  },
];

people.push({
  name: 'a social-media handle with a dot or an underscore after "account" or a network',
  note: 'SAYS A CLASSMATE POSTS ABOUT HER FROM THE ACCOUNT "«DEVYN_22|NAME»"; HER OWN INSTAGRAM @«mari.sol.x|NAME» WAS HACKED. Bank account closed.',
});

people.push(
  {
    name: 'SURNAME, FIRST right after a room number or a resident label, though both are words',
    note: 'SKIN ROUNDS - WEEK OF «12/9/24|DATE»\nRM «101|LOCATION» «YOUNG, HAZEL|NAME» - INTACT. BRADEN 19.\nS: RES «LONG, GRACE|NAME», RM «216|LOCATION», NEW R FACIAL DROOP.',
  },
  {
    name: 'a room number and its cleaning are no name and age',
    note: 'RM «4|LOCATION» CLEAN, DRY. BED «2|LOCATION» LEFT, RIGHT RAILS UP.',
  },
);

people.push(
  {
    name: 'military ranks before a surname, each rank starting the next name in a list',
    note: 'MEDIC SPC «OKWUOSA|NAME» AT PT. XO LCDR «HAUGLAND|NAME» NOTIFIED.\nPRESENT: PFC «JONES|NAME», LCPL «ORTEGA|NAME», CPL «MARSH|NAME».',
  },
  {
    name: 'ranks that are also shorthand stay shorthand before a clinical word',
    note: 'SPC FOUND KINKED, FLUSHED. GAIT 300 FT W/ SPC MOD I. LTC DNR. LEFT MSG RE LABS.',
  },
);

describeMarkedCases('people', people);

const places: MarkedCase[] = [
  {
    name: 'an apartment number in capitals or lower case, without a street before it',
    note: 'LIVES ALONE IN «APT 118|LOCATION», 2ND FLOOR, NO ELEVATOR. Daughter lives in «apt 4|LOCATION», same building.',
  },
  {
    name: 'STE in capitals is an ST elevation, and apt an adjective, not an address',
    note: '12 LEAD: STE V2-V4, CATH LAB ACTIVATED. HOME: 3 STE W/ RAIL. Pt is apt to fall.',
  },
  {
    name: 'four digits after a state code are a time, and after "at" never a postal code',
    note: 'DTR CALLED FROM «TOLEDO|LOCATION», «OH|LOCATION» 0040; SISTER CALLED FROM «IRELAND|LOCATION» AT 0300 (THEIR MORNING).',
  },
];

places.push(
  {
    name: 'a listed town of two words after a kin word and "in", in capitals, whatever follows it',
    note: 'WANTS TO BE CLOSER TO HIS MOTHER IN «SILVER SPRING|LOCATION». SISTER IN «EAGLE PASS|LOCATION» KEEPING THE DOG.',
  },
  {
    name: 'CHOP inside a chemotherapy regimen is no hospital',
    note: 'DLBCL, R-CHOP CYCLE 4. CHOP-R PLANNED. Transferred to «CHOP|LOCATION» for ECMO.',
  },
);

places.push({
  name: 'a clause ending in a past tense is no place the tagger may report, a firm ending in Incorporated still is one',
  note: '0215 SATS 82% ON 4L. RRT CALLED, BIPAP STARTED. FAMILY NOTIFIED.\nHe works for «Galorath Incorporated|LOCATION» in sales.',
});

describeMarkedCases('places', places);

const numbers: MarkedCase[] = [
  {
    name: 'a pager written as p and five digits, a referral number after #, an interpreter ID closing brackets',
    note: '«Tamsin Okoro|NAME», MD, renal fellow  p«40217|CONTACT»\nOPO notified, referral # «61-30928|ID».\nInterpreter via video (Somali, ID «5520|ID»).',
  },
  {
    name: 'p with fewer digits is a protein or a p-value',
    note: 'p53 mutation; p16 positive; P 0.05.',
  },
  {
    name: 'a month and a two-digit year in brackets right after a result, as shifted-year records write them',
    note: 'A1c 8.1 («3/52|DATE»), LDL 96 («11/51|DATE»). EF 40% («6/49|DATE»).',
  },
];

describeMarkedCases('numbers', numbers);

const jobsAndDates: MarkedCase[] = [
  {
    name: 'trades the lists lacked: millwright, silversmith, postal carrier, market vendor, fishing captain',
    note:
      'HE IS A «MILLWRIGHT|PROFESSION» AT THE PAPER MILL. RETIRED «SILVERSMITH|PROFESSION». WIFE IS A «POSTAL CARRIER|PROFESSION».\n' +
      'Was a «market vendor|PROFESSION» before moving here; brother is a «fishing captain|PROFESSION».',
  },
  {
    name: 'a month and day after a place or an event (home, floor, fall, phone) is a date; fall risk and weeks are not',
    note: 'D/C\'D HOME «7/7». TRANSFER TO FLOOR «5/10», ORTHO TO FOLLOW. NEAR-FALL «8/9» REACHING FOR URINAL. CONFIRMED BY PHONE «2/11».\nFALL RISK 2/3. HOME 2/4 WEEKS.'.replace(/»/g, '|DATE»'),
  },
  {
    name: 'a month and a zero-padded day is a date without a cue; a train of four is a count',
    note: 'FELL ILL «2/03». S/P REPAIR «8/04», POD 1. TOF 1/4 AT 2000. R LEG 2/5.'.replace(/»/g, '|DATE»'),
  },
];

describeMarkedCases('jobs and dates', jobsAndDates);

/** From the blind sets 38-41 (rehabilitation, public health, diagnostics, occupational health). */
const later: MarkedCase[] = [
  {
    name: "a job after 'works as' that a dash ends, a job after 'job:' or 'job title:' before a bracket",
    note: 'WORKS AS «HOUSE PAINTER|PROFESSION» - CANNOT CLIMB LADDERS.\nJOB: «CLAIMS ADJUSTER|PROFESSION». JOB TITLE: «FOUNDRY MOLD OPERATOR|PROFESSION» (HEAVY DEMAND)',
  },
  {
    name: 'a town and its state code after a place word, a comma between them and a dash after',
    note: 'DAIRY WORK X 45 YRS NEAR «MARATHON|LOCATION», «WI|LOCATION» - HAY DUST EXPOSURE. CAME FROM HOME, IN NO DISTRESS.',
  },
];

later.push({
  name: 'APT before W/ is no apartment, and a drug name is no place the tagger may report',
  note: 'THEY LEAN TOWARD AN INDEPENDENT APT W/ SERVICES. BP 104/60 - HELD MIDODRINE? NO, NOT ORDERED. LIVES IN «APT 3B|LOCATION».',
});

describeMarkedCases('blind sets 38-41', later);
