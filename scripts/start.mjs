#!/usr/bin/env node
// `npm start [-- --headless]`: Clinote in VS Code on samples/ with the embedded FHIR server (see scripts/e2e/start.ts).
import { createRequire } from 'node:module';
import { register } from 'tsx/cjs/api';

register();
const require = createRequire(import.meta.url);
const { main } = require('./e2e/start.ts');
const { cleanupAll } = require('./e2e/processes.ts');
let exitCode = 1;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await cleanupAll();
}
process.exit(exitCode);
