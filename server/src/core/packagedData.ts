import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The folder data/NAME shipped with Clinote: beside dist/ when bundled (dist/server.js and dist/cli.js both sit one level
 * below the package root), or at the repository root when run from source (tests, scripts).
 */
export function packagedDataDir(name: string): string {
  const bundled = join(__dirname, '..', 'data', name);
  const fromSource = join(__dirname, '..', '..', '..', 'data', name);
  return existsSync(bundled) || !existsSync(fromSource) ? bundled : fromSource;
}
