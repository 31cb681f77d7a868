import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GoldFormatError, isAllCaps, parseGoldJsonl } from '../../../scripts/phi/gold';

test('parses one note per line and keeps optional fields', () => {
  const notes = parseGoldJsonl(
    '{"id":"a","text":"PT JOHN","spans":[{"start":3,"end":7,"category":"NAME","subtype":"PATIENT"}],"caps":true}\n\n',
    'x.jsonl',
  );
  assert.equal(notes.length, 1);
  assert.equal(notes[0].caps, true);
  assert.deepEqual(notes[0].spans, [{ start: 3, end: 7, category: 'NAME', subtype: 'PATIENT' }]);
});

test('refuses offsets past the text, unknown categories and duplicate ids, naming the line but not the text', () => {
  assert.throws(
    () => parseGoldJsonl('{"id":"a","text":"secret","spans":[{"start":2,"end":9,"category":"NAME"}]}', 'g.jsonl'),
    (error: unknown) => error instanceof GoldFormatError && error.message.startsWith('g.jsonl:1') && !error.message.includes('secret'),
  );
  assert.throws(() => parseGoldJsonl('{"id":"a","text":"x","spans":[{"start":0,"end":1,"category":"PERSON"}]}', 'g'), GoldFormatError);
  assert.throws(() => parseGoldJsonl('{"id":"a","text":"x","spans":[]}\n{"id":"a","text":"y","spans":[]}', 'g'), /duplicate id/);
  assert.throws(() => parseGoldJsonl('{"id":"a",', 'g'), /g:1: not valid JSON/);
});

test('isAllCaps needs letters and no lower case', () => {
  assert.equal(isAllCaps('PT C/O SOB; O2 2L NC'), true);
  assert.equal(isAllCaps('Pt c/o SOB'), false);
  assert.equal(isAllCaps('12/07 130/80'), false);
});
