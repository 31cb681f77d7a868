/**
 * Environment the language server process is started with: by the extension, and by the LSP tests and the
 * benchmark, which must measure the server as the extension runs it.
 *
 * One malloc arena: glibc otherwise gives V8's compiler and garbage-collector threads arenas of their own, which
 * keep the memory those threads freed; with 20 notes open that was about 25 MB of the server's resident memory.
 * C libraries other than glibc ignore the variable.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };

/**
 * Where the server keeps V8's code cache of its bundle (see codeCache.ts): the extension gives a folder of its global
 * storage; without one, the server makes a folder of its own under the temporary folder.
 */
export const CODE_CACHE_DIR_ENV = 'CLINOTE_CODE_CACHE_DIR';
