/**
 * Environment the language server process is started with: by the extension, and by the LSP tests and the
 * benchmark, which must measure the server as the extension runs it.
 *
 * One malloc arena: glibc otherwise gives V8's compiler and garbage-collector threads arenas of their own, which
 * keep the memory those threads freed; with 20 notes open that was about 25 MB of the server's resident memory.
 * C libraries other than glibc ignore the variable.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '1' };
