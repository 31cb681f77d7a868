// `npm run package:check`: what the packaged .vsix contains (run after `npm run package`). Users install this file,
// so nothing of the development tree (tests, fixtures, samples, sources, source maps) may leak into it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { listZipEntries, readZipEntry } from '../../scripts/e2e/vsix';

const repoRoot = join(__dirname, '..', '..');
const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const vsixPath = process.env.CLINOTE_VSIX ?? join(repoRoot, `${name}-${version}.vsix`);
const maxBytes = 10 * 1024 * 1024;

const allowed: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/(package\.json|language-configuration\.json)$/,
  // vsce lower-cases README.md and CHANGELOG.md.
  /^extension\/(README|CHANGELOG)\.md$/i,
  /^extension\/(LICENSE|NOTICE|THIRD[-_]PARTY[-_]NOTICES)(\.txt|\.md)?$/i,
  /^extension\/dist\/[^/]+\.(js|json|txt|wasm|gz)$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  // Webview scripts and styles, icons, walkthrough pages.
  /^extension\/media\/.+\.(png|svg|gif|jpg|css|js|html|md)$/,
  /^extension\/data\/.+$/,
];
const forbidden: readonly RegExp[] = [
  /(^|\/)(test|tests|fixtures|samples|src|out|scripts|node_modules|test-results|\.e2e|\.vscode|\.ci|\.git)(\/|$)/i,
  /\.map$/,
  /(?<!\.d)\.ts$/,
  /\.(vsix|log|tsbuildinfo)$/,
  /(^|\/)\.vscode-test\.mjs$/,
];
const required: readonly RegExp[] = [
  /^extension\/package\.json$/,
  /^extension\/dist\/extension\.js$/,
  /^extension\/dist\/server\.js$/,
  /^extension\/dist\/cli\.js$/,
  /^extension\/data\/phi\/tagger\.bin\.gz$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/README\.md$/i,
  /^extension\/LICENSE(\.txt|\.md)?$/i,
];

describe(`packaged extension ${vsixPath}`, () => {
  assert.ok(existsSync(vsixPath), `${vsixPath} does not exist: run \`npm run package\` first`);
  const archive = readFileSync(vsixPath);
  const entries = listZipEntries(archive);
  const names = entries.map((entry) => entry.name);

  it(`is at most ${maxBytes / 1024 / 1024} MB`, () => {
    const size = statSync(vsixPath).size;
    assert.ok(size <= maxBytes, `${vsixPath} is ${(size / 1024 / 1024).toFixed(2)} MB`);
  });

  it('contains the bundles, grammar, manifest, README and licence', () => {
    const missing = required.filter((pattern) => !names.some((entry) => pattern.test(entry)));
    assert.deepEqual(missing.map(String), [], `missing from the .vsix; it has ${JSON.stringify(names)}`);
  });

  it('contains only allow-listed files', () => {
    const unexpected = names.filter((entry) => !allowed.some((pattern) => pattern.test(entry)));
    assert.deepEqual(unexpected, [], 'files outside the allow-list (extend .vscodeignore or the allow-list on purpose)');
  });

  it('contains no tests, fixtures, samples, sources or source maps', () => {
    const leaked = names.filter((entry) => forbidden.some((pattern) => pattern.test(entry)));
    assert.deepEqual(leaked, []);
  });

  it('declares the bundled extension as its entry point, at the repository version', () => {
    const manifestEntry = entries.find((entry) => entry.name === 'extension/package.json');
    assert.ok(manifestEntry);
    const manifest = JSON.parse(readZipEntry(archive, manifestEntry).toString('utf8')) as { main: string; version: string };
    assert.equal(manifest.main.replace(/^\.\//, ''), 'dist/extension.js');
    assert.equal(manifest.version, version);
  });
});
