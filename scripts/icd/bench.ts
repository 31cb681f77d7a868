/**
 * `npm run bench:icd -- [--out FILE] [--runs N]`: ICD index load time (fresh process each run, so the
 * lazy cache is cold) and suggestion time for a 5 KB note once loaded; median and p95, plus RSS.
 * Targets: load ≤ 300 ms, 5 KB note ≤ 20 ms.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIcdIndex, suggestCodes } from '../../server/src/core/icd';

const REPO = join(__dirname, '..', '..');
const DATA_DIR = join(REPO, 'data', 'icd');
const NOTE_CHARS = 5 * 1024;
const LOAD_TARGET_MS = 300;
const SUGGEST_TARGET_MS = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Repeats the sample notes up to exactly NOTE_CHARS, so the figure does not depend on one note's length. */
function fiveKilobyteNote(): string {
  const samples = ['discharge-summary.note', 'progress-note.note', 'nursing-note.note', 'radiology-report.note'].map((f) =>
    readFileSync(join(REPO, 'samples', f), 'utf8'),
  );
  let text = '';
  for (let i = 0; text.length < NOTE_CHARS; i++) text += samples[i % samples.length] + '\n';
  return text.slice(0, NOTE_CHARS);
}

async function childLoad(): Promise<void> {
  const start = performance.now();
  await loadIcdIndex({ dataDir: DATA_DIR });
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, rssMb: process.memoryUsage().rss / 1e6 }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--child-load')) return childLoad();
  const outIndex = args.indexOf('--out');
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex >= 0 ? Math.max(3, Number(args[runsIndex + 1])) : 7;

  const loads: number[] = [];
  let loadRss = 0;
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--child-load'], { encoding: 'utf8', timeout: 60_000 });
    if (child.status !== 0) throw new Error(`load run ${i + 1} failed`);
    const result = JSON.parse(child.stdout) as { ms: number; rssMb: number };
    loads.push(result.ms);
    loadRss = Math.max(loadRss, result.rssMb);
  }

  const index = await loadIcdIndex({ dataDir: DATA_DIR });
  const note = fiveKilobyteNote();
  // The first calls parse the term groups the note touches; users pay that once per session.
  const firstStart = performance.now();
  const suggestions = suggestCodes(index, note);
  const firstMs = performance.now() - firstStart;
  for (let i = 0; i < 3; i++) suggestCodes(index, note);
  const times: number[] = [];
  for (let i = 0; i < runs * 25; i++) {
    const start = performance.now();
    suggestCodes(index, note);
    times.push(performance.now() - start);
  }

  const report = {
    runs,
    load: { medianMs: percentile(loads, 50), p95Ms: percentile(loads, 95), targetMs: LOAD_TARGET_MS },
    suggest5kb: {
      noteChars: note.length,
      firstCallMs: firstMs,
      medianMs: percentile(times, 50),
      p95Ms: percentile(times, 95),
      targetMs: SUGGEST_TARGET_MS,
      suggestions: suggestions.length,
    },
    rssMb: { afterLoadInFreshProcess: loadRss, afterBenchmark: process.memoryUsage().rss / 1e6 },
  };
  const f = (x: number): string => x.toFixed(1).padStart(7);
  console.log('ICD benchmark                    median      p95   target');
  console.log(`  index load (ms)              ${f(report.load.medianMs)}  ${f(report.load.p95Ms)}  ${f(LOAD_TARGET_MS)}`);
  console.log(`  suggest, 5 KB note (ms)      ${f(report.suggest5kb.medianMs)}  ${f(report.suggest5kb.p95Ms)}  ${f(SUGGEST_TARGET_MS)}`);
  console.log(`  first suggest call (ms)      ${f(firstMs)}`);
  console.log(`  RSS after load (MB)          ${f(loadRss)}   (includes the tsx loader)`);
  if (outIndex >= 0) writeFileSync(args[outIndex + 1], JSON.stringify(report, null, 2) + '\n');
}

main().catch((error) => {
  console.error(`bench:icd failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  process.exit(1);
});
