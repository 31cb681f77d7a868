import { strict as assert } from 'node:assert';
import { chmodSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { codeCacheFolder, runBundle } from '../../../server/src/codeCache';
import { CODE_CACHE_DIR_ENV } from '../../../server/src/serverProcess';

function bundleIn(folder: string, body = "module.exports.where = __filename; module.exports.sum = [1, 2, 3].reduce((a, b) => a + b); module.exports.path = require('node:path').sep;"): string {
  const file = join(folder, 'tiny-bundle.js');
  writeFileSync(file, `#!/usr/bin/env node\n${body}\n`);
  return file;
}

describe('code cache for the server bundle', () => {
  it('runs the bundle as a module of its own, then reads back the cache it wrote', () => {
    const work = mkdtempSync(join(tmpdir(), 'clinote-cc-'));
    const env = { [CODE_CACHE_DIR_ENV]: join(work, 'cache') };
    const bundle = bundleIn(work);
    const parent = { exports: {} } as NodeModule;

    const first = runBundle(bundle, parent, env);
    assert.equal(first.state, 'written-later');
    first.writeNow();
    const files = readdirSync(env[CODE_CACHE_DIR_ENV]);
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`^tiny-bundle-.*-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
    assert.equal(statSync(join(env[CODE_CACHE_DIR_ENV], files[0])).mode & 0o077, 0, 'only the user may read the cache');

    assert.equal(runBundle(bundle, parent, env).state, 'used');
  });

  it('gives the bundle its own exports, filename and require', () => {
    const work = mkdtempSync(join(tmpdir(), 'clinote-cc-'));
    const bundle = bundleIn(work);
    const body = `globalThis.__clinoteCodeCacheProbe = { where: __filename, sum: 6, sep: require('node:path').sep, isModule: typeof module.exports };`;
    writeFileSync(bundle, body);
    runBundle(bundle, undefined, { [CODE_CACHE_DIR_ENV]: join(work, 'cache') });
    assert.deepEqual((globalThis as Record<string, unknown>).__clinoteCodeCacheProbe, { where: bundle, sum: 6, sep: '/', isModule: 'object' });
  });

  it('a new build of the bundle is compiled afresh and replaces the old cache', () => {
    const work = mkdtempSync(join(tmpdir(), 'clinote-cc-'));
    const env = { [CODE_CACHE_DIR_ENV]: join(work, 'cache') };
    const bundle = bundleIn(work);
    runBundle(bundle, undefined, env).writeNow();
    bundleIn(work, 'module.exports.changed = "a longer body than before, so the build differs";');
    const rebuilt = runBundle(bundle, undefined, env);
    assert.equal(rebuilt.state, 'written-later');
    rebuilt.writeNow();
    assert.equal(readdirSync(env[CODE_CACHE_DIR_ENV]).length, 1, "the old build's cache is removed");
  });

  it('keeps no cache in a folder others can write to', { skip: typeof process.getuid !== 'function' }, () => {
    const work = mkdtempSync(join(tmpdir(), 'clinote-cc-'));
    const shared = join(work, 'shared');
    codeCacheFolder({ [CODE_CACHE_DIR_ENV]: shared });
    chmodSync(shared, 0o777);
    assert.equal(codeCacheFolder({ [CODE_CACHE_DIR_ENV]: shared }), undefined);
    assert.equal(runBundle(bundleIn(work), undefined, { [CODE_CACHE_DIR_ENV]: shared }).state, 'no-folder');
  });
});
