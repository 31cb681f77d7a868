import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { DEID_MODES, DeidMode, createSurrogates, deidentifyWith } from '../core/phi/deid';
import { detectPhi } from '../core/phi/detect';
import type { PhiOptions } from '../core/phi/types';
import { BufferedWriter, PHI_OPTION_FLAGS, phiOptionsFromArgs, readKeyFile, readNote, warnWhenTheTaggerIsMissing } from './common';
import { CliCommand, CliIO, EXIT_OK, EXIT_PHI_FOUND, UsageError, parseArgs, stringFlag } from './io';
import { runJsonl } from './jsonlPool';
import { workersFromArgs } from './phi';

const HELP = `usage: clinote deid FILE [--mode tag|redact|surrogate] [-o OUT] [--key-file KEY]
       clinote deid DIR -o OUTDIR [--mode …] [--key-file KEY]   (recursively: .note .cnote .txt .md files)
       clinote deid --jsonl [--workers N] [--mode …] [--key-file KEY] < notes.jsonl   ({"id","text"} in and out, same order)
Surrogates are derived from KEY (same key, same output); without --key-file a random key is used.`;

const NOTE_EXTENSIONS = ['.note', '.cnote', '.txt', '.md', '.text'];

function listNotes(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && NOTE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(path);
    }
  };
  walk(root);
  return files;
}

function progressBar(io: CliIO, done: number, total: number): void {
  if (!io.interactive) return;
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} notes`);
  if (done === total) io.stderr.write('\n');
}

export const deidCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['--mode', '-o', '--out', '--key-file', '--workers', ...PHI_OPTION_FLAGS.valued], ['--jsonl', '--fail-on-phi', '--help', ...PHI_OPTION_FLAGS.booleans]);
  if (args.flags.has('--help')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  const mode = (stringFlag(args, '--mode') ?? 'surrogate') as DeidMode;
  if (!DEID_MODES.includes(mode)) throw new UsageError(`--mode takes tag, redact or surrogate, not '${mode}'`);
  const options: PhiOptions = phiOptionsFromArgs(args);
  warnWhenTheTaggerIsMissing(io.stderr);
  const key = readKeyFile(args, io.cwd) ?? randomBytes(32);
  const out = stringFlag(args, '-o') ?? stringFlag(args, '--out');
  let found = 0;
  const deidentifyNote = (text: string, documentId: string) => {
    const findings = detectPhi(text, options);
    found += findings.length;
    return deidentifyWith(text, findings, mode, createSurrogates({ key, documentId })).text;
  };

  if (args.flags.has('--jsonl')) {
    if (args.positionals.length > 0) throw new UsageError('--jsonl reads notes from standard input; give no FILE');
    if (args.flags.has('--fail-on-phi')) throw new UsageError('--fail-on-phi applies to FILE arguments, not --jsonl');
    const writer = new BufferedWriter(io.stdout);
    await runJsonl(io.stdin, writer, { kind: 'deid', options, mode, keyHex: key.toString('hex') }, workersFromArgs(args));
    await writer.flush();
    return EXIT_OK;
  }

  if (args.positionals.length !== 1) throw new UsageError(`give exactly one FILE or DIR\n${HELP}`);
  const input = resolve(io.cwd, args.positionals[0]);
  let isDirectory = false;
  try {
    isDirectory = statSync(input).isDirectory();
  } catch {
    throw new UsageError(`cannot read ${args.positionals[0]}: no such file or directory`);
  }

  if (isDirectory) {
    if (!out) throw new UsageError('a directory needs -o OUTDIR');
    const outRoot = resolve(io.cwd, out);
    const fromInput = relative(input, outRoot);
    if (fromInput === '' || (!fromInput.startsWith('..') && !isAbsolute(fromInput))) throw new UsageError('OUTDIR must not be inside the input directory');
    const files = listNotes(input);
    files.forEach((file, index) => {
      const rel = relative(input, file);
      const target = join(outRoot, rel);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, deidentifyNote(readNote(file, io.cwd), rel));
      progressBar(io, index + 1, files.length);
    });
    if (!io.interactive) io.stderr.write(`de-identified ${files.length} notes into ${out}\n`);
  } else {
    const text = readNote(input, io.cwd);
    // Seeded by the file name, not the path it was reached by: the same key gives the same output from anywhere.
    const result = deidentifyNote(text, basename(input));
    if (out) {
      const target = resolve(io.cwd, out);
      if (target === input) throw new UsageError('-o must not name the input file: the original is never overwritten');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, result);
    } else {
      io.stdout.write(result);
    }
  }
  return args.flags.has('--fail-on-phi') && found > 0 ? EXIT_PHI_FOUND : EXIT_OK;
};
