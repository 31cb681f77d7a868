import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const DIST = join(__dirname, '..', '..', 'dist');

describe('bundles', () => {
  // V8 holds a script's source for the script's lifetime, at two bytes a character once one character is not Latin-1.
  for (const bundle of ['server.js', 'cli.js', 'extension.js']) {
    it(`${bundle} is ASCII only, so its source is held at one byte a character`, () => {
      const text = readFileSync(join(DIST, bundle), 'utf8');
      const found = /[^\x00-\x7f]/.exec(text);
      assert.equal(found, null, found ? `U+${found[0].charCodeAt(0).toString(16)} at offset ${found.index}` : '');
    });
  }
});
