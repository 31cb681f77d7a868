import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Writable } from 'node:stream';
import { PHI_CATEGORIES, type PhiOptions } from '../../server/src/core/phi/types';
import { CancelledError, type CancellationToken } from '../../server/src/core/cancellation';
import { parseArgs, intFlag, stringFlag, UsageError } from '../../server/src/cli/io';
import { GoldFormatError, isAllCaps, readGoldFile, type GoldNote } from './gold';
import {
  rates, scoreNote, sumScores, SCORE_ROWS,
  type Counts, type FalseAlarm, type Miss, type NoteScore, type PredictedSpan, type ScoreRow, type ScoringProfile,
} from './score';

export type Detector = (
  text: string,
  options?: PhiOptions,
  token?: CancellationToken,
) => readonly PredictedSpan[] | Promise<readonly PredictedSpan[]>;

export const USAGE =
  'usage: npm run eval:phi -- GOLD.jsonl [more.jsonl] [--json OUT] [--show-errors N] [--profile standard|extended] [--caps-split] [--note-budget-ms N] [--detector module.ts]';

const CONTEXT_CHARS = 40;

interface ScoredNote {
  note: GoldNote;
  caps: boolean;
  score: NoteScore;
}

/**
 * Cancels itself once the time budget is spent. A synchronous detector cannot be interrupted from outside,
 * but it polls its token, and this token's answer is computed at each poll.
 */
class DeadlineToken implements CancellationToken {
  private readonly deadline: number;
  constructor(budgetMs: number) {
    this.deadline = performance.now() + budgetMs;
  }
  get isCancellationRequested(): boolean {
    return performance.now() > this.deadline;
  }
}

interface FileResult {
  label: string;
  /** Notes the detector gave up on (cancelled at the per-note budget): scored as finding nothing. */
  timedOut: string[];
  notes: ScoredNote[];
  characters: number;
  utf8Bytes: number;
  detectSeconds: number;
  slowestNoteMs: number;
}

async function loadDetector(modulePath: string | undefined): Promise<Detector> {
  const specifier = modulePath ? pathToFileURL(resolve(modulePath)).href : '../../server/src/core/phi/index';
  let loaded: { detectPhi?: unknown };
  try {
    loaded = (await import(specifier)) as { detectPhi?: unknown };
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`cannot load the PHI detector from ${modulePath ?? 'server/src/core/phi'} (${why}); pass --detector module.ts`);
  }
  if (typeof loaded.detectPhi !== 'function') throw new UsageError('the detector module exports no detectPhi function');
  return loaded.detectPhi as Detector;
}

function checkFindings(findings: unknown, textLength: number, noteId: string): PredictedSpan[] {
  if (!Array.isArray(findings)) throw new Error(`detectPhi returned no array for note ${noteId}`);
  return findings.map((finding: PredictedSpan, index) => {
    const valid =
      Number.isInteger(finding?.start) && Number.isInteger(finding?.end) &&
      finding.start >= 0 && finding.end > finding.start && finding.end <= textLength &&
      (PHI_CATEGORIES as readonly string[]).includes(finding.category);
    if (!valid) throw new Error(`detectPhi returned an invalid finding #${index} (offsets or category) for note ${noteId}`);
    return { start: finding.start, end: finding.end, category: finding.category, subtype: finding.subtype };
  });
}

async function evaluateFile(path: string, detector: Detector, profile: ScoringProfile, noteBudgetMs: number): Promise<FileResult> {
  const notes = readGoldFile(path);
  const result: FileResult = { label: basename(path), timedOut: [], notes: [], characters: 0, utf8Bytes: 0, detectSeconds: 0, slowestNoteMs: 0 };
  for (const note of notes) {
    const started = performance.now();
    let findings: unknown = [];
    try {
      findings = await detector(note.text, { profile }, new DeadlineToken(noteBudgetMs));
    } catch (error) {
      // By name too: a detector loaded with --detector may carry its own copy of the cancellation module.
      if (!(error instanceof CancelledError) && !(error instanceof Error && error.name === 'CancelledError')) throw error;
      result.timedOut.push(note.id);
    }
    const elapsedMs = performance.now() - started;
    result.detectSeconds += elapsedMs / 1000;
    result.slowestNoteMs = Math.max(result.slowestNoteMs, elapsedMs);
    result.characters += note.text.length;
    result.utf8Bytes += Buffer.byteLength(note.text, 'utf8');
    const predictions = checkFindings(findings, note.text.length, note.id);
    result.notes.push({ note, caps: note.caps ?? isAllCaps(note.text), score: scoreNote(note, predictions, profile) });
  }
  return result;
}

function percent(value: number | null): string {
  return value === null ? '   -  ' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function table(rows: Record<ScoreRow, Counts>): string[] {
  const lines = ['category     gold found recall   pred right precis | char-recall char-precis'];
  for (const row of SCORE_ROWS) {
    const counts = rows[row];
    if (row !== 'ANY' && counts.goldSpans === 0 && counts.predicted === 0) continue;
    const r = rates(counts);
    lines.push(
      `${row.padEnd(10)} ${String(counts.goldSpans).padStart(6)} ${String(counts.goldFound).padStart(5)} ${percent(r.recall)} ` +
        `${String(counts.predicted).padStart(6)} ${String(counts.predictedCorrect).padStart(5)} ${percent(r.precision)} | ` +
        `${percent(r.charRecall).padStart(11)} ${percent(r.charPrecision).padStart(11)}`,
    );
  }
  return lines;
}

function anyLine(label: string, notes: readonly ScoredNote[]): string {
  const total = sumScores(notes.map((n) => n.score)).ANY;
  const r = rates(total);
  return `${label.padEnd(22)} notes ${String(notes.length).padStart(4)}  recall ${percent(r.recall)}  precision ${percent(r.precision)}  char-recall ${percent(r.charRecall)}`;
}

function oneLine(text: string): string {
  return text.replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
}

function inContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  const after = text.slice(end, end + CONTEXT_CHARS);
  return `${oneLine(before)}[[${oneLine(text.slice(start, end))}]]${oneLine(after)}`;
}

/** Round-robin over categories so one noisy category does not hide the others' errors. */
function spreadByCategory<T>(items: readonly T[], categoryOf: (item: T) => string, limit: number): T[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = categoryOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const picked: T[] = [];
  for (let round = 0; picked.length < limit; round++) {
    let added = false;
    for (const group of groups.values()) {
      if (round < group.length && picked.length < limit) {
        picked.push(group[round]);
        added = true;
      }
    }
    if (!added) break;
  }
  return picked;
}

function errorLines(result: FileResult, limit: number): string[] {
  const textOf = new Map(result.notes.map((n) => [n.note.id, n.note.text]));
  const misses: Miss[] = result.notes.flatMap((n) => n.score.misses);
  const alarms: FalseAlarm[] = result.notes.flatMap((n) => n.score.falseAlarms);
  const lines = [`misses (${misses.length}, showing ${Math.min(limit, misses.length)}):`];
  for (const miss of spreadByCategory(misses, (m) => m.span.category, limit)) {
    const as = miss.foundAs.length ? ` (found as ${miss.foundAs.join('/')})` : '';
    const kind = `${miss.span.category}${miss.span.subtype ? '/' + miss.span.subtype : ''}`;
    lines.push(`  ${kind.padEnd(22)} ${miss.noteId}${as}: ${inContext(textOf.get(miss.noteId)!, miss.span.start, miss.span.end)}`);
  }
  lines.push(`false alarms (${alarms.length}, showing ${Math.min(limit, alarms.length)}):`);
  for (const alarm of spreadByCategory(alarms, (a) => a.prediction.category, limit)) {
    const p = alarm.prediction;
    const kind = `${p.category}${p.subtype ? '/' + p.subtype : ''}`;
    lines.push(`  ${kind.padEnd(22)} ${alarm.noteId}: ${inContext(textOf.get(alarm.noteId)!, p.start, p.end)}`);
  }
  return lines;
}

/** Reading a hold-out set's errors is tuning on it; only its totals are printed. */
function isHoldout(label: string): boolean {
  return label.includes('holdout');
}

function summaryJson(label: string, notes: readonly ScoredNote[]) {
  const rows = sumScores(notes.map((n) => n.score));
  return {
    label,
    notes: notes.length,
    rows: Object.fromEntries(SCORE_ROWS.map((row) => [row, { ...rows[row], ...rates(rows[row]) }])),
  };
}

function report(result: FileResult, capsSplit: boolean, showErrors: number, out: string[]): void {
  const megabytes = result.utf8Bytes / 1e6;
  out.push('', `== ${result.label}: ${result.notes.length} notes, ${megabytes.toFixed(2)} MB ==`);
  out.push(...table(sumScores(result.notes.map((n) => n.score))));
  const caps = result.notes.filter((n) => n.caps);
  const mixed = result.notes.filter((n) => !n.caps);
  out.push('', anyLine('ALL-CAPS notes', caps), anyLine('mixed-case notes', mixed));
  const styles = [...new Set(result.notes.map((n) => n.note.style).filter((s): s is string => !!s))].sort();
  for (const style of styles) out.push(anyLine(`  style ${style}`, result.notes.filter((n) => n.note.style === style)));
  if (capsSplit) {
    for (const [label, group] of [['ALL-CAPS', caps], ['mixed-case', mixed]] as const) {
      if (group.length === 0) continue;
      out.push('', `-- ${label} notes (${group.length}) --`, ...table(sumScores(group.map((n) => n.score))));
    }
  }
  if (result.timedOut.length) out.push('', `TIMED OUT (> budget, scored as nothing found): ${result.timedOut.join(', ')}`);
  const throughput = result.detectSeconds > 0 ? megabytes / result.detectSeconds : Infinity;
  out.push('', `throughput ${throughput.toFixed(2)} MB/s (detect ${result.detectSeconds.toFixed(2)} s, slowest note ${result.slowestNoteMs.toFixed(0)} ms)`);
  if (showErrors > 0 && isHoldout(result.label)) out.push('', 'hold-out set: misses and false alarms are not shown (see test/fixtures/phi/README.md)');
  else if (showErrors > 0) out.push('', ...errorLines(result, showErrors));
}

export interface EvalIO {
  stdout: Writable;
  stderr: Writable;
}

/** Exit codes as the CLI's: 0 done, 2 bad usage or unreadable gold/detector. */
export async function runPhiEval(argv: string[], io: EvalIO): Promise<number> {
  try {
    const args = parseArgs(argv, ['--json', '--show-errors', '--profile', '--detector', '--note-budget-ms'], ['--caps-split', '--help']);
    if (args.flags.has('--help')) {
      io.stdout.write(USAGE + '\n');
      return 0;
    }
    if (args.positionals.length === 0) throw new UsageError(USAGE);
    const profile = stringFlag(args, '--profile') ?? 'standard';
    if (profile !== 'standard' && profile !== 'extended') throw new UsageError('--profile takes standard or extended');
    const showErrors = intFlag(args, '--show-errors', 0, 100000) ?? 10;
    const noteBudgetMs = intFlag(args, '--note-budget-ms', 1, 600000) ?? 5000;
    const detector = await loadDetector(stringFlag(args, '--detector'));
    // Lazy set-up (lexicons, compiled patterns) is paid once per process, not per megabyte: time it apart.
    const warmUpStarted = performance.now();
    await detector('Seen by Dr. Lee on 7/22/2024.', { profile }, new DeadlineToken(noteBudgetMs));
    const firstCallMs = performance.now() - warmUpStarted;
    const results: FileResult[] = [];
    for (const path of args.positionals) results.push(await evaluateFile(path, detector, profile, noteBudgetMs));

    const out = [
      `PHI evaluation, profile ${profile}; overlap match, then non-whitespace character coverage`,
      `first detector call (set-up) ${firstCallMs.toFixed(0)} ms, not counted in throughput`,
    ];
    for (const result of results) report(result, args.flags.has('--caps-split'), showErrors, out);
    if (results.length > 1) {
      const all = results.flatMap((r) => r.notes);
      out.push('', `== all files: ${all.length} notes ==`, ...table(sumScores(all.map((n) => n.score))));
      out.push('', anyLine('ALL-CAPS notes', all.filter((n) => n.caps)), anyLine('mixed-case notes', all.filter((n) => !n.caps)));
    }
    io.stdout.write(out.join('\n') + '\n');

    const jsonPath = stringFlag(args, '--json');
    if (jsonPath) {
      const files = results.map((r) => ({
        file: r.label,
        megabytes: r.utf8Bytes / 1e6,
        detectSeconds: r.detectSeconds,
        megabytesPerSecond: r.detectSeconds > 0 ? r.utf8Bytes / 1e6 / r.detectSeconds : null,
        slowestNoteMs: r.slowestNoteMs,
        timedOut: r.timedOut,
        all: summaryJson('all', r.notes),
        caps: summaryJson('ALL-CAPS', r.notes.filter((n) => n.caps)),
        mixed: summaryJson('mixed-case', r.notes.filter((n) => !n.caps)),
      }));
      writeFileSync(jsonPath, JSON.stringify({ profile, firstCallMs, files }, null, 2) + '\n');
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof GoldFormatError) {
      io.stderr.write(`eval:phi: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
