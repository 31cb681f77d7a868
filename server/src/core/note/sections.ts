import { CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { LineIndex, indexLines, lineAt, lineContentEnd } from './lines';

export const SECTION_KINDS = [
  'chief_complaint', 'hpi', 'pmh', 'psh', 'medications', 'allergies', 'family_history', 'social_history', 'ros',
  'physical_exam', 'vitals', 'labs', 'imaging', 'assessment', 'plan', 'assessment_plan', 'diagnoses',
  'discharge_diagnoses', 'hospital_course', 'follow_up', 'impression', 'findings', 'procedures', 'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** One section of a note. All offsets are UTF-16 offsets into the parsed text. */
export interface NoteSection {
  /** The header as written, without colon, `#` marks or surrounding spaces, e.g. "HPI", "Assessment and Plan". */
  title: string;
  kind: SectionKind;
  /** Start of the header line. */
  start: number;
  /** Exclusive: the start of the next section, or the end of the text. */
  end: number;
  /** Just past the header: after its colon, or the end of a heading line. */
  headerEnd: number;
  /** First character of the body: same-line text after the colon, else the start of the next line. */
  bodyStart: number;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/** What an outline (LSP DocumentSymbol) needs, as offsets; the server converts them to positions. */
export interface SectionSymbol {
  name: string;
  kind: SectionKind;
  /** The whole section without trailing blank lines. */
  range: OffsetRange;
  /** The header title, inside `range`. */
  selectionRange: OffsetRange;
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
}

interface SectionName {
  kind: SectionKind;
  /** Full names may stand alone on an ALL-CAPS line; abbreviations need a colon or a `#` heading. */
  names: readonly string[];
  abbreviations?: readonly string[];
}

/**
 * Every header the parser and the TextMate grammar recognise. Lookup is by `normalizeTitle`, so case,
 * `&` versus "and", hyphens and spaces around `/` need no separate entries.
 */
export const SECTION_NAMES: readonly SectionName[] = [
  { kind: 'chief_complaint', names: ['chief complaint', 'chief complaints', 'presenting complaint', 'reason for visit',
    'reason for consultation', 'reason for consult', 'reason for referral', 'reason for admission', 'indication',
    'indications', 'clinical indication', 'reason for exam', 'reason for examination', 'reason for study',
    'indications for procedure', 'indication for procedure'],
    abbreviations: ['cc', 'c/c'] },
  { kind: 'hpi', names: ['history of present illness', 'history of presenting illness', 'history of the present illness',
    'present illness', 'interval history', 'clinical history', 'brief history', 'history', 'subjective'],
    abbreviations: ['hpi', 'hx', 's'] },
  { kind: 'pmh', names: ['past medical history', 'medical history', 'past history', 'past medical hx',
    'past medical and surgical history'], abbreviations: ['pmh', 'pmhx', 'pmh/psh'] },
  { kind: 'psh', names: ['past surgical history', 'surgical history', 'past surgical hx', 'previous surgeries'],
    abbreviations: ['psh', 'pshx'] },
  { kind: 'medications', names: ['medications', 'medication', 'meds', 'current medications', 'current meds',
    'home medications', 'home meds', 'outpatient medications', 'medications on admission', 'admission medications',
    'discharge medications', 'medications on discharge', 'medications at discharge', 'medication list',
    'active medications'] },
  { kind: 'allergies', names: ['allergies', 'allergy', 'drug allergies', 'medication allergies',
    'allergies and adverse reactions', 'allergies/adverse reactions'] },
  { kind: 'family_history', names: ['family history', 'family hx', 'fam hx', 'family medical history'],
    abbreviations: ['fh', 'fhx'] },
  { kind: 'social_history', names: ['social history', 'social hx', 'soc hx'], abbreviations: ['sh', 'shx'] },
  { kind: 'ros', names: ['review of systems', 'review of system', 'systems review'], abbreviations: ['ros'] },
  { kind: 'physical_exam', names: ['physical exam', 'physical examination', 'examination', 'exam', 'objective'],
    abbreviations: ['pe', 'p/e', 'o'] },
  { kind: 'vitals', names: ['vitals', 'vital signs', 'vitals reviewed'], abbreviations: ['vs', 'v/s'] },
  { kind: 'labs', names: ['labs', 'laboratory', 'laboratory data', 'laboratory results', 'laboratory studies',
    'lab results', 'lab data', 'pertinent results', 'results'] },
  { kind: 'imaging', names: ['imaging', 'imaging studies', 'imaging results', 'radiology', 'diagnostic imaging',
    'studies'] },
  { kind: 'assessment', names: ['assessment', 'nursing assessment'], abbreviations: ['a'] },
  { kind: 'plan', names: ['plan', 'treatment plan', 'treatment', 'discharge plan', 'plan of care', 'recommendations',
    'recommendation'],
    abbreviations: ['p'] },
  { kind: 'assessment_plan', names: ['assessment and plan', 'assessment/plan', 'impression and plan',
    'impression/plan'], abbreviations: ['a/p', 'a and p'] },
  { kind: 'diagnoses', names: ['diagnoses', 'diagnosis', 'problem list', 'problems', 'active problems',
    'admitting diagnosis', 'admitting diagnoses', 'admission diagnosis', 'admission diagnoses', 'working diagnosis',
    'differential diagnosis', 'preoperative diagnosis', 'preoperative diagnoses', 'pre-operative diagnosis',
    'postoperative diagnosis', 'postoperative diagnoses', 'post-operative diagnosis'], abbreviations: ['dx', 'ddx'] },
  { kind: 'discharge_diagnoses', names: ['discharge diagnosis', 'discharge diagnoses', 'diagnoses at discharge',
    'final diagnosis', 'final diagnoses', 'principal diagnosis', 'primary diagnosis'] },
  { kind: 'hospital_course', names: ['hospital course', 'brief hospital course', 'course in hospital',
    'clinical course', 'ed course', 'emergency department course'] },
  { kind: 'follow_up', names: ['follow up', 'followup', 'follow up instructions', 'follow up plan', 'instructions',
    'patient instructions', 'discharge instructions', 'return precautions'], abbreviations: ['f/u'] },
  { kind: 'impression', names: ['impression', 'impressions', 'clinical impression', 'conclusion', 'conclusions'] },
  { kind: 'findings', names: ['findings', 'finding', 'operative findings'] },
  { kind: 'procedures', names: ['procedures', 'procedure', 'procedures performed', 'procedure performed',
    'operations', 'operation', 'procedure note', 'operative procedure', 'description of procedure',
    'procedure in detail', 'procedure details'] },
  { kind: 'other', names: ['technique', 'comparison', 'comparisons', 'disposition', 'discharge disposition',
    'condition at discharge', 'discharge condition', 'code status', 'addendum', 'attestation', 'immunizations',
    'health maintenance', 'patient education', 'interventions', 'consultations', 'consults',
    'anesthesia', 'estimated blood loss', 'complications', 'specimens', 'specimen', 'implants'] },
];

/** Longest title before a header's colon, spaces included; COLON_HEADER allows no more. */
const MAX_COLON_TITLE_LENGTH = 61;
/** Longest ALL-CAPS line worth looking up; longer ones are shouted prose. */
const MAX_TITLE_LENGTH = 60;
/** Longer `#` lines are prose that happens to start with `#`. */
const MAX_HEADING_LINE_LENGTH = 120;
const CANCELLATION_CHECK_EVERY_LINES = 4096;

/** SOAP letters: only trusted when at least two of them head sections of the same note. */
const SOAP_LETTERS = new Set(['s', 'o', 'a', 'p']);

/** Inside these sections a `# Hypertension` line is a problem-list item, not a new heading. */
const PROBLEM_LIST_KINDS = new Set<SectionKind>([
  'assessment', 'plan', 'assessment_plan', 'diagnoses', 'discharge_diagnoses', 'impression',
]);

/**
 * The spelling titles are compared in: lower case, "&" as "and", hyphens and dots as spaces, no spaces
 * around "/", single spaces, and a trailing "(...)" qualifier dropped ("Allergies (reviewed)").
 */
export function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/&/g, ' and ')
    .replace(/[-.]/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Titles that need more than lower-casing to match the table. */
const NEEDS_NORMALIZING = /[^a-z/ ]| {2}|^ | $| \/|\/ /;

interface KnownTitle {
  kind: SectionKind;
  abbreviation: boolean;
}

const KNOWN_TITLES: ReadonlyMap<string, KnownTitle> = (() => {
  const titles = new Map<string, KnownTitle>();
  for (const entry of SECTION_NAMES) {
    for (const name of entry.names) titles.set(normalizeTitle(name), { kind: entry.kind, abbreviation: false });
    for (const name of entry.abbreviations ?? []) titles.set(normalizeTitle(name), { kind: entry.kind, abbreviation: true });
  }
  return titles;
})();

function lookUpTitle(title: string): KnownTitle | undefined {
  // Most header lines, and most field labels that are not headers, are settled by lower-casing alone.
  const lower = title.toLowerCase();
  const known = KNOWN_TITLES.get(lower);
  if (known || !NEEDS_NORMALIZING.test(lower)) return known;
  return KNOWN_TITLES.get(normalizeTitle(lower));
}

/** The canonical kind of a header title in any spelling the parser knows, or undefined. */
export function sectionKindOf(title: string): SectionKind | undefined {
  return lookUpTitle(title)?.kind;
}

// Sticky patterns are tried at a line start without slicing every line out of the note. None of
// their classes holds a line break, so a match never runs past its line; the colon header's bound
// keeps a colon late in a long line out of reach.
const COLON_HEADER = /([A-Za-z][A-Za-z \t/&'().,-]{0,60}):/y;
const ALL_CAPS_RUN = /[A-Z][A-Z \t/&'(),-]*/y;
const HEADING_MARKS = / {0,3}#{1,6}[ \t]+(?=[A-Za-z])/y;
/** Closing `#`s, a colon and spaces after a heading's title. */
const HEADING_TAIL = /[ \t]*:?[ \t#]*$/;

interface HeaderCandidate {
  title: string;
  kind: SectionKind;
  start: number;
  headerEnd: number;
  bodyStart: number;
  soapLetter?: string;
  /** Unknown `#` titles: kept unless they turn out to sit inside a problem list. */
  unknownHeading?: boolean;
}

/**
 * Splits a note into flat sections at recognised headers, all starting in the first column:
 * - a known name (any case) before a colon, text may follow: `HPI: 67yo man`, `A/P:`, `Fam Hx:`;
 * - a known full name alone on an ALL-CAPS line: `REVIEW OF SYSTEMS` (abbreviations such as `PE` need
 *   a colon, as alone they are usually diagnoses);
 * - a `#` heading of any title, except unknown titles inside an assessment or plan (problem lists);
 * - `S:`/`O:`/`A:`/`P:` only when the note uses at least two of them and no number follows (`P: 88`).
 * Unknown labels (`Patient:`, `MRN:`, `NEURO:`), times and sentences never start a section, and text
 * before the first header belongs to no section. Linear in the length of the note.
 */
export function parseSections(text: string, token: CancellationToken = neverCancelled): NoteSection[] {
  const lines = indexLines(text);
  const colons = new ForwardSearch(text, ':');
  const candidates: HeaderCandidate[] = [];
  const soapLettersSeen = new Set<string>();
  for (let line = 0; line < lines.starts.length; line++) {
    if (line % CANCELLATION_CHECK_EVERY_LINES === 0) throwIfCancelled(token);
    const candidate = headerAt(text, lines, line, colons);
    if (!candidate) continue;
    if (candidate.soapLetter) soapLettersSeen.add(candidate.soapLetter);
    candidates.push(candidate);
  }
  const trustSoapLetters = soapLettersSeen.size >= 2;

  const sections: NoteSection[] = [];
  for (const candidate of candidates) {
    if (candidate.soapLetter && !trustSoapLetters) continue;
    const current = sections[sections.length - 1];
    if (candidate.unknownHeading && current && PROBLEM_LIST_KINDS.has(current.kind)) continue;
    if (current) current.end = candidate.start;
    sections.push({
      title: candidate.title,
      kind: candidate.kind,
      start: candidate.start,
      end: text.length,
      headerEnd: candidate.headerEnd,
      bodyStart: candidate.bodyStart,
    });
  }
  return sections;
}

/** Finds the next occurrence of a character from increasing positions, scanning the text only once overall. */
class ForwardSearch {
  private next = -2;
  constructor(private readonly text: string, private readonly character: string) {}

  from(position: number): number {
    if (this.next !== -1 && this.next < position) this.next = this.text.indexOf(this.character, position);
    return this.next;
  }
}

function headerAt(text: string, lines: LineIndex, line: number, colons: ForwardSearch): HeaderCandidate | undefined {
  let start = lines.starts[line]!;
  if (line === 0 && text.charCodeAt(0) === 0xfeff) start = 1;
  const contentEnd = lineContentEnd(text, lines, line);
  if (contentEnd <= start) return undefined;
  const nextLineStart = line + 1 < lines.starts.length ? lines.starts[line + 1]! : text.length;
  const first = text.charCodeAt(start);
  if (first === 0x23 /* # */ || first === 0x20 /* space */) {
    return markdownHeadingAt(text, start, contentEnd, nextLineStart);
  }
  if (!isAsciiLetter(first)) return undefined;
  // Most lines are prose: a line without a colon near its start can only be an ALL-CAPS header.
  const colon = colons.from(start);
  if (colon !== -1 && colon < contentEnd) {
    return colon - start <= MAX_COLON_TITLE_LENGTH ? colonHeaderAt(text, start, contentEnd, nextLineStart) : undefined;
  }
  return isUpperCaseLetter(first) ? allCapsHeaderAt(text, start, contentEnd, nextLineStart) : undefined;
}

function colonHeaderAt(text: string, start: number, contentEnd: number, nextLineStart: number): HeaderCandidate | undefined {
  COLON_HEADER.lastIndex = start;
  const match = COLON_HEADER.exec(text);
  if (!match) return undefined;
  const title = match[1]!.trimEnd();
  const known = lookUpTitle(title);
  if (!known) return undefined;
  const headerEnd = COLON_HEADER.lastIndex;
  let bodyStart = headerEnd;
  while (bodyStart < contentEnd && isHorizontalSpace(text.charCodeAt(bodyStart))) bodyStart++;
  if (bodyStart === contentEnd) bodyStart = nextLineStart;
  if (title.length === 1 && SOAP_LETTERS.has(title.toLowerCase())) {
    // "P: 88" on a vitals line is a pulse, not a plan.
    if (bodyStart < contentEnd && isDigit(text.charCodeAt(bodyStart))) return undefined;
    return { title, kind: known.kind, start, headerEnd, bodyStart, soapLetter: title.toLowerCase() };
  }
  return { title, kind: known.kind, start, headerEnd, bodyStart };
}

function allCapsHeaderAt(text: string, start: number, contentEnd: number, nextLineStart: number): HeaderCandidate | undefined {
  if (contentEnd - start > MAX_TITLE_LENGTH) return undefined;
  ALL_CAPS_RUN.lastIndex = start;
  if (!ALL_CAPS_RUN.test(text) || ALL_CAPS_RUN.lastIndex !== contentEnd) return undefined;
  const title = text.slice(start, contentEnd).trimEnd();
  const known = lookUpTitle(title);
  if (!known || known.abbreviation) return undefined;
  return { title, kind: known.kind, start, headerEnd: contentEnd, bodyStart: nextLineStart };
}

function markdownHeadingAt(text: string, start: number, contentEnd: number, nextLineStart: number): HeaderCandidate | undefined {
  if (contentEnd - start > MAX_HEADING_LINE_LENGTH) return undefined;
  HEADING_MARKS.lastIndex = start;
  if (!HEADING_MARKS.test(text) || HEADING_MARKS.lastIndex >= contentEnd) return undefined;
  const title = text.slice(HEADING_MARKS.lastIndex, contentEnd).replace(HEADING_TAIL, '');
  const kind = lookUpTitle(title)?.kind;
  return {
    title,
    kind: kind ?? 'other',
    start,
    headerEnd: contentEnd,
    bodyStart: nextLineStart,
    ...(kind ? {} : { unknownHeading: true }),
  };
}

/** The section containing `offset`; the end of the text belongs to the last section. */
export function sectionAt(sections: readonly NoteSection[], offset: number): NoteSection | undefined {
  let low = 0;
  let high = sections.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const section = sections[middle]!;
    if (offset < section.start) high = middle - 1;
    else if (offset >= section.end) low = middle + 1;
    else return section;
  }
  const last = sections[sections.length - 1];
  return last && offset === last.end ? last : undefined;
}

export function sectionSymbols(text: string, sections: readonly NoteSection[]): SectionSymbol[] {
  return sections.map((section) => {
    const titleStart = text.indexOf(section.title, section.start);
    return {
      name: section.title,
      kind: section.kind,
      range: { start: section.start, end: Math.max(section.headerEnd, trimmedEnd(text, section.start, section.end)) },
      selectionRange: { start: titleStart, end: titleStart + section.title.length },
    };
  });
}

/** One fold per section that spans more than its header line; trailing blank lines stay unfolded. */
export function foldingRanges(text: string, sections: readonly NoteSection[]): FoldingRange[] {
  if (sections.length === 0) return [];
  const lines = indexLines(text);
  const ranges: FoldingRange[] = [];
  for (const section of sections) {
    const contentEnd = trimmedEnd(text, section.start, section.end);
    if (contentEnd <= section.start) continue;
    const startLine = lineAt(lines, section.start);
    const endLine = lineAt(lines, contentEnd - 1);
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  return ranges;
}

/** End of [start, end) without trailing whitespace. */
function trimmedEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && isWhitespace(text.charCodeAt(position - 1))) position--;
  return position;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isUpperCaseLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isHorizontalSpace(code: number): boolean {
  return code === 32 || code === 9;
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}
