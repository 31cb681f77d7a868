// Runs a TypeScript entry point's `main(argv)` through tsx, always cleaning up the processes it started.
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);

/** `reportAsTest`: print a failing test tally when main throws, so test runners see a failure line. */
export async function launch(entry, label, { reportAsTest = false } = {}) {
  const { main } = require(entry);
  const { cleanupAll } = require('./processes.ts');
  let exitCode = 1;
  try {
    exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    if (reportAsTest) console.log('0 passed, 1 failed');
  } finally {
    await cleanupAll();
  }
  process.exit(exitCode);
}
