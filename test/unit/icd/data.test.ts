import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { matchesCodePattern } from '../../../server/src/core/icd/icd-index';
import { OrderFileError, parseOrderFile } from '../../../server/src/core/icd/order-file';
import { normalizeWord, phraseTokens } from '../../../server/src/core/icd/text';

describe('icd order file parser', () => {
  it('reads codes, billable flags and long titles from the fixed-width layout', () => {
    const entries = parseOrderFile(readFileSync(join(__dirname, 'fixtures', 'order-fixture.txt'), 'latin1'));
    assert.equal(entries.length, 5);
    assert.deepEqual(entries[0], { code: 'I10', billable: true, title: 'Essential (primary) hypertension, fixture title' });
    assert.deepEqual(entries[1], { code: 'J44', billable: false, title: 'Other chronic obstructive pulmonary disease' });
  });

  it('rejects text in another layout, naming the line', () => {
    assert.throws(() => parseOrderFile('00001 I10     1 short\n'), OrderFileError);
    assert.throws(() => parseOrderFile('no codes here\n'), /line 1/);
    assert.throws(() => parseOrderFile('\n\n'), /no codes/);
  });
});

describe('icd code patterns', () => {
  it('matches prefixes and ranges at the length of their bounds', () => {
    assert.ok(matchesCodePattern('E1122', 'E11'));
    assert.ok(!matchesCodePattern('E1022', 'E11'));
    assert.ok(matchesCodePattern('E1122', 'E08:E13'));
    assert.ok(matchesCodePattern('E1399', 'E08:E13'));
    assert.ok(!matchesCodePattern('E1400', 'E08:E13'));
    assert.ok(matchesCodePattern('N184', 'N181:N186'));
    assert.ok(!matchesCodePattern('N189', 'N181:N186'));
  });
});

describe('icd word normalisation', () => {
  it('meets index nouns from adjectives, plurals and British spellings', () => {
    assert.deepEqual(normalizeWord('Renal'), ['kidney']);
    assert.deepEqual(normalizeWord('oedema'), ['edema']);
    assert.deepEqual(normalizeWord('haemorrhages'), ['hemorrhage']);
    assert.deepEqual(normalizeWord('adenopathies'), ['adenopathy']);
    assert.deepEqual(normalizeWord('diabetes'), ['diabetes']);
    assert.deepEqual(normalizeWord('AIDS'), ['aids']);
    assert.deepEqual(normalizeWord('arthralgias'), ['pain', 'joint']);
    assert.deepEqual(normalizeWord('the'), []);
  });

  it('turns a phrase into its distinct content tokens', () => {
    assert.deepEqual(phraseTokens('Carcinoma of the renal pelvis'), ['malignant', 'neoplasm', 'kidney', 'pelvis']);
    assert.deepEqual(phraseTokens('Type II diabetes mellitus'), ['type', '2', 'diabetes']);
  });
});
