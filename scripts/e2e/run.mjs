#!/usr/bin/env node
// `npm run test:e2e`: end-to-end test of the packaged .vsix in code-server + Chromium (see scripts/e2e/e2e.ts).
import { launch } from './launch.mjs';

await launch('./e2e.ts', 'e2e', { reportAsTest: true });
