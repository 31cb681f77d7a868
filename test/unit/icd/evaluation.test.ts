import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { IcdIndex, loadIcdIndex } from '../../../server/src/core/icd';
import { evaluate, goldMatch, versionMapped } from '../../../scripts/icd/evaluate';
import { temporaryDirectory } from '../../temporaryDirectory';

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

describe('the ranking ceiling (eval:icd --ceiling)', () => {
  it('counts a gold code the note only negates as never suggested, and the candidates a perfect order would rank first', async () => {
    // A CodiEsp-shaped split of one document: diabetes is stated, fever denied, and the coder coded both.
    const dataDir = temporaryDirectory('clinote-codiesp-');
    mkdirSync(join(dataDir, 'dev', 'text_files_en'), { recursive: true });
    writeFileSync(join(dataDir, 'dev', 'devD.tsv'), 'doc1\te11.9\ndoc1\tr50.9\n');
    writeFileSync(join(dataDir, 'dev', 'text_files_en', 'doc1.txt'), 'A man with type 2 diabetes mellitus on metformin. He denies fever.\n');
    const result = await evaluate('dev', dataDir, undefined, undefined, true);
    assert.deepEqual(result.ceiling, { perfectRankingMap: 0.5, goldNeverSuggested: 1, perfectRankingMapWithThoseCodes: 1 });
    const without = await evaluate('dev', dataDir);
    assert.equal(without.ceiling, undefined);
  });
});
