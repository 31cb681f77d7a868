import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesOf } from '../../server/src/core/matches';

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);

describe('matchesOf', () => {
  it('finds the same matches as matchAll, groups and indices included', () => {
    const pattern = /(?<word>[a-z]+)(\d)?/dg;
    const text = 'ab1 cd ef2';
    const expected = [...text.matchAll(pattern)];
    const actual = [...matchesOf(pattern, text)];
    assert.deepEqual(spans(actual), spans(expected));
    assert.deepEqual(actual.map((m) => [...m]), expected.map((m) => [...m]));
    assert.deepEqual(actual.map((m) => m.indices?.[1]), expected.map((m) => m.indices?.[1]));
    assert.equal(pattern.lastIndex, 0);
  });

  it('steps over empty matches, a whole surrogate pair at a time under the u flag', () => {
    const text = 'a😀b';
    assert.deepEqual(spans(matchesOf(/x*/gu, text)), spans([...text.matchAll(/x*/gu)]));
    assert.deepEqual(spans(matchesOf(/x*/g, text)), spans([...text.matchAll(/x*/g)]));
    assert.equal([...matchesOf(/x*/gu, text)].length, 4);
  });

  it('lets the caller run the same pattern again while walking the matches', () => {
    const pattern = /\d+/g;
    const seen: string[] = [];
    for (const outer of matchesOf(pattern, '1 22')) {
      for (const inner of matchesOf(pattern, `${outer[0]}-9`)) seen.push(inner[0]);
    }
    assert.deepEqual(seen, ['1', '9', '22', '9']);
  });

  it('finds one match at a time, so a caller that stops early scans no further', () => {
    class CountingRegExp extends RegExp {
      calls = 0;
      override exec(text: string): RegExpExecArray | null {
        this.calls++;
        return super.exec(text);
      }
    }
    const pattern = new CountingRegExp('\\d', 'g');
    for (const match of matchesOf(pattern, '1 2 3 4 5')) if (match[0] === '2') break;
    assert.equal(pattern.calls, 2);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    assert.throws(() => matchesOf(/a/, 'a'), TypeError);
  });
});
