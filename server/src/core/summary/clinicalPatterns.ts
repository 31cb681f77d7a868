/** Surface patterns shared by the summariser and the faithfulness check. */
export const DOSE = /\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|gm|grams?|units?|iu|ml|mL|meq|mEq|%|puffs?|tabs?|tablets?|caps?|capsules?|drops?)\b/i;
export const DRUG_SUFFIX = /\b[a-z]{3,}(?:pril|sartan|olol|alol|dipine|statin|formin|gliptin|glitazone|gliflozin|glutide|prazole|tidine|cillin|mycin|micin|floxacin|cycline|azole|vir|mab|nib|parin|xaban|gatran|sone|olone|lukast|terol|tropium|azepam|zolam|oxetine|aline|triptyline|pramine|done|codone|morphone|profen|fenac|coxib|semide|thiazide|actone|dronate|thyroxine|barbital|tiapine|peridol|idone|zepine|etine|afil|osin|asteride|lamide|triptan|setron|caine)\b/i;

/** Frequent drugs whose names no suffix gives away. */
export const COMMON_DRUGS: ReadonlySet<string> = new Set([
  'aspirin', 'insulin', 'warfarin', 'coumadin', 'heparin', 'ibuprofen', 'acetaminophen', 'tylenol', 'motrin', 'advil',
  'morphine', 'digoxin', 'lasix', 'nitroglycerin', 'amiodarone', 'clopidogrel', 'plavix', 'eliquis', 'xarelto',
  'levothyroxine', 'synthroid', 'allopurinol', 'colchicine', 'gabapentin', 'lyrica', 'tramadol', 'vicodin', 'percocet',
  'naproxen', 'aleve', 'zoloft', 'prozac', 'xanax', 'ativan', 'valium', 'benadryl', 'zyrtec', 'claritin', 'lithium',
  'penicillin', 'keflex', 'augmentin', 'zithromax', 'bactrim', 'cipro', 'flagyl', 'vancomycin', 'glipizide', 'glyburide',
  'spironolactone', 'hydralazine', 'clonidine', 'ondansetron', 'zofran', 'omeprazole', 'prilosec', 'nexium', 'famotidine',
]);

export function isDrugWord(word: string): boolean {
  return COMMON_DRUGS.has(word.toLowerCase()) || DRUG_SUFFIX.test(word);
}
