import { PHI_CATEGORIES, type PhiCategory } from '../../server/src/core/phi/types';
import type { GoldNote, GoldSpan } from './gold';

/** What the harness needs of a finding; `PhiFinding` satisfies it. */
export interface PredictedSpan {
  start: number;
  end: number;
  category: PhiCategory;
  subtype?: string;
}

export type ScoringProfile = 'standard' | 'extended';

/** `ANY` ignores categories: a NAME predicted as LOCATION is still protected. */
export type ScoreRow = PhiCategory | 'ANY';
export const SCORE_ROWS: readonly ScoreRow[] = [...PHI_CATEGORIES, 'ANY'];

export interface Counts {
  goldSpans: number;
  /** Gold spans overlapped by a prediction of the same category (for ANY: of any category). */
  goldFound: number;
  predicted: number;
  /** Predictions overlapping a gold span of the same category (for ANY: of any category). */
  predictedCorrect: number;
  /** Non-whitespace characters only, so how a detector splits a multi-line address does not matter. */
  goldChars: number;
  goldCharsCovered: number;
  predictedChars: number;
  predictedCharsInGold: number;
}

export interface Miss {
  noteId: string;
  span: GoldSpan;
  /** Categories of predictions that overlap the span although none has its category. */
  foundAs: PhiCategory[];
}

export interface FalseAlarm {
  noteId: string;
  prediction: PredictedSpan;
}

export interface NoteScore {
  counts: Record<ScoreRow, Counts>;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

export function emptyCounts(): Counts {
  return { goldSpans: 0, goldFound: 0, predicted: 0, predictedCorrect: 0, goldChars: 0, goldCharsCovered: 0, predictedChars: 0, predictedCharsInGold: 0 };
}

function emptyRows(): Record<ScoreRow, Counts> {
  return Object.fromEntries(SCORE_ROWS.map((row) => [row, emptyCounts()])) as Record<ScoreRow, Counts>;
}

export function addCounts(into: Record<ScoreRow, Counts>, from: Record<ScoreRow, Counts>): void {
  for (const row of SCORE_ROWS) {
    const target = into[row];
    const source = from[row];
    for (const key of Object.keys(target) as (keyof Counts)[]) target[key] += source[key];
  }
}

export function sumScores(scores: readonly NoteScore[]): Record<ScoreRow, Counts> {
  const total = emptyRows();
  for (const score of scores) addCounts(total, score.counts);
  return total;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Gold spans that count under the profile; OTHER spans are returned apart because they are never scored. */
export function partitionGold(spans: readonly GoldSpan[], profile: ScoringProfile): { scored: GoldSpan[]; ignored: GoldSpan[] } {
  const scored: GoldSpan[] = [];
  const ignored: GoldSpan[] = [];
  for (const span of spans) {
    if (span.category === 'OTHER') ignored.push(span);
    else if (!span.extendedOnly || profile === 'extended') scored.push(span);
  }
  return { scored, ignored };
}

const categoryBit = new Map<PhiCategory, number>(PHI_CATEGORIES.map((category, index) => [category, 1 << index]));
const WHITESPACE = /\s/;

/**
 * Scores one note two ways. Overlap: a gold span is found if any prediction overlaps it; a prediction is a
 * false alarm if it overlaps no scored gold span (predictions lying only on OTHER spans are not counted).
 * Character coverage: share of gold characters predicted and share of predicted characters inside gold.
 */
export function scoreNote(note: GoldNote, predictions: readonly PredictedSpan[], profile: ScoringProfile): NoteScore {
  const counts = emptyRows();
  const misses: Miss[] = [];
  const falseAlarms: FalseAlarm[] = [];
  const { scored, ignored } = partitionGold(note.spans, profile);

  for (const span of scored) {
    const category = span.category as PhiCategory;
    const overlapping = predictions.filter((prediction) => overlaps(prediction, span));
    const found = overlapping.some((prediction) => prediction.category === category);
    counts[category].goldSpans++;
    counts.ANY.goldSpans++;
    if (found) counts[category].goldFound++;
    if (overlapping.length > 0) counts.ANY.goldFound++;
    if (!found) misses.push({ noteId: note.id, span, foundAs: [...new Set(overlapping.map((p) => p.category))] });
  }

  const countedPredictions: PredictedSpan[] = [];
  for (const prediction of predictions) {
    const overlappingGold = scored.filter((span) => overlaps(prediction, span));
    if (overlappingGold.length === 0) {
      if (ignored.some((span) => overlaps(prediction, span))) continue;
      falseAlarms.push({ noteId: note.id, prediction });
    }
    countedPredictions.push(prediction);
    counts[prediction.category].predicted++;
    counts.ANY.predicted++;
    if (overlappingGold.some((span) => span.category === prediction.category)) counts[prediction.category].predictedCorrect++;
    if (overlappingGold.length > 0) counts.ANY.predictedCorrect++;
  }

  const length = note.text.length;
  const goldMask = new Uint8Array(length);
  const predictedMask = new Uint8Array(length);
  const ignoredMask = new Uint8Array(length);
  for (const span of scored) {
    const bit = categoryBit.get(span.category as PhiCategory)!;
    for (let i = span.start; i < span.end; i++) goldMask[i] |= bit;
  }
  for (const span of ignored) ignoredMask.fill(1, span.start, span.end);
  for (const prediction of countedPredictions) {
    const bit = categoryBit.get(prediction.category)!;
    const end = Math.min(prediction.end, length);
    for (let i = Math.max(0, prediction.start); i < end; i++) predictedMask[i] |= bit;
  }
  for (let i = 0; i < length; i++) {
    const gold = goldMask[i];
    const predicted = predictedMask[i];
    if ((gold === 0 && predicted === 0) || WHITESPACE.test(note.text[i])) continue;
    const predictedCounts = gold !== 0 || ignoredMask[i] === 0;
    for (const [category, bit] of categoryBit) {
      const row = counts[category];
      const inGold = (gold & bit) !== 0;
      const inPrediction = (predicted & bit) !== 0;
      if (inGold) row.goldChars++;
      if (inGold && inPrediction) row.goldCharsCovered++;
      if (inPrediction && predictedCounts) row.predictedChars++;
      if (inPrediction && inGold) row.predictedCharsInGold++;
    }
    if (gold !== 0) counts.ANY.goldChars++;
    if (gold !== 0 && predicted !== 0) {
      counts.ANY.goldCharsCovered++;
      counts.ANY.predictedCharsInGold++;
    }
    if (predicted !== 0 && predictedCounts) counts.ANY.predictedChars++;
  }
  return { counts, misses, falseAlarms };
}

export interface Rates {
  recall: number | null;
  precision: number | null;
  charRecall: number | null;
  charPrecision: number | null;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function rates(counts: Counts): Rates {
  return {
    recall: ratio(counts.goldFound, counts.goldSpans),
    precision: ratio(counts.predictedCorrect, counts.predicted),
    charRecall: ratio(counts.goldCharsCovered, counts.goldChars),
    charPrecision: ratio(counts.predictedCharsInGold, counts.predictedChars),
  };
}
