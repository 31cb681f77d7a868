import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFaithfulness } from '../../../server/src/core/summary/faithfulness';

const NOTE = 'Doctor: Any chest pain? Patient: No. I take lisinopril ten milligrams daily. My right knee hurts since August two thousand eight. Seen by Dr. Alvarez.';

const marks = (summary: string, source = NOTE) => checkFaithfulness(summary, source).map((c) => [c.kind, c.text]);

test('supported claims pass, including spelled-out numbers and negations answered in dialogue', () => {
  assert.deepEqual(marks('Denies chest pain. Takes lisinopril 10 mg daily for right knee pain since 08/2008, seen by Dr. Alvarez.'), []);
});

test('invented numbers, doses, drugs, sides, negations and names are marked with their offsets', () => {
  const summary = 'Takes lisinopril 20 mg and metoprolol. Left knee pain for 3 weeks. No fever. Seen by Dr. Smith in Boston.';
  assert.deepEqual(marks(summary), [
    ['dose', '20 mg'],
    ['drug', 'metoprolol'],
    ['laterality', 'Left'],
    ['number', '3'],
    ['negation', 'No fever'],
    ['name', 'Dr. Smith'],
    ['name', 'Boston'],
  ]);
  for (const claim of checkFaithfulness(summary, NOTE)) assert.equal(summary.slice(claim.start, claim.end), claim.text);
});

test('FHIR context counts as support', () => {
  assert.deepEqual(checkFaithfulness('On metformin 500 mg.', 'Diabetes follow-up.', { medications: ['metformin 500 mg tablet'] }), []);
});

test('a negated list is checked term by term', () => {
  const source = 'Doctor: Fever or chills? Patient: No, none of that. Doctor: Cough? Patient: Yes, a dry cough.';
  assert.deepEqual(marks('Denies fever, chills or dysuria.', source), [['negation', 'dysuria']]);
  assert.deepEqual(marks('No fever and no chills.', source), []);
});
