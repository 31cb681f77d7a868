import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { CODE_CACHE_DIR_ENV } from './serverProcess';

/** Long enough that the first note has been scanned; the write costs some 20 ms off the critical path. */
const WRITE_AFTER_MS = 8_000;

export interface CodeCacheResult {
  /** What happened to the cache at start: read, or why not. */
  state: 'used' | 'written-later' | 'refused-by-v8' | 'no-folder';
  /** Writes the cache now instead of later, when one is due; the start-up path never needs it. */
  writeNow(): void;
}

/** The folder for cache files, created when needed; undefined when there is none only this user can write to. */
export function codeCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env[CODE_CACHE_DIR_ENV];
  const folder = given || join(tmpdir(), `clinote-code-cache-${typeof process.getuid === 'function' ? process.getuid() : 'user'}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return isPrivate(statSync(folder)) ? folder : undefined;
  } catch {
    return undefined;
  }
}

function isPrivate(stats: { uid: number; mode: number }): boolean {
  if (typeof process.getuid !== 'function') return true;
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

/** Names the cache of one build of one bundle for one Node: a new build or another Node never reads an old cache. */
function cacheFileFor(folder: string, bundle: string): string {
  const stats = statSync(bundle);
  return join(folder, `${basename(bundle, '.js')}-${stats.size}-${Math.floor(stats.mtimeMs)}-${process.version}-${process.arch}.v8cache`);
}

/** Caches of earlier builds of the same bundle are never read again. */
function removeOtherBuilds(cacheFile: string, bundle: string): void {
  const folder = dirname(cacheFile);
  const prefix = `${basename(bundle, '.js')}-`;
  for (const name of readdirSync(folder)) {
    if (name.startsWith(prefix) && name.endsWith('.v8cache') && join(folder, name) !== cacheFile) unlinkSync(join(folder, name));
  }
}

function readPrivateFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    if (!isPrivate(fstatSync(fd))) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Loads `bundle` as a CommonJS module of its own (its own `require`, `__filename` and `__dirname`) through V8's code
 * cache: the bytecode of every function the bundle compiled in an earlier run is read
 * back instead of being parsed and compiled again. A language server starts whenever an editor opens a note, and the
 * bundle holds megabytes of name lists and rules; with the cache the server answers about 50 ms sooner.
 *
 * The cache is written once per bundle build, some seconds into the first run (and at exit if that comes first), so it
 * holds what a note's first scan compiled too. A cache V8 refuses (another Node or V8 flags) is written again.
 *
 * Bytecode read from the cache runs as if it were the bundle, so the cache lives only in a folder that is this user's
 * alone: the one the editor gives (CODE_CACHE_DIR_ENV) or one made under the temporary folder, refused when anyone else
 * could write there.
 */
export function runBundle(bundle: string, parent: NodeModule | undefined, env: NodeJS.ProcessEnv = process.env): CodeCacheResult {
  const folder = codeCacheFolder(env);
  const cacheFile = folder ? cacheFileFor(folder, bundle) : undefined;
  const cachedData = cacheFile ? readPrivateFile(cacheFile) : undefined;
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const refused = cachedData !== undefined && script.cachedDataRejected === true;

  const module = new Module(bundle, parent);
  module.filename = bundle;
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: NodeModule, filename: string, dirname: string) => void;

  const state: CodeCacheResult['state'] = !cacheFile ? 'no-folder' : refused ? 'refused-by-v8' : cachedData ? 'used' : 'written-later';
  let written = false;
  const write = () => {
    if (written || !cacheFile) return;
    written = true;
    try {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, cacheFile);
      removeOtherBuilds(cacheFile, bundle);
    } catch {
      // A cache that cannot be written only costs the next start its compile time.
    }
  };
  // Written by the main thread only: a worker running the same bundle reads the cache but leaves it to the process.
  if (state !== 'used' && state !== 'no-folder' && isMainThread) {
    setTimeout(write, WRITE_AFTER_MS).unref();
    process.once('exit', write);
  } else {
    written = true;
  }
  run.call(module.exports, module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
  return { state, writeNow: write };
}
