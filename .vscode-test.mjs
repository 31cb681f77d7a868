// @vscode/test-cli configuration for `npm run test:electron`: runs the in-host suite (test/host, bundled into
// out/test/host by test/host/build.mjs) in a downloaded desktop VS Code. Needs a desktop (or xvfb) and network
// access to download VS Code, so it cannot run in the offline CI; `npm run test:host` runs the same files in
// code-server instead.
import { defineConfig } from '@vscode/test-cli';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The tests edit notes (without saving), so they get a fresh copy of samples/ plus the e2e fixture note
// under out/ (git-ignored).
const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceFolder = join(repoRoot, 'out', 'test', 'electron-workspace');
rmSync(workspaceFolder, { recursive: true, force: true });
mkdirSync(workspaceFolder, { recursive: true });
const samples = join(repoRoot, 'samples');
if (existsSync(samples)) cpSync(samples, workspaceFolder, { recursive: true });
copyFileSync(join(repoRoot, 'test', 'e2e', 'fixtures', 'e2e-visit.note'), join(workspaceFolder, 'e2e-visit.note'));

export default defineConfig({
  label: 'host',
  files: 'out/test/host/**/*.test.js',
  version: '1.100.3',
  extensionDevelopmentPath: '.',
  workspaceFolder,
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: { ui: 'bdd', timeout: 60_000 },
});
