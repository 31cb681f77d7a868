import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { candidate, overlapsAnyOf, resolveOverlaps } from '../../../server/src/core/phi/candidate';

describe('resolveOverlaps', () => {
  it('resolves one cluster of hundreds of thousands of winners without overflowing the call stack', () => {
    // Each span overlaps the next, so all of them form one cluster; every other one wins. Spreading the winners into
    // push() once threw RangeError past about 120,000 of them (a long line of repeated addresses with the tagger on).
    const count = 400_000;
    const text = 'ab'.repeat(count + 1);
    const chained = Array.from({ length: count }, (_, k) => candidate(2 * k, 2 * k + 3, k % 2 ? 'NAME' : 'LOCATION', k % 2 ? 'PATIENT' : 'CITY', 0.9, 'test'));
    const resolved = resolveOverlaps(chained, text);
    assert.ok(resolved.length >= count / 2, `${resolved.length} winners`);
    for (let k = 1; k < resolved.length; k++) assert.ok(resolved[k - 1].end <= resolved[k].start, 'winners do not overlap');
  });
});

describe('overlapsAnyOf', () => {
  it('answers for spans that overlap one another: a long span covers what a shorter one inside it does not', () => {
    const overlaps = overlapsAnyOf([
      { start: 0, end: 100 },
      { start: 10, end: 20 },
      { start: 200, end: 210 },
    ]);
    assert.equal(overlaps(50, 60), true);
    assert.equal(overlaps(100, 150), false);
    assert.equal(overlaps(205, 300), true);
    assert.equal(overlaps(210, 220), false);
    assert.equal(overlapsAnyOf([])(0, 10), false);
  });
});
