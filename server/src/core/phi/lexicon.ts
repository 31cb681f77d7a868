import censusFirstNames from './data/census-first-names';
import censusSurnames from './data/census-surnames';
import commonWords from './data/common-words';
import englishWords from './data/english-words';
import medicalWords from './data/medical-words';
import properNouns from './data/proper-nouns';
import { ssaFirstNames } from './data/ssa-first-names';
import { worldFirstNames, worldSurnames } from './data/world-names';
import { CLINICAL_ABBREVIATIONS, CLINICAL_PRODUCTS_AND_SHORTHAND, EPONYMS, NEVER_NAMES } from './vocabulary';
import { WordTable } from '../wordTable';

/** How much a word, seen on its own, says about being a name. */
export type NameTier =
  /** In a name list and not an English, clinical or drug word: a name even without context. */
  | 'name'
  /** In a name list but also an ordinary word ("Will", "Grace", "Brown"): a name only with context. */
  | 'ambiguous'
  /** Eponyms and words that are never names ("Foley", "Parkinson", "the"). */
  | 'word'
  /** In no list. */
  | 'unknown';

export interface WordInfo {
  tier: NameTier;
  firstName: boolean;
  surname: boolean;
  /** Frequency rank in the census lists, 0 = most common; Infinity when absent. */
  firstRank: number;
  surnameRank: number;
  /** Rank among lower-case words of clinical prose; 0 = most frequent; undefined when never seen in lower case. */
  commonRank: number | undefined;
  /** An ordinary word of clinical prose, ICD-10-CM or the drug table (not only of a general dictionary). */
  clinicalWord: boolean;
}

interface Lexicon {
  firstNames: WordTable;
  surnames: WordTable;
  common: WordTable;
  medical: WordTable;
  english: WordTable;
  properNouns: WordTable;
}

let loaded: Lexicon | undefined;

/** The name lists are large, so they are indexed once, on first use. */
function lexicon(): Lexicon {
  if (!loaded) {
    loaded = {
      // Given names of today's children and young adults come after the world names' middling rank.
      firstNames: withWorldNames(withWorldNames(new WordTable(censusFirstNames), worldFirstNames, 2000), ssaFirstNames, 2500),
      surnames: withWorldNames(new WordTable(censusSurnames), worldSurnames, 5000),
      common: new WordTable(commonWords.toUpperCase()),
      medical: new WordTable(medicalWords.toUpperCase()),
      english: new WordTable(englishWords.toUpperCase()),
      properNouns: new WordTable(properNouns.toUpperCase()),
    };
  }
  return loaded;
}

/** Words of clinical prose more frequent than this are everyday words: a town's or a person's name only with more evidence. */
export const EVERYDAY_CLINICAL_RANK = 3000;

/** Names missing from the census get a middling rank: frequent today, not in 1990. */
function withWorldNames(names: WordTable, extra: string, rank: number): WordTable {
  for (const name of extra.trim().split(/\s+/)) names.add(/[^\x00-\x7f]/.test(name) ? name.normalize('NFD').replace(/\p{M}/gu, '') : name, rank);
  return names;
}

/** "I'M", "DON'T", "SHE'LL": contractions, which the name lists cannot hold but a caps or lower-case line can make look new. */
const CONTRACTION = /^(?:I|YOU|HE|SHE|IT|WE|THEY|THAT|WHAT|WHO|THERE|HERE|LET|WHERE|HOW)['’](?:M|S|D|LL|VE|RE)$|N['’]T$/;

const cache = new Map<string, WordInfo>();

/**
 * Stems of drug names newer than the FY2017 drug table or missing from it ("APIXABAN", "SITAGLIPTIN", "MIDODRINE"): no name
 * in the census or world lists ends so, apart from a Mc- surname.
 */
const DRUG_STEM = /^(?!MC)[A-Z]{2,}(?:XABAN|GATRAN|GLIPTIN|GLIFLOZIN|GLUTIDE|TINIB|CICLIB|PARIB|ZOMIB|SARTAN|OLOL|STATIN|CONAZOLE|PRAZOLE|CYCLINE|FLOXACIN|MYCIN|CILLIN|PENEM|NAVIR|BUVIR|TEGRAVIR|CLOVIR|PARIN|GLITAZONE|SETRON|TRIPTAN|TIDINE|LUKAST|DRONATE|OXETINE|AZEPAM|AZOLAM|DIPINE|SONIDE|METASONE|TEROL|TROPIUM|GABALIN|TRIPTYLINE|PERIDONE|ZUMAB|XIMAB|MUMAB|CEPT|GLARGINE|DEGLUDEC|DETEMIR|DRINE|TIAPINE|ZAPINE|NAPINE|XAPINE)$/;

function isDrugStem(upper: string): boolean {
  return upper.length >= 6 && DRUG_STEM.test(upper);
}

/**
 * "KAPLAN-REID", "ADEYEMI-CROSS": a double-barrelled surname no list holds whole is a surname when every part is a listed
 * surname of four letters or more that clinical prose seldom uses, and one part is no dictionary word ("X-RAY",
 * "FOLLOW-UP" and the syndromes in EPONYMS stay out).
 */
function joinedSurname(upper: string, info: WordInfo): void {
  const parts = upper.split('-');
  // Short parts make brands and programmes ("MEDI-CAL", "COE-PAK"), not surnames.
  if (parts.length > 3 || parts.some((p) => p.length < 4) || /^(?:LIKE|STYLE|TYPE|BASED|RELATED|ASSOCIATED|INDUCED|NEGATIVE|POSITIVE|FREE|SPARING)$/.test(parts[parts.length - 1])) return;
  const infos = parts.map((p) => wordInfo(p));
  if (infos.some((p) => p.tier === 'word' || p.tier === 'unknown' || !p.surname || (p.commonRank !== undefined && p.commonRank < 3000))) return;
  if (!infos.some((p) => p.tier === 'name')) return;
  info.tier = 'name';
  info.surname = true;
  info.surnameRank = Math.max(...infos.map((p) => Math.min(p.surnameRank, p.firstRank)));
}

/**
 * Classifies an upper-case word. Surnames rarer than this rank that are also words are ordinary
 * words; rare-but-clean surnames still count, because held-out notes are full of unusual names.
 */
export function wordInfo(upper: string): WordInfo {
  const hit = cache.get(upper);
  if (hit) return hit;
  const lex = lexicon();
  const firstRank = lex.firstNames.get(upper);
  const surnameRank = lex.surnames.get(upper);
  const commonRank = lex.common.get(upper);
  const firstName = firstRank !== undefined;
  const surname = surnameRank !== undefined;
  const drug = isDrugStem(upper);
  const product = CLINICAL_PRODUCTS_AND_SHORTHAND.has(upper);
  const clinicalWord = commonRank !== undefined || lex.medical.has(upper) || drug || product;
  let tier: NameTier;
  if (NEVER_NAMES.has(upper) || EPONYMS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || CONTRACTION.test(upper) || drug || product) tier = 'word';
  else if (!firstName && !surname) tier = 'unknown';
  else if (clinicalWord || upper.length <= 2) tier = 'ambiguous';
  // A frequent name that is only a rare dictionary word (Walker, Hunter, Grace) is still a name.
  // A frequent surname that is only a dictionary word (Hunter, Baker) is still a name; a first name that is
  // a word (Grace, Joy, Faith) is not, because notes use those words.
  else if (isEnglishWord(upper) && !((surnameRank ?? Infinity) < 3000 && !firstName)) tier = 'ambiguous';
  else tier = 'name';
  const info: WordInfo = { tier, firstName, surname, firstRank: firstRank ?? Infinity, surnameRank: surnameRank ?? Infinity, commonRank, clinicalWord };
  if (tier === 'unknown' && upper.includes('-')) joinedSurname(upper, info);
  if (cache.size > 50_000) cache.clear();
  cache.set(upper, info);
  return info;
}

/** True for words known from English or clinical prose, drugs or eponyms: not a name by themselves. */
export function isKnownWord(upper: string): boolean {
  const hit = knownCache.get(upper);
  if (hit !== undefined) return hit;
  const lex = lexicon();
  const known = CONTRACTION.test(upper) || lex.common.has(upper) || lex.medical.has(upper) || NEVER_NAMES.has(upper) || EPONYMS.has(upper) || CLINICAL_ABBREVIATIONS.has(upper) || CLINICAL_PRODUCTS_AND_SHORTHAND.has(upper) || isDrugStem(upper) || isEnglishWord(upper);
  if (knownCache.size > 50_000) knownCache.clear();
  knownCache.set(upper, known);
  return known;
}

const knownCache = new Map<string, boolean>();

/** Places, nationalities, days and brands from the English dictionary (never census names). */
export function isProperNoun(upper: string): boolean {
  return lexicon().properNouns.has(upper);
}

const INFLECTIONS: ReadonlyArray<[RegExp, string]> = [
  // "-es" only after the sounds that take it (boxes, churches, wishes, buzzes, potatoes), so "James" is not "jam".
  [/IES$/, 'Y'], [/(?<=[SXZO]|CH|SH)ES$/, ''], [/S$/, ''], [/ED$/, ''], [/ED$/, 'E'], [/ING$/, ''], [/ING$/, 'E'], [/LY$/, ''], [/ER$/, ''], [/EST$/, ''],
];

/** Dictionary stems plus regular inflections ("streets", "walked", "happily"). */
function isEnglishWord(upper: string): boolean {
  const lex = lexicon();
  const known = (w: string) => lex.english.has(w) || lex.common.has(w) || lex.medical.has(w);
  if (known(upper)) return true;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (upper.length > 4 && suffix.test(upper) && known(upper.replace(suffix, replacement))) return true;
  }
  return false;
}
