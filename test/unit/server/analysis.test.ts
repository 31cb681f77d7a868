import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { looksBinary, propagateNames, scanInChunks, scanInSegments, splitIntoChunks, type ChunkCache } from '../../../server/src/analysis';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import { detectPhi } from '../../../server/src/core/phi/detect';
import type { PhiFinding } from '../../../server/src/core/phi/types';

function longNote(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `Line ${i}: vitals stable overnight, ambulating with assistance, plan unchanged (${(i * 7919) % 1000}).`).join('\n');
}

describe('chunked analysis of long notes', () => {
  it('cuts at line ends and covers the text exactly', () => {
    const text = longNote(3000);
    const chunks = splitIntoChunks(text);
    assert.ok(chunks.length > 5);
    assert.equal(chunks[0].start, 0);
    assert.equal(chunks[chunks.length - 1].end, text.length);
    for (let i = 1; i < chunks.length; i++) {
      assert.equal(chunks[i].start, chunks[i - 1].end);
      assert.equal(text[chunks[i].start - 1], '\n');
    }
  });

  it('keeps every chunk but the edited one after an edit, so only that chunk is scanned again', () => {
    const text = longNote(3000);
    const edited = text.slice(0, 50_000) + 'Seen by Dr. Castellanos. ' + text.slice(50_000);
    const before = new Set(splitIntoChunks(text).map((c) => c.hash));
    const after = splitIntoChunks(edited);
    const changed = after.filter((c) => !before.has(c.hash));
    assert.ok(changed.length <= 2, `${changed.length} chunks changed`);
  });

  it('finds the same PHI chunked as a detector run over each chunk, and reuses the cache', async () => {
    const filler = longNote(1500);
    const text = `Patient: Marguerite Okafor, MRN 00482913\n${filler}\nCall (617) 555-0134. Okafor's daughter visited.\n${filler}`;
    const cache: ChunkCache = new Map();
    const first = await scanInChunks(text, {}, { isCancellationRequested: false }, cache);
    assert.ok(cache.size > 1);
    const second = await scanInChunks(text, {}, { isCancellationRequested: false }, cache);
    assert.deepEqual(second, first);
    for (const f of first) assert.equal(text.slice(f.start, f.end), f.text);
    assert.ok(first.some((f) => f.text.includes('555-0134')));
    const possessive = text.indexOf("Okafor's");
    assert.ok(first.some((f) => f.category === 'NAME' && f.start <= possessive && f.end > possessive), 'a name found in one chunk is flagged in another');
  });

  it('gives the same findings after edits from the cache as a fresh scan, whatever the line ends', async () => {
    const filler = longNote(600);
    const base = `Patient: Marguerite Okafor, MRN 00482913\n${filler}\nSeen by Dr. Castellanos.\n${filler}\nOkafor and castellanos spoke.`;
    const token = { isCancellationRequested: false };
    for (const lineEnd of ['\n', '\r\n', '\r']) {
      let text = base.replace(/\n/g, lineEnd);
      const cache: ChunkCache = new Map();
      await scanInChunks(text, {}, token, cache);
      const edits = ['x', ' ', 'Okafor ', lineEnd, '', 'Dr. Lindqvist '];
      for (let i = 0; i < 12; i++) {
        const at = (i * 7919 * 31) % text.length;
        const removed = i % 4 === 3 ? 5 : 0;
        text = text.slice(0, at) + edits[i % edits.length] + text.slice(at + removed);
        const incremental = await scanInChunks(text, {}, token, cache);
        assert.deepEqual(incremental, await scanInChunks(text, {}, token), `edit ${i} with ${JSON.stringify(lineEnd)} line ends`);
        for (const f of incremental) assert.equal(text.slice(f.start, f.end), f.text);
      }
    }
  });

  it('keeps the findings array of an unchanged stretch, so work built on it can be reused', async () => {
    const text = `Patient: Marguerite Okafor\n${longNote(1500)}\nOkafor seen.`;
    const cache: ChunkCache = new Map();
    const token = { isCancellationRequested: false };
    const before = await scanInSegments(text, {}, token, cache);
    const edited = text.slice(0, 30_000) + ' ' + text.slice(30_000);
    const after = await scanInSegments(edited, {}, token, cache);
    const reused = after.filter((segment) => before.some((old) => old.findings === segment.findings));
    assert.ok(reused.length >= after.length - 2, `${reused.length} of ${after.length} segments reused`);
    for (const segment of after) {
      for (const f of segment.findings) assert.equal(edited.slice(segment.start + f.start, segment.start + f.end), f.text);
    }
  });

  it('cuts a line longer than a chunk without splitting a CR LF or a surrogate pair', () => {
    const long = 'word '.repeat(7_000);
    for (const text of [long.slice(0, 15_999) + '\r\n' + long, long.slice(0, 15_999) + '😀' + long]) {
      const chunks = splitIntoChunks(text);
      assert.ok(chunks.length > 1);
      assert.equal(chunks[0].end, 16_001);
    }
  });

  it('stops when cancelled', async () => {
    const source = new CancellationSource();
    source.cancel();
    await assert.rejects(scanInChunks(longNote(3000), {}, source), CancelledError);
  });

  it('propagates confident names to their other occurrences, capitalised or not', async () => {
    const text = 'Dr. Castellanos saw the pt. CASTELLANOS to follow up; castellanos aware.';
    const seed: PhiFinding[] = [{ start: 4, end: 15, text: 'Castellanos', category: 'NAME', subtype: 'DOCTOR', confidence: 0.95, reason: 'title' }];
    const result = await propagateNames(text, seed);
    assert.equal(result.length, 3);
    assert.deepEqual(result.map((f) => f.start), [4, text.indexOf('CASTELLANOS'), text.indexOf('castellanos')]);
  });

  it('flags a name that is also an ordinary word elsewhere only where it is written as a name', () => {
    const text = 'Seen by Dr. Will Castellanos. The pt will call. BED ALARM ON; WILL PAGE. Will is aware; Will\'s plan. Castellanos agrees.';
    const seed: PhiFinding[] = [{ start: 12, end: 28, text: 'Will Castellanos', category: 'NAME', subtype: 'DOCTOR', confidence: 0.95, reason: 'title' }];
    const flagged = propagateNames(text, seed).slice(1).map((f) => text.slice(f.start, f.end + 2));
    assert.deepEqual(flagged, ["Will's", 'Castellanos a']);
  });

  it('flags a first name that prose seldom uses as a word everywhere, unless staff bear it, as the detector does', () => {
    const text = 'DAUGHTER CAROL CALLED. REASSURED THAT CAROL WILL VISIT.';
    const relative: PhiFinding[] = [{ start: 9, end: 14, text: 'CAROL', category: 'NAME', subtype: 'RELATIVE', confidence: 0.9, reason: 'relation word before the name' }];
    assert.deepEqual(propagateNames(text, relative).map((f) => f.start), [9, text.lastIndexOf('CAROL')]);
    const staff: PhiFinding[] = [{ ...relative[0], subtype: 'DOCTOR' }];
    assert.deepEqual(propagateNames(text, staff).map((f) => f.start), [9]);
    assert.deepEqual(detectPhi(text).filter((f) => f.category === 'NAME').map((f) => f.start), [9, text.lastIndexOf('CAROL')]);
  });

  it('tells binary data from text', () => {
    assert.ok(looksBinary('\u0000\u0001\u0002\u0003abc'.repeat(100)));
    assert.ok(!looksBinary('Plain note\r\n\twith tabs and CRLF.\f'));
    assert.ok(!looksBinary(''));
  });

  it('detector output on a short note is the chunked output, since short notes are not chunked', async () => {
    const text = 'Seen by Dr. Castellanos on 07/22/2024.';
    assert.deepEqual(await scanInChunks(text, {}, { isCancellationRequested: false }), detectPhi(text));
  });
});
