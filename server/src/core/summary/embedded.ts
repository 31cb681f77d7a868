import { matchesOf } from '../matches';
import { type CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { type NoteSection, type SectionKind, parseSections } from './sections';
import { type TextUnit, clipToWords, spanText, splitUnits, wordTokens } from './text';
import type {
  MedicationStatus, NoteSummary, OneLiner, SourceRange, SummarizeOptions, SummaryItem, SummarySection,
} from './types';
import { SUMMARY_SECTIONS } from './types';
import { renderSummary } from './render';
import { DOSE, DRUG_SUFFIX } from './clinicalPatterns';

const MAX_ITEM_WORDS = 40;
const MAX_ITEMS: Record<SummarySection, number> = { problems: 8, medications: 15, allergies: 5, findings: 8, plan: 8, followup: 3 };

/** Signatures and transcription stamps end up inside the last section but say nothing about the patient. */
const BOILERPLATE = /^(?:[A-Za-z ]{2,40}:\s*)?(?:electronically signed|signed by|signed electronically|dictated by|transcribed by|d:\s*\d|t:\s*\d|cc:|attending physician:|this note was|i have (?:seen|personally)|note written by|(?:the )?patient (?:understands|agrees|verbali[sz]ed)|all questions were answered)/i;

interface Unit extends TextUnit {
  section: NoteSection;
  /** Nothing but a list marker before it on its line. */
  startsLine: boolean;
}

/**
 * Extractive, section-aware summary: every item is a (possibly clipped) sentence or list item of the
 * note, so its sources always hold its words. No network, no model.
 */
export function summarizeNote(text: string, options: SummarizeOptions = {}, token: CancellationToken = neverCancelled): NoteSummary {
  throwIfCancelled(token);
  const sections = withPreamble(text, parseSections(text));
  const units: Unit[] = [];
  for (const section of sections) {
    splitUnits(text, section.bodyStart, section.end)
      // A lead-in ("The patient was prescribed the following:") only announces the list after it.
      .filter((unit) => !BOILERPLATE.test(unit.text) && !/:\s*$/.test(unit.text))
      .forEach((unit) => units.push({ ...unit, section, startsLine: startsLine(text, unit.start) }));
  }
  throwIfCancelled(token);
  const wanted = new Set(options.sections ?? SUMMARY_SECTIONS);
  const items: SummaryItem[] = [];
  const add = (section: SummarySection, found: SummaryItem[]): void => {
    if (wanted.has(section)) items.push(...dedupe(found).slice(0, MAX_ITEMS[section]));
  };
  add('problems', problemItems(text, units));
  add('medications', medicationItems(text, units));
  add('allergies', itemsOf(text, units.filter((u) => u.section.kind === 'allergies'), 'allergies'));
  add('findings', findingItems(text, units));
  throwIfCancelled(token);
  add('plan', itemsOf(text, units.filter((u) => isPlanUnit(u) && !isFollowUp(u.text)), 'plan'));
  add('followup', itemsOf(text, units.filter((u) => isFollowUp(u.text) && (isPlanUnit(u) || u.section.kind === 'followup' || u.section.kind === 'course')), 'followup'));
  const oneLiner = buildOneLiner(text, units, options);
  return { engine: 'embedded', oneLiner, items, text: renderSummary(oneLiner, items) };
}

function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*(?:\d{1,2}[.)]|[-*•·]|\(?[a-z]\))?[ \t]*$/.test(text.slice(lineStart, offset));
}

function withPreamble(text: string, sections: NoteSection[]): NoteSection[] {
  const firstStart = sections[0]?.start ?? text.length;
  if (text.slice(0, firstStart).trim() === '') return sections;
  return [{ title: '', kind: 'other', start: 0, end: firstStart, bodyStart: 0 }, ...sections];
}

/** Sections whose items may open with a template label ("Medical Treatment: ...") that says nothing itself. */
const LABELLED_SECTIONS: ReadonlySet<SummarySection> = new Set(['plan', 'medications', 'followup']);

function itemOf(text: string, unit: SourceRange, section: SummarySection, status?: MedicationStatus): SummaryItem {
  let start = unit.start;
  const label = LABELLED_SECTIONS.has(section) ? /^[A-Za-z][A-Za-z ]{2,40}:\s+(?=\S)/.exec(text.slice(unit.start, unit.end)) : null;
  if (label) start += label[0].length;
  const range = clipToWords(text, { start, end: unit.end }, MAX_ITEM_WORDS);
  const item: SummaryItem = { section, text: spanText(text, range), sources: [range] };
  if (status) item.status = status;
  return item;
}

function itemsOf(text: string, units: Unit[], section: SummarySection): SummaryItem[] {
  return units.map((unit) => itemOf(text, unit, section));
}

function dedupe(items: SummaryItem[]): SummaryItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = wordTokens(item.text).map((t) => t.word).join(' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- problems -------------------------------------------------------------------------------------

const PLAN_START = /^(?:plan\b|will\b|we will\b|continue|start|begin|initiate|stop|discontinue|hold|increase|decrease|reduce|recommend|advise|consider|obtain|order|schedule|refer|return|follow|f\/u|check|recheck|repeat|counsel|educat|instruct|discharge|admit|monitor|encourage|prescri|change|switch|titrate|taper|give|get\b|send|trial|rtc\b)/i;

// Orders are worded in the imperative or future ("increase", "will order"), findings in the past ("increased").
const PLAN_VERB = /\b(?:will|plan(?:s|ned)?|recommend(?:ed)?|advised?|order(?:ed)?|refer(?:red)?|schedule[ds]?|start|continue|increase|decrease|stop|discontinue|prescribed?|return|repeat|obtain|monitor|consider|counsel(?:ed)?|instruct(?:ed)?)\b/i;

/**
 * A report that opens with "EXAM: CT head without contrast" names its study there; the same title over
 * examination findings ("EXAM: lungs clear, BP 150/90") holds more than one short line.
 */
function studyName(units: readonly Unit[]): Unit[] {
  const first = units[0];
  if (!first || !/^(?:exam|examination|study|type of (?:study|exam)|examination performed)$/i.test(first.section.title)) return [];
  const inSection = units.filter((u) => u.section === first.section);
  return inSection.length === 1 && wordTokens(first.text).length <= 10 && isProcedureName(first) && !/\d/.test(first.text) ? [first] : [];
}

/** A problem named on its own ("2. Type 2 diabetes."): short, no verb of narration, not an order, not a "Label: text". */
function isProblemHeader(unit: Unit): boolean {
  return wordTokens(unit.text).length <= 12 && !NARRATIVE.test(unit.text) && !PLAN_START.test(unit.text) && !/^[^:]{1,40}:\s/.test(unit.text);
}

/**
 * In a combined assessment and plan, problems are named on a line or list item of their own; everything
 * under them is their plan.
 */
function isPlanUnit(unit: Unit): boolean {
  const kind = unit.section.kind;
  if (kind === 'plan' || kind === 'followup') return true;
  if (kind !== 'assessmentPlan') return false;
  if (isProblemHeader(unit) && (unit.listItem || unit.startsLine)) return false;
  // The rest of an A&P mixes reasoning with orders; only the orders are plan.
  return PLAN_START.test(unit.text) || PLAN_VERB.test(unit.text);
}

function isDiagnosisSection(section: NoteSection): boolean {
  return section.kind === 'assessment' || section.kind === 'assessmentPlan';
}

function problemItems(text: string, units: Unit[]): SummaryItem[] {
  const candidates = units.filter((u) => isDiagnosisSection(u.section) && !isPlanUnit(u) && !PLAN_START.test(u.text) && !PLACEHOLDER.test(u.text));
  // Where problems are named on their own, the sentences discussing them are not problems themselves.
  const named = candidates.filter(isProblemHeader);
  const assessed = named.length > 0 ? named : candidates;
  // A postoperative or discharge diagnosis supersedes the preoperative one, which usually repeats it.
  const preferred = assessed.filter((u) => !/pre-?operative|admi/i.test(u.section.title));
  const chosen = preferred.length > 0 ? preferred : assessed;
  if (chosen.length > 0) return itemsOf(text, chosen, 'problems');
  return itemsOf(text, units.filter((u) => u.section.kind === 'reason'), 'problems');
}

// ---- medications ----------------------------------------------------------------------------------

const STOPPED = /\b(?:stop(?:ped)?|discontinu\w*|d\/c'?d?|held|hold|cease\w*|no longer)\b/i;
const STARTED = /\b(?:start(?:ed)?|begin|began|initiat\w*|new(?:ly)?|add(?:ed)?|prescribed)\b/i;
const CHANGED = /\b(?:increas\w*|decreas\w*|reduc\w*|chang\w*|adjust\w*|titrat\w*|switch\w*|taper\w*|double\w*|halve\w*)\b/i;

function medicationStatus(unitText: string): MedicationStatus {
  if (STOPPED.test(unitText)) return 'stopped';
  if (CHANGED.test(unitText)) return 'changed';
  if (STARTED.test(unitText)) return 'new';
  return 'continued';
}

function mentionsDrug(unitText: string): boolean {
  return DOSE.test(unitText) || DRUG_SUFFIX.test(unitText);
}

/** A one-line medication list ("A 10 mg daily, B 5 mg") becomes one range per drug. */
function splitMedicationList(text: string, unit: Unit): SourceRange[] {
  const body = text.slice(unit.start, unit.end);
  const doses = body.match(new RegExp(DOSE.source, 'gi'))?.length ?? 0;
  if (doses < 2 && !/;/.test(body)) return [unit];
  const ranges: SourceRange[] = [];
  let partStart = 0;
  for (const separator of matchesOf(/[;,](?=\s)|\s+and\s+(?=[A-Za-z])/g, body)) {
    const part = body.slice(partStart, separator.index);
    // Splitting on commas inside a sig ("1 tab, twice daily") would break a drug apart; only split where a drug ends.
    if (DOSE.test(part) || /;/.test(separator[0])) {
      ranges.push(trimRange(text, unit.start + partStart, unit.start + separator.index));
      partStart = separator.index + separator[0].length;
    }
  }
  ranges.push(trimRange(text, unit.start + partStart, unit.end));
  return ranges.filter((r) => /[A-Za-z]/.test(text.slice(r.start, r.end)));
}

function trimRange(text: string, start: number, end: number): SourceRange {
  while (start < end && /[\s,;.]/.test(text[start])) start++;
  while (end > start && /[\s,;.]/.test(text[end - 1])) end--;
  return { start, end };
}

function medicationItems(text: string, units: Unit[]): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const unit of units) {
    if (unit.section.kind === 'medications') {
      for (const range of splitMedicationList(text, unit)) items.push(itemOf(text, range, 'medications', medicationStatus(text.slice(range.start, range.end))));
    } else if (isPlanUnit(unit) && mentionsDrug(unit.text)) {
      const status = medicationStatus(unit.text);
      if (status !== 'continued') items.push(itemOf(text, unit, 'medications', status));
    }
  }
  // Changes first: they are what the reader has to act on.
  const order: Record<MedicationStatus, number> = { new: 0, changed: 1, stopped: 2, continued: 3 };
  return items.sort((a, b) => order[a.status ?? 'continued'] - order[b.status ?? 'continued']);
}

// ---- findings -------------------------------------------------------------------------------------

interface VitalRule {
  pattern: RegExp;
  abnormal: (values: number[]) => boolean;
}

const VITAL_RULES: readonly VitalRule[] = [
  { pattern: /\b(?:BP|blood pressure)\b[:\s]*(?:of\s+|was\s+|is\s+)?(\d{2,3})\s*\/\s*(\d{2,3})/gi, abnormal: ([s, d]) => s >= 140 || s < 90 || d >= 90 || d < 50 },
  { pattern: /\b(?:HR|heart rate|pulse|P)\b[:\s]*(?:of\s+|was\s+|is\s+)?(\d{2,3})\b/gi, abnormal: ([v]) => v >= 100 || v < 50 },
  { pattern: /\b(?:RR|resp(?:iratory)? rate|respirations)\b[:\s]*(?:of\s+|was\s+|is\s+)?(\d{1,2})\b/gi, abnormal: ([v]) => v >= 22 || v < 10 },
  { pattern: /\b(?:T|temp|temperature)\b[:\s]*(?:of\s+|was\s+|is\s+)?(\d{2,3}(?:\.\d)?)\s*°?\s*[FC]?/gi, abnormal: ([v]) => (v > 45 ? v >= 100.4 : v >= 38) || (v > 45 ? v < 95 : v < 35) },
  { pattern: /\b(?:SpO2|O2 sat(?:uration)?|sat(?:uration)?s?|oxygen saturation|pulse ox)\b[:\s]*(?:of\s+|was\s+|is\s+)?(\d{2,3})\s*%?/gi, abnormal: ([v]) => v < 92 },
];

const ABNORMAL_RESULT = /\b(?:elevated|high|low|decreased|increased|positive|abnormal|critical|raised|reduced|mass|fracture|effusion|opacity|consolidation|nodule|lesion|stenosis|occlusion|thrombus|infiltrate|edema|enlarged|dilated|\d+(?:\.\d+)?\s?[HL])(?:e?s)?\b/i;

function findingItems(text: string, units: Unit[]): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const unit of units) {
    if (unit.section.kind !== 'vitals' && unit.section.kind !== 'exam') continue;
    for (const rule of VITAL_RULES) {
      for (const match of matchesOf(rule.pattern, unit.text)) {
        if (rule.abnormal(match.slice(1).map(Number))) {
          const start = unit.start + match.index;
          items.push(itemOf(text, { start, end: start + match[0].trimEnd().length }, 'findings'));
        }
      }
    }
  }
  for (const unit of units) {
    const kind = unit.section.kind;
    const resultSection = kind === 'labs' || kind === 'imaging' || kind === 'findings';
    if (resultSection && ABNORMAL_RESULT.test(unit.text)) items.push(itemOf(text, unit, 'findings'));
  }
  // An impression is the reader's conclusion of the results; without flagged results it is the key finding.
  if (!items.some((item) => item.section === 'findings')) {
    const impressions = units.filter((u) => u.section.kind === 'assessment' && /impression|finding/i.test(u.section.title));
    items.push(...itemsOf(text, impressions.slice(0, 3), 'findings'));
  }
  return items;
}

// ---- plan / follow-up -----------------------------------------------------------------------------

// "Follow-up of his chronic problems" is why he came; "follow up in 2 weeks" is what happens next.
const FOLLOW_UP = /\b(?:(?:follow[- ]?up|followup|f\/u)(?! (?:of|for|visit for)\b)|return(?:s|ed)? (?:to|in|if|for)|re-?evaluat\w*|see (?:me|us|him|her|them) (?:again|back|in)|rtc|appointment|next visit)\b/i;

function isFollowUp(unitText: string): boolean {
  return FOLLOW_UP.test(unitText);
}

// ---- one-liner ------------------------------------------------------------------------------------

const AGE = /\b(\d{1,3})(?:[- ]?(?:years?|yrs?|months?|weeks?|days?)[- ]?old|[- ]?y\/?o|[- ]?yo)\b/gi;
const DESCRIPTOR = String.raw`(?:[ \t,]+(?!(?:who|with|was|is|has|had|presents?|and|that|for|here|in|on|at)\b)[A-Za-z][A-Za-z-]*)`;
const SEX_AFTER_AGE = new RegExp(String.raw`^${DESCRIPTOR}{0,5}?[ \t,-]+(male|female|man|woman|gentleman|lady|boy|girl|infant|baby|m|f)\b`, 'i');

const MAX_FRAGMENT_WORDS = 14;
const MAX_SENTENCE_WORDS = 28;

/** Ages in these sections belong to relatives or partners, not to the patient. */
const OTHER_PEOPLE_SECTIONS: ReadonlySet<SectionKind> = new Set(['familyHistory', 'socialHistory']);

/** The patient's first "NN-year-old [descriptors] sex", as a range. */
function findDemographics(text: string, units: readonly Unit[]): SourceRange | undefined {
  for (const unit of units) {
    if (OTHER_PEOPLE_SECTIONS.has(unit.section.kind)) continue;
    for (const match of matchesOf(AGE, unit.text)) {
      if (Number(match[1]) > 120) continue;
      const start = unit.start + match.index;
      const ageEnd = start + match[0].length;
      const sex = SEX_AFTER_AGE.exec(text.slice(ageEnd, Math.min(unit.end, ageEnd + 80)));
      return { start, end: sex ? ageEnd + sex[0].length : ageEnd };
    }
  }
  return undefined;
}

/** A history sentence that already says why the patient came. */
const PRESENTING = /\b(?:presents?|presenting|presented|complain\w*|referred|comes? (?:in|to)|came (?:in|to)|here (?:for|with|today)|admitted|seen (?:for|today))\b/i;

/** Narrative ("The patient was brought to the operating room") describes how, not what was done. */
const NARRATIVE = /\b(?:was|were|is|are|has|had|have|will|patient|we|I|he|she|they|presents?|reports?|states?|denies|complains?)\b/i;

function isProcedureName(unit: Unit): boolean {
  return wordTokens(unit.text).length <= MAX_SENTENCE_WORDS && !NARRATIVE.test(unit.text);
}

/** "Same" or "See above" under a postoperative diagnosis points elsewhere and names nothing. */
const PLACEHOLDER = /^(?:same|same as above|as above|see above|none|n\/a|unchanged|deferred)\W*$/i;

function isProblemName(unit: Unit): boolean {
  return !PLAN_START.test(unit.text) && !NARRATIVE.test(unit.text) && !PLACEHOLDER.test(unit.text);
}

interface Fragment {
  range: SourceRange;
  /** Joining word or comma placed before the fragment; words only from TEMPLATE_WORDS. */
  joiner: string;
}

function firstOfKind(units: Unit[], kinds: readonly SectionKind[], titlePreference?: RegExp): Unit[] {
  const matching = units.filter((u) => kinds.includes(u.section.kind));
  const preferred = titlePreference ? matching.filter((u) => titlePreference.test(u.section.title)) : [];
  const pool = preferred.length > 0 ? preferred : matching;
  const first = pool[0];
  return first ? pool.filter((u) => u.section === first.section) : [];
}

/** True when every word of `inner` already occurs in one of `ranges`: repeating it adds nothing. */
function wordsCovered(text: string, inner: SourceRange, ranges: readonly SourceRange[]): boolean {
  const present = new Set(ranges.flatMap((r) => wordTokens(text.slice(r.start, r.end)).map((t) => t.word)));
  return wordTokens(text.slice(inner.start, inner.end)).every((t) => present.has(t.word));
}

function buildOneLiner(text: string, units: Unit[], options: SummarizeOptions): OneLiner {
  const fragments: Fragment[] = [];
  const demographics = findDemographics(text, units);
  const diagnoses = firstOfKind(units.filter(isProblemName), ['assessment', 'assessmentPlan'], /post-?operative|discharge|final|^diagnos/i).slice(0, 2);
  const operations = firstOfKind(units.filter(isProcedureName), ['procedure']).slice(0, 2);
  const study = operations.length === 0 ? studyName(units) : [];
  const procedure = [...operations, ...study];
  const reason = firstOfKind(units, ['reason']).slice(0, 1);
  const demographicSentence = demographics && units.find((u) => u.start <= demographics.start && demographics.end <= u.end);

  const clipped = (unit: SourceRange, words: number) => clipToWords(text, unit, words);
  if (procedure.length > 0) {
    // A procedure note's statement is who, what was done and why: "<age sex>, <procedure> for <diagnosis>".
    if (demographics) fragments.push({ range: demographics, joiner: '' });
    procedure.forEach((unit, index) => fragments.push({ range: clipped(unit, MAX_SENTENCE_WORDS), joiner: index > 0 ? 'and' : demographics ? ',' : '' }));
    // An operation is done for its diagnosis; a study is done for its question, and its impression is a finding.
    const why = study.length > 0 && reason.length > 0 ? reason : diagnoses.length > 0 ? diagnoses : reason;
    why.forEach((unit, index) => fragments.push({ range: clipped(unit, MAX_FRAGMENT_WORDS), joiner: index === 0 ? 'for' : 'and' }));
  } else {
    const narrativeSections: readonly SectionKind[] = ['hpi', 'reason', 'indication', 'other', 'course'];
    // The history's opening "NN-year-old ... with ..." sentence is the author's own summary statement.
    if (demographics && demographicSentence && narrativeSections.includes(demographicSentence.section.kind)) {
      fragments.push({ range: clipped({ start: demographics.start, end: demographicSentence.end }, MAX_SENTENCE_WORDS), joiner: '' });
    } else if (diagnoses.length > 0) {
      if (demographics) fragments.push({ range: demographics, joiner: '' });
      diagnoses.forEach((unit, index) => fragments.push({ range: clipped(unit, MAX_FRAGMENT_WORDS), joiner: index === 0 ? (demographics ? 'with' : '') : 'and' }));
    } else if (demographics && demographicSentence) {
      fragments.push({ range: clipped({ start: demographics.start, end: demographicSentence.end }, MAX_SENTENCE_WORDS), joiner: '' });
    }
    const reasonUnit = reason[0];
    const presentingStated = fragments.length === 1 && PRESENTING.test(text.slice(fragments[0].range.start, fragments[0].range.end));
    const covered = presentingStated || (reasonUnit && wordsCovered(text, reasonUnit, fragments.map((f) => f.range)));
    if (reasonUnit && !covered) fragments.push({ range: clipped(reasonUnit, MAX_FRAGMENT_WORDS), joiner: fragments.length ? 'for' : '' });
  }

  if (fragments.length === 0) {
    const first = units[0];
    if (!first) return contextOneLiner(options);
    fragments.push({ range: clipToWords(text, first, MAX_SENTENCE_WORDS), joiner: '' });
  }
  const pieces = fragments.map((f, index) => (f.joiner ? `${f.joiner} ` : '') + inSentence(spanText(text, f.range).replace(/[.]+$/, ''), index));
  return { text: pieces.join(' ').replace(/\s+([,;])/g, '$1'), sources: fragments.map((f) => f.range) };
}

/** A heading-style capital ("Perforated appendicitis") reads wrong mid-sentence; acronyms keep theirs. */
function inSentence(fragment: string, index: number): string {
  return index > 0 && /^[A-Z][a-z]/.test(fragment) ? fragment[0].toLowerCase() + fragment.slice(1) : fragment;
}

/** Without any usable note text the FHIR context can still say who the patient is; it has no note sources. */
function contextOneLiner(options: SummarizeOptions): OneLiner {
  const context = options.context;
  if (!context || context.age === undefined) return { text: '', sources: [] };
  return { text: [`${context.age}-year-old`, context.sex].filter(Boolean).join(' '), sources: [] };
}
