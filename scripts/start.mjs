#!/usr/bin/env node
// `npm start [-- --headless]`: Clinote in VS Code on samples/ with the embedded FHIR server (see scripts/e2e/start.ts).
import { launch } from './e2e/launch.mjs';

await launch('./start.ts', 'start');
