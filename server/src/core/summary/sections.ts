/**
 * Minimal section parser for the summariser, kept here until core/note/sections.ts exists; the shape
 * (`title`, `kind`, `start`, `end`, `bodyStart`) matches that module's announced contract.
 */
export type SectionKind =
  | 'reason' | 'hpi' | 'pastHistory' | 'socialHistory' | 'familyHistory' | 'allergies' | 'medications' | 'ros'
  | 'vitals' | 'labs' | 'imaging' | 'exam' | 'assessmentPlan' | 'assessment' | 'plan' | 'followup'
  | 'procedure' | 'procedureDetail' | 'indication' | 'findings' | 'course' | 'other';

export interface NoteSection {
  title: string;
  kind: SectionKind;
  /** Start of the heading. */
  start: number;
  /** Exclusive end of the body (start of the next heading or end of text). */
  end: number;
  bodyStart: number;
}

// Order matters: the first pattern that matches a heading decides its kind.
const KIND_PATTERNS: readonly [RegExp, SectionKind][] = [
  [/chief complaint|^cc$|^reason for|presenting (complaint|problem)/, 'reason'],
  [/allerg/, 'allergies'],
  [/medication|^meds$|^rx$|prescription/, 'medications'],
  [/assessment (and|&) plan|^a\s*[/&]\s*p$|impression (and|&) plan/, 'assessmentPlan'],
  [/follow[- ]?up|^return/, 'followup'],
  [/^plan|recommendation|disposition|discharge instruction|^treatment/, 'plan'],
  [/diagnos|assessment|impression/, 'assessment'],
  [/present illness|^hpi$|^history$|brief history|subjective|clinical (resume|history)|interval history|^hx$/, 'hpi'],
  [/surgical history|medical history|^pmh$|^psh$|^pmhx$|past history/, 'pastHistory'],
  [/social|^shx$|^sh$/, 'socialHistory'],
  [/family|^fhx$|^fh$/, 'familyHistory'],
  [/review of systems|^ros$/, 'ros'],
  [/vital/, 'vitals'],
  [/lab|results|^data$/, 'labs'],
  [/imaging|radiolog|x-ray|^ct\b|^mri\b|ultrasound|^echo/, 'imaging'],
  [/indication/, 'indication'],
  [/description of|in detail|details|technique|^procedure note/, 'procedureDetail'],
  [/procedure|operation|surgery performed/, 'procedure'],
  [/finding/, 'findings'],
  [/course/, 'course'],
  [/exam|physical|heent|neck|lung|heart|abdomen|extremit|skin|neuro|^general|chest|cardio|musculo|respiratory|^gu$|genito|gastro|psych|^eyes|^back/, 'exam'],
];

/** Labels of single values that look like headings ("BP: 120/80") but are not. */
const NOT_HEADINGS = new Set(['bp', 'hr', 'rr', 't', 'temp', 'p', 'pulse', 'spo2', 'o2 sat', 'sat', 'wt', 'ht', 'bmi', 'dr', 'mr', 'mrs', 'ms', 'note', 'time', 'date', 'dob', 'mrn', 'age', 'sex']);

const HEADING = /^[ \t]*([A-Za-z][A-Za-z0-9 /&(),'-]{0,58}?)[ \t]*:(?!\/)/;
/** An ALL-CAPS line of a known title ("HISTORY OF PRESENT ILLNESS") is a heading without a colon. */
const CAPS_LINE = /^[ \t]*([A-Z][A-Z0-9 /&(),'-]{1,58}?)[ \t]*$/;
/** Markdown headings ("## Assessment and plan") name a section without a colon. */
const MARKDOWN_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+([A-Za-z][A-Za-z0-9 /&(),'-]{0,58}?)[ \t#]*:?[ \t]*$/;

export function sectionKind(title: string): SectionKind | undefined {
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NOT_HEADINGS.has(key)) return undefined;
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(key)) return kind;
  return undefined;
}

export function parseSections(text: string): NoteSection[] {
  const sections: NoteSection[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const markdown = MARKDOWN_HEADING.exec(line);
    const capsLine = markdown ? null : CAPS_LINE.exec(line);
    const match = markdown ?? (capsLine && sectionKind(capsLine[1]) ? capsLine : null) ?? HEADING.exec(line);
    if (match) {
      const title = match[1].trim();
      const known = sectionKind(title);
      const capitals = title === title.toUpperCase() && /[A-Z]{2}/.test(title) && !NOT_HEADINGS.has(title.toLowerCase());
      // In mixed case only a short label is a heading; "The following procedures were done:" is prose.
      const label = capitals || (title.split(/\s+/).length <= 4 && !/^(?:the|a|an|patient|he|she|they|i|we|this|his|her)\b/i.test(title));
      if ((known && label) || capitals || markdown) {
        const previous = sections[sections.length - 1];
        if (previous) previous.end = lineStart;
        let bodyStart = lineStart + match[0].length;
        while (bodyStart < lineEnd && (text[bodyStart] === ' ' || text[bodyStart] === '\t')) bodyStart++;
        sections.push({ title, kind: known ?? 'other', start: lineStart + (line.length - line.trimStart().length), end: text.length, bodyStart });
      }
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return sections;
}
