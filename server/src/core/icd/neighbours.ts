/**
 * The training case reports most like a note, and the codes their coders gave them. Case reports of one disease
 * share much of their vocabulary (a renal cell carcinoma's report speaks of nephrectomy, flank mass, hematuria), and
 * their coders gave codes the dictionary cannot read from any one phrase: a candidate that many of a note's nearest
 * reports carry is likelier. Notes are compared as tf-idf vectors of their words (cosine similarity).
 */

/** The training notes as stored in the ranker model. */
export interface NeighbourData {
  /** Every word of the training notes, as noteWords reads them. */
  words: string[];
  /** Per training note: [word index, count, word index, count, ...]. */
  notes: number[][];
  /** Per training note: the codes coders gave it (FY2026 codes, without dots). */
  codes: string[][];
}

/** Reports whose similarity weighs their codes. */
export const NEIGHBOURS = 40;

/** Words too common in case reports to tell one from another (words under three letters are left out as well). */
const COMMON_WORDS = new Set(['the', 'and', 'was', 'were', 'are', 'for', 'from', 'that', 'this', 'his', 'her', 'she', 'patient', 'which', 'had', 'has', 'have', 'been', 'not', 'after', 'before', 'who', 'its', 'years', 'year', 'old', 'with']);

/** The words a note is compared by, with how often each occurs: lower case, three characters or more, common words left out. */
export function noteWords(text: string): Map<string, number> {
  const words = new Map<string, number>();
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9-]+/g)) {
    const word = m[0].toLowerCase();
    if (word.length >= 3 && !COMMON_WORDS.has(word)) words.set(word, (words.get(word) ?? 0) + 1);
  }
  return words;
}

/** What the nearest reports say of a note. */
export interface Neighbourhood {
  /** Code → similarity-weighted share of the nearest reports coded with it. */
  shares: Map<string, number>;
  /** Category (three characters) → the same share for any code of it. */
  categoryShares: Map<string, number>;
  /** Similarity of the nearest report (0 when none shares a word). */
  nearest: number;
}

/**
 * Training notes as unit-length tf-idf vectors, and the same numbers by word (postings), in flat typed arrays: built when
 * the first note is ranked, and a few hundred thousand small arrays would keep that note waiting.
 */
export class NeighbourIndex {
  private readonly wordIds = new Map<string, number>();
  private readonly idf: Float64Array;
  /** Word w's postings are entries postingStart[w] .. postingStart[w + 1] - 1 of postingNotes and postingWeights. */
  private readonly postingStart: Int32Array;
  private readonly postingNotes: Int32Array;
  private readonly postingWeights: Float64Array;

  constructor(private readonly data: NeighbourData) {
    data.words.forEach((word, i) => this.wordIds.set(word, i));
    const wordCount = data.words.length;
    const documentFrequency = new Int32Array(wordCount);
    for (const note of data.notes) for (let i = 0; i + 1 < note.length; i += 2) documentFrequency[note[i]]++;
    const notes = data.notes.length;
    this.idf = Float64Array.from(documentFrequency, (df) => (df > 0 ? Math.log(notes / df) : 0));
    this.postingStart = new Int32Array(wordCount + 1);
    for (let w = 0; w < wordCount; w++) this.postingStart[w + 1] = this.postingStart[w] + documentFrequency[w];
    this.postingNotes = new Int32Array(this.postingStart[wordCount]);
    this.postingWeights = new Float64Array(this.postingStart[wordCount]);
    const filled = this.postingStart.slice(0, wordCount);
    data.notes.forEach((note, n) => {
      const norm = this.norm(note);
      for (let i = 0; i + 1 < note.length; i += 2) {
        const slot = filled[note[i]]++;
        this.postingNotes[slot] = n;
        this.postingWeights[slot] = this.weight(note[i], note[i + 1]) / norm;
      }
    });
  }

  private weight(word: number, count: number): number {
    return (1 + Math.log(count)) * this.idf[word];
  }

  /** Length of a [word, count, ...] vector's tf-idf weights (1 for an empty one). */
  private norm(pairs: readonly number[]): number {
    let sum = 0;
    for (let i = 0; i + 1 < pairs.length; i += 2) sum += this.weight(pairs[i], pairs[i + 1]) ** 2;
    return Math.sqrt(sum) || 1;
  }

  /** The NEIGHBOURS training notes most like a note with these words, and the codes they carry. */
  neighbourhood(words: ReadonlyMap<string, number>): Neighbourhood {
    const query: number[] = [];
    for (const [word, count] of words) {
      const id = this.wordIds.get(word);
      if (id !== undefined) query.push(id, count);
    }
    const norm = this.norm(query);
    const similarity = new Float64Array(this.data.notes.length);
    for (let k = 0; k + 1 < query.length; k += 2) {
      const word = query[k];
      const weight = this.weight(word, query[k + 1]) / norm;
      for (let i = this.postingStart[word]; i < this.postingStart[word + 1]; i++) similarity[this.postingNotes[i]] += weight * this.postingWeights[i];
    }
    const nearest = [...similarity.keys()]
      .filter((n) => similarity[n] > 0)
      .sort((a, b) => similarity[b] - similarity[a] || a - b)
      .slice(0, NEIGHBOURS);
    if (nearest.length === 0) return { shares: new Map(), categoryShares: new Map(), nearest: 0 };
    const total = nearest.reduce((sum, n) => sum + similarity[n], 0);
    const shares = new Map<string, number>();
    const categoryShares = new Map<string, number>();
    for (const n of nearest) {
      const share = similarity[n] / total;
      for (const code of this.data.codes[n]) shares.set(code, (shares.get(code) ?? 0) + share);
      for (const category of new Set(this.data.codes[n].map((code) => code.slice(0, 3)))) categoryShares.set(category, (categoryShares.get(category) ?? 0) + share);
    }
    // Rounding can take a cosine a hair above 1.
    return { shares, categoryShares, nearest: Math.min(1, similarity[nearest[0]]) };
  }
}

/** The stored form of training notes' words and codes (the learner's side of NeighbourIndex). */
export function neighbourData(notes: readonly { words: ReadonlyMap<string, number>; codes: Iterable<string> }[]): NeighbourData {
  const words = [...new Set(notes.flatMap((note) => [...note.words.keys()]))].sort();
  const ids = new Map(words.map((word, i) => [word, i]));
  return {
    words,
    notes: notes.map((note) => [...note.words].sort((a, b) => ids.get(a[0])! - ids.get(b[0])!).flatMap(([word, count]) => [ids.get(word)!, count])),
    codes: notes.map((note) => [...note.codes].sort()),
  };
}
