import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import { candidate } from '../../../server/src/core/phi/candidate';
import { detectPhi } from '../../../server/src/core/phi/detect';
import {
  FEATURE_COUNT,
  TAG_COUNT,
  TaggerModelError,
  decode,
  decodeFeatureByFeature,
  decodeTaggerModel,
  encodeTaggerModel,
  findLearnedPlaces,
  scoreFeatures,
  shippedTaggerModel,
  tagText,
  taggerModelProblem,
  taggerTokens,
  viewOf,
} from '../../../server/src/core/phi/tagger';

function shipped() {
  const model = shippedTaggerModel();
  assert.ok(model, `the shipped tagger model did not load: ${taggerModelProblem()}`);
  return model;
}

function learnedPlaces(text: string): string[] {
  return detectPhi(text)
    .filter((f) => f.reason.startsWith('learned tagger'))
    .map((f) => f.text);
}

describe('tagger model file', () => {
  it('round-trips weights through the shipped 16-bit form', () => {
    const bits = 8;
    const weights = new Float32Array((1 << bits) * TAG_COUNT).map((_, k) => ((k * 7919) % 2001) / 10 - 100);
    const model = decodeTaggerModel(encodeTaggerModel(bits, weights));
    assert.equal(model.bits, bits);
    const scores = new Float64Array(TAG_COUNT);
    for (let bucket = 0; bucket < 1 << bits; bucket++) {
      scoreFeatures(model, new Int32Array(FEATURE_COUNT).fill(bucket), scores);
      for (let k = 0; k < TAG_COUNT; k++) {
        const weight = (scores[k] * model.scale) / FEATURE_COUNT;
        assert.ok(Math.abs(weight - weights[bucket * TAG_COUNT + k]) < 0.01, `bucket ${bucket}, tag ${k}: ${weight}`);
      }
    }
  });

  it('drops buckets whose weights are all near zero, and they then score nothing', () => {
    const weights = new Float32Array((1 << 8) * TAG_COUNT);
    weights[5 * TAG_COUNT + 2] = 0.5;
    weights[9 * TAG_COUNT + 1] = 40;
    const model = decodeTaggerModel(encodeTaggerModel(8, weights, 1));
    const scores = new Float64Array(TAG_COUNT);
    scoreFeatures(model, new Int32Array(FEATURE_COUNT).fill(5), scores);
    assert.deepEqual([...scores], new Array(TAG_COUNT).fill(0));
    scoreFeatures(model, new Int32Array(FEATURE_COUNT).fill(9 + (1 << 8)), scores);
    assert.ok(Math.abs(scores[1] * model.scale - 40 * FEATURE_COUNT) < 0.1, 'a feature hash above the bucket range folds onto its bucket');
  });

  it('refuses a file that is not a model, a damaged one and one of another format, saying which', () => {
    const good = encodeTaggerModel(8, new Float32Array((1 << 8) * TAG_COUNT).fill(3));
    assert.throws(() => decodeTaggerModel(Buffer.from('not a model at all')), (e: unknown) => e instanceof TaggerModelError && /not a Clinote tagger model/.test(e.message));
    assert.throws(() => decodeTaggerModel(good.subarray(0, good.length - 2)), /truncated/);
    const otherVersion = Buffer.from(good);
    otherVersion.writeUInt8(99, 4);
    assert.throws(() => decodeTaggerModel(otherVersion), /format 99/);
  });

  it('ships with Clinote and loads', () => {
    shipped();
    assert.equal(taggerModelProblem(), undefined);
  });
});

describe('tagger', () => {
  it('splits words, numbers and punctuation and knows all-caps lines', () => {
    const tokens = taggerTokens("Seen by O'Neil.\nPT WALKED 20 FT");
    assert.deepEqual(tokens.map((t) => t.word), ['Seen', 'by', "O'Neil", '.', 'PT', 'WALKED', '20', 'FT']);
    assert.deepEqual(tokens.map((t) => t.capsLine), [false, false, false, false, true, true, true, true]);
    assert.deepEqual(tokens.map((t) => t.lineStart), [true, false, false, false, true, false, false, false]);
  });

  it('gives the same spans every time, inside the text', () => {
    const text = 'Lives with her daughter in Harrowgate; attends the Riverbend Community Centre on Tuesdays.';
    const first = tagText(text, shipped());
    assert.deepEqual(tagText(text, shipped()), first);
    for (const span of first) assert.ok(span.start >= 0 && span.end <= text.length && span.start < span.end);
  });

  it('decodes with cached word sums exactly as feature by feature, in capitals and mixed case, at the edges', () => {
    const notes = [
      'Lives with her daughter in Harrowgate; attends the Riverbend Community Centre on Tuesdays.',
      'PT FROM MAPLE GROVE NURSING HOME, 14 ELM ST, SPRINGFIELD. DAUGHTER MARY AT BEDSIDE.',
      'Referred by Dr. Okafor at St. Jude Clinic, 221B Baker Street, London NW1 6XE',
      'x',
      '',
      'Harrowgate',
    ];
    for (const text of notes) {
      for (const variant of [text, text.toUpperCase()]) {
        const view = viewOf(taggerTokens(variant));
        assert.deepEqual(decode(view, shipped()), decodeFeatureByFeature(view, shipped()), variant);
      }
    }
  });

  it('stops when cancelled', () => {
    const source = new CancellationSource();
    source.cancel();
    assert.throws(() => tagText('PT RESTING. '.repeat(2000), shipped(), source), CancelledError);
  });

  it('adds nothing where a rule already claimed the words', () => {
    const text = 'She volunteers at the Riverbend Community Centre twice a week.';
    const tagged = tagText(text, shipped());
    const all = findLearnedPlaces(text, [], tagged);
    assert.ok(all.length > 0);
    const claimed = all.map((c) => candidate(c.start, c.end, 'NAME', 'PATIENT', 0.9, 'a rule'));
    assert.deepEqual(findLearnedPlaces(text, claimed, tagged), []);
  });

  it('is turned off by the learned option', () => {
    const text = 'She volunteers at the Riverbend Community Centre twice a week.';
    assert.ok(!detectPhi(text, { learned: false }).some((f) => f.reason.startsWith('learned tagger')));
  });
});

describe('places the rules miss, found by the tagger', () => {
  for (const [note, place] of [
    ['Kids go to Little Acorns Montessori.', 'Little Acorns Montessori'],
    // The rules know "Riverbend"; the tagger widens it to the whole name. (The rules name a community centre themselves.)
    ['She volunteers at the Riverbend Food Pantry twice a week.', 'Riverbend Food Pantry'],
  ] as const) {
    it(`"${place}"`, () => {
      assert.ok(learnedPlaces(note).includes(place), JSON.stringify(detectPhi(note).map((f) => [f.text, f.reason])));
    });
  }

  for (const note of [
    'we went to the senior center after lunch and she liked the choir',
    'BP 132/80, HR 74. Plan: recheck in 2 weeks.',
    'Lasix and Coreg were held overnight.',
    'FATHER IS AN ANESTHESIOLOGIST AT THE COUNTY HOSPITAL.',
    'PT REPORTS DRIVEWAY AT HOME IS UPHILL, STEEP HILL PRACTICED ON RAMP WITH CGA.',
    'A 56 FRENCH MALONEY BOUGIE WAS PASSED.',
    'TAKEN DIRECTLY TO OR 6.',
  ]) {
    it(`nothing learned in "${note}"`, () => {
      assert.deepEqual(learnedPlaces(note), []);
    });
  }

  it('leaves a place the rules found whole to the rules', () => {
    const note = 'Seen by Dr. Lee on 7/22/2024 at Boston Medical Center.';
    assert.ok(detectPhi(note).some((f) => f.text === 'Boston Medical Center'));
    assert.deepEqual(learnedPlaces(note), []);
  });
});
