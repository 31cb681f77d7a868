import { firstIndexAtLeast } from '../sortedSearch';
import { isKnownWord, wordInfo } from './lexicon';
import type { PhiCategory, PhiSubtype } from './types';

/** A possible finding from one detection pass, in normalised-text offsets, before overlaps are resolved. */
export interface Candidate {
  start: number;
  end: number;
  category: PhiCategory;
  subtype: PhiSubtype;
  confidence: number;
  reason: string;
}

export function candidate(
  start: number,
  end: number,
  category: PhiCategory,
  subtype: PhiSubtype,
  confidence: number,
  reason: string,
): Candidate {
  // Rounded, so a sum such as 0.75 + 0.05 ties with a plain 0.8 and the longer candidate wins, as the ranking intends.
  return { start, end, category, subtype, confidence: Math.round(confidence * 1000) / 1000, reason };
}

/**
 * Whether a span overlaps one of `spans`: a binary search by start, then the furthest end among the spans starting before
 * the span ends, so spans that overlap one another (a census line's name over a winner) are answered right too.
 */
export function overlapsAnyOf(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  sorted.forEach((span, i) => furthestEnd.push(Math.max(span.end, i > 0 ? furthestEnd[i - 1] : 0)));
  return (start, end) => {
    const before = firstIndexAtLeast(sorted, end, (span) => span.start);
    return before > 0 && furthestEnd[before - 1] > start;
  };
}

/**
 * Keeps the strongest candidate where candidates overlap: higher confidence wins, then the longer span.
 * A weaker candidate of the same category that overlaps the winner widens it, so "March 3" inside
 * "March 3, 2019" or a surname beside a titled name never leaves part of the identifier uncovered. A confident
 * name that loses keeps its whole words that no winner covers: when a place takes "Virginia" of "Virginia
 * Phillips", the surname is still flagged.
 */
export function resolveOverlaps(candidates: Candidate[], text: string): Candidate[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const resolved: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  for (const next of byStart) {
    if (next.start >= clusterEnd && cluster.length) {
      for (const kept of resolveCluster(cluster, text)) resolved.push(kept);
      cluster = [];
    }
    cluster.push(next);
    clusterEnd = Math.max(clusterEnd, next.end);
  }
  // Not spread into push: a cluster of a hundred thousand winners would overflow the call stack.
  if (cluster.length) for (const kept of resolveCluster(cluster, text)) resolved.push(kept);
  return resolved;
}

function resolveCluster(cluster: Candidate[], text: string): Candidate[] {
  if (cluster.length === 1) return cluster;
  const ranked = [...cluster].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept = new DisjointSpans();
  const outvotedNames: Candidate[] = [];
  for (const next of ranked) {
    const clashes = kept.overlapping(next.start, next.end);
    if (clashes.length === 0) {
      kept.insert({ ...next });
      continue;
    }
    if (clashes.length === 1 && clashes[0].category === next.category) {
      const winner = clashes[0];
      const start = Math.min(winner.start, next.start);
      const end = Math.max(winner.end, next.end);
      if (kept.overlapping(start, end).length === 1) {
        winner.start = start;
        winner.end = end;
        continue;
      }
    }
    if (next.category === 'NAME' && next.confidence >= CONFIDENT_NAME) outvotedNames.push(next);
  }
  // After every winner is placed, so a leftover word never takes a place from a candidate ranked below the name.
  const leftovers = outvotedNames.flatMap((name) => uncoveredWords(text, name, kept.overlapping(name.start, name.end)).map((part) => ({ ...name, ...part })));
  for (const leftover of leftovers) if (kept.overlapping(leftover.start, leftover.end).length === 0) kept.insert(leftover);
  return kept.spans;
}

/**
 * The winners of a cluster, which never overlap one another, in order of start; overlaps are found by binary search.
 * A long run of back-to-back identifiers is one cluster of thousands of candidates, and a scan of every winner for
 * each candidate made it quadratic.
 */
class DisjointSpans {
  readonly spans: Candidate[] = [];

  /** The kept spans overlapping [start, end), in order. */
  overlapping(start: number, end: number): Candidate[] {
    const found: Candidate[] = [];
    for (let i = this.firstEndingAfter(start); i < this.spans.length && this.spans[i].start < end; i++) found.push(this.spans[i]);
    return found;
  }

  insert(span: Candidate): void {
    this.spans.splice(this.firstEndingAfter(span.start), 0, span);
  }

  /**
   * Index of the first span whose end lies after `position` (offsets are whole numbers): disjoint spans sorted by start are
   * sorted by end too.
   */
  private firstEndingAfter(position: number): number {
    return firstIndexAtLeast(this.spans, position + 1, (span) => span.end);
  }
}

/** Names at least this sure keep their uncovered words when another category wins part of them. */
const CONFIDENT_NAME = 0.85;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD = /\p{L}[\p{L}'’-]+/gu;

/** A word only the name lists know, or no list at all: "Phillips" left over is a name, "Seen" is not. */
function holdsANameWord(part: string): boolean {
  return (part.match(WORD) ?? []).some((word) => {
    const upper = word.toUpperCase();
    return wordInfo(upper).tier === 'name' || !isKnownWord(upper);
  });
}

/** The stretches of `loser` outside every kept span that begin and end on whole words and hold a word of two letters. */
/** `covers` are the kept spans overlapping `loser`, in order of start. */
function uncoveredWords(text: string, loser: Candidate, covers: readonly Candidate[]): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let from = loser.start;
  for (const cover of [...covers, { start: loser.end, end: loser.end }]) {
    let start = from;
    let end = Math.min(cover.start, loser.end);
    while (start < end && !LETTER_OR_DIGIT.test(text[start])) start++;
    while (end > start && !LETTER_OR_DIGIT.test(text[end - 1])) end--;
    const wholeWords = !LETTER_OR_DIGIT.test(text[start - 1] ?? ' ') && !LETTER_OR_DIGIT.test(text[end] ?? ' ');
    if (end > start && wholeWords && holdsANameWord(text.slice(start, end))) parts.push({ start, end });
    from = Math.max(from, cover.end);
  }
  return parts;
}
