import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lcsLength, rougeL } from '../../../scripts/summary/rouge';

test('LCS length on token sequences', () => {
  assert.equal(lcsLength(['a', 'b', 'c', 'd'], ['a', 'c', 'd', 'b']), 3);
  assert.equal(lcsLength([], ['a']), 0);
});

test('ROUGE-L precision, recall and F1 (Lin 2004 example)', () => {
  // Reference "police killed the gunman"; candidate "police kill the gunman": LCS 3 of 4 both ways.
  const score = rougeL('police kill the gunman', 'police killed the gunman');
  assert.equal(score.precision, 0.75);
  assert.equal(score.recall, 0.75);
  assert.equal(score.f1, 0.75);
  const partial = rougeL('the gunman police killed', 'police killed the gunman');
  assert.equal(partial.f1, 0.5);
  assert.deepEqual(rougeL('', 'x'), { precision: 0, recall: 0, f1: 0 });
  assert.equal(rougeL('Left-sided PAIN, 3 days.', 'left sided pain 3 days').f1, 1);
});
