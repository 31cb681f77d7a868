// code-server (VS Code in the browser, with a Node extension host) for the e2e and in-host suites.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath, repoRoot } from './paths';
import { runToCompletion, startProcess, type ManagedProcess } from './processes';

const codeServerBin = join(repoRoot, '.e2e', 'code-server', 'node_modules', '.bin', 'code-server');

/** Installs code-server and Chromium through install-deps.sh unless both are there. */
export async function ensureCodeServer(): Promise<string> {
  if (!existsSync(codeServerBin) || !existsSync(chromiumPath)) {
    console.log('code-server or Chromium missing: running scripts/e2e/install-deps.sh');
    await runToCompletion('bash', [join(repoRoot, 'scripts', 'e2e', 'install-deps.sh')], {
      cwd: repoRoot,
      timeoutMs: 15 * 60_000,
    });
  }
  return codeServerBin;
}

export interface CodeServerProfile {
  /** Holds extensions-dir, user-data-dir and the config file; deleted by the caller. */
  readonly root: string;
  readonly extensionsDir: string;
  readonly userDataDir: string;
  readonly configFile: string;
}

/** User settings that keep the workbench quiet and deterministic: no welcome page, no network, no prompts. */
const quietUserSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'editor.codeLens': true,
};

export function createProfile(root: string, userSettings: Record<string, unknown> = {}): CodeServerProfile {
  const profile = {
    root,
    extensionsDir: join(root, 'extensions'),
    userDataDir: join(root, 'user-data'),
    configFile: join(root, 'config.yaml'),
  };
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  writeFileSync(join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...quietUserSettings, ...userSettings }, null, 2));
  // An explicit config keeps code-server from writing one into the user's home.
  writeFileSync(profile.configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  return profile;
}

export async function installExtension(bin: string, profile: CodeServerProfile, vsixPath: string, logFile: string) {
  const installer = startProcess(
    bin,
    ['--config', profile.configFile, '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir,
      '--install-extension', vsixPath, '--force'],
    { cwd: repoRoot, logFile },
  );
  const installed = installer.waitForLine(/was successfully installed/, 60_000, `installation of ${vsixPath}`);
  const code = await installer.exited;
  await installed.catch((error: Error) => {
    throw new Error(`code-server --install-extension exited ${code}: ${error.message}`);
  });
  if (code !== 0) throw new Error(`code-server --install-extension exited ${code} (see ${logFile})`);
}

export interface RunningCodeServer {
  readonly url: string;
  readonly process: ManagedProcess;
}

export async function startCodeServer(
  bin: string,
  profile: CodeServerProfile,
  workspace: string,
  options: { logFile: string; env?: NodeJS.ProcessEnv; port?: number },
): Promise<RunningCodeServer> {
  const server = startProcess(
    bin,
    ['--config', profile.configFile, '--auth', 'none', '--bind-addr', `127.0.0.1:${options.port ?? 0}`, '--disable-telemetry',
      '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir, workspace],
    { cwd: repoRoot, logFile: options.logFile, env: { ...process.env, ...options.env } },
  );
  const [, url] = await server.waitForLine(/HTTP server listening on (http:\/\/\S+?)\/?\s*$/, 60_000, 'code-server URL');
  return { url: url!, process: server };
}
