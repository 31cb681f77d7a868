import { randomBytes } from 'node:crypto';
import { SurrogateGenerator } from './surrogate';
import type { PhiCategory, PhiFinding } from './types';

export const DEID_MODES = ['tag', 'redact', 'surrogate'] as const;
export type DeidMode = (typeof DEID_MODES)[number];

export interface Replacement {
  start: number;
  end: number;
  original: string;
  replacement: string;
  category: PhiCategory;
}

export interface DeidResult {
  text: string;
  /** In original-text offsets, ascending. */
  replacements: Replacement[];
}

export interface DeidOptions {
  mode: DeidMode;
  /** Secret that makes surrogates consistent and irreversible; a random one is used when absent. */
  key?: string | Buffer;
  /** Identifies the document, so each document gets its own date shift. */
  documentId?: string;
}

export const REDACTION_CHAR = '█';

export function tagFor(category: PhiCategory): string {
  return `[${category}]`;
}

/** Masks letters and digits one for one so the layout of the note is kept. */
export function redact(text: string): string {
  return text.replace(/[^\s]/gu, REDACTION_CHAR);
}

export function replacementText(finding: PhiFinding, mode: DeidMode, surrogates: SurrogateGenerator): string {
  switch (mode) {
    case 'tag':
      return tagFor(finding.category);
    case 'redact':
      return redact(finding.text);
    case 'surrogate':
      return surrogates.surrogateFor(finding);
  }
}

export function createSurrogates(options: Pick<DeidOptions, 'key' | 'documentId'>): SurrogateGenerator {
  return new SurrogateGenerator(options.key ?? randomBytes(32), options.documentId ?? '');
}

/**
 * Replaces every finding. Findings may come in any order and may overlap (e.g. from several sources);
 * overlapping ones are merged into the earliest-starting finding's category so no character of PHI is left.
 */
export function deidentify(text: string, findings: readonly PhiFinding[], options: DeidOptions): DeidResult {
  return deidentifyWith(text, findings, options.mode, createSurrogates(options));
}

export function deidentifyWith(text: string, findings: readonly PhiFinding[], mode: DeidMode, surrogates: SurrogateGenerator): DeidResult {
  const ordered = mergeOverlaps(findings, text);
  const replacements: Replacement[] = ordered.map((finding) => ({
    start: finding.start,
    end: finding.end,
    original: finding.text,
    replacement: replacementText(finding, mode, surrogates),
    category: finding.category,
  }));
  return { text: applyReplacements(text, replacements), replacements };
}

export function mergeOverlaps(findings: readonly PhiFinding[], text: string): PhiFinding[] {
  const sorted = [...findings]
    .filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PhiFinding[] = [];
  for (const finding of sorted) {
    const last = merged[merged.length - 1];
    if (last && finding.start < last.end) {
      if (finding.end > last.end) {
        last.end = finding.end;
        last.text = text.slice(last.start, last.end);
      }
      continue;
    }
    merged.push({ ...finding, text: text.slice(finding.start, finding.end) });
  }
  return merged;
}

/** `replacements` must be ascending and non-overlapping. */
export function applyReplacements(text: string, replacements: readonly Pick<Replacement, 'start' | 'end' | 'replacement'>[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const r of replacements) {
    parts.push(text.slice(cursor, r.start), r.replacement);
    cursor = r.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Maps surrogates in a text (e.g. an LLM's answer) back to the originals they replaced. */
export function reidentify(text: string, replacements: readonly Replacement[]): string {
  const byReplacement = new Map<string, string>();
  for (const r of replacements) {
    if (r.replacement.length > 0 && !byReplacement.has(r.replacement)) byReplacement.set(r.replacement, r.original);
  }
  if (byReplacement.size === 0) return text;
  const alternatives = [...byReplacement.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Whole words only: a surrogate "HALE" must not be found inside "INHALER".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (match) => byReplacement.get(match) ?? match);
}
