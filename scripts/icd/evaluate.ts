/**
 * CodiEsp-D evaluation of the ICD suggestions: `npm run eval:icd -- train|dev [--out FILE] [--min-score X]`.
 * Data: $CLINOTE_CODIESP_DIR (default /work/shared/data/codiesp), `<split>/<split>D.tsv` and
 * `<split>/text_files_en/<doc>.txt`. Reports MAP over each document's ranked list and micro precision,
 * recall and F1 at full code and at 3 characters. Tune on train only; dev is for reporting.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIcdIndex, suggestCodes } from '../../server/src/core/icd';

interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface EvaluationResult {
  split: string;
  documents: number;
  map: number;
  full: { precision: number; recall: number; f1: number };
  category: { precision: number; recall: number; f1: number };
  meanSuggestions: number;
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

export async function evaluate(split: string, dataDir: string, minScore?: number): Promise<EvaluationResult> {
  const gold = new Map<string, Set<string>>();
  for (const line of readFileSync(join(dataDir, split, `${split}D.tsv`), 'utf8').split('\n')) {
    const [doc, code] = line.trim().split('\t');
    if (!doc || !code) continue;
    if (!gold.has(doc)) gold.set(doc, new Set());
    gold.get(doc)!.add(undot(code));
  }
  const index = await loadIcdIndex({ dataDir: REPO_ICD_DATA });
  const textDir = join(dataDir, split, 'text_files_en');
  const full: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  const category: Counts = { truePositives: 0, predicted: 0, gold: 0 };
  let apSum = 0;
  let suggestions = 0;
  const docs = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).filter((d) => gold.has(d));
  for (const doc of docs) {
    const text = readFileSync(join(textDir, `${doc}.txt`), 'utf8');
    const ranked = suggestCodes(index, text, minScore === undefined ? {} : { minScore }).map((s) => undot(s.code));
    const truth = gold.get(doc)!;
    apSum += averagePrecision(ranked, truth);
    suggestions += ranked.length;
    const predicted = new Set(ranked);
    full.predicted += predicted.size;
    full.gold += truth.size;
    for (const c of predicted) if (truth.has(c)) full.truePositives++;
    const predictedCategories = new Set([...predicted].map((c) => c.slice(0, 3)));
    const truthCategories = new Set([...truth].map((c) => c.slice(0, 3)));
    category.predicted += predictedCategories.size;
    category.gold += truthCategories.size;
    for (const c of predictedCategories) if (truthCategories.has(c)) category.truePositives++;
  }
  return {
    split,
    documents: docs.length,
    map: apSum / docs.length,
    full: prf(full),
    category: prf(category),
    meanSuggestions: suggestions / docs.length,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const split = args.find((a) => !a.startsWith('--'));
  if (split !== 'train' && split !== 'dev') {
    console.error('usage: npm run eval:icd -- train|dev [--out FILE] [--min-score X]');
    process.exit(2);
  }
  const outIndex = args.indexOf('--out');
  const minIndex = args.indexOf('--min-score');
  const dataDir = process.env.CLINOTE_CODIESP_DIR ?? '/work/shared/data/codiesp';
  const result = await evaluate(split, dataDir, minIndex >= 0 ? Number(args[minIndex + 1]) : undefined);
  const f = (x: number): string => x.toFixed(3);
  console.log(`CodiEsp-D ${result.split}: ${result.documents} documents, ${result.meanSuggestions.toFixed(1)} suggestions per document`);
  console.log(`  MAP                 ${f(result.map)}`);
  console.log(`  full code   P ${f(result.full.precision)}  R ${f(result.full.recall)}  F1 ${f(result.full.f1)}`);
  console.log(`  3 character P ${f(result.category.precision)}  R ${f(result.category.recall)}  F1 ${f(result.category.f1)}`);
  if (outIndex >= 0) writeFileSync(args[outIndex + 1], JSON.stringify(result, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`eval:icd failed: ${error instanceof Error ? error.message : 'unknown error'}`);
    process.exit(1);
  });
}
