import type { Readable, Writable } from 'node:stream';

/** What a CLI command may touch; tests pass their own streams. */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is a terminal, so progress bars are welcome. */
  interactive: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_PHI_FOUND = 1;
export const EXIT_USAGE = 2;

/** Bad usage or unreadable input: the message goes to stderr as one line and the exit code is 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/**
 * Parses `--flag`, `--flag value`, `--flag=value` and `-o value`. `valued` lists the flags that take a
 * value; any other flag is boolean. Unknown flags are refused so a typo never silently changes output.
 */
export function parseArgs(argv: string[], valued: readonly string[], booleans: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (valued.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      flags.set(name, value);
    } else if (booleans.includes(name) && eq < 0) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}

export function intFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const raw = stringFlag(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} takes a whole number from ${min} to ${max}`);
  }
  return value;
}

export type JsonLineRecord = { id: unknown; text: string };

/**
 * Parses one NDJSON input line: undefined for a blank line, otherwise the record or an error line to write
 * in its place, so one bad line never shifts or stops the rest.
 */
export function parseRecordLine(line: string, lineNumber: number): { record: JsonLineRecord } | { error: string } | undefined {
  if (line.trim() === '') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { error: JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON` }) };
  }
  if (typeof record !== 'object' || record === null || typeof (record as { text?: unknown }).text !== 'string') {
    const id = typeof record === 'object' && record !== null ? ((record as { id?: unknown }).id ?? null) : null;
    return { error: JSON.stringify({ id, error: `line ${lineNumber}: expected an object with a string "text"` }) };
  }
  return { record: record as JsonLineRecord };
}

/** Reads NDJSON lines from a stream and calls `handle` for each in order; output order equals input order. */
export async function forEachJsonLine(
  stdin: Readable,
  handle: (record: JsonLineRecord, lineNumber: number) => Promise<string> | string,
  write: (line: string) => Promise<void> | void,
): Promise<void> {
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    const parsed = parseRecordLine(line, ++lineNumber);
    if (parsed === undefined) continue;
    await write('error' in parsed ? parsed.error : await handle(parsed.record, lineNumber));
  }
}
