import { wordTokens } from './text';
import type { NoteSummary, SourceRange } from './types';

/** Joining words the one-liner template adds between note fragments; everything else must come from the note. */
export const TEMPLATE_WORDS: ReadonlySet<string> = new Set(['with', 'for', 'and']);

/** True when every word of `text` (template words aside) occurs in the note text its sources cover. */
export function isGrounded(note: string, text: string, sources: readonly SourceRange[]): boolean {
  if (sources.length === 0) return false;
  const covered = new Set<string>();
  for (const range of sources) {
    if (range.start < 0 || range.end > note.length || range.start >= range.end) return false;
    for (const token of wordTokens(note.slice(range.start, range.end))) covered.add(token.word);
  }
  return wordTokens(text).every((token) => covered.has(token.word) || TEMPLATE_WORDS.has(token.word));
}

/** Grounded share over the one-liner and all items; 1 when there is nothing to check. */
export function groundedCounts(note: string, summary: NoteSummary): { grounded: number; total: number } {
  const parts = summary.oneLiner.text ? [summary.oneLiner, ...summary.items] : summary.items;
  const grounded = parts.filter((part) => isGrounded(note, part.text, part.sources)).length;
  return { grounded, total: parts.length };
}
