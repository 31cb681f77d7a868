import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ContextTrait, contextScopes } from '../../../server/src/core/icd/context';
import { splitWords } from '../../../server/src/core/icd/text';

/** [sentence, finding in it, traits the finding must have (and no others)] */
const CASES: [string, string, ContextTrait[]][] = [
  // negation, forward
  ['No fever.', 'fever', ['NEGATION']],
  ['Patient denies chest pain.', 'chest pain', ['NEGATION']],
  // The window counts from where the mention starts: the last words of a long list may run past it.
  ['No chest pain or shortness of breath.', 'shortness of breath', ['NEGATION']],
  ['Denies fever, chills, night sweats or shortness of breath.', 'shortness of breath', ['NEGATION']],
  ['He denied nausea or vomiting.', 'vomiting', ['NEGATION']],
  ['Negative for pneumonia on imaging.', 'pneumonia', ['NEGATION']],
  ['No evidence of deep vein thrombosis.', 'deep vein thrombosis', ['NEGATION']],
  ['Abdomen soft without masses.', 'masses', ['NEGATION']],
  ['There is no sign of infection.', 'infection', ['NEGATION']],
  ['Free of malignancy at the margins.', 'malignancy', ['NEGATION']],
  ['Absence of lymphadenopathy.', 'lymphadenopathy', ['NEGATION']],
  // A comma and "with" or a history phrase start a new item the negation does not reach.
  ['Without known drug allergies, with a history of hypertension and gout.', 'hypertension', ['HISTORICAL']],
  ['No known allergies, history of asthma in childhood.', 'asthma', ['HISTORICAL']],
  ['Afebrile without chills, with productive cough since Monday.', 'productive cough', []],
  ['No nausea, vomiting, with no abdominal pain either.', 'vomiting', ['NEGATION']],
  ['Without fever, chills or weight loss.', 'weight loss', ['NEGATION']],
  ['She has never had seizures.', 'seizures', ['NEGATION']],
  ['No fever, chills, cough or dyspnea.', 'dyspnea', ['NEGATION']],
  ['Patient does not have diabetes.', 'diabetes', ['NEGATION']],
  ['Ruled out myocardial infarction.', 'myocardial infarction', ['NEGATION']],
  ['No history of stroke.', 'stroke', ['NEGATION']],
  // negation, backward
  ['Pulmonary embolism was ruled out.', 'Pulmonary embolism', ['NEGATION']],
  ['HIV serology was negative.', 'HIV', ['NEGATION']],
  ['Meningeal signs absent.', 'Meningeal signs', ['NEGATION']],
  ['Murmurs were not present.', 'Murmurs', ['NEGATION']],
  ['Malignancy was excluded by biopsy.', 'Malignancy', ['NEGATION']],
  // negation scope ends at a terminator
  ['No fever but persistent cough.', 'cough', []],
  ['Denies chest pain, however reports dyspnea.', 'dyspnea', []],
  ['No edema although he has ascites.', 'ascites', []],
  // pseudo-triggers do not negate
  ['No change in his heart failure.', 'heart failure', []],
  ['Gram negative bacteremia.', 'bacteremia', []],
  ['Walks without difficulty despite arthritis.', 'arthritis', []],
  ['Pneumonia cannot be ruled out.', 'Pneumonia', ['UNCERTAIN']],
  // uncertain
  ['Possible pneumonia in the right lower lobe.', 'pneumonia', ['UNCERTAIN']],
  ['Probable urinary tract infection.', 'urinary tract infection', ['UNCERTAIN']],
  ['Suspected appendicitis.', 'appendicitis', ['UNCERTAIN']],
  ['Rule out sepsis.', 'sepsis', ['UNCERTAIN']],
  ['Findings suggestive of cholecystitis.', 'cholecystitis', ['UNCERTAIN']],
  ['Likely viral gastroenteritis.', 'gastroenteritis', ['UNCERTAIN']],
  ['Concern for pulmonary embolism.', 'pulmonary embolism', ['UNCERTAIN']],
  ['Questionable fracture of the radius.', 'fracture', ['UNCERTAIN']],
  ['Tuberculosis is suspected.', 'Tuberculosis', ['UNCERTAIN']],
  ['Lymphoma cannot be excluded.', 'Lymphoma', ['UNCERTAIN']],
  ['Differential diagnosis includes sarcoidosis.', 'sarcoidosis', ['UNCERTAIN']],
  ['Pneumonia versus atelectasis.', 'atelectasis', ['UNCERTAIN']],
  ['Cellulitis?', 'Cellulitis', ['UNCERTAIN']],
  // historical
  ['History of myocardial infarction.', 'myocardial infarction', ['HISTORICAL']],
  ['Past medical history of breast cancer.', 'breast cancer', ['HISTORICAL']],
  ['Status post appendectomy for appendicitis.', 'appendicitis', ['HISTORICAL']],
  ['Previous stroke with no residual deficit.', 'stroke', ['HISTORICAL']],
  ['He had pneumonia years ago.', 'pneumonia', ['HISTORICAL']],
  ['Prior deep vein thrombosis.', 'deep vein thrombosis', ['HISTORICAL']],
  ['Hepatitis in childhood.', 'Hepatitis', ['HISTORICAL']],
  ['Personal history of melanoma.', 'melanoma', ['HISTORICAL']],
  ['Remote history of alcohol abuse.', 'alcohol abuse', ['HISTORICAL']],
  // family
  ['Family history of colon cancer.', 'colon cancer', ['FAMILY']],
  ['His mother has type 2 diabetes.', 'type 2 diabetes', ['FAMILY']],
  ['Father died of myocardial infarction.', 'myocardial infarction', ['FAMILY']],
  ['Breast cancer in his sister.', 'Breast cancer', ['FAMILY']],
  ['Maternal grandmother with dementia.', 'dementia', ['FAMILY']],
  ['FH of hypertension.', 'hypertension', ['FAMILY']],
  ['Both parents have hypertension.', 'hypertension', ['FAMILY']],
  // hypothetical
  ['Return if chest pain recurs.', 'chest pain', ['HYPOTHETICAL']],
  ['Call if fever develops.', 'fever', ['HYPOTHETICAL']],
  ['Watch for signs of bleeding.', 'bleeding', ['HYPOTHETICAL']],
  ['At risk for pressure ulcers.', 'pressure ulcers', ['HYPOTHETICAL']],
  ['Heparin to prevent deep vein thrombosis.', 'deep vein thrombosis', ['HYPOTHETICAL']],
  ['Screening for colorectal cancer.', 'colorectal cancer', ['HYPOTHETICAL']],
  ['Should she develop dyspnea, seek care.', 'dyspnea', ['HYPOTHETICAL']],
  ['Prophylaxis against endocarditis.', 'endocarditis', ['HYPOTHETICAL']],
  // a trigger inside the phrase
  ['Lesion-free kidney on ultrasound.', 'Lesion-free kidney', ['NEGATION']],
  // combinations
  ['No family history of diabetes.', 'diabetes', ['NEGATION', 'FAMILY']],
  ['History of possible seizure.', 'seizure', ['HISTORICAL', 'UNCERTAIN']],
  // affirmed
  ['Patient has pneumonia.', 'pneumonia', []],
  ['Assessment: type 2 diabetes mellitus, uncontrolled.', 'type 2 diabetes mellitus', []],
  ['Acute kidney injury on admission.', 'Acute kidney injury', []],
  ['Presents with fever and cough.', 'cough', []],
  ['CT shows a renal mass.', 'renal mass', []],
  ['He was diagnosed with hypertension.', 'hypertension', []],
  ['A 65-year-old man with chest pain.', 'chest pain', []],
];

function traitsOf(sentence: string, finding: string): ContextTrait[] {
  const at = sentence.indexOf(finding);
  assert.ok(at >= 0, `"${finding}" is not in "${sentence}"`);
  const words = splitWords(sentence);
  const first = words.findIndex((w) => w.start >= at);
  let last = first;
  while (last + 1 < words.length && words[last + 1].end <= at + finding.length) last++;
  return contextScopes(words, sentence).traitsFor(first, last).sort();
}

describe('icd assertion context', () => {
  it(`covers at least 60 sentences`, () => {
    assert.ok(CASES.length >= 60, `only ${CASES.length} cases`);
  });

  for (const [sentence, finding, expected] of CASES) {
    it(`${JSON.stringify(sentence)} → ${finding}: ${expected.join('+') || 'affirmed'}`, () => {
      assert.deepEqual(traitsOf(sentence, finding), [...expected].sort());
    });
  }
});
