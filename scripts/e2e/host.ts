// `npm run test:host`: runs the in-host mocha suite (out/test/host, bundled from test/host) inside code-server's
// Node extension host, offline. The workbench URL carries VS Code's web development payload
// (extensionDevelopmentPath + extensionTestsPath), so the remote extension host loads the extension under
// development and calls test/host/index.ts's run(), exactly as @vscode/test-electron does on a desktop.
import { existsSync, mkdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { HostTestResults } from '../../test/host/index';
import { createProfile, ensureCodeServer, startCodeServer } from './codeServer';
import { readManifest } from './extension';
import { startFhirServer } from './fhirServer';
import { makeTempDir, repoRoot, resultsDir } from './paths';
import { cleanupAll, installSignalHandlers, onCleanup, runToCompletion } from './processes';
import { launchBrowser, workbenchUrl } from './workbench';
import { createWorkspace, fhirSettings } from './workspace';

const usage = `usage: npm run test:host -- [--extension-dir PATH] [--no-build] [--timeout SECONDS]
  --extension-dir PATH  extension under development (default: the repository, built into dist/)
  --no-build            do not run \`npm run build\` first
  --timeout SECONDS     give up waiting for the suite after this long (default 300)`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'extension-dir': { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '300' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const timeoutMs = Number(values.timeout) * 1000;
  if (!(timeoutMs > 0)) throw new Error(`--timeout must be a positive number of seconds\n${usage}`);
  installSignalHandlers();

  const extensionDir = resolve(values['extension-dir'] ?? repoRoot);
  if (!values['no-build'] && extensionDir === repoRoot) {
    await runToCompletion('npm', ['run', 'build'], { cwd: repoRoot, timeoutMs: 10 * 60_000 });
  }
  await runToCompletion(process.execPath, [join(repoRoot, 'test', 'host', 'build.mjs')], { cwd: repoRoot, timeoutMs: 120_000 });
  const testsEntry = join(repoRoot, 'out', 'test', 'host', 'index.js');
  const manifest = readManifest(extensionDir);
  const codeServer = await ensureCodeServer();

  const logDir = join(resultsDir, '..', 'host');
  rmSync(logDir, { recursive: true, force: true });
  const temp = makeTempDir('host');
  onCleanup(() => rmSync(temp, { recursive: true, force: true }));
  mkdirSync(logDir, { recursive: true });

  const fhir = await startFhirServer(join(logDir, 'fhir-server.log'));
  const workspace = join(temp, 'workspace');
  createWorkspace(workspace, {});
  const resultsFile = join(temp, 'results.json');
  // The FHIR server URL is an application-scope setting: only user settings may set it.
  const profile = createProfile(join(temp, 'profile'), fhirSettings(manifest, fhir.baseUrl));
  const server = await startCodeServer(codeServer, profile, workspace, {
    logFile: join(logDir, 'code-server.log'),
    env: { CLINOTE_HOST_RESULTS: resultsFile },
  });

  const remote = (path: string) => `vscode-remote://${new URL(server.url).host}${path}`;
  const browser = await launchBrowser();
  const page = await browser.newPage();
  console.log(`host: running ${testsEntry} in code-server's extension host with ${manifest.id} from ${extensionDir}`);
  const finished = waitForFile(resultsFile, timeoutMs, server.process.exited);
  await page.goto(
    workbenchUrl(server.url, workspace, [
      ['extensionDevelopmentPath', remote(extensionDir)],
      ['extensionTestsPath', remote(testsEntry)],
    ]),
  );
  await finished;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as HostTestResults;
  for (const test of results.tests) console.log(`${test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-'} ${test.title}${test.message ? `: ${test.message}` : ''}`);
  await cleanupAll();
  console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
  return results.failed > 0 || results.passed === 0 ? 1 : 0;
}

/** Resolves once `file` exists (watching its folder, no polling); rejects on timeout or when `abort` settles first. */
function waitForFile(file: string, timeoutMs: number, abort: Promise<unknown>): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const folder = resolve(file, '..');
    const watcher = watch(folder, () => {
      if (existsSync(file)) done(() => resolvePromise());
    });
    const timer = setTimeout(
      () => done(() => reject(new Error(`the in-host suite wrote no results within ${timeoutMs / 1000} s (see test-results/host/code-server.log)`))),
      timeoutMs,
    );
    void abort.then(() => done(() => reject(new Error('code-server exited before the in-host suite finished'))));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      watcher.close();
      settle();
    };
    if (existsSync(file)) done(() => resolvePromise());
  });
}
