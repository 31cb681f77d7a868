#!/usr/bin/env node
// `npm run test:host`: the in-host mocha suite inside code-server's extension host (see scripts/e2e/host.ts).
import { launch } from './launch.mjs';

await launch('./host.ts', 'host', { reportAsTest: true });
