// Locations shared by the e2e, in-host and start launchers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
export const resultsDir = join(repoRoot, 'test-results', 'e2e');
export const chromiumPath = process.env.CLINOTE_CHROMIUM ?? '/usr/bin/chromium';

export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `clinote-${label}-`));
}
