/**
 * Clinical abbreviations expanded into words the alphabetic index knows. Expansions are chosen to land on
 * the index path that yields the intended code (e.g. HFrEF → systolic heart failure → I50.2-).
 * Upper-case keys match only when written in capitals ("PE", "MI"), since the lower-case word is often
 * ordinary English; mixed/lower keys match case-insensitively.
 */
const CASE_SENSITIVE: Record<string, string> = {
  PE: 'pulmonary embolism',
  MI: 'acute myocardial infarction',
  AF: 'atrial fibrillation',
  CP: 'chest pain',
  MS: 'multiple sclerosis',
  RA: 'rheumatoid arthritis',
  OA: 'osteoarthritis',
  UC: 'ulcerative colitis',
  TB: 'tuberculosis',
  HF: 'heart failure',
  PAD: 'peripheral vascular disease',
  AS: 'aortic stenosis',
  MR: 'mitral insufficiency',
  LBP: 'low back pain',
  HA: 'headache',
  ARF: 'acute kidney failure',
  CRF: 'chronic kidney disease',
  DM: 'diabetes',
  // Eye side, so eye codes get their laterality ("cataract RE", "OD" oculus dexter).
  RE: 'right eye',
  LE: 'left eye',
  OD: 'right eye',
  OS: 'left eye',
  OU: 'bilateral eye',
};

const ANY_CASE: Record<string, string> = {
  htn: 'hypertension',
  // Spanish HTA in machine translation.
  aht: 'hypertension',
  dm2: 'type 2 diabetes',
  t2dm: 'type 2 diabetes',
  t2d: 'type 2 diabetes',
  niddm: 'type 2 diabetes',
  dm1: 'type 1 diabetes',
  t1dm: 'type 1 diabetes',
  t1d: 'type 1 diabetes',
  iddm: 'type 1 diabetes',
  chf: 'congestive heart failure',
  hfref: 'systolic heart failure',
  hfpef: 'diastolic heart failure',
  copd: 'chronic obstructive pulmonary disease',
  ckd: 'chronic kidney disease',
  esrd: 'end stage renal disease',
  aki: 'acute kidney failure',
  nstemi: 'non st elevation myocardial infarction',
  stemi: 'st elevation myocardial infarction',
  cad: 'coronary artery disease',
  afib: 'atrial fibrillation',
  'a-fib': 'atrial fibrillation',
  dvt: 'deep vein thrombosis',
  uti: 'urinary tract infection',
  gerd: 'gastro esophageal reflux disease',
  gord: 'gastro esophageal reflux disease',
  osa: 'obstructive sleep apnea',
  cva: 'cerebral infarction',
  tia: 'transient ischemic attack',
  hld: 'hyperlipidemia',
  bph: 'benign prostatic hyperplasia',
  pna: 'pneumonia',
  sob: 'shortness of breath',
  doe: 'dyspnea',
  hiv: 'human immunodeficiency virus hiv disease',
  hcv: 'hepatitis c',
  cmv: 'cytomegalovirus infection',
  ebv: 'epstein barr virus infection',
  hbv: 'hepatitis b',
  uri: 'upper respiratory infection',
  ards: 'acute respiratory distress syndrome',
  dka: 'diabetic ketoacidosis',
  mdd: 'major depressive disorder',
  gad: 'generalized anxiety disorder',
  adhd: 'attention deficit hyperactivity disorder',
  ibs: 'irritable bowel syndrome',
  ibd: 'inflammatory bowel disease',
  sle: 'systemic lupus erythematosus',
  pvd: 'peripheral vascular disease',
  ptsd: 'post traumatic stress disorder',
  nash: 'nonalcoholic steatohepatitis',
  nafld: 'nonalcoholic fatty liver disease',
  bmi: 'body mass index',
  lbbb: 'left bundle branch block',
  rbbb: 'right bundle branch block',
  svt: 'supraventricular tachycardia',
  vt: 'ventricular tachycardia',
  pud: 'peptic ulcer',
  hypothyroid: 'hypothyroidism',
  hyperlipidaemia: 'hyperlipidemia',
};

/**
 * Expansion text for one written word, or undefined when it is no abbreviation. In text written all in
 * capitals ("SPO2 95% ON RA") case says nothing, so only the unambiguous abbreviations apply there.
 */
export function expandAbbreviation(word: string, shouting = false): string | undefined {
  if (!shouting && Object.hasOwn(CASE_SENSITIVE, word)) return CASE_SENSITIVE[word];
  const lower = word.toLowerCase();
  return Object.hasOwn(ANY_CASE, lower) ? ANY_CASE[lower] : undefined;
}

/** Mostly capital letters: an ALL-CAPS note or line. */
export function isShouting(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 8 && upper > 3 * lower;
}
