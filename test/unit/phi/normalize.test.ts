import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { detectPhi } from '../../../server/src/core/phi/detect';
import { normaliseText } from '../../../server/src/core/phi/normalize';

describe('normaliseText', () => {
  it('gives every character beyond Latin-1 a Latin-1 stand-in of the same length', () => {
    const note = 'Son Łukasz “Łuki” Nowak-Ciecierska’s – Nguyễn Thị → ≥ 5 🙂 漢字';
    const { text, toOriginal } = normaliseText(note);
    assert.equal(text.length, note.length);
    assert.equal(/[^\u0000-\u00ff]/.test(text), false);
    assert.equal(text.slice(0, 36), 'Son Lukasz "Luki" Nowak-Ciecierska\'s');
    assert.equal(toOriginal(20), 20);
  });

  it('still drops invisible characters and maps offsets back', () => {
    const note = 'Dr. Ka\u200Bren Lo’pez';
    const { text, toOriginal } = normaliseText(note);
    assert.equal(text, "Dr. Karen Lo'pez");
    assert.equal(toOriginal(text.indexOf('ren')), note.indexOf('ren'));
  });
});

describe('detection on notes beyond Latin-1', () => {
  it('finds names written with letters beyond Latin-1 and quotes them as written', () => {
    const note = 'Spoke with daughter Małgorzata Wiśniewska-Kołodziej about discharge. Dr. Nguyễn aware.';
    const names = detectPhi(note).filter((f) => f.category === 'NAME').map((f) => f.text);
    assert.deepEqual(names, ['Małgorzata Wiśniewska-Kołodziej', 'Nguyễn']);
  });

  it('an allow-list entry written with its own letters still matches', () => {
    const note = 'Seen at Łódź Clinic by Dr. Żak.';
    const without = detectPhi(note).map((f) => f.text);
    const allowed = detectPhi(note, { allowList: ['Żak'] }).map((f) => f.text);
    assert.ok(without.includes('Żak'), `found ${JSON.stringify(without)}`);
    assert.ok(!allowed.includes('Żak'));
  });
});
