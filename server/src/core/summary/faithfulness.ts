import { matchesOf } from '../matches';
import { isDrugWord } from './clinicalPatterns';
import type { PatientContextLite, UnsupportedClaim } from './types';

/**
 * Marks the checkable claims of a summary text (numbers, doses, drug names, laterality, negations, names)
 * that its source does not support. Sources may be notes or dialogues: spelled-out numbers count as digits.
 */
export function checkFaithfulness(summary: string, source: string, context?: PatientContextLite): UnsupportedClaim[] {
  return analyseClaims(summary, new SupportIndex(withContext(source, context))).filter((claim) => !claim.supported).map(({ supported: _, ...claim }) => claim);
}

/** Counts for scoring: how many claims were checked and how many were unsupported. */
export function faithfulnessCounts(summary: string, source: string, context?: PatientContextLite): { claims: number; unsupported: number } {
  const claims = analyseClaims(summary, new SupportIndex(withContext(source, context)));
  return { claims: claims.length, unsupported: claims.filter((c) => !c.supported).length };
}

function withContext(source: string, context?: PatientContextLite): string {
  if (!context) return source;
  const facts = [context.age !== undefined ? `${context.age} year old` : '', context.sex ?? '', ...(context.conditions ?? []), ...(context.medications ?? []), ...(context.allergies ?? [])];
  return `${source}\n${facts.join('\n')}`;
}

// ---- the source side ------------------------------------------------------------------------------

const UNITS: Record<string, string> = {
  dose: '', mg: 'mg', milligram: 'mg', milligrams: 'mg', mcg: 'mcg', microgram: 'mcg', micrograms: 'mcg', g: 'g', gm: 'g', gram: 'g', grams: 'g',
  ml: 'ml', milliliter: 'ml', milliliters: 'ml', cc: 'ml', unit: 'unit', units: 'unit', iu: 'unit', meq: 'meq', percent: '%', '%': '%',
};
const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NEGATION_CUES = new Set(['no', 'not', 'denies', 'denied', 'deny', 'without', 'negative', 'never', 'none', 'nope', 'nothing', 'nor', 'neither', 'absent', "don't", "doesn't", "didn't", 'dont', 'doesnt', 'didnt', 'free']);

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|\d+(?:\.\d+)?|%/g) ?? [];
}

/** Reads runs of number words ("two thousand eight", "twenty six") as values. */
function spelledNumbers(words: readonly string[]): number[] {
  const values: number[] = [];
  let total = 0;
  let current = 0;
  let inNumber = false;
  const flush = (): void => {
    if (inNumber) values.push(total + current);
    total = 0;
    current = 0;
    inNumber = false;
  };
  for (const word of words) {
    if (word in ONES) { current += ONES[word]; inNumber = true; }
    else if (word in TENS) { current += TENS[word]; inNumber = true; }
    else if (word.endsWith('ies') && `${word.slice(0, -3)}y` in TENS) { current += TENS[`${word.slice(0, -3)}y`]; inNumber = true; flush(); }
    else if (word in ORDINALS) { current += ORDINALS[word]; inNumber = true; flush(); }
    else if (word === 'hundred' && inNumber) current *= 100;
    else if (word === 'thousand' && inNumber) { total += current * 1000; current = 0; }
    else if (word === 'and' && inNumber) continue;
    else flush();
  }
  flush();
  return values;
}

class SupportIndex {
  readonly words: string[];
  readonly wordSet: Set<string>;
  readonly numbers = new Set<string>();

  constructor(source: string) {
    this.words = tokens(source);
    this.wordSet = new Set(this.words);
    for (const match of matchesOf(/\d+(?:[.,]\d+)*/g, source)) {
      this.addNumber(match[0].replace(/,/g, ''));
      for (const part of match[0].split(/[.,]/)) this.addNumber(part);
    }
    for (const value of spelledNumbers(this.words)) this.addNumber(String(value));
    MONTHS.forEach((month, index) => { if (this.wordSet.has(month)) this.addNumber(String(index + 1)); });
    if (this.wordSet.has('half')) this.addNumber('0.5');
  }

  private addNumber(raw: string): void {
    if (raw === '') return;
    const value = Number(raw);
    if (!Number.isFinite(value)) return;
    this.numbers.add(String(value));
    // "2008" also backs "08" in a date written "8/08".
    if (value >= 1900 && value < 2100) this.numbers.add(String(value % 100));
  }

  hasNumber(raw: string): boolean {
    const value = Number(raw.replace(/,/g, ''));
    return Number.isFinite(value) && this.numbers.has(String(value));
  }

  hasWord(word: string): boolean {
    const w = word.toLowerCase();
    return this.wordSet.has(w) || this.wordSet.has(w.replace(/s$/, '')) || this.wordSet.has(`${w}s`);
  }

  hasUnit(unit: string): boolean {
    // Dictation spells abbreviations out letter by letter ("five hundred M G").
    return this.words.some((w, i) => UNITS[w] === unit || UNITS[w + (this.words[i + 1] ?? '')] === unit);
  }

  /** True when `term` occurs near a negation cue (before it, or in the reply right after a question). */
  negatedNear(term: string): boolean {
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i] !== term && this.words[i] !== `${term}s`) continue;
      for (let j = Math.max(0, i - 6); j <= Math.min(this.words.length - 1, i + 8); j++) if (NEGATION_CUES.has(this.words[j])) return true;
    }
    return false;
  }

  hasPhrase(first: string, second: string): boolean {
    for (let i = 0; i + 1 < this.words.length; i++) if (this.words[i] === first && this.words[i + 1] === second) return true;
    return false;
  }
}

// ---- the summary side -----------------------------------------------------------------------------

interface Claim extends UnsupportedClaim {
  supported: boolean;
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'any', 'of', 'to', 'in', 'on', 'at', 'or', 'and', 'for', 'with', 'his', 'her', 'their', 'has', 'have', 'had', 'history', 'signs', 'evidence', 'other', 'further', 'significant', 'known', 'acute', 'new', 'recent']);
const OPPOSITE_SIDE: Record<string, string> = { left: 'right', right: 'left' };

/** Items of an enumeration: separated by commas, "and", "or", "nor". */
function listTerms(list: string): { text: string; offset: number }[] {
  const terms: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const separator of matchesOf(/,|\s(?:and|or|nor)\s/gi, list)) {
    terms.push({ text: list.slice(offset, separator.index), offset });
    offset = separator.index + separator[0].length;
  }
  terms.push({ text: list.slice(offset), offset });
  return terms;
}

function analyseClaims(summary: string, support: SupportIndex): Claim[] {
  const claims: Claim[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && s < end);
  const add = (claim: Claim): void => {
    claims.push(claim);
    taken.push([claim.start, claim.end]);
  };

  for (const m of matchesOf(/\b(\d+(?:[.,]\d+)*)\s*(mg|mcg|µg|g|gm|grams?|milligrams?|ml|mL|cc|units?|iu|meq|mEq|%|percent)(?![A-Za-z])/gi, summary)) {
    const unit = UNITS[m[2].toLowerCase()] ?? UNITS[m[2].toLowerCase().replace(/s$/, '')] ?? m[2].toLowerCase();
    add({ kind: 'dose', start: m.index, end: m.index + m[0].length, text: m[0], supported: support.hasNumber(m[1]) && (unit === '' || support.hasUnit(unit)) });
  }
  for (const m of matchesOf(/\d+(?:[.,]\d+)*/g, summary)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    // A date or ratio is supported when each of its parts is.
    add({ kind: 'number', start: m.index, end: m.index + m[0].length, text: m[0], supported: m[0].split(/[.](?=\d{3})/).every((part) => support.hasNumber(part)) || support.hasNumber(m[0]) });
  }
  for (const m of matchesOf(/[A-Za-z][A-Za-z-]{2,}/g, summary)) {
    if (!isDrugWord(m[0]) || overlaps(m.index, m.index + m[0].length)) continue;
    add({ kind: 'drug', start: m.index, end: m.index + m[0].length, text: m[0], supported: support.hasWord(m[0]) });
  }
  for (const m of matchesOf(/\b(left|right|bilateral(?:ly)?)\b(?:\s+([a-z]+))?/gi, summary)) {
    const side = m[1].toLowerCase();
    const part = m[2]?.toLowerCase();
    const sameSide = support.hasWord(side) || (side.startsWith('bilateral') && (support.hasWord('both') || support.hasWord('bilateral')));
    const contradicted = part !== undefined && OPPOSITE_SIDE[side] !== undefined && support.hasPhrase(OPPOSITE_SIDE[side], part) && !support.hasPhrase(side, part);
    add({ kind: 'laterality', start: m.index, end: m.index + m[1].length, text: m[1], supported: sameSide && !contradicted });
  }
  // A negation covers the whole list after it ("denies fever, chills or cough"): each listed term is a claim.
  for (const m of matchesOf(/\b(?:no|denies|denied|without|negative for|not)\s+([^.;:]*)/gi, summary)) {
    const scopeStart = m.index + m[0].length - m[1].length;
    for (const term of listTerms(m[1])) {
      const leading = /^\s*(?:(?:and|or|nor)\s+)*/i.exec(term.text)?.[0].length ?? 0;
      const text = term.text.slice(leading).trimEnd();
      const words = tokens(text).filter((w) => !STOP_WORDS.has(w) && w.length > 2).slice(0, 3);
      if (words.length === 0) continue;
      const start = scopeStart + term.offset + leading;
      // The first term keeps its cue, so the mark reads "No fever" rather than "fever".
      const claimStart = term.offset === 0 ? m.index : start;
      const end = start + text.length;
      add({ kind: 'negation', start: claimStart, end, text: summary.slice(claimStart, end), supported: words.some((w) => support.negatedNear(w)) });
    }
  }
  for (const m of matchesOf(/\b(?:Dr|Doctor|Mr|Mrs|Ms|Miss)\.?\s+([A-Z][A-Za-z'-]+)/g, summary)) {
    add({ kind: 'name', start: m.index, end: m.index + m[0].length, text: m[0], supported: support.hasWord(m[1]) });
  }
  // A capitalised word inside a sentence that the source never uses is most often an invented name or place.
  for (const m of matchesOf(/(?<=[a-z,;]\s+)[A-Z][a-z]{2,}\b/g, summary)) {
    if (overlaps(m.index, m.index + m[0].length)) continue;
    if (!support.hasWord(m[0])) add({ kind: 'name', start: m.index, end: m.index + m[0].length, text: m[0], supported: false });
  }
  return claims.sort((a, b) => a.start - b.start);
}
