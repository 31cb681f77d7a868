import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstIndexAtLeast } from '../../server/src/core/sortedSearch';

describe('firstIndexAtLeast', () => {
  const starts = [2, 5, 5, 9].map((start) => ({ start }));
  const byStart = (s: { start: number }) => s.start;

  it('finds the first item whose key reaches the value, the first of equal keys', () => {
    assert.equal(firstIndexAtLeast(starts, 5, byStart), 1);
    assert.equal(firstIndexAtLeast(starts, 6, byStart), 3);
  });

  it('answers 0 before every item and the length after them', () => {
    assert.equal(firstIndexAtLeast(starts, 0, byStart), 0);
    assert.equal(firstIndexAtLeast(starts, 10, byStart), 4);
    assert.equal(firstIndexAtLeast([], 3, byStart), 0);
  });
});
