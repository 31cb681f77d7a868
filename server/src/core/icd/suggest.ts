/**
 * Suggests ICD-10-CM codes for a note: index terms matched as bags of words within a sentence, the most
 * specific code the sentence supports found by walking the tabular hierarchy, assertion context
 * (negation, family, hypothetical, uncertain, historical) and sections weighing each mention.
 */
import { CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { NoteSection, SectionKind, parseSections, sectionAt } from '../note/sections';
import { expandAbbreviation, isShouting } from './abbreviations';
import { ContextScopes, ContextTrait, contextScopes } from './context';
import type { TermSource } from './compiled';
import { IcdIndex, IcdTerm, dotted, matchesCodePattern } from './icd-index';
import { noteWords } from './neighbours';
import { IcdRanker, codeFeature, pairFeature } from './ranker';
import { RawWord, derivedTokens, normalizeWord, phraseTokens, splitWords } from './text';

export type IcdTrait = ContextTrait | 'DIAGNOSIS' | 'SIGN' | 'SYMPTOM' | 'LOW_CONFIDENCE';

export interface IcdEvidence {
  start: number;
  end: number;
  text: string;
}

export interface IcdSuggestion {
  /** Dotted: `E11.9`. */
  code: string;
  description: string;
  /** 0..1, higher is more certain. */
  score: number;
  billable: boolean;
  evidence: IcdEvidence[];
  traits: IcdTrait[];
  /** Title of the section holding the strongest evidence. */
  section?: string;
  /** Other suggested codes that an Excludes1 note says cannot be coded together with this one. */
  excludes1Conflicts: string[];
}

export interface SuggestOptions {
  /** At most this many suggestions (default 25). */
  top?: number;
  /** Sections already parsed by the caller; parsed here when absent. */
  sections?: readonly NoteSection[];
  /** Codes known from elsewhere (e.g. the patient's FHIR problem list) rank higher when the note supports them. */
  boostCodes?: string[];
  /** Suggestions scoring below this are dropped (default: the learned ranker's threshold, else DEFAULT_MIN_SCORE). */
  minScore?: number;
}

/** Threshold of the dictionary-only ranking, used when no learned ranker is installed. */
export const DEFAULT_MIN_SCORE = 0.25;
const DEFAULT_TOP = 25;
const LOW_CONFIDENCE_BELOW = 0.5;
const MAX_EVIDENCE = 5;
/** A code found by word association shows the note's words most associated with it. */
const ASSOCIATION_EVIDENCE = 3;
/** Codes the dictionary does not read join only when a note word was coded with them this often in training. */
const MIN_ASSOCIATION = 0.2;

/** Mentions under these traits are not diagnoses of this patient now, so they never become suggestions. */
const EXCLUDING_TRAITS: ReadonlySet<ContextTrait> = new Set(['NEGATION', 'FAMILY', 'HYPOTHETICAL']);
/** Words the learned word associations reads: only those asserted of the patient (no negated, family, hypothetical or uncertain ones). */
const SILENCING_TRAITS: ReadonlySet<ContextTrait> = new Set([...EXCLUDING_TRAITS, 'UNCERTAIN']);
/** Classifier words: normalised content tokens of at least this length. */
const MIN_FEATURE_CHARS = 3;
const TRAIT_WEIGHT: Partial<Record<ContextTrait, number>> = { UNCERTAIN: 0.7, HISTORICAL: 0.85 };
const SOURCE_WEIGHT: Record<TermSource, number> = { i: 1, e: 0.7, n: 0.9, p: 0.95, t: 0.85, m: 0.5 };
const SECTION_WEIGHT: Partial<Record<SectionKind, number>> = {
  assessment: 1.25, plan: 1.15, assessment_plan: 1.25, diagnoses: 1.3, discharge_diagnoses: 1.3, impression: 1.25,
  chief_complaint: 1.1, ros: 0.8, medications: 0.5, labs: 0.8, vitals: 0.7, social_history: 0.7,
  procedures: 0.8,
};
const SIDE_WORDS = new Set(['left', 'right', 'bilateral', 'unilateral']);
/** Side and severity words often stand between a term's words without changing what they name. */
const NON_SEPARATING = new Set(['left', 'right', 'bilateral', 'severe', 'mild', 'moderate', 'intense', 'marked', 'slight', 'small', 'large', 'acute', 'chronic', 'very', 'significant']);
const SECTION_TRAIT: Partial<Record<SectionKind, ContextTrait>> = {
  family_history: 'FAMILY', pmh: 'HISTORICAL', psh: 'HISTORICAL',
};

interface NoteToken {
  id: number | undefined;
  norm: string;
  word: number;
}

/** What the matcher knows about one sentence. */
interface SentenceTokens {
  /** Token id → indexes of the words carrying it. */
  positions: Map<number, number[]>;
  /** Word index → token ids an abbreviation there expanded into. */
  expansions: Map<number, Set<number>>;
  numeric: Set<number>;
  /** Words that separate a term's words when they fall between them: content words other than side or severity. */
  separating: boolean[];
}

interface TermMatch {
  term: IcdTerm;
  /** Distinct words used, ascending. */
  words: number[];
  /** `word:tokenId` pairs used, to compare matches for subsumption. */
  pairs: Set<string>;
  /** Content words between the term's words that are not part of it. */
  separators: number;
  score: number;
}

export interface Mention {
  code: string;
  /** Match quality. */
  score: number;
  /** The matched words, normalised: the ranker knows how often a code read from these words was right. */
  phrase: string;
  /** Normalised words near the matched ones in the sentence ("diagnosed with", "serology for"): the ranker knows how often readings beside each were right. */
  context: string[];
  start: number;
  end: number;
  traits: ContextTrait[];
  section?: NoteSection;
}

/** Ranked suggestions for `text`, best first; only codes the note supports above the threshold. */
export function suggestCodes(index: IcdIndex, text: string, options: SuggestOptions = {}, token: CancellationToken = neverCancelled): IcdSuggestion[] {
  const sections = options.sections ?? parseSections(text, token);
  const reading = readNote(index, text, sections, token);
  const dictionary = dictionaryCandidates(index, reading.mentions);
  const candidates = index.ranker ? rankCandidates(index, index.ranker, reading, dictionary).map((r) => r.candidate) : [...dictionary.affirmed.values()];
  const boost = new Set((options.boostCodes ?? []).map((c) => c.replace('.', '').toUpperCase()));
  for (const candidate of candidates) if (boost.has(candidate.code)) candidate.score = Math.min(0.99, candidate.score * 1.25 + 0.05);
  const minScore = options.minScore ?? index.ranker?.minScore ?? DEFAULT_MIN_SCORE;
  const ranked = candidates
    .filter((c) => c.score >= minScore)
    .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
    .slice(0, options.top ?? DEFAULT_TOP);
  const conflicts = excludes1Conflicts(index, ranked);
  return ranked.map((c) => toSuggestion(index, text, c, conflicts.get(c.code)!));
}

/** What the matcher read in a note: dictionary mentions and the affirmed words the word associations sees. */
export interface NoteReading {
  /** Length of the note, to place evidence relative to it. */
  length: number;
  mentions: Mention[];
  /** Classifier feature → where it first occurs, from words asserted of the patient only. */
  features: Map<string, Span>;
  /** Every word of the note, whatever its context: what it is compared with training reports by. */
  words: Map<string, number>;
}

interface Span {
  start: number;
  end: number;
}

export interface DictionaryCandidates {
  affirmed: Map<string, Candidate>;
  /**
   * Codes never to suggest for this note, whatever word associations say: mentioned only negated, in the
   * family or hypothetically, or replaced by a combination code.
   */
  ruledOut: Set<string>;
}

export function dictionaryCandidates(index: IcdIndex, mentions: Mention[]): DictionaryCandidates {
  const result = aggregate(index, mentions);
  for (const replaced of applyCombinationRules(index, result.affirmed)) result.ruledOut.add(replaced);
  return result;
}

/**
 * Does the note name a more specific sibling of `code`, its parent's unspecified default ("chronic kidney
 * disease stage 4" read as N18.4 rules out N18.9)? A sibling the index reads by default, without the words
 * that set it apart, names nothing more specific: "lymphadenopathy" is indexed to R59.1 (generalized) and
 * "lower limb edema" to R60.0 (localized), yet a note that says neither "generalized" nor "localized" leaves
 * R59.9 and R60.9 open.
 */
function namesMoreSpecific(index: IcdIndex, dictionary: DictionaryCandidates, code: string, noteWords: ReadonlyMap<string, unknown>): boolean {
  const parent = index.parentOf(code);
  if (!parent) return false;
  const parentWords = index.titleTokens(parent);
  const stated = (read: string): boolean => {
    const own = [...index.titleTokens(read)].filter((t) => !parentWords.has(t));
    // A number in the title ("stage 4", "type 2") is never the index's default: the note stated it.
    return own.length === 0 || own.some((t) => /\d/.test(t) || noteWords.has(t));
  };
  let sibling = false;
  for (const read of dictionary.affirmed.keys()) sibling ||= read !== code && read.startsWith(parent) && stated(read);
  return sibling && walkToSpecific(index, parent, NO_WORDS) === code;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** A candidate and the signals the ranker scored it on (the learner trains on the same signals). */
export interface RankedCandidate {
  candidate: Candidate;
  signals: number[];
}

/**
 * Dictionary candidates, codes coders chose instead of a dictionary reading (same category), and codes the
 * word associations finds on its own, each scored by the ranker. Codes the note mentions only under an excluding
 * trait never join, whatever the word associations says.
 */
export function rankCandidates(index: IcdIndex, ranker: IcdRanker, reading: NoteReading, dictionary: DictionaryCandidates): RankedCandidate[] {
  const features = associationFeatures(reading, dictionary);
  const associated = ranker.associate(features.keys());
  const neighbourhood = ranker.neighbourhood(reading.words);
  const categoryReadings = new Map<string, number>();
  for (const code of dictionary.affirmed.keys()) categoryReadings.set(code.slice(0, 3), (categoryReadings.get(code.slice(0, 3)) ?? 0) + 1);
  const siblingReading = (code: string): number => {
    let best = 0;
    for (const read of dictionary.affirmed.values()) if (read.code !== code && read.code.startsWith(code.slice(0, 3))) best = Math.max(best, read.matchConfidence);
    return best;
  };
  const out: RankedCandidate[] = [];
  // The ranker learned from case reports without sections or much hedging; section and context weigh its
  // probability afterwards, as they weigh the dictionary's.
  const add = (candidate: Candidate, signals: number[]): void => {
    out.push({ candidate: { ...candidate, score: Math.min(0.99, ranker.score(signals) * candidate.contextWeight) }, signals });
  };
  const billable = (code: string): boolean => index.code(code)?.billable ?? false;
  const position = (mentions: readonly { start: number }[]): number => Math.min(...mentions.map((m) => m.start)) / Math.max(1, reading.length);
  const overlaps = (code: string): { titleOverlap: number; specificOverlap: number } => {
    const parent = index.parentOf(code);
    const parentTitle = parent ? index.titleTokens(parent) : undefined;
    let words = 0;
    let affirmed = 0;
    let specific = 0;
    let specificAffirmed = 0;
    for (const token of index.titleTokens(code)) {
      const isAffirmed = reading.features.has(token) ? 1 : 0;
      words++;
      affirmed += isAffirmed;
      if (parentTitle?.has(token)) continue;
      specific++;
      specificAffirmed += isAffirmed;
    }
    return { titleOverlap: words ? affirmed / words : 0, specificOverlap: specific ? specificAffirmed / specific : 0 };
  };
  for (const candidate of dictionary.affirmed.values()) {
    const dictionaryEvidence = {
      confidence: candidate.matchConfidence,
      mentions: candidate.mentions.length,
      phrases: candidate.mentions.map((m) => m.phrase),
      context: [...new Set(candidate.mentions.flatMap((m) => m.context))],
      noteCodes: dictionary.affirmed.size,
      categoryReadings: categoryReadings.get(candidate.code.slice(0, 3)) ?? 1,
    };
    add(candidate, ranker.signals({ code: candidate.code, billable: billable(candidate.code), dictionary: dictionaryEvidence, association: associated.get(candidate.code), siblingReading: siblingReading(candidate.code), neighbourhood, position: position(candidate.mentions), ...overlaps(candidate.code) }));
  }
  const alternatives = new Map<string, { share: number; from: Candidate }>();
  for (const from of dictionary.affirmed.values()) {
    for (const [code, share] of ranker.alternatives(from.code)) {
      if (dictionary.affirmed.has(code) || dictionary.ruledOut.has(code) || !index.code(code) || namesMoreSpecific(index, dictionary, code, reading.features)) continue;
      const strength = share * from.matchConfidence;
      if ((alternatives.get(code)?.share ?? 0) < strength) alternatives.set(code, { share: strength, from });
    }
  }
  for (const [code, { share, from }] of alternatives) {
    const candidate: Candidate = { code, score: 0, mentions: from.mentions, matchConfidence: 0, contextWeight: from.contextWeight };
    add(candidate, ranker.signals({ code, billable: billable(code), association: associated.get(code), alternativeShare: share, siblingReading: siblingReading(code), neighbourhood, position: position(from.mentions), ...overlaps(code) }));
  }
  for (const [code, association] of associated) {
    if (association.best < MIN_ASSOCIATION) continue;
    if (dictionary.affirmed.has(code) || dictionary.ruledOut.has(code) || alternatives.has(code) || !index.code(code) || namesMoreSpecific(index, dictionary, code, reading.features)) continue;
    const spans = association.support.slice(0, ASSOCIATION_EVIDENCE).map((f) => features.get(f)!);
    const mentions = spans.map((span) => ({ code, score: 0, start: span.start, end: span.end, phrase: '', context: [], traits: [] }));
    const candidate: Candidate = { code, score: 0, mentions, matchConfidence: 0, contextWeight: 1 };
    add(candidate, ranker.signals({ code, billable: billable(code), association, siblingReading: siblingReading(code), neighbourhood, position: position(mentions), ...overlaps(code) }));
  }
  return out;
}

/** Unpunctuated text (pasted tables, dictation) is cut into pieces of about this size to keep matching linear. */
const MAX_SENTENCE_CHARS = 1000;

/**
 * What word associations are learned from and looked up by: the note's affirmed words and word pairs,
 * and the codes the dictionary reads in it (coders often code something beside or instead of them).
 */
export function associationFeatures(reading: NoteReading, dictionary: DictionaryCandidates): Map<string, Span> {
  const features = new Map(reading.features);
  for (const candidate of dictionary.affirmed.values()) {
    const { start, end } = candidate.mentions[0];
    features.set(codeFeature(candidate.code), { start, end });
    const category = codeFeature(candidate.code.slice(0, 3));
    if (!features.has(category)) features.set(category, { start, end });
  }
  return features;
}

/** Every dictionary mention in the note, whatever its context, and the word associations's affirmed words. */
export function readNote(index: IcdIndex, text: string, sections: readonly NoteSection[], token: CancellationToken = neverCancelled): NoteReading {
  const reading: NoteReading = { length: text.length, mentions: [], features: new Map(), words: noteWords(text) };
  for (const sentence of sentenceRanges(text)) {
    throwIfCancelled(token);
    // Section headers ("HISTORY OF PRESENT ILLNESS:") name a part of the note, not a finding.
    const header = sections.find((s) => s.start <= sentence.start && sentence.start < s.headerEnd);
    const start = header ? Math.max(sentence.start, header.headerEnd) : sentence.start;
    if (start < sentence.end) readSentence(index, text, start, sentence.end, sections, reading);
  }
  return reading;
}

function sentenceRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const push = (start: number, end: number): void => {
    while (end - start > MAX_SENTENCE_CHARS) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      const cut = space > start ? space + 1 : start + MAX_SENTENCE_CHARS;
      ranges.push({ start, end: cut });
      start = cut;
    }
    if (end > start) ranges.push({ start, end });
  };
  // "metastases from renal carcinoma": the site after "from" is the primary, so it must not join the
  // metastasis into "secondary neoplasm of kidney".
  const boundary = /\n|[.!?;](?=\s)|\bmetasta\w*\s+(?=from\s)/gi;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return ranges;
}

function readSentence(index: IcdIndex, text: string, start: number, end: number, sections: readonly NoteSection[], reading: NoteReading): void {
  const section = sectionAt(sections, start);
  // Reactions under Allergies ("PCN (anaphylaxis); latex (rash)") say what a drug once did, not what the patient has.
  if (section?.kind === 'allergies') return;
  const sentenceText = text.slice(start, end);
  const words = splitWords(sentenceText, start);
  if (words.length === 0) return;
  const tokens: NoteToken[] = [];
  const sentence: SentenceTokens = { positions: new Map(), expansions: new Map(), numeric: new Set(), separating: [] };
  const shouting = isShouting(sentenceText);
  for (let w = 0; w < words.length; w++) {
    const expansion = expandAbbreviation(words[w].text, shouting);
    if (expansion) {
      const ids = new Set<number>();
      for (const norm of phraseTokens(expansion)) {
        const id = index.tokenId(norm);
        tokens.push({ id, norm, word: w });
        if (id !== undefined) ids.add(id);
      }
      sentence.expansions.set(w, ids);
    }
    const norms = normalizeWord(words[w].text);
    for (const norm of norms) tokens.push({ id: index.tokenId(norm), norm, word: w });
    // A derived noun form joins only when the index knows it ("hypotensive" also reads as hypotension).
    for (const norm of derivedTokens(words[w].text)) {
      const id = index.tokenId(norm);
      if (id !== undefined) tokens.push({ id, norm, word: w });
    }
    sentence.separating.push(norms.length > 0 && !NON_SEPARATING.has(norms[0]));
  }
  addPhraseReadings(index, tokens);
  for (const t of tokens) {
    if (t.id === undefined) continue;
    if (/^\d/.test(t.norm)) sentence.numeric.add(t.id);
    const list = sentence.positions.get(t.id);
    if (!list) sentence.positions.set(t.id, [t.word]);
    else if (list[list.length - 1] !== t.word) list.push(t.word);
  }
  // Numbers and sides qualify only the words next to them ("stage 3a", "left knee"), not a dose or
  // another organ elsewhere in the sentence ("right hip surgery, hearing loss").
  const positional = (t: NoteToken): boolean => /^\d/.test(t.norm) || SIDE_WORDS.has(t.norm);
  const wordContext = new Set(tokens.filter((t) => !positional(t)).map((t) => t.norm));
  const qualifiers = tokens.filter(positional);
  const contextAround = (first: number, last: number): ReadonlySet<string> => {
    const near = qualifiers.filter((t) => t.word >= first - 2 && t.word <= last + 4);
    return near.length === 0 ? wordContext : new Set([...wordContext, ...near.map((t) => t.norm)]);
  };
  const scopes = contextScopes(words, sentenceText, start);
  const sectionTrait = section ? SECTION_TRAIT[section.kind] : undefined;

  const matches: TermMatch[] = [];
  for (const anchor of sentence.positions.keys()) {
    for (const term of index.termsAnchoredAt(anchor)) {
      const found = locate(term, anchor, sentence);
      if (found) matches.push(found);
    }
  }
  collectFeatures(words, scopes, reading.features);
  const kept = dropSubsumed(index, matches);
  for (const match of kept) {
    const first = match.words[0];
    const last = match.words[match.words.length - 1];
    const traits = scopes.traitsFor(first, last, match.words);
    if (sectionTrait && !traits.includes(sectionTrait)) traits.push(sectionTrait);
    reading.mentions.push({
      code: walkToSpecific(index, match.term.code, contextAround(first, last)),
      score: match.score,
      start: words[first].start,
      end: words[last].end,
      phrase: match.words.map((w) => normalizeWord(words[w].text).join(' ')).join(' '),
      context: contextWords(words, first, last, match.words),
      traits,
      section,
    });
  }
}

/**
 * Two-word expressions that mean an index word neither word is: "pain on palpation" (Spanish "dolor a la
 * palpación") is what the index calls tenderness. The reading joins the first word when the second follows
 * within PHRASE_REACH words.
 */
const PHRASE_READINGS: { first: string; second: string; reading: string[] }[] = [
  { first: 'pain', second: 'palpation', reading: ['tenderness'] },
  // "Disminución de agudeza visual": loss of vision.
  { first: 'decreased', second: 'acuity', reading: ['loss'] },
  { first: 'decrease', second: 'acuity', reading: ['loss'] },
  { first: 'reduced', second: 'acuity', reading: ['loss'] },
];
const PHRASE_READING_REACH = 3;

function addPhraseReadings(index: IcdIndex, tokens: NoteToken[]): void {
  for (const { first, second, reading } of PHRASE_READINGS) {
    const anchors = tokens.filter((a) => a.norm === first && tokens.some((b) => b.norm === second && b.word > a.word && b.word - a.word <= PHRASE_READING_REACH));
    for (const a of anchors) {
      for (const norm of reading) {
        const id = index.tokenId(norm);
        if (id !== undefined) tokens.push({ id, norm, word: a.word });
      }
    }
  }
}

/** Words within this many of a match, on either side, are its context. */
const CONTEXT_REACH = 4;

function contextWords(words: readonly RawWord[], first: number, last: number, matched: readonly number[]): string[] {
  const out = new Set<string>();
  for (let w = Math.max(0, first - CONTEXT_REACH); w <= Math.min(words.length - 1, last + CONTEXT_REACH); w++) {
    if (matched.includes(w)) continue;
    for (const token of normalizeWord(words[w].text)) if (token.length >= MIN_FEATURE_CHARS && /^[a-z]+$/.test(token)) out.add(token);
  }
  return [...out];
}

/** Normalised words asserted of the patient, and pairs of consecutive ones, with where each first occurs. */
function collectFeatures(words: readonly RawWord[], scopes: ContextScopes, features: Map<string, Span>): void {
  let previous: { token: string; start: number } | undefined;
  for (let w = 0; w < words.length; w++) {
    const tokens = normalizeWord(words[w].text).filter((t) => t.length >= MIN_FEATURE_CHARS && /[a-z]/.test(t));
    if (tokens.length === 0) continue;
    if (scopes.traitsFor(w, w).some((t) => SILENCING_TRAITS.has(t))) {
      previous = undefined;
      continue;
    }
    const { start, end } = words[w];
    for (const token of tokens) if (!features.has(token)) features.set(token, { start, end });
    if (previous) {
      const pair = pairFeature(previous.token, tokens[0]);
      if (!features.has(pair)) features.set(pair, { start: previous.start, end });
    }
    previous = { token: tokens[tokens.length - 1], start };
  }
}

/** Nearest occurrence of every required token around an anchor occurrence; null when they lie too far apart. */
function locate(term: IcdTerm, anchor: number, sentence: SentenceTokens): TermMatch | null {
  const { positions } = sentence;
  for (const id of term.required) if (!positions.has(id)) return null;
  let best: number[] | null = null;
  let bestSpan = Infinity;
  for (const p of positions.get(anchor)!) {
    const chosen = term.required.map((id) => nearest(positions.get(id)!, p));
    const span = Math.max(...chosen) - Math.min(...chosen) + 1;
    if (span < bestSpan) {
      bestSpan = span;
      best = chosen;
    }
  }
  const chosen = best!;
  const distinctWords = [...new Set(chosen)].sort((a, b) => a - b);
  if (bestSpan > distinctWords.length * 2 + 3) return null;
  let separators = 0;
  for (let w = distinctWords[0] + 1; w < distinctWords[distinctWords.length - 1]; w++) {
    if (sentence.separating[w] && !distinctWords.includes(w)) separators++;
  }
  if (separators > distinctWords.length) return null;
  // An abbreviation names one concept: a term may use its words only if it covers all of them ("UTI" is
  // not "infection" for "kidney infection").
  for (const w of distinctWords) {
    const expanded = sentence.expansions.get(w);
    if (expanded && [...expanded].some((id) => !term.required.includes(id) && !term.optional.includes(id))) return null;
  }
  // A number only qualifies a word beside it ("CKD 3b", "type 2"), not one across the sentence.
  for (let i = 0; i < term.required.length; i++) {
    if (!sentence.numeric.has(term.required[i])) continue;
    const w = chosen[i];
    const near = chosen.some((other, j) => j !== i && !sentence.numeric.has(term.required[j]) && Math.abs(other - w) <= 2);
    if (!near) return null;
  }
  let optional = 0;
  const low = distinctWords[0] - 3;
  const high = distinctWords[distinctWords.length - 1] + 3;
  for (const id of term.optional) if (positions.get(id)?.some((p) => p >= low && p <= high)) optional++;
  const specificity = Math.min(1, 0.5 + 0.17 * term.required.length);
  const tightness = distinctWords.length / bestSpan;
  const score = SOURCE_WEIGHT[term.source] * specificity * (0.75 + 0.25 * tightness) + 0.03 * Math.min(optional, 3);
  const pairs = new Set(term.required.map((id, i) => `${chosen[i]}:${id}`));
  return { term, words: distinctWords, pairs, separators, score };
}

function nearest(list: number[], p: number): number {
  let best = list[0];
  for (const x of list) if (Math.abs(x - p) < Math.abs(best - p)) best = x;
  return best;
}

/**
 * A match whose words all lie inside a longer match says less than it: drop it, unless the longer code's
 * "use additional code" note asks for the shorter code's category as well (E11.22 with N18.-).
 */
function dropSubsumed(index: IcdIndex, matches: TermMatch[]): TermMatch[] {
  const unbroken = matches.filter((a) => !outcompeted(a, matches));
  const history = index.tokenId('history');
  return unbroken.filter((a) => !unbroken.some((b) => b !== a && covers(b, a) && !onlyAddsHistory(b, a, history) && !asksForAdditional(index, b.term.code, a.term.code)));
}

/**
 * "History of bladder carcinoma" reads both the personal history code (Z85.51) and the carcinoma (C67.9): case
 * reports code the condition itself beside its history, so a match that adds only the word "history" keeps the other.
 */
function onlyAddsHistory(b: TermMatch, a: TermMatch, history: number | undefined): boolean {
  if (history === undefined) return false;
  let added = false;
  for (const pair of b.pairs) {
    if (a.pairs.has(pair)) continue;
    if (!pair.endsWith(`:${history}`)) return false;
    added = true;
  }
  return added;
}

/**
 * A match whose words are split by other content words loses a word it shares with an unbroken match:
 * in "atrial fibrillation with rapid ventricular response", "fibrillation" belongs to "atrial
 * fibrillation", not to "ventricular fibrillation".
 */
function outcompeted(a: TermMatch, matches: TermMatch[]): boolean {
  if (a.separators === 0) return false;
  return matches.some((b) => b !== a && b.separators === 0 && b.words.length > 1 && b.words.some((w) => a.words.includes(w)) && !b.words.every((w) => a.words.includes(w)));
}

/** Does `b` say strictly more than `a`: more words, or the same words with more of their tokens? */
function covers(b: TermMatch, a: TermMatch): boolean {
  if (b.words.length > a.words.length) return a.words.every((w) => b.words.includes(w));
  if (b.words.length < a.words.length || b.pairs.size <= a.pairs.size) return false;
  if (!a.words.every((w) => b.words.includes(w))) return false;
  for (const pair of a.pairs) if (!b.pairs.has(pair)) return false;
  return true;
}

function asksForAdditional(index: IcdIndex, code: string, other: string): boolean {
  for (let c: string | undefined = code; c; c = index.parentOf(c)) {
    const patterns = index.useAdditional.get(c);
    if (patterns?.some((p) => matchesCodePattern(other.slice(0, 3), p.split(':').map((x) => x.slice(0, 3)).join(':')))) return true;
  }
  return false;
}

/**
 * From an index target, descends while a child's extra title words appear in the sentence; where none do,
 * a header descends to its default child (unspecified, or 7th character A/D/S by encounter words).
 */
export function walkToSpecific(index: IcdIndex, code: string, context: ReadonlySet<string>): string {
  const words = withImpliedWords(context);
  let node = code;
  for (let depth = 0; depth < 6; depth++) {
    const kids = index.children(node);
    if (kids.length === 0) break;
    if (kids.every((k) => k.length === 7)) {
      node = seventhCharacterChild(kids, words) ?? node;
      break;
    }
    const nodeTokens = index.titleTokens(node);
    let best: string | undefined;
    let bestScore = 0;
    for (const kid of kids) {
      const extra = [...index.titleTokens(kid)].filter((t) => !nodeTokens.has(t));
      if (extra.length === 0) continue;
      const matched = extra.filter((t) => words.has(t)).length;
      if (matched === 0 || matched / extra.length < 0.34) continue;
      const score = matched - 0.25 * (extra.length - matched);
      if (score > bestScore) {
        bestScore = score;
        best = kid;
      }
    }
    if (!best) {
      if (index.code(node)?.billable) break;
      best = defaultChild(index, kids);
    }
    node = best;
  }
  return node;
}

/** One side named means a unilateral condition, which titles spell out ("Unilateral primary osteoarthritis"). */
function withImpliedWords(context: ReadonlySet<string>): ReadonlySet<string> {
  if ((context.has('left') || context.has('right')) && !context.has('bilateral')) return new Set([...context, 'unilateral']);
  return context;
}

/** The 7th character from the encounter words: sequela, subsequent (with its healing course), else initial. */
function seventhCharacterChild(kids: string[], words: ReadonlySet<string>): string | undefined {
  let preferred: string[];
  if (words.has('sequela') || words.has('sequelae')) preferred = ['S'];
  else if (words.has('subsequent') || words.has('healing')) {
    preferred = words.has('nonunion') ? ['K', 'D'] : words.has('malunion') ? ['P', 'D'] : words.has('delayed') ? ['G', 'D'] : ['D'];
  } else preferred = words.has('open') ? ['B', 'A'] : ['A'];
  for (const letter of preferred) {
    const kid = kids.find((k) => k.endsWith(letter));
    if (kid) return kid;
  }
  return kids[0];
}

function defaultChild(index: IcdIndex, kids: string[]): string {
  const title = (k: string): string => index.code(k)?.title ?? '';
  return (
    kids.find((k) => /\buncomplicated\b/i.test(title(k))) ??
    kids.find((k) => /[09]$/.test(k) && /\bunspecified\b/i.test(title(k))) ??
    kids.find((k) => k.endsWith('9')) ??
    kids.find((k) => /\bunspecified\b/i.test(title(k))) ??
    kids.find((k) => /\bwithout\b/i.test(title(k))) ??
    kids[0]
  );
}

export interface Candidate {
  code: string;
  /** Dictionary confidence, replaced by the ranker's score when one is installed. */
  score: number;
  mentions: Mention[];
  /** Match quality alone, before section and context weigh it (what the ranker learns from). */
  matchConfidence: number;
  /** Section and context weight of the best-placed mention: Assessment raises, uncertain lowers. */
  contextWeight: number;
}

/** How much a mention's section and assertion context make it count. */
function contextWeight(m: Mention): number {
  const sectionWeight = (m.section && SECTION_WEIGHT[m.section.kind]) ?? 1;
  return m.traits.reduce((w, t) => w * (TRAIT_WEIGHT[t] ?? 1), sectionWeight);
}

/** Mentions as independent evidence: the chance that at least one of them is right. */
function noisyOr(values: Iterable<number>): number {
  let miss = 1;
  for (const v of values) miss *= 1 - Math.min(0.95, 0.6 * Math.min(1, v));
  return Math.min(0.99, 1 - miss);
}

function aggregate(index: IcdIndex, mentions: Mention[]): DictionaryCandidates {
  const byCode = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byCode.get(m.code);
    if (list) list.push(m);
    else byCode.set(m.code, [m]);
  }
  const affirmed = new Map<string, Candidate>();
  const ruledOut = new Set<string>();
  for (const [code, list] of byCode) {
    if (!index.code(code)) continue;
    const positive = list.filter((m) => !m.traits.some((t) => EXCLUDING_TRAITS.has(t)));
    if (positive.length === 0) {
      ruledOut.add(code);
      continue;
    }
    affirmed.set(code, {
      code,
      score: noisyOr(positive.map((m) => m.score * contextWeight(m))),
      mentions: positive,
      matchConfidence: noisyOr(positive.map((m) => m.score)),
      contextWeight: Math.max(...positive.map(contextWeight)),
    });
  }
  return { affirmed, ruledOut };
}

/**
 * ICD-10-CM presumes a link between diabetes and CKD and between hypertension and heart or kidney disease,
 * so those pairs become combination codes when both are in the note.
 */
/** Returns the codes combination codes replaced. */
function applyCombinationRules(index: IcdIndex, candidates: Map<string, Candidate>): string[] {
  const replaced: string[] = [];
  const find = (prefix: string): Candidate | undefined => [...candidates.values()].find((c) => c.code.startsWith(prefix));
  const ckd = find('N18');
  const heartFailure = find('I50');
  const merge = (from: Candidate, to: string, extra: Candidate[]): void => {
    if (!index.code(to)) return;
    candidates.delete(from.code);
    replaced.push(from.code);
    const existing = candidates.get(to);
    // The combination is as certain as its main finding, a little less than its linked ones.
    const strongest = (field: 'score' | 'matchConfidence' | 'contextWeight'): number => Math.max(from[field], ...extra.map((c) => c[field] * 0.95));
    const mentions = [...from.mentions, ...extra.flatMap((c) => c.mentions)];
    if (existing) {
      existing.score = Math.max(existing.score, strongest('score'));
      existing.matchConfidence = Math.max(existing.matchConfidence, strongest('matchConfidence'));
      existing.contextWeight = Math.max(existing.contextWeight, strongest('contextWeight'));
      existing.mentions.push(...mentions);
    } else {
      candidates.set(to, { code: to, score: strongest('score'), mentions, matchConfidence: strongest('matchConfidence'), contextWeight: strongest('contextWeight') });
    }
  };
  if (ckd) {
    for (const type of ['E10', 'E11']) {
      const diabetes = candidates.get(`${type}9`);
      if (diabetes) merge(diabetes, `${type}22`, [ckd]);
    }
  }
  const hypertension = candidates.get('I10');
  if (hypertension) {
    const endStage = ckd && /^N18[56]/.test(ckd.code);
    if (ckd && heartFailure) merge(hypertension, endStage ? 'I132' : 'I130', [ckd, heartFailure]);
    else if (ckd) merge(hypertension, endStage ? 'I120' : 'I129', [ckd]);
    else if (heartFailure) merge(hypertension, 'I110', [heartFailure]);
  }
  return replaced;
}

/** External causes (V00-Y99) say how an injury happened; they are neither a diagnosis nor a symptom. */
function kindTrait(code: string): IcdTrait | undefined {
  if (/^[V-Y]/.test(code)) return undefined;
  if (!code.startsWith('R')) return 'DIAGNOSIS';
  return Number(code.slice(1, 3)) < 70 ? 'SYMPTOM' : 'SIGN';
}

/** For each ranked code, the other ranked codes an Excludes1 note (on it or on the other) forbids with it. */
function excludes1Conflicts(index: IcdIndex, ranked: Candidate[]): Map<string, string[]> {
  const patterns = new Map(ranked.map((c) => [c.code, excludes1Patterns(index, c.code)]));
  const excludes = (code: string, other: string): boolean => patterns.get(code)!.some((p) => matchesCodePattern(other, p));
  const conflicts = new Map<string, string[]>();
  for (const a of ranked) {
    conflicts.set(a.code, ranked.filter((b) => b !== a && (excludes(a.code, b.code) || excludes(b.code, a.code))).map((b) => dotted(b.code)));
  }
  return conflicts;
}

/** Excludes1 notes apply to a code and everything below it, so a code inherits its ancestors' notes. */
function excludes1Patterns(index: IcdIndex, code: string): string[] {
  const patterns: string[] = [];
  for (let c: string | undefined = code; c; c = index.parentOf(c)) patterns.push(...(index.excludes1.get(c) ?? []));
  return patterns;
}

function toSuggestion(index: IcdIndex, text: string, candidate: Candidate, conflicts: string[]): IcdSuggestion {
  const entry = index.code(candidate.code)!;
  const best = candidate.mentions.reduce((a, b) => (b.score > a.score ? b : a));
  const kind = kindTrait(candidate.code);
  const traits: IcdTrait[] = [...(kind ? [kind] : []), ...best.traits];
  if (candidate.score < LOW_CONFIDENCE_BELOW) traits.push('LOW_CONFIDENCE');
  const spans = new Map<string, IcdEvidence>();
  for (const m of [...candidate.mentions].sort((a, b) => a.start - b.start)) {
    const key = `${m.start}:${m.end}`;
    if (!spans.has(key)) spans.set(key, { start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  }
  return {
    code: dotted(candidate.code),
    description: entry.title,
    score: Math.round(candidate.score * 1000) / 1000,
    billable: entry.billable,
    evidence: [...spans.values()].slice(0, MAX_EVIDENCE),
    traits: [...new Set(traits)],
    ...(best.section ? { section: best.section.title } : {}),
    excludes1Conflicts: conflicts,
  };
}
