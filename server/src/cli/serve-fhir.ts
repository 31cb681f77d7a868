import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DataLoadError } from '../fhir-server/load';
import { startFhirServer } from '../fhir-server/server';
import { CliCommand, EXIT_OK, intFlag, parseArgs, stringFlag, UsageError } from './io';

const HELP = `usage: clinote serve-fhir [--port N] [--host ADDR] [--data PATH]... [--page-size N] [--exit-on-stdin-close]

Serves FHIR R4 (read, search, /metadata) from memory. Prints one line, the base URL, when ready;
stops on SIGINT or SIGTERM.
  --port N       port to listen on; 0 (default) picks a free one
  --host ADDR    address to bind; default 127.0.0.1 (patient data stays on this machine)
  --data PATH    NDJSON files, resources, transaction bundles or folders of them; repeatable.
                 Default: the synthetic Synthea patients shipped in data/fhir
  --page-size N  search results per page when the client sends no _count; default 20
  --exit-on-stdin-close  also stop when stdin ends, so a server spawned by an editor that crashed
                 does not outlive it`;

/** The shipped synthetic patients: data/fhir beside dist/ when bundled, at the repo root when run from source. */
export function defaultFhirDataDir(): string | undefined {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, 'data', 'fhir');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** `--data` may repeat, which parseArgs (one value per flag) does not keep; collect those first. */
function takeRepeated(argv: string[], flag: string): { values: string[]; rest: string[] } {
  const values: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === flag) {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      values.push(value);
    } else if (arg.startsWith(flag + '=')) {
      values.push(arg.slice(flag.length + 1));
    } else {
      rest.push(arg);
    }
  }
  return { values, rest };
}

export const serveFhirCommand: CliCommand = async (argv, io) => {
  const { values: dataArgs, rest } = takeRepeated(argv, '--data');
  const args = parseArgs(rest, ['--port', '--host', '--page-size'], ['--help', '-h', '--exit-on-stdin-close']);
  if (args.flags.has('--help') || args.flags.has('-h')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  if (args.positionals.length) throw new UsageError(`unexpected argument '${args.positionals[0]}'`);
  const port = intFlag(args, '--port', 0, 65535) ?? 0;
  const pageSize = intFlag(args, '--page-size', 1, 200);
  const host = stringFlag(args, '--host') ?? '127.0.0.1';
  const defaultDir = defaultFhirDataDir();
  const dataPaths = dataArgs.length ? dataArgs.map((path) => resolve(io.cwd, path)) : defaultDir ? [defaultDir] : [];
  if (dataPaths.length === 0) throw new UsageError('no --data given and the shipped data/fhir folder is missing');

  let server;
  try {
    server = await startFhirServer({ dataPaths, host, port, pageSize });
  } catch (error) {
    if (error instanceof DataLoadError) throw new UsageError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new UsageError(`cannot listen on ${host}:${port} (${code})`);
    }
    throw error;
  }
  io.stdout.write(server.baseUrl + '\n');
  io.stderr.write(
    `serve-fhir: ${server.resourceCount} resources loaded` +
      (server.unresolvedReferences ? `, ${server.unresolvedReferences} references left unresolved` : '') +
      '\n',
  );
  const watchStdin = args.flags.has('--exit-on-stdin-close');
  await new Promise<void>((resolveStop) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      io.stdin.off('end', stop);
      io.stdin.off('close', stop);
      resolveStop();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (watchStdin) {
      io.stdin.on('end', stop);
      io.stdin.on('close', stop);
      // Data is not wanted, but the stream must flow for 'end' to fire.
      io.stdin.resume();
    }
  });
  if (watchStdin) io.stdin.pause();
  await server.close();
  return EXIT_OK;
};
