import { strict as assert } from 'node:assert';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { IcdDataError, IcdIndex, loadIcdIndex, suggestCodes } from '../../../server/src/core/icd';
import { INDEX_FILE_NAME, RANKER_FILE_NAME } from '../../../server/src/core/icd/compiled';
import { IcdRanker, RANKER_FORMAT, RANK_SIGNALS, RankerModelData, rankerMargin } from '../../../server/src/core/icd/ranker';
import { fitBoostedTrees } from '../../../scripts/icd/boosting';
import { temporaryDirectory } from '../../temporaryDirectory';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'icd');

/**
 * A model whose only learned knowledge is what each test gives it (codes without dots, as the index keeps
 * them); every candidate scores sigmoid(2) ≈ 0.88.
 */
function model(associations: Record<string, [string, number][]>, overrides: Partial<RankerModelData> = {}): RankerModelData {
  const features = Object.keys(associations).sort();
  const associatedCodes = [...new Set(features.flatMap((f) => associations[f].map(([code]) => code)))].sort();
  const weights = RANK_SIGNALS.map((name) => (name === 'bias' ? 2 : 0));
  return {
    format: RANKER_FORMAT,
    source: 'test',
    features,
    associatedCodes,
    associations: features.map((f) => associations[f].flatMap(([code, share]) => [associatedCodes.indexOf(code), share * 1000])),
    codeDocuments: {},
    dictionaryRecord: {},
    phraseRecord: {},
    associationRecord: {},
    alternatives: {},
    weights,
    minScore: 0.5,
    ...overrides,
  };
}

let dictionary: IcdIndex;
before(async () => {
  dictionary = await loadIcdIndex({ dataDir: DATA_DIR, dictionaryOnly: true });
});

/** The shipped dictionary with a test ranker in place of the learned one. */
function withRanker(data: RankerModelData): IcdIndex {
  return Object.assign(Object.create(dictionary) as IcdIndex, { ranker: new IcdRanker(data) });
}

describe('icd ranker associations', () => {
  it('keeps the two highest shares, the category share and the features behind them, strongest first', () => {
    const ranker = new IcdRanker(model({ cough: [['R059', 0.3], ['R051', 0.2]], 'dry cough': [['R059', 0.4]], wheeze: [['R062', 0.4]] }));
    const found = ranker.associate(['cough', 'dry cough', 'fever']);
    const cough = found.get('R059')!;
    assert.equal(cough.best, 0.4);
    assert.equal(cough.second, 0.3);
    assert.deepEqual(cough.support, ['dry cough', 'cough']);
    // Notes with "cough" were coded with some R05 code in half the cases (0.3 + 0.2), more than with "dry cough".
    assert.equal(cough.category, 0.5);
    assert.equal(found.get('R051')!.category, 0.5);
    assert.ok(!found.has('R062'));
  });

  it('turns a candidate into one value per signal and a probability', () => {
    const ranker = new IcdRanker(model({}));
    const signals = ranker.signals({ code: 'I10', billable: true, position: 0.5, titleOverlap: 1, specificOverlap: 1 });
    assert.equal(signals.length, RANK_SIGNALS.length);
    assert.equal(signals[RANK_SIGNALS.indexOf('dictionarySilent')], 1);
    const probability = ranker.score(signals);
    assert.ok(Math.abs(probability - 1 / (1 + Math.exp(-2))) < 1e-9);
  });

  it('refuses a model of another format or with other signals', () => {
    assert.throws(() => new IcdRanker({ ...model({}), format: RANKER_FORMAT + 1 }));
    assert.throws(() => new IcdRanker({ ...model({}), weights: [1, 2, 3] }));
  });
});

describe('icd ranker trees', () => {
  const silent = RANK_SIGNALS.indexOf('dictionarySilent');
  const signalsWith = (values: Partial<Record<(typeof RANK_SIGNALS)[number], number>>): number[] => RANK_SIGNALS.map((name) => values[name] ?? 0);

  it('adds the leaf of each tree to the logistic margin', () => {
    // Silent candidates (no dictionary reading) get -1, the others +0.5.
    const tree = [silent, 0.5, -1, 0.5, -1, -1];
    const ranker = new IcdRanker({ ...model({}), trees: [tree, tree] });
    assert.ok(Math.abs(ranker.score(signalsWith({ bias: 1, dictionarySilent: 1 })) - 1 / (1 + Math.exp(-(2 - 2)))) < 1e-9);
    assert.ok(Math.abs(ranker.score(signalsWith({ bias: 1 })) - 1 / (1 + Math.exp(-(2 + 1)))) < 1e-9);
  });

  it('refuses trees that would send scoring outside the array or to an unknown signal', () => {
    assert.throws(() => new IcdRanker({ ...model({}), trees: [[silent, 0.5]] }));
    assert.throws(() => new IcdRanker({ ...model({}), trees: [[RANK_SIGNALS.length, 0, -1, 0, -1, 0]] }));
    assert.throws(() => new IcdRanker({ ...model({}), trees: [[-1, 0, 7]] }));
  });

  it('learns an interaction a linear margin misses, from a zero start', () => {
    // Right exactly when one signal is high and the other low: no weighted sum separates that.
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 400; i++) {
      const a = i % 2;
      const b = Math.floor(i / 2) % 2;
      rows.push([a, b]);
      labels.push(a === 1 && b === 0 ? 1 : 0);
    }
    const trees = fitBoostedTrees(rows, labels, rows.map(() => 0), { trees: 30, depth: 2, learningRate: 0.3, minLeafHessian: 1, l2: 1, bins: 8 });
    const margin = (x: number[]): number => rankerMargin([0, 0], trees, x);
    assert.ok(margin([1, 0]) > 2, String(margin([1, 0])));
    for (const x of [[0, 0], [0, 1], [1, 1]]) assert.ok(margin(x) < -2, `${x}: ${margin(x)}`);
  });
});

describe('icd ranker learned signals', () => {
  it('reads the record of the words beside a dictionary mention', () => {
    const contextRecord: Record<string, [number, number]> = { diagnosed: [40, 36], serology: [40, 2] };
    // Dictionary baseline 50%: I10 read 10 times, right 5.
    const ranker = new IcdRanker(model({}, { contextRecord, dictionaryRecord: { I10: [10, 5] } }));
    const signals = (context: string[]): number[] =>
      ranker.signals({ code: 'I10', billable: true, position: 0, titleOverlap: 1, specificOverlap: 1, dictionary: { confidence: 0.5, mentions: 1, phrases: ['hypertension'], context, noteCodes: 3 } });
    const best = RANK_SIGNALS.indexOf('contextBest');
    const worst = RANK_SIGNALS.indexOf('contextWorst');
    assert.ok(signals(['diagnosed', 'unseen'])[best] > 1.5);
    assert.equal(signals(['diagnosed'])[worst], 0);
    assert.ok(signals(['serology'])[worst] < -1.5);
    assert.equal(signals(['unseen'])[RANK_SIGNALS.indexOf('contextMean')], 0);
  });

  it('sums the lift of every feature pointing to a code over its base rate', () => {
    // R69 is carried by 10 of 100 training notes; features at 40% and 20% lift it 4- and 2-fold, one at 5% counts nothing.
    const ranker = new IcdRanker(model({ florbix: [['R69', 0.4]], quorbel: [['R69', 0.2]], zarnic: [['R69', 0.05]] }, { codeDocuments: { R69: 10 }, documents: 100 }));
    const found = ranker.associate(['florbix', 'quorbel', 'zarnic']).get('R69')!;
    assert.ok(Math.abs(found.evidence - Math.log(8)) < 1e-9, String(found.evidence));
  });
});

describe('icd suggestions from associations', () => {
  it('suggests a code the dictionary cannot read, with the associated words as evidence', () => {
    const index = withRanker(model({ florbix: [['R69', 0.9]] }));
    const text = 'On arrival: florbix in both hands.';
    const suggestion = suggestCodes(index, text).find((s) => s.code === 'R69');
    assert.ok(suggestion);
    assert.deepEqual(suggestion.evidence.map((e) => e.text), ['florbix']);
    for (const e of suggestion.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });

  it('reads no association from negated, family, hypothetical or uncertain words', () => {
    const index = withRanker(model({ florbix: [['R69', 0.9]] }));
    for (const text of ['No florbix.', 'Her mother had florbix.', 'Return if florbix develops.', 'Possible florbix.']) {
      assert.ok(!suggestCodes(index, text).some((s) => s.code === 'R69'), text);
    }
  });

  it('never suggests a code the note negates, whatever the associations say', () => {
    const index = withRanker(model({ florbix: [['I10', 0.95]] }));
    assert.ok(!suggestCodes(index, 'Florbix. Patient denies hypertension.').some((s) => s.code === 'I10'));
    assert.ok(suggestCodes(index, 'Florbix. Known hypertension.').some((s) => s.code === 'I10'));
  });

  it('does not add the unspecified sibling of a specific code the note names', () => {
    const index = withRanker(model({ florbix: [['N189', 0.95]] }));
    assert.ok(suggestCodes(index, 'Florbix.').some((s) => s.code === 'N18.9'));
    const staged = suggestCodes(index, 'Florbix. Chronic kidney disease stage 4.').map((s) => s.code);
    assert.ok(staged.includes('N18.4') && !staged.includes('N18.9'), staged.join(', '));
  });

  it('offers the unspecified sibling when the note lacks the words that set the read code apart', () => {
    // The index reads "lymphadenopathy" as R59.1 (generalized); coders chose R59.9 instead.
    const index = withRanker(model({}, { alternatives: { R591: [['R599', 0.6]], N184: [['N189', 0.6]] } }));
    const plain = suggestCodes(index, 'Retroperitoneal lymphadenopathy.').map((s) => s.code);
    assert.ok(plain.includes('R59.1') && plain.includes('R59.9'), plain.join(', '));
    const generalized = suggestCodes(index, 'Generalized lymphadenopathy.').map((s) => s.code);
    assert.ok(!generalized.includes('R59.9'), generalized.join(', '));
    const staged = suggestCodes(index, 'Chronic kidney disease stage 4.').map((s) => s.code);
    assert.ok(staged.includes('N18.4') && !staged.includes('N18.9'), staged.join(', '));
  });

  it('does not bring back a code a combination code replaced', () => {
    const index = withRanker(model({ florbix: [['I10', 0.95]] }));
    const result = suggestCodes(index, 'Florbix. Assessment: HTN. CKD stage 3b.').map((s) => s.code);
    assert.ok(result.includes('I12.9') && !result.includes('I10'), result.join(', '));
  });

  it('ranks by the model and cuts at its threshold', () => {
    const strong = RANK_SIGNALS.map((name) => (name === 'bias' ? -3 : name === 'association' ? 6 : 0));
    const index = withRanker(model({ florbix: [['R69', 0.9]], quorbel: [['R52', 0.3]] }, { weights: strong }));
    // R69: sigmoid(-3 + 5.4) ≈ 0.92; R52: sigmoid(-3 + 1.8) ≈ 0.23, under the 0.5 threshold.
    assert.deepEqual(suggestCodes(index, 'Florbix and quorbel.').map((s) => s.code), ['R69']);
    assert.deepEqual(suggestCodes(index, 'Florbix and quorbel.', { minScore: 0.1 }).map((s) => s.code), ['R69', 'R52']);
  });
});

describe('icd ranker loading', () => {
  function dataDirWith(ranker: Buffer | undefined): string {
    const dir = temporaryDirectory('clinote-ranker-');
    copyFileSync(join(DATA_DIR, INDEX_FILE_NAME), join(dir, INDEX_FILE_NAME));
    if (ranker) writeFileSync(join(dir, RANKER_FILE_NAME), ranker);
    return dir;
  }

  it('ships a learned ranker beside the index', async () => {
    const shipped = await loadIcdIndex({ dataDir: DATA_DIR });
    assert.ok(shipped.ranker);
    assert.equal(dictionary.ranker, undefined);
  });

  it('ranks by dictionary confidence alone when no ranker is installed', async () => {
    const index = await loadIcdIndex({ dataDir: dataDirWith(undefined) });
    assert.equal(index.ranker, undefined);
    assert.ok(suggestCodes(index, 'Assessment: hypertension.').some((s) => s.code === 'I10'));
  });

  it('fails with a clear error when the ranker file is damaged or of another format', async () => {
    await assert.rejects(loadIcdIndex({ dataDir: dataDirWith(Buffer.from('not gzip')) }), (error: unknown) => error instanceof IcdDataError && /npm run build:icd/.test(error.message));
    const otherFormat = gzipSync(Buffer.from(JSON.stringify({ ...model({}), format: 0 })));
    await assert.rejects(loadIcdIndex({ dataDir: dataDirWith(otherFormat) }), IcdDataError);
  });
});
