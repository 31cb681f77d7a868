import { CliCommand, CliIO, EXIT_USAGE, UsageError } from './cli/io';
import { startLineWorkerIfRequested } from './cli/jsonlPool';
import { compileRegExpsToMachineCodeAtOnce, optimiseForBatchRuns } from './v8Flags';

const commands: Record<string, { summary: string; load: () => Promise<CliCommand> }> = {
  phi: { summary: 'list PHI findings in notes', load: async () => (await import('./cli/phi')).phiCommand },
  deid: { summary: 'write de-identified notes', load: async () => (await import('./cli/deid')).deidCommand },
  context: { summary: "print a patient's FHIR context", load: async () => (await import('./cli/context')).contextCommand },
  summarize: { summary: 'summarise notes (embedded engine, or an LLM with --llm)', load: async () => (await import('./cli/summarize')).summarizeCommand },
  icd: { summary: 'suggest ICD-10-CM codes with evidence', load: async () => (await import('./cli/icd')).icdCommand },
  'serve-fhir': { summary: 'serve FHIR R4 from memory (synthetic patients by default)', load: async () => (await import('./cli/serve-fhir')).serveFhirCommand },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return ['usage: clinote <command> [options]', '', 'commands:', ...lines, '', 'Run `clinote <command> --help` for its options.'].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout.write(usage() + '\n');
    return name ? 0 : EXIT_USAGE;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`clinote: unknown command '${name}' (try clinote --help)\n`);
    return EXIT_USAGE;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`clinote ${name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // Messages of unexpected errors may quote input, so only the kind of error is printed.
    io.stderr.write(`clinote ${name}: internal error (${error instanceof Error ? error.name : 'unknown'})\n`);
    return 70;
  }
}

if (startLineWorkerIfRequested()) {
  // This thread is a worker of `--jsonl --workers N`; it answers batches until terminated (with the flags its process set).
} else if (require.main === module) {
  // Only in the CLI's own process, before any note: a test that imports main() runs in a process that has been
  // compiling for a while, and V8 does not promise to take flags changed under running code. (The one test file that
  // imports this module failed at load, without a message, in two CI runs while the flags were set here on import.)
  compileRegExpsToMachineCodeAtOnce();
  optimiseForBatchRuns();
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
