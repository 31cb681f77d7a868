import { setFlagsFromString } from 'node:v8';

/**
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code on a later run.
 * The PHI detector runs some 400 expressions, nearly all of them on every note, so each would be compiled twice
 * and the first notes scanned slowly: compiled once, straight to machine code, the first scan of a 5 KB note takes
 * about 270 ms instead of 450 ms, and later scans are as fast as before. Call before the first scan; V8 reads the
 * flag when it compiles an expression, and the flag holds for every thread of the process.
 */
export function compileRegExpsToMachineCodeAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

/**
 * A batch run of the CLI is short: on one core V8's optimising compiler competed with the scan itself, inlining
 * the detector's helpers into large functions and compiling them again after each deoptimisation (over two seconds
 * of compilation while the 0.9 MB dev corpus was scanned). Optimising later, with a smaller inlining budget, left
 * that run about a fifth faster and a 6.8 MB run about a tenth faster. Not for the language server, whose
 * keystroke scans run for hours and gain from the fuller optimisation.
 */
export function optimiseForBatchRuns(): void {
  setFlagsFromString('--interrupt-budget=300000');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
}
