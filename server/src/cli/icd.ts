import { resolve } from 'node:path';
import { CancellationToken, CancelledError } from '../core/cancellation';
import { IcdDataError, IcdIndex, IcdSuggestion, loadIcdIndex, suggestCodes } from '../core/icd';
import { BufferedWriter, readNote } from './common';
import { CliCommand, EXIT_OK, UsageError, forEachJsonLine, intFlag, parseArgs, stringFlag } from './io';

const HELP = `usage: clinote icd FILE [--json] [--top N] [--code-table ORDER_FILE]
       clinote icd --jsonl [--top N] [--code-table ORDER_FILE] < notes.jsonl
         (lines {"id","text"} in, {"id","codes":[{"code","description","score","evidence","traits"}]} out, same order)
--code-table loads a newer CMS ICD-10-CM order file (e.g. FY2027) whose codes and titles override the built-in FY2026 table.`;

/** A note that takes longer than this is answered with an error line instead of holding up the rest. */
const NOTE_TIME_BUDGET_MS = 10_000;
/** Longer texts are refused rather than risking memory and time on a pasted dump. */
const MAX_NOTE_CHARS = 2_000_000;

function deadline(ms: number): CancellationToken {
  const end = Date.now() + ms;
  return {
    get isCancellationRequested() {
      return Date.now() > end;
    },
  };
}

/** The CLI's fixed output shape per code (the API's extra fields stay out of it). */
function contractCode(s: IcdSuggestion) {
  return { code: s.code, description: s.description, score: s.score, evidence: s.evidence, traits: s.traits };
}

function lineFor(index: IcdIndex, record: { id: unknown; text: string }, lineNumber: number, top: number | undefined): string {
  const id = record.id ?? null;
  if (record.text.length > MAX_NOTE_CHARS) return JSON.stringify({ id, error: `line ${lineNumber}: text longer than ${MAX_NOTE_CHARS} characters` });
  try {
    const codes = suggestCodes(index, record.text, top === undefined ? {} : { top }, deadline(NOTE_TIME_BUDGET_MS));
    return JSON.stringify({ id, codes: codes.map(contractCode) });
  } catch (error) {
    const reason = error instanceof CancelledError ? 'timed out' : 'could not be processed';
    return JSON.stringify({ id, error: `line ${lineNumber}: ${reason}` });
  }
}

async function loadIndex(codeTablePath: string | undefined, cwd: string): Promise<IcdIndex> {
  try {
    return await loadIcdIndex(codeTablePath ? { codeTablePath: resolve(cwd, codeTablePath) } : {});
  } catch (error) {
    if (error instanceof IcdDataError) throw new UsageError(error.message);
    throw error;
  }
}

export const icdCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['--top', '--code-table'], ['--json', '--jsonl', '--help']);
  if (args.flags.has('--help')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  const top = intFlag(args, '--top', 1, 1000);
  const codeTable = stringFlag(args, '--code-table');
  const out = new BufferedWriter(io.stdout);

  if (args.flags.has('--jsonl')) {
    if (args.positionals.length > 0) throw new UsageError('--jsonl reads notes from standard input; give no FILE');
    if (args.flags.has('--json')) throw new UsageError('--json and --jsonl cannot be combined');
    const index = await loadIndex(codeTable, io.cwd);
    await forEachJsonLine(io.stdin, (record, lineNumber) => lineFor(index, record, lineNumber, top), (line) => out.writeLine(line));
    await out.flush();
    return EXIT_OK;
  }

  if (args.positionals.length !== 1) throw new UsageError(`give exactly one FILE (see clinote icd --help)`);
  const file = args.positionals[0];
  const text = readNote(file, io.cwd);
  if (text.length > MAX_NOTE_CHARS) throw new UsageError(`${file} is longer than ${MAX_NOTE_CHARS} characters`);
  const index = await loadIndex(codeTable, io.cwd);
  let codes: IcdSuggestion[];
  try {
    codes = suggestCodes(index, text, top === undefined ? {} : { top }, deadline(NOTE_TIME_BUDGET_MS));
  } catch (error) {
    if (error instanceof CancelledError) throw new UsageError(`${file}: timed out`);
    throw error;
  }
  if (args.flags.has('--json')) {
    await out.writeLine(JSON.stringify({ file, codes: codes.map(contractCode) }, null, 2));
  } else if (codes.length === 0) {
    await out.writeLine(`${file}: no codes suggested`);
  } else {
    for (const s of codes) {
      const evidence = s.evidence.map((e) => JSON.stringify(e.text)).join(', ');
      const flags = s.traits.join(',');
      await out.writeLine(`${s.code.padEnd(9)} ${s.score.toFixed(2)}  ${s.description}  [${flags}]  ${evidence}`);
    }
  }
  await out.flush();
  return EXIT_OK;
};
