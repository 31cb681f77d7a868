import { detectPhi } from '../core/phi/detect';
import type { PhiFinding } from '../core/phi/types';
import { BufferedWriter, PHI_OPTION_FLAGS, phiOptionsFromArgs, readNote } from './common';
import { CliCommand, EXIT_OK, EXIT_PHI_FOUND, UsageError, forEachJsonLine, parseArgs } from './io';

const HELP = `usage: clinote phi FILE... [--json] [--fail-on-phi] [--profile standard|safeHarbor|extended] [--all-ages] [--years]
       clinote phi --jsonl < notes.jsonl      (lines {"id","text"} in, {"id","spans":[...]} out, same order)`;

export function spanOf(finding: PhiFinding) {
  return {
    start: finding.start,
    end: finding.end,
    category: finding.category,
    subtype: finding.subtype,
    text: finding.text,
    confidence: finding.confidence,
  };
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
  const args = parseArgs(argv, [...PHI_OPTION_FLAGS.valued], ['--json', '--jsonl', '--fail-on-phi', '--help', ...PHI_OPTION_FLAGS.booleans]);
  if (args.flags.has('--help')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  const options = phiOptionsFromArgs(args);
  const out = new BufferedWriter(io.stdout);
  let found = 0;

  if (args.flags.has('--jsonl')) {
    if (args.positionals.length > 0) throw new UsageError('--jsonl reads notes from standard input; give no FILE');
    await forEachJsonLine(
      io.stdin,
      (record) => {
        const spans = detectPhi(record.text, options).map(spanOf);
        found += spans.length;
        return JSON.stringify({ id: record.id ?? null, spans });
      },
      (line) => out.writeLine(line),
    );
  } else {
    if (args.positionals.length === 0) throw new UsageError(`no FILE given\n${HELP}`);
    const notes = args.positionals.map((file) => ({ file, text: readNote(file, io.cwd) }));
    const results = notes.map(({ file, text }) => ({ file, text, findings: detectPhi(text, options) }));
    if (args.flags.has('--json')) {
      await out.writeLine(JSON.stringify(results.map(({ file, findings }) => ({ file, findings: findings.map((f) => ({ ...spanOf(f), reason: f.reason })) })), null, 2));
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
    found = results.reduce((sum, r) => sum + r.findings.length, 0);
  }
  await out.flush();
  return args.flags.has('--fail-on-phi') && found > 0 ? EXIT_PHI_FOUND : EXIT_OK;
};
