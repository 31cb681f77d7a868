import { readFileSync, writeFileSync } from 'node:fs';
import { PHI_CATEGORIES, type PhiCategory } from '../../server/src/core/phi/types';

/** `OTHER` marks identifiers Clinote does not cover (credit cards, IBANs, ...): never scored either way. */
export type GoldCategory = PhiCategory | 'OTHER';

export interface GoldSpan {
  /** UTF-16 offset, inclusive. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  category: GoldCategory;
  subtype?: string;
  /**
   * PHI only under the `extended` profile (ordinary ages, lone years). The `standard` profile must not
   * flag these, so there a prediction on one counts as a false alarm.
   */
  extendedOnly?: boolean;
}

export interface GoldNote {
  id: string;
  text: string;
  spans: GoldSpan[];
  style?: string;
  /** The whole note is upper case (terse nursing style). */
  caps?: boolean;
}

const GOLD_CATEGORIES: readonly string[] = [...PHI_CATEGORIES, 'OTHER'];

export class GoldFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoldFormatError';
  }
}

/** True when the text has letters and none of them is lower case. */
export function isAllCaps(text: string): boolean {
  return /\p{L}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Checks one parsed JSONL record; errors name the line and the field, never the note text. */
export function validateGoldNote(value: unknown, where: string): GoldNote {
  if (typeof value !== 'object' || value === null) throw new GoldFormatError(`${where}: not a JSON object`);
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id === '') throw new GoldFormatError(`${where}: "id" must be a non-empty string`);
  if (typeof record.text !== 'string') throw new GoldFormatError(`${where}: "text" must be a string`);
  if (!Array.isArray(record.spans)) throw new GoldFormatError(`${where}: "spans" must be an array`);
  const text = record.text;
  const spans = record.spans.map((raw: unknown, index): GoldSpan => {
    const at = `${where}: spans[${index}]`;
    if (typeof raw !== 'object' || raw === null) throw new GoldFormatError(`${at} is not an object`);
    const span = raw as Record<string, unknown>;
    const { start, end, category } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new GoldFormatError(`${at}: start/end must be integers`);
    if ((start as number) < 0 || (end as number) <= (start as number) || (end as number) > text.length) {
      throw new GoldFormatError(`${at}: offsets ${start}..${end} outside 0..${text.length} or empty`);
    }
    if (typeof category !== 'string' || !GOLD_CATEGORIES.includes(category)) {
      throw new GoldFormatError(`${at}: unknown category ${JSON.stringify(category)}`);
    }
    const result: GoldSpan = { start: start as number, end: end as number, category: category as GoldCategory };
    if (typeof span.subtype === 'string') result.subtype = span.subtype;
    if (span.extendedOnly === true) result.extendedOnly = true;
    return result;
  });
  const note: GoldNote = { id: record.id, text, spans };
  if (typeof record.style === 'string') note.style = record.style;
  if (typeof record.caps === 'boolean') note.caps = record.caps;
  return note;
}

export function parseGoldJsonl(content: string, fileLabel: string): GoldNote[] {
  const notes: GoldNote[] = [];
  const ids = new Set<string>();
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${fileLabel}:${index + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new GoldFormatError(`${where}: not valid JSON`);
    }
    const note = validateGoldNote(parsed, where);
    if (ids.has(note.id)) throw new GoldFormatError(`${where}: duplicate id ${JSON.stringify(note.id)}`);
    ids.add(note.id);
    notes.push(note);
  });
  return notes;
}

export function readGoldFile(path: string): GoldNote[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    throw new GoldFormatError(`cannot read gold file ${path}`);
  }
  return parseGoldJsonl(content, path);
}

/** Spans sorted by position so diffs of regenerated fixtures stay readable. */
export function writeGoldFile(path: string, notes: readonly GoldNote[]): void {
  const lines = notes.map((note) => {
    const spans = [...note.spans].sort((a, b) => a.start - b.start || a.end - b.end);
    return JSON.stringify({ ...note, spans });
  });
  writeFileSync(path, lines.join('\n') + '\n');
}

/** The note with each span shown as ⟦text|CATEGORY⟧ (`*` = extended profile only), for reading gold by eye. */
export function markSpans(note: GoldNote): string {
  let marked = note.text;
  for (const span of [...note.spans].sort((a, b) => b.start - a.start)) {
    const label = `${span.category}${span.extendedOnly ? '*' : ''}`;
    marked = `${marked.slice(0, span.start)}⟦${marked.slice(span.start, span.end)}|${label}⟧${marked.slice(span.end)}`;
  }
  return marked;
}
