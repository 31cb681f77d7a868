import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi/detect';
import type { PhiCategory, PhiOptions } from '../../../server/src/core/phi/types';

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

export interface MarkedCase {
  name: string;
  note: string;
  options?: PhiOptions;
}

/**
 * One test per case: every marked span is found with its category, and nothing unmarked is reported.
 */
export function describeMarkedCases(title: string, cases: readonly MarkedCase[]): void {
  describe(title, () => {
    for (const testCase of cases) {
      it(testCase.name, () => {
        const { text, spans } = parseMarked(testCase.note);
        const findings = detectPhi(text, testCase.options);
        for (const span of spans) {
          const hit = findings.find((f) => f.start < span.end && span.start < f.end && f.category === span.category);
          assert.ok(hit, `expected ${span.category} at "${text.slice(span.start, span.end)}"; found ${describeFindings(findings)}`);
        }
        const unexpected = findings.filter((f) => !spans.some((s) => f.start < s.end && s.start < f.end));
        assert.deepEqual(unexpected.map((f) => `${f.category}:${f.text}`), [], `unexpected findings in "${text}"`);
      });
    }
  });
}

function describeFindings(findings: ReturnType<typeof detectPhi>): string {
  return findings.length ? findings.map((f) => `${f.category}:"${f.text}"`).join(', ') : 'nothing';
}

/** Findings as CATEGORY:text, for tables and logs whose alignment in-line marks would spoil. */
export function findingsOf(lines: string[]): string[] {
  return detectPhi(lines.join('\n')).map((f) => `${f.category}:${f.text}`);
}

export function assertFound(found: string[], expected: string[]): void {
  for (const e of expected) assert.ok(found.includes(e), `expected ${e}; found ${found.join(' | ')}`);
}

export function assertNotFound(found: string[], unexpected: string[]): void {
  for (const u of unexpected) assert.ok(!found.includes(u), `did not expect ${u}; found ${found.join(' | ')}`);
}
