/**
 * Word normalisation shared by the index build and the runtime matcher, so a term compiled at build
 * time and the same words in a note always reduce to the same tokens.
 */

export interface Token {
  /** Normalised form; an abbreviation or synonym may expand into several tokens sharing one span. */
  norm: string;
  start: number;
  end: number;
  /** Position of the source word in the note; expansion tokens share their word's position. */
  word: number;
}

/** Words that never decide which code applies. Laterality, acuity and stage words are kept. */
const STOPWORDS = new Set(
  (
    'a an the of and or in on at to for with by from as is was were be been are has have had this that these ' +
    'those its it his her their he she they patient due nos nec other unspecified specified elsewhere classified not ' +
    'mellitus site part than into over under which who also any some such so than then there when while ' +
    'use additional code first category condition conditions stage encounter initial region personal'
  ).split(/\s+/),
);

/** Canonical forms so adjectives and British spellings meet the index's nouns. */
const CANONICAL: Record<string, string[]> = {
  renal: ['kidney'],
  nephric: ['kidney'],
  cardiac: ['heart'],
  hepatic: ['liver'],
  pulmonary: ['lung'],
  gastric: ['stomach'],
  cerebral: ['brain'],
  diabetic: ['diabetes'],
  hypertensive: ['hypertension'],
  anemic: ['anemia'],
  infectious: ['infection'],
  infected: ['infection'],
  fractured: ['fracture'],
  obese: ['obesity'],
  febrile: ['fever'],
  painful: ['pain'],
  edematous: ['edema'],
  vomit: ['vomiting'],
  vomited: ['vomiting'],
  coughing: ['cough'],
  thrombus: ['thrombosis'],
  thrombi: ['thrombosis'],
  thrombotic: ['thrombosis'],
  embolus: ['embolism'],
  emboli: ['embolism'],
  tumor: ['neoplasm'],
  tumour: ['neoplasm'],
  neoplasia: ['neoplasm'],
  neoplastic: ['neoplasm'],
  cancer: ['malignant', 'neoplasm'],
  carcinoma: ['malignant', 'neoplasm'],
  adenocarcinoma: ['malignant', 'neoplasm'],
  malignancy: ['malignant', 'neoplasm'],
  sarcoma: ['malignant', 'neoplasm'],
  leiomyosarcoma: ['malignant', 'neoplasm'],
  liposarcoma: ['malignant', 'neoplasm'],
  fibrosarcoma: ['malignant', 'neoplasm'],
  rhabdomyosarcoma: ['malignant', 'neoplasm'],
  adenoma: ['benign', 'neoplasm'],
  fibroma: ['benign', 'neoplasm'],
  metastasi: ['secondary', 'malignant', 'neoplasm'],
  metastase: ['secondary', 'malignant', 'neoplasm'],
  metastatic: ['secondary', 'malignant', 'neoplasm'],
  metastasis: ['secondary', 'malignant', 'neoplasm'],
  bilaterally: ['bilateral'],
  ulcerated: ['ulcer'],
  ulceration: ['ulcer'],
  hemorrhagic: ['hemorrhage'],
  bleeding: ['hemorrhage'],
  bleed: ['hemorrhage'],
  ischemic: ['ischemia'],
  necrotic: ['necrosis'],
  fibrotic: ['fibrosis'],
  stenotic: ['stenosis'],
  inflamed: ['inflammation'],
  inflammatory: ['inflammation'],
  septic: ['sepsis'],
  asthmatic: ['asthma'],
  epileptic: ['epilepsy'],
  anxious: ['anxiety'],
  depressive: ['depression'],
  depressed: ['depression'],
  dyspneic: ['dyspnea'],
  breathlessness: ['dyspnea'],
  swollen: ['swelling'],
  fell: ['fall'],
  arthralgia: ['pain', 'joint'],
  osteoarticular: ['joint'],
  palpebral: ['eyelid'],
  parpebral: ['eyelid'],
  both: ['bilateral'],
  falling: ['fall'],
  fallen: ['fall'],
  tired: ['fatigue'],
  tiredness: ['fatigue'],
  abdominal: ['abdomen'],
  thoracic: ['thorax'],
  vesical: ['bladder'],
  cutaneous: ['skin'],
  ocular: ['eye'],
  oral: ['mouth'],
  femoral: ['femur'],
  pelvic: ['pelvis'],
  intestinal: ['intestine'],
  colonic: ['colon'],
  esophageal: ['esophagus'],
  splenic: ['spleen'],
  pancreatic: ['pancreas'],
  vaginal: ['vagina'],
  uterine: ['uterus'],
  ovarian: ['ovary'],
  testicular: ['testis'],
  prostatic: ['prostate'],
  mammary: ['breast'],
  ureteral: ['ureter'],
  urethral: ['urethra'],
  duodenal: ['duodenum'],
  rectal: ['rectum'],
  gingival: ['gum'],
  // Spanish clinical words that survive machine translation.
  hypertransaminasemia: ['elevated', 'transaminase'],
  transaminitis: ['elevated', 'transaminase'],
  hyporexia: ['anorexia'],
  adenomegaly: ['adenopathy'],
  adenopathic: ['adenopathy'],
  lymphadenopathic: ['lymphadenopathy'],
  enolism: ['alcoholism'],
  enolic: ['alcohol'],
  febricula: ['fever'],
  // Spanish "litiasis" (stones), "neoformación" and "tumoración" (a mass or tumour), "macroscópica"
  // (visible) hematuria, "difuso" for what the index calls generalized, "palidez", "testículo".
  lithiasis: ['calculus'],
  lithiasic: ['calculus'],
  neoformation: ['neoplasm'],
  tumoration: ['neoplasm'],
  macroscopic: ['gross'],
  diffuse: ['generalized'],
  pale: ['pallor'],
  paleness: ['pallor'],
  pallid: ['pallor'],
  testicle: ['testis'],
  painfully: ['pain'],
  // Adjective and noun forms the index uses both of ("venous thrombosis", "thrombosis, vein").
  venous: ['vein'],
  arterial: ['artery'],
  urinary: ['urine'],
  dilation: ['dilatation'],
  // Half of a paired part names the part ("right hemiscrotum").
  hemiscrotum: ['scrotum'],
  hemiabdomen: ['abdomen'],
  hemithorax: ['thorax'],
  epigastralgia: ['pain', 'epigastric'],
  hypotensive: ['hypotension'],
  tender: ['tenderness'],
  // Spanish "cardiopatía", "microhematuria", "cefalea", "rectorragia", "hemorragia digestiva".
  cardiopathy: ['heart', 'disease'],
  microhematuria: ['microscopic', 'hematuria'],
  cephalea: ['headache'],
  rectorrhagia: ['hemorrhage', 'rectum'],
  digestive: ['gastrointestinal'],
  hemospermia: ['hematospermia'],
  hypoacusis: ['hearing', 'loss'],
  presyncope: ['syncope'],
  blurred: ['blurring'],
  visual: ['vision'],
  // Participles the index words as nouns ("perforated ulcer", "perforation of ulcer").
  perforated: ['perforation'],
  herniated: ['herniation'],
  calcified: ['calcification'],
  infarcted: ['infarction'],
  distended: ['distension'],
  distention: ['distension'],
  dilated: ['dilatation'],
  indurated: ['induration'],
  occluded: ['occlusion'],
  incarcerated: ['incarceration'],
  // Spanish "traumatismo", "ulcus", "retraso mental"; the index says injury, ulcer, mental subnormality.
  trauma: ['injury'],
  traumatism: ['injury'],
  ulcus: ['ulcer'],
  retardation: ['subnormality'],
  // An allergy in a case report's history is an allergy status (Z88, Z91.0); a smoker is nicotine dependent,
  // so "smoker of 20 cigarettes" reads "Nicotine dependence, cigarettes"; an ex- or former smoker has its history.
  allergic: ['allergy', 'status'],
  allergy: ['allergy', 'status'],
  smoker: ['smoker', 'nicotine', 'dependence'],
  ex: ['history'],
  former: ['history'],
  ii: ['2'],
  i: ['1'],
  iii: ['3'],
  iv: ['4'],
  first: ['1'],
  second: ['2'],
  third: ['3'],
  fourth: ['4'],
  one: ['1'],
  two: ['2'],
  three: ['3'],
  four: ['4'],
};

function britishToAmerican(word: string): string {
  let w = word;
  if (w.startsWith('oe')) w = 'e' + w.slice(2);
  w = w.replace(/ae/g, 'e').replace(/oea/g, 'ea').replace(/^foet/, 'fet').replace(/oestr/g, 'estr');
  if (w.endsWith('our') && w.length > 5) w = w.slice(0, -3) + 'or';
  if (w.endsWith('ours') && w.length > 6) w = w.slice(0, -4) + 'ors';
  return w;
}

/** Light plural stripping; full stemming would merge terms the index keeps apart (e.g. "ulcerative"). */
/** Words whose final s is no plural. */
const NOT_PLURAL = new Set([
  'aids', 'diabetes', 'herpes', 'lupus', 'pubis', 'mellitus', 'tetanus', 'rabies', 'scabies', 'measles', 'mumps', 'rickets', 'ascites', 'psoriasis', 'pertussis',
  // Singular words ending in -as ("edemas", "hematomas", "melenas" are plurals).
  'pancreas', 'psoas', 'iliopsoas', 'pseudomonas', 'douglas', 'chagas', 'capgras', 'atlas', 'vas', 'bias', 'alias', 'arias', 'canvas',
]);

function singular(w: string): string {
  if (w.length <= 3 || /\d/.test(w) || NOT_PLURAL.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (/(ches|shes|xes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('ias') && w.length > 5) return w.slice(0, -1);
  if (w.endsWith('as') && w.length > 5) return w.slice(0, -1);
  if (w.endsWith('s') && !/(ss|us|is|ys|as|os)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Notes repeat their words; the cache is cleared whole when full, which bounds memory simply. */
const normalizedCache = new Map<string, string[]>();
const NORMALIZED_CACHE_LIMIT = 50_000;

/** Normalises one word into zero or more tokens (zero for a stopword). */
export function normalizeWord(raw: string): string[] {
  let tokens = normalizedCache.get(raw);
  if (!tokens) {
    if (normalizedCache.size >= NORMALIZED_CACHE_LIMIT) normalizedCache.clear();
    tokens = computeNormalizedWord(raw);
    normalizedCache.set(raw, tokens);
  }
  return tokens;
}

function computeNormalizedWord(raw: string): string[] {
  const lower = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '');
  if (STOPWORDS.has(lower)) return [];
  const word = singular(britishToAmerican(lower));
  if (STOPWORDS.has(word)) return [];
  return CANONICAL[word] ?? CANONICAL[lower] ?? [word];
}

/**
 * Noun forms a note's adjective or Latin plural may stand for, by suffix: "allergic" → allergy, "psoriatic" →
 * psoriasis, "eosinophilic" → eosinophilia, "hysterectomized" → hysterectomy, "stenoses" → stenosis, "calculi"
 * → calculus. Each is only a guess: the matcher keeps the ones the index has a token for, beside the word's own
 * tokens. Participles ("observed", "treated", "complicated") and -ive adjectives ("positive") are left out: most
 * of them are narrative words whose noun is an index word of another sense.
 */
const DERIVATIONS: [RegExp, string[]][] = [
  [/ectomi[sz]ed$/, ['ectomy']],
  [/ostomi[sz]ed$/, ['ostomy']],
  [/itic$/, ['itis']],
  [/tic$/, ['sis']],
  [/eic$/, ['ea']],
  [/ic$/, ['ia', 'y', 'us']],
  // Organ adjectives: "corneal" cornea, "peritoneal" peritoneum, "pharyngeal" pharynx, "bronchial" bronchus,
  // "vertebral" vertebra, "pericardial" pericardium, "vulvar" vulva, "cerebellar" cerebellum, "penile" penis.
  // "aplastic" aplasia, "dysplastic" dysplasia; "facial" face.
  [/stic$/, ['sia']],
  [/cial$/, ['ce']],
  [/ngeal$/, ['nx']],
  [/eal$/, ['ea', 'eum']],
  [/ial$/, ['us', 'ium', 'ia']],
  [/al$/, ['a', 'um', 'us']],
  [/ar$/, ['a', 'um']],
  [/ile$/, ['is']],
  [/ses$/, ['sis']],
  [/ices$/, ['ix']],
  [/i$/, ['us']],
  [/ae$/, ['a']],
];
/** -ic words that name a drug class, a procedure or a measurement rather than a state of the patient. */
const NOT_DERIVED = new Set([
  'diuretic', 'analgesic', 'antibiotic', 'antiseptic', 'hypoglycemic', 'prosthetic', 'static', 'endoscopic', 'laparoscopic',
  'ophthalmic', 'systolic', 'diastolic', 'pathologic', 'caloric', 'ferric', 'isotopic', 'therapeutic', 'diagnostic', 'antiemetic',
]);
/**
 * Latin words of index terms ("otitis media", "otitis externa", "spina bifida", "rectus muscle") that an
 * English adjective's ending would reach but that name no organ of it.
 */
const NOT_DERIVED_FORMS = new Set([
  'interna', 'internum', 'externa', 'externum', 'materia', 'mentum', 'medium', 'media', 'congenita', 'congenitum',
  'spina', 'porta', 'febris', 'rectus', 'globus', 'radium', 'manuum', 'maximum', 'optica', 'opticum', 'electrica',
  'symmetricum', 'geographica', 'tropica', 'tropicum', 'tropicus', 'psychica', 'periodica', 'linea', 'lassa', 'crurum',
  'venerea', 'venereum', 'transversus', 'arteria', 'septa', 'cauda', 'costa', 'lingua', 'truncus', 'chorda', 'cubitus',
]);
const derivedCache = new Map<string, string[]>();

/** Normalised tokens of the noun forms `raw` may stand for (see DERIVATIONS), not those of `raw` itself. */
export function derivedTokens(raw: string): string[] {
  let tokens = derivedCache.get(raw);
  if (tokens) return tokens;
  if (derivedCache.size >= NORMALIZED_CACHE_LIMIT) derivedCache.clear();
  const lower = britishToAmerican(raw.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  const out = new Set<string>();
  if (lower.length >= 6 && !STOPWORDS.has(lower) && !NOT_DERIVED.has(lower)) {
    const own = new Set(normalizeWord(raw));
    for (const [pattern, endings] of DERIVATIONS) {
      if (!pattern.test(lower)) continue;
      for (const ending of endings) for (const t of normalizeWord(lower.replace(pattern, ending))) if (!own.has(t) && !NOT_DERIVED_FORMS.has(t)) out.add(t);
    }
    // A hysterectomized patient has the status of the operation (Z90.710, "Status (post), hysterectomy").
    if (/(?:ectomi|ostomi)[sz]ed$/.test(lower)) out.add('status');
  }
  tokens = [...out];
  derivedCache.set(raw, tokens);
  return tokens;
}

const WORD = /[A-Za-z\u00C0-\u024F0-9]+(?:['’][A-Za-z]+)?/g;

export interface RawWord {
  text: string;
  start: number;
  end: number;
}

export function splitWords(text: string, offset = 0): RawWord[] {
  const words: RawWord[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return words;
}

/** Normalised tokens of a phrase, deduplicated in order; used to compile index terms. */
export function phraseTokens(phrase: string): string[] {
  const seen = new Set<string>();
  for (const word of splitWords(phrase)) for (const t of normalizeWord(word.text)) seen.add(t);
  return [...seen];
}
