// `npm start`: builds, starts the embedded FHIR server and opens VS Code with the extension under development on
// samples/ — desktop VS Code when `code` is on PATH, otherwise code-server in the browser (its URL is printed).
// Runs until SIGINT/SIGTERM (or until desktop VS Code is closed), then stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createProfile, ensureCodeServer, startCodeServer } from './codeServer';
import { readManifest } from './extension';
import { startFhirServer } from './fhirServer';
import { repoRoot } from './paths';
import { installSignalHandlers, isCleaningUp, runToCompletion } from './processes';
import { workbenchUrl } from './workbench';
import { fhirSettings } from './workspace';

const usage = `usage: npm start -- [--headless] [--port N] [--no-build]
  --headless   always use code-server and only print its URL (no desktop VS Code)
  --port N     code-server port (default: a free one)
  --no-build   skip \`npm run build\``;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      headless: { type: 'boolean', default: false },
      port: { type: 'string', default: '0' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535\n${usage}`);
  installSignalHandlers({ signalIsFailure: false });

  if (!values['no-build']) await runToCompletion('npm', ['run', 'build'], { cwd: repoRoot, timeoutMs: 10 * 60_000 });
  const manifest = readManifest();
  const samples = join(repoRoot, 'samples');
  const logDir = join(repoRoot, '.e2e', 'start');
  mkdirSync(logDir, { recursive: true });

  const fhir = await startFhirServer(join(logDir, 'fhir-server.log'));
  const settings = fhirSettings(manifest, fhir.baseUrl);
  console.log('reason' in fhir ? `start: no FHIR server (${fhir.reason})` : `start: FHIR server at ${fhir.baseUrl}`);

  if (!values.headless && hasDesktopCode()) {
    if (Object.keys(settings).length) console.log(`start: to use it, set ${JSON.stringify(settings)} in your settings`);
    console.log('start: opening desktop VS Code (close its window or press Ctrl+C to stop)');
    // --wait keeps `code` running while the window is open, so closing it ends this script too.
    const code = spawn('code', ['--wait', '--new-window', `--extensionDevelopmentPath=${repoRoot}`, samples], { stdio: 'inherit' });
    await new Promise((resolve) => code.once('exit', resolve));
    return 0;
  }

  const codeServer = await ensureCodeServer();
  // A profile kept between runs, so the user's UI state survives restarts; settings point at this run's FHIR server.
  const profile = createProfile(join(repoRoot, '.e2e', 'start-profile'), settings);
  const server = await startCodeServer(codeServer, profile, samples, { logFile: join(logDir, 'code-server.log'), port });
  const remote = `vscode-remote://${new URL(server.url).host}${repoRoot}`;
  const url = workbenchUrl(server.url, samples, [['extensionDevelopmentPath', remote]]);
  console.log(`start: Clinote in code-server: ${url}`);
  console.log('start: press Ctrl+C to stop');
  const exitCode = await server.process.exited;
  if (isCleaningUp()) return 0;
  console.error(`start: code-server exited (${exitCode}); see ${join(logDir, 'code-server.log')}`);
  return 1;
}

function hasDesktopCode(): boolean {
  return spawnSync('code', ['--version'], { stdio: 'ignore', timeout: 15_000 }).status === 0;
}
