import { createSurrogates, DeidMode, deidentifyWith } from '../core/phi/deid';
import { detectPhi } from '../core/phi/detect';
import type { PhiFinding, PhiOptions } from '../core/phi/types';
import { parseRecordLine } from './io';

/**
 * A line-in/line-out job described as plain data, so the same job runs in this thread or in a worker
 * thread and gives byte-identical output either way.
 */
export type LineTask =
  | { kind: 'phi'; options: PhiOptions }
  | { kind: 'deid'; options: PhiOptions; mode: DeidMode; keyHex: string };

export type RecordHandler = (record: { id: unknown; text: string }) => string;

export function spanOf(finding: PhiFinding) {
  return {
    start: finding.start,
    end: finding.end,
    category: finding.category,
    subtype: finding.subtype,
    text: finding.text,
    confidence: finding.confidence,
  };
}

export function createRecordHandler(task: LineTask): RecordHandler {
  switch (task.kind) {
    case 'phi':
      return (record) => JSON.stringify({ id: record.id ?? null, spans: detectPhi(record.text, task.options).map(spanOf) });
    case 'deid': {
      const key = Buffer.from(task.keyHex, 'hex');
      return (record) => {
        const id = record.id ?? null;
        // The record id seeds the date shift, so a note gets the same surrogates whichever worker takes it.
        const surrogates = createSurrogates({ key, documentId: JSON.stringify(id) });
        return JSON.stringify({ id, text: deidentifyWith(record.text, detectPhi(record.text, task.options), task.mode, surrogates).text });
      };
    }
  }
}

/** Turns one input line into one output line; undefined for a blank line (skipped). */
export function handleLine(line: string, lineNumber: number, handle: RecordHandler): string | undefined {
  const parsed = parseRecordLine(line, lineNumber);
  if (parsed === undefined || 'error' in parsed) return parsed?.error;
  try {
    return handle(parsed.record);
  } catch {
    return JSON.stringify({ id: parsed.record.id ?? null, error: `line ${lineNumber}: could not be processed` });
  }
}
