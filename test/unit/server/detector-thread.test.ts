import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { scanInChunks, type ChunkDetector } from '../../../server/src/analysis';
import { detectPhi } from '../../../server/src/core/phi/detect';
import { DetectorThread, DetectorThreadError } from '../../../server/src/detectorThread';
import { temporaryDirectory } from '../../temporaryDirectory';

/** The built server bundle: the detector thread runs the bundle's own code. */
const BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'server.js');
const token = { isCancellationRequested: false };

function longNote(): string {
  const lines = Array.from({ length: 1200 }, (_, i) => `Line ${i}: vitals stable, plan unchanged (${(i * 7919) % 1000}).`);
  lines.splice(10, 0, 'Patient: Marguerite Okafor, MRN 00482913, seen by Dr. Castellanos on 07/22/2024.');
  lines.splice(900, 0, 'Okafor called (617) 555-0134; castellanos aware.');
  return lines.join('\n');
}

describe('PHI detection on a thread of its own', () => {
  it('finds exactly what the detector finds here', async () => {
    const thread = new DetectorThread(BUNDLE);
    try {
      const texts = ['Seen by Dr. Castellanos on 07/22/2024.', 'Call (617) 555-0134.', ''];
      assert.deepEqual(await thread.detect(texts, {}), texts.map((text) => detectPhi(text)));
      assert.deepEqual(await thread.detect(texts, { profile: 'safeHarbor' }), texts.map((text) => detectPhi(text, { profile: 'safeHarbor' })));
    } finally {
      thread.stop();
    }
  });

  it('a long note scanned through the thread gives the same findings as scanned here', async () => {
    const thread = new DetectorThread(BUNDLE);
    try {
      const text = longNote();
      assert.deepEqual(await scanInChunks(text, {}, token, new Map(), (texts, options) => thread.detect(texts, options)), await scanInChunks(text, {}, token));
    } finally {
      thread.stop();
    }
  });

  it('a thread that dies rejects, is started again, and is given up after repeated failures', async () => {
    const script = join(temporaryDirectory('clinote-thread-'), 'dies.js');
    writeFileSync(script, 'process.exit(3);\n');
    const thread = new DetectorThread(script, 30_000, 2);
    await assert.rejects(thread.detect(['x'], {}), DetectorThreadError);
    assert.ok(thread.usable);
    await assert.rejects(thread.detect(['x'], {}), DetectorThreadError);
    assert.ok(!thread.usable);
    await assert.rejects(thread.detect(['x'], {}), /disabled/);
  });

  it('when the detector elsewhere fails, the scan falls back to this thread with the same result', async () => {
    const text = longNote();
    const failing: ChunkDetector = () => Promise.reject(new DetectorThreadError('gone'));
    let batches = 0;
    const inProcess: ChunkDetector = async (texts, options) => {
      batches++;
      return texts.map((t) => detectPhi(t, options));
    };
    const expected = await scanInChunks(text, {}, token);
    assert.deepEqual(await scanInChunks(text, {}, token, new Map(), failing), expected);
    assert.deepEqual(await scanInChunks(text, {}, token, new Map(), inProcess), expected);
    assert.ok(batches > 1, 'chunks go out in several batches');
  });
});
