import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rates, scoreNote, sumScores, type PredictedSpan } from '../../../scripts/phi/score';
import type { GoldNote } from '../../../scripts/phi/gold';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const text = 'Seen by Dr. Ann Lee on 07/22/2024 at Mercy MICU';
const note: GoldNote = {
  id: 'n1',
  text,
  spans: [
    { start: 12, end: 19, category: 'NAME', subtype: 'DOCTOR' }, // "Ann Lee"
    { start: 23, end: 33, category: 'DATE' }, // "07/22/2024"
    { start: 37, end: 42, category: 'LOCATION', subtype: 'HOSPITAL' }, // "Mercy"
  ],
};

test('a prediction overlapping a gold span finds it even when it covers only part of it', () => {
  const predictions: PredictedSpan[] = [{ start: 16, end: 19, category: 'NAME' }]; // "Lee"
  const score = scoreNote(note, predictions, 'standard');
  assert.equal(score.counts.NAME.goldFound, 1);
  assert.equal(score.counts.NAME.predictedCorrect, 1);
  assert.equal(score.counts.NAME.goldChars, 6, 'whitespace inside "Ann Lee" is not counted');
  assert.equal(score.counts.NAME.goldCharsCovered, 3);
  assert.equal(rates(score.counts.NAME).charRecall, 0.5);
  assert.equal(rates(score.counts.NAME).recall, 1);
});

test('a prediction of the wrong category misses per category but protects in the ANY row', () => {
  const predictions: PredictedSpan[] = [{ start: 37, end: 47, category: 'NAME' }]; // "Mercy MICU" as a name
  const score = scoreNote(note, predictions, 'standard');
  assert.equal(score.counts.LOCATION.goldFound, 0);
  assert.equal(score.counts.ANY.goldFound, 1);
  assert.equal(score.counts.NAME.predicted, 1);
  assert.equal(score.counts.NAME.predictedCorrect, 0);
  assert.equal(score.counts.ANY.predictedCorrect, 1, 'it overlaps gold, so it is no false alarm');
  assert.equal(score.falseAlarms.length, 0);
  const locationMiss = score.misses.find((miss) => miss.span.category === 'LOCATION');
  assert.deepEqual(locationMiss?.foundAs, ['NAME']);
  // "MICU" (4 chars) is predicted but outside gold.
  assert.equal(score.counts.ANY.predictedChars, 9);
  assert.equal(score.counts.ANY.predictedCharsInGold, 5);
});

test('a prediction touching no gold span is a false alarm; adjacent is not overlapping', () => {
  const predictions: PredictedSpan[] = [
    { start: 0, end: 4, category: 'NAME' }, // "Seen"
    { start: 33, end: 36, category: 'DATE' }, // " at", ends where nothing starts
    { start: 23, end: 33, category: 'DATE' },
  ];
  const score = scoreNote(note, predictions, 'standard');
  assert.deepEqual(score.falseAlarms.map((alarm) => alarm.prediction.start), [0, 33]);
  assert.equal(score.counts.DATE.predicted, 2);
  assert.equal(rates(score.counts.DATE).precision, 0.5);
  assert.equal(rates(score.counts.DATE).recall, 1);
  assert.equal(rates(score.counts.ANY).recall, 1 / 3);
});

test('ordinary ages count only under the extended profile, and flagging them is a false alarm under standard', () => {
  const ageNote: GoldNote = {
    id: 'ages',
    text: '45 yo M, father is 92',
    spans: [
      { start: 0, end: 2, category: 'AGE', subtype: 'AGE', extendedOnly: true },
      { start: 19, end: 21, category: 'AGE', subtype: 'AGE_OVER_89' },
    ],
  };
  const predictions: PredictedSpan[] = [{ start: 0, end: 2, category: 'AGE' }];
  const standard = scoreNote(ageNote, predictions, 'standard');
  assert.equal(standard.counts.AGE.goldSpans, 1);
  assert.equal(standard.counts.AGE.goldFound, 0);
  assert.equal(standard.falseAlarms.length, 1);
  const extended = scoreNote(ageNote, predictions, 'extended');
  assert.equal(extended.counts.AGE.goldSpans, 2);
  assert.equal(extended.counts.AGE.goldFound, 1);
  assert.equal(extended.falseAlarms.length, 0);
});

test('OTHER spans are never scored: predictions on them are neither hits nor false alarms', () => {
  const cardNote: GoldNote = {
    id: 'card',
    text: 'card 4111 1111 1111 1111 on file',
    spans: [{ start: 5, end: 24, category: 'OTHER', subtype: 'CREDIT_CARD' }],
  };
  const score = scoreNote(cardNote, [{ start: 5, end: 24, category: 'ID' }], 'standard');
  assert.equal(score.counts.ANY.goldSpans, 0);
  assert.equal(score.counts.ANY.predicted, 0);
  assert.equal(score.counts.ANY.predictedChars, 0);
  assert.equal(score.falseAlarms.length, 0);
  assert.equal(rates(score.counts.ANY).recall, null, 'no gold: recall is undefined, not 0 or 1');
});

test('overlapping predictions are not counted twice in character coverage', () => {
  const predictions: PredictedSpan[] = [
    { start: 12, end: 19, category: 'NAME' },
    { start: 12, end: 15, category: 'NAME' },
  ];
  const score = scoreNote(note, predictions, 'standard');
  assert.equal(score.counts.NAME.predictedChars, 6);
  assert.equal(score.counts.NAME.predicted, 2);
});

test('sumScores adds the counts of several notes', () => {
  const a = scoreNote(note, [{ start: 12, end: 19, category: 'NAME' }], 'standard');
  const b = scoreNote(note, [], 'standard');
  const total = sumScores([a, b]);
  assert.equal(total.NAME.goldSpans, 2);
  assert.equal(total.NAME.goldFound, 1);
  assert.equal(total.ANY.goldSpans, 6);
});
