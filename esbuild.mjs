// Bundles the client, the language server and the CLI; type-checks first so a type error fails the build.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

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
  // keepNames wraps every closure the detector creates in a call that defines its name, about a tenth of the PHI scan's
  // time; error reports from the server then name minified functions, which a build of the same commit with a source map
  // translates.
  { ...common, keepNames: false, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist',
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
];

/**
 * V8 keeps a script's source text for as long as the script lives, one byte a character only while every character
 * is Latin-1: a single '’' left the server's 2.4 MB source held as 4.6 MB. esbuild escapes such characters in
 * strings but leaves them in regular-expression literals and String.raw templates. There a \u escape means the same
 * character, as it does in the regular-expression sources our raw templates build; the tests run on this output.
 */
function escapeNonAscii(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\x00-\x7f]/g, (c, at) => {
    // After a backslash the escape would itself be escaped; no such text exists, and none may slip in unnoticed.
    if (text[at - 1] === '\\') throw new Error(`${file}: a non-ASCII character after a backslash at offset ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  if (escaped !== text) writeFileSync(file, escaped);
}

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  for (const bundle of ['dist/extension.js', 'dist/server.js', 'dist/cli.js']) escapeNonAscii(bundle);
  chmodSync('dist/cli.js', 0o755);
}
