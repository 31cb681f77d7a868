/**
 * Learns the ICD ranker (server/src/core/icd/ranker.ts) from the CodiEsp TRAIN split only, never dev:
 * associations of the note's affirmed words with codes, the dictionary's record per code and per word
 * beside its mentions, the codes coders chose instead of a dictionary reading, and the combination of
 * these signals: logistic weights plus boosted trees on top of them.
 *
 * The combination is fitted on K-fold out-of-fold signals (each training note scored by parts learned
 * without it), so it sees the learned parts as they behave on unseen notes. The figures it prints are
 * cross-validated twice over: each note is scored by a combination fitted without its fold too, for the
 * logistic part alone and with the trees; the threshold is chosen on the latter. Then every part is
 * relearned on all of train and written to data/icd/icd10cm-ranker.json.gz. Run by `npm run build:icd` after build-index.ts;
 * skipped (keeping the committed model) when CodiEsp is not available.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IcdIndex, loadIcdIndex } from '../../server/src/core/icd';
import { RANKER_FILE_NAME } from '../../server/src/core/icd/compiled';
import { IcdRanker, RANKER_FORMAT, RANK_SIGNALS, RankerModelData, rankerMargin } from '../../server/src/core/icd/ranker';
import { DictionaryCandidates, NoteReading, associationFeatures, dictionaryCandidates, rankCandidates, readNote } from '../../server/src/core/icd/suggest';
import { parseSections } from '../../server/src/core/note/sections';
import { neighbourData } from '../../server/src/core/icd/neighbours';
import { fitBoostedTrees } from './boosting';
import { REPO_ICD_DATA, averagePrecision, goldMatch, readGold, versionMapped } from './evaluate';

const dataDir = process.env.CLINOTE_CODIESP_DIR ?? '/work/shared/data/codiesp';
const FOLDS = 5;
/** Associations: a word in at least this many notes, coded with the code in at least this many. */
const MIN_FEATURE_NOTES = 3;
const MIN_PAIR_NOTES = 2;
/** Pseudo-notes in a share's denominator, so a word seen in 3 notes does not claim certainty. */
const SHARE_SMOOTHING = 2;
/** Shares below this (in thousandths) say nothing and only take space. */
const MIN_SHARE_THOUSANDTHS = 30;
/** A phrase's own record is kept once the dictionary read its code from it in this many notes. */
const MIN_PHRASE_NOTES = 2;
/** A context word's record is kept once this many readings stood beside it. */
const MIN_CONTEXT_READINGS = 8;
/** Alternatives: a sibling chosen at least this often, in at least this many notes. */
const MIN_ALTERNATIVE_SHARE = 0.05;
const MIN_ALTERNATIVE_NOTES = 2;
/** Suggestions per note, as the CLI returns by default. */
const TOP = 25;
/** The threshold is the lowest whose cross-validated micro-F1 at full code stays at or above this. */
const F1_FLOOR = 0.48;

interface TrainingNote {
  id: string;
  truth: Set<string>;
  /** Gold codes as FY2026 codes the suggester can return (2018 headers → their default code). */
  targets: Set<string>;
  reading: NoteReading;
  dictionary: DictionaryCandidates;
}


function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * For each affirmed word or word pair seen in enough notes, the codes that notes with it carried, as a
 * smoothed share; pairs seen only once are chance.
 */
function learnAssociations(notes: TrainingNote[]): Pick<RankerModelData, 'features' | 'associatedCodes' | 'associations'> {
  const documentFrequency = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  for (const note of notes) {
    for (const feature of associationFeatures(note.reading, note.dictionary).keys()) {
      documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
      let row = together.get(feature);
      if (!row) together.set(feature, (row = new Map()));
      for (const code of note.targets) row.set(code, (row.get(code) ?? 0) + 1);
    }
  }
  const rows = new Map<string, [string, number][]>();
  for (const [feature, row] of together) {
    const notesWithFeature = documentFrequency.get(feature)!;
    if (notesWithFeature < MIN_FEATURE_NOTES) continue;
    const kept = [...row]
      .filter(([, n]) => n >= MIN_PAIR_NOTES)
      .map(([code, n]) => [code, Math.round((1000 * n) / (notesWithFeature + SHARE_SMOOTHING))] as [string, number])
      .filter(([, share]) => share >= MIN_SHARE_THOUSANDTHS)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (kept.length) rows.set(feature, kept);
  }
  const features = [...rows.keys()].sort();
  const associatedCodes = [...new Set(features.flatMap((f) => rows.get(f)!.map(([code]) => code)))].sort();
  const codeIndex = new Map(associatedCodes.map((c, i) => [c, i]));
  return { features, associatedCodes, associations: features.map((f) => rows.get(f)!.flatMap(([code, share]) => [codeIndex.get(code)!, share])) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function countingStatistics(index: IcdIndex, notes: TrainingNote[]): Pick<RankerModelData, 'codeDocuments' | 'dictionaryRecord' | 'phraseRecord' | 'contextRecord' | 'alternatives'> {
  const codeDocuments: Record<string, number> = {};
  const dictionaryRecord: Record<string, [number, number]> = {};
  const phrases = new Map<string, [number, number]>();
  const contexts = new Map<string, [number, number]>();
  const instead = new Map<string, Map<string, number>>();
  for (const note of notes) {
    for (const code of note.targets) codeDocuments[code] = (codeDocuments[code] ?? 0) + 1;
    for (const code of note.dictionary.affirmed.keys()) {
      const record = (dictionaryRecord[code] ??= [0, 0]);
      const right = goldMatch(index, code, note.truth) ? 1 : 0;
      record[0]++;
      record[1] += right;
      for (const phrase of new Set(note.dictionary.affirmed.get(code)!.mentions.map((m) => `${code} ${m.phrase}`))) {
        const seen = phrases.get(phrase) ?? [0, 0];
        seen[0]++;
        seen[1] += right;
        phrases.set(phrase, seen);
      }
      for (const word of new Set(note.dictionary.affirmed.get(code)!.mentions.flatMap((m) => m.context))) {
        const seen = contexts.get(word) ?? [0, 0];
        seen[0]++;
        seen[1] += right;
        contexts.set(word, seen);
      }
      for (const chosen of note.targets) {
        if (chosen === code || chosen.slice(0, 3) !== code.slice(0, 3) || note.dictionary.affirmed.has(chosen)) continue;
        let row = instead.get(code);
        if (!row) instead.set(code, (row = new Map()));
        row.set(chosen, (row.get(chosen) ?? 0) + 1);
      }
    }
  }
  const alternatives: Record<string, [string, number][]> = {};
  for (const [code, row] of [...instead].sort((a, b) => a[0].localeCompare(b[0]))) {
    const fired = dictionaryRecord[code][0];
    const list = [...row]
      .filter(([, n]) => n >= MIN_ALTERNATIVE_NOTES && n / fired >= MIN_ALTERNATIVE_SHARE)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([chosen, n]) => [chosen, round(n / fired)] as [string, number]);
    if (list.length) alternatives[code] = list;
  }
  const phraseRecord = Object.fromEntries([...phrases].filter(([, [n]]) => n >= MIN_PHRASE_NOTES).sort((a, b) => a[0].localeCompare(b[0])));
  const contextRecord = Object.fromEntries([...contexts].filter(([, [n]]) => n >= MIN_CONTEXT_READINGS).sort((a, b) => a[0].localeCompare(b[0])));
  return { codeDocuments, dictionaryRecord, phraseRecord, contextRecord, alternatives };
}

function learnParts(index: IcdIndex, notes: TrainingNote[], combination: Combination, minScore: number): RankerModelData {
  return {
    format: RANKER_FORMAT,
    source: 'Learned from the CodiEsp train split (Miranda-Escalada et al., Zenodo 3837305, CC BY 4.0)',
    ...learnAssociations(notes),
    ...countingStatistics(index, notes),
    documents: notes.length,
    neighbours: neighbourData(notes.map((note) => ({ words: note.reading.words, codes: note.targets }))),
    associationRecord: silentRecord(index, notes),
    weights: combination.weights,
    ...(combination.trees.length ? { trees: combination.trees } : {}),
    minScore,
  };
}

/**
 * How often each code proposed without the dictionary was right, counted on notes the associations were
 * learned without (inner folds): associations judged on their own training notes would look perfect.
 */
function silentRecord(index: IcdIndex, notes: TrainingNote[]): Record<string, [number, number]> {
  const record: Record<string, [number, number]> = {};
  const silent = RANK_SIGNALS.indexOf('dictionarySilent');
  const weights = new Array<number>(RANK_SIGNALS.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const learnedOn = notes.filter((_, n) => n % FOLDS !== fold);
    const ranker = new IcdRanker({
      format: RANKER_FORMAT, source: '', ...learnAssociations(learnedOn), ...countingStatistics(index, learnedOn), documents: learnedOn.length, associationRecord: {}, weights, minScore: 0,
    });
    notes.forEach((note, n) => {
      if (n % FOLDS !== fold) return;
      for (const { candidate, signals } of rankCandidates(index, ranker, note.reading, note.dictionary)) {
        if (signals[silent] !== 1) continue;
        const entry = (record[candidate.code] ??= [0, 0]);
        entry[0]++;
        if (goldMatch(index, candidate.code, note.truth)) entry[1]++;
      }
    });
  }
  return Object.fromEntries(Object.entries(record).filter(([, [, right]]) => right > 0).sort((a, b) => a[0].localeCompare(b[0])));
}

interface Row {
  note: number;
  code: string;
  signals: number[];
  /** Section and context weight the suggester multiplies the ranker's probability by. */
  contextWeight: number;
  label: number;
}

/** Logistic regression by Newton's method (few signals, many rows), lightly regularised. */
function fitWeights(rows: Row[]): number[] {
  const d = RANK_SIGNALS.length;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const row of rows) {
      const x = row.signals;
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * x[i];
      const p = sigmoid(z);
      const r = p * (1 - p);
      for (let i = 0; i < d; i++) {
        gradient[i] += (p - row.label) * x[i];
        for (let j = 0; j < d; j++) hessian[i][j] += r * x[i] * x[j];
      }
    }
    for (let i = 0; i < d; i++) {
      gradient[i] += 1e-2 * w[i];
      hessian[i][i] += 1e-2;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-6) break;
  }
  return w.map((v) => Math.round(v * 10000) / 10000);
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < n; r++) {
      if (r === col || a[col][col] === 0) continue;
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= factor * a[col][c];
    }
  }
  return a.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

interface Figures {
  threshold: number;
  map: number;
  precision: number;
  recall: number;
  f1: number;
  perNote: number;
}

/** How the ranker combines the signals: a logistic part and boosted trees on top of it. */
interface Combination {
  weights: number[];
  trees: number[][];
}

function fitCombination(rows: Row[], boosted: boolean): Combination {
  const weights = fitWeights(rows);
  if (!boosted) return { weights, trees: [] };
  const linear = rows.map((row) => rankerMargin(weights, [], row.signals));
  return { weights, trees: fitBoostedTrees(rows.map((row) => row.signals), rows.map((row) => row.label), linear) };
}

/** Each row's score from a combination fitted without its note's fold: what the suggester would say on an unseen note. */
function crossValidatedScores(rows: Row[], boosted: boolean): number[] {
  const scores = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const combination = fitCombination(rows.filter((row) => row.note % FOLDS !== fold), boosted);
    rows.forEach((row, r) => {
      if (row.note % FOLDS === fold) scores[r] = Math.min(0.99, sigmoid(rankerMargin(combination.weights, combination.trees, row.signals)) * row.contextWeight);
    });
  }
  return scores;
}

/** MAP and micro P/R/F1 at full code (version-mapped, as evaluate.ts) of the scored rows cut at a threshold. */
function figures(index: IcdIndex, notes: TrainingNote[], rows: Row[], scores: number[], threshold: number): Figures {
  const byNote = new Map<number, { code: string; score: number }[]>();
  for (const [r, row] of rows.entries()) {
    const score = scores[r];
    if (score < threshold) continue;
    let list = byNote.get(row.note);
    if (!list) byNote.set(row.note, (list = []));
    list.push({ code: row.code, score });
  }
  let ap = 0;
  let truePositives = 0;
  let predicted = 0;
  let gold = 0;
  notes.forEach((note, n) => {
    const ranked = (byNote.get(n) ?? [])
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, TOP)
      .map((c) => goldMatch(index, c.code, note.truth) ?? c.code);
    ap += averagePrecision(ranked, note.truth);
    const set = new Set(ranked);
    predicted += set.size;
    gold += note.truth.size;
    for (const c of set) if (note.truth.has(c)) truePositives++;
  });
  const precision = truePositives / Math.max(1, predicted);
  const recall = truePositives / Math.max(1, gold);
  return { threshold, map: ap / notes.length, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), perNote: predicted / notes.length };
}

async function main(): Promise<void> {
  const textDir = join(dataDir, 'train', 'text_files_en');
  if (!existsSync(textDir)) {
    console.log(`learn-ranker: ${textDir} not found; keeping the committed model`);
    return;
  }
  const gold = readGold(join(dataDir, 'train', 'trainD.tsv'));
  const index = await loadIcdIndex({ dataDir: REPO_ICD_DATA, dictionaryOnly: true });
  const notes: TrainingNote[] = [];
  for (const id of readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()) {
    const truth = gold.get(id);
    if (!truth) continue;
    const text = readFileSync(join(textDir, `${id}.txt`), 'utf8');
    const reading = readNote(index, text, parseSections(text));
    const targets = new Set([...truth].map((c) => versionMapped(index, c)).filter((c): c is string => c !== undefined));
    notes.push({ id, truth, targets, reading, dictionary: dictionaryCandidates(index, reading.mentions) });
  }

  const rows: Row[] = [];
  const placeholder: Combination = { weights: new Array<number>(RANK_SIGNALS.length).fill(0), trees: [] };
  for (let fold = 0; fold < FOLDS; fold++) {
    const ranker = new IcdRanker(learnParts(index, notes.filter((_, n) => n % FOLDS !== fold), placeholder, 0));
    notes.forEach((note, n) => {
      if (n % FOLDS !== fold) return;
      for (const { candidate, signals } of rankCandidates(index, ranker, note.reading, note.dictionary)) {
        rows.push({ note: n, code: candidate.code, signals, contextWeight: candidate.contextWeight, label: goldMatch(index, candidate.code, note.truth) ? 1 : 0 });
      }
    });
  }
  const candidatesRecall = rows.filter((r) => r.label).length / notes.reduce((n, note) => n + note.truth.size, 0);
  console.log(`learn-ranker: ${rows.length} out-of-fold candidates, recall of all candidates ${candidatesRecall.toFixed(3)}`);
  const thresholds: number[] = [];
  for (let t = 0.01; t <= 0.6; t += 0.01) thresholds.push(Math.round(t * 100) / 100);
  let chosen: Figures | undefined;
  for (const boosted of [false, true]) {
    const scores = crossValidatedScores(rows, boosted);
    const table = thresholds.map((t) => figures(index, notes, rows, scores, t));
    console.log(boosted ? 'cross-validated, logistic + boosted trees:' : 'cross-validated, logistic only:');
    for (const f of table.filter((_, i) => i % 6 === 1)) {
      console.log(`  threshold ${f.threshold.toFixed(2)}  MAP ${f.map.toFixed(3)}  P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  ${f.perNote.toFixed(1)}/note`);
    }
    chosen = table.find((f) => f.f1 >= F1_FLOOR) ?? table.reduce((a, b) => (b.f1 > a.f1 ? b : a));
    console.log(`  threshold ${chosen.threshold}: MAP ${chosen.map.toFixed(3)}, P ${chosen.precision.toFixed(3)}, R ${chosen.recall.toFixed(3)}, full-code F1 ${chosen.f1.toFixed(3)}`);
  }
  const combination = fitCombination(rows, true);
  console.log('weights: ' + RANK_SIGNALS.map((name, i) => `${name}=${combination.weights[i]}`).join(' '));
  console.log(`learn-ranker: threshold ${chosen!.threshold}: cross-validated train MAP ${chosen!.map.toFixed(3)}, full-code F1 ${chosen!.f1.toFixed(3)}`);

  const model = learnParts(index, notes, combination, chosen!.threshold);
  const packed = gzipSync(Buffer.from(JSON.stringify(model), 'utf8'), { level: 9 });
  writeFileSync(join(REPO_ICD_DATA, RANKER_FILE_NAME), packed);
  console.log(
    `learn-ranker: ${model.associatedCodes.length} codes associated with ${model.features.length} features, ` +
      `${Object.keys(model.alternatives).length} codes with alternatives, ${combination.trees.length} trees; ${(packed.length / 1024).toFixed(0)} KB`,
  );
}

main().catch((error) => {
  console.error(`learn-ranker failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  process.exit(1);
});
