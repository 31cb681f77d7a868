// Mocha entry for running the in-host tests inside an extension host that loads it as `extensionTestsPath`
// (code-server, see scripts/e2e/host.ts). Writes a JSON result file for the launcher when CLINOTE_HOST_RESULTS is
// set, and rejects on failures so VS Code reports them too. @vscode/test-cli uses its own runner on the same files.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface HostTestResults {
  passed: number;
  failed: number;
  skipped: number;
  tests: Array<{ title: string; state: 'passed' | 'failed' | 'skipped'; message?: string }>;
}

export async function run(): Promise<void> {
  const results: HostTestResults = { passed: 0, failed: 0, skipped: 0, tests: [] };
  try {
    await runMocha(results);
  } catch (error) {
    // A test file that fails to load must end the run with a failure, not leave the launcher waiting.
    results.failed++;
    results.tests.push({ title: 'loading the in-host suite', state: 'failed', message: String((error as Error)?.message ?? error).split('\n')[0]! });
  }
  writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} in-host test(s) failed`);
}

function runMocha(results: HostTestResults): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed' });
    });
    runner.on('pending', (test) => {
      results.skipped++;
      results.tests.push({ title: test.fullTitle(), state: 'skipped' });
    });
    runner.on('fail', (test, error: Error) => {
      results.failed++;
      results.tests.push({ title: test.fullTitle(), state: 'failed', message: String(error?.message ?? error).split('\n')[0]! });
    });
  });
}

function writeResults(results: HostTestResults): void {
  const resultsFile = process.env.CLINOTE_HOST_RESULTS;
  if (!resultsFile) return;
  // Written whole, then renamed, so the launcher watching the folder never reads a partial file.
  writeFileSync(`${resultsFile}.partial`, JSON.stringify(results, null, 2));
  renameSync(`${resultsFile}.partial`, resultsFile);
}
