/**
 * Agreement of the faithfulness check with human judgements: MTS-Dialog's 400 system summaries of 100
 * validation dialogues (Ben Abacha et al. 2023, CC BY 4.0) scored by hand for hallucination and factual
 * precision. Our score per summary is unsupported claims / checked claims, against the dialogue.
 * Rows of the summaries file and of the scores file are in the same order (400 each).
 * Run by `npm run eval:summary`, or alone: node --import tsx scripts/summary/correlation.ts [--out FILE]; data dir: env CLINOTE_SUMM_DIR.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faithfulnessCounts } from '../../server/src/core/summary/faithfulness';
import { csvRecords } from './csv';

export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Average ranks, ties sharing their mean rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const result = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) result[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/**
 * Reference point: share of the summary's content words (4+ letters) missing from the source, a purely
 * lexical novelty score computed beside ours so the figure can be judged.
 */
export function novelWordShare(summary: string, source: string): number {
  const sourceWords = new Set(source.toLowerCase().match(/[a-z]+/g) ?? []);
  const words = (summary.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  if (words.length === 0) return 0;
  const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '');
  const stems = new Set([...sourceWords].map(stem));
  return words.filter((w) => !sourceWords.has(w) && !stems.has(stem(w))).length / words.length;
}

/** Figures of the faithfulness check against the human scores; throws with a one-line message when the data is missing. */
export function faithfulnessCorrelation(summDir: string): Record<string, number> {
  const dir = join(summDir, 'mts-dialog');
  let summaries: Record<string, string>[];
  let scores: Record<string, string>[];
  try {
    summaries = csvRecords(readFileSync(join(dir, 'MTS-Dialog-Automatic-Summaries-ValidationSet.csv'), 'utf8'));
    scores = csvRecords(readFileSync(join(dir, 'MTS-Dialog-Manual-Scores4CorrelationStudy.csv'), 'utf8'));
  } catch {
    throw new Error(`cannot read the MTS-Dialog files in ${dir} (set CLINOTE_SUMM_DIR)`);
  }
  if (summaries.length !== scores.length) throw new Error(`${summaries.length} summaries but ${scores.length} score rows`);
  const rate: number[] = [];
  const novelty: number[] = [];
  const flagged: number[] = [];
  const hallucination: number[] = [];
  const precision: number[] = [];
  for (let i = 0; i < summaries.length; i++) {
    const counts = faithfulnessCounts(summaries[i]['Automatic Summary'], summaries[i]['Dialogue']);
    rate.push(counts.claims ? counts.unsupported / counts.claims : 0);
    novelty.push(novelWordShare(summaries[i]['Automatic Summary'], summaries[i]['Dialogue']));
    flagged.push(counts.unsupported > 0 ? 1 : 0);
    hallucination.push(Number(scores[i]['HallucinationRate']));
    precision.push(Number(scores[i]['FactualPrecision']));
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const hallucinated: number[] = hallucination.map((h) => (h > 0 ? 1 : 0));
  const truePositives = flagged.filter((f, i) => f === 1 && hallucinated[i] === 1).length;
  const figures = {
    summaries: summaries.length,
    pearsonVsHallucinationRate: r(pearson(rate, hallucination)),
    spearmanVsHallucinationRate: r(spearman(rate, hallucination)),
    pearsonVsFactualPrecision: r(pearson(rate, precision)),
    spearmanVsFactualPrecision: r(spearman(rate, precision)),
    lexicalNoveltyPearsonVsHallucinationRate: r(pearson(novelty, hallucination)),
    lexicalNoveltySpearmanVsHallucinationRate: r(spearman(novelty, hallucination)),
    summariesWithHumanHallucination: hallucinated.reduce((a, b) => a + b, 0),
    summariesFlagged: flagged.reduce((a, b) => a + b, 0),
    flaggedPrecision: r(truePositives / Math.max(1, flagged.reduce((a, b) => a + b, 0))),
    flaggedRecall: r(truePositives / Math.max(1, hallucinated.reduce((a, b) => a + b, 0))),
  };
  return figures;
}

function main(): void {
  let figures: Record<string, number>;
  try {
    figures = faithfulnessCorrelation(process.env.CLINOTE_SUMM_DIR ?? '/work/shared/data/summ');
  } catch (error) {
    console.error(`correlation: ${(error as Error).message}`);
    process.exit(2);
  }
  console.log(JSON.stringify(figures, null, 2));
  const outIndex = process.argv.indexOf('--out');
  if (outIndex >= 0 && process.argv[outIndex + 1]) writeFileSync(process.argv[outIndex + 1], JSON.stringify(figures, null, 2) + '\n');
}

if (process.argv[1]?.endsWith('correlation.ts')) main();
