#!/usr/bin/env node
// `npm run test:host`: the in-host mocha suite inside code-server's extension host (see scripts/e2e/host.ts).
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { main } = require('./host.ts');
const { cleanupAll } = require('./processes.ts');
let exitCode = 1;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`host: ${error instanceof Error ? error.message : String(error)}`);
  console.log('0 passed, 1 failed');
} finally {
  await cleanupAll();
}
process.exit(exitCode);
