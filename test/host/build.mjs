// Bundles the in-host tests (test/host/*.ts) into out/test/host/*.js for both launchers: `vscode` and mocha stay
// external because the extension host and the runner provide them.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(hostDir, '..', '..', 'out', 'test', 'host');
const entryPoints = readdirSync(hostDir)
  .filter((name) => name.endsWith('.test.ts') || name === 'index.ts')
  .map((name) => join(hostDir, name));

rmSync(outDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`in-host tests bundled into ${outDir}`);
