// Entry point of `npm run eval:phi`; the harness itself is in eval-harness.ts so tests can call it in-process.
import { runPhiEval } from './eval-harness';

runPhiEval(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval:phi failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
