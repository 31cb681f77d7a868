import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { NEIGHBOURS, NeighbourIndex, neighbourData, noteWords } from '../../../server/src/core/icd/neighbours';

const reports = [
  { text: 'Renal cell carcinoma: flank mass and hematuria; radical nephrectomy.', codes: ['C641', 'R319'] },
  { text: 'Clear cell renal carcinoma found on CT for hematuria; nephrectomy performed.', codes: ['C641'] },
  { text: 'Community-acquired pneumonia with fever and cough, treated with amoxicillin.', codes: ['J189', 'R509'] },
  { text: 'Ankle fracture after a fall on ice; cast applied.', codes: ['S82899A'] },
];

function indexOf(list: typeof reports): NeighbourIndex {
  return new NeighbourIndex(neighbourData(list.map((r) => ({ words: noteWords(r.text), codes: r.codes }))));
}

describe('icd neighbours', () => {
  it('reads words in any case, with their counts, leaving out short and common words', () => {
    const words = noteWords('The patient HAD Hematuria; hematuria and a mass of 3 cm with CT-guided biopsy.');
    assert.equal(words.get('hematuria'), 2);
    assert.equal(words.get('ct-guided'), 1);
    for (const left of ['the', 'patient', 'had', 'and', 'of', 'cm', 'with']) assert.ok(!words.has(left), left);
  });

  it('weighs the codes of the reports most like the note by their similarity', () => {
    const found = indexOf(reports).neighbourhood(noteWords('Hematuria and a renal mass; nephrectomy showed carcinoma.'));
    const kidney = found.shares.get('C641') ?? 0;
    // The two kidney reports are nearer than the pneumonia report, which shares no word with the note.
    assert.ok(kidney > 0.99, `C641 share ${kidney}`);
    assert.ok(!found.shares.has('J189'));
    assert.ok((found.categoryShares.get('C64') ?? 0) > 0.99);
    assert.ok(found.nearest > 0 && found.nearest <= 1);
    // Only the first kidney report carries R319: its share is that report's part of the two reports' summed similarity,
    // more than nothing and less than the share of C641, which both carry.
    const hematuriaShare = found.shares.get('R319') ?? 0;
    assert.ok(hematuriaShare > 0 && hematuriaShare < kidney, `R319 share ${hematuriaShare}`);
    assert.ok([...found.shares.values()].every((share) => share > 0 && share <= 1 + 1e-9));
  });

  it('finds no neighbours for a note sharing no word with the training reports', () => {
    const found = indexOf(reports).neighbourhood(noteWords('Routine visit, nothing else.'));
    assert.equal(found.shares.size, 0);
    assert.equal(found.nearest, 0);
  });

  it('weighs at most NEIGHBOURS reports', () => {
    const kidney = Array.from({ length: NEIGHBOURS + 10 }, (_, i) => ({ text: `hematuria nephrectomy case${i}`, codes: ['C641', `Z${String(i).padStart(3, '0')}`] }));
    const many = [...kidney, ...kidney.map((_, i) => ({ text: `ankle fracture cast case${i}`, codes: ['S82899A'] }))];
    const found = indexOf(many).neighbourhood(noteWords('hematuria nephrectomy'));
    const distinctCases = [...found.shares.keys()].filter((code) => code.startsWith('Z')).length;
    assert.equal(distinctCases, NEIGHBOURS);
  });
});
