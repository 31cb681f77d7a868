import { availableParallelism } from 'node:os';
import { detectPhi } from '../core/phi/detect';
import { BufferedWriter, PHI_OPTION_FLAGS, phiOptionsFromArgs, readNote, warnWhenTheTaggerIsMissing } from './common';
import { CliCommand, EXIT_OK, EXIT_PHI_FOUND, ParsedArgs, UsageError, intFlag, parseArgs } from './io';
import { runJsonl } from './jsonlPool';
import { spanOf } from './lineTasks';

const HELP = `usage: clinote phi FILE... [--json] [--fail-on-phi] [--profile standard|safeHarbor|extended] [--all-ages] [--years]
       clinote phi --jsonl [--workers N] < notes.jsonl   (lines {"id","text"} in, {"id","spans":[...]} out, same order)`;

export function workersFromArgs(args: ParsedArgs): number {
  return intFlag(args, '--workers', 1, Math.max(1, availableParallelism() * 4)) ?? 1;
}

function lineAndColumn(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return [line, offset - lineStart + 1];
}

export const phiCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['--workers', ...PHI_OPTION_FLAGS.valued], ['--json', '--jsonl', '--fail-on-phi', '--help', ...PHI_OPTION_FLAGS.booleans]);
  if (args.flags.has('--help')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  const options = phiOptionsFromArgs(args);
  warnWhenTheTaggerIsMissing(io.stderr);
  const out = new BufferedWriter(io.stdout);

  if (args.flags.has('--jsonl')) {
    if (args.positionals.length > 0) throw new UsageError('--jsonl reads notes from standard input; give no FILE');
    if (args.flags.has('--fail-on-phi')) throw new UsageError('--fail-on-phi applies to FILE arguments; with --jsonl read the spans');
    await runJsonl(io.stdin, out, { kind: 'phi', options }, workersFromArgs(args));
    await out.flush();
    return EXIT_OK;
  }

  if (args.positionals.length === 0) throw new UsageError(`no FILE given (see clinote phi --help)`);
  const results = args.positionals.map((file) => {
    const text = readNote(file, io.cwd);
    return { file, text, findings: detectPhi(text, options) };
  });
  if (args.flags.has('--json')) {
    const json = results.map(({ file, findings }) => ({ file, findings: findings.map((f) => ({ ...spanOf(f), reason: f.reason })) }));
    await out.writeLine(JSON.stringify(json, null, 2));
  } else {
    for (const { file, text, findings } of results) {
      for (const finding of findings) {
        const [line, column] = lineAndColumn(text, finding.start);
        await out.writeLine(
          `${file}:${line}:${column}  ${finding.category}/${finding.subtype}  ${JSON.stringify(finding.text)}  ${Math.round(finding.confidence * 100)}%  ${finding.reason}`,
        );
      }
    }
  }
  await out.flush();
  const found = results.reduce((sum, r) => sum + r.findings.length, 0);
  return args.flags.has('--fail-on-phi') && found > 0 ? EXIT_PHI_FOUND : EXIT_OK;
};
