import type { PhiCategory } from '../../../server/src/core/phi/types';

export interface MarkedSpan {
  start: number;
  end: number;
  category: PhiCategory;
}

/**
 * Test notes mark expected PHI inline as «text|CATEGORY», so a case reads like the note it checks.
 * Returns the plain text and the expected spans in its offsets.
 */
export function parseMarked(marked: string): { text: string; spans: MarkedSpan[] } {
  const spans: MarkedSpan[] = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const open = rest.indexOf('«');
    if (open < 0) break;
    const close = rest.indexOf('»', open);
    const bar = rest.lastIndexOf('|', close);
    if (close < 0 || bar < open) throw new Error(`bad marker in test case: ${marked}`);
    text += rest.slice(0, open);
    const value = rest.slice(open + 1, bar);
    spans.push({ start: text.length, end: text.length + value.length, category: rest.slice(bar + 1, close) as PhiCategory });
    text += value;
    rest = rest.slice(close + 1);
  }
  return { text: text + rest, spans };
}
