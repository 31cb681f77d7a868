import { lowerCaseOf, matchesOf, holdsAny, lineStartAt, nextLineEnd } from '../matches';
import { CancellationToken, throwIfCancelled } from '../cancellation';
import { Candidate, candidate, overlapsAnyOf } from './candidate';
import { firstIndexAtLeast } from '../sortedSearch';
import { isListedTown } from './gazetteer';
import { CLAUSE_END_OR_POSTAL_CODE, FACILITY_OR_ADDRESS_BEFORE_A_TOWN } from './locations';
import { EVERYDAY_CLINICAL_RANK, isKnownWord, isProperNoun, wordInfo, type WordInfo } from './lexicon';
import { peopleSaidToBeOfATrade } from './professions';
import { CITIES, CLINICAL_ABBREVIATIONS, CLINICIAN_CUES, COUNTRIES, CREDENTIALS, EPONYMS, GREETINGS, MONTH_OR_WEEKDAY, NAMING_PHRASES, NEVER_NAMES, PATIENT_CUES, PROFESSIONS, REGIONS, RELATION_CUES, SCORES_NAMED_FOR_PEOPLE, TITLES, STATE_CODE_ALONE, namesAClinicalInstrument } from './vocabulary';

/*
 * Person names. Three sources of evidence, strongest first:
 *   1. context: a title before ("Dr.", "Mrs."), a credential after ("MD", "RN"), a label or phrase
 *      before ("PCP:", "seen by", "d/w"), a relation word before ("daughter", "HCP");
 *   2. the name lists (census, SSA and world names), for names that are not also ordinary words;
 *   3. propagation: a name found once is flagged at every other occurrence in the note.
 * In ALL-CAPS lines capitalisation says nothing, so only lists, context and propagation count there.
 */

type Role = 'DOCTOR' | 'PATIENT' | 'RELATIVE';

/** Reasons of names that rest on the name lists or on capitals alone, with no word around them that says "person". */
export const LISTED_NAME = 'name from the name lists';
export const CAPITALISED_LISTED_WORD = 'capitalised name-list word mid-sentence';
export const CAPITALISED_UNKNOWN_WORD = 'capitalised word in no dictionary';
export const NAMES_BY_THEIR_WORDS_ALONE: ReadonlySet<string> = new Set([LISTED_NAME, CAPITALISED_LISTED_WORD, CAPITALISED_UNKNOWN_WORD]);
/** A name flagged again where the note repeats it; it follows its other occurrences when the tagger reads them as a place. */
export const SAME_NAME_ELSEWHERE = 'same name found elsewhere in the note';

/**
 * A word of the note. The lookup key and the lexicon entry are computed on first use: most words are
 * lower case in mixed-case notes and are never looked up, and those lookups dominated the pass.
 */
class Token {
  private cachedKey: string | undefined;
  private cachedInfo: WordInfo | undefined;

  constructor(
    readonly start: number,
    /** End of the name part: excludes a possessive "'s", includes digits glued to the word. */
    readonly end: number,
    readonly word: string,
    readonly shape: 'capitalised' | 'upper' | 'lower' | 'initial',
    /** Short all-capitals or inner-capital words in mixed-case text (CD, VAS, SaO2, IgG): abbreviations. */
    readonly acronym: boolean,
    /** Digits glued to the word ("Larue605"). */
    readonly gluedDigits: boolean,
    /** Followed by "'s": "BROWN'S" is a person's, whatever the word means otherwise. */
    readonly possessive: boolean,
    readonly capsLine: boolean,
    /** First word of a sentence, line or list item, where capitals say nothing. */
    readonly sentenceStart: boolean,
    /** A month or weekday name before a number ("Jun 24", "Thu 7/21"): the start of a date, never a name part. */
    readonly startsDate: boolean,
  ) {}

  /** Upper case, accents removed, possessive and glued digits removed: the lookup key. */
  get key(): string {
    if (this.cachedKey === undefined) {
      const upper = this.word.toUpperCase();
      this.cachedKey = hasNonAscii(upper) ? upper.normalize('NFD').replace(/\p{M}/gu, '') : upper;
    }
    return this.cachedKey;
  }

  get info(): WordInfo {
    if (this.cachedInfo === undefined) this.cachedInfo = wordInfo(this.key);
    return this.cachedInfo;
  }
}

const TOKEN = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*\d{0,4}/gu;
const MAX_NAME_TOKENS = 5;
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'las', 'los', 'le', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'VAN', 'VON', 'DER', 'DEN', 'DE', 'DEL', 'DI', 'DA', 'LA', 'LE', 'Ó', 'Ní', 'NÍ', 'Ua', 'UA']);

/** What `\s` matches in an expression: the cue tests read spacing exactly as the expressions they replaced did. */
function isExpressionSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const LETTER = /\p{L}/u;

/** Whether the character that ends at `end` (a whole surrogate pair where there is one) is a letter. */
function letterEndsAt(text: string, end: number): boolean {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end));
  }
  return LETTER.test(text[end - 1]);
}

/** One character in the case-blind form the cues are written in (a long s is an s, as in a case-blind expression). */
function foldedAt(text: string, index: number): string {
  const ch = text[index];
  return ch === '\u017f' ? 's' : ch.toLowerCase();
}

function spacesEndingAt(text: string, end: number, most: number): number {
  let count = 0;
  while (count <= most && end - count > 0 && isExpressionSpace(text.charCodeAt(end - count - 1))) count++;
  return count;
}

/** The cues of one list spelt backwards, a letter a node; a space stands for one to three spaces of the text. */
interface ReversedCueNode {
  readonly next: Map<string, ReversedCueNode>;
  cueStartsHere: boolean;
}

function reversedCueTrie(cues: readonly string[]): ReversedCueNode {
  const root: ReversedCueNode = { next: new Map(), cueStartsHere: false };
  for (const cue of cues) {
    let node = root;
    const folded = cue.toLowerCase();
    for (let k = folded.length - 1; k >= 0; k--) {
      let child = node.next.get(folded[k]);
      if (!child) node.next.set(folded[k], (child = { next: new Map(), cueStartsHere: false }));
      node = child;
    }
    node.cueStartsHere = true;
  }
  return root;
}

/** Whether a cue ends at `end` and starts the text or follows a character that is not a letter. */
function cueEndsAt(text: string, end: number, trie: ReversedCueNode): boolean {
  let node = trie;
  let at = end;
  for (;;) {
    if (node.cueStartsHere && (at === 0 || !letterEndsAt(text, at))) return true;
    if (at === 0) return false;
    const afterSpace = node.next.get(' ');
    const spaces = afterSpace ? spacesEndingAt(text, at, 3) : 0;
    if (spaces > 3) return false;
    const child = spaces > 0 ? afterSpace : node.next.get(foldedAt(text, at - 1));
    if (!child) return false;
    node = child;
    at -= spaces > 0 ? spaces : 1;
  }
}

/**
 * Whether the text before a word ends with one of `cues` (any case; a space in a cue stands for one to three
 * spaces), perhaps followed by a colon, hash, dash, comma, "(" or "named", with up to three spaces on either side of
 * that. Read backwards from the end through the cues spelt backwards: one long case-blind expression per cue list
 * cost tens of milliseconds to compile on the first note, for the same answer.
 */
function cueAtEnd(cues: readonly string[]): (before: string) => boolean {
  const trie = reversedCueTrie(cues);
  return (before) => {
    const trailing = spacesEndingAt(before, before.length, 6);
    if (trailing <= 6 && cueEndsAt(before, before.length - trailing, trie)) return true;
    if (trailing > 3) return false;
    // A separator between the cue and the name: what ends right before the trailing spaces.
    const separatorEnd = before.length - trailing;
    const separatorStarts: number[] = [];
    if (separatorEnd > 0 && ':#-\u2013,('.includes(before[separatorEnd - 1])) separatorStarts.push(separatorEnd - 1);
    if (separatorEnd >= 5 && [...'named'].every((letter, k) => foldedAt(before, separatorEnd - 5 + k) === letter)) separatorStarts.push(separatorEnd - 5);
    for (const separatorStart of separatorStarts) {
      const spaces = spacesEndingAt(before, separatorStart, 3);
      if (spaces <= 3 && cueEndsAt(before, separatorStart - spaces, trie)) return true;
    }
    return false;
  };
}

const endsWithClinicianCue = cueAtEnd(CLINICIAN_CUES);
const endsWithPatientCue = cueAtEnd(PATIENT_CUES);
const endsWithNamingPhrase = cueAtEnd(NAMING_PHRASES);
/** Last letters any naming phrase ends with before its spaces: a cheap test before the expression. */
const NAMING_PHRASE_END = /(?:is|me|by|ed|ys|id|\?)\s{0,3}$/i;
const endsWithRelationCue = cueAtEnd([...RELATION_CUES].map((w) => w.toLowerCase()));
/** Cues that are ordinary words ("with", "by", "to") and so need a name-like word after them. */
const WEAK_CUE = /(?:^|[^\p{L}])(?:with|by|per|called|named|paged|pt|patient|name|re|dear|nurse|rn|np|sw|ot|contact|assistant|provider|physician|author|surgeon|resident|intern|fellow)\s{0,3}[:,\-]?\s{0,3}$/iu;
/**
 * "Discussed with CM Skip", "Community health worker Marigold": after a role only a person has, a capitalised word
 * mid-sentence names that person even when it is also a dictionary word. Not after "physician" or "provider", which
 * go on into titles ("physician Assistant"), nor after departments ("seen by Physical Therapy").
 */
const PERSON_ROLE_BEFORE = /(?:^|[^\p{L}])(?:cm|case manager|community health worker|chw|social worker|chaplain|doula|lactation consultant)[ \t]{1,3}$/iu;

function mayBeNamedAfterAPersonRole(t: Token): boolean {
  if (t.shape !== 'capitalised' || t.capsLine || t.sentenceStart || t.info.tier !== 'unknown' || t.info.clinicalWord || t.key.length < 3) return false;
  return !NEVER_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key);
}

function wordNamedAfterAPersonRole(t: Token, before: string): boolean {
  return mayBeNamedAfterAPersonRole(t) && PERSON_ROLE_BEFORE.test(before);
}

/** "BABY NAMED D'ANDRE", "a friend named Kofi": "named" after a word for a person introduces that person's name. */
const PERSON_NAMED = /\b(?:baby|infant|child|son|daughter|boy|girl|man|woman|friend|brother|sister|partner|dog)[ \t]{1,2}named[ \t]{1,2}$/i;

const ROLE_BEFORE = /(?:^|[^\p{L}])(?:nurse|rn|np|sw|ot|pct|tech|assistant|resident|intern|fellow|surgeon|physician|provider)\s{0,3}[:,\-]?\s{0,3}$/iu;
/** "with" alone, not "spoke with" or "discussed with", which introduce people. */
/** Verbs after which "with" introduces a person: "spoke with", "discussed with", "d/w". */
const PERSON_VERBS_BEFORE_WITH = String.raw`spoke|talked|discussed|staffed|met|d\/w|dw|consulted`;
const BARE_WITH = new RegExp(String.raw`(?<!\b(?:${PERSON_VERBS_BEFORE_WITH}|visit|visited|seen|reviewed|plan|updated)\s{1,3})\bwith\s{0,3}[:,\-]?\s{0,3}$`, 'i');
/** A credential written before the name, as nursing notes sign: "RN Amina", "PA-C Aoife". Case-sensitive. */
/** Credentials written before a clinician's name ("RN JONES", "NNP DELACROIX"). */
const CREDENTIALS_BEFORE_NAME = ['RN', 'LPN', 'LVN', 'NP', 'NNP', 'PA-C', 'FNP-C', 'FNP', 'ANP', 'APRN', 'CNM', 'CRNA', 'MD', 'IBCLC', 'CRNP', 'DNP', 'PMHNP', 'QDDP', 'CHT'];
const CREDENTIAL_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${CREDENTIALS_BEFORE_NAME.join('|')})\s{0,2}:?\s{1,2}$`, 'u');
/** A label followed by a colon: "PCP: ...", "Name: ...". Anything name-shaped after it is a name. */
/** Labels that only ever introduce a person. */
const PERSON_WITH = new RegExp(String.raw`\b(?:${PERSON_VERBS_BEFORE_WITH})[ \t]{1,3}with[ \t]{0,3}[:,\-]?[ \t]{0,3}$`, 'i');
const GREETING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${GREETINGS.join('|')})\s{0,3}[,:\-–]?\s{0,3}$`, 'iu');
const PHRASE_GOES_ON = /^[ \t]{1,2}(?:to|you|that|it|so|we|i|for|and|again|very|too|much|everyone|all)\b/i;
const OBJECT_PRONOUN_AFTER = /^[ \t]{1,2}(?:me|him|her|us|them|you|it)\b/i;
/** Surnames rarer than this (census rank) are, when also everyday words, seldom the name a relative is called by. */
const RARE_SURNAME_RANK = 1500;
/** Words of clinical prose more frequent than this rank are everyday words there. */
const EVERYDAY_WORD_RANK = 8000;
const PERSON_ONLY_LABEL = /\b(?:transcriptionist|transcribed by|scribe|representative)\s{0,3}:\s{0,3}$/i;
/** A verb of dressing, securing or cleaning, then "with", "in" or "using": a product or material follows. */
const PRODUCT_AFTER = /\b(?:held|secured|dressed|wrapped|covered|packed|placed|cleaned|cleansed|treated|flushed|irrigated|applied|changed|reinforced|soaked|taped|padded|sealed|closed|approximated|splinted|immobili[sz]ed|bandaged|protected|lined|filled)\b[^.;\n]{0,30}\b(?:with|in|using|and)[ \t]{1,2}$/i;
const LABEL_COLON = /:\s{0,3}$/;
/** Nouns that make the preceding surname an eponym: "Wilson's disease", "Homan sign". */
// A score whose numerator cannot be a month ("Ishihara 14/14", "Berg 45/56") follows a test's name; "OMAR 09/22" is a date.
const EPONYM_HEAD = /^(?:['’]s)?[ \t]{1,2}(?:(?:1[3-9]|[2-9]\d)\/\d{1,2}\b|fall score|balance|antigens?|antibod(?:y|ies)|plates?|grid|chart|maneuvers|negative|positive|disease|syndrome|sign|signs|test|bite|bites|bitten|maneuver|manoeuvre|reflex|phenomenon|criteria|score|scale|classification|fracture|fall scale|cyst|palsy|ulcer|lymphoma|sarcoma|tumou?r|esophagus|oesophagus|reflexes|catheter|tube|drains?|collar|bougie|dilators?|fashion|limb|waves?|reversal|retractors|clamps|sutures?|stitch|procedure|operation|repair|operation|position|law|node|nodes|triad|body|bodies|dementia|disorder|thyroiditis|anomaly|deformity|contracture|diverticulum|tear|lesion|spots?|nodules?|murmur|respirations?|breathing|point|incision|stains?|solution|tests|drops|ointment|cream|suspension|spray|gel|patch|wrap|bandage|dressing|gauze|tape|hernia|block|bundle|grade|grading|needle|capsule|inventory|medium|culture|agar|bacillus|field|index|questionnaire|method|technique|approach|staging|type|variant|equation|formula|mask|blade|forceps|retractor|clamp|shunt|valve|device|implant|prosthesis|pump|bag|splint|brace|boot|line|port|filter|stent|scope|blot|nerve|artery|vein|duct|gland|cell|cells|ring|space|canal|membrane|muscle|ligament|angle|triangle|pouch|layer|plexus|bursa|joint|apple|protocol|stedy|barrier|scissors|warming|terminal|treadmill|assessment|scales|dynamometer|visual|neg|pos)\b/i;
/** "waiting on the Lord", "bag of waters": a word of a name list that the words before it make something else. */
const THE_LORD = /\b(?:the|our|my)[ \t]{1,2}$/i;
const BAG_OF = /\bbag[ \t]{1,2}of[ \t]{1,2}$/i;

const DOSE_AFTER = /^(?:[ \t]{1,3}[A-Za-z]{2,20}){0,2}[ \t]{1,3}\d[\d.,]{0,8}[ \t]{0,2}(?:mg|mcg|µg|g|ml|mL|units?|unt|iu|meq|%|day pack|mg\/ml|actuat|tabs?|tablets?|caps?|puffs?)\b/i;
/** "<name> is a 72 year-old", "<name> is a pleasant 80-year-old", "<name>, a 45 y/o": the sentence that introduces the patient. */
const INTRODUCES_PATIENT = /^\s{0,3}(?:,\s{0,2}|\(\s{0,2}|-\s{1,2})?(?:is|was)?\s{0,3}(?:an?\s{1,3})?(?:(?:very\s{1,2})?(?:pleasant|nice|delightful|lovely|healthy|well-appearing|otherwise\s{1,2}healthy)\s{1,3})?\d{1,3}\s{0,2}[- ]?\s{0,2}(?:y\/o|yo|y\.o\.|years?[- ]old|year-old|yr[- ]old|-year-old|-yo|month[- ]old|months?[- ]old|week[- ]old|day[- ]old)/i;
const PATIENT_WORD_BEFORE = /\b(?:patient|pt)\.?[ \t]{1,2}$/i;

function afterPatientWord(text: string, position: number): boolean {
  return PATIENT_WORD_BEFORE.test(text.slice(Math.max(0, position - 10), position));
}
/** "Okafor, 67M": a comma, an age and a sex letter after a name, as sign-out lists write patients. */
const INTRODUCES_BY_AGE_AND_SEX = /^,\s{0,2}\d{1,3}\s?[MF]\b(?![/.]\d)/;

/** Words whose presence lets a rule's expressions run at all. */
const NICKNAME_CUES = ['goes by', 'going by', 'known as', 'be called', 'under the name', 'aka', 'a.k.a', ' to friends', ' to family', ' to everyone', 'her friends', 'his friends'];
const CHILDREN_WORDS = ['children', 'kids', 'siblings', 'sibs', 'sons', 'daughters', 'brothers', 'sisters', 'twins'];
const PATIENT_LABELS = ['pt:', 'pt :', 'patient:', 'client:'];
const ROLE_WORDS = ['pharmacist', 'chaplain', 'social worker', 'case manager', 'interpreter', 'dietitian', 'navigator', 'coordinator', 'pharmacy resident'];
const PRESENCE_CUES = ['family', 'visitors', 'present', 'at bedside', 'visited', 'in to visit'];

export function findNames(text: string, token: CancellationToken): Candidate[] {
  const tokens = tokenize(text);
  throwIfCancelled(token);
  const found: Candidate[] = [];
  const claimed = new Uint8Array(tokens.length);

  const take: Take = (from, to, role, confidence, reason) => {
    if (to <= from) return;
    for (let k = from; k < to; k++) claimed[k] = 1;
    found.push(candidate(tokens[from].start, tokens[to - 1].end, 'NAME', role, confidence, reason));
  };

  // Each rule is its own function: V8 optimises them one by one instead of inlining all of them into one
  // function whose compilation took longer than scanning the first thousand notes.
  findNamesInInterfaceFields(text, tokens, claimed, take);
  findNamesFillingPersonFields(text, tokens, claimed, take);
  findNamesInLabelledParts(text, tokens, claimed, take);
  findStaffNamesBesideTheirRole(text, tokens, claimed, take);
  findNamesAfterTitlesCredentialsAndCues(text, tokens, claimed, take, token);
  findNamesIntroducingAnAge(text, tokens, claimed, take);
  findNamesOpeningALineBeforeAnAge(text, tokens, claimed, take);
  findFirstNamesBeforeAnAge(text, tokens, claimed, take);
  findFirstNamesOpeningASentence(text, tokens, claimed, take);
  findNamesBeforeCues(text, tokens, claimed, take);
  findNameOnlyLines(text, tokens, claimed, take);
  findListedNamesAlone(text, tokens, claimed, take);
  findFirstNameAndSurnamePairs(text, tokens, claimed, take);
  findCapitalisedAmbiguousNames(text, tokens, claimed, take);
  findUnknownCapitalisedRuns(text, tokens, claimed, take);
  findSignOffs(text, tokens, claimed, take);
  findDashSignatures(text, tokens, claimed, take);
  findInitialsSigningEntries(text, tokens, claimed, take);
  findNamesInPersonFrames(text, tokens, claimed, take);
  findNamesAfterShortRolesAndRelations(text, tokens, claimed, take);
  findInitialAndSurnameInAColumn(text, tokens, claimed, take);
  findRelativeFirstNames(text, tokens, claimed, take);
  findSaintSurnames(text, found);
  findListedPeople(text, found);
  findSignOutListPatients(text, found);
  findChildrenWithAges(text, found);
  findParentsAndBabyNicknames(text, found);
  findKinNamesAfterQuotesAndPets(text, found);
  findPeopleByInitialsAndSlashes(text, found);
  findInitialsOfSignersAndCheckers(text, found);
  findResidentsByRoomOrLabel(text, found);
  findGroupMembers(text, found);
  findNamesBeforeRoleAtLineEnd(text, found);
  findSurnameCommaFirstName(text, tokens, claimed, take);
  findSurnameCommaGivenNameInProse(text, tokens, claimed, take);
  findCoordinatedNames(text, tokens, claimed, take);
  findNamesByAdjacentCues(text, tokens, claimed, take, found);
  findSpeakerLabels(text, tokens, claimed, take);
  findQuotedFirstNames(text, tokens, claimed, take);
  throwIfCancelled(token);
  propagate(text, tokens, claimed, found);
  findUserNames(text, found);
  findLoginsMadeOfNames(text, found);
  findNamesSpelledByTheirAddress(text, found);
  findSignatureMarks(text, found);
  findLineSignatures(text, found);
  findKinNamesInCommas(text, found);
  return found.filter((c) => c.subtype === 'USERNAME' || !(COLOUR_OF_A_SUBSTANCE.test(text.slice(c.start, c.end + 24)) || isAsiaImpairmentGrade(text, c) || namesAnInstrumentWithoutTitle(text, c) || isTitleBeforeAName(text, c) || isCompassWordWithoutCue(text, c) || isCredentialAfterCredential(text, c)));
}

/**
 * "GARCIA^MARIA^L", "1234567^OKAFOR^CHIDI^E^^^MD": a person's name as an HL7 interface writes it, family name, given name
 * and initial joined by carets. A coded element ("718-7^HEMOGLOBIN^LN") has a code first and a coding system last.
 */
const CARET_NAME = /(?:(?<=\d\^|\|\^)|(?<![\w^]))([A-Z][A-Za-z'’-]{1,30})\^([A-Z][A-Za-z'’-]{1,30})(?:\^([A-Z][A-Za-z'’.-]{0,30}))?(?=\^|[ \t|\r\n,;)]|$)/g;
const CODED_SEGMENT = /^[ \t]*(?:OBX|AL1|DG1|MSH|PR1|RXA|RXE|RXR|SPM|IAM)\b/;
/** Coding systems that close a coded element, and the kin and roles an interface writes after a name. */
const NOT_A_CARET_NAME_PART = new Set('LN LOINC SCT SNOMED I9 I10 ICD9 ICD10 CPT HL7 HL70 NDC RXNORM CVX MVX LOCAL SPOUSE MOTHER FATHER CHILD SON DAUGHTER SIBLING GUARDIAN SELF MRN MR PI AN VN'.split(' '));

/**
 * "B. MRO NAME, ADDRESS ..." / "E. REASON FOR TEST:": a letter opening a line inside a run of three lines or more opened by
 * letters that follow one another (A., B., C.), as a form's items are, is the item's letter, not an initial. Lines of
 * people by initial and surname ("M. HOLIDAY", "D. ROSE") open with letters in no such run.
 */
function itemOfALetteredList(text: string, at: number, letter: string): boolean {
  if (at > 0 && !/[\r\n][ \t]{0,4}$/.test(text.slice(Math.max(0, at - 6), at))) return false;
  const letters = new Set<number>();
  for (const m of text.slice(Math.max(0, at - 600), at + 600).matchAll(LETTER_OPENING_A_LINE)) letters.add(m[1].charCodeAt(0));
  const code = letter.charCodeAt(0);
  let low = code;
  let high = code;
  while (letters.has(low - 1)) low--;
  while (letters.has(high + 1)) high++;
  return high - low >= 2;
}
const LETTER_OPENING_A_LINE = /(?:^|[\r\n])[ \t]{0,4}([A-Z])\.[ \t]/g;

function findNamesInInterfaceFields(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  if (!text.includes('^')) return;
  for (const m of matchesOf(CARET_NAME, text)) {
    const parts = [m[1], m[2], m[3]].filter((part): part is string => part !== undefined && part !== '').map((part) => part.toUpperCase().replace(/\.$/, ''));
    if (parts[0] === parts[1] || parts.some((part) => NOT_A_CARET_NAME_PART.has(part) || CREDENTIALS.has(part) || CLINICAL_ABBREVIATIONS.has(part))) continue;
    // Results, allergies, diagnoses and the message header hold coded elements, not names ("Hives^Rash^L", "LAB^LAB").
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (CODED_SEGMENT.test(text.slice(lineStart, m.index))) continue;
    const nameLike = (part: string) => {
      const info = wordInfo(part);
      return info.firstName || (info.surname && info.tier !== 'word') || (info.tier === 'unknown' && !isKnownWord(part));
    };
    if (!nameLike(parts[0]) || !nameLike(parts[1])) continue;
    const k = firstTokenAtOrAfter(tokens, m.index);
    let end = k;
    while (end < tokens.length && tokens[end].end <= m.index + m[0].length) end++;
    if (k >= tokens.length || tokens[k].start !== m.index || end <= k || claimed.subarray(k, end).some((c) => c === 1)) continue;
    take(k, end, 'PATIENT', 0.9, 'family and given name joined by carets');
  }
}

/**
 * "PATIENT: LANE, SUMMER DAWN    PT #: …", "RES: CLEMENTINE ODUYA     RM 19", "| PT SHEPHERD, LIBERTY JOY |", "TRAUMA ALIAS:
 * TANGO, ZULU": a label for a person, then (after blanks that may align a form's column) a field holding nothing but a
 * name, closed where the field ends (a wide gap, a bar, a semicolon, a bracket or the line's end). In capitals every part may be a word ("HOPE MARSH", "SUMMER LANE"): the label and the field's edges
 * make it a name, so long as every part is one the name lists know or no dictionary does.
 */
const PERSON_FIELD_LABEL = new RegExp(
  // "PT:" alone labels physical therapy as often as the patient ("PT: ROLLING WALKER").
  String.raw`(?:^|[\r\n|]|[ \t]{2}|\t)[ \t]{0,3}(?:(patient(?:[ \t]name)?|pt[ \t]name|name|res(?:ident)?(?:[ \t]name)?|client(?:[ \t]name)?|guest|member(?:[ \t]name)?|subscriber|insured|student(?:[ \t]name)?|child(?:['’]s[ \t]name)?|infant|decedent|participant|employee(?:[ \t]name)?|claimant|injured[ \t]worker|(?:trauma[ \t]|adt[ \t])?alias)` +
    String.raw`|(mother|father|parent(?:\/guardian)?|guardian|spouse|caregiver|emergency[ \t]contact|next[ \t]of[ \t]kin|nok|poa)` +
    String.raw`|((?:[a-z]+[ \t]){0,2}signature|signed(?:[ \t]by)?|completed[ \t]by|prepared[ \t]by|reported[ \t]by|recorded[ \t]by|reviewed[ \t]by|witness))[ \t]{0,2}:[ \t]{0,8}(?=[A-Z])` +
    String.raw`|\|[ \t]{0,3}(pt|patient|res|name)[ \t]{1,2}(?=[A-Z][^|\r\n]{0,60}\|)`,
  'gi',
);
/** Where a field ends: a wide gap, a bar, a semicolon, a bracket, a comma before a number, a dash between blanks, the line's end. */
const FIELD_END = /[ \t]{2}|\t|\||;|[ \t]?\(|,[ \t]{0,2}\d|,[ \t]{1,2}(?=(?:son|daughter|aunt|uncle|wife|husband|mother|father|sister|brother|friend|niece|nephew|cousin|spouse|partner|grand[a-z]*|RN|MD|NP|DO|PA|LPN|CNA)\b)|[ \t][-–][ \t]|[\r\n]|$/gi;
const NAME_FILLING_A_FIELD = /^\p{Lu}[\p{L}'’-]{1,30}(?:,[ \t]{0,2}|[ \t])(?:\p{Lu}[\p{L}'’-]{1,30}|\p{Lu}\.?)(?:[ \t](?:\p{Lu}[\p{L}'’-]{1,30}|\p{Lu}\.?)){0,2}$/u;
/** How a family history says a relative is: alive or not, well or not. */
const VITAL_STATUS_WORDS = new Set('LIVING ALIVE DECEASED DEAD HEALTHY WELL PASSED EXPIRED UNKNOWN ADOPTED ESTRANGED'.split(' '));

/** What forms write where a person's name would go when there is none to give. */
const NO_NAME_IN_A_FIELD = new Set([...VITAL_STATUS_WORDS, ...'NONE SELF SAME DECLINED REFUSED PENDING MALE FEMALE YES NO NOT FILE ON SEE ABOVE BELOW BABY BOY GIRL TWIN LIGHT DUTY FULL MODIFIED RESTRICTED REGULAR DAY ROOM PASS HEAD COACH RANGER OFFICER DEPUTY TROOPER CHIEF'.split(' ')]);

function findNamesFillingPersonFields(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (const m of matchesOf(PERSON_FIELD_LABEL, text)) {
    const from = m.index + m[0].length;
    FIELD_END.lastIndex = from;
    const value = text.slice(from, FIELD_END.exec(text)!.index).trimEnd();
    FIELD_END.lastIndex = 0;
    const end = from + value.length;
    if (!NAME_FILLING_A_FIELD.test(value)) continue;
    const parts = value.split(/,?[ \t]{1,2}|,/).map((part) => part.replace(/\.$/, '').toUpperCase()).filter((part) => part.length > 1);
    if (parts.length < 2) continue;
    const nameLike = (part: string) => {
      if (CLINICAL_ABBREVIATIONS.has(part) || CREDENTIALS.has(part) || RELATION_CUES.has(part) || NO_NAME_IN_A_FIELD.has(part) || PROFESSIONS.has(part)) return false;
      const info = wordInfo(part.normalize('NFD').replace(/\p{M}/gu, ''));
      if (MONTH_OR_WEEKDAY.test(part) && !info.firstName) return false;
      if (info.tier === 'unknown' && !isKnownWord(part)) return true;
      // The surname list holds most words ("SEEN", "DOING"): only a name of some frequency, and among the commonest
      // words only a frequent name ("WILL", "LONG"), fills the field ("PATIENT: WILL CALL BACK" is a message).
      const listed = (info.firstName && (info.firstRank ?? Infinity) < 5000) || (info.surname && (info.surnameRank ?? Infinity) < 20000);
      return listed && ((info.commonRank ?? Infinity) >= 300 || (info.firstRank ?? Infinity) < 1000 || (info.surnameRank ?? Infinity) < 1000);
    };
    // An alias is made up to stand for the patient ("TANGO, ZULU", "DOE, CEDAR"): whatever its words, it names them, but a
    // word of clinical prose ("TRAUMA, ZEBRA") would then be found wherever the note uses it.
    const alias = m[1] !== undefined && /alias$/i.test(m[1]);
    if (!parts.every((part) => (alias ? !CLINICAL_ABBREVIATIONS.has(part) && !wordInfo(part).clinicalWord : nameLike(part)))) continue;
    const first = firstTokenAtOrAfter(tokens, from);
    const last = firstTokenAtOrAfter(tokens, end);
    if (first >= last || tokens[first].start !== from || claimed.subarray(first, last).some((c) => c === 1)) continue;
    const role: Role = m[2] ? 'RELATIVE' : m[3] ? 'DOCTOR' : 'PATIENT';
    take(first, last, role, 0.9, 'name filling a labelled field');
  }
}

/**
 * "PATIENT LAST: OKAFOR-MBEKI    FIRST: ADANNA    MI: C", "First: Ana  Last: Reyes": a form's name in its parts, the last
 * and the first name labelled side by side on one line; whatever fills both fields is the person's, words or not.
 */
const NAME_IN_LABELLED_PARTS =
  /\b(LAST|Last|FIRST|First)(?:[ \t](?:NAME|Name))?[ \t]{0,2}:[ \t]{0,3}(\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30})?),?(?:[ \t]{2,}|\t|[ \t]?[|;][ \t]?)(?!\1)(?:LAST|Last|FIRST|First)(?:[ \t](?:NAME|Name))?[ \t]{0,2}:[ \t]{0,3}(\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30})?)(?:,?(?:[ \t]{2,}|\t|[ \t]?[|;][ \t]?)(?:MI|M\.I\.|MIDDLE|Middle)(?:[ \t](?:INITIAL|Initial|NAME|Name))?[ \t]{0,2}:[ \t]{0,3}(\p{Lu})(?![\p{L}'’-]))?/dgu;

/** "First: Tuesday   Last: Yesterday", "FIRST: MORNING": a day, shorthand or a plain word fills no name's part. */
function notANamePart(upper: string): boolean {
  if (NO_NAME_IN_A_FIELD.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || MONTH_OR_WEEKDAY.test(upper)) return true;
  const info = wordInfo(upper.replace(/-.*$/, ''));
  return isKnownWord(upper) && !info.firstName && !info.surname;
}

function findNamesInLabelledParts(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (const m of /last/i.test(text) && /first/i.test(text) ? matchesOf(NAME_IN_LABELLED_PARTS, text) : []) {
    const parts = [2, 3, 4].filter((group) => m[group] !== undefined);
    if (parts.some((group) => notANamePart(m[group].toUpperCase()))) continue;
    for (const group of parts) {
      const [start, end] = m.indices![group];
      const first = firstTokenAtOrAfter(tokens, start);
      const last = firstTokenAtOrAfter(tokens, end);
      if (first >= last || tokens[first].start !== start || claimed.subarray(first, last).some((c) => c === 1)) continue;
      take(first, last, 'PATIENT', 0.9, "a name's parts in labelled fields");
    }
  }
}

/** Care-team roles and a facility's departments, written beside a staff member's first name in brackets. */
const STAFF_ROLES = String.raw`MAINTENANCE|MAINT|HOUSEKEEPING|DIETARY|DIET|NURSE|RESPIRATORY|ACTIVITIES|SECURITY|LAUNDRY|KITCHEN|EVS|RECEPTION|ADMISSIONS|SCHEDULING|BILLING|PHLEBOTOMY|CHAPLAIN|AIDE|SITTER|TRANSPORT|ESCORT|VOLUNTEER|DIETITIAN|SUPERVISOR|CHARGE|DON|ADON|CNA|LPN|LVN|RN|NP|PCA|PCT|MHT|HHA|HCA|RT|RRT|SLP|OTR|COTA|PTA|RD|SW|LCSW|MSW|CM|MA|EMT|MEDIC|TECH|CVT|CST|CRNA|SCRIBE|CN|VOL|EDUCATOR|MANAGER|INTERPRETER|PHARMD|RPH`;
/**
 * "MAINTENANCE (HECTOR) DROVE", "MARISOL (ACTIVITIES); KEN (DIETARY)", "SITTER IN ROOM (DEV, PCA)": a first name in
 * brackets after a role or a department, or before one in brackets (opening a line, an item, a column or a timed entry, or
 * after 'by', 'to', 'with', 'and', '+' or '&': "WITNESSED BY JOY (CVT)", "HANDOFF TO GRACE (IR RN)", "0125  Frank (CN)",
 * "Joy (RN, Birchwood 3)", "GRACE (RT NIGHTS)"), or in brackets with a credential after it.
 */
const NAME_BESIDE_ROLE = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${STAFF_ROLES})[ \t]{0,2}\([ \t]?(\p{Lu}[\p{L}'’-]{1,20})[ \t]?\)` +
    String.raw`|(?:^|[\r\n;:,]|[ \t]\/|\b(?:by|to|with|and|w\/)[ \t]|[ \t][+&][ \t]|[ \t]{2}|\b\d{4}[ \t])[ \t]{0,3}(\p{Lu}[\p{L}'’-]{1,20})[ \t]{0,2}\((?:[A-Z]{2,4}[ \t])?(?:${STAFF_ROLES})(?:,[^()\r\n]{1,24}|[ \t](?:DAYS?|NIGHTS?|NOC|EVES?|FLOAT|TRAVEL(?:ER)?|ORIENTEE|PRN)\b[^()\r\n]{0,16})?\)` +
    String.raw`|\((\p{Lu}[\p{L}'’-]{1,20}),[ \t]{0,2}(?:${STAFF_ROLES})\)`,
  'dgiu',
);

function findStaffNamesBesideTheirRole(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  if (!text.includes('(')) return;
  for (const m of matchesOf(NAME_BESIDE_ROLE, text)) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const word = m[group];
    const upper = word.toUpperCase();
    // In mixed case the name is capitalised; in capitals it must still be a name's shape, not a word the note reads as one.
    if (word !== upper && !/^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u.test(word)) continue;
    if (CLINICAL_ABBREVIATIONS.has(upper) || CREDENTIALS.has(upper) || RELATION_CUES.has(upper) || NEVER_NAMES.has(upper) || MONTH_OR_WEEKDAY.test(upper)) continue;
    const info = wordInfo(upper);
    const [start, end] = m.indices![group]!;
    // A word no list knows may be a name ("DEV"), but not a unit ("PICU"), letters without a vowel ("LSVT") or capitals
    // in a line that is not ("INTERPRETER (TIS)"): those are acronyms.
    const acronym = isUnitOrRole(upper) || /CU$/.test(upper) || !/[AEIOUY]/.test(upper) || (word === upper && /\p{Ll}/u.test(lineTextBefore(text, start, 60)));
    // In capitals a bracket after a department holds its codes as often ("DIETARY (NAS)", "EVS (UV)", "MAINTENANCE (HVAC)"):
    // there a word no list knows is a name only with a credential beside it ("(DEV, PCA)").
    const unlisted = info.tier === 'unknown' && !isKnownWord(upper) && !acronym && group === 3;
    // "DIETARY (ADA) DIET", "EVS (ORA)": three capitals in brackets after a department are mostly its code.
    const shortCodeAfterRole = group === 1 && word === upper && upper.length <= 3;
    // "(Max, RT) assist": a flowsheet's value, here how much help.
    if (FLOWSHEET_VALUES.has(upper) || shortCodeAfterRole || (!(info.firstName && info.firstRank < 3000) && !unlisted)) continue;
    const k = firstTokenAtOrAfter(tokens, start);
    if (k < tokens.length && tokens[k].start === start && tokens[k].end === end && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.8, 'first name beside a care-team role');
  }
}

/** "C4 ASIA A", "ASIA C (AIS C)": the spinal-cord injury scale and its grade, not a woman named Asia. */
function isAsiaImpairmentGrade(text: string, found: Candidate): boolean {
  return /^asia$/i.test(text.slice(found.start, found.end)) && /^[ \t]{1,2}[A-E]\b/.test(text.slice(found.end, found.end + 4));
}

/** "--M. ALVARADO, RN, CCM": letters after a credential and a comma, ending the line, are one more credential. */
function isCredentialAfterCredential(text: string, found: Candidate): boolean {
  if (!/^[A-Z]{2,5}$/.test(text.slice(found.start, found.end)) || !/^[ \t]*(?:$|[\r\n])/.test(text.slice(found.end, found.end + 3))) return false;
  const before = /([A-Za-z][A-Za-z-]{1,8}),[ \t]{1,2}$/.exec(text.slice(Math.max(0, found.start - 12), found.start));
  return before !== null && CREDENTIALS.has(before[1].toUpperCase());
}

/** "14 MI NORTH OF ENTERPRISE", "PAIN SOUTH OF UMBILICUS": a compass word the name lists alone vouch for is the direction. */
function isCompassWordWithoutCue(text: string, found: Candidate): boolean {
  return found.confidence < 0.8 && /^(?:north|south|east|west)$/i.test(text.slice(found.start, found.end)) && /^[ \t]{1,2}of\b/i.test(text.slice(found.end, found.end + 5));
}

/** Words written before a person's name as titles are ("Sheriff Polk", "Judge Ames"), though too common in capitals to cue one. */
const TITLE_LIKE_WORDS = new Set([...TITLES.keys(), 'SHERIFF', 'JUDGE']);

/** "Chaplain Rev. Dwight Oyelaran", "by Det. Craig Dorsey", "Deacon Otis Lamb": a title is no part of the name after it. */
function isTitleBeforeAName(text: string, found: Candidate): boolean {
  const word = text.slice(found.start, found.end);
  return TITLE_LIKE_WORDS.has(word.toUpperCase()) && /^(?:\.?[ \t]{1,2}\p{Lu}|['’]s[ \t]{1,2}(?:office|department|dept)\b)/iu.test(text.slice(found.end, found.end + 16));
}

/** "Wells score", "COLUMBIA SCREEN": a name found by its words alone names a scale; "Dr. Smith protocol" is still a person. */
function namesAnInstrumentWithoutTitle(text: string, found: Candidate): boolean {
  if (/title|credential/.test(found.reason)) return false;
  const capsText = !/[a-z]/.test(text.slice(found.start, Math.min(text.length, found.end + 40)));
  return namesAClinicalInstrument(text, found.end, capsText, isPlaceName(text.slice(found.start, found.end)));
}

function isPlaceName(words: string): boolean {
  const upper = words.toUpperCase();
  return CITIES.has(upper) || REGIONS.has(upper) || COUNTRIES.has(upper);
}

/** A title ("Dr.", "Mrs"), a credential after the name ("RN", "MD") or a cue before it ("spoke with", "wife"). */
function findNamesAfterTitlesCredentialsAndCues(text: string, tokens: Token[], claimed: Uint8Array, take: Take, token: CancellationToken): void {
  for (let i = 0; i < tokens.length; i++) {
    if ((i & 0x3fff) === 0) throwIfCancelled(token);
    const t = tokens[i];
    if (t.shape === 'lower' && !t.capsLine) continue;
    const title = titleBefore(text, tokens, i);
    if (title) {
      const end = extendName(text, tokens, i, true);
      if (end > i) take(i, end, title, 0.95, title === 'DOCTOR' ? "clinician title before the name" : 'courtesy title before the name');
      continue;
    }
    const credentialEnd = credentialAfter(text, tokens, i);
    // "BROWN, M.D., F.A.C.S.": a dotted credential before another is no name.
    if (credentialEnd !== undefined && i > 0 && /^[A-Z]\.[A-Z]$/i.test(text.slice(tokens[i - 1].start, t.end)) && CREDENTIALS.has(text.slice(tokens[i - 1].start, t.end).replace('.', '').toUpperCase())) continue;
    // "JENNA KOWALSKI, LAT, ATC": short capitals of clinical shorthand between commas in a credential chain are a licence.
    if (credentialEnd !== undefined && i > 0 && t.word === t.key && t.key.length <= 4 && t.info.clinicalWord && /,[ \t]{0,2}$/.test(text.slice(tokens[i - 1].end, t.start))) continue;
    if (credentialEnd !== undefined) {
      const start = Math.min(extendNameBackwards(text, tokens, i), signatureNameStart(text, tokens, i, credentialEnd), firstNameBeforeSurname(text, tokens, i));
      // A cue may have taken the first name already ("REPORT TO ADAEZE A. SUMMERS CCRN"): the rest is still the name.
      let unclaimed = start;
      while (unclaimed <= i && claimed[unclaimed]) unclaimed++;
      if (unclaimed <= i) take(unclaimed, i + 1, 'DOCTOR', 0.93, 'credential after the name');
      continue;
    }
    if (claimed[i]) continue;
    const pairEndingInSurname = capitalisedPairEndingInSurname(text, tokens, i);
    const eligible = mayFollowCue(t) || firstNameBeforeAPastVerb(text, t) || shortGivenName(t) || mayBeNamedAfterAPersonRole(t) || pairEndingInSurname || capitalisedFirstNameThatIsAWord(t, text.slice(t.end, t.end + 12)) || firstNameRightAfterKin(text, t);
    // A token only this reading lets through is taken by it alone.
    const onlyAsWordNamePair = !eligible && (wordNameBeforeUnlistedSurname(text, tokens, i) || initialBeforeSurname(text, tokens, i));
    if (!eligible && !onlyAsWordNamePair) continue;
    const before = lineTextBefore(text, t.start, 48);
    const cue = cueRole(before);
    if (cue) {
      const label = LABEL_COLON.test(before);
      // "spoke with", "discussed with" introduce a person as surely as a label does; "with" alone does not.
      // "NURSE ARASH", "PCT FARAHANI": in capitals a care-team role before a word no list knows names that person.
      const roleBeforeUnknownWord = t.capsLine && t.info.tier === 'unknown' && !isKnownWord(t.key) && ROLE_BEFORE.test(before);
      const personWith = PERSON_WITH.test(before);
      const weak = WEAK_CUE.test(before) && !label && !CREDENTIAL_BEFORE.test(before) && !personWith && !PERSON_NAMED.test(before) && !roleBeforeUnknownWord;
      // "I SAW YOUR PATIENT HOPE DELACROIX", "PT PALEAFEI, TIA 17 F.": after the word patient, two words that can only
      // be a name's parts are the name, however weak the cue.
      const namePair = cue === 'PATIENT' && weak && namePairAt(text, tokens, i);
      const wordNamePair = !weak && (onlyAsWordNamePair || wordNameBeforeUnlistedSurname(text, tokens, i) || initialBeforeSurname(text, tokens, i));
      const accepted = onlyAsWordNamePair ? wordNamePair : t.key.length <= 2
        ? !weak && (cue === 'RELATIVE' || personWith) && shortGivenName(t)
        : acceptAfterCue(t, weak, label, weak && BARE_WITH.test(before)) || (cue === 'RELATIVE' && firstNameBeforeAPastVerb(text, t)) || wordNamedAfterAPersonRole(t, before) || (label && pairEndingInSurname) || namePair || wordNamePair ||
          (cue === 'RELATIVE' && !weak && !label && capitalisedFirstNameThatIsAWord(t, text.slice(t.end, t.end + 12))) ||
          (cue === 'RELATIVE' && firstNameRightAfterKin(text, t));
      if (accepted && !isEponymUse(text, t)) {
        // "thanks hope you feel better", "hi nice to meet you": after a greeting, an ordinary word that goes on into
        // a phrase is the phrase, not a name ("hi grace how are you" still names Grace).
        if (cue === 'PATIENT' && t.info.tier === 'ambiguous' && GREETING_BEFORE.test(before) && PHRASE_GOES_ON.test(text.slice(t.end, t.end + 12))) continue;
        // "dad takes me to play": in text without case, an ordinary word with an object after it is the verb.
        if (cue === 'RELATIVE' && t.capsLine && t.info.tier === 'ambiguous' && OBJECT_PRONOUN_AFTER.test(text.slice(t.end, t.end + 8))) continue;
        // "Mother: Living, age 80", "Brother: Healthy": a family history says how the relative is, not who.
        if (cue === 'RELATIVE' && VITAL_STATUS_WORDS.has(t.key)) continue;
        // "Sponsor: Halvorsen Therapeutics": a trial's sponsor is a company, not the AA sponsor a relation word means.
        const sponsor = cue === 'RELATIVE' ? before.search(SPONSOR_AT_END) : -1;
        if (sponsor >= 0 && trialSponsor(before, sponsor, before.length)) continue;
        // "MOB QUIET", "MOM BROUGHT", "PARENTS SPEAK": family are named by first names; a frequent word of clinical
        // prose that is no first name and only a rare surname says what they did or how they were ("SON RIVER",
        // "TWIN B JOURNEY": words seldom written in notes are still names).
        if (cue === 'RELATIVE' && t.capsLine && t.info.tier === 'ambiguous' && !t.info.firstName && t.info.commonRank !== undefined && t.info.commonRank < EVERYDAY_WORD_RANK && t.info.surnameRank > RARE_SURNAME_RANK) continue;
        // "SAFETY PLAN WITH FATHER, LOCK UP GUNS": a word before a verb particle is the verb.
        if (t.info.tier !== 'name' && VERB_PARTICLE_AFTER_CUED_WORD.test(text.slice(t.end, t.end + 8))) continue;
        // "60 CC SEROSANG": cubic centimetres, not a copy list; "CC: BLACK TARRY STOOL": a chief complaint, told by a
        // clinical word no name list knows among the next words ("cc: Hope Black" is a copy).
        if (COPY_CUE_BEFORE.test(before) && (/\d[ \t]*c\.?c\.?[ \t]*$/i.test(before) || chiefComplaintAt(text, tokens, i))) continue;
        let end = extendName(text, tokens, i, false);
        if (namePair || wordNamePair) end = Math.max(end, i + 2);
        // "RE: Skip Best": after a label, two capitalised words ending in a surname are the name, whatever the first.
        if (label && pairEndingInSurname) end = Math.max(end, i + 2);
        // "twin with smith magenis syndrome": an eponym of two names.
        if (end - i > 1 && isEponymUse(text, tokens[end - 1])) continue;
        // "PT: STONE, BILL": a surname, a comma and a first name after a label, however common the words.
        if (label && end - i < 2 && i + 1 < tokens.length && text.charCodeAt(t.end) === 44 && listedName(tokens[i + 1]) && joinable(text, tokens, i, i + 1)) end = i + 2;
        // "Surgeon: Mark Stone" yes, "Anesthesia: General" no: a clinical word alone after a label is its value.
        // A transcriptionist or scribe label names a person, whatever the word ("Transcriptionist: May / job 123").
        const lonelyWord = label && t.info.tier === 'ambiguous' && t.info.clinicalWord && cue !== 'RELATIVE' && end - i < 2 && !PERSON_ONLY_LABEL.test(before);
        // "RE: Knee Pain": a letter's subject line of clinical words, none a first name, is the subject ("RE: Mark Stone" is not).
        if (label && SUBJECT_LABEL.test(before) && tokens.slice(i, Math.max(end, i + 1)).every((p) => p.info.clinicalWord && !p.info.firstName)) continue;
        // "Attending Physician, Bayside Rehabilitation Center": the words start a facility's name.
        if (lonelyWord || FACILITY_WORD_AFTER.test(text.slice(tokens[Math.max(end, i + 1) - 1].end, tokens[Math.max(end, i + 1) - 1].end + 16))) continue;
        // "RN CHARLOTTE BAKER", "PCT AUSTIN": after a cue a first name that is also a listed town is the person.
        take(i, Math.max(end, i + 1), cue, label ? 0.9 : !weak && CITIES.has(t.key) ? 0.87 : 0.85, cueReason(cue, label));
        i = Math.max(end, i + 1) - 1;
        continue;
      }
    }
  }
}

/** "<name> is a 72 year-old ...": the words from the start of the sentence up to the age phrase. */
function findNamesIntroducingAnAge(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] || !introducedNamePart(t)) continue;
    const after = text.slice(t.end, t.end + 40);
    const byAgeAndSex = !INTRODUCES_PATIENT.test(after) && INTRODUCES_BY_AGE_AND_SEX.test(after);
    if (!byAgeAndSex && !INTRODUCES_PATIENT.test(after)) continue;
    // The terse form vouches only for words that are names already, never "Pain, 7 F".
    if (byAgeAndSex && !(t.info.tier === 'name' || (t.info.tier === 'unknown' && !isKnownWord(t.key)))) continue;
    let start = i;
    while (start > i - MAX_NAME_TOKENS + 1 && !tokens[start].sentenceStart && !afterFieldGap(text, tokens[start].start) && !afterPatientWord(text, tokens[start].start) && start > 0 && joinable(text, tokens, start - 1, start)) start--;
    // A transcript's speaker tag opens a sentence too: "[doctor] james is a 57-year-old male".
    const afterSpeakerTag = text.charCodeAt(tokens[start].start - 2) === 93 || text.charCodeAt(tokens[start].start - 1) === 93;
    // "Patient T. Jean-Louis, 53 y/o": after the word patient the name starts as at a sentence start.
    if (!tokens[start].sentenceStart && !afterSpeakerTag && !afterPatientWord(text, tokens[start].start) && !(start > 0 && claimed[start - 1]) && !afterFieldGap(text, tokens[start].start)) continue;
    let allNameLike = true;
    for (let k = start; k <= i; k++) if (!introducedNamePart(tokens[k])) allNameLike = false;
    if (allNameLike) take(start, i + 1, 'PATIENT', 0.9, "name introducing the patient's age");
  }
}

/** "S: ALCEE GUIDRY 58, TRANSFER", "HOPE SANTORO-WEISS (58F) - 4/15/25", "2. OPAL SHARP-WINTERS (104) - PAINFUL": a bare age after a name. */
const BARE_AGE_AFTER_A_NAME = /^[ \t]{1,2}(?:\([ \t]?\d{1,3}[ \t]?(?:[MF]|YO|yo|Y\/O|y\/o)?[ \t]?\)|\d{1,3}[ \t]?(?:[MF]|YO|yo|Y\/O|y\/o)?(?=[,;.:][ \t]|[ \t]{1,2}-[ \t]))/;
/** Where such a line's name may start: the line's start, after a list number, a bullet, or a short label ("S:", "PT:", "RES"). */
const LINE_OPENING_BEFORE_A_NAME = /(?:^|[\r\n])[ \t]{0,3}(?:\d{1,3}[.)][ \t]{1,2}|[-*•][ \t]{1,2}|[A-Z]{1,4}[ \t]{0,2}:[ \t]{1,3}|(?:PT|Pt|RES|Res|RESIDENT|Resident|PATIENT|Patient)[ \t]{1,2})?$/;

/**
 * A line that opens with a person's first name and surname, or two or three name-like words of which one is a listed name,
 * then the person's age bare or in brackets: a census, an SBAR hand-off or a clinic list giving a patient. Single words
 * stay out ("PAIN 7, ...", "WELLS 2, LOW RISK").
 */
function findNamesOpeningALineBeforeAnAge(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] || !BARE_AGE_AFTER_A_NAME.test(text.slice(t.end, t.end + 16))) continue;
    let start = i;
    while (start > 0 && i - start < 2 && !claimed[start - 1] && joinable(text, tokens, start - 1, start) && introducedNamePart(tokens[start - 1])) start--;
    if (start === i || !LINE_OPENING_BEFORE_A_NAME.test(text.slice(Math.max(0, tokens[start].start - 24), tokens[start].start))) continue;
    const parts = tokens.slice(start, i + 1);
    if (!parts.every(introducedNamePart) || parts.some((p) => (p.info.clinicalWord && !p.info.firstName) || p.acronym || SCORES_NAMED_FOR_PEOPLE.has(p.key))) continue;
    const named = parts.some((p) => p.info.tier === 'name' || (p.info.tier === 'unknown' && !isKnownWord(p.key))) && (parts[0].info.firstName || parts.some((p) => p.info.tier === 'name'));
    if (!named) continue;
    take(start, i + 1, 'PATIENT', 0.85, "name opening a line before the person's age");
  }
}

/** ", 42, healthy", ", 9 yo;", ", 78)": an age between commas or before a bracket, never a date ("May, 12, 2024"). */
const AGE_BETWEEN_COMMAS = /^,[ \t]{1,2}(\d{1,3})(?:[ \t]{0,2}(?:y\/?o|yo|yrs?|years?(?:[ \t]old)?|mo|months?))?[ \t]{0,2}[,;)](?![ \t]{0,2}\d)/i;
const CLAUSE_OPENS_BEFORE = /(?:^|[:;(]|[.,][ \t]|\b(?:and|or|AND|OR))[ \t]*$/;

/**
 * "Siblings: Pilar, 42, healthy; Teddy, 55, estranged", "Rose, 78, answered on the second ring": a first name opening
 * a clause, then an age between commas, is a person in a family history or a list of those present.
 */
function findFirstNamesBeforeAnAge(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] || text.charCodeAt(t.end) !== 44 || !t.info.firstName || t.startsDate || t.acronym) continue;
    if (t.shape !== 'capitalised' && !(t.capsLine && t.shape === 'upper')) continue;
    if (NEVER_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || RELATION_CUES.has(t.key)) continue;
    const age = AGE_BETWEEN_COMMAS.exec(text.slice(t.end, t.end + 24));
    if (!age || Number(age[1]) > 110 || !CLAUSE_OPENS_BEFORE.test(lineTextBefore(text, t.start, 24))) continue;
    take(i, i + 1, 'RELATIVE', 0.8, 'first name opening a clause before an age');
  }
}

/** What a person does next: "will cover", "enjoys it", "admits she", "kept me out", "doesn't need". */
const PERSON_DOES = /^[ \t]{1,2}(?:will|would|can|could|should|might|wants|plans|enjoys|admits|admitted|kept|keeps|runs|works|worked|lives|lived|picked|helps|helped|takes|took|drives|worries|worried|feels|felt|thinks|thought|knows|knew|loves|misses|doesn['’]t|didn['’]t|does not|did not)\b/;

/**
 * "Carly will cover phones.", "Hank enjoys it but tires.": in mixed case, a listed first name that no clinical prose
 * writes, opening a sentence, before what a person does. Words of prose ("Will", "Hope", "Rose", "Faith") are left alone.
 */
function findFirstNamesOpeningASentence(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] || !t.sentenceStart || t.capsLine || t.shape !== 'capitalised' || !t.info.firstName || t.startsDate) continue;
    if (t.info.clinicalWord || t.info.commonRank !== undefined || t.info.tier === 'word' || NEVER_NAMES.has(t.key)) continue;
    if (!PERSON_DOES.test(text.slice(t.end, t.end + 14))) continue;
    take(i, i + 1, 'RELATIVE', 0.75, 'first name opening a sentence before what a person does');
  }
}

/** A name right before "aware", "notified", "reports", "(MRN ...": walk back over the name's parts. */
function findNamesBeforeCues(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A common-word name counts only at a clause start or beside another name part (checked below), so
    // other such words never pay for the cue expressions.
    if (claimed[i] || !(afterCueNamePart(t) || (listedName(t) && (clauseStartBefore(text, t.start) || (i > 0 && joinable(text, tokens, i - 1, i)))))) continue;
    const after = text.slice(t.end, t.end + 32);
    const role = ANY_AFTER_NAME_CUE.test(after) ? AFTER_NAME_CUES.find(([pattern]) => pattern.test(after)) : undefined;
    if (!role) continue;
    let start = i;
    while (start > 0 && i - start < MAX_NAME_TOKENS - 1 && !claimed[start - 1] && joinable(text, tokens, start - 1, start) && (afterCueNamePart(tokens[start - 1]) || listedName(tokens[start - 1]))) start--;
    if (role[2] === 'sentence' && !tokens[start].sentenceStart) continue;
    // An initial ends a name only after a first name: "DAWN T #9843841", never "HEP C #2" or "GRADE B (MRN".
    if (t.shape === 'initial' && !(i > start && tokens[i - 1].info.firstName && tokens[i - 1].info.tier !== 'word')) continue;
    // "SBP < 100, YOUNG AWARE", "6/4; HUNTER GRAVES (713-08-24)": a name that is also a common word or an
    // eponym counts before these cues only where a clause starts, never inside running prose.
    let strictParts = 0;
    for (let k = start; k <= i; k++) if (afterCueNamePart(tokens[k])) strictParts++;
    if (strictParts <= i - start) {
      if (role[2] === 'sentence' || !clauseStartBefore(text, tokens[start].start)) continue;
      // One such word alone ("YOUNG AWARE") only before "aware"-type cues, and never a very frequent word.
      const alone = strictParts === 0;
      if (alone && (role[1] !== 'DOCTOR' || start !== i || (t.info.commonRank !== undefined && t.info.commonRank < 100))) continue;
    }
    take(start, i + 1, role[1], 0.8, role[3]);
  }
}

/** A line holding nothing but a name ("Sincerely,\nMarta Olszewska"): two or three name-shaped words. */
function findNameOnlyLines(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (const m of matchesOf(NAME_ONLY_LINE, text)) {
    const lineStart = m.index + m[0].length - m[1].length;
    const lineEnd = lineStart + m[1].length;
    const inside: number[] = [];
    for (let k = firstTokenAtOrAfter(tokens, lineStart); k < tokens.length && tokens[k].start < lineEnd; k++) inside.push(k);
    if (inside.length < 2 || inside.length > 3 || inside.some((k) => claimed[k])) continue;
    const parts = inside.map((k) => tokens[k]);
    const nameLike = parts.every((p) => p.shape === 'initial' || (!p.acronym && !NEVER_NAMES.has(p.key) && !CREDENTIALS.has(p.key) && (p.info.tier === 'name' || (p.info.tier === 'ambiguous' && !p.info.clinicalWord) || unknownCapitalised(p) || (p.capsLine && p.info.tier === 'unknown' && !isKnownWord(p.key)))));
    const evidence = parts.some((p) => p.info.tier === 'name' || (p.info.firstName && p.info.tier !== 'word'));
    // "Grace Hill": a first name then a surname, even if both are also words.
    const first = parts[0];
    const last = parts[parts.length - 1];
    const firstAndLast = first.info.firstName && last.info.surname && parts.every((p) => p.info.tier !== 'word' && !p.acronym);
    if ((nameLike && evidence) || firstAndLast) take(inside[0], inside[inside.length - 1] + 1, 'DOCTOR', 0.75, 'a line holding only a name');
  }
}

const WEEKDAY_SHORT = new Set(['MON', 'TUE', 'TUES', 'WED', 'THU', 'THUR', 'THURS', 'FRI', 'SAT', 'SUN']);

/** Names from the lists alone, with their neighbours. */
function findListedNamesAlone(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const t = tokens[i];
    if (!standsAlone(t) || isEponymUse(text, t)) continue;
    // "Device: Medtronic ...": a word before a colon at a clause start labels what follows.
    // A first name there is a speaker ("Nicole: Remember me?"), except on a line in capitals, where it is a field ("LANG:").
    if (text.charCodeAt(t.end) === 58 && clauseStartBefore(text, t.start) && (!t.info.firstName || t.capsLine)) continue;
    let start = i;
    while (start > 0 && !claimed[start - 1] && joinable(text, tokens, start - 1, start) && nameCapable(tokens[start - 1], true)) start--;
    const end = Math.max(extendName(text, tokens, i, false), i + 1);
    if (end - i > 1 && isEponymUse(text, tokens[end - 1], tokens[end - 2].info.firstName && tokens[end - 2].info.tier !== 'word')) {
      i = end - 1;
      continue;
    }
    // "Braxton Hicks contractions": the second word of the eponym is a common surname.
    if (start === i && end === i + 1 && /\bbraxton[ -]$/i.test(text.slice(Math.max(0, t.start - 8), t.start))) continue;
    // "2.5 mg Mon/Fri", "Mon 3/10/2025": weekdays written short, joined by a slash or before a date.
    if (start === i && end === i + 1 && WEEKDAY_SHORT.has(t.key) && (text[t.end] === '/' || text[t.start - 1] === '/' || t.startsDate)) continue;
    if (start === i && end === i + 1 && headOfACompoundNoun(text, tokens, i)) continue;
    const confidence = aloneConfidence(tokens, start, end);
    take(start, end, 'PATIENT', confidence, LISTED_NAME);
    i = end - 1;
  }
}

/**
 * "Hope Williams was seen", "SITTER SWAP TO MARK YOUNG", "JOHN BUI CALLED": a frequent first name, then a frequent
 * surname, both words of the language perhaps. In mixed case the surname's capital mid-sentence vouches for the pair; in
 * capitals, where case says nothing, a surname that is also a common word must follow a first name that is no verb or
 * modal ("WILL CALL", "MARK SITE", "FRANK BLOOD" are orders and findings).
 */
const FIRST_NAMES_THAT_ARE_VERBS = new Set('WILL MAY MARK GRANT BILL HOPE FRANK CHASE JUNE GUY ROB SUE PAT DREW BART RAY LEE AL ART JAN DON GENE SUMMER'.split(' '));
/** Colours written after a colour's shade or another colour ("OLIVE GREEN", "CRYSTAL BLUE", "SANDY BROWN"), and compass points. */
const COLOURS = new Set('GREEN BROWN BLUE BLACK GRAY GREY WHITE RED PINK TAN GOLD SILVER'.split(' '));
const SHADES = new Set('SANDY CRYSTAL PEARL JACK LIGHT DARK PALE DEEP BRIGHT DUSTY'.split(' '));
const DIRECTIONS = new Set(['WEST', 'EAST', 'NORTH', 'SOUTH']);
/** Modals, which in capitals go on with a verb whatever the verb is ("WILL PAGE", "MAY COOK"). */
const MODALS = new Set(['WILL', 'MAY', 'CAN']);
/** "ROSE WING", "HOPE HOUSE", "GRACE QUICK RESPONSE UNIT": the head of a place's name, in the pair or just after it. */
const PLACE_HEADS = new Set('WING HOUSE HALL LODGE CHURCH CENTER CENTRE UNIT CLINIC HOSPITAL MANOR COURT VILLAGE PLACE TOWER TOWERS BUILDING CAMPUS SCHOOL ACADEMY PARK ROAD RD STREET ST AVENUE AVE DRIVE DR LANE LN WAY BLVD HOME HOMES RESPONSE CAMP POINTE RIDGE'.split(' '));
const FREQUENT_FIRST_NAME_RANK = 1500;
const FREQUENT_SURNAME_RANK = 3000;
/** Below this rank a word is common enough in English that in capitals it reads as itself. */
const COMMON_WORD_RANK = 3000;

function neverAPairPart(t: Token): boolean {
  return NEVER_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key) || TITLE_LIKE_WORDS.has(t.key) || MONTH_OR_WEEKDAY.test(t.key);
}

function findFirstNameAndSurnamePairs(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i];
    const last = tokens[i + 1];
    if (claimed[i] || claimed[i + 1] || first.shape === 'initial' || last.shape === 'initial' || first.gluedDigits || last.gluedDigits) continue;
    if (last.start - first.end !== 1 || text.charCodeAt(first.end) !== 32) continue;
    if (first.capsLine ? first.shape !== 'upper' || last.shape !== 'upper' : first.shape !== 'capitalised' || last.shape !== 'capitalised' || last.sentenceStart) continue;
    if (first.key.length < 3 || last.key.length < 2 || first.acronym || last.acronym) continue;
    const a = first.info;
    const b = last.info;
    // A name no dictionary shares ("BUI", "Nguyen") needs no frequency.
    if (!a.firstName || (a.firstRank >= FREQUENT_FIRST_NAME_RANK && a.tier !== 'name')) continue;
    if (!b.surname || (b.surnameRank >= FREQUENT_SURNAME_RANK && b.tier !== 'name')) continue;
    if (neverAPairPart(first) || neverAPairPart(last) || isEponymUse(text, last) || isEponymUse(text, first)) continue;
    const next = tokens[i + 2];
    if (PLACE_HEADS.has(last.key) || (next && next.start - last.end <= 2 && PLACE_HEADS.has(next.key))) continue;
    // "OLIVE GREEN", "SANDY BROWN", "HAZEL GREEN" sputum and eyes; "MILES WEST" walked: colours and directions.
    if ((COLOURS.has(last.key) && (COLOUR_WORDS.has(first.key) || SHADES.has(first.key))) || (DIRECTIONS.has(last.key) && isKnownWord(first.key))) continue;
    // "Will Call pharmacy": a modal then a verb, capitalised or not.
    if (MODALS.has(first.key) && b.tier !== 'name') continue;
    if (first.capsLine) {
      // "LEA CASE": among the commonest words, a surname must follow a name that is no word.
      if ((b.commonRank ?? Infinity) < 1000 && a.tier !== 'name' && a.firstRank > 500) continue;
      const commonSurname = (b.commonRank ?? Infinity) < COMMON_WORD_RANK;
      if (commonSurname && (FIRST_NAMES_THAT_ARE_VERBS.has(first.key) || (a.commonRank ?? Infinity) < COMMON_WORD_RANK)) continue;
    }
    take(i, i + 2, 'PATIENT', 0.7, 'frequent first name and surname');
    i++;
  }
}

/** Capitalised mid-sentence, a name that is also a rare English word ("Hunter", "Joy") is a weak candidate. */
function findCapitalisedAmbiguousNames(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] || t.capsLine || t.sentenceStart || t.shape !== 'capitalised' || t.info.tier !== 'ambiguous') continue;
    if (t.info.clinicalWord || t.key.length < 3 || isEponymUse(text, t) || text[t.end] === ':') continue;
    take(i, i + 1, 'PATIENT', 0.55, CAPITALISED_LISTED_WORD);
  }
}

const ABSTRACT_NOUN_ENDING = /(?:ATION|ITION|MENT|NESS|ITY|ISM|ANCE|ENCE)$/;
const SPECIALTY_ENDING = /(?:ology|ologist|iatry|iatrics|ography|oscopy|surgery)$/i;

/** In mixed case, capitalised words that no dictionary, drug list or gazetteer knows are mostly names (foreign and rare ones the census lacks); a run of them is stronger evidence than one. */
function findUnknownCapitalisedRuns(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !unknownCapitalised(tokens[i])) continue;
    let end = i + 1;
    while (end < tokens.length && end - i < MAX_NAME_TOKENS && !claimed[end] && joinable(text, tokens, end - 1, end) && (unknownCapitalised(tokens[end]) || nameCapable(tokens[end], false))) end++;
    if ((end - i === 1 && tokens[i].sentenceStart) || isEponymUse(text, tokens[end - 1])) continue;
    // "Circulator: Long M. RN": a word before a colon labels what follows.
    if (end - i === 1 && text.charCodeAt(tokens[i].end) === 58 && (clauseStartBefore(text, tokens[i].start) || /[ \t]{2}$/.test(text.slice(Math.max(0, tokens[i].start - 2), tokens[i].start)))) continue;
    // "held in place with Kerlix", "dressed with Mepilex": after a verb of handling, an unknown word is a product.
    if (end - i === 1 && PRODUCT_AFTER.test(text.slice(Math.max(0, tokens[i].start - 48), tokens[i].start))) continue;
    // "Felipe Arriaga, MD, Neuroradiology": a specialty or service, however rare, is no name.
    if (end - i === 1 && SPECIALTY_ENDING.test(tokens[i].word)) continue;
    take(i, end, 'PATIENT', end - i > 1 ? 0.65 : 0.55, CAPITALISED_UNKNOWN_WORD);
    i = end - 1;
  }
}

/** "Next clinic 12/23. -Obadiah": a first name after a dash ends the line, as the writer signs a short note. */
const DASH_SIGNATURE = /(?:^|[ \t])-[ \t]?(\p{Lu}\p{Ll}{2,20})[ \t]*(?=\r?\n|$)/gmu;

function findDashSignatures(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (const m of text.includes('-') ? matchesOf(DASH_SIGNATURE, text) : []) {
    const start = m.index + m[0].length - m[0].trimStart().length + m[0].trimStart().indexOf(m[1]);
    const k = firstTokenAtOrAfter(tokens, start);
    if (k >= tokens.length || tokens[k].start !== start || claimed[k]) continue;
    const t = tokens[k];
    const signerName = (t.info.firstName && t.info.tier !== 'word' && !t.info.clinicalWord) || (t.info.tier === 'unknown' && !isKnownWord(t.key));
    if (!signerName || NEVER_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || MEDICAL_ENDING.test(t.key)) continue;
    take(k, k + 1, 'DOCTOR', 0.75, 'first name signed after a dash');
  }
}

/**
 * "d. lyons rn", "s.brennan rn", "m.o'neil rn", "anne-marie rn", "jh rn", "- k walsh, RN": a nurse signing in lower case,
 * the name and its credential alone on a line. The whole line is the signature, so a word of the role or of prose
 * ("charge rn", "per rn", "iv rn") is no signer.
 */
const LINE_SIGNED_WITH_CREDENTIAL =
  /^[ \t]{0,3}(?:[-–—~]{1,2}[ \t]?)?((?:[a-z]\.[ \t]?)?[a-z][a-z'’-]{0,30}(?:[ \t](?:[a-z]\.[ \t]?)?[a-z][a-z'’-]{0,30})?),?[ \t]{1,2}(?:rn|lpn|lvn|cna|np|rrt|rt|lcsw|licsw|msw|md|pa-c)\.?[ \t]*$/dgim;
/** Tried on the note's last line: initials or a first name and an initial in lower case ("kw", "lisa k"). */
/** "...cb 509-555-0126. -jr": lower-case initials after a dash close the note's last sentence. */
const LOWER_CASE_DASH_CLOSING_ENTRY = /(?<=[.!?)][ \t]{1,2}[-–—~]{1,2}[ \t]?)([a-z]{2,3})[ \t]*$/d;
const LOWER_CASE_CLOSING_NOTE = /^[ \t]{0,3}(?:[-–—~]{1,2}[ \t]?)?([a-z]{2,3}|[a-z]{3,12}[ \t][a-z]\.?)[ \t]*$/d;

/**
 * "HER SON, WILL, AND SHE", "his sister, May, after": a kin word, then a first name set off by commas. The commas make
 * the word a name even when it is also a modal or a month.
 */
const KIN_THEN_NAME_IN_COMMAS =
  /\b(?:son|daughter|sister|brother|wife|husband|mother|father|mom|dad|niece|nephew|grandson|granddaughter|aunt|uncle|cousin|partner|fianc[eé]e?|girlfriend|boyfriend|dtr)[ \t]{0,2},[ \t]{1,2}(\p{Lu}[\p{Ll}'’-]{1,20}|\p{Lu}[\p{Lu}'’-]{1,20})[ \t]{0,2},/giu;

function findKinNamesInCommas(text: string, found: Candidate[]): void {
  for (const m of text.includes(',') ? matchesOf(KIN_THEN_NAME_IN_COMMAS, text) : []) {
    const upper = m[1].toUpperCase();
    if (!wordInfo(upper).firstName || NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || RELATION_CUES.has(upper)) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    found.push(candidate(start, start + m[1].length, 'NAME', 'RELATIVE', 0.85, 'first name set off by commas after a kin word'));
  }
}

/** The credentials LINE_SIGNED_WITH_CREDENTIAL ends in, after a blank: the cheap test before it runs on a note. */
const LINE_SIGNATURE_CREDENTIALS = [' rn', '\trn', ' lpn', ' lvn', ' cna', ' np', ' rrt', ' rt', ' lcsw', ' licsw', ' msw', ' md', ' pa-c'];

function findLineSignatures(text: string, found: Candidate[]): void {
  for (const m of holdsAny(lowerCaseOf(text), LINE_SIGNATURE_CREDENTIALS) ? matchesOf(LINE_SIGNED_WITH_CREDENTIAL, text) : []) {
    const [start, end] = m.indices![1];
    if (signsAName(m[1])) found.push(candidate(start, end, 'NAME', 'DOCTOR', 0.85, 'name signed alone on a line before a credential'));
  }
}

/** "kw" (initials no prose uses) or "lisa k" (a listed first name and an initial) signing in lower case. */
function signsInLowerCase(signature: string): boolean {
  const words = signature.split(/[ \t]+/);
  if (words.length === 1) return isLikelyInitials(words[0]);
  const first = wordInfo(words[0].toUpperCase());
  return first.tier === 'name' && first.firstName;
}

/** The words of a one-line signature before its credential: no word of a role, a relation or prose. */
function signsAName(signature: string): boolean {
  const words = signature.split(/[ \t.]+/).filter((w) => w.length > 1);
  if (words.length === 0) return false;
  const withInitial = /^[a-z]\./i.test(signature) || words.length < signature.split(/[ \t]+/).length;
  return words.every((word) => {
    const upper = word.toUpperCase();
    if (CLINICAL_ABBREVIATIONS.has(upper) || CREDENTIALS.has(upper) || RELATION_CUES.has(upper) || ROLE_BEFORE_CREDENTIAL.has(upper) || NEVER_NAMES.has(upper)) return false;
    if (words.length === 1 && word.length <= 3) return isLikelyInitials(word);
    // After an initial the surname may be a word as well ("m. foley rn", "a. brown rn"); alone it must be a name.
    return upper.split(/[-'’]/).every((part) => part.length < 2 || wordInfo(part).tier === 'name' || (wordInfo(part).tier === 'unknown' && !isKnownWord(part)) || (withInitial && (wordInfo(part).surname || wordInfo(part).firstName)));
  });
}

/** Two or three letters that no clinical prose uses as a word or an abbreviation ("jh", "kw"; not "or", "iv", "ok"). */
function isLikelyInitials(word: string): boolean {
  const upper = word.toUpperCase();
  return word.length >= 2 && word.length <= 3 && !CLINICAL_ABBREVIATIONS.has(upper) && !CREDENTIALS.has(upper) && !NEVER_NAMES.has(upper) && wordInfo(upper).commonRank === undefined && !/^[AEIOU]+$/.test(upper);
}

const INITIALS_LABEL_WORDS: readonly string[] = ['initials', 'recorder', 'rn:', 'nurse:', 'sup', 'lead', 'scribe', 'time'];

/**
 * The other marks a signer leaves: initials and a login after a slash on a signature line ("- D. KING RN / LF",
 * "- CHER VANG, RN / CVANG7", "- DP / DPATTER2", "RN / cosigned jhuang3"), initials after a recorder or initials label
 * ("RECORDER SIG: ALC", "Subject initials: RJK"), a nickname in quotes right after a name ('PATRICK "PADDY"',
 * 'HOLLOWAY ("PEG")') and a newborn's name in quotes ('VIABLE FEMALE, "JOY"').
 */
function findSignatureMarks(text: string, found: Candidate[]): void {
  if (text.includes('/')) {
    for (const m of matchesOf(SLASH_AT_SIGNATURE_END, text)) {
      const line = text.slice(Math.max(0, lineStartBefore(text, m.index)), m.index);
      // Only on a signature line: one opening with a dash, or one holding a credential.
      if (!/^[ \t]*-/.test(line) && !CREDENTIAL_ON_LINE.test(line)) continue;
      const mark = m[1];
      const start = m.indices![1][0];
      // "- Diet regular / Glucerna": without a credential on the line, only a login with a digit, a dot or an underscore.
      if (/\d|[._]/.test(mark) || (mark.length >= 5 && !isKnownWord(mark.toUpperCase()) && CREDENTIAL_ON_LINE.test(line))) {
        found.push(candidate(start, start + mark.length, 'NAME', 'USERNAME', 0.8, 'login after a slash on a signature line'));
      } else if (/^[A-Z]{2,3}$/.test(mark) && CREDENTIAL_ON_LINE.test(line) && !CREDENTIALS.has(mark) && !CLINICAL_ABBREVIATIONS.has(mark) && !NOT_SIGNING_INITIALS.has(mark)) {
        found.push(candidate(start, start + mark.length, 'NAME', 'DOCTOR', 0.75, 'initials after a slash on a signature line'));
      }
    }
    // "- DP / DPATTER2": initials before the login, whatever else the letters spell.
    for (const m of matchesOf(DASH_INITIALS_BEFORE_LOGIN, text)) {
      found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'DOCTOR', 0.75, 'initials before a login on a signature line'));
    }
  }
  for (const m of holdsAny(lowerCaseOf(text), INITIALS_LABEL_WORDS) ? matchesOf(INITIALS_AFTER_LABEL, text) : []) {
    const group = [1, 2, 3].find((g) => m[g] !== undefined)!;
    const initials = m[group];
    // "NAME, INITIALS AND DOB VERIFIED": a word is no one's initials.
    if (wordNotInitials(initials)) continue;
    found.push(candidate(m.indices![group][0], m.indices![group][1], 'NAME', 'DOCTOR', 0.8, group === 1 ? 'initials after a recorder or initials label' : "initials after a code team role's label"));
  }
  for (const m of matchesOf(NAMES_AFTER_PLURAL_KIN, text)) {
    const listStart = m.index + m[0].length - m[1].length;
    const items = [...m[1].matchAll(/\p{Lu}[\p{L}'’-]{1,20}/gu)].filter((w) => !/^(?:and|AND)$/.test(w[0]));
    const usable = items.every((w) => {
      const upper = w[0].toUpperCase();
      const info = wordInfo(upper);
      // "parents Ana & Jorge": written in title case, a first name is no abbreviation (ANA).
      if (w[0] !== upper && info.firstName && !RELATION_CUES.has(upper)) return true;
      return !RELATION_CUES.has(upper) && !NEVER_NAMES.has(upper) && !CLINICAL_ABBREVIATIONS.has(upper) && !CREDENTIALS.has(upper) && !NOT_SIGNING_INITIALS.has(upper) &&
        (info.firstName || info.surname || (info.tier === 'unknown' && !isKnownWord(upper)));
    });
    if (!usable) continue;
    for (const w of items) found.push(candidate(listStart + w.index!, listStart + w.index! + w[0].length, 'NAME', 'RELATIVE', 0.85, 'names listed after a plural kin word'));
  }
  for (const m of / by\b/i.test(text) ? matchesOf(INITIALS_AFTER_CHARTED_BY, text) : []) {
    for (const group of [1, 2]) {
      const initials = m[group];
      // "SIGNED BY SIL 1/1/25", "CHECKED BY BB": a relative or a service signs or checks.
      // "WITNESSED BY JOY, CVT": a credential after the signer is no second signer.
      if (!initials || wordNotInitials(initials) || RELATION_CUES.has(initials) || KIN_BEFORE_NAME.has(initials) || SERVICES_THAT_SIGN.has(initials) || CREDENTIALS.has(initials)) continue;
      found.push(candidate(m.indices![group][0], m.indices![group][1], 'NAME', 'DOCTOR', 0.8, 'initials after a charting word and "by"'));
    }
  }
  if (text.includes('"') || text.includes('“')) {
    for (const name of found.filter((c) => c.category === 'NAME' && c.subtype !== 'USERNAME')) {
      const m = QUOTED_NICKNAME_AFTER.exec(text.slice(name.end, name.end + 24));
      if (m && !NEVER_NAMES.has(m[1].toUpperCase()) && !CLINICAL_ABBREVIATIONS.has(m[1].toUpperCase())) {
        const start = name.end + m[0].indexOf(m[1]);
        found.push(candidate(start, start + m[1].length, 'NAME', name.subtype, 0.8, 'nickname in quotes after the name'));
      }
    }
    for (const m of matchesOf(NEWBORN_NAME, text)) found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'RELATIVE', 0.8, "a newborn's name in quotes"));
    for (const m of matchesOf(QUOTED_NAME_AFTER_CUE, text)) {
      for (const group of [1, 2]) {
        const word = m[group]?.toUpperCase();
        if (word === undefined || NEVER_NAMES.has(word) || CLINICAL_ABBREVIATIONS.has(word) || (isKnownWord(word) && !wordInfo(word).firstName && wordInfo(word).tier !== 'name')) continue;
        found.push(candidate(m.indices![group][0], m.indices![group][1], 'NAME', 'NAME', 0.85, 'a name in quotes after a pet, a person asked for, or a name gone by'));
      }
    }
  }
}

const CREDENTIAL_ON_LINE = /\b(?:RN|LPN|LVN|CNA|PCT|RRT|MD|NP|PA-C|MSW|SLP|RD|CM|BSN)\b/;

function lineStartBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13 && index - start < 120) start--;
  return start;
}

const SLASH_AT_SIGNATURE_END = /[ \t]\/[ \t]{0,2}(?:cosigned[ \t]{1,2}|COSIGNED[ \t]{1,2})?([A-Za-z][A-Za-z0-9._]{1,20})(?:[ \t]{1,2}(?:RN|LPN|CNA|PCT|RT|RRT))?[ \t]*(?=[\r\n]|$)/dg;
const DASH_INITIALS_BEFORE_LOGIN = /(?:^|[\r\n])[ \t]*-[ \t]?([A-Z]{2,3})[ \t]{0,2}\/[ \t]{0,2}[A-Za-z]{2,12}\d{1,4}[ \t]*(?=[\r\n]|$)/dg;
const INITIALS_AFTER_LABEL = /\b(?:[Rr]ecorder(?:[ \t]sig(?:nature)?)?|RECORDER(?:[ \t]SIG(?:NATURE)?)?|(?:[Ss]ubject |SUBJECT )?[Ii]nitials|INITIALS)\b(?:[ \t]{1,2}|[ \t]{0,2}:[ \t]{0,2})([A-Z]{2,4})(?![A-Za-z0-9])|\b(?:CODE|CHARGE|PRIMARY|RESOURCE|RAPID RESPONSE|RRT|TRANSPORT)[ \t](?:RN|NURSE)[ \t]{0,2}:[ \t]{0,2}([A-Z]{2,3})(?=[ \t]{2}|[ \t]*(?:$|[\r\n,;]))|\b(?:HOUSE[ \t]SUP(?:ERVISOR)?|NURSING[ \t]SUP(?:ERVISOR)?|SUPERVISOR|TEAM[ \t]LEAD(?:ER)?|SCRIBE|MEDS[ \t]RN|TIMEKEEPER|TIMER)[ \t]{0,2}:[ \t]{0,2}([A-Z]{2,3})(?=[ \t]{2}|[ \t]*(?:$|[\r\n,;]))/dg;
/**
 * "SONS WILL AND DEAN", "DAUGHTERS GRACE, HOPE AND JUNE", "parents Ana & Jorge Gil": the names listed after a plural kin word,
 * each a person's even where it is also a word, a modal or a month.
 */
const NAMES_AFTER_PLURAL_KIN =
  /\b(?:sons|daughters|kids|children|parents|brothers|sisters|grandsons|granddaughters|grandkids|grandchildren|siblings|twins|nephews|nieces|cousins|friends|SONS|DAUGHTERS|KIDS|CHILDREN|PARENTS|BROTHERS|SISTERS|GRANDSONS|GRANDDAUGHTERS|GRANDKIDS|GRANDCHILDREN|SIBLINGS|TWINS|NEPHEWS|NIECES|COUSINS|FRIENDS|Sons|Daughters|Kids|Children|Parents)[ \t]{0,2}:?[ \t]{1,2}(\p{Lu}[\p{L}'’-]{1,20}(?:(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2}(?:&|and|AND)[ \t]{1,2}|[ \t]{0,2},[ \t]{0,2}(?:and|AND)[ \t]{1,2})\p{Lu}[\p{L}'’-]{1,20}){1,5})(?=[ \t]{0,2}(?:[.,;:)(\r\n]|$)|[ \t]{1,2}[a-z]|[ \t]{1,2}\p{Lu}[\p{L}'’-]{1,20}[ \t]{0,2}(?:[.,;:)(\r\n]|$|[ \t][a-z])|[ \t]{1,2}(?:VISITED|AT|IN|ARE|WERE|CALLED|PRESENT|UPDATED|AWARE)\b)/gu;
/** "ENTRIES BY AKB, MFR", "GROSSED BY: KR, PA(ASCP)": initials after a word of charting and 'by', alone on the rest of the line. */
const INITIALS_AFTER_CHARTED_BY =
  /\b(?:ENTRIES|ENTERED|CHARTED|DOCUMENTED|RECORDED|SIGNED|GROSSED|DICTATED|TRANSCRIBED|PREPARED|VERIFIED|CHECKED|WITNESSED|Entries|Entered|Charted|Documented|Recorded|Signed|Grossed|Dictated|Transcribed|Prepared|Verified|Checked|Witnessed)[ \t]{1,2}(?:BY|by|By)[ \t]{0,2}:?[ \t]{0,2}([A-Z]{2,3})(?:[ \t]{0,2}[,\/&][ \t]{0,2}([A-Z]{2,3}))?(?=[ \t]*(?:$|[\r\n,;.(])|[ \t]{2}|[ \t]{1,3}\d{1,2}\/\d{1,2}\/\d{2,4})/dg;
const QUOTED_NICKNAME_AFTER = /^[ \t]{0,2}\(?[ \t]?["“]([A-Z][A-Za-z'’-]{1,15})["”]\)?/;
const NEWBORN_NAME = /\b(?:MALE|FEMALE|BOY|GIRL|INFANT|BABY|NEWBORN|NAMED|male|female|boy|girl|infant|baby|newborn|named)\b[ \t,]{1,3}["“]([A-Z][A-Za-z'’-]{1,15}(?:[ \t][A-Z][A-Za-z'’-]{1,15})?)["”]/dg;
/**
 * "HIS SERVICE DOG "SARGE"", "ASKING FOR "GRACE" (HIS SISTER)", "TATTOO "MAMA MAY"", "PREFERS "WILL," NOT "BUBBA."",
 * "PREFERRED NAME: "SIGGY"", "STREET NAME "HOPE"": a name in quotes after a pet, a person asked for, or the name a person
 * goes by (and the one they do not).
 */
const QUOTED_NAME_AFTER_CUE = /\b(?:dog|cat|pet|puppy|horse|asking[ \t]{1,2}for|asked[ \t]{1,2}for|calling[ \t]{1,2}for|call(?:s|ed)?[ \t]{1,2}(?:him|her|me|them)|tattoo|goes[ \t]{1,2}by|prefers(?:[ \t]{1,2}to[ \t]{1,2}be[ \t]{1,2}called)?|preferred[ \t]{1,2}name[ \t]{0,2}:?|nickname[ \t]{0,2}:?|street[ \t]{1,2}name|known[ \t]{1,2}as)[ \t,]{1,3}["“](?:(?:MAMA|PAPA|MAW|PAW|Mama|Papa)[ \t])?([A-Z][A-Za-z'’-]{1,15})[,.]?["”](?:,?[ \t]{1,2}not[ \t]{1,2}["“]([A-Z][A-Za-z'’-]{1,15})[,.]?["”])?/dgi;

function findUserNames(text: string, found: Candidate[]): void {
  for (const m of matchesOf(USERNAME_AFTER_CREDENTIAL, text)) {
    if (!/[\d._]/.test(m[1]) && isKnownWord(m[1].toUpperCase())) continue;
    // "RN (PICU)", "RN (CHARGE)": the signer's unit or role.
    if (isUnitOrRole(m[1].toUpperCase()) || CLINICAL_ABBREVIATIONS.has(m[1].toUpperCase())) continue;
    // "MD, MPH (Neonatology)": the signer's specialty.
    if (/(?:ology|iatrics|ics|medicine|surgery|care)$/i.test(m[1])) continue;
    // "RN, HP(ASCP)", "NP Ng, Junior (PA-C)": a certifying body or a credential in brackets.
    if (CREDENTIALS.has(m[1].toUpperCase()) || /^[A-Z]{2,5}(?:-[A-Z]{1,2})?$/.test(m[1])) continue;
    const start = m.index + m[0].indexOf(m[1], m[0].indexOf('('));
    found.push(candidate(start, start + m[1].length, 'NAME', 'USERNAME', 0.9, 'user name in brackets after a signature'));
  }
  for (const m of holdsAny(lowerCaseOf(text), SOCIAL_HANDLE_WORDS) ? matchesOf(SOCIAL_HANDLE, text) : []) {
    const handle = m[1];
    // A handle starts with @, or mixes letters with digits, dots or underscores; else it is a made-up word no
    // dictionary has ("Discord quietmolecule"), never a word of the sentence ("FB REMOVED", "IG infusion").
    const plainWord = !handle.startsWith('@') && !/[._\d]/.test(handle);
    if (plainWord && (handle.length < 6 || isKnownWord(handle.toUpperCase()) || handle !== handle.toLowerCase())) continue;
    if (!/[A-Za-z]/.test(handle)) continue;
    const start = m.index + m[0].length - handle.length;
    found.push(candidate(start, start + m[1].length, 'NAME', 'USERNAME', 0.85, 'social-media handle'));
  }
  for (const m of text.includes('@') ? matchesOf(AT_HANDLE, text) : []) {
    const handle = m[1];
    // "@TAYBUCKETS_3", "@lucyy.eche" are made as handles are; "@L5S1", "@q12h", "@FiO2.35" are levels and settings "at" something.
    if (!plausibleDottedLogin(handle) && !SOCIAL_WORD_ON_LINE.test(lineTextBefore(text, m.index, 120))) continue;
    if (WEB_OR_FILE_ENDING.test(handle)) continue;
    found.push(candidate(m.index + 1, m.index + 1 + handle.length, 'NAME', 'USERNAME', 0.85, 'social-media handle'));
  }
  for (const m of matchesOf(USERNAME_LABEL, text)) {
    // "NetID: pending", "User: unknown": a word where the login would go.
    if (/^[A-Za-z]+$/.test(m[1]) && isKnownWord(m[1].toUpperCase())) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'NAME', 'USERNAME', 0.9, 'user name after its label'));
  }
  for (const m of holdsAny(lowerCaseOf(text), RECORD_ACTIONS) ? matchesOf(LOGIN_AFTER_RECORD_ACTION, text) : []) {
    const login = m[1];
    // "by mail", "BY PHONE", "by pt": a login in lower case is no word; one in capitals ends in digits.
    const lower = login === login.toLowerCase();
    const dotted = /[._]/.test(login);
    // "Scanned: CONSENT_FORM", "Reviewed: ECHO.TTE": after a colon a dotted word is what was handled; after "by", who.
    if (dotted && (!/\bby\b/i.test(m[0]) || !plausibleDottedLogin(login))) continue;
    if (dotted ? WEB_OR_FILE_ENDING.test(login) : lower ? isKnownWord(login.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(login.toUpperCase()) || CREDENTIALS.has(login.toUpperCase()) : !/\d$/.test(login)) continue;
    const start = m.index + m[0].length - login.length;
    found.push(candidate(start, start + login.length, 'NAME', 'USERNAME', 0.85, 'login of whoever recorded an entry'));
  }
  // '... NEW RX." (OLIVAREZG22)', 'call back @ 907-495-0551. (nnanalook9)': a login in brackets closing an entry,
  // with a digit, a dot or an underscore, or a word no dictionary knows.
  for (const m of text.includes(')') ? matchesOf(LOGIN_CLOSING_ENTRY, text) : []) {
    const login = m[1];
    // Only after an entry's last sentence, unless made as logins are made ("CHPN  (rscott.cvh)").
    const dottedLogin = plausibleDottedLogin(login);
    if (!dottedLogin && !/[.!?"”][ \t]{0,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const upper = login.toUpperCase();
    if (!/[\d._]/.test(login) && (isKnownWord(upper) || CLINICAL_ABBREVIATIONS.has(upper) || login.length < 5)) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'USERNAME', 0.8, 'login in brackets closing an entry'));
  }
  // "[07:42] kchoudhury: hey can u see bed 14", "[02:11] @tbello.md: admit for you": the speaker of a chat log.
  for (const m of text.includes(']') ? matchesOf(CHAT_SPEAKER, text) : []) {
    const login = m[1];
    if (!/[\d._-]/.test(login) && (login !== login.toLowerCase() || isKnownWord(login.toUpperCase()))) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'USERNAME', 0.85, 'login of a chat message'));
  }
  // "08:02 kpatel.cm (Kavya Patel, CM): morning!", "08:05 jbell2: ty.": after a bare time, a login as logins are made (a
  // dotted or underscored one, or four letters and more before a number), not a reading ("10:15 spo2: 94%", "09:00 d5w:").
  for (const m of matchesOf(CHAT_SPEAKER_AFTER_A_BARE_TIME, text)) {
    const login = m[1];
    const displayNameFollows = text[m.index + m[0].length] !== ':';
    if (CLINICAL_ABBREVIATIONS.has(login.toUpperCase()) || !(plausibleDottedLogin(login) || /^[a-z]{4,}\d{1,3}$/.test(login) || (displayNameFollows && !isKnownWord(login.toUpperCase())))) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'USERNAME', 0.85, 'login of a chat message'));
  }
  // "badge (mcastel3)", "COMMENT (TWOODS1)", "REGISTERED BY KBRANDT2", "BOOKED BY DSCHULTE", "scribe acct tsimmons3",
  // "-hpatel (MA)": in brackets alone, after "by", an account or a badge, or after a closing dash, a word made as
  // logins are made, an initial or two glued to a surname, perhaps a last initial and a number.
  for (const m of text.includes('(') || /\b(?:by|acct|badge)\b/i.test(text) || text.includes('-') ? matchesOf(LOGIN_BY_ITS_SHAPE, text) : []) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    const [start, end] = m.indices![group];
    // After "by", capitals before another word in capitals are a name's first word ("BY OGLALA SIOUX TRIBE").
    // "ENTERED IN NEDSS BY CSTRAND01": after "by", letters no dictionary knows and a number are a login too.
    const numberedAfterBy = group === 2 && /^(?:[A-Z]{5,16}|[a-z]{5,16})\d{1,2}$/.test(m[2]) && !isKnownWord(m[2].replace(/\d+$/, '').toUpperCase());
    if (!numberedAfterBy && !loginMadeOfASurname(m[group], group === 2 && !/^[ \t]{1,2}[A-Z]{2}/.test(text.slice(end, end + 4)))) continue;
    found.push(candidate(start, end, 'NAME', 'USERNAME', 0.8, 'login made of an initial and a surname'));
  }
  // "DSP_MHARGIS", "CNA_RPINEDA", "pct_dwhitehorse", "dwhitfield_hvrs": a system's or role's prefix or suffix joined by an
  // underscore to an initial and a surname is an account, wherever it stands.
  for (const m of text.includes('_') ? matchesOf(LOGIN_WITH_AN_AFFIX, text) : []) {
    const core = m[2] ?? m[3];
    // "PT_RWALKER", "DME_RWALKER": an initial glued to a word of clinical prose is equipment ("rolling walker"), not a surname.
    if (!loginMadeOfASurname(core, true) || wordInfo(core.replace(/\d+$/, '').slice(1).toUpperCase()).commonRank !== undefined) continue;
    found.push(candidate(m.index, m.index + m[0].length, 'NAME', 'USERNAME', 0.8, 'login made of an initial and a surname, with an affix'));
  }
  // "JG / JGUSTAFSON2", "-- BOLSON3", "BACKLOADED UNDER RLEWIS4.": letters and a number closing a signature or after
  // "under", the way logins are made, whatever the letters spell.
  for (const m of /\d/.test(text) ? matchesOf(NUMBERED_LOGIN_SIGNING, text) : []) {
    const letters = m[1].replace(/\d+$/, '');
    const key = letters.toUpperCase();
    if ((letters !== key && letters !== letters.toLowerCase()) || isKnownWord(key) || CLINICAL_ABBREVIATIONS.has(key) || CREDENTIALS.has(key)) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'USERNAME', 0.8, 'numbered login closing a signature'));
  }
  // "NO SHOW, LEFT VM      DKRAUSE", "INTAKE BY DEB (REHAB AIDE) / DKRAUSE", "LOG CLOSED 1140 - SPATEL", "ROUTED TO:
  // KWILLIAMS3": capitals made as logins are made, an initial glued to a surname, closing a line after a column's gap, a
  // signing dash or slash, or a routing label.
  const closingLogins = [...matchesOf(LOGIN_CLOSING_A_LINE, text)];
  const timesClosing = new Map<string, number>();
  for (const m of closingLogins) timesClosing.set(m[1], (timesClosing.get(m[1]) ?? 0) + 1);
  for (const m of closingLogins) {
    if (!loginMadeOfASurname(m[1], true)) continue;
    // "- RWALKER": an initial glued to an everyday word ("rolling walker") is equipment, unless it closes line after line.
    const everydayWord = (wordInfo(m[1].replace(/\d+$/, '').slice(1)).commonRank ?? Infinity) <= EVERYDAY_WORD_RANK;
    if (everydayWord && timesClosing.get(m[1])! < 2) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'USERNAME', 0.8, 'login made of an initial and a surname closing a line'));
  }
  // "PRINTED BY SVG\RBURKE": a network domain and a login.
  for (const m of text.includes('\\') ? matchesOf(DOMAIN_LOGIN, text) : []) {
    // "PMH: HTN\HLD": shorthand on both sides is a list, not a domain and a login.
    const shorthand = (part: string) => isKnownWord(part.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(part.toUpperCase());
    if (shorthand(m[1]) && shorthand(m[2])) continue;
    found.push(candidate(m.index, m.index + m[0].length, 'NAME', 'USERNAME', 0.85, 'login after a network domain'));
  }
  // "entered by penab", "LAST EDITED BY BOKAFOR 11-OCT-2024": a login after who sent, entered or changed something.
  for (const m of holdsAny(lowerCaseOf(text), LOGIN_CUE_WORDS) ? matchesOf(LOGIN_AFTER_SENDER, text) : []) {
    const login = m[1].replace(/\.+$/, '');
    if (!/[\d._]/.test(login) && (isKnownWord(login.toUpperCase()) || wordInfo(login.toUpperCase()).tier !== 'unknown')) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][0] + login.length, 'NAME', 'USERNAME', 0.8, 'login of a sender'));
  }
}

/** An e-mail address's local part, and the words written before it on its line. */
const EMAIL_LOCAL_PART = /(?<![\w.%+-])([A-Za-z][A-Za-z0-9._-]{2,40})@[A-Za-z0-9-]+\.[A-Za-z]/g;
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * "ISAAC LOWENSTEIN, ESQ, ILOWENSTEIN@...", "— A. SIXKILLER, CSP  ASIXKILLER@...": an address spelled from a first name
 * or initial and a surname written just before it on the line names that person, whatever the words.
 */
function findNamesSpelledByTheirAddress(text: string, found: Candidate[]): void {
  if (!text.includes('@')) return;
  const names = found.filter((c) => c.category === 'NAME');
  const overlapsAName = overlapsAnyOf(names);
  for (const m of matchesOf(EMAIL_LOCAL_PART, text)) {
    const local = m[1].toUpperCase().replace(/[^A-Z]/g, '');
    if (local.length < 5) continue;
    const windowStart = lineStartAt(text, m.index, m.index - 100);
    const words = [...text.slice(windowStart, m.index).matchAll(CAPITALISED_WORD)].map((w) => ({ start: windowStart + w.index!, end: windowStart + w.index! + w[0].length, key: w[0].toUpperCase().replace(/['’-]/g, '') }));
    for (let j = words.length - 1; j >= 1; j--) {
      const surname = words[j].key;
      if (surname.length < 3) continue;
      let taken = false;
      for (let i = j - 1; i >= Math.max(0, j - 2) && !taken; i--) {
        const given = words[i].key;
        // "Infection Prevention <infectionprevention@...>": a department's words spell its address too.
        const ordinaryGiven = given.length > 1 && isKnownWord(given) && !wordInfo(given).firstName;
        const ordinarySurname = isKnownWord(surname) && !wordInfo(surname).surname;
        if (TITLES.has(given) || ordinaryGiven || ordinarySurname) continue;
        const spellings = [given[0] + surname, given + surname, surname + given[0], surname + given];
        if (!spellings.includes(local) || text.slice(words[i].end, words[j].start).search(/[^ \t.,]/) >= 0) continue;
        // The names found before this rule ran: an address spells one person, so the rule adds none it must check again.
        if (!overlapsAName(words[i].start, words[j].end)) found.push(candidate(words[i].start, words[j].end, 'NAME', 'NAME', 0.85, 'name its e-mail address spells'));
        taken = true;
      }
      if (taken) break;
    }
  }
}

/**
 * "/S/ L. MARQUEZ-DOYLE, MD -- LMARQUEZDOYLE", "T. CHANCE, CPHT -- TCHANCE.", "REPORT BY JDELAROSA": a login built from a
 * person named in the same note, as record systems build them (the first initial and the surname, or the first name and
 * the surname's initial), with an optional number or suffix. Only names the detector is sure of are used.
 */
function findLoginsMadeOfNames(text: string, found: Candidate[]): void {
  // "INTAKE RN: MERRITT (MMERRITT3)", "J. WEISSBERG (JWEISSB)": a login in brackets right after the name it is made of.
  for (const c of [...found]) {
    if (c.category !== 'NAME' || c.subtype === 'USERNAME' || text.charCodeAt(c.end) !== 32 && text.charCodeAt(c.end) !== 40) continue;
    const m = BRACKETED_LOGIN_AFTER.exec(text.slice(c.end, c.end + 30));
    if (!m) continue;
    const surname = text.slice(c.start, c.end).toUpperCase().split(/[^A-Z]+/).filter(Boolean).pop() ?? '';
    if (surname.length < 3 || !m[1].toUpperCase().includes(surname.slice(0, 5))) continue;
    const start = c.end + m[0].indexOf(m[1]);
    found.push(candidate(start, start + m[1].length, 'NAME', 'USERNAME', 0.85, 'login in brackets after the name it is made of'));
  }
  const logins = new Map<string, Candidate>();
  const loginPrefixes = new Set<string>();
  const shortestPrefixes = new Set<string>();
  for (const c of found) {
    if (c.category !== 'NAME' || c.subtype === 'USERNAME' || c.confidence < 0.8) continue;
    const parts = text.slice(c.start, c.end).toUpperCase().split(/[^A-Z'’-]+/).map((p) => p.replace(/['’-]/g, '')).filter(Boolean);
    if (parts.length < 2) continue;
    // "WESTBROOK, TAYLOR": the surname first, before the comma.
    const surnameFirst = /^[^,]+,/.test(text.slice(c.start, c.end));
    const last = surnameFirst ? parts[0] : parts[parts.length - 1];
    if (last.length < 3) continue;
    // Any other word may be the first name: a role word can lead the span ("WORKER JOSE DELAROSA").
    for (const given of surnameFirst ? parts.slice(1) : parts.slice(0, -1)) {
      logins.set(given[0] + last, c);
      if (given.length >= 3) logins.set(given + last[0], c);
      // "J. Ortiz-Blackfeather MD   jortizb": systems cut a long surname after a few letters.
      for (let cut = 5; cut < last.length; cut++) loginPrefixes.add(given[0] + last.slice(0, cut));
      if (last.length > 5) shortestPrefixes.add(given[0] + last.slice(0, 5));
    }
  }
  // Most notes hold no login: scan for one only where the text holds a key at all.
  const lower = lowerCaseOf(text);
  if (![...logins.keys(), ...shortestPrefixes].some((key) => lower.includes(key.toLowerCase()))) return;
  const taken = found.map((c) => [c.start, c.end] as const);
  for (const m of matchesOf(LOGIN_SHAPED_WORD, text)) {
    const key = m[1].toUpperCase();
    if (key.length < 4 || !(logins.has(key) || (loginPrefixes.has(key) && !isKnownWord(key) && wordInfo(key).tier === 'unknown'))) continue;
    // "PT HOPES TO BE BACK" after "HOPE SANTORO-WEISS": a word the login's letters spell, bare of digits, is that word.
    if (m[0].length === m[1].length && isKnownWord(key)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some(([s, e]) => s < end && start < e)) continue;
    found.push(candidate(start, end, 'NAME', 'USERNAME', 0.85, 'login made of a name in the note'));
  }
}

const BRACKETED_LOGIN_AFTER = /^[ \t]{0,2}\(([A-Za-z]{4,20}\d{0,3})\)/;
const LOGIN_SHAPED_WORD = /(?<![\w.@'’-])([A-Za-z]{4,30})(?:[._]?[A-Za-z0-9]{0,12}\d[A-Za-z0-9]{0,6}|_[A-Za-z0-9]{1,12})?(?![\w@'’-]|\.\w)/g;

const LOGIN_CLOSING_ENTRY = /\(([A-Za-z][A-Za-z0-9._]{3,30})\)(?=[ \t]*(?:[\r\n]|$))/dg;
/**
 * "PORTAL MESSAGE FROM SANTOS.BAEZ (PATIENT)", "Last edited by mventimi 03:11", "RECORDED BY KIWASAKI1; COSIGNED BY ...",
 * "PCR AUTHOR JPRUITT_NSFD | QA", "EVV ID SWILLIAMS07": the login an electronic record puts after who sent, entered or
 * changed an entry, before the time, a bracket, a field separator or the line end.
 */
const LOGIN_AFTER_SENDER = /\b(?:message from|scribe:?|assigned to:?|(?:last )?(?:edited|entered|recorded|inserted|closed|created|modified|updated|documented|authored|filed|routed|completed|charted|reported|report|chart)[ \t]by:?|entered:|(?:pcr |note )?author:?|evv id:?|portal(?: user(?:name)?)?:|(?:proxy |patient |her |his |my )?account)[ \t]{1,2}([A-Za-z][A-Za-z0-9._]{3,30})(?=[ \t]*(?:\(|[.,;]?[ \t]*[\r\n]|[.,;]?[ \t]*$|[.,;][ \t]|[|\])]|[ \t]\d{1,2}[/:-][\dA-Za-z]|[ \t]\d{4}\b))/dgi;
const LOGIN_BY_ITS_SHAPE = /\([ \t]?([A-Za-z]{5,16}\d{0,2})[ \t]?\)|\b(?:BY|by|By|acct|ACCT|Acct|badge|BADGE|Badge)[ \t]{0,2}:?[ \t]{1,2}([A-Za-z]{5,16}\d{0,2})(?![\w@\/'’-]|\.\w)|(?:^|[ \t])-[ \t]?([a-z]{5,16}\d{0,2})(?=[ \t]*(?:\(|$))/dgm;

/**
 * "tsimmons3", "TWOODS1", "ohaddadp", "KBRANDT2": one or two initials, a surname, perhaps a last initial and a number,
 * in one case throughout. In capitals without a number it must follow "by" (`capitalsAllowed`), where "BY MOUTH" and
 * "BY PHONE" are words.
 */
function loginMadeOfASurname(login: string, capitalsAllowed: boolean): boolean {
  const letters = login.replace(/\d+$/, '');
  const lower = letters === letters.toLowerCase();
  if (!lower && (letters !== letters.toUpperCase() || (letters.length === login.length && !capitalsAllowed))) return false;
  const key = letters.toUpperCase();
  if (isKnownWord(key) || CLINICAL_ABBREVIATIONS.has(key) || CREDENTIALS.has(key) || NEVER_NAMES.has(key)) return false;
  // Capitals without a number are the surest shape only: one initial and the surname ("BY OGLALA SIOUX" is a tribe).
  const plainCapitals = !lower && letters.length === login.length;
  for (const cut of plainCapitals ? [1] : [1, 2]) {
    for (const lastInitial of plainCapitals ? [0] : [0, 1]) {
      const rest = key.slice(cut, key.length - lastInitial);
      if (rest.length < 4 + lastInitial) continue;
      const info = wordInfo(rest);
      if (info.surname && info.surnameRank < 50_000 && (info.tier === 'name' || (info.tier === 'ambiguous' && cut === 1 && lastInitial === 0))) return true;
    }
  }
  return false;
}
const LOGIN_CLOSING_A_LINE = /(?:(?<![ \t])[ \t]{3,}|[ \t][-–—\/][ \t]{0,2}|\b(?:ROUTED TO|Routed to|ASSIGNED TO|Assigned to):[ \t]{1,2})([A-Z]{5,16}\d{0,2})(?=[ \t]*(?:$|[\r\n]))/dgm;
const NUMBERED_LOGIN_SIGNING = /(?:(?:^|[\r\n])[ \t]*(?:--?|\/)[ \t]{0,2}|[ \t]\/[ \t]{0,2}|\b(?:UNDER|under)[ \t]{1,2})([A-Za-z]{5,14}\d{1,3})(?=[ \t]*(?:[.,;)]|$|[\r\n]))/dg;
const LOGIN_WITH_AN_AFFIX = /(?<![\w.@\/-])(?:([A-Za-z]{2,5})_([A-Za-z]{5,16}\d{0,3})|([A-Za-z]{5,16}\d{0,3})_[A-Za-z]{2,6}\d{0,2})(?![\w@\/-]|\.\w)/g;
const DOMAIN_LOGIN = /(?<![\w\\\/.])([A-Z][A-Z0-9]{1,14})\\([A-Za-z](?:[A-Za-z0-9._-]{0,29}[A-Za-z0-9])?)(?![\w\\\/])/g;
const LOGIN_CUE_WORDS = ['scribe', 'assigned to', 'message from', 'ed by', 'report by', 'chart by', 'entered:', 'author', 'evv id', 'portal', 'account'];
/** A chat message's time: "07:42", "7:42:10 PM". */
const CHAT_TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?`;
const CHAT_SPEAKER = new RegExp(String.raw`(?:^|[\r\n])[ \t]*\[${CHAT_TIME}\][ \t]{1,2}@?([A-Za-z][A-Za-z0-9._-]{2,30})(?=:)`, 'dg');
/** A chat line after a bare time: the login, then a colon or the speaker's display name in brackets, capitalised. */
const CHAT_SPEAKER_AFTER_A_BARE_TIME = new RegExp(
  String.raw`(?:^|[\r\n])[ \t]*${CHAT_TIME}[ \t]{1,2}@?([a-z][a-z0-9._-]{2,30})(?=:[ \t]|[ \t]\([A-Z][A-Za-z'’.-]+[ \t][A-Z][^()\r\n]{0,40}\):)`,
  'dg',
);

/** "RN (murphyd)", "RN YUKI (MURPHYD)": a bracketed login after a credential or a credential and the signer's name. */
const USERNAME_AFTER_CREDENTIAL = /\b(?:RN|MD|NP|LPN|LVN|PA-C|BSN|FNP-C|ANP|DO|PharmD|RPh|CNA|MSW|LICSW)(?:[ \t]{1,2}[A-Z][A-Za-z'’-]{1,30}|,[ \t]{1,2}[A-Z]{2,6}(?:-[A-Z]{1,2})?){0,3}[ \t]{0,2}\([ \t]{0,2}([A-Za-z][A-Za-z0-9._-]{2,30})[ \t]{0,2}\)/g;
const USERNAME_LABEL = /\b(?:user ?name|user ?id|net ?id|network ?id|login|log-in|portal user|user)(?![A-Za-z])[ \t]{0,2}[:#]?[ \t]{0,2}(?=[A-Za-z0-9._-]{0,30}[\d._]|[a-z]{3,30}\b)([A-Za-z][A-Za-z0-9._-]{2,30})/gi;
/** "pdesai.sup", "REGCLERK_TLOPEZ": a login joined by a dot or an underscore, letters before it and after it (not "E10.10"). */
const DOTTED_LOGIN = String.raw`(?:[A-Za-z]{2}[A-Za-z0-9]{0,14}[._](?=[A-Za-z0-9]{0,14}[A-Za-z])[A-Za-z0-9]{2,15}|[A-Za-z]{4,16}_\d{1,4}|[A-Za-z][._][A-Za-z]{3,12}\d{1,3})`;
const DOTTED_LOGIN_ALONE = new RegExp(`^${DOTTED_LOGIN}$`);
/**
 * "rscott.cvh", "REGCLERK_TLOPEZ", "j.smith2" and not "vs.baseline", "Rt.side", "CT_abd", "approx.2cm": a login opens with
 * a word no dictionary or list of abbreviations has (or an initial before a numbered surname), and goes on with a letter.
 */
function plausibleDottedLogin(login: string): boolean {
  if (!DOTTED_LOGIN_ALONE.test(login) || WEB_OR_FILE_ENDING.test(login)) return false;
  const [first, second] = login.split(/[._]/);
  const word = (part: string) => isKnownWord(part.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(part.toUpperCase()) || CREDENTIALS.has(part.toUpperCase());
  // "TAYBUCKETS_3", "kayla_2009": after an underscore a number may follow a login of its own; "home_alone", "RATE_2" are words.
  if (login.includes('_') && /^[A-Za-z]{4,}$/.test(first) && !word(first)) return true;
  if (!/^[A-Za-z]/.test(second ?? '')) return false;
  if (first.length === 1) return /\d$/.test(login);
  return first.length >= 4 && !word(first);
}
/** What a dotted word is when it is no login: an address on the web or a file. */
const WEB_OR_FILE_ENDING = /\.(?:com|org|net|edu|gov|io|us|uk|ca|pdf|docx?|txt|csv|xlsx?|jpe?g|png|html?)$/i;
/** "(@TAYBUCKETS_3)", "@lucyy.eche": a handle after an at sign; '@' alone is also shorthand for "at" ("@HOME", "@HS"). */
const AT_HANDLE = /(?<![\w.@/])@([A-Za-z][A-Za-z0-9._]{2,29}[A-Za-z0-9])(?![\w@-]|\.[A-Za-z])/g;
/** Apps by name: "DM" (diabetes), "FB" (a foreign body), "SNAP" (food benefits) and "handle" say nothing on their own. */
const SOCIAL_WORD_ON_LINE = /\b(?:instagram|snapchat|tiktok|twitter|facebook|discord|reddit|telegram|venmo|whatsapp|kik|tinder|grindr|youtube|twitch|roblox|social media)\b/i;
/**
 * "Electronically signed 03/20/2025 16:42 by rquinta2", "ENTERED BY: MREYES07", "ORDER VERIFIED: TMBOATENG2", "Received
 * 8/20/25 by cbrandt": the system login of whoever recorded, signed or checked an entry, on the same line.
 */
const RECORD_ACTIONS = ['entered', 'signed', 'received', 'verified', 'reviewed', 'documented', 'charted', 'scanned', 'transcribed', 'approved', 'modified', 'printed', 'exported', 'created', 'updated', 'generated', 'uploaded', 'administered', 'collected', 'witnessed', 'cosigned', 'written'];
const LOGIN_AFTER_RECORD_ACTION = new RegExp(
  String.raw`\b(?:${RECORD_ACTIONS.join('|')})\b(?:[^\n]{0,32}?[ \t](?:by|BY|By)\b[ \t]{0,2}:?|[ \t]{0,2}:)[ \t]{1,3}([a-z]{3,12}\d{0,3}|[A-Z]{3,12}\d{1,3}|${DOTTED_LOGIN})(?![\w.@/-])`,
  'gi',
);
/** 'FROM THE ACCOUNT "BRAYY_504"', "her Instagram @lucyy.eche": a social-media handle, a dot or an underscore inside it. */
const SOCIAL_HANDLE = /\b(?:account|handle|screen ?name|gamertag|instagram|insta|ig|snapchat|tiktok|facebook|fb|twitter|discord|reddit|telegram|venmo|xbox|psn)\b(?:[ \t]{1,2}(?:as|is|account|handle|name))?[ \t]{0,2}[:#(,]?[ \t]{0,2}["“]?(@?[A-Za-z0-9][A-Za-z0-9._]{2,30}[A-Za-z0-9])(?![\w@-])/gi;
const SOCIAL_HANDLE_WORDS = ['account', 'handle', 'screen', 'gamertag', 'insta', 'ig', 'snapchat', 'tiktok', 'facebook', 'fb', 'twitter', 'discord', 'reddit', 'telegram', 'venmo', 'xbox', 'psn'];
/** "Hunter green sputum", "Rose-tinged": a colour word before a body substance is not a name. */
const COLOUR_OF_A_SUBSTANCE = /(?:green|brown|white|black|gray|grey|red|rose|yellow|pink|rust|amber|straw)[ -]{1,2}(?:colou?red[ -])?(?:sputum|stool|stools|urine|drainage|discharge|fluid|emesis|secretions|tinged|rash|skin|output|bile|mucus|phlegm)\b/i;

/** A whole line of two or three capitalised words, optionally with initials; tokens are checked after. */
const NAME_ONLY_LINE = /(?:^|[\r\n])[ \t]{0,4}((?:\p{Lu}[\p{L}'’-]{0,30}\.?[ \t]{1,2}){1,2}\p{Lu}[\p{L}'’-]{1,30})[ \t]*(?=[\r\n]|$)/gu;
const AFTER_NAME_CUES: ReadonlyArray<[RegExp, Role, 'anywhere' | 'sentence', string]> = [
  [/^\s{0,2}\(\s{0,2}(?:(?:foster|adoptive|birth|bio|biological|ex-?)[ \t]?)?(?:son|daughter|wife|husband|spouse|partner|mother|mom|father|dad|sister|brother|friend|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|HCP|proxy|guardian|caregiver|neighbou?r|fianc[eé]e?|boyfriend|girlfriend|common-law (?:wife|husband|partner)|clw|primary caregiver|gf|bf|dtr|sis|bro|husb|dil|sil|mil|fil|gd|gs|step-?(?:dtr|daughter|son|mother|father|mom|dad)|(?:son|daughter|mother|father|brother|sister)-in-law|grandma|grandpa|godmother|godfather|roommate|landlord|landlady|POA)\b/i, 'RELATIVE', 'anywhere', 'name before a relation word in brackets'],
  [/^\s{0,2}\(\s{0,2}(?:clinical pharmacist|pharmacist|staff chaplain|chaplain|social worker|case manager|interpreter|dietitian|nurse navigator|care coordinator|sw|ot|pt|pct|cna|mhw|mht|charge|charge rn|rt|slp|pta|(?:rehab|therapy|nursing|patient care|home health|resident) aide|rehab tech|pharmacy tech|scheduler|front desk|receptionist|registrar|unit clerk|unit secretary|transporter|scribe|lpn|lvn|rn|np|cma|rma)\s{0,2}\)/i, 'DOCTOR', 'anywhere', 'name before a role in brackets'],
  // "NIGHT FLOAT: BUCK WHIPPLE (BEEPER 9-0934)", "Gene Hassan (p 370-2471)": a pager or extension in brackets.
  [/^\s{0,2}\(\s{0,2}(?:beeper|pager|pgr|pg|p|ext|x)\.?\s{0,2}#?\s{0,2}\d[\d-]{2,}\s{0,2}\)/i, 'DOCTOR', 'anywhere', 'name before a pager number in brackets'],
  [/^\s{0,2}\(\s{0,2}(?:goes by|aka|a\.k\.a\.?|known as|prefers)\b/i, 'PATIENT', 'anywhere', "name before '(goes by'"],
  // "Absent: Man Kit (excused)": a group member marked absent.
  [/^\s{0,2}\(\s{0,2}(?:excused|unexcused|no[- ]show|left early)\s{0,2}\)/i, 'PATIENT', 'anywhere', 'name before (excused)'],
  [/^\s{1,3}(?:is\s{1,2})?(?:aware|notified|paged|informed(?! consent)|made aware|called back|at bedside|updated)\b/i, 'DOCTOR', 'anywhere', "name before 'aware' or 'notified'"],
  // Verbs only people take: "Tomomi is from ...", "Alvir spent a year ...", "Shovda shouted".
  [/^\s{1,3}(?:is from|was from|comes from|came from|spent|shouted|began (?:writing|publishing|painting|singing|studying|teaching|his|her|their)|lives|lived|had given|said|told|asked|replied|works|worked|grew up|was born|married|moved|wants|wanted|thinks|believes)\b/i, 'PATIENT', 'sentence', 'name before a verb only people take'],
  // "Shovda is very reliable", "Maria is pleasant and cooperative": traits said only of people.
  [/^\s{1,3}(?:is|was)\s{1,2}(?:(?:very|so|always|really|quite|extremely)\s{1,2})?(?:reliable|dependable|trustworthy|kind|friendly|polite|charming|helpful|talented|hard-?working|honest|funny|loyal|punctual|pleasant|cooperative)\b/i, 'PATIENT', 'sentence', 'name before a trait only people have'],
  // "Warrane, can I please speak to your boss?": a name addressed at the start of a sentence.
  [/^,\s{1,2}(?:can|could|would|will|please|do|did|are|have|thank)\b/i, 'PATIENT', 'sentence', 'name addressed at a sentence start'],
  [/^\s{1,3}(?:reports|reported|states|stated|denies|denied|complains|endorses|presents|presented|rpeorts|says|feels|notes)\b/i, 'PATIENT', 'sentence', "name before 'reports' or 'denies'"],
  [/^(?:,?\s{1,3}\(?\s{0,2}(?:MRN|DOB|D\.O\.B|Med Rec|#\s?\d{3})|,?\s{0,3}\(\s{0,2}(?:MRN|DOB|D\.O\.B|\d{3,5}-\d{2,4}(?:-\d{1,4})?\)|\d{5,12}\s{0,2}\)|(?=[A-Z\d]{0,4}\d{4})[A-Z\d]{5,12}\s{0,2}\))|\s{1,2}\d{7,12}(?=\s{0,2}[,;]))/i, 'PATIENT', 'anywhere', 'name before a record number or birth date'],
];

/** All the cues in one expression: most words are followed by none, and one test is cheaper than five. */
const ANY_AFTER_NAME_CUE = new RegExp(`^(?:${AFTER_NAME_CUES.map(([pattern]) => pattern.source.replace(/^\^/, '')).join('|')})`, 'i');

/** Before "aware", "reports" or "(MRN": name-list words, unknown words, never role or function words. */
function afterCueNamePart(t: Token): boolean {
  // "PARK, DAWN T #9843841": a middle initial ends the name before the record number.
  if (t.shape === 'initial') return true;
  if ((t.shape === 'lower' && !t.capsLine) || t.acronym || t.key.length < 2) return false;
  // "DTR AT BEDSIDE", "HUSB NOTIFIED": a relation word is who, not the name.
  if (NEVER_NAMES.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key) || ROLE_BEFORE_CREDENTIAL.has(t.key) || t.info.tier === 'word') return false;
  // "TX HEPATOLOGY AWARE": a service, not a person; "CIWA-AR NOTES": a scale, not a person ("ANA-MARIA" is a name).
  if (SPECIALTY_ENDING.test(t.key) && t.info.tier !== 'name') return false;
  if (/^[A-Z]{3,}-[A-Z]{1,3}$/.test(t.key) && CLINICAL_ABBREVIATIONS.has(t.key.slice(0, t.key.indexOf('-'))) && !wordInfo(t.key.slice(t.key.indexOf('-') + 1)).firstName) return false;
  if (t.info.tier === 'name') return true;
  if (t.info.tier === 'ambiguous') return t.info.commonRank === undefined || t.info.commonRank > 800;
  return !isKnownWord(t.key);
}

type Take = (from: number, to: number, role: Role, confidence: number, reason: string) => void;

/**
 * "Marrero and Murphy", "Drs. Smith, Jones and Brown", "they had 6: silvana, adam, ... and caleb": in a list of
 * single words joined by commas and "and", name-list words vouch for the other items being names too.
 */
function findCoordinatedNames(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  // Evidence is a word of the name lists only: a brand unknown to the dictionaries, even one a weak cue
  // took for a name ("with Kerlix and Ace wrap"), vouches for nothing.
  const evidence = (k: number) => tokens[k].info.tier === 'name' && !tokens[k].acronym;
  const nameable = (k: number) =>
    !CREDENTIALS.has(tokens[k].key) && !CLINICAL_ABBREVIATIONS.has(tokens[k].key) && !KIN_BEFORE_NAME.has(tokens[k].word) && !RELATION_CUES.has(tokens[k].key) &&
    (evidence(k) || listedName(tokens[k]) || eponymSurnameInName(text, tokens[k]) || unknownCapitalised(tokens[k]) || (tokens[k].capsLine && tokens[k].info.tier === 'unknown' && !isKnownWord(tokens[k].key)));
  const itemShape = (k: number) => tokens[k].shape === 'capitalised' || (tokens[k].capsLine && tokens[k].shape !== 'initial');
  for (let k = 0; k < tokens.length; k++) {
    if (!itemShape(k)) continue;
    // Collect the list: item (", " item)* ((",")? " and " item)?
    const items = [k];
    let last = k;
    for (;;) {
      const next = listContinuation(text, tokens, last);
      if (next < 0 || !itemShape(next)) break;
      items.push(next);
      last = next;
      if (isAnd(tokens[next - 1])) break;
    }
    k = last;
    if (items.length < 2 || !items.some((i) => isAnd(tokens[i - 1]))) continue;
    const named = items.filter(evidence).length;
    if (named === 0 || (items.length > 2 && named < 2 && items.length - named > 1)) continue;
    if (items.some((i) => !nameable(i)) || isEponymUse(text, tokens[last])) continue;
    // In capitals or lower case, only a list that is mostly names: drug lists are written there too.
    if (tokens[items[0]].capsLine && named * 2 < items.length) continue;
    // "roy and see", "burger and wine": there, a word of everyday clinical prose beside one name is the word.
    if (tokens[items[0]].capsLine && items.some((i) => !evidence(i) && (tokens[i].info.commonRank ?? Infinity) < 3000)) continue;
    for (const i of items) if (!claimed[i] && !(i === items[0] && tokens[i].sentenceStart && !evidence(i) && items.length === 2)) take(i, i + 1, 'PATIENT', 0.6, 'name listed with other names');
  }
}

/** Credentials a signer writes after the name; PT, OT, DO, PA and RD are left out, being words or abbreviations too. */
const SIGN_OFF_CREDENTIAL = String.raw`(?:RN|LPN|LVN|CNA|CRNA|PA-C|NP|APRN|FNP(?:-C|-BC)?|PMHNP(?:-BC)?|ANP(?:-BC)?|ACNP(?:-BC)?|RT|RRT|CRT|LCSW|LICSW|LMSW|MSW|MD|M\.D\.?)`;
/**
 * "; STONE RRT", "| Triage RN: CXA LPN", "general, LANE, MAY CRNA", "-- PHP LPN", "C. Day PA-C": at a line, clause
 * or field start, one or two words (or "Last, First I") then a credential that ends the line or comes before
 * a further credential, a date, a time or a pager number. Every word there is the signer's, even common ones.
 */
const SIGN_OFF = new RegExp(
  String.raw`(?:^|[\n;|/:,]|(?<=\p{Ll})\.|--|\bby)[ \t]{0,3}((?:[A-Z]\.[ \t]?){0,2}[A-Z][A-Za-z'’-]{1,30}(?:,[ \t]{0,2}[A-Z][A-Za-z'’-]{1,30}(?:[ \t][A-Z]\.?)?|[ \t](?:[A-Z]\.[ \t])?[A-Z][A-Za-z'’-]{1,30})?),?[ \t]{1,2}${SIGN_OFF_CREDENTIAL}` +
    String.raw`(?=[ \t]{0,2}(?:$|[\r\n;|(]|,[ \t]{0,2}(?:[A-Z]{2,5}\b|\d)|[ \t]\d|[ \t]X\d|[ \t][A-Z][A-Za-z]{2,8}[ \t]\d))`,
  'gmu',
);
/** The words from `i` on read as a complaint: a clinical word that no name list holds within the next four. */
function chiefComplaintAt(text: string, tokens: Token[], i: number): boolean {
  const lineEnd = nextLineEnd(text, tokens[i].start);
  for (let k = i; k < Math.min(tokens.length, i + 4) && tokens[k].start < lineEnd; k++) {
    const info = tokens[k].info;
    if ((info.clinicalWord || CLINICAL_ABBREVIATIONS.has(tokens[k].key)) && !info.firstName && !info.surname) return true;
  }
  return false;
}

function inflectionOfAKnownWord(key: string): boolean {
  const stem = /(?:ING|ED|ES|S)$/.exec(key);
  return stem !== null && key.length - stem[0].length >= 3 && (isKnownWord(key.slice(0, key.length - stem[0].length)) || isKnownWord(key.slice(0, key.length - 1)));
}

/** Tokens i and i+1, joined by a space or a comma, are a first name or surname each, no frequent word of clinical prose, one of them only a name. */
function namePairAt(text: string, tokens: Token[], i: number): boolean {
  if (i + 1 >= tokens.length || !joinable(text, tokens, i, i + 1)) return false;
  const part = (t: Token) => {
    if (t.acronym || t.startsDate || t.key.length < 2 || NEVER_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key)) return false;
    if (t.shape === 'lower' && !t.capsLine) return false;
    // "PT SPEAKS NAVAJO": an inflected form of a dictionary word is the word.
    if (t.info.tier === 'unknown') return !isKnownWord(t.key) && !inflectionOfAKnownWord(t.key);
    if (t.info.tier !== 'name' && inflectionOfAKnownWord(t.key)) return false;
    return (t.info.firstName || t.info.surname) && t.info.tier !== 'word' && (t.info.tier === 'name' || t.info.commonRank === undefined || t.info.commonRank > 800);
  };
  // One of the two must be nothing but a name: "HOPE DELACROIX" yes, "FRANK ROSE" (two words of prose) no.
  const strong = (t: Token) => t.info.tier === 'name' || (t.info.tier === 'unknown' && !isKnownWord(t.key));
  return part(tokens[i]) && part(tokens[i + 1]) && (strong(tokens[i]) || strong(tokens[i + 1]));
}

/** Shift and role words written before a credential: "NIGHT RN", "CHARGE RN", "TRIAGE RN". */
const ROLE_BEFORE_CREDENTIAL = new Set(['CODE', 'RAPID', 'RESPONSE', 'SEDATION', 'TRANSPORT', 'FLIGHT', 'SUPERVISING', 'HOUSE', 'NIGHT', 'NIGHTS', 'DAY', 'DAYS', 'EVENING', 'EVE', 'NOC', 'CHARGE', 'TRIAGE', 'PRIMARY', 'FLOAT', 'POOL', 'STAFF', 'TRAVEL', 'AGENCY', 'RESOURCE', 'HOSPICE', 'INFUSION', 'WOUND', 'CASE', 'SCHOOL', 'OFFICE', 'CLINIC', 'FLOOR', 'UNIT', 'TEAM', 'BEDSIDE', 'ADMITTING', 'RECEIVING', 'SENDING', 'ACCEPTING', 'ONCOMING', 'OUTGOING', 'REPORTING', 'COVERING', 'FOLLOWING', 'VISITING', 'HOME', 'NURSE', 'STUDENT', 'NEW', 'ICU', 'ED', 'ER', 'OR', 'ORIENTEE', 'PRECEPTOR', 'PRECEPTEE', 'GRAD', 'NOCS', 'NOCTURNAL', 'SCRUB', 'CIRCULATING', 'WOC', 'WOCN', 'HD', 'CVICU', 'NICU', 'PICU', 'SICU', 'MICU', 'CICU', 'CCU', 'PACU', 'NSICU', 'TICU', 'CTICU', 'MSICU', 'LTACH', 'PEDS', 'CARDS', 'ORTHO', 'NEURO', 'SURGERY', 'PSYCH', 'RENAL', 'PULM', 'ONC', 'GI', 'GYN', 'OB']);

/**
 * "wife: Temperance.", "NIECE TEMPERANCE AT 23 OLD COLONY RD", "NEPHEW, LANE - +1 (235)", "husband Lane called": a relation word,
 * then a first name (even one that is an English word), then the end of the phrase: punctuation, a phone number,
 * "at"/"in" an address, or a verb of calling or visiting.
 */
const AFTER_RELATIVE_NAME = /^(?:[ \t]{0,2}(?:[.;,)]|[-–][ \t]|\(?\+?\d)|[ \t]{1,2}(?:at|AT)[ \t]{1,2}\d|[ \t]{1,2}(?:called|calls|visited|visits|reports|reported|states|stated|is|was|CALLED|CALLS|VISITED|VISITS|REPORTS|REPORTED|STATES|STATED|IS|WAS)\b|[ \t]*$)/;

/** Words that label the number after them ("SON, PHONE 626…"), never a name. */
const CONTACT_LABEL = /^(?:PHONE|PH|TEL|TELEPHONE|CELL|MOBILE|MOB|HOME|WORK|FAX|PAGER|BEEPER|NUMBER|NUM|EXT|OFFICE|EMAIL|CONTACT|DAYTIME|DAY|NIGHT|EVENING|LANDLINE|WHATSAPP)$/;
const VISITOR_AFTER_RELATIVE_NAME = /^[ \t]{1,2}(?:@|AT|at)[ \t]{1,2}(?:BEDSIDE|bedside)\b|^[ \t]{1,2}(?:IN TO VISIT|VISITED|VISITING|AT BEDSIDE|in to visit|visited|visiting)\b/;
const CONTACT_AFTER_RELATIVE_NAME = /^(?:[ \t]{0,2}[-–,]?[ \t]{0,2}(?:\+\d{1,3}[ \t]?)?\(?\d{3}\)?[ \t.-]?\d|[ \t]{1,2}(?:at|AT)[ \t]{1,2}\d)/;

/** First letters of the relation words, either case: most words are ruled out before their key is built. */
const RELATION_FIRST_LETTERS = new Set([...RELATION_CUES].flatMap((w) => [w.charCodeAt(0), w.toLowerCase().charCodeAt(0)]));

function mayBeRelationWord(t: Token): boolean {
  return RELATION_FIRST_LETTERS.has(t.word.charCodeAt(0)) || t.word.charCodeAt(0) > 127;
}

/**
 * "Sponsor: Halvorsen Therapeutics", "Study sponsor Novartis": a trial's sponsor is a company; an AA sponsor is named
 * without a colon, and no study or trial stands before the word.
 */
const SPONSOR_AT_END = /\bsponsor[ \t]{0,2}:?[ \t]{0,3}$/i;

function trialSponsor(text: string, sponsorStart: number, nameStart: number): boolean {
  return text.slice(sponsorStart, nameStart).includes(':') || /\b(?:study|trial|protocol|STUDY|TRIAL|PROTOCOL|Study|Trial|Protocol)[ \t]{1,2}$/.test(text.slice(Math.max(0, sponsorStart - 12), sponsorStart));
}

function findRelativeFirstNames(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // Lower-case words in mixed case are never taken below; skipping them first saves the lookups.
    if (t.shape === 'lower' && !t.capsLine) continue;
    if (claimed[i] || !mayBeRelationWord(tokens[i - 1]) || !RELATION_CUES.has(tokens[i - 1].key) || tokens[i - 1].key === 'CONTACT' || tokens[i - 1].key === 'CLIENT') continue;
    if (!/^[ \t]{0,2}[:,]?[ \t]{1,2}$/.test(text.slice(tokens[i - 1].end, t.start))) continue;
    if (tokens[i - 1].key === 'SPONSOR' && trialSponsor(text, tokens[i - 1].start, t.start)) continue;
    if (t.acronym || t.startsDate || CLINICAL_ABBREVIATIONS.has(t.key) || CREDENTIALS.has(t.key)) continue;
    // "EX LAP 2019", "EX FIX": surgery and its hardware after the prefix, not a former partner.
    if (tokens[i - 1].key === 'EX' && /^(?:LAP|FIX|FIXATOR|SMOKER|SMOKERS|DRINKER)$/.test(t.key)) continue;
    // "WITH CHAPLAIN, CHAPLAIN VISITED", "MOB AND FOB VISITED": another relation word, or a verb, is no name.
    if (RELATION_CUES.has(t.key) || ROLE_OR_RELATION_BEFORE_NAME.has(t.word) || (!t.info.firstName && isKnownWord(t.key) && /(?:ED|ING)$/.test(t.key))) continue;
    // A phone number or an address right after ("NEPHEW, LANE - +1 (235)…", "wife Lyrica - 796…") makes the word a
    // name whatever else it is (a street word, a drug), unless it is one of the most frequent words ("wife at 555…").
    const contactFollows = !CONTACT_LABEL.test(t.key) && CONTACT_AFTER_RELATIVE_NAME.test(text.slice(t.end, t.end + 16));
    const frequent = t.word.length <= 2 || (t.info.commonRank !== undefined && t.info.commonRank < 300);
    // "NIECE MARIGOLD @ BEDSIDE", "WIFE TEMPERANCE VISITED": what a visitor does after the word makes it a name.
    const visitorFollows = !t.info.clinicalWord && VISITOR_AFTER_RELATIVE_NAME.test(text.slice(t.end, t.end + 24));
    if (t.info.clinicalWord && !contactFollows) continue;
    // In capitals only a first name that is no frequent word ("SON MAY CALL" is no name); in mixed case a
    // capitalised word mid-sentence, also one the name lists lack ("wife: Temperance.").
    if (t.capsLine && t.shape !== 'capitalised') {
      if (t.shape === 'initial') continue;
      if (contactFollows ? NEVER_NAMES.has(t.key) && frequent : !(t.info.firstName || visitorFollows) || NEVER_NAMES.has(t.key) || (t.info.commonRank !== undefined && t.info.commonRank < 800)) continue;
    } else {
      if (t.shape !== 'capitalised') continue;
      if (contactFollows ? NEVER_NAMES.has(t.key) && frequent : !(t.info.firstName || t.info.tier === 'unknown') || (NEVER_NAMES.has(t.key) && !t.info.firstName)) continue;
    }
    const end = i + 1 < tokens.length && joinable(text, tokens, i, i + 1) && tokens[i + 1].info.tier === 'name' && tokens[i + 1].info.surname ? i + 2 : i + 1;
    if (!AFTER_RELATIVE_NAME.test(text.slice(tokens[end - 1].end, tokens[end - 1].end + 16)) && !visitorFollows) continue;
    take(i, end, 'RELATIVE', 0.85, 'first name after a relation word, ending the phrase');
  }
}

/** "Ms. St. Clair", "Dr. Ste. Marie": a saint's-name surname after a title. */
const TITLE_AND_SAINT_SURNAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|MR|MRS|MS|MISS|DR)\.?[ \t]{1,2}((?:St|Ste|Saint|ST|STE|SAINT)\.?[ \t]{0,2}[A-Z][A-Za-z'’-]{1,30})/g;

function findSaintSurnames(text: string, found: Candidate[]): void {
  for (const m of matchesOf(TITLE_AND_SAINT_SURNAME, text)) {
    const start = m.index + m[0].length - m[1].length;
    const doctor = /^D/i.test(m[0]);
    found.push(candidate(start, start + m[1].length, 'NAME', doctor ? 'DOCTOR' : 'PATIENT', 0.95, doctor ? 'clinician title before the name' : 'courtesy title before the name'));
  }
}

/**
 * A relation or care-team role in brackets right after a word: "WILL (GS)", "MIRACLE (DTR)", "Small (hospitalist)".
 * Nursing notes write family and covering clinicians this way, and the bracket vouches for words that are also
 * ordinary ones (Will, Hope, Price, Small).
 */
/** Family members and the people who stand in for them, as the cues below name them. */
const FAMILY_WORD = String.raw`wife|husband|spouse|partner|son|daughter|mother|father|mom|dad|sister|brother|niece|nephew|aunt|uncle|cousin|grandson|granddaughter|grandmother|grandfather|stepson|stepdaughter|guardian|friend|neighbou?r|hcp|proxy|poa|caregiver|fianc[eé]e?`;
const BRACKETED_RELATION = new RegExp(String.raw`^[ \t]{0,2}\([ \t]{0,2}(?:(?:his|her|their|pt's|pt’s|patient's|patient’s)[ \t]{1,2})?(?:dtr|dau|sis|bro|gs|gd|gson|gdau|gm|gma|gpa|husb|neph|s\/o|sig other|step-son|step-daughter|${FAMILY_WORD})\)`, 'i');
const BRACKETED_ROLE = /^[ \t]{0,2}\([ \t]{0,2}(?:hospitalist|attending|resident|intern|fellow|charge rn|charge nurse|anesthesia|anesthesiologist|surgeon|covering|on[ -]?call|pcp|interpreter|chaplain)\)/i;
/** Words after which a bracketed role may follow even a clinical word: "ACCEPTING MD HEART (HOSPITALIST)". */
const PERSON_WORD_BEFORE = /\b(?:md|dr|per|paged|page|with|to|by|called|notified)[ \t.:]{1,3}$/i;
/** "- Ludmila, granddaughter", "- LANCE VAN DEN HEUVEL, SON": a list line of a name, a comma and the relation. */
const COMMA_RELATION_AT_LINE_END = new RegExp(String.raw`^,[ \t]{0,2}(?:legal guardian|health care proxy|health care agent|emergency contact|roommate|boyfriend|girlfriend|${FAMILY_WORD})\b[^\n\r]{0,40}(?:$|[\r\n])`, 'i');
/** A quoted nickname: "Bud", “POPS”. */
const QUOTED_WORD = /["“]([A-Z][A-Za-z'’-]{1,20}(?: [A-Z][A-Za-z'’-]{1,20})?)["”]/g;
/**
 * Latin capitals and letters (with the Vietnamese and combining accents) for the newer expressions: a name written
 * in another script is not what these rules look for, and a short class compiles and runs far faster than \p{L}.
 */
const LATIN_CAPITAL = String.raw`[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]`;
const LATIN_LETTER = String.raw`[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F]`;
/** "(goes by TIGER)", "likes to be called \"SARGE\"", "under the name \"Lucky\"", "(\"Tater\" to friends)": a nickname, whatever word it is. */
const NICKNAME_PHRASE = new RegExp(
  String.raw`\b(?:goes by|going by|known as|likes to be called|prefers to be called|wants to be called|asks to be called|under the name|a\.?k\.?a\.?)[ \t:]{1,3}["“']?(${LATIN_LETTER}[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F'’-]{1,20}(?: ${LATIN_LETTER}[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F'’-]{1,20})?)(?=["”']|[ \t]*[),.;]|[ \t]*$)` +
    String.raw`|["“](${LATIN_CAPITAL}[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F'’-]{1,20}(?: ${LATIN_CAPITAL}[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F'’-]{1,20})?)["”][ \t]{1,2}to[ \t]{1,2}(?:his |her |their )?(?:friends|family|everyone)\b`,
  'dgim',
);
/** Partners, step-parents and peers named by a quoted nickname: 'GIRLFRIEND "PEACHES"', 'stepfather "Bubba"', 'his "road dog" "Pokey"'. */
const NICKNAMED_PERSON = String.raw`girlfriend|boyfriend|gf|bf|stepfather|stepmother|stepdad|stepmom|roommate|peer|buddy|coworker|co-worker|landlord|road dog|dealer`;
const NICKNAME_CUE_BEFORE = new RegExp(String.raw`\b(?:${FAMILY_WORD}|${NICKNAMED_PERSON}|sponsor|patient|pt|goes by|known as|aka|a\.k\.a\.|nickname|per)["”]?[ \t,:]{1,3}$`, 'i');
/** "STANISLAV P. (IN PERSON)", "Itzel E.": a first name and an initial with its period, as crews and staff sign. */
const INITIAL_WITH_PERIOD_AFTER = /^[ \t][A-Z]\.(?![A-Za-z.])/;
/** Initials as a signature before credentials: "SJS MS, RDN", "DCH PTA", "AXP DMD" at a line start or after "CREW:" or "/". */
const INITIALS_BEFORE_CREDENTIALS = /(?:^|([\r\n])|\bCREW:?|\bcrew:?|\/|[.;:][ \t])[ \t>*-]{0,3}([A-Z]{2,3}),?[ \t]{1,2}(?:MS|MSN|BSN|RN|LPN|LVN|CNA|NP|PA|PA-C|MD|DO|DMD|DDS|OD|RD|RDN|LD|LDN|PT|PTA|DPT|OT|OTR|OTR\/L|COTA|SLP|CCC-SLP|RRT|RT|LCSW|LICSW|LMHC|MSW|CCRN|PHARMD|RPH|EMT|EMT-P|PARAMEDIC)(?:,?[ \t]{1,2}(?:MS|MSN|BSN|RN|RD|RDN|LD|LDN|CCRN|CDCES|CDE|PHD|PhD|Ph\.D\.|MPH|DPT|CCC-SLP))*(?=[ \t]*(?:$|[\r\n\/(;&,]|\d)|[ \t]{1,2}(?:FOR|for)[ \t]{1,2}(?:DR|Dr)\b)/dg;
/** "STAFF (VELVET)", "charge RN (Leila)": a lone word in brackets after a staff word is that person's name. */
const NAME_IN_BRACKETS_AFTER_STAFF =
  /\b(?:[Ss]taff|STAFF|[Nn]urse|NURSE|RN|LPN|CNA|PCT|MA|[Tt]ech|TECH|[Cc]harge|CHARGE|[Aa]ide|AIDE|[Ss]itter|SITTER|[Dd]esk|DESK|[Ss]cheduler|SCHEDULER|[Ss]cheduling|SCHEDULING|[Rr]eception(?:ist)?|RECEPTION(?:IST)?|[Ss]ecretary|SECRETARY|[Cc]lerk|CLERK|[Tt]ransport(?:er)?|TRANSPORT(?:ER)?|[Ii]nterpreter|INTERPRETER|[Dd]ispatcher|DISPATCHER|[Cc]oordinator|COORDINATOR|[Pp]harmacist|PHARMACIST|RPh|RPH|[Dd]river|DRIVER|[Ee]scort|ESCORT|[Cc]haplain|CHAPLAIN|[Vv]olunteer|VOLUNTEER)[ \t]{0,2}\([ \t]{0,2}(\p{Lu}[\p{L}'’-]{1,20})[ \t]{0,2}\)/gu;
/** "Ana (MA)", "LORNA (RN)", "DWAYNE (PEER)": a name with the bearer's role in brackets after it. */
const NAME_BEFORE_BRACKETED_ROLE =
  /\b(\p{Lu}[\p{L}'’-]{1,20})[ \t]{0,2}\((?:RN|LPN|LVN|MA|CMA|CNA|PCT|NP|PA|PA-C|MD|PT|PTA|OT|COTA|RT|RRT|SW|LCSW|MSW|CM|RD|SLP|PharmD|PHARMD|RPh|RPH|EMT|medic|MEDIC|peer|PEER|sitter|SITTER|tech|TECH|scribe|SCRIBE|interpreter|INTERPRETER|chaplain|CHAPLAIN|charge|CHARGE|charge RN|CHARGE RN|CNAS|aide|AIDE|stylist|STYLIST|EMT ON CALL|EMT on call)\)/gu;
/** "SIBLINGS BO (4YO) AND ITZEL (10 Y)", "KIDS SHAQUANA (9YO": a word with an age in brackets is a person. */
const BRACKETED_AGE = /^[ \t]{0,2}\([ \t]{0,2}\d{1,2}[ \t]{0,2}(?:yo|y\/o|y|yrs?|years?|mo|mos|months?)\b/i;
/** "Pt Mo seen in room": in mixed case, a capitalised word between "Pt" and what people do is the patient's name. */
const PT_BEFORE = /\b(?:Pt|Patient)[ \t]$/;
const PERSON_VERB_AFTER = /^[ \t]{1,2}(?:seen|is|was|states|stated|reports|reported|denies|tolerated|ambulated|presents|presented|arrived|agrees|agreed|declined|refused)\b/;
/** A sign-off login: the note's last word, alone or after a sentence end, shaped like a user name ("lkidd", "BLISSP6"). */
const TRAILING_LOGIN = /(?:^|([\r\n])|[.;][ \t]{1,2})[ \t]{0,3}([a-z]{3,14}\d{0,3}|[A-Z]{3,14}\d{0,3})[ \t]*(?:[\r\n][ \t\r\n]*)?$/d;

/** "R. SNOW DO", "E. Strong DO": an initial and a surname before an osteopath's credential in capitals. */
const INITIAL_SURNAME_DO = /\b([A-Z]\.[ \t]{1,2}[A-Z][A-Za-z'’-]{1,30}),?[ \t]{1,2}DO\b/g;
/** "-TPOPESCU", "ESIGNED rtraor": an e-signature login after a dash or a signing word at a line end. */
// The dash is glued to the login: "- HUNGER" at a line start is a list item.
// A lower-case login with digits may stand after a spaced dash ("- hmarsh2 (HIM)"); the signer's department may follow in brackets.
const SIGNATURE_LOGIN = /(?:^|[\r\n]|[ \t])(?:-(?=[A-Za-z])|-[ \t](?=[a-z]{3,14}\d)|(?:E-?SIGNED|e-?signed|ESIGNED|esigned):?[ \t]{1,2})([a-z]{4,14}\d{0,3}|[A-Z]{4,14}\d{0,3})(?=[ \t]*(?:[\r\n]|$)|[ \t]{1,2}\d|[ \t]{1,2}\([A-Z]{2,6}\)[ \t]*(?:[\r\n]|$))/g;
/** "VENKAT READY - SON", "BOBBY LEE FARAHANI - UNCLE": a name, a dash and the relation. */
const DASH_RELATION = new RegExp(String.raw`^[ \t]{1,2}[-–][ \t]{1,2}(?:${FAMILY_WORD})\b`, 'i');
/** "by O. Rice", "for O. KOVALENKO", "; S. WINTER ARRIVED": an initial and a surname after a clause start or a person word. */
// The context before is checked on the match: a lookbehind first would be tried at every character of the note.
const INITIAL_AND_SURNAME = /\b([A-Z])\.[ \t]{1,2}([A-Z][A-Za-z'’-]{1,30})\b/g;
/** "S. MALTOPHILIA", "C. KRUSEI", "S. LUGDUNENSIS": the species of a genus written by its initial. */
const SPECIES_ENDING = /(?:II|AE|EI|ENSIS|PHILIA|ATUM|ATUS|ICANS|IDIS|ORUM|OIDES|ALIS|IUM|OCA|ACIA|OSIS|ABRATA)$/;
/** Words of a culture's report, on whose line an initial and an unknown word are a genus and a species. */
const MICROBIOLOGY_WORD = /\b(?:CULTURE|CULTURES|CX|UCX|BCX|GROWTH|GREW|GROWING|ISOLATE|ISOLATED|ISOLATION|PRECAUTIONS|SUSCEPTIBLE|SENSITIVE|RESISTANT|COLONIES|COLONIZED|GRAM|SPECIES|SPP|MRSA|MSSA|VRE|ESBL|CRE|PCR|ORGANISM|ORGANISMS|INFECTION|BACTEREMIA|FUNGEMIA|PNEUMONIA|SWAB|MIC)\b/i;
function standsApartAsAPerson(text: string, initialStart: number, surnameEnd: number): boolean {
  const before = text.slice(Math.max(0, initialStart - 3), initialStart);
  if (/[\d%.][ \t]*$/.test(before)) return false;
  const after = text.slice(surnameEnd, surnameEnd + 12);
  // "T. BILI 3.4", "B. CARDENE 2.5 MG/HR": a reading or a dose follows a test's or a drug's name, not a person's.
  if (/^[ \t]{1,3}[<>]?\d+(?:\.\d+)?(?![\/-]\d)/.test(after)) return false;
  return /(?:^|[\r\n])[ \t]*$|[ \t]{2}$|\t$/.test(before) || /^(?:[ \t]*(?:$|[\r\n])|[ \t]{2}|\t|[ \t,]{1,2}\(?\d{1,2}[-\/]\d)/.test(after);
}
function surnameNoDictionaryHas(surname: Token): boolean {
  return surname.info.tier === 'unknown' && surname.key.length >= 4 && !isKnownWord(surname.key) && surname.shape !== 'lower' && /^\p{L}+(?:['’-]\p{L}+)*$/u.test(surname.word);
}
function speciesOfAGenus(text: string, initialStart: number, surname: Token): boolean {
  // Bounded: a note pasted as one long line would otherwise be read whole once per initial.
  const lineStart = Math.max(lineStartAt(text, initialStart, initialStart - 200), initialStart - 200);
  return SPECIES_ENDING.test(surname.key) || MICROBIOLOGY_WORD.test(text.slice(lineStart, nextLineEnd(text, initialStart, initialStart + 200)));
}
const BEFORE_INITIAL_AND_SURNAME =
  /(?:^|[\r\n(;:,/]|(?:^|[\r\n])[ \t]{0,3}-{1,2}|\b(?:by|with|for|per|to|and|from|BY|WITH|FOR|PER|TO|AND|FROM|Cosigned|COSIGNED|cosigned|RN|LPN|LVN|CNA|RD|RT|RRT|NP|PA|SW|CM|ADJ|TECH|RPH|PharmD|PHARMD|(?:REVIEWED|APPROVED|VERIFIED|ENTERED|CALLED|PAGED|NOTIFIED|INFORMED|CONTACTED|AUTHORIZED|ATTESTED|ACKNOWLEDGED|DOCUMENTED|PHARMACIST|INV|INVESTIGATOR|LT|SGT|OFC|OFFICER|DET|CAPT|CPL|DEP|DEPUTY|SUPERVISOR|SUPV|MGR|MANAGER|CHAPLAIN|DRIVER|COORDINATOR|CASEWORKER|ADVOCATE|DISPATCHER|Reviewed|Approved|Verified|Entered|Called|Paged|Notified|Informed|Contacted|Authorized|Attested|Acknowledged|Documented|Pharmacist|Inv|Investigator|Lt|Sgt|Ofc|Officer|Det|Capt|Cpl|Dep|Deputy|Supervisor|Manager|Chaplain|Driver|Coordinator|Caseworker|Advocate|Dispatcher)\.?))[ \t]{0,2}$/;
/** "with AS RN", "RL RN": two or three capitals before a nurse's credential in a mixed-case line are initials. */
const CAPITALS_BEFORE_CREDENTIAL = /^[ \t](?:RN|LPN|LVN|NP|CNA|RT|RRT)\b/;
const NOT_INITIALS = new Set(['OR', 'ER', 'ED', 'IR', 'IV', 'PO', 'PT', 'OT', 'ICU', 'CCU', 'PACU', 'NICU', 'MICU', 'SICU', 'ST', 'RN', 'HH', 'VNA', 'HHA', 'CM', 'SW', 'PCU', 'OB', 'GI', 'ENT', 'NP', 'PA']);

/** "(BSN, RN, CCRN)", "(RN, CCM)": a bracket holding only credentials. */
function bracketHoldsCredentials(text: string, open: number): boolean {
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 32) return false;
  const parts = text.slice(open + 1, close).split(/,[ \t]{0,2}/).map((p) => p.trim().toUpperCase());
  // CCM (case manager) stays out of CREDENTIALS: as a lone word it is more often someone's initials. RT (respiratory
  // therapist) too, being "right" and "radiation therapy" elsewhere; in brackets after a name it is the role.
  return parts.length > 0 && parts.every((p) => CREDENTIALS.has(p) || p === 'CCM' || p === 'RT');
}

/** A line break, the end, a comma, or a space before a bracket or a line break: the only things a login stands before. */
function mayEndLogin(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === 10 || c === 13 || c === 44) return true;
  if (c !== 32 && c !== 9) return false;
  const d = text.charCodeAt(end + 1);
  return d === 40 || d === 10 || d === 13 || d === 32 || d === 9 || Number.isNaN(d);
}

/**
 * Where notes put a login: alone on its line, ending a line after a sentence, starting a line before a comma, or
 * before a bracketed phone number. Lower-case abbreviations inside a line ("chole,", "crea 1.16") are not there.
 */
function inLoginPosition(text: string, t: Token): boolean {
  const after = text.slice(t.end, t.end + 3);
  const lineStart = t.start === 0 || /[\r\n][ \t]{0,3}$/.test(text.slice(Math.max(0, t.start - 4), t.start));
  const lineEnd = /^[ \t]*(?:[\r\n]|$)/.test(after);
  if (lineEnd && (lineStart || /[.;][ \t]{1,2}$/.test(text.slice(Math.max(0, t.start - 3), t.start)))) return true;
  return (lineStart && after.startsWith(',')) || /^[ \t]\(\d/.test(after);
}

/**
 * "lkidd", "sprice", "bprzybylski": a lower-case word in no dictionary that is an initial or two glued to a census
 * surname, as hospital logins are made. Real words ("scar", "bone") are known words and never reach this test.
 */
function loginShaped(t: Token): boolean {
  const word = t.word;
  if (word.length < 4 || word.length > 16 || !/^[a-z]+$/.test(word) || isKnownWord(t.key)) return false;
  for (const cut of [1, 2]) {
    const rest = t.key.slice(cut);
    if (rest.length < 3) continue;
    const info = wordInfo(rest);
    // Two letters before a surname that is also a word is how typos look ("offreed"): only one initial is allowed then.
    if (info.surname && info.surnameRank < 20_000 && (info.tier === 'name' || (info.tier === 'ambiguous' && cut === 1))) return true;
  }
  return false;
}

/** Names vouched for by what stands right next to them: a bracketed relation or role, a list's relation, quotes, an initial. */
function findNamesByAdjacentCues(text: string, tokens: Token[], claimed: Uint8Array, take: Take, found: Candidate[]): void {
  const nameWord = (t: Token) => !(t.shape === 'lower' && !t.capsLine) && !NEVER_NAMES.has(t.key) && !CREDENTIALS.has(t.key) && !RELATION_CUES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !t.startsDate && t.key.length >= 2;
  // Up to `reach` words before the name's last one; with particles, over "van den" too, never starting on one.
  const walkBack = (i: number, reach = 2, overParticles = false) => {
    let start = i;
    while (start > 0 && i - start < reach && !claimed[start - 1] && joinable(text, tokens, start - 1, start) && (nameCapable(tokens[start - 1], true) || (overParticles && PARTICLES.has(tokens[start - 1].word)))) start--;
    while (start < i && PARTICLES.has(tokens[start].word)) start++;
    return start;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!claimed[i] && t.shape === 'lower' && !t.capsLine && t.word.length >= 4 && mayEndLogin(text, t.end) && inLoginPosition(text, t) && loginShaped(t)) {
      found.push(candidate(t.start, t.end, 'NAME', 'USERNAME', 0.7, 'login made of an initial and a surname'));
      continue;
    }
    if (!claimed[i] && t.acronym && !t.capsLine && text.charCodeAt(t.end) === 32 && /^[A-Z]{2,3}$/.test(t.word) && !NOT_INITIALS.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !CREDENTIALS.has(t.key) && CAPITALS_BEFORE_CREDENTIAL.test(text.slice(t.end, t.end + 6))) {
      take(i, i + 1, 'DOCTOR', 0.75, 'initials before a credential');
      continue;
    }
    if (claimed[i]) continue;
    const next = text.charCodeAt(t.end);
    // Every cue here starts with a bracket, a comma, a dash or an initial within three characters, or follows "Pt":
    // most words are passed by character tests before any lookup or slice.
    if (next !== 32 && next !== 40 && next !== 44 && next !== 9) continue;
    const second = text.charCodeAt(t.end + 1);
    const third = text.charCodeAt(t.end + 2);
    // "Pt " and "Patient " both end in a t before the space.
    const afterPt = t.shape === 'capitalised' && !t.capsLine && text.charCodeAt(t.start - 1) === 32 && text.charCodeAt(t.start - 2) === 116;
    const mayCue = next === 40 || next === 44 || second === 40 || third === 40 || second === 45 || second === 0x2013 || third === 46 || afterPt;
    if (!mayCue || !nameWord(t) || t.acronym) continue;
    const after = text.slice(t.end, t.end + 48);
    // "Address (father):", "Phone (mother):": a form's field for the relative, not the relative's name.
    if (BRACKETED_RELATION.test(after) && !CONTACT_FIELDS.has(t.key)) {
      take(walkBack(i), i + 1, 'RELATIVE', 0.85, 'name before a relation in brackets');
      continue;
    }
    if (BRACKETED_ROLE.test(after) && (!t.info.clinicalWord || t.info.tier === 'name' || PERSON_WORD_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)))) {
      take(walkBack(i), i + 1, 'DOCTOR', 0.85, 'name before a care-team role in brackets');
      continue;
    }
    // "GLUCOSE (RN) CHECKED": before bracketed credentials only a word that can be a name is one.
    const canBeAName = t.info.tier === 'name' || t.info.firstName || t.info.surname || (t.info.tier === 'unknown' && !isKnownWord(t.key));
    if (next === 32 && text.charCodeAt(t.end + 1) === 40 && canBeAName && bracketHoldsCredentials(text, t.end + 1)) {
      // "MC GUINNESS, LANCE (BSN, RN, CCRN)": a signer's name, "Last, First" included, before bracketed credentials.
      let start = i;
      while (start > 0 && i - start < 3 && !claimed[start - 1] && joinable(text, tokens, start - 1, start) && nameWord(tokens[start - 1]) && !tokens[start - 1].acronym) start--;
      take(start, i + 1, 'DOCTOR', 0.85, 'name before credentials in brackets');
      continue;
    }
    if (next === 32 && DASH_RELATION.test(after)) {
      take(walkBack(i), i + 1, 'RELATIVE', 0.85, 'name before a dash and a relation');
      continue;
    }
    if (next === 44 && COMMA_RELATION_AT_LINE_END.test(after)) {
      // "- LANCE VAN DEN HEUVEL, SON": a list line holds the whole name, particles included.
      const start = walkBack(i, 4, true);
      // A symptom alone is no name ("Nausea, husband notes"); two words are ("- Miracle Bone, mother").
      if (clauseStartBefore(text, tokens[start].start) && !(start === i && t.info.clinicalWord && t.info.tier !== 'name')) take(start, i + 1, 'RELATIVE', 0.85, 'name before a comma and a relation in a list');
      continue;
    }
    if (next !== 44 && BRACKETED_AGE.test(after) && ((t.info.tier === 'name' || (t.info.firstName && t.info.tier !== 'word')) || (!t.info.clinicalWord && !isKnownWord(t.key)) || /\b(?:siblings|kids|children|sons|daughters|grandchildren|and)[ \t,:]{1,3}$/i.test(text.slice(Math.max(0, t.start - 14), t.start)))) {
      take(i, i + 1, 'RELATIVE', 0.8, 'name before an age in brackets');
      continue;
    }
    if (t.shape === 'capitalised' && !t.capsLine && PT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start)) && PERSON_VERB_AFTER.test(after)) {
      take(i, i + 1, 'PATIENT', 0.8, "name between 'Pt' and what the patient did");
      continue;
    }
    if (INITIAL_WITH_PERIOD_AFTER.test(after) && i + 1 < tokens.length && tokens[i + 1].shape === 'initial' && !claimed[i + 1]) {
      const info = t.info;
      const firstNameLike = (info.firstName && info.tier !== 'word') || (info.tier === 'unknown' && !isKnownWord(t.key));
      // "GROOMING MIN A.", "MAX A X2": minimal, maximal or moderate assistance.
      const assistance = tokens[i + 1].key === 'A' && /^(?:MIN|MAX|MOD|MINIMAL|MAXIMAL|MODERATE|TOTAL|CONTACT|STANDBY)$/.test(t.key);
      if (firstNameLike && !assistance) take(i, i + 2, 'PATIENT', 0.75, 'first name and initial');
    }
  }
  QUOTED_WORD.lastIndex = 0;
  for (let m = QUOTED_WORD.exec(text); m; m = QUOTED_WORD.exec(text)) {
    const wordStart = m.index + 1;
    const k = firstTokenAtOrAfter(tokens, wordStart);
    if (k >= tokens.length || tokens[k].start !== wordStart || !nameWord(tokens[k])) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // 'ONEZIA SAVOIE ("POOKIE")', 'Nydia Pagan Santiago ("Cotton")': a quoted word in brackets after a name.
    const wordBefore = /(\p{Lu}[\p{L}'’.-]*)[ \t]{1,2}\($/u.exec(before)?.[1].toUpperCase();
    // "THE NEIGHBOR'S DOG ("PENNY")": after an ordinary word the quoted name is a pet's or a thing's.
    if (wordBefore && text[m.index + m[0].length] === ')' && (!isKnownWord(wordBefore) || wordInfo(wordBefore).tier === 'name')) {
      take(k, (m[1].includes(' ') ? k + 1 : k) + 1, 'PATIENT', 0.85, 'quoted nickname in brackets after a name');
      continue;
    }
    // The quote may hold two words ("Boo Boo"); `after` is the first word past it.
    const lastQuoted = m[1].includes(' ') ? k + 1 : k;
    const after = lastQuoted + 1;
    // 'Rich "Birdie" Young', 'LONG "JELLYBEAN" PLAVEC': a quoted word between two capitalised words is a nickname
    // inside a name, even when one side is also a word, as long as the other could be a name.
    const sideWord = (t: Token) => (t.shape === 'capitalised' || t.capsLine) && nameWord(t) && !t.acronym;
    const between = k > 0 && text.slice(tokens[k - 1].end, m.index) === ' ' && after < tokens.length && text.slice(m.index + m[0].length, tokens[after].start) === ' ' &&
      sideWord(tokens[k - 1]) && sideWord(tokens[after]) && (nameCapable(tokens[k - 1], true) || nameCapable(tokens[after], false)) &&
      !(tokens[k - 1].info.tier === 'word' && tokens[after].info.tier === 'word');
    if (between) {
      const end = Math.max(extendName(text, tokens, after, false), after + 1);
      const start = walkBack(k - 1);
      take(start, end, 'PATIENT', 0.85, 'name with a quoted nickname');
      QUOTED_WORD.lastIndex = tokens[end - 1].end;
      continue;
    }
    if (!claimed[k] && NICKNAME_CUE_BEFORE.test(before)) take(k, lastQuoted + 1, 'RELATIVE', 0.85, 'quoted nickname after a relation');
  }
  const lower = lowerCaseOf(text);
  const mayNameANickname = holdsAny(lower, NICKNAME_CUES);
  for (const m of mayNameANickname ? matchesOf(NICKNAME_PHRASE, text) : []) {
    const nickname = m[1] ?? m[2];
    if (!/^[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]/.test(nickname) || nickname[0] === nickname[0].toLowerCase()) continue;
    const nicknameStart = m.indices![m[1] ? 1 : 2][0];
    const k = firstTokenAtOrAfter(tokens, nicknameStart);
    if (k >= tokens.length || tokens[k].start !== nicknameStart || claimed[k] || NEVER_NAMES.has(tokens[k].key) || CLINICAL_ABBREVIATIONS.has(tokens[k].key)) continue;
    let end = k + 1;
    while (end < tokens.length && tokens[end].end <= nicknameStart + nickname.length) end++;
    take(k, end, 'PATIENT', 0.85, 'nickname after goes by, known as or likes to be called');
  }
  INITIAL_AND_SURNAME.lastIndex = 0;
  for (let m = INITIAL_AND_SURNAME.exec(text); m; m = INITIAL_AND_SURNAME.exec(text)) {
    const cued = BEFORE_INITIAL_AND_SURNAME.test(text.slice(Math.max(0, m.index - 16), m.index));
    // "C/D/I. BRADEN 15", "D/O. LOS 63 DAYS": the letter ends an abbreviation written with slashes.
    if (m.index > 0 && text[m.index - 1] === '/') continue;
    const k = firstTokenAtOrAfter(tokens, m.index);
    if (k + 1 >= tokens.length || tokens[k].start !== m.index || claimed[k] || claimed[k + 1]) continue;
    const surname = tokens[k + 1];
    // "PRONE T. MBATHA⏎", "03/02  K. OYELOWO  REVIEWED": without a cue, a surname no dictionary has, where a signature or a
    // column puts a person; not an organism's species, and not a unit, a sex or a side after a number ("2 L. CYCLER",
    // "38 M. COHB") nor the end of a dotted abbreviation ("V.A.C. ULTA").
    const unknownWord = surnameNoDictionaryHas(surname);
    if (!cued && !(unknownWord && standsApartAsAPerson(text, m.index, surname.end))) continue;
    if (unknownWord && (cued ? SPECIES_ENDING.test(surname.key) : speciesOfAGenus(text, m.index, surname))) continue;
    if (NEVER_NAMES.has(surname.key) || CLINICAL_ABBREVIATIONS.has(surname.key) || CREDENTIALS.has(surname.key) || !(surname.info.surname || (surname.info.tier === 'unknown' && !isKnownWord(surname.key)))) continue;
    // "A. Right base: benign", "B. Left apex": a lettered specimen or list item, not an initial.
    if (/^(?:RIGHT|LEFT|BILATERAL|PROXIMAL|DISTAL|MID|BASE|APEX)$/.test(surname.key)) continue;
    if (sideBeforeABodyPart(m[1], surname)) continue;
    if (itemOfALetteredList(text, m.index, m[1]) || testBeforeItsValue(text, surname)) continue;
    take(k, k + 2, 'DOCTOR', 0.75, 'initial and surname');
  }
  INITIAL_SURNAME_DO.lastIndex = 0;
  for (let m = INITIAL_SURNAME_DO.exec(text); m; m = INITIAL_SURNAME_DO.exec(text)) {
    const k = firstTokenAtOrAfter(tokens, m.index);
    if (k + 1 < tokens.length && tokens[k].start === m.index && !claimed[k] && !claimed[k + 1] && !CLINICAL_ABBREVIATIONS.has(tokens[k + 1].key)) take(k, k + 2, 'DOCTOR', 0.85, 'initial and surname before DO');
  }
  SIGNATURE_LOGIN.lastIndex = 0;
  for (let m = SIGNATURE_LOGIN.exec(text); m; m = SIGNATURE_LOGIN.exec(text)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const k = firstTokenAtOrAfter(tokens, start);
    if (k >= tokens.length || tokens[k].start !== start || claimed[k]) continue;
    const upper = m[1].toUpperCase();
    const rest = wordInfo(upper.slice(1));
    if (CLINICAL_ABBREVIATIONS.has(upper) || CREDENTIALS.has(upper) || (isKnownWord(upper) && !rest.surname)) continue;
    found.push(candidate(start, start + m[1].length, 'NAME', 'USERNAME', 0.75, 'e-signature login'));
  }
  // A word in the dictionary ("ROSE", "SAGE") is a name here only when it is a first name too.
  const staffName = (t: Token) =>
    nameWord(t) && !isUnitOrRole(t.key) && (t.info.tier === 'name' || (t.info.tier === 'ambiguous' && t.info.firstName) || (t.info.tier === 'unknown' && !isKnownWord(t.key)));
  for (const [pattern, reason] of [
    [NAME_IN_BRACKETS_AFTER_STAFF, 'name in brackets after a staff word'],
    [NAME_BEFORE_BRACKETED_ROLE, "name before the bearer's role in brackets"],
  ] as const) {
    for (const m of text.includes('(') ? matchesOf(pattern, text) : []) {
      // The name stands first before a role and last inside the brackets; "DRIVE (DRIVER)" holds it twice.
      const start = m.index + (pattern === NAME_BEFORE_BRACKETED_ROLE ? m[0].indexOf(m[1]) : m[0].lastIndexOf(m[1]));
      const k = firstTokenAtOrAfter(tokens, start);
      if (k < tokens.length && tokens[k].start === start && !claimed[k] && staffName(tokens[k])) take(k, k + 1, 'DOCTOR', 0.8, reason);
    }
  }
  const tailStart = Math.max(0, text.length - 200);
  const login = TRAILING_LOGIN.exec(text.slice(tailStart));
  if (login?.indices) {
    const start = tailStart + login.indices[2][0];
    const word = login[2].replace(/\d+$/, '');
    const upper = word.toUpperCase();
    const k = firstTokenAtOrAfter(tokens, start);
    // Alone on its line: after a line break, or the whole of the note.
    const ownLine = login[1] !== undefined || (tailStart === 0 && login.index === 0);
    const loginLike = /\d/.test(login[2]) || !isKnownWord(upper) || (ownLine && word === upper);
    if (k < tokens.length && !claimed[k] && loginLike && !CLINICAL_ABBREVIATIONS.has(upper) && !CREDENTIALS.has(upper) && !NEVER_NAMES.has(upper)) {
      found.push(candidate(start, start + login[2].length, 'NAME', 'USERNAME', 0.75, 'login signing the end of the note'));
    }
  }
  INITIALS_BEFORE_CREDENTIALS.lastIndex = 0;
  for (let m = INITIALS_BEFORE_CREDENTIALS.exec(text); m; m = INITIALS_BEFORE_CREDENTIALS.exec(text)) {
    const initials = m[2];
    const start = m.indices![2][0];
    // A line holding nothing but two or three letters and credentials ("IS RN", "AS RN") is signed with initials,
    // whatever word the letters spell.
    const atLineStart = m[1] !== undefined || m.index === 0;
    let after = m.index + m[0].length;
    while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9) after++;
    // "--KG RN, TNCC": more credentials may end the line.
    const restOfLine = text.slice(after, nextLineEnd(text, after));
    const onlyCredentialsAfter = restOfLine.split(/[ \t,]+/).every((word) => word === '' || CREDENTIALS.has(word.toUpperCase()));
    // "- DL, PT⏎", "-ML, RN / NIGHTS": a dash, the letters and a credential sign an entry, whatever the letters spell.
    // The dash is glued to the letters ("-ML"), doubled ("-- AS, RN") or follows an entry's last sentence ("WOUND. - CH");
    // "- ADL, OT" opens a list item.
    const dashGlued = text.charCodeAt(start - 1) === 45;
    const dashAfterSentence = /(?:[.!?)][ \t]{1,2}-{1,2}|(?:^|[\r\n])[ \t]{0,3}--)[ \t]?$/.test(text.slice(Math.max(0, start - 8), start));
    const signedAfterDash = (dashGlued || dashAfterSentence) && text.lastIndexOf('-', start) >= m.index && (onlyCredentialsAfter || restOfLine.startsWith('/'));
    const wholeLine = (atLineStart && onlyCredentialsAfter) || signedAfterDash;
    // "Disciplines: SN, PT, OT", "- ADL, OT": a comma before the credential joins a list unless the letters sign an entry,
    // after a dash of their own or alone on a line with no list dash.
    if (text.charCodeAt(m.indices![2][1]) === 44 && !signedAfterDash && !(atLineStart && onlyCredentialsAfter && !text.slice(m.index, start).includes('-'))) continue;
    if (CREDENTIALS.has(initials) || (!wholeLine && (CLINICAL_ABBREVIATIONS.has(initials) || NEVER_NAMES.has(initials) || isKnownWord(initials)))) continue;
    // "-WOC RN", "-NOC RN", "-PD RN": a shift or a service signs, not a person.
    if (ROLE_BEFORE_CREDENTIAL.has(initials)) continue;
    const k = firstTokenAtOrAfter(tokens, start);
    if (k < tokens.length && tokens[k].start === start && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.8, 'initials signed before a credential');
  }
}

/**
 * Frames that only a person fits, so a first name in them is one even when it is also a word ("WILL CALL JOY BACK",
 * "PER WILL, PT AT BASELINE", "AT THANH'S REQUEST", "HARPREET ANSWERED", "DUSTY FILLS THE PILLBOX"). Common English
 * words (the dictionary tier) and words for roles, relations and credentials never fit.
 */
const CALL_BEFORE = /\bcall(?:ed)?[ \t]{1,2}$/i;
const CALL_AFTER = /^[ \t]{1,2}(?:back|next|tomorrow|tonight|today|in (?:the )?am|on [\d(]|at [\d(])/i;
const PER_BEFORE = /\bper[ \t]{1,2}$/i;
const PER_AFTER = /^[ \t]{0,2}[,(]/;
const POSSESSED_AFTER = /^[ \t]{1,2}(?:request|wishes|wife|husband|son|daughter|grandson|granddaughter|mother|father|sister|brother|partner|boyfriend|girlfriend|niece|nephew|children|kids|family|house|home|place|apartment|trailer|car|truck|cell|phone)\b/i;
const SUBJECT_VERB_AFTER = /^[ \t]{1,2}(?:answered|asked|arrives|arrived|fills|filled|deployed|drives|interprets|will (?:call|bring|pick|visit|stay|come|drive)|to bring|is the main support|returned (?:the |my |our |your |his |her )?call|called back|verbali[sz]ed|verbali[sz]es|return[- ]demonstrated|demonstrated understanding)\b/i;
/** Frames that ordinary nouns also fit ("PAIN PRESENT", "ASKING FOR WATER"): only for first names and unknown words. */
const WEAK_SUBJECT_VERB_AFTER = /^[ \t]{1,2}(?:will do|to (?:call|relieve|meet|take|return|visit|stay|pick)|is (?:the )?(?:only contact|hcp|poa)|present\b|on (?:the )?visitor list|driving (?:from|in)|would like|hopes|stole|(?:not )?in (?:the )?waiting (?:room|area)|called from|cell[ \t]{0,2}[:#]?[ \t]{0,2}[(\d])/i;
/** "ASKING FOR HUNTER", "AGREED TO SPEAK W/ HUNTER": a person asked for or spoken with. */
const OBJECT_FRAME_BEFORE = /\b(?:asking for|asked for|asks for|speak (?:w\/|with)|spoke (?:w\/|with)|visit from|call from)[ \t]{1,2}$/i;

const NOT_CALLED_PEOPLE = new Set(['BACK', 'HOME', 'AGAIN', 'NOW', 'LATER', 'SOON', 'OK', 'ME', 'HIM', 'HER', 'THEM', 'US', 'YOU', 'IT', 'OFF', 'OUT', 'IN']);

function personFrameNamePart(t: Token): boolean {
  if (NOT_CALLED_PEOPLE.has(t.key) || (t.shape === 'lower' && !t.capsLine) || t.acronym || t.startsDate || t.key.length < 2 || t.info.tier === 'word') return false;
  if (NEVER_NAMES.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || ROLE_BEFORE_CREDENTIAL.has(t.key)) return false;
  return t.info.tier === 'name' || t.info.tier === 'ambiguous' || !isKnownWord(t.key);
}

/** First words of SUBJECT_VERB_AFTER. */
const spellings = (words: string[]) => new Set(words.flatMap((w) => [w, w.toLowerCase(), w[0] + w.slice(1).toLowerCase()]));
const FRAME_VERBS = spellings(['ANSWERED', 'ASKED', 'ARRIVES', 'ARRIVED', 'FILLS', 'FILLED', 'DEPLOYED', 'DRIVES', 'INTERPRETS', 'WILL', 'TO', 'IS', 'PRESENT', 'ON', 'DRIVING', 'WOULD', 'HOPES', 'STOLE', 'IN', 'CELL', 'NOT', 'CALLED', 'RETURNED', 'VERBALIZED', 'VERBALIZES', 'VERBALISED', 'RETURN-DEMONSTRATED', 'DEMONSTRATED']);
/** A note holding none of these has no person frame. */
const PERSON_FRAME_WORDS = ["'s ", '’s ', 'call', 'per ', 'answered', 'asked', 'asking', 'asks', 'arrive', 'fill', 'deployed', 'drives', 'interprets', 'will bring', 'will pick', 'will visit', 'will stay', 'will come', 'will do', 'to bring', 'to relieve', 'to meet', 'to take', 'to return', 'to visit', 'is the main', 'only contact', 'is hcp', 'is poa', 'present', 'visitor list', 'driving', 'would like', 'hopes', 'stole', 'waiting room', 'waiting area', 'called from', 'will drive', 'cell', 'speak w', 'spoke w', 'visit from', 'returned', 'verbali', 'demonstrated'];
const FRAME_AUXILIARIES = spellings(['WILL', 'TO', 'IS', 'ON', 'IN', 'NOT', 'CALLED']);
const FRAME_VERBS_AFTER_AUXILIARY = spellings(['CALL', 'BRING', 'PICK', 'VISIT', 'STAY', 'COME', 'DRIVE', 'THE', 'DO', 'RELIEVE', 'MEET', 'TAKE', 'RETURN', 'ONLY', 'HCP', 'POA', 'VISITOR', 'WAITING', 'IN', 'FROM']);
/** Words right before the name in OBJECT_FRAME_BEFORE. */
const OBJECT_FRAME_WORDS_BEFORE = spellings(['FOR', 'W/', 'WITH', 'FROM']);
/** Words right before the name in CALL_BEFORE and PER_BEFORE. */
const FRAME_WORDS_BEFORE = spellings(['CALL', 'CALLED', 'PER']);

function findNamesInPersonFrames(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  const lower = lowerCaseOf(text);
  if (!holdsAny(lower, PERSON_FRAME_WORDS)) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Only words with a frame's word beside them pay for the lexicon and the expressions.
    // Raw spellings, not keys: a key is worked out on first use, and most words never need one.
    const next = i + 1 < tokens.length ? tokens[i + 1].word : '';
    // "WILL", "TO" and "IS" start a frame only before the words that finish it ("WILL CALL", "TO BRING", "IS THE MAIN").
    const verbFrame = FRAME_VERBS.has(next) && (!FRAME_AUXILIARIES.has(next) || (i + 2 < tokens.length && FRAME_VERBS_AFTER_AUXILIARY.has(tokens[i + 2].word)));
    const objectFrame = i > 0 && (FRAME_WORDS_BEFORE.has(tokens[i - 1].word) || OBJECT_FRAME_WORDS_BEFORE.has(tokens[i - 1].word) || (t.start >= 3 && text.charCodeAt(t.start - 1) === 32 && text.charCodeAt(t.start - 2) === 47 && (text.charCodeAt(t.start - 3) | 32) === 119));
    if (!t.possessive && !objectFrame && !verbFrame) continue;
    // A weaker rule may have taken the possessive already, and lost it to "at <place>": taken again, more surely.
    if ((claimed[i] && !t.possessive) || !personFrameNamePart(t)) continue;
    const before = text.slice(Math.max(0, t.start - 12), t.start);
    const possessive = t.possessive;
    const after = text.slice(t.end, t.end + 24);
    let reason: string | undefined;
    if (possessive) {
      if (POSSESSED_AFTER.test(after.slice(2))) reason = "name before 's and a relation or a request";
    } else if (CALL_BEFORE.test(before) && CALL_AFTER.test(after)) {
      reason = "name called back or called next";
    } else if (PER_BEFORE.test(before) && PER_AFTER.test(after) && (t.info.firstName || t.info.surname)) {
      reason = "name after 'per' before a comma";
    } else if (clauseStartBefore(text, t.start) && SUBJECT_VERB_AFTER.test(after)) {
      reason = 'name before a verb of a visiting or caring person';
    } else if (t.shape !== 'lower' && (t.info.firstName || (t.info.tier === 'unknown' && !isKnownWord(t.key)))) {
      // A word no dictionary knows may be a typo ("ASKS FOR UDPATES BY PHONE"): then only at the end of the clause.
      const clauseEnds = /^[ \t]*(?:[.,;:!?)(]|$|[\r\n]|(?:repeatedly|again|re|at|@)\b)/i.test(after);
      // "ASKED FOR WINTER COAT": a first name followed by an ordinary noun is that noun's modifier.
      const nounFollows = i + 1 < tokens.length && tokens[i + 1].start - t.end <= 2 && isKnownWord(tokens[i + 1].key) && !tokens[i + 1].info.surname && !/^[ \t]*[,.;(]/.test(after);
      if (OBJECT_FRAME_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start)) && ((t.info.firstName && !nounFollows) || clauseEnds)) reason = 'name of a person asked for or spoken with';
      // "Meningismus present", "Clonus present": findings are present too; only a first name is a person there.
      else if ((clauseStartBefore(text, t.start) || firstOfTwoNamesBefore(text, tokens, i)) && WEAK_SUBJECT_VERB_AFTER.test(after) && (t.info.firstName || !/^[ \t]{1,2}present\b/i.test(after))) reason = 'first name before what a visiting or caring person does';
    }
    // "AT THANH'S REQUEST" also reads as a place after "at": the possessive settles it.
    if (reason) take(i, i + 1, possessive ? 'PATIENT' : 'RELATIVE', possessive ? 0.85 : 0.8, reason);
    if (reason && !possessive && !claimed[i - 2] && firstOfTwoNamesBefore(text, tokens, i)) take(i - 2, i - 1, 'RELATIVE', 0.8, 'first of two names before what visiting or caring people do');
  }
}

/** Kin words of more than one part or generation, beside the short forms below. */
const EXTENDED_KIN = [
  'MOTHER', 'FATHER', 'STEPFATHER', 'STEPMOTHER', 'STEPDAUGHTER', 'GRANDSON', 'GRANDDAUGHTER', 'GRANDMOTHER', 'GRANDFATHER', 'GRANDMA', 'GRANDPA',
  'NEPHEW', 'SON-IN-LAW', 'DAUGHTER-IN-LAW', 'BROTHER-IN-LAW', 'SISTER-IN-LAW', 'MOTHER-IN-LAW', 'FATHER-IN-LAW', 'GODMOTHER', 'GODFATHER',
  'BOYFRIEND', 'GIRLFRIEND', 'ROOMMATE', 'NEIGHBOR', 'NEIGHBOUR',
];

/**
 * A first name right after a care-team role or a relation written short, as nurses chart them ("SW DREW GAVE LIST",
 * "CNA JOY @ 2P", "STEPDTR MAY & DTR IVY", "NEPH HUNTER"), even when the name is also a word; a second name-list word
 * after it is the surname ("CNM CHRISTIAN CHAMBERS"). Dictionary words ("SW CONSULTED", "RN AWARE") never.
 */
const ROLE_OR_RELATION_BEFORE_NAME = spellings([
  'SW', 'MSW', 'MHW', 'MHT', 'QMHP', 'DEPUTY', 'DEPUTIES', 'OFFICER', 'OFFICERS', 'PTA', 'CNA', 'OT', 'OTA', 'NP', 'RN', 'LPN', 'CNM', 'PCT', 'LC', 'RT', 'TECH', 'SUPV', 'COORD', 'CHAPLAIN', 'SITTER',
  'RPH', 'PHARMD', 'SLP', 'RDN', 'CHARGE', 'LACTATION', 'TRANSPORTER', 'INTERPRETER', 'DOULA', 'AIDE', 'SUPERVISOR', 'SPECIALIST', 'LIFE', 'VOLUNTEER', 'SECURITY',
  'CM', 'FF', 'DRIVER', 'ATTORNEY', 'CASEWORKER', 'WORKER', 'MGR', 'ADVOCATE', 'COUNSELOR', 'THERAPIST', 'TEACHER', 'COACH', 'MEDIC', 'EMT', 'PARAMEDIC',
  'CAPT', 'LT', 'SGT', 'CPL', 'DET', 'DETECTIVE', 'TROOPER', 'MAGISTRATE', 'JUDGE', 'PETITIONER', 'NURSE',
  'CRNA', 'SCRUB', 'DIETITIAN', 'PERFUSIONIST', 'PARALEGAL', 'SPONSOR', 'ANES', 'REP', 'RECEPTIONIST', 'RECEPTION', 'SCHEDULER', 'CLERK', 'OPERATOR', 'COURIER', 'TRANSLATOR',
  'YOUNGEST', 'OLDEST', 'ELDEST', 'INFANT', 'NEWBORN',
  'GF', 'BF', 'WF', 'STEPDTR', 'STEPSON', 'DTR', 'SIL', 'DIL', 'MIL', 'FIL', 'BIL', 'NEPH', 'NIECE', 'SIS', 'BRO', 'GS', 'GD', 'HUSB', 'DAD', 'MOM',
  'SON', 'WIFE', 'HUSBAND', 'DAUGHTER', 'BROTHER', 'SISTER', 'FRIEND', 'SPOUSE', 'PARTNER', 'FIANCE', 'FIANCEE', 'AUNT', 'UNCLE', 'COUSIN', 'EX',
  ...EXTENDED_KIN,
]);

const MODAL_NAMES = new Set(['MAY', 'WILL', 'CAN']);
/** Words no modal takes after it: "CM MAY AWARE", "SW WILL CALLED BACK" is no English. */
const NO_VERB_AFTER_MODAL = /^[ \t]{1,2}(?:AWARE|aware|CALLED|called|GAVE|gave|CONSULTED|consulted|NOTIFIED|notified|PRESENT|present|UPDATED|updated|AT|at|@|IN|in|FROM|from|HERE|here)\b/;
const VERB_PARTICLE_AFTER_CUED_WORD = /^[ \t]{1,2}(?:UP|DOWN|OUT|OFF|AWAY|up|down|out|off|away)\b/;
const COPY_CUE_BEFORE = /\bc\.?c\.?[ \t]*:?[ \t]*$/i;
const MODAL_BEFORE_VERB = new Set(['WILL', 'CAN', 'SHALL', 'PLEASE', 'PLS', 'SHOULD', 'MUST']);
const KIN_BEFORE_NAME = spellings([
  'GF', 'BF', 'WF', 'STEPDTR', 'STEPSON', 'DTR', 'SIL', 'DIL', 'MIL', 'FIL', 'BIL', 'NEPH', 'NIECE', 'SIS', 'BRO', 'GS', 'GD', 'HUSB', 'DAD', 'MOM',
  'SON', 'WIFE', 'HUSBAND', 'DAUGHTER', 'BROTHER', 'SISTER', 'SPOUSE', 'PARTNER', 'FIANCE', 'FIANCEE', 'AUNT', 'UNCLE', 'COUSIN',
  ...EXTENDED_KIN,
]);
/** After a name: punctuation, the line's end, or 're' / 'and' going on to the next point. */
const PHRASE_ENDS_AFTER_NAME = /^[ \t]*(?:[,;.&(\/)@]|$|[\r\n]|(?:RE|AND|re|and)\b)/;

/** A first name the word lists also know ("LANE", "CHRISTIAN"), in capitals or title case, of three letters or more. */
function kinFollowerThatIsAlsoAWord(text: string, t: Token): boolean {
  if (t.shape === 'lower' || t.acronym || t.startsDate || t.key.length < 3 || !t.info.firstName) return false;
  // "MOTHER MAE, 94": a frequent first name after a kin word, though charting uses it for "moves all extremities".
  // Not before a bracket: "SISTER ANA (+)" is a test's result.
  const frequentFirstName = (t.info.firstRank ?? Infinity) <= 1500 && !/^[ \t]?\(/.test(text.slice(t.end, t.end + 2));
  return (frequentFirstName || !CLINICAL_ABBREVIATIONS.has(t.key)) && !CREDENTIALS.has(t.key) && !RELATION_CUES.has(t.key) && !ROLE_OR_RELATION_BEFORE_NAME.has(t.word);
}

/**
 * "PER RT BELL.", "SW GRAVES TO START REFERRAL", "RN WOODS AT BEDSIDE": after a care-team role, a frequent
 * surname that is also a word names the carer where the phrase ends or a deed follows. Words of everyday clinical prose
 * ("RT SIDE", "RN CASE MANAGER", "RT LONG LEG") never.
 */
function surnameThatIsAlsoAWord(t: Token): boolean {
  if (t.shape === 'lower' || t.acronym || t.startsDate || t.key.length < 3 || !t.info.surname || (t.info.surnameRank ?? Infinity) > 5000) return false;
  // "TRANSPORT: MEDIC WEST": a point of the compass after a role names a crew or a unit.
  if ((t.info.commonRank ?? Infinity) < EVERYDAY_CLINICAL_RANK || /^(?:NORTH|SOUTH|EAST|WEST)$/.test(t.key)) return false;
  return !NEVER_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !CREDENTIALS.has(t.key) && !RELATION_CUES.has(t.key) && !ROLE_OR_RELATION_BEFORE_NAME.has(t.word) && !isUnitOrRole(t.key) && !MONTH_OR_WEEKDAY.test(t.key);
}

/**
 * Whether the role before token i and a deed or the phrase's end after it make the word a carer's surname. "RT" is mostly
 * "right" ("RASH RT CHEEK.", "RT WING"): only after "per", "by", "with", a comma or a slash, or before a deed, is it the therapist.
 */
function carerNamedAfterRole(text: string, tokens: Token[], i: number, endsPhrase: boolean): boolean {
  const deed = DEED_AFTER_A_CARER.test(text.slice(tokens[i].end, tokens[i].end + 12));
  if (tokens[i - 1].key !== 'RT' && tokens[i - 1].key !== 'LT') return endsPhrase || deed;
  return (endsPhrase || deed) && /\b(?:PER|BY|WITH|W\/)[ \t]{1,2}$/i.test(text.slice(Math.max(0, tokens[i - 1].start - 6), tokens[i - 1].start));
}

/** What a carer named just before did or where they were: "RT BELL GAVE NEB", "SW GRAVES TO START ...". */
const DEED_AFTER_A_CARER = /^[ \t]{1,2}(?:GAVE|DID|CALLED|NOTIFIED|AWARE|UPDATED|AT|TO(?![ \t]{1,2}BE\b)|WHO|gave|did|called|notified|aware|updated|at|to(?![ \t]{1,2}be\b)|who)\b/;

function roleOrRelationFollower(t: Token): boolean {
  // Text without case ("my wife carry me") gives this rule nothing to go on.
  if (t.shape === 'lower' || t.acronym || t.startsDate || t.key.length < 2) return false;
  if (NEVER_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key) || ROLE_OR_RELATION_BEFORE_NAME.has(t.word)) return false;
  const { tier } = t.info;
  if (tier === 'word') return false;
  // Two letters ("OT TX NOTE", "SON PH 134-7183") only when the name lists know them as a first name (BO, JO, TY).
  if (t.key.length === 2) return t.info.firstName && !PLAIN_CAPITALS.has(t.key);
  if (tier === 'unknown') return !isKnownWord(t.key);
  return t.info.firstName || tier === 'name';
}

/**
 * Services and the patient, which name a person only in brackets right after them: "SECURITY (PRICE) ON STANDBY",
 * "FAMILY (SANDY) NOTIFIED", "central supply (Odalys)".
 */
const SERVICE_BEFORE_BRACKETED_NAME = spellings(['FAMILY', 'STAFF', 'INTAKE', 'LAB', 'PHARMACY', 'DIETARY', 'ACTIVITIES', 'SUPPLY', 'TRANSPORT', 'REGISTRATION', 'HOUSEKEEPING', 'ADMITTING', 'PT', 'PATIENT']);

/**
 * "LACTATION (TEMPEST) TO SEE", "MOTHER (SIENNA)": a name alone in brackets after a role, a relation or a service. The
 * bracket closing right after it also lets in listed names that are words ("SECURITY (PRICE)"); a bracket of words says
 * what happened ("PT (REFUSED)").
 */
function bracketedNameEnd(text: string, tokens: Token[], claimed: Uint8Array, i: number): number | undefined {
  // Runs for every word: the character test before any slice.
  if (text.charCodeAt(tokens[i].start - 1) !== 40) return undefined;
  const between = text.slice(tokens[i - 1].end, tokens[i].start);
  if (between !== '(' && between !== ' (') return undefined;
  const roleOrRelation = ROLE_OR_RELATION_BEFORE_NAME.has(tokens[i - 1].word);
  if (!roleOrRelation && !SERVICE_BEFORE_BRACKETED_NAME.has(tokens[i - 1].word)) return undefined;
  // A service or the patient names a person only with words that are names and nothing else ("INTAKE (ODALYS)").
  const namePart = (t: Token) => roleOrRelation ? roleOrRelationFollower(t) : t.shape !== 'lower' && !t.acronym && t.key.length > 2 && (t.info.tier === 'name' || (t.info.tier === 'unknown' && !isKnownWord(t.key)));
  let end = i;
  while (end < tokens.length && end - i < 3 && !claimed[end] && namePart(tokens[end]) && !isUnitOrRole(tokens[end].key) && (end === i || text.slice(tokens[end - 1].end, tokens[end].start) === ' ')) end++;
  // After the patient a bracket says what the patient did or was ("PT (LEFT) AMA", "PT (WILL) CALL BACK").
  if (end === i && !PATIENT_BEFORE_BRACKET.has(tokens[i - 1].word) && listedNameThatIsAlsoAWord(tokens[i])) end = i + 1;
  if (end === i || text.charCodeAt(tokens[end - 1].end) !== 41) return undefined;
  // A service names a person with words of a name only: a lone word no list names is left to the other rules.
  if (!roleOrRelation && end - i === 1 && !tokens[i].info.firstName && !tokens[i].info.surname) return undefined;
  return end;
}

const PATIENT_BEFORE_BRACKET = spellings(['PT', 'PATIENT']);

/** "PRICE", "SANDY": a listed name that is also a word, which only a bracket of its own makes a name. */
function listedNameThatIsAlsoAWord(t: Token): boolean {
  if (t.shape === 'lower' || t.acronym || t.startsDate || t.key.length < 3 || t.info.tier !== 'ambiguous' || !(t.info.firstName || t.info.surname)) return false;
  // "LEFT", "WHITE", "DRY": everyday words of clinical prose say what happened, even in a bracket.
  if ((t.info.commonRank ?? Infinity) < EVERYDAY_CLINICAL_RANK) return false;
  return !NEVER_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !CREDENTIALS.has(t.key) && !RELATION_CUES.has(t.key) && !ROLE_OR_RELATION_BEFORE_NAME.has(t.word) && !SERVICE_BEFORE_BRACKETED_NAME.has(t.word) && !isUnitOrRole(t.key) && !MONTH_OR_WEEKDAY.test(t.key);
}

/** How the second word of an organism's name ends ("EPIDERMIDIS", "GONORRHOEAE", "AUREUS", "MARCESCENS", "GLABRATA"). */
const LATIN_ENDING = /(?:A|AE|US|IS|UM|ENS|ANS|ES|IDES|ITIS|OSIS|EMIA|II|I|ILE)$/;

/** "R. KNEE STIFF", "L. ARM PAIN": a side before an everyday clinical word that is no common surname ("R. YOUNG" is one). */
function sideBeforeABodyPart(initial: string, t: Token): boolean {
  const { clinicalWord, commonRank, surnameRank } = t.info;
  return (initial === 'L' || initial === 'R') && clinicalWord && commonRank !== undefined && commonRank < 1500 && (surnameRank == null || surnameRank > 1000);
}

/**
 * "RN W. YOUNG", "DIETITIAN C. LANE", "INTERPRETER S. ILMI": after an initial, a surname, even one the lists keep from names
 * because it is a word, or a capitalised word no list knows.
 */
function surnameAfterAnInitial(initial: Token, t: Token, patientOrTherapist: boolean): boolean {
  if (CLINICAL_ABBREVIATIONS.has(t.key) || t.shape === 'lower') return false;
  if (sideBeforeABodyPart(initial.key, t)) return false;
  // A word of clinical prose only when it is a common surname ("D. RICE", "L. YOUNG", not "C. SPINE", "T. MAX").
  const { clinicalWord, surnameRank } = t.info;
  if (t.info.surname) return (!NEVER_NAMES.has(t.key) || !clinicalWord) && (!clinicalWord || surnameRank < 1000);
  if (t.info.tier !== 'unknown' || t.key.length < 3 || isKnownWord(t.key) || !/^\p{L}+(?:['’-]\p{L}+)*$/u.test(t.word)) return false;
  // After PT a word no list knows is as often an organism or a procedure ("PT K. PNEUMO", "PT S. EPIDERMIDIS", "PT L. TKA").
  return !patientOrTherapist || (t.key.length >= 7 && !LATIN_ENDING.test(t.key)) || /-/.test(t.key);
}

/**
 * "06/03/24  0715  1      K. MARSH   NO SE.", "SIGNED M. PAGE  LIC ...", "(GC ATTY F. OYELOWO)", "c/o K. Brandt,": an initial and a
 * surname standing in a column of their own or after a word for who signs, represents or receives, whatever word the
 * surname also is.
 */
function findInitialAndSurnameInAColumn(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const initial = tokens[i];
    const surname = tokens[i + 1];
    if (initial.shape !== 'initial' || claimed[i] || claimed[i + 1] || !/^\.[ \t]?$/.test(text.slice(initial.end, surname.start))) continue;
    const before = text.slice(Math.max(0, initial.start - 12), initial.start);
    const after = text.slice(surname.end, surname.end + 3);
    const inAColumn = /(?:[ \t]{2}|\t)$/.test(before) && /^(?:[ \t]{2}|\t|[ \t]*(?:$|[\r\n]))/.test(after);
    const afterASigner = SIGNER_WORD_BEFORE_AN_INITIAL.test(before);
    if (!(inAColumn || afterASigner) || !surnameAfterAnInitial(initial, surname, true)) continue;
    take(i, i + 2, 'DOCTOR', 0.8, 'an initial and a surname in a column or after a signer');
    i++;
  }
}
const SIGNER_WORD_BEFORE_AN_INITIAL = /\b(?:SIGNED|Signed|ATTY|Atty|ATTORNEY|Attorney|c\/o|C\/O|WITNESS|Witness|WITNESSED BY|Witnessed by)[ \t]{1,2}$/;

function findNamesAfterShortRolesAndRelations(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 1; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const bracketed = bracketedNameEnd(text, tokens, claimed, i);
    if (bracketed !== undefined) {
      const relative = RELATION_CUES.has(tokens[i - 1].key) || KIN_BEFORE_NAME.has(tokens[i - 1].word) || tokens[i - 1].key === 'FAMILY';
      const patient = PATIENT_BEFORE_BRACKET.has(tokens[i - 1].word);
      take(i, bracketed, relative ? 'RELATIVE' : patient ? 'PATIENT' : 'DOCTOR', 0.86, 'name in brackets after a role, relation or service');
      i = bracketed - 1;
      continue;
    }
    // "PT D. RICE": the patient or the physical therapist, a person either way when an initial and a surname follow.
    const roleWord = ROLE_OR_RELATION_BEFORE_NAME.has(tokens[i - 1].word) || (tokens[i - 1].word === 'PT' && tokens[i].shape === 'initial');
    if (!roleWord) continue;
    const between = text.slice(tokens[i - 1].end, tokens[i].start);
    if (between !== ' ' && between !== '  ' && between !== ': ') continue;
    // "CHILD LIFE HUNTER": life is a role only after child.
    if (tokens[i - 1].key === 'LIFE' && tokens[i - 2]?.key !== 'CHILD') continue;
    // "Trial sponsor: Regeneron": a study's sponsor is a firm.
    if (tokens[i - 1].key === 'SPONSOR' && /^(?:TRIAL|STUDY|RESEARCH|CORPORATE|GRANT|DRUG|PROGRAM|INDUSTRY)$/.test(tokens[i - 2]?.key ?? '')) continue;
    // "1 REP MAX", "10 REP EACH": a repetition of an exercise, not a representative.
    if (tokens[i - 1].key === 'REP' && (tokens[i].key === 'MAX' || /\d[ \t]{0,2}$/.test(text.slice(Math.max(0, tokens[i - 1].start - 3), tokens[i - 1].start)))) continue;
    // "2.5 CM CURVILINEAR": after a number CM is centimetres, not a case manager.
    if (tokens[i - 1].key === 'CM' && /\d[ \t]{0,2}$/.test(text.slice(Math.max(0, tokens[i - 1].start - 3), tokens[i - 1].start))) continue;
    // "RN W. YOUNG", "PCT J. Wood": an initial and a surname after a care-team role.
    const next = tokens[i + 1];
    if (tokens[i].shape === 'initial' && next && !claimed[i + 1] && /^\.[ \t]{1,2}$/.test(text.slice(tokens[i].end, next.start)) && surnameAfterAnInitial(tokens[i], next, tokens[i - 1].word === 'PT') && !KIN_BEFORE_NAME.has(tokens[i - 1].word) && !testBeforeItsValue(text, next)) {
      take(i, i + 2, 'DOCTOR', 0.8, 'initial and surname after a care-team role');
      i++;
      continue;
    }
    const endsPhrase = PHRASE_ENDS_AFTER_NAME.test(text.slice(tokens[i].end, tokens[i].end + 6));
    // "DAD LANE, SON STONEY", "PARTNER CHRISTIAN.": after a kin word, a first name that is also a word, where the phrase ends.
    const kin = KIN_BEFORE_NAME.has(tokens[i - 1].word);
    if (
      !roleOrRelationFollower(tokens[i]) &&
      !(endsPhrase && kin && kinFollowerThatIsAlsoAWord(text, tokens[i])) &&
      !(!kin && surnameThatIsAlsoAWord(tokens[i]) && carerNamedAfterRole(text, tokens, i, endsPhrase))
    ) continue;
    // "SON WILL CALL", "RN MAY GIVE": a modal before a verb is the verb's; "STEPDTR MAY & DTR IVY" and "CM MAY AWARE" are names.
    if (MODAL_NAMES.has(tokens[i].key) && !endsPhrase && !NO_VERB_AFTER_MODAL.test(text.slice(tokens[i].end, tokens[i].end + 14))) continue;
    let end = i + 1;
    // The surname after the first name, even one that is also a word ("RPH TOM WHITE;", "SLP ROSE MARSH;", "SUNNY HO,"),
    // where the phrase ends after it.
    const surname = tokens[end];
    if (end < tokens.length && !claimed[end] && text.slice(tokens[end - 1].end, surname.start) === ' ' && surname.shape !== 'lower' && surname.info.surname && surname.info.tier !== 'word' && (roleOrRelationFollower(surname) || (!surname.acronym && !NEVER_NAMES.has(surname.key) && !CLINICAL_ABBREVIATIONS.has(surname.key) && PHRASE_ENDS_AFTER_NAME.test(text.slice(surname.end, surname.end + 6))))) end++;
    const role = RELATION_CUES.has(tokens[i - 1].key) || /^(?:GF|BF|WF|STEPDTR|STEPSON|SIL|DIL|MIL|FIL|BIL|NEPH|BRO|EX|YOUNGEST|OLDEST|ELDEST|INFANT|NEWBORN)$/.test(tokens[i - 1].key) ? 'RELATIVE' : 'DOCTOR';
    // Above a town or a month of the same words: "RN CHARLOTTE BAKER", "OT JUNE CALDERON".
    take(i, end, role, 0.88, 'name after a short role or relation word');
    i = end - 1;
  }
}

/**
 * Two or three capitals that sign a charted entry: after its time ("1720 NG: PT RESTING", "1:50 AM JP:"), after the
 * entry's last sentence ("BED ALARM ON. CT", "SEE FLOWSHEET. LS 0840", ". JG / 0705") or after a dash at the end of a
 * line ("... QUESTIONS: P4-3629. -TH"). Letters that name a system, a tube, a test or a unit stay out.
 */
const INITIALS_AFTER_TIME = /(?:[012]?\d:[0-5]\d(?:[ \t]?(?:AM|PM|A|P)\b)?|[012]\d[0-5]\dH?|\d{1,2}[AP]M?)[ \t]{1,2}([A-Z]{2,3})[ \t]{0,2}:(?=[ \t])/dg;
const INITIALS_AFTER_SENTENCE = /[.!][ \t]{1,2}([A-Z]{2,3})(?=[ \t]*(?:[\r\n]|$)|[ \t]{1,2}(?:[012]\d[0-5]\dH?|[012]?\d:[0-5]\d)(?![\w\/.:-])|[ \t]{1,2}\/[ \t]{1,2}\d|;[ \t])/dg;
/** A dash or two opening a line, right before a signer's initials. */
const SIGNING_DASH_BEFORE = /(?:^|[\r\n])[ \t]{0,3}(?:-{1,2}|[–—])$/;
/** "SP/NNP-BC", "KG/RN", "LV/OTR/L": initials joined to the credential by a slash. */
const INITIALS_SLASH_CREDENTIAL = /\b([A-Z]{2,3})\/(?:RN|LPN|LVN|BSN|MSN|NP|NNP-BC|FNP-C|FNP-BC|APRN|PA-C|PA|MD|DO|PTA|PT|DPT|OTR\/L|OTR|COTA|SLP|RRT|RT|CCP|EMT-P|EMT|NRP|CNM|MSW|LCSW|LICSW|RD|RDN|PHARMD|RPH|CNA|CMA|MA)\b/dg;
/** "... PA SUBMITTED. [MF]", "reviewed KO": initials in square brackets, or after 'reviewed', closing an entry. */
const INITIALS_CLOSING_ENTRY = /(?:(?<=[.!?"”)][ \t]{1,3})\[([A-Z]{2,3})\]|\b(?:reviewed|REVIEWED|Reviewed|cosigned|COSIGNED|co-signed|CO-SIGNED)[ \t]{1,2}(?:by[ \t]{1,2}|BY[ \t]{1,2})?([A-Z]{2,3}))(?=[ \t]*(?:[\r\n]|$))/dg;
/**
 * "RN: TM     PCT: DS", "Sonographer: LTS", "Signed: MQH", "sealed 0512, initials CM", "reviewed/agree NF", "DRAWN BY: KC",
 * "PACKAGED BY: LB    CHECKED: RW", "TECH SIGN: MKA", "(SIGNED BK)": initials after who signed, drew, packed or checked.
 */
const INITIALS_AFTER_A_SIGNER_LABEL = /(?:\b(?:RN|LPN|LVN|PCT|CNA|SIGNED|Signed|AGREE|agree|Agree|SIGNATURE|Signature)[ \t]{0,2}:|\b(?:SONOGRAPHER|Sonographer|SCRIBE|Scribe|INITIALS|Initials|initials|WITNESS|Witness|TECH|Tech)[ \t]{0,2}:?|\b(?:reviewed|REVIEWED|Reviewed)\/(?:agree|AGREE)|\b(?:SEALED|Sealed|sealed|COLLECTED|Collected|collected|WITNESSED|Witnessed|witnessed|INITIALED|Initialed|initialed|VERIFIED|Verified|verified|DRAWN|Drawn|drawn|PACKAGED|Packaged|packaged|PACKED|Packed|packed|SENT|Sent|sent|LABELED|Labeled|labeled|LABELLED|Labelled|labelled|PROCESSED|Processed|processed|PREPARED|Prepared|prepared)[ \t]{1,2}(?:BY|by)[ \t]{0,2}:?|\b(?:VERIFIED|Verified|CHECKED|Checked|PACKAGED|Packaged|DRAWN|Drawn)[ \t]{0,2}:|\b(?:TECH|Tech)[ \t]{1,2}(?:SIGN|Sign)[ \t]{0,2}:|\((?:SIGNED|Signed|signed)(?=[ \t]{1,2}[A-Z]{2,3}\)))[ \t]{1,2}([A-Z]{2,3})(?=[ \t]*(?:[\r\n]|$)|[.,;][ \t]|\)|[ \t]{2}|[ \t]\/[ \t]|[ \t](?:[012]\d[0-5]\d|[012]?\d:[0-5]\d)(?![\w\/:-]|\.\d))/dg;
/** "COLLECTED BY ART 0600", "WITNESSED BY PCT": after a sealing or collecting verb, shorthand is what did it, not who. */
const SHORTHAND_MAY_FOLLOW = /^(?:SEALED|COLLECTED|WITNESSED|INITIALED|VERIFIED[ \t])/i;
/** Labels only a person's initials follow: "SCRIBE DP", "INITIALS LS", "DRAWN BY: KC", "TECH SIGN: MKA". */
const ONLY_INITIALS_FOLLOW = /^(?:SCRIBE|Scribe|INITIALS|Initials|initials|WITNESS|Witness|DRAWN|Drawn|drawn|PACKAGED|Packaged|packaged|PACKED|Packed|packed|SENT|Sent|sent|LABELL?ED|Labell?ed|labell?ed|PROCESSED|Processed|processed|PREPARED|Prepared|prepared|CHECKED|Checked|VERIFIED[ \t]{0,2}:|Verified[ \t]{0,2}:|TECH[ \t]{1,2}SIGN|Tech[ \t]{1,2}Sign|\()/;
/** "SENT BY UPS", "PACKED BY DHL", "passcode sent by SMS": a carrier or a channel, not a person. */
const CARRIERS = new Set(['UPS', 'DHL', 'USPS', 'FDX', 'SMS', 'MMS', 'EDI']);
/** "ELECTRONICALLY SIGNED 02/14/2025 16:42 AFL": the signer's initials after the date and time of an electronic signature. */
const INITIALS_AFTER_A_SIGNATURE_STAMP = /\b(?:SIGNED|Signed|signed)(?:[ \t]{1,2}(?:ON|on))?[ \t]{1,2}\d{1,2}\/\d{1,2}\/\d{2,4}(?:[ \t]{1,2}[012]?\d:?[0-5]\d)?[ \t]{1,2}([A-Z]{2,4})(?=[ \t]*(?:$|[\r\n]))/dg;
/** Shorthand a date follows as its label: of service, birth, injury, admission, a progress note, surgery, a vaccine. */
const DATE_LABELS = new Set('DOS DOB DOD DOA DOI DOV DOE DOC EDD EDC LMP PN ADM DC DIS SX OR ETA RTW RTC FU SOC ROC EOC POD IOL PPV PCV HEP MMR IPV DTAP TDAP HPV HIB VAR FLU RSV'.split(' '));
/** The zones an electronic signature's time may carry: "SIGNED 03/04/2025 14:22 CST". */
const TIME_ZONES = new Set('EST EDT CST CDT MST MDT PST PDT AKST AKDT HST UTC GMT BST CET'.split(' '));
/** "AKN 3/27/25 1012" after an entry: a line of the signer's initials, the date and perhaps the time, and nothing else. */
const INITIALS_DATING_A_LINE = /(?<=(?:^|[\r\n])[ \t]{0,2}(?:-{1,2}[ \t]?)?)([A-Z]{2,3})[ \t]{1,2}\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?:[ \t]{1,2}(?:[012]\d[0-5]\d|[012]?\d:[0-5]\d))?[ \t]*(?=$|[\r\n])/dg;
const INITIALS_IN_BRACKETS_AFTER_A_TIME = /(?<=\b(?:[01]\d|2[0-3])[0-5]\d[ \t]{1,2})\(([A-Z]{2,3})\)(?=[ \t])/dg;
const INITIALS_AFTER_DASH = /(?:-{1,2}|[–—]|\/)[ \t]?([A-Z]{2,3})(?=\.?[ \t]*(?:[\r\n]|$)|[ \t]{1,2}(?:RN|LPN|LVN|CNA|RDH|AUD|ATC|CTRS|CST|RRT|SLP|OTR|DPT|EMT|EMT-P|PA-C|NP|MD)[ \t]*(?:[\r\n]|$))/dg;
/**
 * What may stand before the dash of INITIALS_AFTER_DASH: a line start, an entry's last sentence or question, a chat
 * speaker's colon, or the number an entry ends with ("CB X5520 -JT", "will see her in 30 -SA").
 */
const BEFORE_SIGNING_DASH = /(?:^|[\r\n]|[.!?):][ \t]{1,2}|\d[ \t]{1,2}|\b(?:RN|LPN|LVN|MD|NP|CNA|PCT|RRT|PA-C)[ \t]{1,3})$/;
const BEFORE_SIGNING_SLASH = /(?:^|[\r\n]|[ \t]{2}|\b(?:RN|LPN|LVN|MD|NP|CNA|PCT|RRT|PA-C)[ \t]{1,3})$/;
/** Shorthand written in pairs on a plan's last line ("OA/RA", "ACE/ARB", "SNF/ALF"), which the clinical lists lack. */
const PAIRED_SHORTHAND = new Set('OA RA LR NS AMA ACE ARB AVF AVG TBI SAH TPN PPN SNF ALF SSI BPH CKD'.split(' '));
/** Fields a form gives for a relative: "Address (father):", "Cell (mom):". */
const CONTACT_FIELDS = new Set(['ADDRESS', 'PHONE', 'CELL', 'MOBILE', 'HOME', 'WORK', 'EMAIL', 'E-MAIL', 'FAX', 'TEL', 'CONTACT', 'SIGNATURE', 'EMPLOYER', 'OCCUPATION', 'LANGUAGE', 'RELATIONSHIP', 'INSURANCE']);
const NOT_SIGNING_INITIALS = new Set(
  ('AM PM OK NO ON IN TO AT BY OF IS AS IT WE HE ME MY SO UP DO GO OR AN BE IF US RE CC FYI PS AKA DOB NA WNL NAD MOD NL NEG POS MIN MAX AVG SEV MLD LOW HI ABN PRN BID TID QID QD QHS HS NPO DNR DNI POA HCP ' +
    'BP HR RR SBP DBP MAP CVP VS IO UO UOP BM BS BG BGL FS FSBG FSBS LE UE CV GI GU ID MS EXT HEENT PERRL CTA ' +
    'NG OG NGT OGT JP PEG GT TF TPN ETT FC CS LS IS SBT PS PC AC CPAP NC RA FM NRB HFNC ' +
    'CT MR MRI US XR CXR KUB EKG ECG ECHO EEG EMG ABG VBG BMP CMP CBC LFT UA UCX BCX INR PTT PT OT ST SLP RT ' +
    'OR ER ED IR ICU CCU PACU NICU MICU SICU CM SW MD NP PA RN LPN CNA DO IV PO SQ SC IM PR SL TD LKW DP NOC WOC HD RRT NKA NKDA NKFA GYN MOM DAD').split(' '),
);

function neverSigningInitials(initials: string): boolean {
  return NOT_SIGNING_INITIALS.has(initials) || CREDENTIALS.has(initials) || NOT_INITIALS.has(initials);
}

/** After a label that takes initials: capitals that spell a word or an abbreviation are that, not someone's initials. */
export function wordNotInitials(initials: string): boolean {
  return neverSigningInitials(initials) || CLINICAL_ABBREVIATIONS.has(initials) || isKnownWord(initials);
}

/** "- HTN⏎- BPH": the dash at `dash` opens an item of a dashed list when the line above opens one too. */
function itemOfADashedList(text: string, dash: number): boolean {
  return /(?:^|\n)[ \t]{0,4}-[ \t]?\S[^\n]*\r?\n[ \t]{0,4}$/.test(text.slice(Math.max(0, dash - 80), dash));
}

const LIST_ITEM_START = /^[ \t]{0,6}(?:\d{1,2}[.)]|[a-z][.)]|[-*•·])[ \t]/;
/** A line opened by a time, perhaps after a date: "0400 ...", "07/08 0415 ...", "3/3 2300 ...". */
const TIMED_LINE_START = /^[ \t]{0,4}(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?[ \t]{1,2})?(?:[012]\d[0-5]\d|[012]?\d:[0-5]\d)\b/;

const TITLE_SHAPED_INITIALS = new Set(['MR', 'MS', 'DR']);
/** What phone and message logs write after a dash in small letters: "-lvm", "-rtc", "-tbd". */
const LOG_SHORTHAND = new Set('lvm lm vm nr rtc tbd thx cga cn na nc tc cb cbr ptc nka wnl amb lmom lmtc mtc ok ty fyi pls asap'.split(' '));
/** "Placed in Dr Szabo's box. -kp": initials in lower case after a dash ending the line. */
const LOWER_CASE_INITIALS_AFTER_DASH = /(?<=[.!?)][ \t]{1,2})(?:-{1,2}|[–—])[ \t]?([a-z]{2,3})(?=[ \t]*(?:[\r\n]|$))/dg;

/**
 * "Booked 4/11 w/ Szabo. -kp" on entry after entry: the same two or three small letters closing two lines or more after a
 * finished sentence sign them, as capitals do; once may be a word ("- ok", "-no").
 */
function findLowerCaseInitialsSigningEntries(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  const starts = new Map<string, number[]>();
  for (const m of text.includes('-') ? matchesOf(LOWER_CASE_INITIALS_AFTER_DASH, text) : []) {
    const upper = m[1].toUpperCase();
    if (neverSigningInitials(upper) || CLINICAL_ABBREVIATIONS.has(upper) || isKnownWord(upper) || LOG_SHORTHAND.has(m[1])) continue;
    const at = starts.get(m[1]);
    if (at) at.push(m.indices![1][0]);
    else starts.set(m[1], [m.indices![1][0]]);
  }
  for (const [initials, at] of starts) {
    if (at.length < 2) continue;
    for (const start of at) {
      const k = firstTokenAtOrAfter(tokens, start);
      if (k < tokens.length && tokens[k].start === start && tokens[k].end === start + initials.length && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.75, 'initials signing several entries after a dash');
    }
  }
}

/**
 * "... SAME - LMR", "... MD PAGED. -TB" on entry after entry: the same two or three capitals signing several lines after a
 * dash are the writer's initials, after any word, and even when they spell an abbreviation (TB) if the lines are
 * timed entries. Once is not enough there: "HEART - RRR" is a finding.
 */
function findInitialsSigningEntriesAgain(text: string, afterDashes: readonly RegExpExecArray[], tokens: Token[], claimed: Uint8Array, take: Take): void {
  findLowerCaseInitialsSigningEntries(text, tokens, claimed, take);
  const byInitials = new Map<string, { start: number; timed: boolean; afterSentence: boolean }[]>();
  for (const m of afterDashes) {
    const initials = m[1];
    if (m.index === 0 || (!/[ \t]/.test(text[m.index - 1]) && !BEFORE_SIGNING_DASH.test(text.slice(Math.max(0, m.index - 3), m.index)))) continue;
    if (CREDENTIALS.has(initials) || itemOfADashedList(text, m.index)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // " 11. Melatonin 3 mg PO QHS - OTC.": an item of a numbered or bulleted list says what it is after its dash.
    if (LIST_ITEM_START.test(text.slice(lineStart, m.index))) continue;
    const entries = byInitials.get(initials) ?? [];
    entries.push({ start: m.indices![1][0], timed: TIMED_LINE_START.test(text.slice(lineStart, m.index)), afterSentence: /[.!?)][ \t]{1,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index)) });
    byInitials.set(initials, entries);
  }
  for (const [initials, entries] of byInitials) {
    if (entries.length < 2) continue;
    // "0810 LIAM TOOK FOCALIN 10 MG. --GO" entry after entry: initials that spell a little word sign when three timed
    // entries end so; a status ("-- OK", "-- NAD") stays one.
    // "SAFE. -MR" entry after entry: a title stands before a name, never alone after a finished sentence.
    const titleAfterSentences = TITLE_SHAPED_INITIALS.has(initials) && entries.every((entry) => entry.afterSentence && !text.slice(Math.max(0, entry.start - 8), entry.start).includes(`${initials}.`));
    if (neverSigningInitials(initials) && !titleAfterSentences && !(entries.length >= 3 && INITIALS_SPELLING_A_WORD.has(initials) && entries.every((entry) => entry.timed && entry.afterSentence))) continue;
    if (CLINICAL_ABBREVIATIONS.has(initials) && !entries.every((entry) => entry.timed)) continue;
    for (const { start } of entries) {
      const k = firstTokenAtOrAfter(tokens, start);
      if (k < tokens.length && tokens[k].start === start && tokens[k].end === start + initials.length && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.75, 'initials signing several entries after a dash');
    }
  }
}

/**
 * "PT (ML): gait 300 ft", "SW/CM (GT): pt is a roofer", "NEUROPSYCH (AW): RBANS 71": a team conference's report opened by
 * a discipline and its writer's initials in brackets.
 */
const INITIALS_OF_A_DISCIPLINE = /^[ \t]{0,4}(?:PT|OT|SLP|ST|RT|RD|SW|CM|SW\/CM|CM\/SW|NURSING|Nursing|MEDICAL|Medical|MEDICINE|Medicine|PSYCH|Psych|PSYCHOLOGY|Psychology|NEUROPSYCH|Neuropsych|DIETARY|Dietary|NUTRITION|Nutrition|PHARMACY|Pharmacy|CHAPLAIN|Chaplain|CHAPLAINCY|Chaplaincy|SPIRITUAL CARE|Spiritual care|REC THERAPY|Rec therapy|THERAPEUTIC REC|TR|ACTIVITIES|Activities|CASE MGMT|Case mgmt|CASE MANAGEMENT|Case management|SOCIAL WORK|Social work|PHYSIATRY|Physiatry|RESPIRATORY|Respiratory|SPEECH|Speech|WOUND CARE|Wound care|PALLIATIVE|Palliative)[ \t]{1,2}\(([A-Z]{2,3})\)[ \t]{0,2}:/dgm;

/** Codes a flowsheet's rows end with as values: rhythms, sides and sites, fluids, colours, assistance. */
const FLOWSHEET_VALUES = new Set([
  'SR', 'SB', 'ST', 'NSR', 'AF', 'AFL', 'SVT', 'PVC', 'PAC', 'VT', 'LT', 'RT', 'BIL', 'RFA', 'LFA', 'RAC', 'LAC', 'RIJ', 'LIJ', 'RUE', 'LUE', 'RLE', 'LLE',
  'LR', 'NS', 'HS', 'CLR', 'YEL', 'AMB', 'DK', 'BRN', 'RED', 'WC', 'CGA', 'SBA', 'MOD', 'MAX', 'MIN', 'IND', 'NT', 'AO', 'AOX', 'WNL', 'NEG', 'POS', 'YES',
]);

/** Two or three capitals ending a line after a column's gap: "CIWA PROTOCOL STARTED   RJT", "... 430         KO". */
const INITIALS_ENDING_A_ROW = /(?<![ \t])[ \t]{2,}([A-Z]{2,3})[ \t]*$/dgm;

/**
 * A flowsheet's last column of initials: the same two or three capitals ending several rows after a wide gap are who
 * charted them. Words, shorthand and codes that end rows as values ("NEG", "WNL", "PRN") stay out.
 */
function findInitialsColumn(text: string, takeToken: (start: number, length: number, reason: string) => void): void {
  if (!text.includes('  ')) return;
  const byInitials = new Map<string, number[]>();
  for (const m of matchesOf(INITIALS_ENDING_A_ROW, text)) {
    const initials = m[1];
    if (wordNotInitials(initials) || FLOWSHEET_VALUES.has(initials)) continue;
    const starts = byInitials.get(initials) ?? [];
    starts.push(m.indices![1][0]);
    byInitials.set(initials, starts);
  }
  for (const [initials, starts] of byInitials) {
    if (starts.length < 2) continue;
    for (const start of starts) takeToken(start, initials.length, 'initials ending the rows of a flowsheet');
  }
}

const BY_WORD: readonly string[] = [' by '];

const TRANSCRIPTION_STAMP_WORDS: readonly string[] = ['t:', 't :', 'dictated', 'transcribed', 'm.d.', 'trans'];

function findInitialsSigningEntries(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  // The initials must be a whole token of their own that no rule has claimed.
  const takeToken = (start: number, length: number, reason: string) => {
    const k = firstTokenAtOrAfter(tokens, start);
    if (k < tokens.length && tokens[k].start === start && tokens[k].end === start + length && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.75, reason);
  };
  const takeInitials = (start: number, initials: string, reason: string) => {
    if (!neverSigningInitials(initials) && !CLINICAL_ABBREVIATIONS.has(initials)) takeToken(start, initials.length, reason);
  };
  for (const m of text.includes('/') ? matchesOf(INITIALS_SLASH_CREDENTIAL, text) : []) {
    // Not the middle of "N/V/D" or "RA/RN"; a signing dash at a line start may stand before ("-MK/RN").
    if (m.index > 0 && /[\w\/-]/.test(text[m.index - 1])) {
      if (!SIGNING_DASH_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      // "Dispo⏎-OP/PT", "Orders⏎-DME/RT": a dashed line after a heading or an item is an order, not a signature.
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      if (!signsAfterAnEntry(text, lineStart) || isKnownWord(m[1]) || isUnitOrRole(m[1]) || ROUTES_AND_RESULTS.has(m[1])) continue;
    }
    takeInitials(m.indices![1][0], m[1], 'initials before a slash and a credential');
  }
  const lower = lowerCaseOf(text);
  for (const m of text.includes('[') || lower.includes('reviewed') || lower.includes('signed') ? matchesOf(INITIALS_CLOSING_ENTRY, text) : []) {
    const group = m[1] ? 1 : 2;
    takeInitials(m.indices![group][0], m[group], 'initials closing a charted entry');
  }
  for (const m of text.includes('(') ? matchesOf(INITIALS_OF_A_DISCIPLINE, text) : []) {
    // "PT (RLE):", "RT (ABG):", "NUTRITION (TPN):": what the report is about, not who wrote it.
    if (neverSigningInitials(m[1]) || (m[1].length === 3 && CLINICAL_ABBREVIATIONS.has(m[1]))) continue;
    takeToken(m.indices![1][0], m[1].length, "initials of a discipline's writer");
  }
  findInitialsColumn(text, takeToken);
  // One scan for initials after a dash serves both the repeated-signer rule and the single-entry one below.
  const afterDashes = /[-–—\/]/.test(text) ? [...matchesOf(INITIALS_AFTER_DASH, text)] : [];
  findInitialsSigningEntriesAgain(text, afterDashes, tokens, claimed, take);
  for (const [pattern, reason] of [
    [INITIALS_AFTER_TIME, 'initials after the time of a charted entry'],
    [INITIALS_AFTER_SENTENCE, 'initials signing a charted entry'],
    [INITIALS_AFTER_DASH, 'initials signed after a dash'],
    [INITIALS_AFTER_A_SIGNER_LABEL, 'initials after who signed'],
    [INITIALS_AFTER_A_SIGNATURE_STAMP, "initials after an electronic signature's date"],
    [INITIALS_DATING_A_LINE, 'initials and a date on a line of their own'],
  ] as const) {
    for (const m of pattern === INITIALS_AFTER_DASH ? afterDashes : matchesOf(pattern, text)) {
      if (pattern === INITIALS_AFTER_DASH && !BEFORE_SIGNING_DASH.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      // "COVID-19 / ILI": a slash joins two things unless it opens a line, follows a wide gap or the signer's credential.
      if (pattern === INITIALS_AFTER_DASH && m[0].startsWith('/') && !BEFORE_SIGNING_SLASH.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (pattern === INITIALS_AFTER_DASH && itemOfADashedList(text, m.index)) continue;
      // The time stands alone: after a line start, a space or punctuation, never inside a number or a word.
      if (pattern === INITIALS_AFTER_TIME && m.index > 0 && !/[\s;.,]/.test(text[m.index - 1])) continue;
      const initials = m[1];
      if (pattern === INITIALS_DATING_A_LINE && (DATE_LABELS.has(initials) || MONTH_OR_WEEKDAY.test(initials) || wordNotInitials(initials) || isUnitOrRole(initials))) continue;
      if (pattern === INITIALS_AFTER_A_SIGNER_LABEL && SHORTHAND_MAY_FOLLOW.test(m[0]) && (wordNotInitials(initials) || isUnitOrRole(initials))) continue;
      if (pattern === INITIALS_AFTER_A_SIGNER_LABEL && CARRIERS.has(initials)) continue;
      if (pattern === INITIALS_AFTER_A_SIGNATURE_STAMP && TIME_ZONES.has(initials)) continue;
      // After a label that can only name a person ("SCRIBE DP", "INITIALS LS") shorthand letters are still initials.
      const personLabel = (pattern === INITIALS_AFTER_A_SIGNER_LABEL && ONLY_INITIALS_FOLLOW.test(m[0])) || pattern === INITIALS_AFTER_A_SIGNATURE_STAMP;
      // "ROSE TO 94% W/ 2L NC. -LP": two letters after a dash closing a sentence at the line's end sign it, shorthand or not.
      // Not after a reading ("BP 84/50. -NS", "BG 320. -SS"): there the letters are the order that answered it.
      const closingASentence = pattern === INITIALS_AFTER_DASH && initials.length === 2 && /[^\d][.;)][ \t]{1,3}$/.test(text.slice(Math.max(0, m.index - 5), m.index));
      if (personLabel ? plainWordNotInitials(initials) : neverSigningInitials(initials) || (CLINICAL_ABBREVIATIONS.has(initials) && !closingASentence)) continue;
      // "TECH LOG, CHAIR 2": without its colon the label may head a word.
      if (pattern === INITIALS_AFTER_A_SIGNER_LABEL && /^(?:TECH|Tech)[ \t]/.test(m[0]) && isKnownWord(initials)) continue;
      // "BW 1640 G.": a measurement, not initials and a time.
      if (pattern === INITIALS_AFTER_SENTENCE && /^[ \t]{1,2}\d{3,4}[ \t]?(?:G|GM|GRAMS?|KG|LBS?|OZ|ML|CC)\b/i.test(text.slice(m.indices![1][1], m.indices![1][1] + 14))) continue;
      takeToken(m.indices![1][0], initials.length, reason);
    }
  }
  // "MON 6/9 1400 (SK) PHONE REVIEW": initials in brackets after an entry's time, where two signers at least sign so. Not
  // before a reading ("0600 (CBG) 99", "0800 (VM) 40%"), and not letters that spell a word, a route or a role.
  const bracketed = text.includes('(')
    ? [...matchesOf(INITIALS_IN_BRACKETS_AFTER_A_TIME, text)].filter(
        (m) => !neverSigningInitials(m[1]) && !CLINICAL_ABBREVIATIONS.has(m[1]) && !isKnownWord(m[1]) && !ROUTES_AND_RESULTS.has(m[1]) && !isUnitOrRole(m[1]) && !/^[ \t]{1,2}[\d.+-]/.test(text.slice(m.indices![1][1] + 1, m.indices![1][1] + 4)),
      )
    : [];
  if (new Set(bracketed.map((m) => m[1])).size >= 2) for (const m of bracketed) takeToken(m.indices![1][0], m[1].length, "initials in brackets after an entry's time");
  // "... STEADY GAIT.⏎BW", "⏎TW CM": two or three capitals alone on a note's last line, perhaps with credentials.
  const trimmedEnd = text.trimEnd().length;
  const lastLineStart = Math.max(text.lastIndexOf('\n', trimmedEnd - 1), text.lastIndexOf('\r', trimmedEnd - 1)) + 1;
  const lastLineText = trimmedEnd - lastLineStart <= 40 ? text.slice(lastLineStart, trimmedEnd) : '';
  const lastLine = INITIALS_CLOSING_NOTE.exec(lastLineText);
  if (lastLine) takeInitials(lastLineStart + lastLine.indices![1][0], lastLine[1], "initials on a note's last line");
  // "...⏎-- LKW", "...⏎-AV", "...⏎-TLW (MICRO)", "...⏎-- JDK / EMT-P": after a signing dash on the note's last line the
  // capitals sign it even when they spell shorthand; a plain word there ("-- NO") is still the word.
  const dashSigned = lastLine && !neverSigningInitials(lastLine[1]) && !CLINICAL_ABBREVIATIONS.has(lastLine[1]) ? null : DASH_SIGNED_LAST_LINE.exec(lastLineText);
  if (dashSigned && signsAfterAnEntry(text, lastLineStart) && (dashSigned[2] !== undefined || signingTail(dashSigned[3], dashSigned[4])) && !plainWordNotInitials(dashSigned[1]) && !ROUTES_AND_RESULTS.has(dashSigned[1]) && !wordEarlierInNote(text, dashSigned[1], lastLineStart)) {
    takeToken(lastLineStart + dashSigned.indices![1][0], dashSigned[1].length, "initials after a dash signing the note's last line");
  }
  // "...⏎kw", "...⏎lisa k": the same in lower case, or a first name and an initial.
  let lowerCaseLastLine = lastLine || lastLineStart === 0 ? null : LOWER_CASE_CLOSING_NOTE.exec(lastLineText);
  let lowerCaseFrom = lastLineStart;
  if (!lastLine && !lowerCaseLastLine) {
    lowerCaseFrom = Math.max(lastLineStart, trimmedEnd - 24);
    lowerCaseLastLine = LOWER_CASE_DASH_CLOSING_ENTRY.exec(text.slice(lowerCaseFrom, trimmedEnd));
  }
  if (lowerCaseLastLine && signsInLowerCase(lowerCaseLastLine[1])) {
    const start = lowerCaseFrom + lowerCaseLastLine.indices![1][0];
    const k = firstTokenAtOrAfter(tokens, start);
    let end = k;
    while (end < tokens.length && tokens[end].end <= start + lowerCaseLastLine[1].length) end++;
    if (end > k && tokens[k].start === start) take(k, end, 'DOCTOR', 0.75, "initials or a first name signing on a note's last line");
  }
  // "ZV/lh", "KO:MTW", "EB/JCR": the dictating doctor's and the transcriptionist's initials on a line of their own.
  for (const m of text.includes('/') || text.includes(':') ? matchesOf(DICTATION_INITIALS, text) : []) {
    const [doctor, typist] = [m[1], m[2]];
    // Right under a signature with a credential the line is the dictation's, whatever else the letters spell ("WK/bp").
    const underSignature = underASignature(text, m.index + (m[0].startsWith('\n') || m[0].startsWith('\r') ? 1 : 0));
    // "SO/EG  D: 02/14/02", "CR/tlh⏎D: 11/21/98": before the dictation and transcription dates the line is the dictation's too.
    const lineStart = m.index + (m[0].startsWith('\n') || m[0].startsWith('\r') ? 1 : 0);
    const stamped = DICTATION_STAMP_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) || DICTATION_STAMP_BEFORE.test(text.slice(Math.max(0, lineStart - 48), lineStart));
    const closesTheNote = text.slice(m.index + m[0].length).trim() === '';
    // After dashes or with blanks around the slash ("-- FU/RTC", "PT / OT") the letters are a plan's shorthand unless
    // they close the note ("...⏎TZ / CL", "--RM/TQ" on its last line).
    const loose = /-/.test(m[0].slice(0, m.indices![1][0] - m.index)) || /[ \t]\/|\/[ \t]/.test(m[0]);
    const shorthand = (part: string) => CLINICAL_ABBREVIATIONS.has(part.toUpperCase()) || CREDENTIALS.has(part.toUpperCase()) || NOT_SIGNING_INITIALS.has(part.toUpperCase());
    // "DM/RJT" closing a note: a part no dictionary knows makes the other initials too, though that one spells a diagnosis
    // ("HTN/DM", "NKA/NKDA" and "CK/RN", a credential after the signer's initials, stay out).
    // Under a heading ("DX:⏎HTN/OSA", "PMH⏎OSA/OHS") the pair is a list of diagnoses: the line before must end an entry.
    const entryEndsBefore = /[.\d)][ \t]*\r?\n[ \t]*$/.test(text.slice(Math.max(0, lineStart - 8), lineStart));
    const signsTheNote =
      closesTheNote && entryEndsBefore && !loose && doctor.length <= 3 && typist.length <= 3 && ![doctor, typist].some((part) => PAIRED_SHORTHAND.has(part.toUpperCase())) && ![doctor, typist].some((part) => CREDENTIALS.has(part.toUpperCase())) && [doctor, typist].some((part) => !shorthand(part) && !isKnownWord(part.toUpperCase()));
    if (!underSignature && !stamped && !signsTheNote && [doctor, typist].some(shorthand)) continue;
    if (loose && !underSignature && !stamped && !closesTheNote) continue;
    for (const group of [1, 2] as const) {
      const [start] = m.indices![group];
      const k = firstTokenAtOrAfter(tokens, start);
      if (k < tokens.length && tokens[k].start === start && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.8, 'dictation initials of the doctor and the typist');
    }
  }
  // "T. Bianchi, MD / cjw", "Job 448120/lmh", "...copy given to patient only. /tr", "/ap" under a signature: a typist's
  // initials after a slash ending a signature, a dictation stamp or the note.
  for (const m of text.includes('/') ? matchesOf(TYPIST_AFTER_SLASH, text) : []) {
    const letters = m[1];
    if (!mayBeTypistInitials(letters)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    const closesTheNote = text.slice(m.index + m[0].length).trim() === '';
    // Letters that read as shorthand ("/ok", "/po", "/er") close a note or a sentence as themselves, not as a typist.
    const shorthand = CLINICAL_ABBREVIATIONS.has(letters.toUpperCase()) || neverSigningInitials(letters.toUpperCase()) || ROUTES_AND_RESULTS.has(letters.toUpperCase());
    const typed =
      before.trim() === ''
        ? (closesTheNote && !shorthand) || underASignature(text, lineStart)
        : /[\s\d]$/.test(before) &&
          (DICTATION_WORD.test(before) || signsWithCredentials(before.split(/[ \t]{2,}|[ \t]+\/?[ \t]*$/)[0]) || (closesTheNote && !shorthand && /[.!?)][ \t]+$/.test(before)));
    if (typed) takeToken(m.indices![1][0], letters.length, "a typist's initials after a slash");
    // "D: 06/04/2025 11:30  T: 06/05/2025 08:12  DW/klm": the dictating doctor's initials before the typist's on the stamp.
    // Only blanks stand between the stamp's last date, time or job number and the pair ("... URINE YEL/CLR" is a finding).
    const doctor = /(?:(?:\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}|\d{1,2}:\d\d|\b\d{4,})[.;,]?|\b(?:dictated|transcribed|DICTATED|TRANSCRIBED)\b[^)\r\n]{0,20}\))[ \t]{1,4}([A-Z]{2,3})$/.exec(before);
    if (doctor && DICTATION_WORD.test(before) && !neverSigningInitials(doctor[1]) && !CLINICAL_ABBREVIATIONS.has(doctor[1])) {
      takeToken(lineStart + doctor.index + doctor[0].length - doctor[1].length, doctor[1].length, "the doctor's and the typist's initials ending a dictation stamp");
      takeToken(m.indices![1][0], letters.length, "the doctor's and the typist's initials ending a dictation stamp");
    }
  }
  // "CLOSED BY JW 10/31/2024", "... 11/19 0630 BY TGW.": initials after "by" closing an entry a record keeper logged.
  for (const m of holdsAny(lowerCaseOf(text), BY_WORD) ? matchesOf(INITIALS_BY_AFTER_A_RECORD, text) : []) {
    if (wordNotInitials(m[1]) || plainWordNotInitials(m[1]) || TITLES.has(m[1])) continue;
    takeToken(m.indices![1][0], m[1].length, 'initials after "by" closing a logged entry');
  }
  // "T: 07/04/21 0930   CB/AAH   #20417", "D/T 02/26/2020/02/27/2020    CNP/TMW    JOB 552019": the pair between a stamp's
  // last date or time and its job number is the doctor's and the typist's, whatever else the letters spell ("DO/RRK").
  for (const m of text.includes('/') ? matchesOf(STAMP_PAIR_BEFORE_JOB, text) : []) {
    if (!DICTATION_WORD.test(stampLineUpTo(text, m.index + m[0].length))) continue;
    if ([m[1], m[2]].some((part) => NOT_TYPIST_INITIALS.has(part.toUpperCase()))) continue;
    for (const group of [1, 2] as const) takeToken(m.indices![group][0], m[group].length, "the doctor's and the typist's initials ending a dictation stamp");
  }
  for (const m of holdsAny(lowerCaseOf(text), TRANSCRIPTION_STAMP_WORDS) ? matchesOf(TRANSCRIPTION_STAMP_INITIALS, text) : []) {
    const group = ([1, 2, 3, 4] as const).find((g) => m[g] !== undefined)!;
    const initials = m[group].toUpperCase();
    if (group === 4 ? !DICTATION_WORD.test(stampLineUpTo(text, m.index + m[0].length)) : group !== 2 && !DICTATION_DATE.test(text)) continue;
    if (CREDENTIALS.has(initials) || TITLES.has(initials)) continue;
    // After "T:" the letters may be a temperature's reading ("T: AF"); after "DICTATED ... BY" or "M.D." they sign.
    if (group === 1 && (CLINICAL_ABBREVIATIONS.has(initials) || NOT_SIGNING_INITIALS.has(initials))) continue;
    const [start] = m.indices![group];
    const k = firstTokenAtOrAfter(tokens, start);
    if (k < tokens.length && tokens[k].start === start && !claimed[k]) take(k, k + 1, 'DOCTOR', 0.8, 'initials in a dictation or transcription stamp');
  }
  // "-R.M.", "-H. W.", "M.S. RN CM": initials with periods signing after a dash or before a credential.
  for (const m of text.includes('.') ? matchesOf(DOTTED_INITIALS_SIGNING, text) : []) {
    const [start, end] = m.indices![1] ?? m.indices![2] ?? m.indices![3];
    // "⏎G.V.⏎": dotted initials alone on a line sign what comes before them.
    if (m[3] && DOTTED_NOT_INITIALS.has(m[3].replace(/[ \t]/g, ''))) continue;
    const k = firstTokenAtOrAfter(tokens, start);
    let last = k;
    while (last < tokens.length && tokens[last].end <= end) last++;
    if (last - k < 2 || tokens[k].start !== start || tokens.slice(k, last).some((t, n) => claimed[k + n] || t.shape !== 'initial')) continue;
    take(k, last, 'DOCTOR', 0.8, 'initials with periods signing an entry');
  }
}

/** The line before `at` signs with a name and its credentials: "Rosalie Amaya-Crane, DDS, MSD⏎", "T. Bianchi, MD⏎". */
function underASignature(text: string, at: number): boolean {
  let lineEnd = text.lastIndexOf('\n', at - 1);
  if (lineEnd < 0 || text.slice(lineEnd + 1, at).trim() !== '') return false;
  let lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  // One blank line may stand between the signature and what follows it.
  if (text.slice(lineStart, lineEnd).trim() === '' && lineStart > 0) {
    lineEnd = lineStart - 1;
    lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  }
  return signsWithCredentials(text.slice(lineStart, lineEnd));
}

/** A signer's name and credentials end `line`: "Adaora Nnadi, DMD, MS", "S. Ogunleye, RN", "--MW, M.S., CCC-SLP". */
function signsWithCredentials(line: string): boolean {
  const m = CREDENTIALS_ENDING_A_LINE.exec(line);
  if (m === null) return false;
  // A person signs, not a service ("Hospitalist, MD", "Athletic Trainer, ATC").
  const signerWords = m[1].split(/[ \t]+|-/).map((w) => w.replace(/[.'’]|['’]S$/gi, '').toUpperCase()).filter((w) => w.length > 1);
  const notAName = (w: string) => {
    const info = wordInfo(w);
    return info.tier === 'word' || (!info.firstName && !info.surname && isKnownWord(w)) || (info.clinicalWord && !info.firstName && !(info.surnameRank < 2000));
  };
  if (signerWords.length === 0 || signerWords.some(notAName)) return false;
  const parts = m[2].split(/[ \t]{0,2},[ \t]{0,2}/).map((part) => part.replace(/\./g, '').toUpperCase());
  // The last is a credential; one before it may be a licence the lists lack ("D. WHITE, MS, LAT, ATC").
  return SIGNATURE_CREDENTIALS.has(parts[parts.length - 1]) && parts.every((part) => SIGNATURE_CREDENTIALS.has(part) || /^[A-Z]{2,5}$/.test(part));
}
const CREDENTIALS_ENDING_A_LINE = /((?:[\p{L}'’.-]+[ \t]{1,2}){0,3}[\p{L}'’.-]+),[ \t]{0,2}((?:[A-Za-z][A-Za-z.\/-]{0,9}[ \t]{0,2},[ \t]{0,2}){0,3}[A-Za-z][A-Za-z.\/-]{1,9})[ \t]*\r?$/u;
/** Credentials that close a signature, with those too ambiguous elsewhere to be in the lists ("TYLENOL ATC", "Keytruda, MSD"). */
const SIGNATURE_CREDENTIALS = new Set([...CREDENTIALS, 'ATC', 'MSD', 'CST', 'AUD', 'LAT']);
/**
 * "ZV/lh" alone on a line, also after dashes or with blanks around the slash ("--RM/TQ", "TZ / CL"), or before the
 * dictation and transcription dates ("SO/EG  D: 02/14/02"), or after the signer's M.D.
 */
const DICTATION_INITIALS = /(?:^|[\r\n]|,[ \t]?M\.?D\.?[ \t]{1,3})[ \t]{0,3}(?:-{1,2}[ \t]?)?([A-Z]{2,3}|[a-z]{2,3}(?=\/[a-z]))(?:[ \t]?\/[ \t]?|:)([A-Za-z]{2,4})[ \t]*(?=$|[\r\n]|[ \t](?:DD?|DT|TD|T)[ \t]?:?[ \t]?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})/dg;
/**
 * The typist's initials in a transcription stamp: "T: JW" on its own line (in a note with a dictation date), "DICTATED 03/14/03
 * 15:50 BY GO", "TRANSCRIBED 05/22/05 0912 SKJ"; and the signer's initials alone after "M.D." ("TALBOT, M.D. IT").
 */
const TRANSCRIPTION_STAMP_INITIALS =
  /(?:^|[\r\n])[ \t]{0,3}T[ \t]?:[ \t]{0,3}([A-Z]{2,4}|[a-z]{2,4})[ \t]*(?=$|[\r\n])|\b(?:DICTATED|TRANSCRIBED|Dictated|Transcribed)(?:[ \t]{1,2}(?:ON|on))?(?:[ \t]{1,2}[\d/:.-]{3,10}){1,3}(?:[ \t]{1,2}(?:BY|by))?[ \t]{1,2}([A-Z]{2,4}|[a-z]{2,4})(?=[ \t]*(?:$|[\r\n])|[ \t]{2,}(?:TRANS|Trans|JOB|Job|#)|[ \t]{1,2}(?:TRANS|Trans)\b)|,[ \t]?M\.D\.[ \t]{1,3}([A-Z]{2,3})[ \t]*(?=$|[\r\n])|(?<=\b(?:TRANS|Trans|TRANSCRIPTIONIST|Transcriptionist)[ \t]{0,2}:?[ \t]{1,2})([A-Z]{2,4}|[a-z]{2,4})(?=[ \t]*(?:$|[\r\n])|[ \t]{2,}(?:JOB|Job|#|\d))/dg;
const INITIALS_BY_AFTER_A_RECORD =
  /(?:(?<![\d.\/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/\d{2,4})?(?![\d.\/])|(?<![\d.:\/])\d{1,2}:?\d\d(?![\d.\/])|\b(?:CLOSED|SIGNED|VERIFIED|REVIEWED|ENTERED|LOGGED|CHECKED|WITNESSED|RECEIVED|DOCUMENTED|Closed|Signed|Verified|Reviewed|Entered|Logged|Checked|Witnessed|Received|Documented))[ \t]{1,2}(?:BY|by|By)[ \t]{1,2}([A-Z]{2,3})(?=[ \t]*(?:[.;,](?![A-Za-z\d])|$|[\r\n])|[ \t]{1,2}\d{1,2}[\/:]|[ \t]{1,2}\d{4}\b)/dg;
const STAMP_PAIR_BEFORE_JOB =
  /(?:\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4}|\b\d{1,2}:?\d\d)[ \t]{1,8}([A-Z]{2,3})\/([A-Z]{2,4}|[a-z]{2,4})(?=[ \t]{1,8}(?:(?:JOB|Job|job)[ \t]{0,2}(?:#|NO\.?|no\.?)?[ \t]{0,2}|#[ \t]{0,2})[\d-]{4,}[ \t]*(?:$|[\r\n]))/dg;
/**
 * The line a stamp's initials end, up to them: at most the 160 characters before, so a note written on one long line
 * is not read again for every match.
 */
function stampLineUpTo(text: string, end: number): string {
  const stretch = text.slice(Math.max(0, end - 160), end);
  return stretch.slice(stretch.search(/[^\r\n]*$/));
}
const TYPIST_AFTER_SLASH = /\/[ \t]?([a-z]{2,4}|[A-Z]{2,3})[ \t]*(?=\r?$)/dgm;
/**
 * On a dictation stamp's or a typist's line: a job number, a word of dictation or transcription ("DICTATION ID",
 * "TRANSCRIBED"), or a dictation date after its label ("T: 10/21/2025", "D/T 02/26/2020", not "T: 98.6").
 */
const DICTATION_WORD = /\b(?:(?:job|JOB|Job)[ \t]{0,2}(?:#|no\.?|NO\.?|number|NUMBER)?[ \t]{0,2}:?[ \t]{0,2}\d{4,}|DICTAT|Dictat|dictat|TRANSCRIB|Transcrib|transcrib|(?:DD?|DT|TD|T|D\/T)[ \t]?:?[ \t]{0,2}\d{1,2}[\/.-]\d{1,2}[\/.-]\d{2,4})/;
/** Letters after a slash ending a line that are a unit, a rate or a schedule ("2 tabs/day", "x3/wk"), not a typist. */
const NOT_TYPIST_INITIALS = new Set('DAY DAYS WK WKS WEEK HR HRS MIN MINS YR YRS MO MOS SEC DL ML KG MG MCG MEQ MMOL IU PRN BID TID QID QD QHS HS AM PM NA NO YES ON OFF AND OR'.split(' '));

function mayBeTypistInitials(letters: string): boolean {
  const upper = letters.toUpperCase();
  if (NOT_TYPIST_INITIALS.has(upper) || CREDENTIALS.has(upper) || TITLES.has(upper)) return false;
  return letters !== upper || !(neverSigningInitials(upper) || CLINICAL_ABBREVIATIONS.has(upper));
}
/** Services that sign, check or prepare by their shorthand: sterile processing, the blood bank, pharmacy, the lab. */
const SERVICES_THAT_SIGN = new Set(['SPD', 'CSR', 'BB', 'RX', 'LAB', 'HIM', 'IT', 'QA', 'QI']);
const DICTATION_DATE = /\b(?:DD|TD|DT|D)[ \t]?:[ \t]?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
/** "DV: 07/24/17⏎pr/kgb": the dictation date on the line above. */
const DICTATION_STAMP_BEFORE = /(?:DD?|DT|TD|DV)[ \t]?:[ \t]?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\r\n]{0,12}\r?\n[ \t]{0,3}$/;
const DICTATION_STAMP_AFTER = /^(?:[ \t]{1,3}|[ \t]*\r?\n[ \t]{0,3})(?:DD?|DT|TD)[ \t]?:?[ \t]?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/;
/**
 * A note's last line signed after a dash: the initials, then credentials, a bracketed lab section or, after a slash, who
 * else signs ("--TN / DR I. HADDAD", "--HK / SCRIBE DP", "--JLB / ANSWERING SVC OP #4471"), if anything.
 */
const DASH_SIGNED_LAST_LINE =
  /^[ \t]{0,3}(?:-{1,2}|[–—])[ \t]?([A-Z]{2,3})(?:[ \t]{1,2}\/[ \t]{1,2}((?:DR\.?[ \t](?!AWARE|NOTIFIED|PAGED|CALLED|UPDATED|INFORMED)|SCRIBE[ \t]|TECH[ \t]|ANSWERING[ \t]SVC)[^\r\n]{0,30})|(?:[ \t]{0,2}[,\/][ \t]{0,2}|[ \t]{1,2})([A-Z][A-Za-z.\/-]{1,10}(?:(?:[ \t]|,[ \t]{0,2})[A-Z][A-Za-z.\/-]{1,10}){0,2})|[ \t]{1,2}\(([A-Z]{2,10})\))?[ \t]*$/d;
/** A lab section or a service named after a signer's initials: "-TLW (MICRO)", "-DJW, ANDROLOGY". */
const SIGNING_DEPARTMENTS = new Set('MICRO LAB PATH CHEM HEME CYTO HISTO RAD BB ANDROLOGY PHARMACY DIETARY'.split(' '));
/** Shorthand a dashed line holds as an order or an item, not as initials: routes, results, tubes, services, history headings. */
const ROUTES_AND_RESULTS = new Set('AF AFIB NSR SR UOP IV PO SQ SC SL IM QD BID TID DX RX HX SX FX BX NG OG GT ETT TF FH SH CC FYI NEG POS NC RA UA CT VS BM BS UO IO EF MR TR VT NS CP HA TB OS OU OD AP DC JP HH GU PE DM CPT CCT BLS ALS DME OP FLT MGM CPR'.split(' '));

/**
 * An entry stands before the signing line: a line that ends a sentence, a reading or a quotation, or one of four words
 * or more (capitals seldom end with a period); not a heading ("Urine", "Plan") and not a list's item.
 */
function signsAfterAnEntry(text: string, lineStart: number): boolean {
  const before = text.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (/^[ \t]{0,4}(?:\d{1,2}[.)]|[-*•])[ \t]?/.test(line) || /:$/.test(line)) return false;
  return /[.!?)"”\d]$/.test(line) || line.trim().split(/[ \t]+/).length >= 4;
}

/** What may follow the initials: nothing, a credential, or a lab section or service. */
function signingTail(credential: string | undefined, department: string | undefined): boolean {
  if (department !== undefined) return SIGNING_DEPARTMENTS.has(department);
  if (credential === undefined) return true;
  const first = credential.split(/[ \t,]/)[0].replace(/\./g, '');
  return CREDENTIALS.has(first.toUpperCase()) || SIGNING_DEPARTMENTS.has(first) || /^(?:EMT-P|EMT|NRP|CNM|CRNA|APRN|FNP-C|PA-C|ACT|CCHT|MA|CMA|PCT|CNA|LPN|LVN|RN|MD|DO|NP|PA|RRT|RT|SW|CM|MSW|LCSW|PHARMD|RPH|OTR|PT|OT|SLP|AUD)$/.test(first);
}

/** The same capitals stand as a word somewhere before `end`: then they are that word, not a signer's initials. */
function wordEarlierInNote(text: string, capitals: string, end: number): boolean {
  const first = new RegExp(String.raw`(?<![\w/])${capitals}(?![\w/])`).exec(text);
  return first !== null && first.index < end;
}
/** Two or three capitals that read as a word or a placeholder wherever they stand. */
const PLAIN_CAPITALS = new Set('AM PM OK NO ON IN TO AT BY OF IS AS IT WE HE ME MY SO UP DO GO OR AN BE IF US RE NA TBD ETC'.split(' '));

/** Two capitals that spell a little word but never a charted status or a reading: someone's initials when they sign. */
const INITIALS_SPELLING_A_WORD = new Set('GO SO DO ME MY WE HE BE IF AN AS US IT AT BY OF IS'.split(' '));

/** Who signs by discipline or unit rather than by name ("-RT", "-WOC RN", "-PD RN"). */
const SIGNING_DISCIPLINES = new Set('RN LPN LVN CNA PCT PT OT ST SLP RT RRT SW CM MD NP PA DO WOC PD HD ED ER OR IR CCU ICU NICU MICU SICU PACU'.split(' '));

function plainWordNotInitials(initials: string): boolean {
  return PLAIN_CAPITALS.has(initials) || SIGNING_DISCIPLINES.has(initials) || CREDENTIALS.has(initials) || isUnitOrRole(initials) || (initials.length === 3 && isKnownWord(initials));
}
/** Tried on the note's last line only (a short one): two or three capitals, perhaps credentials after them. */
const INITIALS_CLOSING_NOTE = /^[ \t]{0,3}[-–—\/]?[ \t]?([A-Z]{2,3})(?:[ \t]{1,2}(?:RN|LPN|CM|SW|MSW|LCSW|RRT|RT|NP|MD|CNA|BSN)){0,3}$/d;
const DOTTED_INITIALS_SIGNING =
  /-[ \t]?([A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?=[ \t]*(?:[\r\n]|$))|(?:^|[\r\n])[ \t]{0,3}([A-Z]\.[A-Z]\.(?:[A-Z]\.)?)(?=[ \t]{1,2}(?:RN|LPN|CM|SW|MSW|RRT|NP|MD|PA-C|CNA)\b)|(?:^|[\r\n])[ \t]{0,3}([A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?=[ \t]*(?:[\r\n]|$))/dg;
/** Dotted capitals a line may hold alone without being anyone's initials. */
const DOTTED_NOT_INITIALS = new Set(['U.S.', 'P.O.', 'A.M.', 'P.M.', 'N.B.', 'P.S.', 'D.C.', 'U.K.', 'E.R.', 'O.R.']);

/** "our 3 founders: Monjeau, Graves and Reed", "Present: Okafor, Lindqvist and Reyes": people listed after a word naming them. */
const PEOPLE_LIST_CUE = /\b(?:founders|co-founders|partners|attendees|participants|present|in attendance|owners|authors|members)[ \t]{0,2}(?:are|were|include|included)?[ \t]{0,2}:[ \t]{0,3}/gi;
const LIST_ITEM = String.raw`\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30})?`;
const PEOPLE_LIST_AT = new RegExp(String.raw`(?:${LIST_ITEM},[ \t]{1,2}){1,8}${LIST_ITEM},?[ \t]{1,2}(?:and|&)[ \t]{1,2}${LIST_ITEM}(?=[ \t]{0,2}(?:[.;!?]|$))`, 'uy');
/** "Usamov and Bowers were precision engineers": two capitalised words joined by "and", said to be people of a trade. */
const PAIR_BEFORE_VERB = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]{1,30})[ \t]{1,2}and[ \t]{1,2}(\p{Lu}[\p{L}'’-]{1,30})$/du;
const TRADE_AFTER_VERB = /(?:[\p{Ll}-]{2,20}[ \t]{1,2}){0,2}?(\p{L}{3,30})s\b/uy;

/**
 * A numbered sign-out or census line: "3. CROHN, J 665A 93 Y/O MALE ...", "1. BAKR (CHANCE) 7725-W - 97M DKA",
 * "4. Myrtle Grabowski 5545-W 80F". The words before a bed code and an age with a sex are the patient's name,
 * whatever else they mean (drug, eponym and word surnames are common there), the bracket is a nickname and the
 * code is the bed.
 */
const SIGN_OUT_NAME_PART = String.raw`${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){0,30}\.?`;
const SIGN_OUT_NAME = String.raw`(${SIGN_OUT_NAME_PART}(?:[ \t]{1,2}${SIGN_OUT_NAME_PART}){0,3}(?:,[ \t]{0,2}${SIGN_OUT_NAME_PART}(?:[ \t]{1,2}${SIGN_OUT_NAME_PART}){0,2})?)`;
/** "67F", "81 YO M", "90YM", "97 YO FEMALE": an age with the patient's sex, as sign-outs write them. */
const AGE_WITH_SEX = String.raw`(\d{1,3})[ \t]?(?:(?:[Yy]\/?[Oo]|[Yy]\.[Oo]\.?|[Yy][Rr][Ss]?)[ \t]?(?:[MmFfWw]|[Mm][Aa][Ll][Ee]|[Ff][Ee][Mm][Aa][Ll][Ee])?|[Yy]\/?[Oo][MmFf]|[Yy][MmFf]|[MmFfWw]|[Mm][Aa][Ll][Ee]|[Ff][Ee][Mm][Aa][Ll][Ee])(?![A-Za-z\u00C0-\u024F\d])`;
const SIGN_OUT_ITEM = new RegExp(
  String.raw`^[ \t]{0,3}\d{1,2}[.)][ \t]{1,3}${SIGN_OUT_NAME}` +
    String.raw`(?:[ \t]{1,2}\((${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’ -]){0,30})\))?` +
    String.raw`(?:[ \t]{1,2}\(?((?=[A-Z0-9-]{0,8}\d)[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?)\)?)?` +
    String.raw`[ \t]{1,2}(?:[-–][ \t]{1,2})?${AGE_WITH_SEX}`,
  'dgm',
);
/** "RM 477A HALL, LANE 94YM", "ASPEN TELE RM 687A: HUNTER, WADE V, 90YM": a hand-off line's room, patient and age. */
const ROOM_SIGN_OUT_ITEM = new RegExp(
  String.raw`\b(?:RM|ROOM|Rm|Room|BED|Bed)\.?[ \t]{0,2}#?[ \t]{0,2}[A-Z]?\d{1,4}[A-Z]?(?:-\d{1,2}[A-Z]?)?:?[ \t]{1,3}${SIGN_OUT_NAME},?[ \t]{1,2}(?:[-–][ \t]{1,2})?${AGE_WITH_SEX}`,
  'dg',
);

function findSignOutListPatients(text: string, found: Candidate[]): void {
  for (const m of /\d[.)][ \t]/.test(text) ? matchesOf(SIGN_OUT_ITEM, text) : []) {
    const [nameStart, nameEnd] = m.indices![1];
    // "1. CHF 3 M ago": without a bed, only a grown-up's age, and never a clinical abbreviation alone.
    if (!m[3] && (m[4].length < 2 || CLINICAL_ABBREVIATIONS.has(m[1].toUpperCase()))) continue;
    found.push(candidate(nameStart, nameEnd, 'NAME', 'PATIENT', 0.9, 'name on a numbered sign-out line before a bed and an age'));
    if (m.indices![2]) found.push(candidate(m.indices![2][0], m.indices![2][1], 'NAME', 'PATIENT', 0.85, 'nickname on a numbered sign-out line'));
    if (m.indices![3] && /\D/.test(m[3])) found.push(candidate(m.indices![3][0], m.indices![3][1], 'LOCATION', 'ROOM', 0.85, 'bed on a numbered sign-out line'));
  }
  if (!/\b(?:RM|ROOM|BED)\b/i.test(text)) return;
  for (const m of matchesOf(ROOM_SIGN_OUT_ITEM, text)) {
    const [nameStart, nameEnd] = m.indices![1];
    // "ROOM 3 SEEN 4M AGO": without a comma, two words or more, none of them a clinical abbreviation or a never-name.
    const words = m[1].split(/[ \t,]+/);
    const commaForm = m[1].includes(',');
    if ((!commaForm && words.length < 2) || words.some((w) => CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || (!commaForm && NEVER_NAMES.has(w.toUpperCase())))) continue;
    found.push(candidate(nameStart, nameEnd, 'NAME', 'PATIENT', 0.9, 'name between a room and an age with the sex'));
  }
}

/** "Children: Sunny (11) and Sage (15)", "KIDS: MOHAMUD 7 YO AND BILL 4-YEAR-OLD": names before ages after a children label. */
const CHILDREN_LABEL = /\b(?:children|kids|siblings|sibs|grandchildren|grandkids|sons|daughters|brothers|sisters|half-brothers|half-sisters|stepchildren|twins)[ \t]{0,2}(?::|(?=\()|(?=[ \t]?[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]{1,25}[ \t]{0,2}(?:\([ \t]{0,2}\d|\d{1,2}[ \t]{0,2}[,;)])))/gi;
const CHILD_WITH_AGE = new RegExp(String.raw`(?<![A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’-])(${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){1,25}(?:[ \t]${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){1,25})?)[ \t]{0,2}(?:\([ \t]{0,2}\d{1,2}[ \t]{0,2}(?:y|yo|y\/o|yrs?|years?)?[ \t]{0,2}\)|\d{1,2}[ -]?(?:yo|y\/o|y\.o\.|-?year-old|years? old)\b|age[ \t]\d{1,2}\b|\d{1,2}(?=[ \t]{0,2}(?:[,;)]|[-–][ \t]|$)))`, 'gm');

/** "PARENTS ANI AND VAHE ROOMED IN": two first names joined by 'and' after a word for both parents or grandparents. */
const PAIR_AFTER_FAMILY_WORD = /\b(?:parents|grandparents|PARENTS|GRANDPARENTS|Parents|Grandparents)[ \t]{1,2}([A-Z][A-Za-z'’-]{1,20})[ \t]{1,2}(?:and|AND|&)[ \t]{1,2}([A-Z][A-Za-z'’-]{1,20})\b/dg;
/**
 * "BABY BOY YOUNG", "Baby Girl Esposito-Grant": a newborn is registered under its family name, which stands right after
 * "baby boy" or "baby girl" whatever else the word means (HOPE, WILL, GRACE, FOLEY). Capitalised in mixed case.
 */
const NEWBORN_FAMILY_NAME = /\b(?:BABY[ \t]{1,2}(?:BOY|GIRL)|Baby[ \t]{1,2}(?:Boy|Girl|boy|girl)|baby[ \t]{1,2}(?:boy|girl|Boy|Girl))[ \t]{1,2}([A-Z][A-Za-z'’]{1,25}(?:-[A-Z][A-Za-z'’]{1,25})?)(?![\w'’-])/dg;
/** Words that follow "baby boy" in a sentence about the baby rather than its name, and twins' letters and numbers. */
const NOT_A_NEWBORN_NAME = /^(?:A|B|C|D|I|II|III|IS|WAS|HAS|HAD|IN|AT|TO|ON|OF|FOR|AND|OR|WITH|WHO|THAT|BORN|DELIVERED|TWIN|TRIPLET|NOTE|NOTED|WEIGHING|WEIGHED|DOING|REMAINS|STABLE|WELL|NOW|THEN|STATUS|APGARS?|CRIED|VIGOROUS|TRANSFERRED|ADMITTED|TAKEN|BROUGHT|PLACED|RECEIVED|GIVEN|SEEN|EXAMINED|NURSERY|NICU|ROOM|BED|POD|MRN|DOB|BY|VIA|FROM|ARE|TOLERATING|FEEDING|BREASTFEEDING|VOIDING|CIRCUMCISED|CIRCUMCISION)$/;
/** 'Baby boy "Tobi"', 'Baby Girl Fonoti ("Ana")': the name the parents call the baby. */
const BABY_NICKNAME = /\b(?:baby|BABY|Baby)[ \t]{1,2}(?:boy|girl|BOY|GIRL|Boy|Girl)(?:[ \t]{1,2}[A-Z][A-Za-z'’-]{1,30})?[ \t]{0,2}\(?["“]([A-Z][A-Za-z'’-]{1,20})["”]/dg;

/** "GRANDPA ("PAWPAW" EARL)", "GMA ("YEAY") SAVOEUN": a relative's own name after the family's name for them in quotes. */
const NAME_AFTER_QUOTED_KIN_NAME = /\b(?:grandpa|grandma|grandmother|grandfather|gma|gpa|granny|aunt|uncle|auntie|aunty|mom|mother|dad|father)[ \t]{0,2}\([ \t]{0,2}["“][^"”\n]{1,20}["”](?:[ \t]{1,2}([A-Z][A-Za-z'’-]{1,20})\)|\)[ \t]{1,2}([A-Z][A-Za-z'’-]{1,20}))/dgi;
/** 'INTERPRETER: ROHINGYA VIA PHONE, "SAYED" ID RO-81006': an agent who gives a first name in quotes and an ID. */
const QUOTED_NAME_BEFORE_AN_ID = /["“]([A-Z][A-Za-z'’-]{1,15})["”][ \t]{0,2},?[ \t]{0,2}(?:ID|BADGE|Badge|badge)(?=[ \t]{0,2}[#:]?[ \t]{0,2}[A-Z]{0,4}-?\d)/dg;

/** "HIS DOG JUNEBUG", "Has a dog, Biscuit.", "HER CAT TULLA,": a pet's name after the kind of pet. */
const PET_NAME = /\b(?:dog|cat|puppy|kitten|pet|horse|parrot|rabbit|bunny)(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2}(?:named[ \t]{1,2})?)([A-Z][A-Za-z'’-]{2,20})(?=[ \t]{0,2}[,.;)]|[ \t]{1,2}(?:is|was|has|barked|barks|died|who|also|being|and|IS|WAS|HAS|BARKED|BARKS|DIED|WHO|ALSO|BEING|AND)\b)/dgi;
const NOT_A_PET_NAME = /^(?:BITE|BITES|BITTEN|SCRATCH|SCRATCHES|FOOD|HAIR|DANDER|ALLERGY|ALLERGIES|OWNER|WALKER|SITTER|BED|DOOR|LITTER|FLEAS|SCAN|PERSON|LOVER|THERAPY|SHOW|SHELTER|EXPOSURE|ONLY|TOO|ALSO|INSIDE|OUTSIDE|HOME|NONE|NO|YES)$/;

const PET_WORDS: readonly string[] = ['dog', ' cat', 'pupp', 'kitten', ' pet', 'horse', 'parrot', 'rabbit', 'bunny'];

function findKinNamesAfterQuotesAndPets(text: string, found: Candidate[]): void {
  const lower = lowerCaseOf(text);
  const mixedCase = /[a-z]/.test(text);
  // In mixed-case text a relative's or pet's name is capitalised; in capitals it must be no everyday word of clinical prose.
  const nameLike = (word: string) => {
    const upper = word.toUpperCase();
    if (NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || RELATION_CUES.has(upper)) return false;
    if (mixedCase && word !== upper) return /^\p{Lu}/u.test(word);
    const info = wordInfo(upper);
    return info.firstName || info.tier === 'name' || (info.tier === 'ambiguous' && info.commonRank === undefined) || (info.tier === 'unknown' && !(info.clinicalWord && info.commonRank !== undefined));
  };
  if (/["“]/.test(text)) {
    for (const m of matchesOf(NAME_AFTER_QUOTED_KIN_NAME, text)) {
      const group = m[1] === undefined ? 2 : 1;
      if (!nameLike(m[group])) continue;
      const [start, end] = m.indices![group];
      found.push(candidate(start, end, 'NAME', 'RELATIVE', 0.85, "a relative's name after the family's name for them"));
    }
    for (const m of matchesOf(QUOTED_NAME_BEFORE_AN_ID, text)) {
      const info = wordInfo(m[1].toUpperCase());
      // 'Tube labeled "Red" ID 12': a label is a word; an agent gives a name the lists know or one no dictionary has.
      if (!nameLike(m[1]) || !(info.firstName || info.surname || info.tier === 'name' || (info.tier === 'unknown' && !isKnownWord(m[1].toUpperCase())))) continue;
      found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'NAME', 0.8, 'a name in quotes before its ID'));
    }
  }
  if (holdsAny(lower, PET_WORDS)) {
    for (const m of matchesOf(PET_NAME, text)) {
      // Pets are named like people or by words no dictionary has ("JUNEBUG"); "DOG SECURED", "HIS DOG, MUSIC" are not names.
      const upper = m[1].toUpperCase();
      // "her cat Biscuit": in mixed case a capitalised word after the pet's kind is its name, even a dictionary word.
      const capitalisedInProse = mixedCase && /^\p{Lu}\p{Ll}/u.test(m[1]);
      if (NOT_A_PET_NAME.test(upper) || !nameLike(m[1]) || (isKnownWord(upper) && !wordInfo(upper).firstName && !capitalisedInProse)) continue;
      const [start, end] = m.indices![1];
      found.push(candidate(start, end, 'NAME', 'NAME', 0.8, "a pet's name after the kind of pet"));
    }
  }
}

function findParentsAndBabyNicknames(text: string, found: Candidate[]): void {
  for (const m of /parents/i.test(text) ? matchesOf(PAIR_AFTER_FAMILY_WORD, text) : []) {
    const parts = [m[1], m[2]].map((w) => ({ upper: w.toUpperCase(), info: wordInfo(w.toUpperCase()) }));
    // Both may be names ("ANI AND VAHE"); "PARENTS TIRED AND WORRIED" are not.
    if (parts.some(({ upper, info }) => NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || RELATION_CUES.has(upper) || info.clinicalWord || (info.tier === 'unknown' && isKnownWord(upper)) || (info.tier !== 'unknown' && !info.firstName))) continue;
    for (const group of [1, 2]) found.push(candidate(m.indices![group][0], m.indices![group][1], 'NAME', 'RELATIVE', 0.8, "first names after 'parents'"));
  }
  for (const m of /baby/i.test(text) ? matchesOf(NEWBORN_FAMILY_NAME, text) : []) {
    const upper = m[1].toUpperCase();
    // In capitals the modal WILL is as likely as the name ("BABY BOY WILL GO HOME"); "Baby Girl Will" is a name.
    if (NOT_A_NEWBORN_NAME.test(upper) || m[1] === 'WILL') continue;
    if (NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper)) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'PATIENT', 0.85, "newborn's family name after 'baby boy' or 'baby girl'"));
  }
  for (const m of /baby/i.test(text) ? matchesOf(BABY_NICKNAME, text) : []) {
    if (NEVER_NAMES.has(m[1].toUpperCase())) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'PATIENT', 0.85, "baby's name in quotes"));
  }
}

function findChildrenWithAges(text: string, found: Candidate[]): void {
  const lower = lowerCaseOf(text);
  if (!holdsAny(lower, CHILDREN_WORDS)) return;
  for (const label of matchesOf(CHILDREN_LABEL, text)) {
    const from = label.index + label[0].length;
    let lineEnd = text.indexOf('\n', from);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(from, lineEnd);
    for (const m of matchesOf(CHILD_WITH_AGE, line)) {
      const words = m[1].split(/[ \t]/);
      // "AND SUNNY (3)": a joining word before the name is not part of it.
      const skip = /^(?:and|AND|And|&)$/.test(words[0]) ? words[0].length + 1 : 0;
      const name = m[1].slice(skip);
      if (!name || name.split(/[ \t]/).some((w) => NEVER_NAMES.has(w.toUpperCase()) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()))) continue;
      // "SIBLINGS (AGES 3, 5)": a dictionary word that is no first name, before a bare number, is no child.
      if (/^\d/.test(m[0].slice(m[1].length).trim()) && name.split(/[ \t]/).every((w) => isKnownWord(w.toUpperCase()) && !wordInfo(w.toUpperCase()).firstName)) continue;
      const start = from + m.index + skip;
      found.push(candidate(start, start + name.length, 'NAME', 'RELATIVE', 0.92, 'name before an age after a children label'));
    }
  }
}

/** "-- SUKHDEEP, CLINICAL PHARMACIST, EXT 2-9382", "Sandy Al-Jaberi, Staff Chaplain": a signature line with the role after a comma. */
const NAME_COMMA_ROLE_LINE = new RegExp(String.raw`(?:^|[\r\n])[ \t]*(?:-{1,2}[ \t]*|\/s\/[ \t]*)?((?:${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){1,25}\.?[ \t]{1,2}){0,2}${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){1,25})[ \t]*,[ \t]*(?:clinical pharmacist|pharmacist|staff chaplain|chaplain|social worker|case manager|interpreter|dietitian|nurse navigator|care coordinator|pharmacy resident)(?=[ \t]*(?:[,;|\r\n]|$))`, 'gim');

function findNamesBeforeRoleAtLineEnd(text: string, found: Candidate[]): void {
  const lower = lowerCaseOf(text);
  if (!holdsAny(lower, ROLE_WORDS)) return;
  for (const m of matchesOf(NAME_COMMA_ROLE_LINE, text)) {
    const words = m[1].split(/[ \t]+/);
    if (words.some((w) => w[0] === w[0].toLowerCase() || NEVER_NAMES.has(w.toUpperCase().replace(/\.$/, '')) || CREDENTIALS.has(w.toUpperCase()))) continue;
    const start = m.index + m[0].indexOf(m[1]);
    found.push(candidate(start, start + m[1].length, 'NAME', 'DOCTOR', 0.85, 'name before a comma and a role at a line end'));
  }
}

/** "Pt: J.N. (36.798.072)", "Pt: CF (273756)": a patient named by initials before a bracketed record number. */
const PATIENT_INITIALS = /\b(?:Pt|PT|Patient|PATIENT|Client|CLIENT)[ \t]{0,2}:[ \t]{0,3}((?:[A-Z]\.){2,3}|[A-Z]{2,3})(?=[ \t]{0,2}\([ \t]{0,2}[A-Z]{0,2}-?\d)/dg;
/** "Members present (6): L.H., D.G., A.A., and pt.": dotted initials listed after who was present. */
const PRESENT_LABEL = /\b(?:members present|present|attendance|attendees|in attendance)[ \t]{0,2}(?:\(\d{1,2}\))?[ \t]{0,2}:/gi;
const DOTTED_INITIALS_ITEM = /(?<![\w.])((?:[A-Z]\.){2,3})(?=[ \t]*(?:,|;|and\b|&|$))/g;
/** "FAMILY: AYAPRUN/AMARUQ/NUNIQ", "STAVROS/NYDIA/DELROY PRESENT": names joined by slashes. */
const SLASHED_NAMES = /(?:\b(?:family|visitors|FAMILY|VISITORS|Family|Visitors)[ \t]{0,2}:[ \t]{0,3}|(?<![\w\/]))((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]{1,20}\/){1,5}[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]{1,20})(?=[ \t]{1,2}(?:present|PRESENT|at bedside|AT BEDSIDE|visited|VISITED|in to visit|IN TO VISIT)\b|[ \t]*[;.]|[ \t]*$)/gm;

/**
 * "In the Interest of M.J., a child", "MINOR CHILD J.B. (DOB ...)", "PEER (R.T.)", "Case 2 - \"R.O.\" (78 F)", "Subj 207-004
 * (E.M.)": dotted initials standing for a person, after a word for who they are or before their age or their name in
 * brackets. Court papers, protective services and trials name people so; findInitialsOfNamedPeople flags them again
 * wherever else the note writes them.
 */
const DOTTED_INITIALS_OF_A_PERSON = new RegExp(
  String.raw`(?:\b(?:In the Interest of|IN THE INTEREST OF|In re|IN RE|In the Matter of|IN THE MATTER OF|EXAMINATION OF|examination of|(?:MINOR )?CHILD|(?:minor )?child|Child|RESIDENT|Resident|resident|PATIENT|Patient|patient|PT|Pt|STUDENT|Student|student|PEER|Peer|peer|PARTNER|Partner|partner|SIBS?|Sibs?|sibs?|VICTIM|Victim|victim|CLIENT|Client|client|ATHLETE|Athlete|athlete|INITIALS|Initials|initials|Subj|SUBJ|Subject|SUBJECT)(?:[ \t]{1,2}[A-Z]{0,3}-?\d[\d-]{1,12})?[ \t]{0,2}:?[ \t]{1,2}[("“]?` +
    String.raw`|\b(?:Case|CASE)[ \t]\d{1,2}[ \t]{1,2}[-–—:][ \t]{1,2}["“]?)((?:[A-Z]\.[ ]?){1,2}[A-Z]\.)(?![\w.])` +
    String.raw`|(?<![\w.])((?:[A-Z]\.){1,2}[A-Z]\.)["”]?[ \t]{0,2}\(\d{1,3}(?:[ \t]{0,2}(?:[MF]|y\/?o|Y\/?O|yo|YO|years?|YEARS?)\b)?[ \t]{0,2}[,;)]`,
  'dg',
);
/** Dotted shorthand that is no one's initials: groups, conditions, findings, times, places, degrees, routes, sides. */
const DOTTED_SHORTHAND = new Set('A.A. N.A. R.A. C.F. E.K.G. T.B. S.L. A.O. S.O.B. H.O.H. N.W.B. T.I.A. H.I.V. O.O.B. R.O.M. I.E.P. A.C.L. A.M. P.M. U.S. U.K. U.N. D.C. M.D. D.O. R.N. N.P. P.A. P.O. I.V. I.M. B.S. M.S. O.D. O.S. O.U. A.D. A.S. A.U. E.R. O.R. Q.D. H.S. N.B. P.S. I.E. E.G. V.S. L.A. N.Y. S.C. N.C. N.J. N.H. N.M. N.D. S.D. W.V. R.I. B.C. P.E. O.T. P.T. S.W. L.P.N. R.R.T. B.I.D. T.I.D. Q.I.D. P.R.N. I.C.U. C.N.A. D.D.S. D.M.D. N.P.O. D.N.R. A.S.A.P.'.split(' '));
const DOTTED_INITIALS_JOINED = /^[ \t]{1,2}(?:AND|and|&)[ \t]{1,2}((?:[A-Z]\.){1,2}[A-Z]\.)(?![\w.])/;

function findPeopleByDottedInitials(text: string, found: Candidate[]): void {
  if (!/[A-Z]\.[ ]?[A-Z]\./.test(text)) return;
  const add = (start: number, initials: string) => found.push(candidate(start, start + initials.length, 'NAME', 'PATIENT', 0.8, 'dotted initials standing for a person'));
  for (const m of matchesOf(DOTTED_INITIALS_OF_A_PERSON, text)) {
    const group = m[1] !== undefined ? 1 : 2;
    const initials = m[group];
    const letters = initials.replace(/[. ]/g, '');
    // Two letters are initials as often as shorthand ("S.H."); three that spell shorthand are the shorthand ("H.I.V.").
    if (DOTTED_SHORTHAND.has(initials.replace(/ /g, '')) || (letters.length >= 3 && CLINICAL_ABBREVIATIONS.has(letters)) || CREDENTIALS.has(letters)) continue;
    const [start, end] = m.indices![group];
    add(start, initials);
    const joined = DOTTED_INITIALS_JOINED.exec(text.slice(end, end + 16));
    if (joined && !DOTTED_SHORTHAND.has(joined[1]) && !CLINICAL_ABBREVIATIONS.has(joined[1].replace(/\./g, ''))) add(end + joined[0].length - joined[1].length, joined[1]);
  }
}

function findPeopleByInitialsAndSlashes(text: string, found: Candidate[]): void {
  findPeopleByDottedInitials(text, found);
  const lower = lowerCaseOf(text);
  for (const m of holdsAny(lower, PATIENT_LABELS) ? matchesOf(PATIENT_INITIALS, text) : []) {
    if (NOT_SIGNING_INITIALS.has(m[1]) || CLINICAL_ABBREVIATIONS.has(m[1])) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'PATIENT', 0.85, 'initials of the patient before a record number'));
  }
  for (const label of text.includes('.,') || text.includes('. and') ? matchesOf(PRESENT_LABEL, text) : []) {
    const from = label.index + label[0].length;
    let lineEnd = text.indexOf('\n', from);
    if (lineEnd < 0) lineEnd = text.length;
    for (const m of matchesOf(DOTTED_INITIALS_ITEM, text.slice(from, lineEnd))) found.push(candidate(from + m.index, from + m.index + m[1].length, 'NAME', 'PATIENT', 0.8, 'initials listed as present'));
  }
  if (!text.includes('/') || !holdsAny(lower, PRESENCE_CUES)) return;
  for (const m of matchesOf(SLASHED_NAMES, text)) {
    const labelled = m[0].length > m[1].length;
    const parts = m[1].split('/');
    // "SP/NNP-BC", "RN/BSN": initials and credentials, not names.
    if (parts.some((p) => p.length <= 2 || /-[A-Z]{1,3}$/.test(p))) continue;
    // Without a label, only where at least one part is a name-list word or a word no dictionary knows, and none is
    // a clinical word ("BP/HR", "Tylenol/Motrin", "Nausea/Vomiting").
    const infos = parts.map((p) => ({ upper: p.toUpperCase(), info: wordInfo(p.toUpperCase()) }));
    if (infos.some(({ upper, info }) => NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || info.clinicalWord || CREDENTIALS.has(upper) || RELATION_CUES.has(upper) || WEEKDAY_SHORT.has(upper))) continue;
    const nameLike = infos.filter(({ upper, info }) => info.tier === 'name' || (info.tier === 'unknown' && !isKnownWord(upper)) || (labelled && info.firstName && info.tier !== 'word'));
    if (nameLike.length < (labelled ? 1 : 2)) continue;
    let at = m.index + m[0].length - m[1].length;
    for (const part of parts) {
      found.push(candidate(at, at + part.length, 'NAME', 'RELATIVE', 0.8, 'names joined by slashes'));
      at += part.length + 1;
    }
  }
}

function findListedPeople(text: string, found: Candidate[]): void {
  const add = (start: number, word: string, reason: string) => {
    const upper = word.toUpperCase();
    if (NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || wordInfo(upper).clinicalWord) return;
    found.push(candidate(start, start + word.length, 'NAME', 'PATIENT', 0.8, reason));
  };
  PEOPLE_LIST_CUE.lastIndex = 0;
  for (let cue = PEOPLE_LIST_CUE.exec(text); cue; cue = PEOPLE_LIST_CUE.exec(text)) {
    PEOPLE_LIST_AT.lastIndex = cue.index + cue[0].length;
    const list = PEOPLE_LIST_AT.exec(text);
    if (!list) continue;
    for (const item of matchesOf(new RegExp(LIST_ITEM, 'gu'), list[0])) {
      if (/^(?:and|&)$/.test(item[0])) continue;
      for (const part of matchesOf(/\p{L}[\p{L}'’-]*/gu, item[0])) add(list.index + item.index + part.index, part[0], 'name in a list of people');
    }
  }
  for (const verb of [' were ', ' are ']) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      const windowStart = Math.max(0, at - 70);
      const pair = PAIR_BEFORE_VERB.exec(text.slice(windowStart, at));
      if (!pair?.indices) continue;
      TRADE_AFTER_VERB.lastIndex = at + verb.length;
      const trade = TRADE_AFTER_VERB.exec(text);
      if (!trade || !PROFESSIONS.has(trade[1].toUpperCase())) continue;
      add(windowStart + pair.indices[1][0], pair[1], 'names of people said to be of a trade');
      add(at - pair[2].length, pair[2], 'names of people said to be of a trade');
    }
  }
  // "Destiny is a cattle rancher who ...": one person said to be of a trade.
  for (const said of peopleSaidToBeOfATrade(text)) {
    const subject = text.slice(said.nameStart, said.nameEnd);
    // "DTR IS A SCHOOL CAFETERIA MANAGER": a relation word says whose trade it is, and names nobody.
    if (!RELATION_CUES.has(subject.toUpperCase())) add(said.nameStart, subject, 'name of a person said to be of a trade');
  }
}

/**
 * A space or tab, then a sign-off credential: SIGN_OFF, whose credential always follows a space, runs only on the
 * lines holding one (no match crosses a line). A plain character first lets the scan skip quickly.
 */
const SIGN_OFF_CREDENTIAL_WORD = new RegExp(String.raw`[ \t]${SIGN_OFF_CREDENTIAL}`, 'g');

function findSignOffs(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  const matches: RegExpMatchArray[] = [];
  SIGN_OFF_CREDENTIAL_WORD.lastIndex = 0;
  for (let hit = SIGN_OFF_CREDENTIAL_WORD.exec(text); hit; hit = SIGN_OFF_CREDENTIAL_WORD.exec(text)) {
    const lineStart = lineStartAt(text, hit.index);
    let lineEnd = hit.index;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    for (const m of matchesOf(SIGN_OFF, text.slice(lineStart, lineEnd))) {
      m.index += lineStart;
      matches.push(m);
    }
    SIGN_OFF_CREDENTIAL_WORD.lastIndex = lineEnd;
  }
  for (const m of matches) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    let from = firstTokenAtOrAfter(tokens, start);
    let to = from;
    while (to < tokens.length && tokens[to].end <= start + m[1].length) to++;
    // "REPORT RECEIVED FROM ROSE RN": the words leading to the name are no part of it.
    while (from < to - 1 && (LINKING_WORDS.has(tokens[from].key) || LEADING_TO_A_SIGNER.has(tokens[from].key))) from++;
    if (to <= from || claimed[from]) continue;
    const parts = tokens.slice(from, to);
    const words = parts.filter((p) => p.shape !== 'initial');
    const withInitialOrComma = words.length < parts.length || m[1].includes(',');
    // Names that are also clinical words ("STONE", "MAY", "HOPE") count here, and any word beside a frequent
    // surname ("CHIP WOODS") or a clean first name ("Wade Street"); the words of a role never do.
    const vouched = (p: Token) => words.some((other) => other !== p && ((other.info.surnameRank < 5000 && !other.info.clinicalWord) || other.info.tier === 'name' || (other.info.surnameRank < 200)));
    const usable = (p: Token) =>
      !CLINICAL_ABBREVIATIONS.has(p.key) && !CREDENTIALS.has(p.key) && !RELATION_CUES.has(p.key) && (withInitialOrComma || !ROLE_BEFORE_CREDENTIAL.has(p.key)) && (!p.info.clinicalWord || p.info.surname || p.info.firstName || vouched(p)) &&
      (withInitialOrComma || !NEVER_NAMES.has(p.key) || (p.info.surname && vouched(p)));
    if (words.length === 0 || !words.every(usable)) continue;
    // A lone word must be name-like: a census name, initials no dictionary knows ("CXA"), or a rare word.
    const nameLike = (p: Token) => p.info.surname || p.info.firstName || (p.info.tier === 'unknown' && !isKnownWord(p.key));
    if (!words.some(nameLike)) continue;
    take(from, to, 'DOCTOR', 0.9, 'name signed before a credential');
  }
}

/**
 * "Name: RICE, HYUN-JOO  Acct#", "PT PAGET, GRACE E (38-51-99)", "re: Day, Hope P (MRN", "WOODS,CHIP" alone on a line,
 * "501    DOWN, ADDISON    NSR 78": a surname, a comma and a first name (and a middle initial) after a label, at a line or
 * field start or after the bed, room or time opening a row, up to the end of the field. The shape is the evidence, so
 * words that are also English words count.
 */
/** A row of a board or a log opened by a bed, a room or a time, and the gap before its next column: "501    DOWN, ADDISON". */
const ROW_OPENER = String.raw`[ \t]{0,3}(?:\d{1,4}[A-Z]?|[A-Z]{1,3}-?\d{1,4}[A-Z]?)[ \t]{2,8}`;
// The surname is matched first and its field start checked behind it: cheaper than trying the field starts everywhere.
const SURNAME_COMMA_FIRST = new RegExp(
  String.raw`\b(?=${LATIN_CAPITAL})(?<=(?:^|[\n;:(|]|[ \t][-–—]|--|\b(?:PT|Pt|pt|re|RE|Re|NOTE|Note))[ \t]{0,3}|(?:^|\n)${ROW_OPENER}|\S(?:[ \t]*\t|[ \t]{2,}))((?:(?:DOS|DAS|DE|DA|DEL|DELLA|DI|DU|VAN|VON|LA|LE|EL|AL|Dos|Das|De|Da|Del|Della|Di|Du|Van|Von|La|Le|El|Al)[ \t])?${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){1,30}),[ \t]{0,2}(${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){2,30}(?:[ \t]${LATIN_CAPITAL}(?:${LATIN_LETTER}|['’-]){2,30})?)(?:[ \t](${LATIN_CAPITAL})\.?)?(?=[ \t]{0,3}(?:$|[\r\n;(),]|[-–][ \t]|--|\b(?:MRN|DOB|Acct|ACCT|aged|AGED|age|AGE|RM|ROOM|BED|Rm|Room|Bed)\b|\d{1,3}[ \t]?(?:YO|Y\/O|yo|y\/o|[MF])\b)|[ \t]{2})`,
  'gm',
);
/** Kinds of isolation precautions, listed after a comma as surnames and first names are. */
const ISOLATION_KINDS = new Set(['DROPLET', 'STANDARD', 'AIRBORNE', 'CONTACT', 'ENTERIC', 'NEUTROPENIC', 'REVERSE', 'UNIVERSAL']);
/** Colours of urine, skin or drainage that the name lists hold as first names. */
const COLOUR_WORDS = new Set(['AMBER', 'AMBERS', 'STRAW', 'RUBY', 'ROSE', 'HAZEL', 'SCARLET', 'VIOLET', 'IVORY', 'OLIVE', 'JADE', 'GINGER', 'TAWNY', 'DUSKY', 'RUSTY', 'GOLDIE']);
const ROW_OPENER_BEFORE = new RegExp(String.raw`(?:^|[\r\n])${ROW_OPENER}$`);

/** Lines holding a comma before a capital: the only lines SURNAME_COMMA_FIRST can match on (no match crosses a line). */
function linesWithCommaBeforeCapital(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    let next = comma + 1;
    while (next < comma + 3 && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9)) next++;
    const c = text.charCodeAt(next);
    if (c < 65 || c > 90) continue;
    const lineStart = lineStartAt(text, comma);
    let lineEnd = comma;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    lines.push([lineStart, lineEnd]);
    comma = lineEnd;
  }
  return lines;
}

/**
 * "PT KING, ANTHONY RECEIVED HALDOL", "MOVE PRICE, LEONARD FROM 3E-07A": in running text a surname, a comma and a first name
 * the lists know only as a name is a person written surname first, wherever the pair stands and whatever follows. The
 * surname may be a word (KING, PRICE); the first name may not ("WARM, DRY", "BROWN, CLOUDY"), nor name a state or a country
 * ("RICHMOND, VIRGINIA", "AMMAN, JORDAN").
 */
function findSurnameCommaGivenNameInProse(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i];
    const given = tokens[i + 1];
    if (claimed[i] || claimed[i + 1] || text.charCodeAt(surname.end) !== 44 || !/^,[ \t]{1,2}$/.test(text.slice(surname.end, given.start)) || surname.shape === 'lower' || given.shape === 'lower' || surname.shape === 'initial' || given.shape === 'initial') continue;
    if (!(given.info.tier === 'name' && given.info.firstName && (given.info.firstRank ?? Infinity) < 5000) || REGIONS.has(given.key) || COUNTRIES.has(given.key)) continue;
    if (!(surname.info.surname || (surname.info.tier === 'unknown' && !isKnownWord(surname.key))) || surname.key.length < 2) continue;
    if ([surname, given].some((p) => CLINICAL_ABBREVIATIONS.has(p.key) || NEVER_NAMES.has(p.key) || CREDENTIALS.has(p.key) || RELATION_CUES.has(p.key) || p.startsDate)) continue;
    // "METATARSAL HEAD, WAGNER GRADE 3", "ON BACK, RUSSELL SIGN", "ICE, SAM SPLINT": a finding's or a device's eponym after a list's comma.
    if (SCORES_NAMED_FOR_PEOPLE.has(given.key) || EPONYMS.has(given.key) || /^[ \t]{1,2}(?:\d|GRADE|SIGN|SPLINT|SCORE|SCALE|CLASS|STAGE|TYPE|TEST|MANEUVER|MANOEUVRE|CRITERIA|Grade|Sign|Splint|Score|Scale|Class|Stage|Type|Test|Maneuver|Criteria)\b/.test(text.slice(given.end, given.end + 12))) continue;
    take(i, i + 2, 'PATIENT', 0.8, 'surname, comma and a first name in running text');
    i++;
  }
}

function findSurnameCommaFirstName(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  const matches: RegExpMatchArray[] = [];
  for (const [lineStart, lineEnd] of linesWithCommaBeforeCapital(text)) {
    for (const m of matchesOf(SURNAME_COMMA_FIRST, text.slice(lineStart, lineEnd))) {
      m.index = m.index! + lineStart;
      matches.push(m);
    }
  }
  for (const m of matches) {
    const [, surname, , initial] = m;
    const start = m.index! + m[0].lastIndexOf(surname + ',');
    const from = firstTokenAtOrAfter(tokens, start);
    const to = firstTokenAtOrAfter(tokens, m.index! + m[0].length);
    if (to - from < 2 || claimed[from]) continue;
    // Before a comma or a closing bracket only in brackets or after "Pt": "UA: BROWN, CLOUDY, LE+" lists findings.
    // "RM 9 — KING, HOPE A, 22 G1P0": an age after the comma gives a person.
    const ageAfter = /^,[ \t]{0,2}\d{1,3}(?:[ \t]{0,2}(?:[MF]|YO|Y\/O|yo|y\/o))?(?=[ \t,;]|$)(?![ \t]{1,2}(?:X|x|CM|cm|MM|mm|IN|in)\b)/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12));
    if (/^[ \t]{0,3}[,)]/.test(text.slice(m.index! + m[0].length)) && !ageAfter && !/(?:\(|\b(?:PT|Pt|pt|Patient|PATIENT))[ \t]{0,3}$/.test(text.slice(Math.max(0, start - 12), start))) continue;
    const parts = tokens.slice(from, from + 2);
    // "Plan: Lasix, Coreg;", "Dx: CHF, COPD": clinical words and abbreviations are no names.
    // After a frequent surname ("WOODS,CHIP") the first name may be any word.
    const clinical = (p: Token, k: number) => p.info.clinicalWord && !p.info.surname && !p.info.firstName && !(k === 1 && parts[0].info.surnameRank < 5000);
    if (parts.some((p, k) => CLINICAL_ABBREVIATIONS.has(p.key) || clinical(p, k) || RELATION_CUES.has(p.key) || CREDENTIALS.has(p.key) || p.startsDate)) continue;
    if (!initial && parts.some((p) => NEVER_NAMES.has(p.key))) continue;
    // "SKIN:  WARM, DRY": two words of clinical prose, the second no first name, describe.
    if (!initial && parts[0].info.clinicalWord && parts[1].info.clinicalWord && !parts[1].info.firstName && parts[0].info.surnameRank >= 5000) continue;
    // "ISOLATION: DROPLET, STANDARD": kinds of precautions.
    if (parts.some((p) => ISOLATION_KINDS.has(p.key))) continue;
    // "(REORIENTATION, MITTS, SITTER...)": a noun built with a suffix of abstract nouns is a measure, not a surname.
    if (parts.some((p) => p.info.tier === 'unknown' && ABSTRACT_NOUN_ENDING.test(p.key))) continue;
    if (!parts.some((p) => p.info.tier === 'name' || p.info.firstName || p.info.surname || (p.info.tier === 'unknown' && !isKnownWord(p.key)))) continue;
    // "CLC, EAGLE NEIGHBORHOOD", "C-COLLAR, COT": three capitals no name list knows are an acronym or a thing.
    const unlistedCapitals = (p: Token) => p.key.length <= 3 && p.word === p.key && !p.info.firstName && !p.info.surname;
    if (unlistedCapitals(parts[0]) || (!initial && unlistedCapitals(parts[1]))) continue;
    // "SUMMARY - KING, MAY - BED 11" heads a sheet; "UA - BROWN, CLOUDY" and "SKIN - WARM, DRY" list findings.
    if (/[ \t][-–][ \t]{0,3}$/.test(text.slice(Math.max(0, start - 5), start)) && !(parts[0].info.surname && parts[1].info.firstName)) continue;
    // "-- FLAGGED, BEERS LIST", "0800   BROWN, FORMED": a verb's form opens or ends a remark, not a name.
    if (parts.some((p) => /(?:ED|ING)$/.test(p.key) && isKnownWord(p.key) && !p.info.surname && !p.info.firstName)) continue;
    // "0800   WARM, DRY   SKIN", "0600   DARK, AMBER" list findings after a time: after a row's opener, a surname that is a
    // word needs a first name that is neither a clinical word nor a colour ("DOWN, ADDISON", "PARK, SOON-YI").
    const firstNameAfterAWord = (parts[1].info.firstName || parts[1].info.tier === 'unknown' || parts[1].info.surname) && !parts[1].info.clinicalWord && !COLOUR_WORDS.has(parts[1].key);
    if (ROW_OPENER_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && isKnownWord(parts[0].key) && parts[0].info.tier !== 'name' && !firstNameAfterAWord) continue;
    take(from, to, 'PATIENT', 0.88, 'surname, comma and first name in a field');
  }
}

/** The token index of the next list item after `k` (", X", " and X", ", and X"), or -1. */
function listContinuation(text: string, tokens: Token[], k: number): number {
  const after = tokens[k].end;
  const next = tokens[k + 1];
  if (!next) return -1;
  if (text.charCodeAt(after) === 44 && text.charCodeAt(after + 1) === 32 && next.start === after + 2) {
    if (isAnd(next) && tokens[k + 2] && tokens[k + 2].start === next.end + 1) return k + 2;
    return isAnd(next) ? -1 : k + 1;
  }
  if (isAnd(next) && next.start === after + 1 && tokens[k + 2] && tokens[k + 2].start === next.end + 1) return k + 2;
  return -1;
}

/** "and", or "AND" where the line is in capitals ("PARENTS MARY AND JOHN"). */
function isAnd(t: Token | undefined): boolean {
  return t !== undefined && (t.word === 'and' || (t.word === 'AND' && t.capsLine));
}

/** "Heather: Remember me?" at a line start: a speaker in a transcript or a chat. */
const SPEAKER_AT = /[ \t"'>]{0,4}(\p{L}[\p{L}'’-]{1,24})[ \t]{0,2}:(?=[ \t]{0,3}["'“]?\p{L})/uy;

/** Start of the next line. Scans to the nearest line break only (`indexOf('\r')` would scan to the end of a note without CR). */
function nextLineStart(text: string, from: number): number {
  let k = from;
  while (k < text.length && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) k++;
  return k < text.length ? k + 1 : text.length;
}

/** Speaker labels, when at least one of the note's speakers is a name by the lists. */
function findSpeakerLabels(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  const speakers: number[] = [];
  let listed = false;
  let quoted = false;
  let lines = 0;
  for (let lineStart = 0; lineStart < text.length; lineStart = nextLineStart(text, lineStart)) {
    SPEAKER_AT.lastIndex = lineStart;
    const m = SPEAKER_AT.exec(text);
    if (!m) continue;
    lines++;
    const k = firstTokenAtOrAfter(tokens, m.index + m[0].lastIndexOf(m[1]));
    const t = tokens[k];
    if (!t || t.word !== m[1]) continue;
    if (t.info.tier === 'name' && t.key.length > 2) listed = true;
    // 'Heather:"I'm Daniel's daughter"': a quotation right after the colon makes the line speech.
    if (/^[ \t]{0,3}["'“]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) quoted = true;
    if (claimed[k]) continue;
    const unknown = t.info.tier === 'unknown' && t.key.length > 3 && !isKnownWord(t.key) && !isProperNoun(t.key) && !MEDICAL_ENDING.test(t.key) && !t.acronym;
    // First names that are also words ("Heather", "Destiny", "John") count once the lines are speech.
    const wordName = t.info.tier === 'ambiguous' && t.info.firstName && !t.info.clinicalWord;
    if ((t.info.tier === 'name' && t.key.length > 2) || unknown || wordName) speakers.push(k);
  }
  if (!(listed || quoted) || lines < 2) return;
  for (const k of speakers) take(k, k + 1, 'PATIENT', 0.6, 'speaker label at a line start');
}

/** A word of the name lists, however common as a word, that is not a role, relation or function word. */
function listedName(t: Token): boolean {
  if ((t.shape === 'lower' && !t.capsLine) || t.acronym || t.startsDate || t.key.length < 3) return false;
  if (!(t.info.firstName || t.info.surname) || NEVER_NAMES.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key)) return false;
  return t.info.tier !== 'word' || t.info.surname && !CLINICAL_ABBREVIATIONS.has(t.key);
}

/** Only punctuation, a list marker or nothing between the line or clause start and `position`. */
function clauseStartBefore(text: string, position: number): boolean {
  for (let k = position - 1; k >= 0 && k >= position - 16; k--) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 34 || c === 42 || c === 0x2022) continue;
    // newline, comma, semicolon, colon, period, hyphen, opening bracket
    return c === 10 || c === 13 || c === 44 || c === 59 || c === 58 || c === 46 || c === 45 || c === 40;
  }
  return position <= 16 && text.slice(0, position).trim() === '';
}

/** "REPORT CALLED TO HOPE RN", "REPORT GIVEN TO LANE, RN": the one report goes to is a nurse, whatever else the word means. */
const REPORT_TO_BEFORE = /\b(?:report|REPORT|Report)[ \t]{1,2}(?:(?:called|given|CALLED|GIVEN|Called|Given)[ \t]{1,2})?(?:to|TO|To)[ \t]{1,2}$/;

function reportedTo(text: string, t: Token): boolean {
  // A first name of the lists ("HOPE", "LANE"); "ONCOMING RN", "NIGHT RN", "FLOOR RN" say which nurse, not who.
  if (t.shape === 'lower' || CLINICAL_ABBREVIATIONS.has(t.key) || !(t.info.firstName || (t.info.surname && t.info.commonRank === undefined))) return false;
  return REPORT_TO_BEFORE.test(text.slice(Math.max(0, t.start - 24), t.start));
}

/** "CHESTER AND MISTY IN WAITING ROOM": the second of two first names joined by 'and' at a clause's start. */
function firstOfTwoNamesBefore(text: string, tokens: Token[], i: number): boolean {
  if (i < 2 || !/^and$/i.test(tokens[i - 1].word) || !clauseStartBefore(text, tokens[i - 2].start)) return false;
  const first = tokens[i - 2];
  return first.info.firstName && personFrameNamePart(first) && text.slice(first.end, tokens[i].start).length <= 6;
}

/** Two or more spaces or a tab right before `position`: a field break in a header line. */
function afterFieldGap(text: string, position: number): boolean {
  const c = text.charCodeAt(position - 1);
  return c === 9 || (c === 32 && text.charCodeAt(position - 2) === 32);
}

/** Words that open a signature before the signer's name: "E-SIGNED", "SIGNED:", "BY:", "--". */
const SIGNATURE_OPENER = /(?:signed|by|--|—)[ \t]{0,2}:?[ \t]{0,2}$/i;
/** After a signer's credential: the line ends, or a bracketed user name, a date or a time follows. */
const SIGNATURE_CLOSER = /^[ \t]{0,4}(?:$|[\r\n(]|\d)/;

/**
 * "E-SIGNED PAGE STONE RN (STONEP)", "DUC LITTLE RN" alone on a line: in a signature every word before the
 * credential is the signer's name, even common words. Returns `i + 1` when this is no signature.
 */
function signatureNameStart(text: string, tokens: Token[], i: number, credentialEnd: number): number {
  const credential = tokens[credentialEnd];
  const credentialLength = /^[A-Za-z][A-Za-z.\-/0-9]{0,11}/.exec(text.slice(credential.start, credential.start + 12))?.[0].length ?? 0;
  const afterCredential = credential.start + credentialLength;
  if (!SIGNATURE_CLOSER.test(text.slice(afterCredential, afterCredential + 8))) return i + 1;
  let start = i;
  const part = (t: Token) => nameCapable(t, true) || listedName(t) || initialWithPeriod(text, t) || (t.capsLine && t.info.tier === 'unknown' && !isKnownWord(t.key) && t.key.length > 2);
  if (!part(tokens[i])) return i + 1;
  while (start > 0 && i - start < 2 && joinable(text, tokens, start - 1, start) && part(tokens[start - 1])) start--;
  const before = lineTextBefore(text, tokens[start].start, 40);
  return before.trim() === '' || SIGNATURE_OPENER.test(before) ? start : i + 1;
}

function firstTokenAtOrAfter(tokens: Token[], offset: number): number {
  return firstIndexAtLeast(tokens, offset, (t) => t.start);
}

function cueReason(role: Role, label: boolean): string {
  if (role === 'RELATIVE') return 'relation word before the name';
  if (role === 'DOCTOR') return label ? 'clinician label before the name' : 'clinician phrase before the name';
  return label ? 'patient label before the name' : 'patient phrase before the name';
}

function hasNonAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) > 0x7f) return true;
  return false;
}

function tokenize(text: string): Token[] {
  const capsLines = capsLineStarts(text);
  const tokens: Token[] = [];
  let lineIndex = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let word = m[0];
    const start = m.index;
    while (lineIndex + 1 < capsLines.starts.length && capsLines.starts[lineIndex + 1] <= start) lineIndex++;
    const last = word.charCodeAt(word.length - 1);
    const endsInDigit = last >= 48 && last <= 57;
    const possessive = word.length > 3 && (last === 115 || last === 83 || endsInDigit) && /['’][sS]\d{0,4}$/.test(word);
    if (possessive) word = word.replace(/['’][sS]\d{0,4}$/, '');
    const letters = endsInDigit ? word.replace(/\d+$/, '') : word;
    const shape = shapeOf(letters);
    const capsLine = capsLines.caps[lineIndex] === 1;
    const gluedDigits = letters.length < word.length;
    const innerCapital = letters.length <= 4 && shape !== 'upper' && letters !== letters[0] + letters.slice(1).toLowerCase();
    const acronym = innerCapital || (gluedDigits && shape !== 'capitalised') || (!capsLine && shape === 'upper' && letters.length <= 4);
    const startsDate = letters.length >= 3 && letters.length <= 9 && DATE_WORD_FIRST_LETTERS.has(letters.charCodeAt(0) | 32) && !gluedDigits && beforeANumber(text, start + word.length) && DATE_WORD.test(letters);
    tokens.push(new Token(start, start + word.length, letters, shape, acronym, gluedDigits, possessive, capsLine, isSentenceStart(text, start), startsDate));
  }
  return tokens;
}

/** First letters of month and weekday names, lower-cased: j f m a s o n d t w. */
const DATE_WORD_FIRST_LETTERS = new Set([...'jfmasondtw'].map((c) => c.charCodeAt(0)));
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|june|july|march|april|mon|tues?|wed|thu|thurs?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** Is the next thing after `end` a number, past at most a comma or period and two spaces? Character tests only. */
function beforeANumber(text: string, end: number): boolean {
  let k = end;
  const limit = Math.min(text.length, end + 4);
  while (k < limit && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 44 || text.charCodeAt(k) === 46 || text.charCodeAt(k) === 9)) k++;
  const c = text.charCodeAt(k);
  return k > end && c >= 48 && c <= 57;
}

function shapeOf(letters: string): Token['shape'] {
  // Most words are ASCII: decide from character codes without building case-converted copies.
  let ascii = true;
  for (let k = 0; k < letters.length; k++) {
    if (letters.charCodeAt(k) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const c = letters.charCodeAt(0);
    if (!(c >= 65 && c <= 90)) return 'lower';
    if (letters.length === 1) return 'initial';
    for (let k = 1; k < letters.length; k++) {
      const d = letters.charCodeAt(k);
      if (d >= 97 && d <= 122) return 'capitalised';
    }
    return 'upper';
  }
  const first = letters[0];
  if (first === first.toLowerCase()) return 'lower';
  if (letters.length === 1) return 'initial';
  const rest = letters.slice(1);
  return rest === rest.toUpperCase() ? 'upper' : 'capitalised';
}

const OWN_VOICE_LINE = /^[ \t]*(?:>|\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\][ \t]{1,2}@?[A-Za-z][\w.-]{1,30}:)/;

/**
 * Text typed without capitals ("follow up with patricia desrosiers") gives no case hint either: a note of
 * 12 or more letters with at most one capital, or under 1 % capitals (prose has 2-4 %), is read like a note in capitals.
 */
function caseless(upper: number, letters: number): boolean {
  // Acronyms and an id or two ("L&D", "KPW448120055") stay in a message typed without capitals; a cased text has a
  // capital at least every hundred letters.
  return letters >= 12 && (upper <= 1 || upper <= letters * 0.01);
}

/** Lines whose letters are (almost) all capitals or all lower case; a short line inherits the note's overall case. */
function capsLineStarts(text: string): { starts: number[]; caps: Uint8Array } {
  // Parallel arrays rather than an object per line: this runs over every character of every note.
  let upper = 0;
  let lower = 0;
  const starts: number[] = [0];
  const lineUpper: number[] = [];
  const lineLower: number[] = [];
  let currentUpper = 0;
  let currentLower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineUpper.push(currentUpper);
      lineLower.push(currentLower);
      starts.push(i + 1);
      currentUpper = 0;
      currentLower = 0;
    } else if (c >= 65 && c <= 90) {
      currentUpper++;
      upper++;
    } else if (c >= 97 && c <= 122) {
      currentLower++;
      lower++;
    } else if (c > 127) {
      const ch = text[i];
      if (ch !== ch.toLowerCase()) {
        currentUpper++;
        upper++;
      } else if (ch !== ch.toUpperCase()) {
        currentLower++;
        lower++;
      }
    }
  }
  lineUpper.push(currentUpper);
  lineLower.push(currentLower);
  // Only a whole note typed without capitals counts: in a cased note a lower-case line is a wrapped sentence.
  const documentCaseless = caseless(upper, upper + lower);
  const documentCaps = (upper + lower > 0 && lower <= (upper + lower) * 0.1) || documentCaseless;
  const caps = new Uint8Array(starts.length);
  for (let k = 0; k < starts.length; k++) {
    const letters = lineUpper[k] + lineLower[k];
    // A quoted message ("> my son kelvin say ...") or a chat line ("[07:42] kchoudhury: hey can u see ...") keeps the case
    // its writer typed it in, whatever the note around it.
    let ownVoice = false;
    if (letters >= 12 && lineUpper[k] <= letters * 0.1 && OWN_VOICE_LINE.test(text.slice(starts[k], starts[k] + 40))) {
      const line = text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : text.length);
      // No capitalised word at all: the capitals there are acronyms ("2L", "CHF").
      ownVoice = !/\p{Lu}\p{Ll}/u.test(line.replace(OWN_VOICE_LINE, ''));
    }
    caps[k] = (letters >= 12 ? lineLower[k] <= letters * 0.1 || ownVoice || (documentCaseless && caseless(lineUpper[k], letters)) : documentCaps) ? 1 : 0;
  }
  return { starts, caps };
}

function isSentenceStart(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 12; i--) {
    const c = text.charCodeAt(i);
    // space, tab, quote, bracket, asterisk, hyphen, bullet, hash
    if (c === 32 || c === 9 || c === 34 || c === 40 || c === 42 || c === 45 || c === 0x2022 || c === 35) continue;
    if (c === 10 || c === 13) return true;
    if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) {
      // "Dr." and initials do not end sentences.
      if (c === 46) {
        const wordBefore = /([A-Za-z]{1,4})\.$/.exec(text.slice(Math.max(0, i - 4), i + 1));
        if (wordBefore && (TITLES.has(wordBefore[1].toUpperCase()) || wordBefore[1].length === 1)) return false;
      }
      return true;
    }
    if (c >= 48 && c <= 57 && text.charCodeAt(i + 1) === 46) return true;
    return false;
  }
  return start === 0 || (start <= 12 && text.slice(0, start).trim() === '');
}

/** The text before `start` on its line, at most `maxChars` of it. */
export function lineTextBefore(text: string, start: number, maxChars: number): string {
  const from = Math.max(0, start - maxChars);
  const slice = text.slice(from, start);
  const lineBreak = Math.max(slice.lastIndexOf('\n'), slice.lastIndexOf('\r'));
  return lineBreak >= 0 ? slice.slice(lineBreak + 1) : slice;
}

/** Grades and states after "MR" (mitral regurgitation) or "MS" (mental status) that the name lists also hold. */
const STATE_AFTER_ABBREVIATION = new Set(['SEVERE', 'TRACE', 'TRIVIAL', 'MILD', 'MODERATE', 'NORMAL', 'ALTERED', 'INTACT', 'IMPROVED', 'WORSE', 'STABLE', 'UNCHANGED', 'CLEAR', 'GRADE', 'PRESENT', 'NOTED', 'BASELINE', 'WNL', 'CHANGES', 'LETHARGIC', 'CONFUSED', 'ALERT']);

/** After a titled word: an age with the sex, or being made aware, notified or paged. */
const PERSON_AFTER_TITLED_WORD = /^(?:[ \t]{0,2}\(\d{1,3}[ \t]?(?:Y\/?O|Y)?[ \t]?[MF]\b(?!\/)|,?[ \t]{1,2}\d{1,3}[ \t]?(?:YOM|YOF|Y\/?O[ \t]?[MF]?|Y[MF])\b(?!\/)|[ \t]{1,2}(?:MADE AWARE|NOTIFIED|PAGED|AWARE|made aware|notified|paged|aware)\b|[ \t]{1,2}(?:TO|WILL|to|will)[ \t]{1,2}(?:SEE|CONSIDER|EVAL|EVALUATE|FOLLOW|CALL|REVIEW|UPDATE|DISCUSS|ADDRESS|DECIDE|ASSESS|MANAGE|see|consider|eval|evaluate|follow|call|review|update|discuss|address|decide|assess|manage)\b)/;
/** "CALLED DR LANE.", "PER DR DAY": who is called or quoted is a person, whatever word the surname is. */
const PERSON_REACHED_BEFORE_TITLE = /\b(?:CALLED|PAGED|NOTIFIED|PER|SPOKE[ \t]{1,2}(?:W\/|WITH)|D\/W|DISCUSSED[ \t]{1,2}WITH|CONSULTED|called|paged|notified|per|spoke[ \t]{1,2}(?:w\/|with)|d\/w|discussed[ \t]{1,2}with|consulted)[ \t]{1,2}$/;

const IMAGED_PART = /^(?:HEAD|BRAIN|ORBITS?|FACE|NECK|SPINE|C|T|L|CERVICAL|THORACIC|LUMBAR|CHEST|ABD|ABDOMEN|PELVIS|SHOULDER|KNEE|HIP|ANKLE|WRIST|ELBOW|HAND|FOOT|ANGIOGRAPHY|ANGIO|ENTEROGRAPHY|ARTHROGRAM|BREAST|CARDIAC|HEART|LIVER|MRCP|PROSTATE|IAC|PITUITARY|SACRUM|COCCYX)$/;

const RANKS_ALSO_SHORTHAND = new Set(['SPC', 'LTC', 'CSM', 'CPO']);

function titleBefore(text: string, tokens: Token[], i: number): Role | undefined {
  if (i === 0) return undefined;
  const previous = tokens[i - 1];
  const role = TITLES.get(previous.key);
  if (!role) return undefined;
  const between = text.slice(previous.end, tokens[i].start);
  // "mr . ward": transcripts of speech set the title's period apart.
  if (!/^ ?\.?\s{1,3}$/.test(between) && !(between === '.' && previous.key.length <= 3)) return undefined;
  // "moderate MR.⏎⏎Assessment/Plan", "1.5 L FR.⏎LONG-TERM": a title at a line's end introduces nobody on the next line.
  if (between.includes('\n') || between.includes('\r')) return undefined;
  // "MODERATE MR. CARDIOLOGY, DR. ABERNATHY": a service after the abbreviation is no surname.
  if (SPECIALTY_ENDING.test(tokens[i].key) && tokens[i].info.tier !== 'name') return undefined;
  // "MR HEAD W AND W/O CONTRAST", "MR L SPINE": magnetic resonance of a body part, no person.
  if (previous.key === 'MR' && !between.includes('.') && IMAGED_PART.test(tokens[i].key)) return undefined;
  // "FR. CUSHING" is a priest; "FR OSH" is "from".
  if (previous.key === 'FR' && !between.includes('.')) return undefined;
  // "SPC OKWUOSA" is a specialist; "SPC FOUND KINKED", "W/ SPC MOD I" a catheter or a cane; "LTC DNR" long-term care.
  if (RANKS_ALSO_SHORTHAND.has(previous.key) && (isKnownWord(tokens[i].key) || CLINICAL_ABBREVIATIONS.has(tokens[i].key))) return undefined;
  // "RETIRED YOUTH PASTOR. PATIENCE ...": a title written out in full takes no period.
  if (/^(?:PASTOR|IMAM|RABBI|DEACON|CANTOR|SHEIKH|REVEREND|OFFICER|TROOPER|DEPUTY)$/.test(previous.key) && between.includes('.')) return undefined;
  // "Rue Al Imam Al Bakri": a street named after an imam.
  if (previous.key === 'IMAM' && i > 1 && /^(?:AL|EL)$/.test(tokens[i - 2].key)) return undefined;
  // Spelled-out "doctor" and "miss" are ordinary words unless capitalised or followed by a capitalised name.
  const t = tokens[i];
  if ((previous.key === 'DOCTOR' || previous.key === 'MISS' || previous.key === 'SIR' || previous.key === 'MADAM') && (previous.shape === 'lower' || t.shape === 'lower')) {
    // Speech transcribed without capitals: "thanks doctor cooper", with a surname that note prose never uses.
    const transcribed = t.capsLine && (previous.key === 'DOCTOR' || previous.key === 'MISS') && t.info.surname && t.info.commonRank === undefined && !NEVER_NAMES.has(t.key);
    if (!transcribed) return undefined;
  }
  if (t.shape === 'lower' && !t.capsLine) return undefined;
  // "Dear Dr. Lane,", "Dr. Day": a capitalised surname that is also a note word is the name after a title.
  // In capitals only after a title with its period ("NEPHROLOGIST DR. SUNDAY NOTIFIED", "REQUESTED BY DR. NURSE"):
  // "DR AWARE", "DR TO SEE" write the title without one.
  const surnameAfterTitle = t.info.surname && t.key.length > 2 &&
    (t.shape === 'capitalised' ? !/^[ \t]{0,2}(?:[A-Z][a-z]|\d)/.test(text.slice(t.end, t.end + 4)) : t.capsLine && t.shape === 'upper' && between.includes('.'));
  // "MRS DAY (32YOF)", "MR DAY, 61 YOM", "DR DAY MADE AWARE": what a person is or does right after settles a word surname.
  const personFollows = t.info.surname && (PERSON_AFTER_TITLED_WORD.test(text.slice(t.end, t.end + 16)) || (role === 'DOCTOR' && PERSON_REACHED_BEFORE_TITLE.test(text.slice(Math.max(0, previous.start - 24), previous.start))));
  if (NEVER_NAMES.has(t.key) && t.key !== previous.key && !initialWithPeriod(text, t) && !surnameAfterTitle && !personFollows) return undefined;
  // "MR MILD, TR TRACE", "NEURO: MS INTACT", "DR ORDERS NOTED": in capitals a title without its period is as often mitral
  // regurgitation, mental status or a doctor's orders; a word of clinical prose no name list knows, or a grade or state, follows those.
  if (t.capsLine && !between.includes('.') && ((t.info.tier === 'unknown' && t.info.clinicalWord) || STATE_AFTER_ABBREVIATION.has(t.key))) return undefined;
  return role === 'DOCTOR' ? 'DOCTOR' : 'PATIENT';
}

/** The index past the last token of a name that starts at `i`. */
const INITIAL_BEFORE_CREDENTIAL = new RegExp(String.raw`^\.?,[ \t]{1,2}${SIGN_OFF_CREDENTIAL}\b|^\.?,[ \t]{1,2}(?:BSN|MSN|RD|RDN|PT|DPT|OTR|SLP|PharmD)\b`);

function extendName(text: string, tokens: Token[], i: number, afterTitle: boolean): number {
  let end = i;
  while (end < tokens.length && end - i < MAX_NAME_TOKENS) {
    const t = tokens[end];
    if (end > i && !joinable(text, tokens, end - 1, end)) break;
    // "PFC JONES, LCPL ORTEGA": a title starts the next person's name.
    if (end > i && TITLES.has(t.key)) break;
    // "van der Berg", "de la Cruz": lower-case particles inside a name, when a name part follows.
    if (end > i && PARTICLES.has(t.word)) {
      let next = end;
      while (next < tokens.length && next - end < 2 && PARTICLES.has(tokens[next].word)) next++;
      if (next < tokens.length && joinable(text, tokens, next - 1, next) && tokens[next].shape !== 'lower' && nameCapable(tokens[next], false)) {
        end = next;
        continue;
      }
      break;
    }
    const first = end === i;
    if (first ? !firstTokenAcceptable(text, t, afterTitle) : !(nameCapable(t, false) || eponymSurnameInName(text, t))) break;
    end++;
  }
  // A trailing initial belongs to the name only if a name part or, as signers write, a comma and a credential
  // follows it ("Dawn F., RN"); otherwise it may start the next sentence.
  while (end > i + 1 && tokens[end - 1].shape === 'initial' && !INITIAL_BEFORE_CREDENTIAL.test(text.slice(tokens[end - 1].end, tokens[end - 1].end + 12))) end--;
  return end;
}

function firstTokenAcceptable(text: string, t: Token, afterTitle: boolean): boolean {
  if (afterTitle) return !(t.shape === 'lower' && !t.capsLine) && (!NEVER_NAMES.has(t.key) || initialWithPeriod(text, t) || ((t.shape === 'capitalised' || t.capsLine) && t.info.surname && t.key.length > 2));
  return nameCapable(t, false);
}

/**
 * Inside a name that other evidence already started, a surname that is also an eponym is the surname:
 * "Dr. A. Foley", "Faith Graves", unless a disease or sign word follows ("Graves disease").
 */
function eponymSurnameInName(text: string, t: Token): boolean {
  return t.info.tier === 'word' && t.info.surname && t.shape !== 'lower' && !t.acronym && !NEVER_NAMES.has(t.key) && !CREDENTIALS.has(t.key) && !isEponymUse(text, t);
}

/** Walks back from a token before a credential over at most three name parts. */
function extendNameBackwards(text: string, tokens: Token[], i: number): number {
  let start = i;
  // "DONE. S. YOUNG RN": after an initial with its period, a word before a credential is the surname.
  const afterInitial = afterSingleInitial(text, tokens, i);
  if (!nameCapable(tokens[i], false) && !(tokens[i].info.tier === 'word' && tokens[i].shape !== 'lower' && !NEVER_NAMES.has(tokens[i].key))) {
    if (reportedTo(text, tokens[i])) return i;
    // "ROSE STREET MD": a listed first name right before a word surname.
    if (!afterInitial && listedFirstNameBeforeWordSurname(text, tokens, i)) return i - 1;
    if (!afterInitial) return i + 1;
    // The initial, and a listed first name before it ("KENJI V. YOUNG"); no salutation or other word.
    const first = tokens[i - 2];
    const withFirstName = first && joinable(text, tokens, i - 2, i - 1) && first.shape !== 'lower' && first.info.firstName && first.info.tier !== 'word' && !NEVER_NAMES.has(first.key);
    return withFirstName ? i - 2 : i - 1;
  }
  while (start > 0 && i - start < MAX_NAME_TOKENS - 1 && joinable(text, tokens, start - 1, start) && (nameCapable(tokens[start - 1], true) || initialWithPeriod(text, tokens[start - 1]))) start--;
  return start;
}

/**
 * "CHARITY BEST LPN", "TRINITY J HEART, OTR/L": before a credential, a surname that is also a common word still
 * names the signer when a first name (and perhaps an initial) comes right before it. Where the surname is the
 * first word of the name ("CHEST PAIN MD"), nothing before it is a first name and nothing is taken.
 */
function firstNameBeforeSurname(text: string, tokens: Token[], i: number): number {
  const surname = tokens[i];
  if (!surname.info.surname || surname.info.tier === 'unknown' || NEVER_NAMES.has(surname.key) || surname.startsDate) return i + 1;
  let k = i - 1;
  if (k >= 0 && tokens[k].shape === 'initial' && joinable(text, tokens, k, k + 1)) k--;
  if (k < 0 || !joinable(text, tokens, k, k + 1)) return i + 1;
  const first = tokens[k];
  const firstName = first.info.firstName && first.info.tier !== 'word' && first.key.length > 2 && !first.acronym && !NEVER_NAMES.has(first.key) && !CREDENTIALS.has(first.key) && !RELATION_CUES.has(first.key);
  if (!firstName || (first.shape === 'lower' && !first.capsLine)) return i + 1;
  // "BICH NGOC BEST RN": a second given name the lists do not know, before the first one.
  let start = k;
  const before = tokens[start - 1];
  if (before && joinable(text, tokens, start - 1, start) && nameCapable(before, true) && (before.info.tier === 'name' || before.info.tier === 'unknown')) start--;
  return start;
}

/** "S. YOUNG", "K. OH": token i follows a one-letter initial and its period, and is no abbreviation or credential. */
function afterSingleInitial(text: string, tokens: Token[], i: number): boolean {
  const initial = tokens[i - 1];
  return i > 0 && initialWithPeriod(text, initial) && initial.end - initial.start === 1 && joinable(text, tokens, i - 1, i) && !CLINICAL_ABBREVIATIONS.has(tokens[i].key) && !CREDENTIALS.has(tokens[i].key);
}

/** "ROSE STREET", "JUNE STREET": a listed first name right before token i, a surname that is also a word. */
function listedFirstNameBeforeWordSurname(text: string, tokens: Token[], i: number): boolean {
  const first = tokens[i - 1];
  const surname = tokens[i];
  if (i === 0 || !surname.info.surname || surname.key.length <= 2 || CREDENTIALS.has(surname.key) || CLINICAL_ABBREVIATIONS.has(surname.key) || modalBeforeVerb(tokens, i)) return false;
  return joinable(text, tokens, i - 1, i) && first.info.firstName && (first.info.tier === 'name' || first.info.tier === 'ambiguous') && !NEVER_NAMES.has(first.key) && !CLINICAL_ABBREVIATIONS.has(first.key);
}

/** "WILL ASK MD", "MAY CALL MD": token i is a verb after a modal (which may also be a first name). */
function modalBeforeVerb(tokens: Token[], i: number): boolean {
  if (i === 0 || tokens[i].info.commonRank === undefined || tokens[i].info.tier === 'name') return false;
  const modal = tokens[i - 1].key;
  return MODAL_BEFORE_VERB.has(modal) || (MODAL_NAMES.has(modal) && tokens[i].info.commonRank < 1500);
}

/** "M. KOWALCZYK RN": an initial with its period before a surname, in capitals too. */
function initialWithPeriod(text: string, t: Token): boolean {
  return t.shape === 'initial' && text[t.end] === '.';
}

/** Two tokens are parts of one name when only a space, an initial's period or a "Last, First" comma separates them. */
function joinable(text: string, tokens: Token[], a: number, b: number): boolean {
  // Character tests instead of slicing the gap: this runs for nearly every pair of neighbouring words.
  // They accept exactly what / {1,2}/, /\. {0,2}/ and /, {1,2}/ accept on the whole gap.
  const from = tokens[a].end;
  const gap = tokens[b].start - from;
  if (gap < 1 || gap > 3) return false;
  // "TERESA LUND TLUND@...": a word opening an e-mail address is the address's.
  if (text.charCodeAt(tokens[b].end) === 64) return false;
  const c = text.charCodeAt(from);
  if (c === 32) return gap <= 2 && (gap === 1 || text.charCodeAt(from + 1) === 32);
  if (c === 46) return tokens[a].shape === 'initial' && onlySpaces(text, from + 1, from + gap);
  // "Smith, John": a surname then a first name, or a word in no dictionary after a known surname.
  if (c === 44 && gap >= 2 && onlySpaces(text, from + 1, from + gap)) {
    const first = tokens[b];
    const last = tokens[a];
    const firstOk = first.shape === 'initial' || (first.info.firstName ? first.info.tier !== 'word' : first.info.tier === 'unknown' && !isKnownWord(first.key));
    const lastOk = last.info.surname || (last.info.tier === 'unknown' && !isKnownWord(last.key));
    return firstOk && lastOk && !first.acronym && (first.key.length > 1 || first.shape === 'initial') && !facilityFollows(text, first.end);
  }
  return false;
}

/** "Dr Santos, Riverbend Urgent Care": after a comma, a word that starts a facility name is not a first name. */
const FACILITY_WORD_AFTER = /^[ \t]{1,2}(?:Rehabilitation|Rehab|Center|Centre|Institute|Hospice|Infirmary|Assisted|Senior|Urgent|Memory|Medical|Health|Hospital|Clinic|Family|Regional|General|Community|Memorial|Nursing|Rehab|Cancer|Heart|Surgical|Pediatrics|Orthopedics|Wound|Women's|Dental|Imaging|Primary|Care|Surgery|Practice)\b/i;
const CAPITALISED_WORD_AHEAD = /^[ \t]{1,2}[A-Z][A-Za-z'’-]{1,20}/;

/** "Dr Santos, Riverbend Urgent Care", "Dr Okeke, Addiscombe Road Surgery": a facility's head within two more capitalised words. */
function facilityFollows(text: string, from: number): boolean {
  let ahead = text.slice(from, from + 64);
  for (let words = 0; words <= 2; words++) {
    if (FACILITY_WORD_AFTER.test(ahead)) return true;
    const word = CAPITALISED_WORD_AHEAD.exec(ahead);
    if (!word) return false;
    ahead = ahead.slice(word[0].length);
  }
  return false;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** Could this token be part of a name that other evidence already supports? */
function nameCapable(t: Token, backwards: boolean): boolean {
  if ((t.shape === 'lower' && !t.capsLine) || t.acronym || t.startsDate) return false;
  if (NEVER_NAMES.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key)) return false;
  if (t.shape === 'initial') return !t.capsLine || !backwards;
  const { tier } = t.info;
  if (tier === 'name') return true;
  if (t.capsLine) {
    if (tier === 'ambiguous') return t.info.commonRank === undefined || t.info.commonRank > 1500;
    return tier === 'unknown' && !isKnownWord(t.key) && t.key.length > 2;
  }
  if (tier === 'ambiguous') return true;
  return tier === 'unknown' && !isKnownWord(t.key);
}

/** Drug, organism and procedure endings: "tocilizumab", "Brucella", "colectomy" are not names. */
const MEDICAL_ENDING = /(?:XABAN|GATRAN|TONIN|PROTEIN|ULIN|OXIN|EPTIN|ACIN|IPIN|APIN|MAB|NIB|CIL|UCIL|MYCIN|CILLIN|AZOLE|PRIL|SARTAN|OLOL|STATIN|VIR|TIDE|PARIN|ELLA|COCCUS|COCCI|BACTER|ITIS|OSIS|EMIA|OMA|ECTOMY|OTOMY|OSTOMY|PLASTY|SCOPY|GRAM|GRAPHY|PATHY|ALGIA|URIA|PLEGIA|PENIA|CYTE|CYTES|ASE|IDE|ATE|OL|ONE|AMINE|AZINE|ZEPAM|ZOLAM|PRAZOLE|TIDINE|SETRON|TRIPTAN|GLIPTIN|FLOZIN|GLUTIDE|DRONATE|LUKAST|TEROL|SONIDE|ASONE|OLONE)$/;
/** An ending shared by many drugs and by names ("Katrine", "Pauline"): only long words count. */
const GENERIC_MEDICAL_ENDING = /^.{5,}INE$/;
/** Name-internal capitals: McDonald, MacArthur, DeShawn, LaToya, O'Brien, VanDyke. */
const NAME_PREFIX_CAPITAL = /^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O['’]|D['’])\p{Lu}/u;

function unknownCapitalised(t: Token): boolean {
  if (t.capsLine || t.shape !== 'capitalised' || t.info.tier !== 'unknown' || t.key.length < 3 || t.gluedDigits || t.acronym) return false;
  if ((/\p{Ll}\p{Lu}/u.test(t.word) && !NAME_PREFIX_CAPITAL.test(t.word)) || /^\p{Lu}{2}/u.test(t.word)) return false;
  const parts = t.word.split('-');
  if (parts.some((p) => p.length < 2 || p[0] !== p[0].toUpperCase() || isKnownWord(p.toUpperCase()))) return false;
  return !isKnownWord(t.key) && !isProperNoun(t.key) && !MEDICAL_ENDING.test(t.key) && !GENERIC_MEDICAL_ENDING.test(t.key);
}

const ROOM_WORDS = new Set(['RM', 'ROOM', 'BED', 'BAY', 'APT', 'UNIT', 'CELL', 'POD']);

/** Before "is a 72 year-old" anything name-shaped counts, short or ambiguous, but never a role word. */
function introducedNamePart(t: Token): boolean {
  if (t.shape === 'lower' && !t.capsLine) return false;
  // Synthea's "Larue605": a name with digits glued on; "A7" is a bed or a grade.
  if (t.gluedDigits) return t.key.length >= 2;
  if (NEVER_NAMES.has(t.key) || CREDENTIALS.has(t.key) || t.info.tier === 'word') return false;
  // "RM 101 YOUNG, HAZEL": a room's number is no age.
  if (ROOM_WORDS.has(t.key)) return false;
  if (t.info.tier === 'name' || t.info.tier === 'ambiguous') return true;
  // "Healthy-appearing 41-year-old": a compound of ordinary words describes, it does not name; "Jean-Louis",
  // "Anne-Marie", made of first names, names.
  if (t.key.includes('-')) {
    const parts = t.key.split('-');
    if (parts.every((part) => isKnownWord(part)) && !parts.every((part) => wordInfo(part).firstName)) return false;
  }
  return !isKnownWord(t.key);
}

/**
 * In capitals "HUSBAND WILL CALLED" names Will and "SON MAY VISIT" does not: a first name that is also a
 * modal or common word counts after a relation word only before a past-tense verb or "at bedside".
 */
function firstNameBeforeAPastVerb(text: string, t: Token): boolean {
  if (!t.capsLine || !t.info.firstName || t.info.tier !== 'ambiguous') return false;
  // A modal is never followed by a past tense or by what a person is or does: "SON WILL IS HCP", "DTR MAY HERE".
  // "NEED", "BLEED", "PROCEED" end like a past tense and are none.
  return /^[ \t]{1,2}[A-Z]{2,}(?<!E)ED\b/.test(text.slice(t.end, t.end + 16)) || PERSON_PREDICATE.test(text.slice(t.end, t.end + 14));
}

/** Eponyms and shorthand a family history writes after a relation word: "brother Barrett's", "sister Ana+", "mother Asa allergy". */
const EPONYMS_AND_SHORTHAND_AFTER_KIN = new Set(['BARRETT', 'MALLORY', 'AMA', 'ANA', 'ASA', 'BRADY', 'LUE']);
const SHORTHAND_THAT_IS_A_NAME = new Set(['AMA', 'ANA', 'ASA']);
const RESULT_OR_DOSE_AFTER = /^[ \t]{0,2}(?:[+-]|\d|pos|neg|titer|screen|panel|mg\b|daily|qd\b)/i;
/** Kin words of other languages that are also listed first names: "Aunt (Tía Rosa)". */
const KIN_WORDS_ELSEWHERE = new Set(['TIA', 'TÍA', 'TIO', 'TÍO']);

/**
 * "wife Mae on speaker", "husband Will asleep": in mixed case a first name the lists also hold as a word, capitalised
 * in the middle of a sentence. Taken only right after a relation word; elsewhere the capital may be a heading's.
 */
function capitalisedFirstNameThatIsAWord(t: Token, after: string): boolean {
  // "Granddaughter Ana helps": shorthand is written in capitals (ANA, ASA, AMA); capitalised, it is a name unless a result follows.
  const shorthandAsAName = SHORTHAND_THAT_IS_A_NAME.has(t.key) && !RESULT_OR_DOSE_AFTER.test(after);
  return !KIN_WORDS_ELSEWHERE.has(t.key) && (!EPONYMS_AND_SHORTHAND_AFTER_KIN.has(t.key) || shorthandAsAName) && !t.capsLine && t.shape === 'capitalised' && t.info.tier === 'word' && t.info.firstName && !t.info.clinicalWord && !t.sentenceStart && t.key.length > 2 && !NEVER_NAMES.has(t.key);
}

/** A kin word right before a word, one blank apart. */
const KIN_WORD_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:SON|DAUGHTER|DTR|WIFE|HUSBAND|SISTER|BROTHER|GRANDSON|GRANDDAUGHTER|GRANDMOTHER|GRANDFATHER|MOTHER|FATHER|MOM|DAD|NIECE|NEPHEW|AUNT|UNCLE|COUSIN|BF|GF|BOYFRIEND|GIRLFRIEND|FIANCE|FIANCÉ|FIANCEE|SPOUSE|STEPSON|STEPDAUGHTER)[ \t]$/iu;
/** What goes on about a person after their name: a bracket, an age, a stop, or a word of where they are or what they do. */
const PERSON_GOES_ON = /^(?:[ \t]*(?:\(|\d|[,;:]|\.(?:[ \t]|$)|$|[\r\n])|[ \t]{1,2}(?:IS|WAS|HAS|HAD|AND|AT|IN|ON|TO|BY|VIA|WHO|ASLEEP|PRESENT|VISITING|CALLED|SAYS|SAID|STATES|STATED|REPORTS|REPORTED|AWARE|NOTIFIED|UPDATED|HELPS|HELPED|ARRIVED|LEFT|BROUGHT|WANTS|AGREES|AGREED|DECLINED|REQUESTS|REQUESTED|ASKED|ASKS)\b)/i;

/**
 * "HUSBAND WILL ASLEEP ON COUCH", "WIFE MAE IN RECLINER", "SPOKE WITH DTR MAY BY PHONE": right after a kin word, a first
 * name of the lists is the relative's, though it is also a word or shorthand, where what follows goes on about a person.
 * "HUSBAND WILL CALL", "DAUGHTER MAY VISIT" and "MAE X4" read as the words.
 */
function firstNameRightAfterKin(text: string, t: Token): boolean {
  if (!t.info.firstName || t.key.length <= 2 || NEVER_NAMES.has(t.key) || KIN_WORDS_ELSEWHERE.has(t.key) || VITAL_STATUS_WORDS.has(t.key)) return false;
  if (!KIN_WORD_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return false;
  const after = text.slice(t.end, t.end + 40);
  if (PERSON_GOES_ON.test(after)) return true;
  // "FATHER WILL BELL 66, HTN", "SON WILL BROWN (TX)": a surname, then an age, a bracket or a comma ("SON WILL CALL IN AM" is the verb).
  const surname = /^[ \t](\p{Lu}[\p{L}'’-]+)[ \t]{0,2}[(\d,]/u.exec(after);
  return surname !== null && wordInfo(surname[1].toUpperCase()).surname;
}

/** Cheap test before the cue expressions run: could this word be a name after any cue at all? */
function mayFollowCue(t: Token): boolean {
  if (NEVER_NAMES.has(t.key) || t.acronym || t.key.length <= 2 || t.info.tier === 'word') return false;
  if (t.shape === 'lower' && !t.capsLine) return false;
  if (t.info.tier === 'ambiguous' && t.capsLine) return t.info.commonRank === undefined || t.info.commonRank > 800;
  return t.info.tier !== 'unknown' || !isKnownWord(t.key);
}

/**
 * "RN MAY DELACROIX", "PRIMARY RN BELL ODUYA": after a firm cue, a name-list word that is also an everyday word, then a
 * surname no dictionary knows, are a first name and a surname.
 */
function wordNameBeforeUnlistedSurname(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || t.key.length < 3 || !t.info.firstName || next.shape !== t.shape) return false;
  const shorthand = (key: string) => NEVER_NAMES.has(key) || CLINICAL_ABBREVIATIONS.has(key) || CREDENTIALS.has(key);
  if (shorthand(t.key) || shorthand(next.key) || isKnownWord(next.key) || next.info.tier === 'word' || next.info.tier === 'ambiguous') return false;
  // An unlisted surname is a word of four letters or more with a vowel, not shorthand ("MGMT", "ICD", "DISCHG") nor a verb
  // built on a word ("RN WILL REDOSE", "MD MAY DOWNTITRATE").
  if (next.info.tier === 'unknown' && (next.key.length < 4 || !/[AEIOUY]/.test(next.key) || /[^AEIOUY]{4}/.test(next.key) || verbOnAWord(next.key))) return false;
  // Where a name ends: punctuation, a slash, a bracket, the line's end, a time or "AT" ("RN WILL ACHTERBERG AT 1215"); a word
  // going on is a sentence ("RN MAY UPTITRATE DRIP").
  return joinable(text, tokens, i, i + 1) && /^(?:[ \t]*(?:$|[\r\n,;:\/()]|[-–][ \t])|[ \t]{1,2}(?:AT|@|\d)|[ \t]{2})/.test(text.slice(next.end, next.end + 4));
}

const VERB_PREFIX = /^(?:RE|UP|DOWN|UN|DIS|DE|PRE|OVER|UNDER)(?=[A-Z]{3})/;

function verbOnAWord(key: string): boolean {
  const stem = key.replace(VERB_PREFIX, '');
  return stem !== key && isKnownWord(stem);
}

/**
 * "T. BILI 3.4", "T. BILI: 12", "T. CHOL 245": a test before its value. A time or a date after a signer's name is none, nor a
 * room of three digits or a colon after a surname ("K. OYELOWO 302", "R. CHASE: 5/80/-1").
 */
function testBeforeItsValue(text: string, word: Token): boolean {
  const after = text.slice(word.end, word.end + 10);
  if (/^[ \t]{1,2}[<>=]?[ \t]?(?:\d+\.\d|\d{1,2}(?![\d\/.:A-Za-z-]))/.test(after)) return true;
  // "SVE BY CNM R. CHASE: 5/80/-1": after a surname a colon opens what the person found.
  const labelled = /^[ \t]{0,2}[:=][ \t]{0,2}\d/.test(after) || /^[ \t]{1,2}\d{3}(?![\d\/.:A-Za-z-])/.test(after);
  return labelled && (!word.info.surname || (word.info.clinicalWord && (word.info.surnameRank ?? Infinity) > RARE_SURNAME_RANK));
}

/** "NNP F. ACHTERBERG", "QDDP S. WAHPEPAH": after a firm cue, an initial and a surname. */
function initialBeforeSurname(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || t.shape !== 'initial' || next.shape === 'initial' || next.shape === 'lower' || next.key.length < 2) return false;
  if (NEVER_NAMES.has(next.key) || CLINICAL_ABBREVIATIONS.has(next.key) || CREDENTIALS.has(next.key) || (isKnownWord(next.key) && !next.info.surname)) return false;
  // "FATHER D. AGE 92": a word before a number says what the number is; "SCRUB C. SECTION": a frequent word only a rare
  // surname is stays the word.
  if (next.info.tier !== 'name' && isKnownWord(next.key) && /^[ \t]{1,2}\d/.test(text.slice(next.end, next.end + 4))) return false;
  if (next.info.tier !== 'name' && next.info.commonRank !== undefined && (next.info.surnameRank ?? Infinity) > RARE_SURNAME_RANK) return false;
  // Without its point a letter is mostly an article or a side ("A TALL AIDE", "L NIPPLE").
  return /^\.[ \t]{1,2}$/.test(text.slice(t.end, next.start)) && !testBeforeItsValue(text, next);
}

const SUBJECT_LABEL = /\b(?:re|subject|regarding)\s{0,2}:\s{0,3}$/i;

/** Two capitalised words in mixed case, the first no clinical word, the second a surname: "Skip Best", not "Knee Pain". */
function capitalisedPairEndingInSurname(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || t.shape !== 'capitalised' || next.shape !== 'capitalised' || t.capsLine || !next.info.surname) return false;
  if (t.info.clinicalWord || NEVER_NAMES.has(t.key) || NEVER_NAMES.has(next.key) || CLINICAL_ABBREVIATIONS.has(next.key) || t.key.length < 3) return false;
  return joinable(text, tokens, i, i + 1);
}

/**
 * "BROTHER BO", "NEPHEW MO SICKLES", "dad Al": a two-letter first name, taken only right after a relation word
 * (two letters are otherwise mostly abbreviations, units and words).
 */
function shortGivenName(t: Token): boolean {
  if (t.key.length !== 2 || !t.info.firstName || t.info.tier === 'word' || (t.shape === 'lower' && !t.capsLine)) return false;
  if (t.shape === 'upper' && !t.capsLine) return false;
  return !NEVER_NAMES.has(t.key) && !CLINICAL_ABBREVIATIONS.has(t.key) && !CREDENTIALS.has(t.key) && !RELATION_CUES.has(t.key);
}

const ADJECTIVE_ENDING = /(?:ABLE|IBLE|OUS|IVE|ATED|IZED|FUL)$/;

/** "RN (PICU)", "RN (CHARGE)": a care unit or a shift role, never a person. */
function isUnitOrRole(key: string): boolean {
  return ROLE_BEFORE_CREDENTIAL.has(key) || /^[A-Z]{0,3}ICU$/.test(key);
}

/** After a cue, the first word must look like a name; a weak cue ("with", "to") asks for more. */
function acceptAfterCue(t: Token, weak: boolean, label: boolean, bareWith: boolean): boolean {
  if (NEVER_NAMES.has(t.key) || CREDENTIALS.has(t.key) || RELATION_CUES.has(t.key) || isUnitOrRole(t.key) || t.acronym || t.key.length <= 2) return false;
  if (SPECIALTY_ENDING.test(t.word) && t.info.tier !== 'name') return false;
  // "RE: SELF-NEGLECT": a compound of dictionary words.
  if (t.key.includes('-') && t.key.split('-').every((part) => part.length >= 4 && isKnownWord(part))) return false;
  // "STATES SPOUSE LIKES TO COOK": a verb after the relation word, not a name.
  if (t.capsLine && !t.info.firstName && t.info.tier !== 'name' && isKnownWord(t.key) && /(?:[^S]S|ED|ING)$/.test(t.key)) return false;
  // A capitalised word in mixed-case text after "with" or "by" is more often an acronym or emphasis.
  if (weak && !t.capsLine && t.shape === 'upper') return false;
  if (t.info.tier === 'word') return false;
  if (t.capsLine) {
    if (t.info.tier === 'name') return true;
    // "SITTER UNAVAILABLE", "WIFE SUPPORTIVE": an adjective after the cue says how the person is.
    if (!t.info.firstName && ADJECTIVE_ENDING.test(t.key) && isKnownWord(t.key)) return false;
    if (t.info.tier === 'ambiguous') return !weak && (t.info.commonRank === undefined || t.info.commonRank > 800);
    return !weak && !isKnownWord(t.key) && t.key.length > 2;
  }
  if (t.shape === 'lower') return false;
  if (t.info.tier === 'name') return true;
  if (t.info.tier === 'ambiguous') return !weak || (!t.info.clinicalWord && !t.sentenceStart);
  // "held in place with Kerlix": after a bare "with", a word no list knows is a product, not a person.
  return !isKnownWord(t.key) && (label || !weak || (unknownCapitalised(t) && !bareWith));
}

/**
 * The last word of every cue, lower case: a cue must end right before the name, so when the word there is
 * none of these, the cue expressions (long alternations tried at every position) need not run at all.
 */
const CUE_LAST_WORDS = new Set(
  [...CLINICIAN_CUES, ...PATIENT_CUES, ...NAMING_PHRASES, ...RELATION_CUES, ...CREDENTIALS_BEFORE_NAME, 'named'].map((cue) =>
    lastCueWord(cue.toLowerCase()),
  ),
);

/** The word a cue ends with, after dropping the separators the cue expressions allow after it. */
function lastCueWord(before: string): string {
  let end = before.length;
  // spaces, tab, colon, hash, hyphen, en dash, comma, opening bracket
  while (end > 0 && ' \t:#-\u2013,('.includes(before[end - 1])) end--;
  let start = end;
  while (start > 0 && !' \t:#\u2013,('.includes(before[start - 1])) start--;
  return before.slice(start, end).toLowerCase();
}

/** "NIECE/HCP", "SON/POA": the role in decisions a relative also has, after a slash. */
const DECISION_ROLE_AFTER_SLASH = /\/(?:HCP|POA|DPOA|HCPOA|PROXY|GUARDIAN|CAREGIVER|CG|NOK|EC|SURROGATE)([ \t:,-]*)$/i;

function cueRole(textBefore: string): Role | undefined {
  const before = textBefore.replace(DECISION_ROLE_AFTER_SLASH, '$1');
  if (!before || !CUE_LAST_WORDS.has(lastCueWord(before))) return undefined;
  if (endsWithRelationCue(before)) return 'RELATIVE';
  if (CREDENTIAL_BEFORE.test(before)) return 'DOCTOR';
  if (endsWithClinicianCue(before)) return 'DOCTOR';
  if (endsWithPatientCue(before)) return 'PATIENT';
  if (NAMING_PHRASE_END.test(before) && endsWithNamingPhrase(before)) return 'PATIENT';
  return undefined;
}

const BEFORE_CREDENTIAL = /^,? {1,2}$|^,$/;
const BEFORE_CREDENTIAL_AFTER_INITIAL = /^\.?,? {1,2}$|^\.?,$/;

function townSetOffBefore(text: string, tokens: Token[], i: number): boolean {
  const twoWords = i > 0 && /^[ \t]$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) && isListedTown(`${tokens[i - 1].key} ${tokens[i].key}`);
  const first = twoWords ? i - 1 : i;
  if (!twoWords && !isListedTown(tokens[i].key)) return false;
  return FACILITY_OR_ADDRESS_BEFORE_A_TOWN.test(text.slice(lineStartAt(text, tokens[first].start, tokens[first].start - 80), tokens[first].start));
}

function credentialAfter(text: string, tokens: Token[], i: number): number | undefined {
  const next = tokens[i + 1];
  if (!next) return undefined;
  if (next.start - tokens[i].end > 4 || !(CREDENTIALS.has(next.key) || next.key.length <= 2)) return undefined;
  // "L&D RN", "D/W RN": the last letter of a unit's or a task's shorthand before the nurse, not a one-letter name.
  if (tokens[i].key.length === 1 && /[&\/]$/.test(text.slice(Math.max(0, tokens[i].start - 1), tokens[i].start))) return undefined;
  const between = text.slice(tokens[i].end, next.start);
  if (!(tokens[i].shape === 'initial' ? BEFORE_CREDENTIAL_AFTER_INITIAL : BEFORE_CREDENTIAL).test(between)) return undefined;
  const raw = text.slice(next.start, next.start + 12).match(/^[A-Za-z][A-Za-z.\-/0-9]{1,11}/)?.[0].replace(/[.,]+$/, '') ?? '';
  const credential = raw.replace(/\./g, '').toUpperCase();
  if (!CREDENTIALS.has(credential)) return undefined;
  // "CHT_PBENNETT", "RN@HOSPITAL": the letters open a login or an address, not a credential.
  if (/^[_@]/.test(text.slice(next.start + raw.length, next.start + raw.length + 1))) return undefined;
  // Lower-case "do", "pa", "pt" are words; and short credentials that are words need a comma.
  if (raw !== raw.toUpperCase() && !/^(?:PhD|PharmD|Ph\.D|Esq)/.test(raw)) return undefined;
  if (/^(?:DO|PA|MS|PT|OT|RD|LD|OD|RT)$/.test(credential) && !between.includes(',')) return undefined;
  // "CONTINUE CURRENT MEDS, PT REFERRAL TO ...": a credential that is also a word ends a signature, never a phrase.
  if (/^(?:DO|PA|MS|PT|OT|RD|LD|OD|RT)$/.test(credential)) {
    const word = /^[ \t]{1,2}([A-Za-z][A-Za-z-]+)/.exec(text.slice(next.start + raw.length, next.start + raw.length + 20));
    if (word && !CREDENTIALS.has(word[1].toUpperCase())) return undefined;
  }
  // "Saint Cloud, PA 89924": a two-letter code before a ZIP code is a state.
  // "from Pawtucket, MS, with": a town after "from" or "in", and its state code.
  if (STATE_CODE_ALONE.test(credential) && /\b(?:from|in|near|FROM|IN|NEAR)[ \t]{1,2}$/.test(text.slice(Math.max(0, tokens[i].start - 6), tokens[i].start))) return undefined;
  if (credential.length === 2 && /^[ \t]{1,3}\d{5}\b/.test(text.slice(next.start + raw.length, next.start + raw.length + 10))) return undefined;
  // "Health Clinic, Clarksdale, MS", "BOX 118, MIFFLINBURG, PA.", "Driving Program — Lancaster, PA": a listed town after a
  // facility or an address, then the code of a state and the end of the clause.
  if (STATE_CODE_ALONE.test(credential) && townSetOffBefore(text, tokens, i) && CLAUSE_END_OR_POSTAL_CODE.test(text.slice(next.start + raw.length, next.start + raw.length + 8))) return undefined;
  if (tokens[i].shape === 'lower' && !tokens[i].capsLine) return undefined;
  // "S. YOUNG RN", "-K. OH MD": after an initial, a word before a credential is a surname.
  const afterInitial = afterSingleInitial(text, tokens, i);
  // "ROSE STREET MD NOTIFIED", "JUNE STREET, RN": a first name of the lists before the word makes it a surname.
  if ((NEVER_NAMES.has(tokens[i].key) || CITIES.has(tokens[i].key)) && !afterInitial && !listedFirstNameBeforeWordSurname(text, tokens, i) && !reportedTo(text, tokens[i])) return undefined;
  // "REPORT GIVEN TO NOC RN", "RESOURCE RN", "ORIENTEE RN": which nurse, not who.
  if (ROLE_BEFORE_CREDENTIAL.has(tokens[i].key) && !afterInitial) return undefined;
  // "TURN Q2H, RN AGAIN": a letter glued to a number before it is part of a frequency or a dose.
  const charBefore = text.charCodeAt(tokens[i].start - 1);
  if (charBefore >= 48 && charBefore <= 57) return undefined;
  // "WILL ASK MD", "MAY CALL MD": a verb after a modal, asking a doctor.
  if (modalBeforeVerb(tokens, i)) return undefined;
  // "YAA F. BSN, RN", "ROOT, AALIYAH BSN RN": a credential before a credential is the first of two, not a surname
  // (two-letter ones may be surnames: Ma, Do).
  if (CREDENTIALS.has(tokens[i].key) && ((i > 0 && tokens[i - 1].shape === 'initial') || tokens[i].key.length >= 3)) return undefined;
  return i + 1;
}

/** Words of a hand-off before the nurse who gave or took it ("REPORT RECEIVED FROM", "SIGNED OVER TO"). */
const LEADING_TO_A_SIGNER = new Set(['TO', 'BY', 'OF', 'AT', 'ON', 'IN', 'RECEIVED', 'GIVEN', 'REPORT', 'HANDOFF', 'SIGNED', 'VERIFIED', 'CHECKED', 'WITNESSED']);
/** Words that link a clause to what follows; before a surname they leave it the person's ("CALLED FOR SHIELDS"). */
const LINKING_WORDS = new Set(['THE', 'AND', 'FOR', 'WITH', 'FROM', 'PER', 'BUT', 'NOT', 'WAS', 'ARE', 'HAS', 'HAD', 'WILL', 'CAN', 'MAY', 'CALL', 'CALLED', 'SAW', 'SEEN', 'TOLD', 'ASKED', 'GAVE', 'SPOKE', 'VISIT', 'VISITED', 'NOTIFIED', 'AWARE', 'PAGED', 'INFORMED', 'UPDATED', 'MET', 'SAYS', 'STATES', 'THAT', 'THIS', 'ALSO', 'THEN', 'WHEN', 'WHILE', 'AFTER', 'BEFORE', 'ABOUT', 'INTO', 'ONTO', 'OVER', 'UNDER', 'UNTIL', 'SINCE', 'DEAR', 'THANKS', 'THANK', 'HELLO', 'MEET', 'MEETING', 'ATTENDING', 'PRIMARY', 'CHARGE', 'SECONDARY',
  'HAVE', 'GET', 'GETS', 'LET', 'WANT', 'WANTS', 'NEED', 'NEEDS', 'ASK', 'ASKS', 'TELL', 'TELLS', 'SEE', 'SEES', 'EXPECT', 'EXPECTS', 'EXPECTING', 'WAIT', 'WAITING',
  'PICK', 'BRING', 'BRINGS', 'HELP', 'HELPS', 'ALLOW', 'LIKE', 'LIKES', 'LOVE', 'LOVES', 'FEEL', 'FEELS', 'WITHOUT', 'AROUND', 'NEAR', 'BESIDE', 'BETWEEN']);

/**
 * "EYE SHIELDS", "GRAB BARS", "VENOUS LAKE": in capitals, a surname that is also a word (or a word's plural) right
 * after another dictionary word is the head of a compound noun, not a person.
 */
function headOfACompoundNoun(text: string, tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const previous = tokens[i - 1];
  if (!t.capsLine || t.info.firstName || !previous || previous.end + 1 !== t.start || text.charCodeAt(previous.end) !== 32) return false;
  if (!(isKnownWord(t.key) || (t.key.endsWith('S') && isKnownWord(t.key.slice(0, -1))))) return false;
  const modifier = previous.info.tier === 'word' || previous.info.tier === 'unknown' || (previous.info.tier === 'ambiguous' && previous.info.clinicalWord);
  return modifier && !previous.info.firstName && previous.key.length >= 3 && isKnownWord(previous.key) && !LINKING_WORDS.has(previous.key) && !CLINICAL_ABBREVIATIONS.has(previous.key) && !RELATION_CUES.has(previous.key);
}

/** A token that is a name by itself, without context. */
function standsAlone(t: Token): boolean {
  // Checked first so that plain lower-case words never need a lexicon lookup; such a word fails below anyway.
  if (t.shape === 'lower' && !t.capsLine) return false;
  if (t.info.tier !== 'name' || t.key.length < 3 || t.acronym || CREDENTIALS.has(t.key)) return false;
  // In text written all in small letters (transcribed speech), a surname that is also a dictionary word is the word
  // ("the easter egg hunt", "a burger"); it takes a cue, as in mixed case where such words are capitalised.
  if (t.capsLine && t.shape === 'lower' && !t.info.firstName && isKnownWord(t.key)) return false;
  // Three-letter words in capitals are mostly abbreviations (CEA, AMI, TUR) unless a frequent name (LEE, ANN).
  if (t.capsLine) return t.key.length > 3 || t.info.firstRank < 500 || t.info.surnameRank < 2000;
  return t.shape === 'capitalised' || t.shape === 'upper' && t.key.length > 3;
}

/** A name-list word used as an eponym ("Wilson's disease") or a drug ("Camila 28 day pack", "Jolivette 0.35 mg"). */
function isEponymUse(text: string, t: Token, afterFirstName = false): boolean {
  if ((t.key === 'LORD' && THE_LORD.test(text.slice(Math.max(0, t.start - 6), t.start))) || (t.key === 'WATERS' && BAG_OF.test(text.slice(Math.max(0, t.start - 9), t.start)))) return true;
  // "FISHER 4", "HUNT HESS 3", "BERG 31": a score named for a person before its grade; after a first name only a grade of
  // five at most ("ZAYDEN CLARK 13", "HOWARD LEE TANNER 96 M" give an age).
  const grade = SCORES_NAMED_FOR_PEOPLE.has(t.key) ? /^[ \t]{1,2}(\d{1,2})(?![\d\/.:])/.exec(text.slice(t.end, t.end + 6)) : null;
  if (grade && (!afterFirstName || Number(grade[1]) <= 5)) return true;
  // "HAWKINS +, JOBE 4+/5": a test's name before its result.
  if (/^[ \t]{0,2}\+(?=[ \t]*(?:[,;.]|$))/.test(text.slice(t.end, t.end + 6))) return true;
  // "circle of Willis", "pouch of Douglas", "islets of Langerhans".
  if (/\b(?:circle|pouch|islets?|canal|duct|loop|ligament|space)[ \t]{1,2}of[ \t]{1,2}$/i.test(text.slice(Math.max(0, t.start - 16), t.start))) return true;
  const after = text.slice(t.end, t.end + 28);
  // "LEOPOLD: VERTEX": Leopold's manoeuvres with the lie they found.
  // "Wells 0, PERC neg": a score's name before its points; after a first name the number is an age ("JEROME HOLLOWAY 58, TRACH").
  return EPONYM_HEAD.test(after) || DOSE_AFTER.test(after) || /^:\s{0,2}(?:vertex|breech|transverse|cephalic|oblique|longitudinal)\b/i.test(after) || ((!afterFirstName || SCORES_NAMED_FOR_PEOPLE.has(t.key)) && /^[ \t]{1,2}\d{1,2}(?:[,;]|[ \t]{1,2}(?:points?|pts)\b)/i.test(after));
}

function aloneConfidence(tokens: Token[], start: number, end: number): number {
  let best = 0.55;
  let names = 0;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    if (t.info.tier !== 'name') continue;
    names++;
    best = Math.max(best, t.info.firstName ? 0.75 : 0.7);
  }
  if (end - start >= 2 && names >= 1) best += 0.1;
  if (tokens[start].capsLine) best -= 0.05;
  // One all-capitals word in mixed-case text is as often an acronym or emphasis as a name.
  if (end - start === 1 && !tokens[start].capsLine && tokens[start].shape === 'upper') best = 0.55;
  return Math.min(best, 0.9);
}

/** Every other occurrence of a name found with evidence is flagged too, in any case, possessive included. */
/** What a person does or is, right after the word: "FAITH CALLED", "glen tearful", "CAROL HERE"; never "hope to", "may need". */
const PERSON_PREDICATE =
  /^[ \t]{1,2}(?:is|was|has|had|called|calls|visited|asked|asking|asks|says|said|states|stated|reports|reported|wants|wanted|went|left|arrived|brought|flying|driving|here|present|tearful|aware|updated|agrees|agreed|prefers|requests|requested|spent|stayed|staying|in to|at bedside|stole|took|hit|pushed|punched|told|drove|came|gave|sang|prayed|consented|declined|refused|hopes|would like|who|will|heard|saw|found|felt|knew|thought|sat|made|fell|spoke|kept|paid|sent|held|met|bought|wrote|became|died|passed away)\b/i;
/** "STATES THAT WILL STOLE HER TRUCK": after a reporting verb, "that" starts a clause, and a name may be its subject. */
const REPORTING_VERB_BEFORE = /\b(?:states|stated|says|said|reports|reported|believes|claims|claimed|thinks|insists|feels)[ \t]{1,2}$/i;
/** Words before a noun: "her hope is", "no hope here", "the will was signed". */
const DETERMINER_BEFORE = new Set(['HER', 'HIS', 'THEIR', 'MY', 'OUR', 'YOUR', 'THE', 'A', 'AN', 'NO', 'ANY', 'SOME', 'THIS', 'THAT', 'OF', 'WITH', 'LIVING', 'GOOD', 'BAD']);

function actsAsAPerson(text: string, tokens: Token[], claimed: Uint8Array, i: number): boolean {
  if (i > 0 && DETERMINER_BEFORE.has(tokens[i - 1].key) && !(tokens[i - 1].key === 'THAT' && REPORTING_VERB_BEFORE.test(text.slice(Math.max(0, tokens[i - 1].start - 16), tokens[i - 1].start)))) return false;
  // "TYPE AND CROSS WAS SENT": joined to a word that is no name, the word is a thing.
  if (i > 1 && /^[ \t]{1,2}(?:and|&)[ \t]{1,2}$/i.test(text.slice(tokens[i - 2].end, tokens[i].start)) && tokens[i - 2].info.tier !== 'name' && !claimed[i - 2]) return false;
  return PERSON_PREDICATE.test(text.slice(tokens[i].end, tokens[i].end + 14));
}

/** First names that notes still write as words ("GRACE PERIOD", "KING AIRWAY", "TED HOSE", "URINE AMBER", "CHARITY CARE"). */
const NAMES_NOTES_USE_AS_WORDS = new Set(['GRACE', 'KING', 'JOY', 'PATIENCE', 'CHARITY', 'AMBER', 'TED', 'SUNNY', 'SKY', 'MAC', 'GLEN', 'HUNTER', 'PAT', 'RUSTY', 'TANNER', 'OLIVE', 'ART', 'LANCE', 'DALE', 'MASON', 'NOVA', 'LIBERTY', 'HARMONY']);

/**
 * A first name that is also a word everyday prose and clinical notes seldom use ("CAROL", "HECTOR", "SHERRY"): once a note
 * names someone so, the word is that name wherever the note writes it, in capitals too.
 */
export function seldomWrittenAsAWord(key: string, info: WordInfo): boolean {
  return info.tier === 'ambiguous' && info.commonRank === undefined && !info.clinicalWord && info.firstName && !NAMES_NOTES_USE_AS_WORDS.has(key);
}

function propagate(text: string, tokens: Token[], claimed: Uint8Array, found: Candidate[]): void {
  const roles = new Map<string, Role>();
  for (const c of found) {
    if (c.confidence < 0.7) continue;
    for (const part of text.slice(c.start, c.end).split(/[\s,.]+/)) {
      const bare = part.replace(/['’][sS]$/, '').replace(/\d+$/, '');
      const key = (hasNonAscii(bare) ? bare.normalize('NFD').replace(/\p{M}/gu, '') : bare).toUpperCase();
      if (key.length < 3 || NEVER_NAMES.has(key) || CREDENTIALS.has(key) || TITLES.has(key)) continue;
      if (!roles.has(key)) roles.set(key, c.subtype as Role);
    }
  }
  if (roles.size === 0) return;
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const t = tokens[i];
    if (t.acronym) continue;
    const role = roles.get(t.key);
    if (!role) continue;
    if (isEponymUse(text, t)) continue;
    // Notes typed in lower case write the name found as "Gina" as "gina" further on.
    const lowerCase = t.shape === 'lower' && !t.capsLine;
    // A word that is also ordinary prose ("WILL", "FAITH", "FOLEY") is only the name next to another name
    // part or as the subject of what a person does ("FAITH CALLED PCP", "glen tearful"), unless mixed case
    // capitalises it mid-sentence.
    const wordToo = t.info.tier === 'ambiguous' || t.info.tier === 'word' || (lowerCase && isKnownWord(t.key));
    // In lower case a word after a name is more often a verb than a surname ("NP Abu-Ghazaleh will see").
    if (wordToo && lowerCase && !t.possessive) {
      if (!actsAsAPerson(text, tokens, claimed, i)) continue;
    } else if (wordToo && !t.possessive && (t.capsLine || t.sentenceStart || t.shape !== 'capitalised')) {
      // "SON WILL WILL BRING HER": the word repeated after the name is the modal, not more of the name.
      const nextToName =
        (i > 0 && claimed[i - 1] && tokens[i - 1].key !== t.key && joinable(text, tokens, i - 1, i)) ||
        (i + 1 < tokens.length && roles.has(tokens[i + 1].key) && tokens[i + 1].key !== t.key && joinable(text, tokens, i, i + 1));
      // "DAUGHTER CAROL ... REASSURED THAT CAROL WILL VISIT": a name that everyday prose seldom uses as a word is the name
      // again wherever the note writes it.
      const seldomAWord = role !== 'DOCTOR' && seldomWrittenAsAWord(t.key, t.info);
      if (!nextToName && !seldomAWord && !(t.info.tier === 'ambiguous' && actsAsAPerson(text, tokens, claimed, i))) continue;
    }
    claimed[i] = 1;
    found.push(candidate(t.start, t.end, 'NAME', role, 0.85, SAME_NAME_ELSEWHERE));
  }
}

/** "INITIALS KEY: RC = RUTH CABRERA RN": initials, an equals sign, then the name they stand for. */
const INITIALS_GIVEN_BEFORE_A_NAME = /(?<![\p{L}\d])(\p{Lu}{2,3})[ \t]{0,2}=[ \t]{0,2}$/u;
/** Letters that mean something of their own: a title, a credential, clinical shorthand, a word ("MR", "MS", "RN", "CM", "DO"). */
function lettersWithAMeaning(letters: string): boolean {
  return TITLES.has(letters) || CREDENTIALS.has(letters) || CLINICAL_ABBREVIATIONS.has(letters) || NEVER_NAMES.has(letters) || RELATION_CUES.has(letters) || isKnownWord(letters);
}

/** Initials that open a legend's entry, before the name they stand for: "· DW DAPHNE WOO", "STAFF: KS KALEB STROUD". */
const INITIALS_IN_A_LEGEND = /(?:^|[\r\n·|;,:]|[ \t]{2})[ \t]*(\p{Lu}{2,3})[ \t]{1,2}$/u;
/** The same initials when a rule took them into the name ("RO RHYS OWUSU"). */
const INITIALS_OPENING_A_NAME = /^(\p{Lu}{2,3})[ \t]{1,2}(?=\p{Lu})/u;
/** The name a charting key writes after the initials' equals sign: capitalised words up to anything else. */
const KEYED_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3}/u;
/** "TYRONE JACKSON (TJ)", "DIANA CASTELLANOS, RN (DC)": initials in parentheses right after a name, a credential between. */
const INITIALS_GIVEN_AFTER_A_NAME = /^,?[ \t]{0,2}(?:(?:RN|LPN|LVN|CNA|NP|PA-C|MD|DO|RT|RRT|MHT|PCT|CRNA|SW|MSW|LCSW|PT|OT|SLP)[ \t]{0,2})?\([ \t]?([A-Z]{2,3})[ \t]?\)/;

/** The first letters of a name's words, as written and in reverse ("JACKSON, TYRONE" is TJ too). */
function initialsOfName(name: string): [string, string] {
  const letters = name
    .split(/[\s,]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0]);
  return [letters.join(''), [...letters].reverse().join('')];
}

/** True when `initials` are the first letters of consecutive words of the name, its surname last (or first, reversed). */
function standsForName(initials: string, name: string): boolean {
  return initialsOfName(name).some((letters) => letters.endsWith(initials) || letters.startsWith(initials));
}

/**
 * A charting key gives a person's initials after their name ("MHT TYRONE JACKSON (TJ)") or before it ("RC = RUTH CABRERA"); then every entry the note
 * signs with those initials names that person, wherever it stands and whatever else the letters could mean.
 */
export function findInitialsOfNamedPeople(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const keyed = text.includes('=');
  const defined = new Map<string, Candidate>();
  const legendEntries = new Map<number, [string, Candidate][]>();
  for (const name of winners) {
    if (name.category !== 'NAME' || name.subtype === 'USERNAME') continue;
    const after = INITIALS_GIVEN_AFTER_A_NAME.exec(text.slice(name.end, name.end + 24));
    const before = keyed && !after ? INITIALS_GIVEN_BEFORE_A_NAME.exec(text.slice(Math.max(0, name.start - 8), name.start)) : null;
    // After an equals sign the key writes the whole name, though a rule may have found only its first word ("TW = TERESA
    // WILL", where WILL is a word too).
    const written = before ? (KEYED_NAME.exec(text.slice(name.start, name.start + 60))?.[0] ?? '') : text.slice(name.start, name.end);
    const m = after ?? before;
    if (m && !defined.has(m[1]) && standsForName(m[1], written)) defined.set(m[1], name);
    if (m) continue;
    // "STAFF: KS KALEB STROUD · DW DAPHNE WOO": a legend writes each person's initials just before their whole name.
    const nameText = text.slice(name.start, name.end);
    const leading = INITIALS_OPENING_A_NAME.exec(nameText);
    const legend = leading ? null : INITIALS_IN_A_LEGEND.exec(text.slice(Math.max(0, name.start - 12), name.start));
    const initials = leading?.[1] ?? legend?.[1];
    const whole = leading ? nameText.slice(leading[0].length) : nameText;
    if (initials && !defined.has(initials) && !lettersWithAMeaning(initials) && initialsOfName(whole)[0] === initials) {
      // A legend's line is short; the floor keeps one long line of names from being scanned back name by name.
      const line = lineStartAt(text, name.start, name.start - 500);
      const entries = legendEntries.get(line) ?? [];
      entries.push([initials, name]);
      legendEntries.set(line, entries);
    }
  }
  // A legend names two people or more on its line; one title, credential or shorthand before one name is none ("MR MICHAEL
  // RYAN", "RN RACHEL NOLAN").
  for (const entries of legendEntries.values()) {
    if (entries.length < 2) continue;
    for (const [initials, name] of entries) if (!defined.has(initials)) defined.set(initials, name);
  }
  // "K.M.: DISCLOSED ...": dotted initials found once as a person stand for that person everywhere in the note.
  for (const name of winners) {
    if (name.category !== 'NAME' || name.end - name.start > 8) continue;
    const written = text.slice(name.start, name.end).replace(/\.?$/, '.');
    const letters = written.replace(/[.-]/g, '');
    // "M.D.", "R.N.": a credential a rule took for a name somewhere must not spread.
    if (!DOTTED_INITIALS_WHOLE.test(written) || DOTTED_NOT_INITIALS.has(written) || CREDENTIALS.has(letters)) continue;
    if (!defined.has(written)) defined.set(written, name);
  }
  for (const [initials, name] of defined) {
    for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + initials.length)) {
      const end = at + initials.length;
      // Whole words only, and not "DC'D" or "D/C": a letter, digit, apostrophe or slash beside them joins another word.
      if (/[\p{L}\d'’\/]/u.test(text[at - 1] ?? ' ') || /[\p{L}\d'’\/]/u.test(text[end] ?? ' ')) continue;
      found.push(candidate(at, end, 'NAME', name.subtype, 0.85, 'initials the note gives for a named person'));
    }
  }
  return found;
}

/** Words before a quoted first name that make it someone's: 'CALLING OUT FOR "FRANK"', 'A "TERRY"', 'STAFF MEMBER "MO"'. */
const CUE_BEFORE_QUOTED_NAME = /\b(?:for|from|a|an|named|called|member|friend|per|with|and|by|aka|nicknamed|goes by|calls (?:him|her))[ \t]{1,2}$/i;

/**
 * A first name alone in quotes is how a note writes a name it only heard: someone called out for, a caller who gave
 * no surname, a nickname. A name that is also a word needs a cue before it or a person's doing after it.
 */
function findQuotedFirstNames(text: string, tokens: Token[], claimed: Uint8Array, take: Take): void {
  if (!text.includes('"') && !text.includes('“')) return;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (claimed[i] || !t.info.firstName || t.key.length < 2) continue;
    const open = text[t.start - 1];
    const close = text[t.end];
    if ((open !== '"' && open !== '“') || (close !== '"' && close !== '”')) continue;
    if (NEVER_NAMES.has(t.key) || CLINICAL_ABBREVIATIONS.has(t.key) || CREDENTIALS.has(t.key)) continue;
    // '"HOPE" IS ALL HE HAS': a common word quoted as a subject is the word; a rarer one ('"BILL" IS LATE HUSBAND') the name.
    const rare = (t.info.commonRank ?? Infinity) > 2000;
    const cued = CUE_BEFORE_QUOTED_NAME.test(text.slice(Math.max(0, t.start - 17), t.start - 1)) || (rare && PERSON_PREDICATE.test(text.slice(t.end + 1, t.end + 15)));
    if (t.info.tier !== 'name' && !cued) continue;
    take(i, i + 1, 'RELATIVE', 0.8, 'first name alone in quotes');
  }
}

/** Labels before the people who took part in something: signers, attendees, members of a group. */
const TOOK_PART_LABEL =
  'SIGNED|INITIALS|ATTENDEES|PRESENT|ABSENT|MEMBERS|ATTENDING|IN ATTENDANCE|GROUP MEMBERS|WITNESSES|Signed|Initials|Attendees|Present|Absent|Members|Attending|In attendance|Group members|Witnesses';
/** "ATTENDEES SIGNED: IM, JV, BC, AR", "INITIALS: KM, DT, LS": a list of initials after a label of signers or attendees. */
const INITIALS_LIST_AFTER_LABEL = new RegExp(
  String.raw`\b(?:${TOOK_PART_LABEL})[ \t]{0,2}:[ \t]{0,3}((?:[A-Z]{2,3}[ \t]{0,2}[,\/&][ \t]{0,2}){2,}[A-Z]{2,3})(?=[ \t]*(?:$|[\r\n.;)]))`,
  'dg',
);
/** "DOUBLE CHECK AT CHAIRSIDE (AR / MT)", "VERIFIED BY KM/DT": the initials of the two nurses of an independent check. */
const DOUBLE_CHECK_INITIALS =
  /\b(?:CHECK(?:ED)?|VERIF(?:Y|IED)|WITNESS(?:ED)?|CO-?SIGN(?:ED)?|[Cc]heck(?:ed)?|[Vv]erif(?:y|ied)|[Ww]itness(?:ed)?|[Cc]o-?sign(?:ed)?)\b[^\n()]{0,30}?(?:\(|\b(?:BY|by)[ \t]{1,2})([A-Z]{2,3})[ \t]{0,2}\/[ \t]{0,2}([A-Z]{2,3})(?=\)|[ \t]*(?:$|[\r\n.;,]))/dg;

function areSigningInitials(letters: string): boolean {
  return !(NOT_SIGNING_INITIALS.has(letters) || CLINICAL_ABBREVIATIONS.has(letters) || CREDENTIALS.has(letters) || NOT_INITIALS.has(letters));
}

/** Initials listed after a label of signers, and the pair of initials an independent double check is signed with. */
function findInitialsOfSignersAndCheckers(text: string, found: Candidate[]): void {
  if (!text.includes(':') && !text.includes('/')) return;
  for (const m of matchesOf(INITIALS_LIST_AFTER_LABEL, text)) {
    const listStart = m.indices![1][0];
    const listed = [...m[1].matchAll(/[A-Z]{2,3}/g)];
    // In a list that is mostly initials, letters that also abbreviate something ("IM") are someone's initials too.
    const mostlyInitials = listed.filter((letters) => areSigningInitials(letters[0])).length >= 3;
    for (const letters of listed) {
      if (!areSigningInitials(letters[0]) && !(mostlyInitials && !CREDENTIALS.has(letters[0]) && !NOT_INITIALS.has(letters[0]))) continue;
      const start = listStart + letters.index!;
      found.push(candidate(start, start + letters[0].length, 'NAME', 'DOCTOR', 0.8, 'initials listed after a label of signers'));
    }
  }
  for (const m of text.includes('/') ? matchesOf(DOUBLE_CHECK_INITIALS, text) : []) {
    if (!areSigningInitials(m[1]) || !areSigningInitials(m[2])) continue;
    for (const group of [1, 2] as const) found.push(candidate(m.indices![group][0], m.indices![group][1], 'NAME', 'DOCTOR', 0.8, 'initials of an independent double check'));
  }
}

/** One item of a comma list: one or two capitalised words, perhaps followed by a dash or a bracket that ends the list. */
const COMMA_LIST_ITEM = /^[ \t]*(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30})?)[ \t]*(?:$|[-–(:;.])/u;

/**
 * "PARTICIPANTS: ELLSWORTH, WHITFIELD, PADMANABHAN, FOLEY, PHAM, STORM - PT": in a comma list that is mostly names
 * already found (three or more), an item the name lists know as a surname or first name is one more person, though it
 * is also a word.
 */
export function findNamesAmongListedNames(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const names = winners.filter((w) => w.category === 'NAME');
  if (names.length === 0 || !text.includes(',')) return found;
  const named = (start: number, end: number) => names.some((n) => n.start < end && start < n.end);
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = nextLineEnd(text, lineStart);
    const parts = text.slice(lineStart, lineEnd).split(',');
    if (parts.length >= 4) {
      const items: { start: number; end: number; words: string }[] = [];
      let offset = lineStart;
      for (let k = 0; k < parts.length; k++) {
        // The list starts after its label ("PARTICIPANTS: ELLSWORTH") and ends at an item a dash or a bracket closes.
        const skip = k === 0 ? parts[0].lastIndexOf(':') + 1 : 0;
        const part = parts[k].slice(skip);
        const m = COMMA_LIST_ITEM.exec(part);
        if (m) {
          const start = offset + skip + part.indexOf(m[1]);
          items.push({ start, end: start + m[1].length, words: m[1] });
          if (!/^[ \t]*$/.test(part.slice(part.indexOf(m[1]) + m[1].length))) break;
        }
        offset += parts[k].length + 1;
      }
      const alreadyNamed = items.filter((item) => named(item.start, item.end)).length;
      if (items.length >= 4 && alreadyNamed >= 3 && alreadyNamed * 2 > items.length) {
        const subtype = names.find((n) => n.start >= lineStart && n.end <= lineEnd)?.subtype ?? 'NAME';
        for (const item of items) {
          if (named(item.start, item.end)) continue;
          const words = item.words.toUpperCase().split(/[ \t]/);
          const personWords = words.every((w) => {
            const info = wordInfo(w);
            return (info.surname || info.firstName) && !NEVER_NAMES.has(w) && !CLINICAL_ABBREVIATIONS.has(w) && !CREDENTIALS.has(w);
          });
          if (personWords) found.push(candidate(item.start, item.end, 'NAME', subtype, 0.8, 'one more name in a list of names'));
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/**
 * A line of a charge nurse's census, a handoff list or a chair board: the room or chair, the patient, then a dash, a
 * colon or the age and sex before the story ("502B HARJO, DEAN - COWS 6-8", "304 BED 1 R. WOOD 66M", "3114 Graves:",
 * "CH 9  BELL, ANNIE - R FACIAL DROOP"). A bare room is three digits, or four that no clock reads (a time opens a timed
 * entry), perhaps with a bed letter; a room of a unit or wing is written with its letters and a dash ("3W-301",
 * "ICU-09", "C-115B", "512-B"; a pedigree's "II-3" is a generation). A bulleted list of discharges or transfers is a census
 * too, and so is a to-do list of tick boxes ("[ ] 204 LINDQVIST - 2200 INR").
 */
const CENSUS_LINE =
  /^[ \t]{0,4}(?:[-*•][ \t]{1,2}|\[[ xX✓]?\][ \t]{1,2})?(?:(?:RM|Rm|ROOM|Room|CH|CHAIR|Chair|BED|Bed)\.?[ \t]{0,2}#?[ \t]{0,2}(\d{1,4}[A-Z]?(?:-\d)?)|(\d{3,4}[A-Z]?|\d{3,4}-[A-Z](?![\w-])|(?:\d{1,2}[A-Z]{1,2}|(?![IVX]{1,4}-)[A-Z]{1,4})-\d{1,4}[A-Z]?))(?:[ \t]{1,2}(?:BED|Bed)[ \t]?\d)?[ \t]{1,3}([^\r\n]{1,40}?)(?:[ \t]{1,2}(?:-{1,2}|–|—)[ \t]|:|,?[ \t]{1,2}\d{1,3}[ \t]?[MF]\b|[ \t]*$|[ \t]{3,}(?=\S))/dgm;
/** Letters of units whose rooms a census writes with a dash: "ICU-09", "WR-2", "BH-3". */
const UNIT_LETTERS = /^(?:ICU|MICU|SICU|NICU|PICU|CCU|CVICU|ED|ER|WR|BH|OR|PACU|ICN|SCN|LD|OB|TELE|OBS)$/;
/** What a census line may name its patient with: a courtesy title, capitalised words, initials, a comma, a quoted or bracketed nickname. */
const CENSUS_PATIENT = /^(?:(?:Mr|Mrs|Ms|Miss|MR|MRS|MS)\.?[ \t]{1,2})?(?:\p{Lu}[\p{L}'’-]{0,25}\.?|\(?["“][\p{L} '’-]{2,20}["”]\)?)(?:,?[ \t]{1,3}(?:\p{Lu}[\p{L}'’-]{0,25}\.?|\(?["“][\p{L} '’-]{2,20}["”]\)?)){0,3}$/u;
const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|MR|MRS|MS)\.?[ \t]{1,2}/;

/** Whether a span overlaps a name among the winners (or the census lines found over them). */
export function overlapsANameOf(winners: readonly Candidate[]): (start: number, end: number) => boolean {
  return overlapsAnyOf(winners.filter((w) => w.category === 'NAME'));
}

/**
 * Where three or more lines open with a room and a patient and the rules already named two of those patients, the list
 * is a census: every such line's room is a room, and the words before the dash on the others a patient too, though
 * they are also words (LONG, M. PRICE).
 */
export function findCensusLines(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const lines = [...matchesOf(CENSUS_LINE, text)].filter((m) => {
    // "0800 MOTHER CALLED": four digits a clock reads open a timed entry.
    const bare = m[2];
    const lettered = bare === undefined ? undefined : /^([A-Z]{2,4})-/.exec(bare)?.[1];
    // "EXT-4410", "POD-3", "HIV-1": letters that make a word or an abbreviation are no unit's, unless they name a unit.
    if (lettered && !UNIT_LETTERS.test(lettered) && (CLINICAL_ABBREVIATIONS.has(lettered) || CREDENTIALS.has(lettered) || isKnownWord(lettered))) return false;
    return !(bare && /^\d{4}$/.test(bare) && Number(bare.slice(0, 2)) <= 23 && Number(bare.slice(2)) <= 59) && CENSUS_PATIENT.test(m[3]);
  });
  if (lines.length < 3) return found;
  const named = overlapsANameOf(winners);
  // A line names its patient where the rules found someone other than a clinician there: "- 830 DR KESSLER - CARDIOLOGY"
  // is an appointment.
  const namedPatient = overlapsANameOf(winners.filter((w) => w.subtype !== 'DOCTOR'));
  const clinician = (m: RegExpExecArray) => /^(?:DR|Dr)\b/.test(m[3]);
  const patientNamed = (m: RegExpExecArray) => !clinician(m) && namedPatient(m.indices![3][0], m.indices![3][1]);
  if (lines.filter(patientNamed).length < 2) return found;
  for (const m of lines) {
    const roomGroup = m[1] !== undefined ? 1 : 2;
    const [roomStart, roomEnd] = m.indices![roomGroup];
    const title = COURTESY_TITLE.exec(m[3])?.[0].length ?? 0;
    const start = m.indices![3][0] + title;
    const end = m.indices![3][1];
    if (clinician(m)) continue;
    if (named(start, end)) {
      found.push(candidate(roomStart, roomEnd, 'LOCATION', 'ROOM', 0.8, 'room opening a line of a census'));
      continue;
    }
    const words = m[3].slice(title).replace(/\(?["“][^"”]*["”]\)?/g, ' ').toUpperCase().split(/[ \t,.]+/).filter((w) => w.length > 1);
    // "Hospice - comfort", "Sepsis - lactate 4", "OPEN": a line about a kind of care or a state names nobody; a word of
    // clinical prose passes only as a surname it seldom is in prose ("PRICE", not "LONG").
    const personWord = (w: string) => {
      const info = wordInfo(w);
      if (info.tier === 'word' || (info.clinicalWord && info.tier !== 'name' && !(info.surname && (info.commonRank ?? Infinity) > 5000))) return false;
      return info.surname || info.firstName || (info.tier === 'unknown' && !isKnownWord(w));
    };
    if (words.length === 0 || words.some((w) => CLINICAL_ABBREVIATIONS.has(w) || NEVER_NAMES.has(w) || CREDENTIALS.has(w) || RELATION_CUES.has(w) || NOT_A_RESIDENT.test(w) || !personWord(w))) continue;
    found.push(candidate(roomStart, roomEnd, 'LOCATION', 'ROOM', 0.8, 'room opening a line of a census'));
    found.push(candidate(start, end, 'NAME', 'PATIENT', 0.75, 'patient on a line of a census'));
  }
  return found;
}

/** "RM 101 YOUNG, HAZEL - INTACT", "S: RES LONG, GRACE, RM 216": SURNAME, FIRST right after a room, a bed or a resident label. */
const SURNAME_FIRST_AFTER_ROOM_OR_RESIDENT =
  /(?:\b(?:RES|RESIDENT|Res|Resident)\.?:?|\b(?:RM|ROOM|BED|Rm|Room|Bed)\.?[ \t]{0,2}#?[A-Z]?\d{1,4}[A-Z]?(?:-[A-Z\d]{1,2})?:?)[ \t]{1,3}(\p{Lu}[\p{L}'’-]{1,20}),[ \t]{0,2}(\p{Lu}[\p{L}'’-]{1,20})(?:[ \t](?!(?:RM|ROOM|BED|APT|Rm|Room|Bed|Apt)\b)\p{Lu}[\p{L}'’-]{1,20})?(?=[ \t]*(?:[-–,;(:]|$|[\r\n])|[ \t]{1,2}\d{1,3}(?:[ \t]?[MF])?[ \t]{1,2}[-–]|[ \t]{1,2}(?:RM|ROOM|BED|APT|Rm|Room|Bed|Apt)\b)/dgu;

/** "RM 22 FELDMAN-RIOS: BED BATH", "RM 24 YOUNG: AT HOSPITAL": a line of a room-by-room flow sheet, opened by the resident's name. */
const ROOM_LINE_OPENED_BY_NAME = /^[ \t]{0,4}(?:RM|ROOM|Rm|Room)\.?[ \t]{0,2}#?[A-Z]?\d{1,4}[A-Z]?(?:-[A-Z\d]{1,2})?[ \t]{1,3}(\p{Lu}[\p{L}'’]{1,25}(?:-\p{Lu}[\p{L}'’]{1,25})?):/dgmu;
/** What a flow sheet says of a room instead of naming its resident. */
const NOT_A_RESIDENT = /^(?:VACANT|EMPTY|CLOSED|BLOCKED|ISOLATION|ISO|NEW|ADMIT|ADMISSION|DISCHARGED|DISCHARGE|DC|HOLD|HELD|OOS|OUT|TBD|NONE|PENDING|TERMINAL|CLEAN|DIRTY|READY|AM|PM|NOC|DAYS|NIGHTS|NOTE|NOTES|PLAN)$/;

/**
 * A census of residents or a bed board writes each one SURNAME, FIRST after the room: there the two words are a person
 * even when both are also words (YOUNG, HAZEL; LONG, GRACE). A flow sheet of three or more rooms opens each line with
 * the resident's surname and a colon; there the word is a person whatever else it means.
 */
function findResidentsByRoomOrLabel(text: string, found: Candidate[]): void {
  const roomLines = /\b(?:RM|ROOM)\b/i.test(text) ? [...matchesOf(ROOM_LINE_OPENED_BY_NAME, text)] : [];
  if (roomLines.length >= 3) {
    for (const m of roomLines) {
      const upper = m[1].toUpperCase();
      if (NOT_A_RESIDENT.test(upper) || CLINICAL_ABBREVIATIONS.has(upper) || NEVER_NAMES.has(upper)) continue;
      found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'PATIENT', 0.8, "resident's name opening a room's line of a flow sheet"));
    }
  }
  for (const m of /\b(?:RES|RESIDENT|RM|ROOM|BED)\b/i.test(text) ? matchesOf(SURNAME_FIRST_AFTER_ROOM_OR_RESIDENT, text) : []) {
    const surname = wordInfo(m[1].toUpperCase());
    const first = wordInfo(m[2].toUpperCase());
    if (!surname.surname || !first.firstName || CLINICAL_ABBREVIATIONS.has(m[1].toUpperCase()) || NEVER_NAMES.has(m[2].toUpperCase())) continue;
    found.push(candidate(m.indices![1][0], m.index + m[0].length, 'NAME', 'PATIENT', 0.85, 'surname and first name after a room or a resident label'));
  }
}

const DOTTED_INITIALS_WHOLE = /^\p{Lu}\.(?:-?\p{Lu}\.){1,3}$/u;
const DOTTED_INITIALS_ANYWHERE = /(?<![\p{L}.])\p{Lu}\.(?:-?\p{Lu}\.){1,3}/gu;
/** "ATTENDEES: K.M., L.R.", "PRESENT (6 OF 8): JORDAN P., MARISOL, T.K.", "ABSENT: LEXI (CALLED IN SICK)": who a group had. */
const GROUP_LABEL_LINE = new RegExp(String.raw`\b(?:${TOOK_PART_LABEL})\b[^:\r\n]{0,20}:([^\r\n]*)`, 'dg');
/** One item of such a list that is a first name alone, perhaps with an initial: "MARISOL", "JORDAN P.", "Kit". */
const GROUP_FIRST_NAME_ITEM = /^[ \t]*(\p{Lu}[\p{L}'’-]{1,20})(?:[ \t]\p{Lu}\.)?[ \t]*(?:\(|$)/u;

/** "I.G., 96, mild", "Rm 26 F.W., 84, fever", "Index: Z.A., 14 mo": a person by dotted initials, then the age. */
const DOTTED_INITIALS_BEFORE_AGE = /(?<![\p{L}.])(\p{Lu}\.(?:-?\p{Lu}\.){1,3}),[ \t]{1,2}\d{1,3}(?:[ \t]?(?:mo|mos|months?|y|yo|y\/o|yrs?|years?|wk|wks|[MF]))?(?=[ \t]*[,;)]|[ \t]*$|[ \t]+(?:and|with|w\/)\b)/dgmu;

/**
 * Group therapy and meeting notes list their members after a label by dotted initials or first names only, and line
 * lists write a case by dotted initials and age; each is a person (dotted initials anywhere else in the note follow
 * from findInitialsOfNamedPeople).
 */
function findGroupMembers(text: string, found: Candidate[]): void {
  for (const m of text.includes('.,') ? matchesOf(DOTTED_INITIALS_BEFORE_AGE, text) : []) {
    if (DOTTED_NOT_INITIALS.has(m[1]) || CREDENTIALS.has(m[1].replace(/[.-]/g, ''))) continue;
    found.push(candidate(m.indices![1][0], m.indices![1][1], 'NAME', 'PATIENT', 0.8, 'a person by dotted initials and age'));
  }
  if (!text.includes(':')) return;
  for (const m of matchesOf(GROUP_LABEL_LINE, text)) {
    const listStart = m.indices![1][0];
    for (const initials of m[1].matchAll(DOTTED_INITIALS_ANYWHERE)) {
      const letters = initials[0].replace(/[.-]/g, '');
      if (DOTTED_NOT_INITIALS.has(initials[0]) || CREDENTIALS.has(letters)) continue;
      const start = listStart + initials.index!;
      found.push(candidate(start, start + initials[0].length, 'NAME', 'PATIENT', 0.8, 'member of a group by initials'));
    }
    let offset = listStart;
    for (const item of m[1].split(',')) {
      const name = GROUP_FIRST_NAME_ITEM.exec(item);
      const upper = name?.[1].toUpperCase();
      if (name && upper && wordInfo(upper).firstName && !NEVER_NAMES.has(upper) && !CLINICAL_ABBREVIATIONS.has(upper) && !CREDENTIALS.has(upper)) {
        const start = offset + item.indexOf(name[1]);
        // "JORDAN P.": with the initial of a surname the word is a person, not the country.
        const withInitial = /^[ \t]\p{Lu}\./u.test(item.slice(item.indexOf(name[1]) + name[1].length));
        found.push(candidate(start, start + name[1].length, 'NAME', 'PATIENT', withInitial ? 0.9 : 0.8, 'member of a group by first name'));
      }
      offset += item.length + 1;
    }
  }
}
