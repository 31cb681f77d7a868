import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runPhiEval } from '../../../scripts/phi/eval-harness';
import { writeGoldFile, type GoldNote } from '../../../scripts/phi/gold';

const STUB = join(import.meta.dirname ?? __dirname, '../../fixtures/phi/stub-detector.ts');

function capture() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  return { stream, text: () => chunks.join('') };
}

async function run(argv: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await runPhiEval(argv, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const notes: GoldNote[] = [
  {
    id: 'mixed',
    text: 'Seen by Dr. Okafor on 7/22/2024. Call 617-555-0134. Wife Mary at bedside.',
    spans: [
      { start: 12, end: 18, category: 'NAME', subtype: 'DOCTOR' },
      { start: 22, end: 31, category: 'DATE' },
      { start: 38, end: 50, category: 'CONTACT', subtype: 'PHONE' },
      { start: 57, end: 61, category: 'NAME', subtype: 'RELATIVE' },
    ],
  },
  {
    id: 'caps',
    text: 'PT SEEN 7/23/2024; BP 120/80; LOT 300-555-1234',
    caps: true,
    spans: [{ start: 8, end: 17, category: 'DATE' }],
  },
];

test('runs a detector module over gold files and prints per-category, caps and error figures', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phi-eval-'));
  try {
    const gold = join(dir, 'gold.jsonl');
    const json = join(dir, 'out.json');
    writeGoldFile(gold, notes);
    const result = await run([gold, '--detector', STUB, '--json', json, '--show-errors', '5', '--caps-split']);
    assert.equal(result.code, 0, result.stderr);
    // 4 of 5 gold spans found: only the relative "Mary" is missed.
    assert.match(result.stdout, /^ANY\s+5\s+4\s+80\.0%/m);
    assert.match(result.stdout, /^NAME\s+2\s+1\s+50\.0%/m);
    assert.match(result.stdout, /ALL-CAPS notes\s+notes\s+1\s+recall 100\.0%/);
    assert.match(result.stdout, /-- ALL-CAPS notes \(1\) --/);
    assert.match(result.stdout, /NAME\/RELATIVE\s+mixed: .*Wife \[\[Mary\]\] at bedside/);
    // The stub takes the lot number for a phone number.
    assert.match(result.stdout, /false alarms \(1, showing 1\):\n  CONTACT\/PHONE\s+caps: .*LOT \[\[300-555-1234\]\]$/m);
    assert.match(result.stdout, /^CONTACT\s+1\s+1\s+100\.0%\s+2\s+1\s+50\.0%/m);
    const written = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(written.files[0].all.rows.ANY.goldSpans, 5);
    assert.equal(written.files[0].caps.notes, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad usage and unreadable gold exit with 2 and a one-line message', async () => {
  const missing = await run(['/nonexistent/gold.jsonl', '--detector', STUB]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^eval:phi: cannot read gold file .*\n$/);
  const badProfile = await run(['x.jsonl', '--profile', 'loose', '--detector', STUB]);
  assert.equal(badProfile.code, 2);
  const dir = mkdtempSync(join(tmpdir(), 'phi-eval-'));
  try {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"a","text":"PHI here","spans":[{"start":0,"end":99,"category":"NAME"}]}\n');
    const result = await run([broken, '--detector', STUB]);
    assert.equal(result.code, 2);
    assert.doesNotMatch(result.stderr, /PHI here/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a hold-out file gets its figures but never its misses or false alarms in context', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phi-eval-'));
  try {
    const gold = join(dir, 'synthetic-holdout.jsonl');
    writeGoldFile(gold, notes);
    const result = await run([gold, '--detector', STUB, '--show-errors', '5']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^ANY\s+5\s+4\s+80\.0%/m);
    assert.doesNotMatch(result.stdout, /\[\[/);
    assert.match(result.stdout, /hold-out set: misses and false alarms are not shown/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a note the detector cannot finish within the budget is cancelled, reported and scored as nothing found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'phi-eval-'));
  try {
    const gold = join(dir, 'gold.jsonl');
    const slow: GoldNote = { id: 'slow', text: 'SPIN_UNTIL_CANCELLED seen 7/22/2024', spans: [{ start: 26, end: 35, category: 'DATE' }] };
    writeGoldFile(gold, [...notes, slow]);
    const result = await run([gold, '--detector', STUB, '--note-budget-ms', '50']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /TIMED OUT \(> budget, scored as nothing found\): slow$/m);
    assert.match(result.stdout, /^DATE\s+3\s+2\s+/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
