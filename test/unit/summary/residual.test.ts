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

test('the gate masks relatives named by words or drugs, names before a verb, agencies under a signature, and names repeated elsewhere', () => {
  const note = [
    'Accompanied by wife Lyrica - 796.344.3226; her husband Lane called 911.',
    'CALLER AT 674 283-7987 REPORTS TEMPERANCE FELL ON WEDNESDAY.',
    'FAMILY: DAUGHTER-IN-LAW HARMONY VISITED; LATER HARMONY LYME CALLED.',
    'RESP CARE; PT WILL STONE',
    'VENT: A/C',
    'FERNANDO B. KUZNETSOV RN',
    'CARING HANDS HOME HEALTH',
  ].join('\n');
  const gated = gateNote(note, { key: KEY });
  for (const phi of ['Lyrica', 'Lane', 'TEMPERANCE', 'HARMONY', 'WILL STONE', 'CARING HANDS']) {
    assert.ok(!gated.text.includes(phi), `a ${phi.length}-character identifier reached the payload`);
  }
  assert.match(gated.text, /VENT: A\/C/, 'the clinical lines around them stay');
});

test('relation words before ordinary words and function words mask nothing', () => {
  const note = 'Wife at bedside. Daughter updated by phone. Son is aware.';
  assert.deepEqual(residualFindings(note).map((f) => f.text), []);
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
