// End-to-end test of the packaged extension: installs the .vsix into code-server, opens a workspace made from
// samples/ in Chromium and runs test/e2e/steps.ts as a user would. Entry point: scripts/e2e/run.mjs.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { e2eSteps } from '../../test/e2e/steps';
import { createProfile, ensureCodeServer, installExtension, startCodeServer } from './codeServer';
import { packageExtension, readVsixManifest } from './extension';
import { startFhirServer } from './fhirServer';
import { makeTempDir, repoRoot, resultsDir } from './paths';
import { cleanupAll, installSignalHandlers, onCleanup } from './processes';
import { runSteps, type E2eStep } from './stepRunner';
import { launchBrowser, Workbench, workbenchUrl } from './workbench';
import { createWorkspace, fhirSettings } from './workspace';

const usage = `usage: npm run test:e2e -- [--vsix PATH] [--workspace-settings JSON] [--keep]
  --vsix PATH                 test this .vsix instead of running \`npm run package\`
  --workspace-settings JSON   extra workspace settings, e.g. '{"clinote.phi.enabled":false}'
  --keep                      keep the temporary workspace and profile (their path is printed)
  --steps 1,4                 run only these steps (numbers as printed)`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      vsix: { type: 'string' },
      'workspace-settings': { type: 'string' },
      keep: { type: 'boolean', default: false },
      steps: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const extraSettings = parseSettings(values['workspace-settings']);
  const steps = selectSteps(values.steps);
  installSignalHandlers();

  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const log = (name: string) => join(resultsDir, name);

  const vsix = values.vsix ?? (await packageExtension());
  const manifest = readVsixManifest(vsix);
  console.log(`e2e: ${manifest.id}@${manifest.version} from ${vsix}`);
  const codeServer = await ensureCodeServer();

  const temp = makeTempDir('e2e');
  if (values.keep) console.log(`e2e: keeping ${temp}`);
  else onCleanup(() => rmSync(temp, { recursive: true, force: true }));

  const fhir = await startFhirServer(log('fhir-server.log'), [join(repoRoot, 'test', 'e2e', 'fixtures', 'fhir-xss')]);
  console.log('reason' in fhir ? `e2e: no FHIR server (${fhir.reason})` : `e2e: FHIR server at ${fhir.baseUrl}`);

  const workspace = join(temp, 'workspace');
  createWorkspace(workspace, extraSettings);

  // The FHIR server URL is an application-scope setting: only user settings may set it.
  const profile = createProfile(join(temp, 'profile'), fhirSettings(manifest, fhir.baseUrl));
  await installExtension(codeServer, profile, vsix, log('code-server-install.log'));
  const server = await startCodeServer(codeServer, profile, workspace, { logFile: log('code-server.log') });
  console.log(`e2e: code-server at ${server.url}`);

  const browser = await launchBrowser();
  const workbench = await Workbench.open(browser, workbenchUrl(server.url, workspace), {
    consoleLog: log('browser-console.log'),
    webviewResourceRoots: [profile.extensionsDir],
  });
  const tally = await runSteps(
    steps,
    { workbench, manifest, fhirBaseUrl: fhir.baseUrl, workspace, log: (message) => console.log(`  ${message}`) },
    resultsDir,
  );
  await cleanupAll();
  console.log(`${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  return tally.failed > 0 || tally.passed === 0 ? 1 : 0;
}

function selectSteps(list: string | undefined): Array<{ number: number; step: E2eStep }> {
  const numbered = e2eSteps.map((step, index) => ({ number: index + 1, step }));
  if (list === undefined) return numbered;
  const numbers = list.split(',').map((item) => Number(item.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > e2eSteps.length)) {
    throw new Error(`--steps takes step numbers 1..${e2eSteps.length}, e.g. --steps 1,4\n${usage}`);
  }
  return numbered.filter(({ number }) => numbers.includes(number));
}

function parseSettings(json: string | undefined): Record<string, unknown> {
  if (json === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Reported below with the usage.
  }
  throw new Error(`--workspace-settings must be a JSON object\n${usage}`);
}
