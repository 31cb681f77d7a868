// The temporary workspace both launchers open: samples/ plus the e2e fixture note, with workspace settings.
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionManifest } from './extension';
import { repoRoot } from './paths';

export const fixtureNote = 'e2e-visit.note';

/** Points the extension at the embedded FHIR server through whichever URL setting package.json declares. */
export function fhirSettings(manifest: ExtensionManifest, baseUrl: string | undefined): Record<string, unknown> {
  if (!baseUrl) return {};
  const key = [...manifest.configurationKeys].find((name) => /^clinote\.fhir\.\w*(url|server)\w*$/i.test(name));
  return key ? { [key]: baseUrl } : {};
}

/** samples/ plus the e2e fixture note, with workspace settings. */
export function createWorkspace(workspace: string, settings: Record<string, unknown>): void {
  mkdirSync(workspace, { recursive: true });
  const samples = join(repoRoot, 'samples');
  if (existsSync(samples)) cpSync(samples, workspace, { recursive: true });
  copyFileSync(join(repoRoot, 'test', 'e2e', 'fixtures', fixtureNote), join(workspace, fixtureNote));
  if (Object.keys(settings).length === 0) return;
  const settingsFile = join(workspace, '.vscode', 'settings.json');
  // samples/ may bring settings of its own; ours win.
  const existing = existsSync(settingsFile) ? (JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>) : {};
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(settingsFile, JSON.stringify({ ...existing, ...settings }, null, 2));
}
