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
 * Node options the language server process is started with, by the extension and by the LSP tests and the benchmark.
 *
 * V8 sizes the young generation when the process starts; the server's own `--optimize-for-size` comes too late to
 * shrink it. With 2 MB semi-spaces instead of 16 the server holds 138-142 MB after 20 notes instead of 141-152 (which of
 * the two depended on whether the young generation happened to be full), at no CPU per keystroke we could measure.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2'];
