import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gateNote, restoreOriginals } from '../../../server/src/core/summary/privacy';
import { residualFindings } from '../../../server/src/core/summary/residual';

const KEY = 'residual-test-key-0123456789';
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'phi');

test('the gate masks what the detector may miss: unknown names, names on capitals lines, handles and long numbers', () => {
  const note = [
    'Seen with Zorvath Quillbyne today; she works as a glassblower at Quarry Lane Works.',
    'PT: STONE, BILL  MR# 44132796',
    'LISINOPRIL 10 MG DAILY HELD, SBP < 100, FOLEY AWARE',
    'Call taken by RN Priya (iyerp). Fax sent to 703-7158.',
  ].join('\n');
  const gated = gateNote(note, { key: KEY });
  for (const phi of ['Zorvath', 'Quillbyne', 'glassblower', 'STONE', 'BILL', '44132796', 'FOLEY', 'Priya', 'iyerp', '703-7158']) {
    assert.ok(!gated.text.includes(phi), `a ${phi.length}-character identifier reached the payload`);
  }
});

test('ordinary clinical prose, doses, vitals and labs go through unchanged', () => {
  const note = 'Lisinopril 10 mg PO daily. BP 128/76, HR 88, SpO2 94% on RA. Na 138, K 4.1, Cl 102, HCO3 24. INR goal 2-3. Murphy\'s sign negative.';
  assert.deepEqual(residualFindings(note).map((f) => f.category), []);
  assert.equal(gateNote(note, { key: KEY }).text, note);
});

test('restoreOriginals maps back only replacements, also where a tag touches a word', () => {
  const replacements = [
    { start: 0, end: 2, original: '93', replacement: '[age-1]', category: 'AGE' as const },
    { start: 10, end: 15, original: 'Quill', replacement: 'Hale', category: 'NAME' as const },
  ];
  assert.equal(restoreOriginals('[age-1]yo seen by Hale; uses an INHALER', replacements), '93yo seen by Quill; uses an INHALER');
  assert.equal(restoreOriginals('nothing to restore here', replacements), 'nothing to restore here');
});

// Every note of the clinical dev corpora must come back exactly, and no replacement may stand for two originals.
for (const corpus of ['synthetic-dev.jsonl', 'synthea-dev.jsonl', 'synthea-dev-caps.jsonl']) {
  test(`gate and restore round-trip on ${corpus}`, { skip: !existsSync(join(FIXTURES, corpus)) }, () => {
    const notes = readFileSync(join(FIXTURES, corpus), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string });
    let differing = 0;
    let shared = 0;
    for (const { text } of notes) {
      const gated = gateNote(text, { key: KEY });
      if (restoreOriginals(gated.text, gated.replacements) !== text) differing++;
      const owner = new Map<string, string>();
      for (const r of gated.replacements) {
        if (owner.has(r.replacement) && owner.get(r.replacement) !== r.original) shared++;
        owner.set(r.replacement, r.original);
      }
    }
    assert.equal(differing, 0, 'notes not restored exactly');
    assert.equal(shared, 0, 'replacements standing for two originals');
  });
}
