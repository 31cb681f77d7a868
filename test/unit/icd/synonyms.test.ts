import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { IcdIndex, loadIcdIndex, suggestCodes } from '../../../server/src/core/icd';
import { derivedTokens, normalizeWord } from '../../../server/src/core/icd/text';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'icd');

let index: IcdIndex;
before(async () => {
  index = await loadIcdIndex({ dataDir: DATA_DIR });
});

/** Every code the matcher proposes for `text`, before any threshold. */
function proposed(text: string): string[] {
  return suggestCodes(index, text, { minScore: 0, top: Number.MAX_SAFE_INTEGER }).map((s) => s.code);
}

function proposes(text: string, code: string): void {
  const result = proposed(text);
  assert.ok(result.includes(code), `${code} not among ${result.join(', ')}`);
}

describe('icd idioms of translated Spanish case reports', () => {
  const cases: [string, string][] = [
    ['Right renal lithiasis of 8 mm.', 'N20.0'],
    ['Episode of macroscopic hematuria.', 'R31.0'],
    ['Diffuse abdominal pain for two days.', 'R10.84'],
    ['Mucocutaneous paleness on examination.', 'R23.1'],
    ['Pain in the left testicle.', 'N50.812'],
    ['Acute urinary retention.', 'R33.9'],
    ['Deep venous thrombosis of the left leg.', 'I82.402'],
    ['Epigastralgia after meals.', 'R10.13'],
    ['Bladder tumoration on ultrasound.', 'D49.4'],
    ['History of ischemic cardiopathy.', 'I25.9'],
    ['Persistent microhematuria.', 'R31.29'],
    ['Intense cephalea.', 'R51.9'],
    ['Episodes of rectorrhagia.', 'K62.5'],
    ['Upper digestive hemorrhage.', 'K92.2'],
    ['Hemospermia for a month.', 'R36.1'],
    ['Bilateral hypoacusis.', 'H91.93'],
    ['Episode of presyncope.', 'R55'],
    ['Blurred vision in the right eye.', 'H53.8'],
    ['Diarrheic stools for a week.', 'R19.7'],
    ['Decreased visual acuity in the right eye.', 'H54.7'],
  ];
  for (const [text, code] of cases) it(`${text} → ${code}`, () => proposes(text, code));

  it('reads plurals in -as as their singular, but not singular words in -as', () => {
    assert.deepEqual(normalizeWord('edemas'), normalizeWord('edema'));
    assert.deepEqual(normalizeWord('hematomas'), normalizeWord('hematoma'));
    assert.deepEqual(normalizeWord('melenas'), normalizeWord('melena'));
    assert.deepEqual(normalizeWord('pancreas'), ['pancreas']);
    assert.deepEqual(normalizeWord('psoas'), ['psoas']);
    proposes('Melenas for two days.', 'K92.1');
  });

  it('reads the same words in the index and in the note (symmetric forms)', () => {
    assert.deepEqual(normalizeWord('urinary'), normalizeWord('urine'));
    assert.deepEqual(normalizeWord('venous'), normalizeWord('vein'));
    assert.deepEqual(normalizeWord('lithiasis'), normalizeWord('calculus'));
    assert.deepEqual(normalizeWord('hemiscrotum'), normalizeWord('scrotum'));
  });

  it('still reads urinary tract infection and diffuse large B-cell lymphoma', () => {
    proposes('Urinary tract infection.', 'N39.0');
    proposes('Diffuse large B-cell lymphoma.', 'C83.30');
  });
});

describe('icd noun forms of adjectives and Latin plurals', () => {
  it('derives the noun an adjective or plural stands for', () => {
    assert.ok(derivedTokens('psoriatic').includes('psoriasis'));
    assert.ok(derivedTokens('eosinophilic').includes('eosinophilia'));
    assert.ok(derivedTokens('hysterectomized').includes('hysterectomy'));
    assert.ok(derivedTokens('stenoses').includes('stenosis'));
    assert.ok(derivedTokens('calculi').includes('calculus'));
    assert.ok(derivedTokens('varices').includes('varix'));
  });

  it('derives the organ an adjective names, but not the Latin words of index terms', () => {
    assert.ok(derivedTokens('corneal').includes('cornea'));
    assert.ok(derivedTokens('peritoneal').includes('peritoneum'));
    assert.ok(derivedTokens('pharyngeal').includes('pharynx'));
    assert.ok(derivedTokens('vertebral').includes('vertebra'));
    assert.ok(derivedTokens('penile').includes('penis'));
    assert.ok(!derivedTokens('medial').includes('media'));
    assert.ok(!derivedTokens('internal').includes('interna'));
  });

  it('derives nothing from narrative participles, -ive adjectives or drug classes', () => {
    for (const word of ['observed', 'presented', 'treated', 'complicated', 'positive', 'subsequently', 'diuretic', 'hypoglycemic']) {
      assert.deepEqual(derivedTokens(word), [], word);
    }
  });

  it('matches index terms through the derived noun', () => {
    proposes('Psoriatic plaques on both elbows.', 'L40.0');
    proposes('The patient was tachycardic.', 'R00.0');
    proposes('The patient was hypotensive.', 'I95.9');
    proposes('Perforated duodenal ulcer.', 'K26.5');
    proposes('The abdomen was distended.', 'R14.0');
    proposes('Central corneal ulcer.', 'H16.019');
    proposes('Left facial abscess of dental origin.', 'L02.01');
    proposes('Ultrasound revealed an aplastic uterus.', 'Q51.0');
    proposes('Edema of the vulvar introitus.', 'N90.89');
  });

  it('keeps a derived form negated when the word is', () => {
    assert.ok(!suggestCodes(index, 'The patient was not tachycardic.').some((s) => s.code === 'R00.0'));
  });
});

describe('icd history, status and smoking', () => {
  it('reads an operation the patient had as its status', () => {
    proposes('A 46-year-old hysterectomized patient.', 'Z90.710');
    proposes('History of hysterectomy 20 years ago.', 'Z90.710');
  });

  it('reads an allergy as an allergy status', () => {
    proposes('Allergic to penicillins.', 'Z88.0');
    proposes('History of allergy to penicillin.', 'Z88.0');
    proposes('Allergic rhinitis.', 'J30.9');
  });

  it('reads a smoker as nicotine dependent, with the product when named, and an ex-smoker as its history', () => {
    proposes('Smoker of 20 cigarettes per day.', 'F17.210');
    proposes('Ex-smoker.', 'Z87.891');
    proposes('Former smoker since 2001.', 'Z87.891');
  });

  it('keeps the condition beside its personal history code', () => {
    const result = proposed('History of bladder carcinoma.');
    assert.ok(result.includes('C67.9') && result.includes('Z85.51'), result.join(', '));
  });

  it('never reads a bare "history" as a code', () => {
    const result = proposed('Personal history of interest: none.');
    assert.ok(!result.some((c) => /^Z8[0-7]/.test(c)), result.join(', '));
  });

  it('reads Spanish trauma, ulcus and mental retardation as the index words', () => {
    proposes('Head trauma after a fall.', 'S09.90XA');
    proposes('Operated for a duodenal ulcus.', 'K26.9');
    proposes('Moderate mental retardation.', 'F71');
  });
});

describe('icd two-word readings', () => {
  it('reads pain on palpation, and a tender abdomen, as tenderness', () => {
    proposes('Pain on palpation of the right hemiabdomen.', 'R10.819');
    proposes('Abdomen painful to palpation in the epigastrium.', 'R10.819');
    proposes('Tender abdomen.', 'R10.819');
  });

  it('does not read tenderness from palpation alone or from pain elsewhere in the sentence', () => {
    assert.ok(!proposed('Abdominal palpation revealed a mass.').includes('R10.819'));
    assert.ok(!proposed('Abdominal pain for two days, and the liver was normal to palpation.').includes('R10.819'));
  });
});
