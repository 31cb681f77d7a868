// Bundles the client, the language server and the CLI; type-checks first so a type error fails the build.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const skipTypecheck = args.has('--no-typecheck');

if (!skipTypecheck) {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  minify: !watch,
  keepNames: true,
  logLevel: 'warning',
  loader: { '.txt': 'text' },
  // fhir-kit-client and openai are ESM; bundling them into CJS needs import.meta.url to resolve.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist',
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  chmodSync('dist/cli.js', 0o755);
}
