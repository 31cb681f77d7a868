/**
 * `npm run eval:summary`: one-liner ROUGE-L of the embedded summariser against the MTSamples descriptions,
 * beside a first-sentence baseline from the same run, the share of grounded summary parts, and the
 * faithfulness check's correlation with MTS-Dialog's human hallucination scores (scripts/summary/correlation.ts).
 * MTSamples is evaluation-only data: it is read from outside the repository and nothing of it is written.
 * Options: --limit N, --out FILE (JSON figures). Data folder: env CLINOTE_SUMM_DIR (default /work/shared/data/summ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeNote } from '../../server/src/core/summary';
import { groundedCounts } from '../../server/src/core/summary/grounding';
import { parseSections } from '../../server/src/core/summary/sections';
import { splitUnits } from '../../server/src/core/summary/text';
import { faithfulnessCorrelation } from './correlation';
import { rougeL } from './rouge';

interface Sample {
  id: number;
  description: string;
  transcription_normalized: string;
}

/** The note's first sentence, heading lines skipped: the baseline the summary statement has to beat. */
export function firstSentence(note: string): string {
  const sections = parseSections(note);
  const ranges = [{ start: 0, end: sections[0]?.start ?? note.length }, ...sections.map((s) => ({ start: s.bodyStart, end: s.end }))];
  for (const range of ranges) {
    const unit = splitUnits(note, range.start, range.end)[0];
    if (unit) return unit.text;
  }
  return '';
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function main(): void {
  const dir = process.env.CLINOTE_SUMM_DIR ?? '/work/shared/data/summ';
  const file = join(dir, 'mtsamples-dev', 'mtsamples_dev.jsonl');
  let samples: Sample[];
  try {
    samples = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Sample);
  } catch {
    console.error(`eval:summary: cannot read ${file} (set CLINOTE_SUMM_DIR to the folder holding mtsamples-dev/)`);
    process.exit(2);
  }
  const limit = Number(argValue('--limit') ?? samples.length);
  samples = samples.filter((s) => s.description && s.transcription_normalized).slice(0, limit);
  let summaryF1 = 0;
  let baselineF1 = 0;
  let grounded = 0;
  let parts = 0;
  let emptyOneLiners = 0;
  for (const sample of samples) {
    const note = sample.transcription_normalized;
    const summary = summarizeNote(note);
    if (!summary.oneLiner.text) emptyOneLiners++;
    summaryF1 += rougeL(summary.oneLiner.text, sample.description).f1;
    baselineF1 += rougeL(firstSentence(note), sample.description).f1;
    const counts = groundedCounts(note, summary);
    grounded += counts.grounded;
    parts += counts.total;
  }
  const n = samples.length;
  let faithfulness: Record<string, number> | { error: string };
  try {
    faithfulness = faithfulnessCorrelation(dir);
  } catch (error) {
    faithfulness = { error: (error as Error).message };
  }
  const figures = {
    notes: n,
    oneLinerRougeL: round(summaryF1 / n),
    firstSentenceRougeL: round(baselineF1 / n),
    ratioToBaseline: round(summaryF1 / baselineF1),
    groundedShare: round(parts ? grounded / parts : 1),
    summaryParts: parts,
    emptyOneLiners,
    faithfulnessVsHumanScores: faithfulness,
  };
  console.log(JSON.stringify(figures, null, 2));
  const out = argValue('--out');
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2) + '\n');
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

if (process.argv[1]?.endsWith('eval.ts')) main();
