// The embedded FHIR server (`clinote serve-fhir`), started for the e2e run and `npm start` when the CLI has it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';
import { startProcess } from './processes';

export type FhirServerStart = { baseUrl: string } | { baseUrl: undefined; reason: string };

/** `extraData`: more FHIR data to serve beside the shipped synthetic patients (the e2e adds a hostile chart). */
export async function startFhirServer(logFile: string, extraData: readonly string[] = []): Promise<FhirServerStart> {
  const cli = join(repoRoot, 'dist', 'cli.js');
  if (!existsSync(cli)) return { baseUrl: undefined, reason: 'dist/cli.js is not built' };
  const data = extraData.length ? ['--data', join(repoRoot, 'data', 'fhir'), ...extraData.flatMap((path) => ['--data', path])] : [];
  const server = startProcess(process.execPath, [cli, 'serve-fhir', '--port', '0', ...data], { cwd: repoRoot, logFile });
  try {
    const [, baseUrl] = await server.waitForLine(/^(https?:\/\/\S+)\s*$/, 60_000, 'the FHIR base URL');
    return { baseUrl: baseUrl! };
  } catch (error) {
    await server.stop();
    const log = readFileSync(logFile, 'utf8');
    if (/unknown command 'serve-fhir'/.test(log)) return { baseUrl: undefined, reason: 'the CLI has no serve-fhir command yet' };
    throw error;
  }
}
