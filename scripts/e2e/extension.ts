// What the packaged extension is and what it contributes, read from package.json (the source of truth for features
// the e2e steps detect before exercising them).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';
import { runToCompletion } from './processes';
import { readVsix } from './vsix';

interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

export interface ExtensionManifest {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  readonly id: string;
  readonly commands: ReadonlyMap<string, string>;
  readonly viewIds: ReadonlySet<string>;
  readonly configurationKeys: ReadonlySet<string>;
}

/** The manifest that is actually installed: extension/package.json inside the .vsix. */
export function readVsixManifest(vsixPath: string): ExtensionManifest {
  return parseManifest(readVsix(vsixPath).read('extension/package.json').toString('utf8'));
}

export function readManifest(extensionDir = repoRoot): ExtensionManifest {
  return parseManifest(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
}

function parseManifest(packageJson: string): ExtensionManifest {
  const pkg = JSON.parse(packageJson) as {
    name: string;
    publisher: string;
    version: string;
    contributes?: {
      commands?: ContributedCommand[];
      views?: Record<string, Array<{ id: string }>>;
      configuration?: { properties?: Record<string, unknown> } | Array<{ properties?: Record<string, unknown> }>;
    };
  };
  const contributes = pkg.contributes ?? {};
  const commands = new Map(
    (contributes.commands ?? []).map((c) => [c.command, c.category ? `${c.category}: ${c.title}` : c.title] as const),
  );
  const viewIds = new Set(Object.values(contributes.views ?? {}).flatMap((views) => views.map((view) => view.id)));
  const configurations = Array.isArray(contributes.configuration)
    ? contributes.configuration
    : contributes.configuration
      ? [contributes.configuration]
      : [];
  const configurationKeys = new Set(configurations.flatMap((c) => Object.keys(c.properties ?? {})));
  return {
    name: pkg.name,
    publisher: pkg.publisher,
    version: pkg.version,
    id: `${pkg.publisher}.${pkg.name}`,
    commands,
    viewIds,
    configurationKeys,
  };
}

/** Palette title of a contributed command, or a reason it cannot be exercised. */
export function commandTitle(manifest: ExtensionManifest, command: string): string {
  const title = manifest.commands.get(command);
  if (!title) throw new Error(`package.json does not contribute ${command}`);
  return title;
}

/** Builds and packages the project with its own `npm run package`; returns the .vsix path. */
export async function packageExtension(): Promise<string> {
  const manifest = readManifest();
  await runToCompletion('npm', ['run', 'package'], { cwd: repoRoot, timeoutMs: 10 * 60_000 });
  const vsix = join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`npm run package did not produce ${vsix}`);
  return vsix;
}
