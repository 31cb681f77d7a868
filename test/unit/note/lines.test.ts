import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { indexLines, lineAt, lineContentEnd } from '../../../server/src/core/note/lines';

describe('indexLines', () => {
  it('treats LF, CRLF and lone CR as one line break each', () => {
    const text = 'a\nb\r\nc\rd';
    assert.deepEqual(indexLines(text).starts, [0, 2, 5, 7]);
  });

  it('gives a text ending in a line break an empty last line', () => {
    assert.deepEqual(indexLines('a\r\n').starts, [0, 3]);
    assert.deepEqual(indexLines('').starts, [0]);
  });

  it('does not split a CRLF pair even when CR and LF runs are interleaved', () => {
    const text = '\r\r\n\n\r';
    assert.deepEqual(indexLines(text).starts, [0, 1, 3, 4, 5]);
  });
});

describe('lineContentEnd', () => {
  it('excludes the line break of every style', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = indexLines(text);
    const contents = index.starts.map((start, line) => text.slice(start, lineContentEnd(text, index, line)));
    assert.deepEqual(contents, ['ab', 'cd', 'ef', 'gh']);
  });
});

describe('lineAt', () => {
  it('maps offsets, including line breaks and the text end, to their line', () => {
    const text = 'ab\r\ncd\n';
    const index = indexLines(text);
    assert.deepEqual([0, 1, 2, 3, 4, 6, 7].map((offset) => lineAt(index, offset)), [0, 0, 0, 0, 1, 1, 2]);
  });
});
