import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { taggerModelProblem } from '../core/phi/tagger';
import { PhiOptions, PhiProfile } from '../core/phi/types';
import { ParsedArgs, UsageError, stringFlag } from './io';

export const PHI_OPTION_FLAGS = { valued: ['--profile'], booleans: ['--all-ages', '--years'] } as const;

export function phiOptionsFromArgs(args: ParsedArgs): PhiOptions {
  const profile = stringFlag(args, '--profile') ?? 'standard';
  if (!['standard', 'safeHarbor', 'extended'].includes(profile)) {
    throw new UsageError(`--profile takes standard, safeHarbor or extended, not '${profile}'`);
  }
  return { profile: profile as PhiProfile, allAges: args.flags.has('--all-ages'), years: args.flags.has('--years') };
}

/** A damaged install scans with the rules alone: say so once, on stderr, and go on; the message names no note. */
export function warnWhenTheTaggerIsMissing(stderr: Writable): void {
  const problem = taggerModelProblem();
  if (problem) stderr.write(`clinote: the PHI tagger model could not be read, so PHI detection runs on the rules alone (${problem})\n`);
}

/** Reads a note as UTF-8; unreadable input is a usage error (exit 2) that names the file, not its content. */
export function readNote(path: string, cwd: string): string {
  const full = resolve(cwd, path);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`);
  }
  if (!stats.isFile()) throw new UsageError(`cannot read ${path}: not a file`);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
}

/** The surrogate key: the file's bytes (hex-decoded when the file holds hex), so runs with one key agree. */
export function readKeyFile(args: ParsedArgs, cwd: string): Buffer | undefined {
  const path = stringFlag(args, '--key-file');
  if (path === undefined) return undefined;
  let raw: string;
  try {
    raw = readFileSync(resolve(cwd, path), 'utf8').trim();
  } catch {
    throw new UsageError(`cannot read key file ${path}`);
  }
  if (raw.length < 16) throw new UsageError(`key file ${path} must hold at least 16 characters`);
  return /^(?:[0-9a-f]{2})+$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'utf8');
}

/**
 * Batches small writes into large ones and waits for the stream to drain, so line-per-note output stays
 * fast and memory stays flat on corpora of any size.
 */
export class BufferedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable, private readonly highWater = 1 << 16) {}

  async writeLine(line: string): Promise<void> {
    this.parts.push(line, '\n');
    this.size += line.length + 1;
    if (this.size >= this.highWater) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    }
  }
}
