import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadIcdIndex } from '../../../server/src/core/icd';
import { defaultIcdDataDir } from '../../../server/src/core/icd/icd-index';
import { INDEX_FILE_NAME, SECTION_SEPARATOR, SECTIONS } from '../../../server/src/core/icd/compiled';

test('the ICD index is decoded in slices, so the server answers other requests while it loads', async () => {
  const decodedBytes: number[] = [];
  const original = Buffer.prototype.toString;
  Buffer.prototype.toString = function (this: Buffer, encoding?: BufferEncoding, start?: number, end?: number) {
    decodedBytes.push(Math.min(end ?? this.length, this.length) - (start ?? 0));
    return original.call(this, encoding, start, end);
  } as typeof Buffer.prototype.toString;
  let index;
  try {
    index = await loadIcdIndex({ dictionaryOnly: true });
  } finally {
    Buffer.prototype.toString = original;
  }
  assert.ok(decodedBytes.length > 5, 'the 7 MB index took several slices');
  assert.ok(Math.max(...decodedBytes) < 2_000_000, `largest single decode ${Math.max(...decodedBytes)} bytes`);
  // Lines on both sides of slice boundaries read whole: the index holds every code and token of the file, as read at once.
  const whole = gunzipSync(readFileSync(join(defaultIcdDataDir(), INDEX_FILE_NAME))).toString('utf8').split(SECTION_SEPARATOR);
  const section = (name: (typeof SECTIONS)[number]) => whole[SECTIONS.indexOf(name) + 1];
  for (const line of section('codes').split('\n')) {
    const [code, billable] = line.split('\t');
    assert.equal(index.code(code)?.billable, billable === '1', code);
  }
  section('vocabulary').split('\n').forEach((token, id) => assert.equal(index.tokenId(token), id, token));
  assert.equal(index.code('E119')?.title, 'Type 2 diabetes mellitus without complications');
});

test('the ICD index is inflated in one piece, so its inflating does not wait on the server thread ~450 times', async () => {
  const zlib = require('node:zlib') as typeof import('node:zlib');
  const original = zlib.gunzip;
  const pieceSizes: number[] = [];
  zlib.gunzip = ((buffer: Buffer, options: import('node:zlib').ZlibOptions, callback: (error: Error | null, result: Buffer) => void) => {
    pieceSizes.push(options?.chunkSize ?? 16 * 1024);
    return original(buffer, options, callback);
  }) as typeof zlib.gunzip;
  try {
    // Another spelling of the same folder: a load of its own, not the one cached by the test above.
    await loadIcdIndex({ dictionaryOnly: true, dataDir: join(defaultIcdDataDir(), '.') + '/' });
  } finally {
    zlib.gunzip = original;
  }
  const inflatedSize = gunzipSync(readFileSync(join(defaultIcdDataDir(), INDEX_FILE_NAME))).length;
  assert.ok(pieceSizes.length > 0 && pieceSizes[0] > inflatedSize, `pieces of ${pieceSizes.join(', ')} bytes for ${inflatedSize}`);
});
