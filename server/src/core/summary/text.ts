import { matchesOf } from '../matches';
import type { SourceRange } from './types';

/** A sentence or list item of the note, trimmed, list marker excluded. */
export interface TextUnit extends SourceRange {
  text: string;
  /** Opened by a list marker ("1.", "-", "a)"). */
  listItem: boolean;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'no', 'approx', 'e.g', 'i.e', 'a.m', 'p.m', 'b.i.d', 't.i.d', 'q.i.d', 'q.d', 'p.o', 'p.r.n', 'q.h.s', 'h.s', 'etc', 'fig', 'inc', 'jr', 'sr']);
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-*•·]|\(?[a-z]\))\s+/;

/**
 * Splits `text[from, to)` into sentences and list items. A newline ends a unit unless it sits inside a
 * wrapped sentence (the next line starts in lower case), so one-fact-per-line notes stay apart.
 */
export function splitUnits(text: string, from = 0, to = text.length): TextUnit[] {
  const units: TextUnit[] = [];
  let unitStart = from;
  const push = (end: number): void => {
    let start = unitStart;
    while (start < end && /\s/.test(text[start])) start++;
    let stop = end;
    while (stop > start && /\s/.test(text[stop - 1])) stop--;
    const marker = LIST_MARKER.exec(text.slice(start, Math.min(stop, start + 8)));
    if (marker) start += marker[0].length;
    // Stray separators from transcription (",", ".") are not units.
    while (start < stop && /[,;]/.test(text[start])) start++;
    while (start < stop && /\s/.test(text[start])) start++;
    if (/[A-Za-z0-9]/.test(text.slice(start, stop))) units.push({ start, end: stop, text: text.slice(start, stop), listItem: marker !== null });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '\n') {
      const next = text.slice(i + 1, Math.min(to, i + 12)).trimStart();
      let last = i - 1;
      while (last >= unitStart && (text[last] === ' ' || text[last] === '\t' || text[last] === '\r')) last--;
      const wrapped = /^[a-z(]/.test(next) && last >= unitStart && /[A-Za-z0-9,]/.test(text[last]);
      if (!wrapped) {
        push(i);
        unitStart = i + 1;
      }
      continue;
    }
    if ((ch === '.' || ch === '!' || ch === '?') && i + 1 < to && /\s/.test(text[i + 1])) {
      const after = text.slice(i + 1, Math.min(to, i + 6)).trimStart();
      if (after !== '' && !/^[A-Z0-9("[]/.test(after)) continue;
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(unitStart, i - 8), i))?.[1]?.toLowerCase() ?? '';
      // "A. Clinician": a lone capital before the period is an initial.
      if (ABBREVIATIONS.has(word) || /^[A-Z]$/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? '')) continue;
      // "1." or "a." opening a unit is a list marker, not a sentence.
      if (i - unitStart <= 8 && /^\s*[,;]?\s*(?:\d{1,2}|[a-z])$/.test(text.slice(unitStart, i))) continue;
      push(i + 1);
      unitStart = i + 1;
    }
  }
  push(to);
  return units;
}

export interface WordToken extends SourceRange {
  /** Lower-cased. */
  word: string;
}

export function wordTokens(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of matchesOf(/[A-Za-z0-9]+/g, text)) {
    tokens.push({ word: match[0].toLowerCase(), start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}

/** Keeps at most `maxWords` words of a range, cutting at a word end so the kept text is still the note's own. */
export function clipToWords(text: string, range: SourceRange, maxWords: number): SourceRange {
  const tokens = wordTokens(text.slice(range.start, range.end), range.start);
  if (tokens.length <= maxWords) return range;
  return { start: range.start, end: tokens[maxWords - 1].end };
}

/** The note's text for a range with runs of whitespace collapsed and trailing separators dropped. */
export function spanText(text: string, range: SourceRange): string {
  return text.slice(range.start, range.end).replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
}
