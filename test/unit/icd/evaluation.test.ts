import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { IcdIndex, loadIcdIndex } from '../../../server/src/core/icd';
import { goldMatch, versionMapped } from '../../../scripts/icd/evaluate';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'icd');
let index: IcdIndex;

before(async () => {
  index = await loadIcdIndex({ dataDir: DATA_DIR });
});

describe('CodiEsp gold codes as FY2026 codes', () => {
  it('keeps a billable code and walks a header to its default code', () => {
    assert.equal(versionMapped(index, 'E119'), 'E119');
    assert.equal(versionMapped(index, 'R51'), 'R519');
    assert.equal(versionMapped(index, 'T1490'), 'T1490XA');
  });

  it('maps a code written with its placeholder X but no 7th character to its initial-encounter code', () => {
    // FY2026 lists W19.XXX only as W19.XXXA/D/S; CodiEsp writes W19.XXX, as the evaluation header describes.
    assert.equal(versionMapped(index, 'W19XXX'), 'W19XXXA');
    assert.equal(versionMapped(index, 'S0990X'), 'S0990XA');
    assert.equal(goldMatch(index, 'W19XXXA', new Set(['W19XXX'])), 'W19XXX');
    assert.equal(goldMatch(index, 'W19XXXD', new Set(['W19XXX'])), undefined);
  });

  it('leaves a code FY2026 no longer has unmapped rather than guessing', () => {
    assert.equal(versionMapped(index, 'Q99Z9Z'), undefined);
  });
});
