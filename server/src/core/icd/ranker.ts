/**
 * Learned re-ranking of ICD-10-CM candidates, trained on CodiEsp train by scripts/icd/learn-ranker.ts.
 *
 * Learned parts: word associations (how often a note with an affirmed word or word pair was coded with a
 * code: finds codes the dictionary misses, "pathology" → R69), how often the dictionary's reading of a
 * code was right (per code, per phrase, per word beside the mention), and which code of the same
 * category coders chose instead (specificity), and the codes of the training reports most like the note
 * (neighbours.ts). A logistic model over those signals and the dictionary's
 * own confidence, plus boosted trees on its margin, gives each candidate a calibrated score.
 */

import { NeighbourData, NeighbourIndex, Neighbourhood } from './neighbours';

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
  /**
   * Smoothed log-odds that a reading was right when a word stood near it, relative to the dictionary's
   * overall record: mean, best and worst over the words near the code's mentions ("diagnosed" vs "ruled").
   */
  'contextMean',
  'contextBest',
  'contextWorst',
  /** log of the dictionary readings in the code's category: coders usually pick one of several siblings. */
  'categoryReadings',
  /** Characters of the code: a specific code read from the note's words is likelier than a header's default. */
  'codeLength',
  /**
   * Summed log-lift of the note's features pointing to the code (share over the code's base rate): a
   * naive-Bayes-like total, where the best share alone sees one word.
   */
  'associationEvidence',
  /** Best dictionary confidence of another code of the same category the note reads (0 when none): coders often pick a sibling of what the words say. */
  'siblingReading',
  /** Similarity-weighted share of the most similar training reports coded with this code (see neighbours.ts). */
  'neighbourShare',
  /** The same for any code of its category. */
  'neighbourCategoryShare',
  /** Similarity of the most similar training report: how much the shares can be trusted. */
  'nearestSimilarity',
] as const;
export type RankSignal = (typeof RANK_SIGNALS)[number];

export const RANKER_FORMAT = 2;

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
  /** Training documents the model was learned from (the base rate's denominator). */
  documents?: number;
  /** code → [times the dictionary suggested it, times it was right]. */
  dictionaryRecord: Record<string, [number, number]>;
  /** `code phrase` → the same, per normalised phrase the code was read from (seen at least twice). */
  phraseRecord: Record<string, [number, number]>;
  /** Context word → [times the dictionary read a code with it near a mention, times right] (seen in enough notes). */
  contextRecord?: Record<string, [number, number]>;
  /** code → [times proposed without the dictionary on notes the associations had not seen, times right]. */
  associationRecord: Record<string, [number, number]>;
  /** Dictionary code → [code coders chose instead, share]. */
  alternatives: Record<string, [string, number][]>;
  /** The training notes' words and codes, to find the reports most like a note. */
  neighbours?: NeighbourData;
  /** One weight per RANK_SIGNALS entry. */
  weights: number[];
  /**
   * Boosted regression trees adding to the logistic margin (they learn the interactions a linear model
   * cannot: an association is worth more when the dictionary is silent, a record counts once it is
   * experienced). Each tree in heap order (children of node i at 2i+1, 2i+2), two numbers per node:
   * [signal index, threshold] for a split (at or below the threshold goes left), [-1, value] for a leaf.
   */
  trees?: number[][];
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
  /** Every tree's nodes in one typed array (scoring walks hundreds of trees per candidate), and where each starts. */
  private readonly forest: Float64Array;
  private readonly treeStarts: Int32Array;
  private readonly byFeature = new Map<string, number[]>();
  /**
   * Per feature, aligned with its row's codes: the share's log-lift over the code's base rate (at least 0). Worked
   * out when a note first has the feature: a note has a few dozen of the 6,000, and the server's cold start waited
   * for all of them.
   */
  private readonly liftByFeature = new Map<string, Float64Array>();
  private readonly logBaseRate: Float64Array;
  /** Category number of each associated code. */
  private readonly categoryOf: number[];
  private readonly categoryCount: number;
  private readonly baseline: number;
  private readonly silentBaseline: number;
  private neighbours: NeighbourIndex | undefined;

  constructor(private readonly data: RankerModelData) {
    if (data.format !== RANKER_FORMAT || !Array.isArray(data.weights) || data.weights.length !== RANK_SIGNALS.length) {
      throw new RankerFormatError(`ranker model is not format ${RANKER_FORMAT}`);
    }
    this.weights = data.weights;
    const trees = data.trees ?? [];
    for (const tree of trees) {
      if (!isWellFormedTree(tree)) throw new RankerFormatError('ranker model has a malformed tree');
    }
    this.forest = Float64Array.from(trees.flat());
    this.treeStarts = new Int32Array(trees.length);
    for (let t = 1; t < trees.length; t++) this.treeStarts[t] = this.treeStarts[t - 1] + trees[t - 1].length;
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
    const documents = Math.max(1, data.documents ?? 1);
    this.logBaseRate = Float64Array.from(data.associatedCodes, (code) => Math.log(Math.max(1, data.codeDocuments[code] ?? 1) / documents));
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

  private liftsOf(feature: string, row: number[]): Float64Array {
    let lifts = this.liftByFeature.get(feature);
    if (!lifts) {
      lifts = new Float64Array(row.length >> 1);
      for (let i = 0; i + 1 < row.length; i += 2) lifts[i >> 1] = Math.max(0, Math.log(row[i + 1] / 1000) - this.logBaseRate[row[i]]);
      this.liftByFeature.set(feature, lifts);
    }
    return lifts;
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
    const evidence = new Float64Array(codes.length);
    const support: string[][] = [];
    const touched: number[] = [];
    const categoryBest = new Float64Array(this.categoryCount);
    const featureCategory = new Float64Array(this.categoryCount);
    const featureCategories: number[] = [];
    for (const feature of features) {
      const row = this.byFeature.get(feature);
      if (!row) continue;
      const lifts = this.liftsOf(feature, row);
      for (let i = 0; i + 1 < row.length; i += 2) {
        const c = row[i];
        const share = row[i + 1] / 1000;
        const category = this.categoryOf[c];
        if (featureCategory[category] === 0) featureCategories.push(category);
        featureCategory[category] += share;
        evidence[c] += lifts[i >> 1];
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
    for (const c of touched) {
      out.set(codes[c], { best: best[c], second: second[c], category: categoryBest[this.categoryOf[c]], support: support[c], evidence: evidence[c] });
    }
    return out;
  }

  /** The training reports most like a note with these words; none without stored training notes. */
  neighbourhood(words: ReadonlyMap<string, number>): Neighbourhood | undefined {
    if (!this.data.neighbours) return undefined;
    // Built on first use: the server's cold start does not wait for it.
    this.neighbours ??= new NeighbourIndex(this.data.neighbours);
    return this.neighbours.neighbourhood(words);
  }

  /** Codes coders chose instead when the dictionary read `code`, with how often. */
  alternatives(code: string): readonly [string, number][] {
    return this.data.alternatives[code] ?? [];
  }

  /** The signal vector of one candidate, in RANK_SIGNALS order. */
  signals(candidate: {
    code: string;
    billable: boolean;
    dictionary?: { confidence: number; mentions: number; phrases: readonly string[]; context?: readonly string[]; noteCodes: number; categoryReadings?: number };
    association?: Association;
    alternativeShare?: number;
    /** Best dictionary confidence of another code of the same category. */
    siblingReading?: number;
    neighbourhood?: Neighbourhood;
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
    let contextSum = 0;
    let contextCount = 0;
    let contextBest = 0;
    let contextWorst = 0;
    for (const word of dictionary?.context ?? []) {
      const seen = this.data.contextRecord?.[word];
      if (!seen) continue;
      const p = (seen[1] + RECORD_STRENGTH * this.baseline) / (seen[0] + RECORD_STRENGTH);
      const lift = Math.log(p / (1 - p)) - Math.log(this.baseline / (1 - this.baseline));
      contextSum += lift;
      contextCount++;
      contextBest = Math.max(contextBest, lift);
      contextWorst = Math.min(contextWorst, lift);
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
      contextMean: contextCount ? contextSum / contextCount : 0,
      contextBest,
      contextWorst,
      categoryReadings: dictionary ? Math.log(dictionary.categoryReadings ?? 1) : 0,
      codeLength: code.length,
      associationEvidence: candidate.association?.evidence ?? 0,
      siblingReading: candidate.siblingReading ?? 0,
      neighbourShare: candidate.neighbourhood?.shares.get(code) ?? 0,
      neighbourCategoryShare: candidate.neighbourhood?.categoryShares.get(code.slice(0, 3)) ?? 0,
      nearestSimilarity: candidate.neighbourhood?.nearest ?? 0,
    };
    return RANK_SIGNALS.map((name) => values[name]);
  }

  score(signals: readonly number[]): number {
    let z = 0;
    for (let i = 0; i < signals.length; i++) z += this.weights[i] * signals[i];
    const forest = this.forest;
    for (const start of this.treeStarts) {
      let node = 0;
      while (forest[start + 2 * node] >= 0) node = signals[forest[start + 2 * node]] <= forest[start + 2 * node + 1] ? 2 * node + 1 : 2 * node + 2;
      z += forest[start + 2 * node + 1];
    }
    return 1 / (1 + Math.exp(-z));
  }
}

/** Log-odds of a candidate: the logistic part plus every tree's leaf (the learner scores its rows with it; IcdRanker.score is the same sum over its packed trees). */
export function rankerMargin(weights: readonly number[], trees: readonly (readonly number[])[], signals: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < signals.length; i++) z += weights[i] * signals[i];
  for (const tree of trees) z += treeValue(tree, signals);
  return z;
}

function treeValue(tree: readonly number[], signals: readonly number[]): number {
  let node = 0;
  while (tree[2 * node] >= 0) node = signals[tree[2 * node]] <= tree[2 * node + 1] ? 2 * node + 1 : 2 * node + 2;
  return tree[2 * node + 1];
}

/** Every path ends in a leaf inside the array and splits name existing signals, so scoring cannot run off. */
function isWellFormedTree(tree: unknown): boolean {
  if (!Array.isArray(tree) || tree.length < 2 || tree.length % 2 !== 0) return false;
  const nodes = tree.length / 2;
  for (let node = 0; node < nodes; node++) {
    const signal = tree[2 * node];
    if (typeof signal !== 'number' || typeof tree[2 * node + 1] !== 'number') return false;
    if (signal >= 0 && (!Number.isInteger(signal) || signal >= RANK_SIGNALS.length || 2 * node + 2 >= nodes)) return false;
  }
  return true;
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
  /** Summed log-lift over the code's base rate of every feature pointing to it. */
  evidence: number;
}

/** A word, or a pair of consecutive content words, as the classifier sees it. */
export function pairFeature(first: string, second: string): string {
  return `${first} ${second}`;
}

/** A code (or category) the dictionary read, as an association feature; words never contain "=". */
export function codeFeature(code: string): string {
  return `=${code}`;
}

