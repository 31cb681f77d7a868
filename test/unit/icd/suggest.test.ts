import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import { IcdDataError, IcdIndex, IcdSuggestion, loadIcdIndex, suggestCodes } from '../../../server/src/core/icd';
import { temporaryDirectory } from '../../temporaryDirectory';

const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'icd');
const FIXTURES = join(__dirname, 'fixtures');

let index: IcdIndex;
before(async () => {
  index = await loadIcdIndex({ dataDir: DATA_DIR });
});

function codes(text: string, options = {}): string[] {
  return suggestCodes(index, text, options).map((s) => s.code);
}

function find(text: string, code: string): IcdSuggestion | undefined {
  return suggestCodes(index, text).find((s) => s.code === code);
}

describe('icd abbreviations and synonyms', () => {
  const cases: [string, string][] = [
    ['HTN', 'I10'],
    ['DM2', 'E11.9'],
    ['T2DM', 'E11.9'],
    ['CHF', 'I50.9'],
    ['HFrEF', 'I50.20'],
    ['COPD', 'J44.9'],
    ['CKD 3b', 'N18.32'],
    ['AKI', 'N17.9'],
    ['MI', 'I21.9'],
    ['NSTEMI', 'I21.4'],
    ['CAD', 'I25.10'],
    ['AFib', 'I48.91'],
    ['DVT', 'I82.409'],
    ['PE', 'I26.99'],
    ['UTI', 'N39.0'],
    ['GERD', 'K21.9'],
    ['OSA', 'G47.33'],
  ];
  for (const [abbreviation, code] of cases) {
    it(`${abbreviation} → ${code}`, () => {
      assert.ok(codes(`Assessment: ${abbreviation}.`).includes(code), `${abbreviation}: got ${codes(`Assessment: ${abbreviation}.`).join(', ')}`);
    });
  }

  it('reads "pe" in lower case as a word, not pulmonary embolism', () => {
    assert.ok(!codes('Assessment: pe.').includes('I26.99'));
  });
});

describe('icd specificity walk', () => {
  it('chooses laterality from the sentence', () => {
    assert.ok(codes('Osteoarthritis of the left knee.').includes('M17.12'));
    assert.ok(codes('DVT of the left leg.').includes('I82.402'));
  });

  it('takes a side only from beside the finding, not from another organ in the sentence', () => {
    const result = codes('History of right hip surgery and hearing loss.');
    assert.ok(result.includes('H91.90') && !result.includes('H91.91'), result.join(', '));
  });

  it('takes a number only from beside the finding, not from a dose in the same sentence', () => {
    const result = codes('Hypertensive chronic kidney disease, BP not at goal: add amlodipine 5 mg daily.');
    assert.ok(result.includes('I12.9') && !result.includes('I12.0'), result.join(', '));
  });

  it('ignores short index acronyms that mean other things in notes', () => {
    assert.deepEqual(codes('Drives a company truck, VIN 1HGCM82633A004352.'), []);
  });

  it('chooses the stage of chronic kidney disease', () => {
    assert.ok(codes('Chronic kidney disease stage 4.').includes('N18.4'));
    assert.ok(!codes('Chronic kidney disease stage 4.').includes('N18.9'));
  });

  it('chooses the 7th character from the encounter', () => {
    assert.ok(codes('Fracture of the right femur.').includes('S72.91XA'));
    assert.ok(codes('Closed fracture of the right femur, subsequent encounter.').includes('S72.91XD'));
    assert.ok(codes('Burn of right hand, sequela.').some((c) => /^T23\.\d+S$/.test(c)));
  });

  it('tells a metastasis site from the primary it came from', () => {
    const result = codes('Liver metastases from colon cancer.');
    assert.ok(result.includes('C78.7') && result.includes('C18.9'), result.join(', '));
    assert.ok(!result.includes('C78.5'));
  });

  it('only suggests codes that exist, and flags billable ones', () => {
    for (const s of suggestCodes(index, 'Type 2 diabetes with hyperglycemia. Fracture of the left femur. COPD.')) {
      const entry = index.code(s.code.replace('.', ''));
      assert.ok(entry, s.code);
      assert.equal(s.billable, entry.billable);
    }
  });
});

describe('icd combination codes', () => {
  it('diabetes and CKD in one phrase give the combination code and the stage', () => {
    const result = codes('Type 2 diabetes mellitus with chronic kidney disease stage 3b.');
    assert.ok(result.includes('E11.22'), result.join(', '));
    assert.ok(result.includes('N18.32'), result.join(', '));
    assert.ok(!result.includes('E11.9'));
  });

  it('diabetes and CKD in different sentences are linked as ICD-10-CM presumes', () => {
    const result = codes('T2DM. CKD stage 4.');
    assert.ok(result.includes('E11.22'), result.join(', '));
    assert.ok(result.includes('N18.4'));
  });

  it('hypertension with heart failure or CKD becomes hypertensive heart / kidney disease', () => {
    const heart = codes('Assessment: HTN. CHF.');
    assert.ok(heart.includes('I11.0') && !heart.includes('I10'), heart.join(', '));
    const kidney = codes('Assessment: HTN. CKD stage 3b.');
    assert.ok(kidney.includes('I12.9') && kidney.includes('N18.32') && !kidney.includes('I10'), kidney.join(', '));
  });
});

describe('icd context filtering and evidence', () => {
  it('never suggests negated, family or hypothetical findings', () => {
    assert.deepEqual(codes('No evidence of pneumonia.').filter((c) => c.startsWith('J18')), []);
    assert.deepEqual(codes('Family history: breast cancer in her mother.').filter((c) => c.startsWith('C50')), []);
    assert.deepEqual(codes('Return if chest pain develops.').filter((c) => c.startsWith('R07')), []);
    assert.deepEqual(codes('Patient denies hypertension.'), []);
  });

  it('keeps an affirmed mention even when another mention is negated', () => {
    assert.ok(codes('No hypertension at the first visit. Assessment: hypertension.').includes('I10'));
  });

  it('marks uncertain and historical findings and ranks them below affirmed ones', () => {
    const possible = find('Possible pneumonia.', 'J18.9');
    assert.ok(possible?.traits.includes('UNCERTAIN'));
    const historical = find('History of hypertension.', 'I10');
    assert.ok(historical?.traits.includes('HISTORICAL'));
    const affirmed = find('Assessment: pneumonia.', 'J18.9');
    assert.ok(affirmed && possible && affirmed.score > possible.score);
  });

  it('weighs the Assessment section above the review of systems', () => {
    const assessed = find('Assessment:\nHypertension.\n', 'I10');
    const reviewed = find('Review of systems:\nHypertension.\n', 'I10');
    assert.ok(assessed && reviewed && assessed.score > reviewed.score);
    assert.equal(assessed.section, 'Assessment');
  });

  it('gives evidence offsets that point at the text', () => {
    const text = 'Subjective: cough.\nAssessment: T2DM with CKD stage 3b, hypertension.\n';
    for (const s of suggestCodes(index, text)) {
      assert.ok(s.evidence.length > 0);
      for (const e of s.evidence) assert.equal(text.slice(e.start, e.end), e.text);
    }
  });

  it('tags symptoms and diagnoses', () => {
    assert.ok(find('Assessment: headache.', 'R51.9')?.traits.includes('SYMPTOM'));
    assert.ok(find('Assessment: hypertension.', 'I10')?.traits.includes('DIAGNOSIS'));
  });

  it('ranks best first, honours top, and boosts codes known from elsewhere', () => {
    const text = 'Assessment: hypertension. Possible pneumonia. Headache.';
    const all = suggestCodes(index, text);
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].score >= all[i].score);
    assert.equal(suggestCodes(index, text, { top: 1 }).length, 1);
    const plain = all.find((s) => s.code === 'J18.9')!;
    const boosted = suggestCodes(index, text, { boostCodes: ['J18.9'] }).find((s) => s.code === 'J18.9')!;
    assert.ok(boosted.score > plain.score);
  });
});

describe('icd Excludes1', () => {
  it('reports codes that an Excludes1 note forbids together', () => {
    const result = suggestCodes(index, 'Problem list: type 1 diabetes. Also documented: type 2 diabetes.');
    const type1 = result.find((s) => s.code === 'E10.9');
    const type2 = result.find((s) => s.code === 'E11.9');
    assert.ok(type1 && type2, result.map((s) => s.code).join(', '));
    assert.deepEqual(type2.excludes1Conflicts, ['E10.9']);
    assert.deepEqual(type1.excludes1Conflicts, ['E11.9']);
    assert.deepEqual(find('Hypertension.', 'I10')?.excludes1Conflicts, []);
  });
});

describe('icd index loading', () => {
  it('loads lazily once and shares the result', async () => {
    const again = loadIcdIndex({ dataDir: DATA_DIR });
    assert.equal(await again, index);
  });

  it('fails with a clear error when the data folder is missing', async () => {
    const empty = temporaryDirectory('clinote-icd-');
    await assert.rejects(loadIcdIndex({ dataDir: empty }), (error: unknown) => error instanceof IcdDataError && /cannot read/.test(error.message));
  });

  it('a newer code table overrides codes, titles and billable flags', async () => {
    const override = await loadIcdIndex({ dataDir: DATA_DIR, codeTablePath: join(FIXTURES, 'order-fixture.txt') });
    const hypertension = suggestCodes(override, 'Assessment: hypertension.').find((s) => s.code === 'I10');
    assert.equal(hypertension?.description, 'Essential (primary) hypertension, fixture title');
    // A code only the newer table has is matched by its title.
    const added = suggestCodes(override, 'Assessment: zorblax syndrome.');
    assert.deepEqual(added.map((s) => s.code), ['U09.9']);
    assert.equal(added[0].billable, true);
    // Codes the newer table lacks are never suggested.
    assert.ok(!suggestCodes(override, 'Type 2 diabetes.').some((s) => s.code.startsWith('E11')));
    assert.ok(!suggestCodes(index, 'Assessment: zorblax syndrome.').some((s) => s.code === 'U09.9'));
  });

  it('rejects a code table that is missing or not in the CMS layout', async () => {
    await assert.rejects(loadIcdIndex({ dataDir: DATA_DIR, codeTablePath: join(FIXTURES, 'nope.txt') }), IcdDataError);
    await assert.rejects(
      loadIcdIndex({ dataDir: DATA_DIR, codeTablePath: join(FIXTURES, 'order-malformed.txt') }),
      (error: unknown) => error instanceof IcdDataError && /layout/.test(error.message),
    );
  });
});

describe('icd robustness', () => {
  it('honours cancellation', () => {
    const source = new CancellationSource();
    source.cancel();
    assert.throws(() => suggestCodes(index, 'Hypertension. '.repeat(50), {}, source), CancelledError);
  });

  it('handles empty, symbol-only and very long input', () => {
    assert.deepEqual(suggestCodes(index, ''), []);
    assert.deepEqual(suggestCodes(index, '!!! ### ... \n\n\t'), []);
    const long = 'Patient with hypertension and type 2 diabetes. '.repeat(2000);
    const started = Date.now();
    const result = suggestCodes(index, long);
    assert.ok(result.some((s) => s.code === 'I10'));
    assert.ok(Date.now() - started < 20_000);
  });
});

describe('icd allergies section', () => {
  it('does not code the reactions listed under Allergies as the patient\'s conditions', () => {
    const note = 'ALLERGIES: PCN (ANAPHYLAXIS); LATEX (RASH).\n\nASSESSMENT: COUGH.\n';
    const suggested = codes(note);
    assert.ok(suggested.includes('R05.9'), `the assessment is still coded: ${suggested.join(', ')}`);
    assert.ok(!suggested.some((code) => code.startsWith('T78') || code === 'R21'), `no allergy reaction coded: ${suggested.join(', ')}`);
  });

  it('still codes a rash the assessment names, outside the allergies list', () => {
    const note = 'Allergies: penicillin (hives).\n\nAssessment: Rash on both forearms.\n';
    assert.ok(codes(note).includes('R21'));
  });
});
