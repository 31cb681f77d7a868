/**
 * CodiEsp-D evaluation of the ICD suggestions: `npm run eval:icd -- train|dev [--out FILE] [--min-score X] [--ceiling]`.
 * Data: $CLINOTE_CODIESP_DIR (default /work/shared/data/codiesp), `<split>/<split>D.tsv` and
 * `<split>/text_files_en/<doc>.txt`. Reports MAP over each document's ranked list and micro precision,
 * recall and F1 at full code and at 3 characters. Tune on train only; dev is for reporting.
 *
 * Each document's list is exactly what `clinote icd --jsonl` returns for it (same call, default options:
 * the learned ranker's threshold, top 25). The ranker is learned from train, so train figures here are
 * in-sample; `node --import tsx scripts/icd/learn-ranker.ts` prints the cross-validated train figures.
 *
 * CodiEsp was coded with the 2018 edition: some of its codes have since been split (R51 → R51.9) or
 * were written without their 7th character (T14.90 for T14.90XA). "version-mapped" figures count a
 * suggestion as correct when the gold code is such a FY2026 header and the suggestion is the code its
 * default (unspecified) path leads to; "strict" figures need the identical code.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IcdIndex, loadIcdIndex, suggestCodes } from '../../server/src/core/icd';
import { dictionaryCandidates, readNote, walkToSpecific } from '../../server/src/core/icd/suggest';
import { parseSections } from '../../server/src/core/note/sections';

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

interface Scores {
  map: number;
  full: { precision: number; recall: number; f1: number };
  category: { precision: number; recall: number; f1: number };
}

export interface EvaluationResult {
  split: string;
  documents: number;
  meanSuggestions: number;
  versionMapped: Scores;
  strict: Scores;
  /** With --ceiling: what ranking alone could reach (version-mapped). */
  ceiling?: Ceiling;
}

/**
 * The MAP a perfect ordering of every candidate the matcher proposes would reach (each document's AP is then the share
 * of its gold codes among the candidates), and the gold codes the note mentions only negated, in the family,
 * hypothetically or inside a combination code, which Clinote never suggests.
 */
export interface Ceiling {
  perfectRankingMap: number;
  goldNeverSuggested: number;
  perfectRankingMapWithThoseCodes: number;
}

export function readGold(file: string): Map<string, Set<string>> {
  const gold = new Map<string, Set<string>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [doc, code] = line.trim().split('\t');
    if (!doc || !code) continue;
    if (!gold.has(doc)) gold.set(doc, new Set());
    gold.get(doc)!.add(undot(code));
  }
  return gold;
}

const NO_CONTEXT: ReadonlySet<string> = new Set();

/** The gold code a suggestion stands for: itself, or a 2018-edition code whose FY2026 version it is. */
export function goldMatch(index: IcdIndex, predicted: string, truth: ReadonlySet<string>): string | undefined {
  if (truth.has(predicted)) return predicted;
  for (let length = 3; length < predicted.length; length++) {
    const ancestor = predicted.slice(0, length);
    if (truth.has(ancestor) && versionMapped(index, ancestor) === predicted) return ancestor;
  }
  return undefined;
}

/**
 * The FY2026 code a 2018-edition gold code stands for: itself when billable, the code a header's default path
 * leads to, and for a code written with its placeholder X but without the 7th character (W19.XXX, which FY2026
 * lists only as W19.XXXA/D/S) the code the default path of its nearest FY2026 ancestor leads to, provided that
 * only adds the 7th character. Undefined for a code FY2026 no longer has.
 */
export function versionMapped(index: IcdIndex, code: string): string | undefined {
  const entry = index.code(code);
  if (entry) return entry.billable ? code : walkToSpecific(index, code, NO_CONTEXT);
  for (let length = code.length - 1; length >= 3; length--) {
    if (!index.code(code.slice(0, length))) continue;
    const walked = walkToSpecific(index, code.slice(0, length), NO_CONTEXT);
    return walked.length === code.length + 1 && walked.startsWith(code) ? walked : undefined;
  }
  return undefined;
}

/** Run from source (tsx), so the bundle-relative default does not apply. */
export const REPO_ICD_DATA = join(__dirname, '..', '..', 'data', 'icd');

function undot(code: string): string {
  return code.replace('.', '').toUpperCase();
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.truePositives / c.predicted : 0;
  const recall = c.gold ? c.truePositives / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Average precision of one ranked list against its gold set (CodiEsp/trec_eval definition). */
export function averagePrecision(ranked: string[], gold: ReadonlySet<string>): number {
  if (gold.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  const seen = new Set<string>();
  ranked.forEach((code, i) => {
    if (seen.has(code)) return;
    seen.add(code);
    if (gold.has(code)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / gold.size;
}

class Tally {
  private apSum = 0;
  private documents = 0;
  private readonly full: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  private readonly category: Counts = { truePositives: 0, predicted: 0, gold: 0 };

  add(ranked: string[], truth: ReadonlySet<string>): void {
    this.documents++;
    this.apSum += averagePrecision(ranked, truth);
    const predicted = new Set(ranked);
    this.full.predicted += predicted.size;
    this.full.gold += truth.size;
    for (const c of predicted) if (truth.has(c)) this.full.truePositives++;
    const predictedCategories = new Set([...predicted].map((c) => c.slice(0, 3)));
    const truthCategories = new Set([...truth].map((c) => c.slice(0, 3)));
    this.category.predicted += predictedCategories.size;
    this.category.gold += truthCategories.size;
    for (const c of predictedCategories) if (truthCategories.has(c)) this.category.truePositives++;
  }

  scores(): Scores {
    return { map: this.documents ? this.apSum / this.documents : 0, full: prf(this.full), category: prf(this.category) };
  }
}

/** `only(position)` limits the run to some documents (sorted by id), e.g. a training hold-out fold. */
export async function evaluate(split: string, dataDir: string, minScore?: number, only?: (position: number) => boolean, withCeiling = false): Promise<EvaluationResult> {
  const gold = readGold(join(dataDir, split, `${split}D.tsv`));
  const index = await loadIcdIndex({ dataDir: REPO_ICD_DATA });
  const textDir = join(dataDir, split, 'text_files_en');
  const strict = new Tally();
  const mapped = new Tally();
  let suggestions = 0;
  const ceiling = { perfect: 0, withNeverSuggested: 0, neverSuggested: 0 };
  const docs = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort()
    .filter((d, position) => gold.has(d) && (only?.(position) ?? true));
  for (const doc of docs) {
    const text = readFileSync(join(textDir, `${doc}.txt`), 'utf8');
    const ranked = suggestCodes(index, text, minScore === undefined ? {} : { minScore }).map((s) => undot(s.code));
    const truth = gold.get(doc)!;
    suggestions += ranked.length;
    strict.add(ranked, truth);
    mapped.add(ranked.map((code) => goldMatch(index, code, truth) ?? code), truth);
    if (!withCeiling) continue;
    const candidates = new Set(suggestCodes(index, text, { minScore: 0, top: Number.MAX_SAFE_INTEGER }).map((s) => goldMatch(index, undot(s.code), truth)));
    const ruledOut = dictionaryCandidates(index, readNote(index, text, parseSections(text)).mentions).ruledOut;
    const never = new Set([...ruledOut].map((code) => goldMatch(index, code, truth)).filter((code) => code !== undefined && !candidates.has(code)));
    const reachable = [...truth].filter((code) => candidates.has(code)).length;
    ceiling.perfect += reachable / truth.size;
    ceiling.withNeverSuggested += (reachable + never.size) / truth.size;
    ceiling.neverSuggested += never.size;
  }
  const result: EvaluationResult = { split, documents: docs.length, meanSuggestions: suggestions / docs.length, versionMapped: mapped.scores(), strict: strict.scores() };
  if (withCeiling) {
    result.ceiling = {
      perfectRankingMap: ceiling.perfect / docs.length,
      goldNeverSuggested: ceiling.neverSuggested,
      perfectRankingMapWithThoseCodes: ceiling.withNeverSuggested / docs.length,
    };
  }
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.find((a) => !a.startsWith('--'));
  if (split !== 'train' && split !== 'dev') {
    console.error('usage: npm run eval:icd -- train|dev [--out FILE] [--min-score X] [--holdout K/N] [--ceiling]');
    process.exit(2);
  }
  const outIndex = args.indexOf('--out');
  const minIndex = args.indexOf('--min-score');
  const dataDir = process.env.CLINOTE_CODIESP_DIR ?? '/work/shared/data/codiesp';
  const holdoutIndex = args.indexOf('--holdout');
  let only: ((position: number) => boolean) | undefined;
  if (holdoutIndex >= 0) {
    const [k, n] = args[holdoutIndex + 1].split('/').map(Number);
    only = (position) => position % n === k;
  }
  const result = await evaluate(split, dataDir, minIndex >= 0 ? Number(args[minIndex + 1]) : undefined, only, args.includes('--ceiling'));
  const f = (x: number): string => x.toFixed(3);
  console.log(`CodiEsp-D ${result.split}: ${result.documents} documents, ${result.meanSuggestions.toFixed(1)} suggestions per document`);
  console.log('                 MAP    full P  full R  full F1  3ch P   3ch R   3ch F1');
  for (const [name, s] of [['version-mapped', result.versionMapped], ['strict', result.strict]] as const) {
    console.log(`  ${name.padEnd(15)}${f(s.map)}  ${f(s.full.precision)}   ${f(s.full.recall)}   ${f(s.full.f1)}    ${f(s.category.precision)}   ${f(s.category.recall)}   ${f(s.category.f1)}`);
  }
  if (result.ceiling) {
    const c = result.ceiling;
    console.log(`  ceiling: MAP ${f(c.perfectRankingMap)} if every candidate were ranked perfectly; ${c.goldNeverSuggested} gold codes are mentioned only negated, in the family, hypothetically or inside a combination code (MAP ${f(c.perfectRankingMapWithThoseCodes)} with them)`);
  }
  if (outIndex >= 0) writeFileSync(args[outIndex + 1], JSON.stringify(result, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`eval:icd failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    process.exit(1);
  });
}
