/**
 * `npm run bench:summary -- [--out FILE] [--runs N]`: time of the embedded summariser on a synthetic
 * 5 KB note (median and p95 over N runs after a warm-up). Target: median and p95 ≤ 50 ms.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { summarizeNote } from '../../server/src/core/summary';

const HISTORY = [
  'She reports worsening dyspnea on exertion over the last two weeks, now after one flight of stairs.',
  'She sleeps on three pillows and wakes at night short of breath twice a week.',
  'She notes ankle swelling by the evening that improves overnight.',
  'She denies chest pain, palpitations, syncope, fever or cough.',
  'She has been adherent to her medications but ate out frequently over the holidays.',
  'Home weights rose from 72 kg to 76 kg over ten days.',
];

/** A clinic note of realistic shape, padded with history sentences to `size` UTF-16 units. */
export function syntheticNote(size: number): string {
  const head = [
    'CHIEF COMPLAINT: Shortness of breath and leg swelling.',
    '',
    'HISTORY OF PRESENT ILLNESS:',
    'The patient is a 71-year-old woman with ischemic cardiomyopathy, ejection fraction 30%, atrial fibrillation and chronic kidney disease stage 3 who presents with two weeks of worsening dyspnea.',
  ];
  const tail = [
    '',
    'PAST MEDICAL HISTORY:', '1. Ischemic cardiomyopathy.', '2. Atrial fibrillation.', '3. Chronic kidney disease stage 3.', '4. Hypertension.',
    '',
    'MEDICATIONS: Carvedilol 12.5 mg twice daily, sacubitril-valsartan 49/51 mg twice daily, apixaban 5 mg twice daily, furosemide 40 mg daily, atorvastatin 40 mg nightly.',
    '',
    'ALLERGIES: Sulfa drugs (rash).',
    '',
    'VITAL SIGNS: BP 148/92, HR 96, RR 22, Temp 98.2 F, SpO2 93% on room air. Weight 76 kg.',
    '',
    'PHYSICAL EXAMINATION:', 'Jugular venous pressure elevated to 12 cm. Bibasilar crackles. 2+ pitting edema to the knees.',
    '',
    'LABS: Sodium 133 low. Potassium 4.8. Creatinine 1.9 mg/dL, elevated from 1.5. BNP 2100 pg/mL, elevated.',
    '',
    'IMAGING: Chest x-ray with cardiomegaly and small bilateral pleural effusions.',
    '',
    'ASSESSMENT AND PLAN:',
    '1. Acute on chronic systolic heart failure with volume overload.',
    'Increase furosemide to 80 mg twice daily for three days, then 40 mg twice daily.',
    'Daily weights; call if weight rises by more than 1 kg in a day.',
    '2. Acute kidney injury on chronic kidney disease, likely cardiorenal.',
    'Repeat basic metabolic panel in 3 days.',
    '3. Atrial fibrillation, rate controlled. Continue apixaban 5 mg twice daily.',
    '',
    'FOLLOW-UP: Return to heart failure clinic in 1 week.',
  ];
  const body = [...head];
  let length = [...head, ...tail].join('\n').length;
  for (let i = 0; length < size; i++) {
    const sentence = HISTORY[i % HISTORY.length];
    body.push(sentence);
    length += sentence.length + 1;
  }
  return [...body, ...tail].join('\n');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function main(): void {
  const outIndex = process.argv.indexOf('--out');
  const runsIndex = process.argv.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(process.argv[runsIndex + 1]) : 200;
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('bench:summary: --runs takes a whole number ≥ 1');
    process.exit(2);
  }
  const note = syntheticNote(5 * 1024);
  for (let i = 0; i < 20; i++) summarizeNote(note);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    summarizeNote(note);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const ms = (v: number) => Math.round(v * 1000) / 1000;
  const figures = {
    noteChars: note.length,
    runs,
    medianMs: ms(percentile(times, 50)),
    p95Ms: ms(percentile(times, 95)),
    maxMs: ms(times[times.length - 1]),
    targetMs: 50,
    withinTarget: percentile(times, 95) <= 50,
  };
  console.log(JSON.stringify(figures, null, 2));
  if (outIndex >= 0 && process.argv[outIndex + 1]) writeFileSync(process.argv[outIndex + 1], JSON.stringify(figures, null, 2) + '\n');
}

if (process.argv[1]?.endsWith('bench.ts')) main();
