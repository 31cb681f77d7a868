#!/usr/bin/env node
// `npm run test:e2e`: end-to-end test of the packaged .vsix in code-server + Chromium (see scripts/e2e/e2e.ts).
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { main } = require('./e2e.ts');
const { cleanupAll } = require('./processes.ts');
let exitCode = 1;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanupAll();
}
process.exit(exitCode);
