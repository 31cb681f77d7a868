/**
 * Learned re-ranking of ICD-10-CM candidates, trained on CodiEsp train by scripts/icd/learn-ranker.ts.
 *
 * Three learned parts: word associations (how often a note with an affirmed word or word pair was coded
 * with a code: finds codes the dictionary misses, "pathology" → R69), how often the dictionary's reading
 * of a code was right, and which code of the same category coders chose instead (specificity). A
 * logistic model over those signals and the dictionary's own confidence gives each candidate a
 * calibrated score.
 */

/** Signals the re-ranker combines, in the order of its weight vector. */
export const RANK_SIGNALS = [
  'bias',
  /** Dictionary confidence from match quality, section and context traits; 0 when the dictionary is silent. */
  'dictionary',
  'dictionarySilent',
  /** Smoothed log-odds that the dictionary's suggestion of this code was right in training. */
  'dictionaryRecord',
  /** The same for the best of the phrases the dictionary read the code from, relative to the code's record. */
  'phraseRecord',
  /** log(1 + codes the dictionary read in the note): in a long list each reading is less likely to be coded. */
  'noteCodes',
  /** log(1 + times the dictionary suggested this code in training). */
  'dictionaryExperience',
  /** Highest share of training notes with one of this note's words (or word pairs) that carried the code. */
  'association',
  /** The second highest such share: a code two different words point to is likelier. */
  'secondAssociation',
  /** Log-odds of the highest share, and the same for codes the dictionary did not read. */
  'associationLogOdds',
  'silentAssociationLogOdds',
  /** Dictionary confidence when word associations back the reading. */
  'dictionaryTimesAssociation',
  /** Smoothed log-odds that this code was right when proposed without the dictionary (inner cross-validation in training). */
  'associationRecord',
  /** Association share of the code's category, and the code's part of it (which sibling coders chose). */
  'categoryAssociation',
  'shareOfCategory',
  /** Share of the code's title words the note affirms: an associated code whose own words are there is likelier. */
  'titleOverlap',
  /** Share of the words the code's title adds to its parent's ("with ascites") the note affirms. */
  'specificOverlap',
  /** Title words for codes the dictionary did not read (it already required its terms' words). */
  'silentTitleOverlap',
  /** Where in the note the first evidence stands (0 start, 1 end): case reports open with the presenting problem. */
  'position',
  /** log(1 + training documents coded with it). */
  'frequency',
  /** Share of training notes where coders chose this code when the dictionary read a sibling. */
  'alternative',
  'symptom',
  'billable',
  /** log(1 + affirmed mentions). */
  'mentions',
] as const;
export type RankSignal = (typeof RANK_SIGNALS)[number];

export const RANKER_FORMAT = 1;

/** The model as stored (gzip JSON); compact arrays keep it small in the package. */
export interface RankerModelData {
  format: number;
  source: string;
  /** Association features: a normalised word, two consecutive ones joined by a space, or a code the dictionary read (codeFeature). */
  features: string[];
  /** Codes the associations point to. */
  associatedCodes: string[];
  /** Per feature: [code index, share in thousandths, code index, share, ...]. */
  associations: number[][];
  /** code → training documents coded with it. */
  codeDocuments: Record<string, number>;
  /** code → [times the dictionary suggested it, times it was right]. */
  dictionaryRecord: Record<string, [number, number]>;
  /** `code phrase` → the same, per normalised phrase the code was read from (seen at least twice). */
  phraseRecord: Record<string, [number, number]>;
  /** code → [times proposed without the dictionary on notes the associations had not seen, times right]. */
  associationRecord: Record<string, [number, number]>;
  /** Dictionary code → [code coders chose instead, share]. */
  alternatives: Record<string, [string, number][]>;
  /** One weight per RANK_SIGNALS entry. */
  weights: number[];
  /** Candidates scoring below this are not suggested. */
  minScore: number;
}

export class RankerFormatError extends Error {}

/** Features kept per associated code: the evidence shown, and the best one first. */
const MAX_SUPPORT = 3;
/** Pseudo-counts pulling a rarely seen code's record towards the dictionary's overall precision. */
const RECORD_STRENGTH = 3;

export class IcdRanker {
  readonly minScore: number;
  private readonly weights: number[];
  private readonly byFeature = new Map<string, number[]>();
  /** Category number of each associated code. */
  private readonly categoryOf: number[];
  private readonly categoryCount: number;
  private readonly baseline: number;
  private readonly silentBaseline: number;

  constructor(private readonly data: RankerModelData) {
    if (data.format !== RANKER_FORMAT || !Array.isArray(data.weights) || data.weights.length !== RANK_SIGNALS.length) {
      throw new RankerFormatError(`ranker model is not format ${RANKER_FORMAT}`);
    }
    this.weights = data.weights;
    this.minScore = data.minScore;
    data.features.forEach((feature, i) => this.byFeature.set(feature, data.associations[i]));
    const categories = new Map<string, number>();
    this.categoryOf = data.associatedCodes.map((code) => {
      const category = code.slice(0, 3);
      let id = categories.get(category);
      if (id === undefined) categories.set(category, (id = categories.size));
      return id;
    });
    this.categoryCount = categories.size;
    let suggested = 0;
    let correct = 0;
    for (const [s, k] of Object.values(data.dictionaryRecord)) {
      suggested += s;
      correct += k;
    }
    this.baseline = suggested ? correct / suggested : 0.35;
    let proposed = 0;
    let right = 0;
    for (const [s, k] of Object.values(data.associationRecord)) {
      proposed += s;
      right += k;
    }
    this.silentBaseline = proposed ? Math.max(right, 1) / proposed : 0.01;
  }

  /**
   * Codes the note's features are associated with: the two highest shares, the category's, and the
   * strongest features behind them (best first), which serve as evidence. Typed arrays indexed by code
   * keep this linear in the note's feature-code pairs.
   */
  associate(features: Iterable<string>): Map<string, Association> {
    const codes = this.data.associatedCodes;
    const best = new Float64Array(codes.length);
    const second = new Float64Array(codes.length);
    const support: string[][] = [];
    const touched: number[] = [];
    const categoryBest = new Float64Array(this.categoryCount);
    const featureCategory = new Float64Array(this.categoryCount);
    const featureCategories: number[] = [];
    for (const feature of features) {
      const row = this.byFeature.get(feature);
      if (!row) continue;
      for (let i = 0; i + 1 < row.length; i += 2) {
        const c = row[i];
        const share = row[i + 1] / 1000;
        const category = this.categoryOf[c];
        if (featureCategory[category] === 0) featureCategories.push(category);
        featureCategory[category] += share;
        if (best[c] === 0) {
          touched.push(c);
          best[c] = share;
          support[c] = [feature];
        } else if (share > best[c]) {
          second[c] = best[c];
          best[c] = share;
          support[c].unshift(feature);
          if (support[c].length > MAX_SUPPORT) support[c].pop();
        } else {
          if (share > second[c]) second[c] = share;
          if (support[c].length < MAX_SUPPORT) support[c].push(feature);
        }
      }
      for (const category of featureCategories) {
        categoryBest[category] = Math.max(categoryBest[category], Math.min(1, featureCategory[category]));
        featureCategory[category] = 0;
      }
      featureCategories.length = 0;
    }
    const out = new Map<string, Association>();
    for (const c of touched) out.set(codes[c], { best: best[c], second: second[c], category: categoryBest[this.categoryOf[c]], support: support[c] });
    return out;
  }

  /** Codes coders chose instead when the dictionary read `code`, with how often. */
  alternatives(code: string): readonly [string, number][] {
    return this.data.alternatives[code] ?? [];
  }

  /** The signal vector of one candidate, in RANK_SIGNALS order. */
  signals(candidate: {
    code: string;
    billable: boolean;
    dictionary?: { confidence: number; mentions: number; phrases: readonly string[]; noteCodes: number };
    association?: Association;
    alternativeShare?: number;
    /** Offset of the first evidence relative to the note length. */
    position: number;
    titleOverlap: number;
    specificOverlap: number;
  }): number[] {
    const { code, dictionary } = candidate;
    const record = this.data.dictionaryRecord[code];
    const precision = record ? (record[1] + RECORD_STRENGTH * this.baseline) / (record[0] + RECORD_STRENGTH) : this.baseline;
    const silentRecord = this.data.associationRecord[code];
    const silentPrecision = silentRecord ? (silentRecord[1] + RECORD_STRENGTH * this.silentBaseline) / (silentRecord[0] + RECORD_STRENGTH) : this.silentBaseline;
    let phraseLogOdds = 0;
    if (dictionary) {
      for (const phrase of dictionary.phrases) {
        const seen = this.data.phraseRecord[`${code} ${phrase}`];
        if (!seen) continue;
        const p = (seen[1] + RECORD_STRENGTH * precision) / (seen[0] + RECORD_STRENGTH);
        phraseLogOdds = Math.max(phraseLogOdds, Math.log(p / (1 - p)) - Math.log(precision / (1 - precision)));
      }
    }
    const values: Record<RankSignal, number> = {
      bias: 1,
      dictionary: dictionary?.confidence ?? 0,
      dictionarySilent: dictionary ? 0 : 1,
      dictionaryRecord: dictionary ? Math.log(precision / (1 - precision)) - Math.log(this.baseline / (1 - this.baseline)) : 0,
      dictionaryExperience: dictionary && record ? Math.log1p(record[0]) : 0,
      phraseRecord: phraseLogOdds,
      noteCodes: dictionary ? Math.log1p(dictionary.noteCodes) : 0,
      association: candidate.association?.best ?? 0,
      secondAssociation: candidate.association?.second ?? 0,
      associationLogOdds: logOdds(candidate.association?.best ?? 0),
      silentAssociationLogOdds: dictionary ? 0 : logOdds(candidate.association?.best ?? 0),
      dictionaryTimesAssociation: (dictionary?.confidence ?? 0) * (candidate.association?.best ?? 0),
      associationRecord: dictionary ? 0 : Math.log(silentPrecision / (1 - silentPrecision)) - Math.log(this.silentBaseline / (1 - this.silentBaseline)),
      categoryAssociation: candidate.association?.category ?? 0,
      shareOfCategory: candidate.association?.category ? candidate.association.best / candidate.association.category : 0,
      position: candidate.position,
      titleOverlap: candidate.titleOverlap,
      specificOverlap: candidate.specificOverlap,
      silentTitleOverlap: dictionary ? 0 : candidate.titleOverlap,
      frequency: Math.log1p(this.data.codeDocuments[code] ?? 0),
      alternative: candidate.alternativeShare ?? 0,
      symptom: code.startsWith('R') ? 1 : 0,
      billable: candidate.billable ? 1 : 0,
      mentions: dictionary ? Math.log1p(dictionary.mentions) : 0,
    };
    return RANK_SIGNALS.map((name) => values[name]);
  }

  score(signals: readonly number[]): number {
    let z = 0;
    for (let i = 0; i < signals.length; i++) z += this.weights[i] * signals[i];
    return 1 / (1 + Math.exp(-z));
  }
}

/** Shares at or below this (none, or too rare to store) all read as this floor. */
const SHARE_FLOOR = 0.01;

function logOdds(share: number): number {
  const p = Math.min(0.99, Math.max(SHARE_FLOOR, share));
  return Math.log(p / (1 - p));
}

export interface Association {
  best: number;
  second: number;
  /** The same for the code's category: notes with the word coded with any code of it (shares summed, at most 1). */
  category: number;
  /** The strongest features behind the association (at most MAX_SUPPORT), the strongest first. */
  support: string[];
}

/** A word, or a pair of consecutive content words, as the classifier sees it. */
export function pairFeature(first: string, second: string): string {
  return `${first} ${second}`;
}

/** A code (or category) the dictionary read, as an association feature; words never contain "=". */
export function codeFeature(code: string): string {
  return `=${code}`;
}

