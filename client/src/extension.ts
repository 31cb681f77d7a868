import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  ClinoteInitializationOptions,
  COPY_CODE_COMMAND,
  DeidentifiedTextRequest,
  DeidentifyDocumentRequest,
  INSERT_CODE_COMMAND,
  NOT_PHI_COMMAND,
  PreviewLlmPayloadRequest,
  RECORD_SURROGATES_COMMAND,
  SECRET_ENV,
  SHOW_CODES_COMMAND,
} from '../../server/src/protocol';
import { endpointOrigin } from '../../server/src/core/endpoints';
import { SERVER_PROCESS_ENV } from '../../server/src/serverProcess';
import { EmbeddedFhirServer } from './embeddedFhir';
import { CodesView } from './panels/codesView';
import { insertAtCursor } from './panels/editorActions';
import { PatientView } from './panels/patientView';
import { SummaryView } from './panels/summaryView';
import { analysedLanguages, readClinoteSection } from './settings';
import { PhiStatusBar } from './statusBar';
import { WALKTHROUGH_NOTE } from './walkthroughSample';

const DEID_MODES = ['surrogate', 'tag', 'redact'] as const;
type DeidMode = (typeof DEID_MODES)[number];

/** Secrets are stored per origin and only ever given to that origin. */
const LLM_KEY_SECRET = 'clinote.llmApiKey';
const FHIR_TOKEN_SECRET = 'clinote.fhirToken';

function secretName(prefix: string, url: string): string | undefined {
  const origin = endpointOrigin(url);
  return origin ? `${prefix}:${origin}` : undefined;
}

/** What activate returns: the in-host tests drive Clinote through it. */
export interface ClinoteApi {
  client(): LanguageClient | undefined;
  codes: CodesView;
  summary: SummaryView;
  patient: PatientView;
  ready(): Promise<void>;
}

function isAnalysed(document: vscode.TextDocument): boolean {
  return analysedLanguages().includes(document.languageId) && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}

/** One secret per workspace keys the surrogates; it lives only in SecretStorage. */
async function surrogateKey(context: vscode.ExtensionContext): Promise<string> {
  const scope = vscode.workspace.workspaceFile?.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? 'no-workspace';
  const name = `clinote.surrogateKey:${scope}`;
  let key = await context.secrets.get(name);
  if (!key) {
    key = randomBytes(32).toString('hex');
    await context.secrets.store(name, key);
  }
  return key;
}

let stopOnDeactivate: (() => Promise<void>) | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ClinoteApi> {
  const log = vscode.window.createOutputChannel('Clinote');
  const fhir = new EmbeddedFhirServer(context.asAbsolutePath(path.join('dist', 'cli.js')), log);
  let client: LanguageClient | undefined;
  const getClient = () => client;
  const codes = new CodesView(context.extensionUri, readyClient, context.workspaceState, isAnalysed);
  const summary = new SummaryView(context.extensionUri, readyClient, context.globalState, isAnalysed);
  const patient = new PatientView(context.extensionUri, readyClient, isAnalysed);
  const statusBar = new PhiStatusBar(isAnalysed);

  const embeddedFhirWanted = () =>
    vscode.workspace.getConfiguration('clinote').get<string>('fhir.serverUrl', '').trim() === '' &&
    vscode.workspace.getConfiguration('clinote').get<boolean>('fhir.embeddedServer', true);

  async function createClient(): Promise<LanguageClient> {
    // The embedded FHIR server starts beside the language server; when it is ready the server re-reads settings.
    if (embeddedFhirWanted() && !fhir.url) {
      void fhir.start().then((url) => {
        if (url) void client?.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      });
    }
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
    // Secrets go to the server in its environment, never in protocol messages a trace could log.
    const env: NodeJS.ProcessEnv = { ...process.env, ...SERVER_PROCESS_ENV, [SECRET_ENV.surrogateKey]: await surrogateKey(context) };
    const config = vscode.workspace.getConfiguration('clinote');
    const llmUrl = config.get<string>('llm.baseUrl', '');
    const fhirUrl = config.get<string>('fhir.serverUrl', '');
    const llmKeyName = secretName(LLM_KEY_SECRET, llmUrl);
    const fhirTokenName = secretName(FHIR_TOKEN_SECRET, fhirUrl);
    const llmKey = llmKeyName ? await context.secrets.get(llmKeyName) : undefined;
    const fhirToken = fhirTokenName ? await context.secrets.get(fhirTokenName) : undefined;
    if (llmKey) {
      env[SECRET_ENV.llmApiKey] = llmKey;
      env[SECRET_ENV.llmApiKeyOrigin] = endpointOrigin(llmUrl);
    }
    if (fhirToken) {
      env[SECRET_ENV.fhirToken] = fhirToken;
      env[SECRET_ENV.fhirTokenOrigin] = endpointOrigin(fhirUrl);
    }
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc, options: { env } },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const initializationOptions: ClinoteInitializationOptions = { workspaceTrusted: vscode.workspace.isTrusted };
    const clientOptions: LanguageClientOptions = {
      documentSelector: analysedLanguages().flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      initializationOptions,
      outputChannel: log,
      // Hovers and inlay-hint tooltips carry "Insert code" / "Copy code" links; only these commands may run from them.
      markdown: { isTrusted: { enabledCommands: [INSERT_CODE_COMMAND, COPY_CODE_COMMAND, SHOW_CODES_COMMAND] } },
      diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
      middleware: {
        workspace: {
          // The server gets one typed object per scope instead of reading keys one by one.
          configuration: (params) =>
            params.items.map((item) =>
              item.section === 'clinote' ? readClinoteSection(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined, fhir.url) : null,
            ),
        },
      },
    };
    const created = new LanguageClient('clinote', 'Clinote', serverOptions, clientOptions);
    await created.start();
    patient.attach(created);
    return created;
  }

  // Starts and restarts run one after another, so two clients never run at once.
  let lifecycle: Promise<void> = Promise.resolve();
  function restartClient(): Promise<void> {
    lifecycle = lifecycle.then(async () => {
      const old = client;
      client = undefined;
      await old?.stop().catch(() => undefined);
      try {
        client = await createClient();
      } catch (error) {
        log.appendLine(`Clinote's language server did not start: ${error instanceof Error ? error.name : 'unknown error'}`);
        void vscode.window.showErrorMessage('Clinote: the language server did not start; see the Clinote output.');
      }
      statusBar.update();
    });
    return lifecycle;
  }

  /** The language client once any start or restart under way has finished; undefined when it failed to start. */
  async function readyClient(): Promise<LanguageClient | undefined> {
    for (;;) {
      const pending = lifecycle;
      await pending;
      if (pending === lifecycle) return client;
    }
  }

  /** The active note and a running client, waiting for a server still starting (a command run right after opening). */
  async function activeNote(): Promise<{ editor: vscode.TextEditor; languageClient: LanguageClient } | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isAnalysed(editor.document)) {
      void vscode.window.showWarningMessage('Clinote: open a clinical note first.');
      return undefined;
    }
    const languageClient = await readyClient();
    if (!languageClient) {
      void vscode.window.showWarningMessage('Clinote: the language server is not running; see the Clinote output.');
      return undefined;
    }
    return { editor, languageClient };
  }

  async function deidentifyDocument(mode?: DeidMode): Promise<boolean> {
    const note = await activeNote();
    if (!note) return false;
    const { editor, languageClient } = note;
    const document = editor.document;
    const requestedVersion = document.version;
    const result = await languageClient.sendRequest(DeidentifyDocumentRequest, {
      textDocument: { uri: document.uri.toString(), version: requestedVersion },
      mode,
    });
    if (!result.edit) {
      void vscode.window.showWarningMessage(`Clinote: nothing was changed. ${result.refusedReason ?? ''}`.trim());
      return false;
    }
    if (result.replaced === 0) {
      void vscode.window.showInformationMessage('Clinote: no PHI found in this note.');
      return true;
    }
    const edit = await languageClient.protocol2CodeConverter.asWorkspaceEdit(result.edit);
    // The converted edit carries no version, so the check is made here, with no await before applyEdit.
    if (document.version !== requestedVersion) {
      void vscode.window.showWarningMessage('Clinote: the note changed while de-identifying; nothing was changed. Run the command again.');
      return false;
    }
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) {
      void vscode.window.showWarningMessage('Clinote: the note changed while de-identifying; nothing was changed.');
      return false;
    }
    if (result.surrogates?.length) {
      await languageClient.sendRequest(ExecuteCommandRequest.type, { command: RECORD_SURROGATES_COMMAND, arguments: [document.uri.toString(), result.surrogates] });
    }
    return true;
  }

  async function exportDeidentifiedCopy(): Promise<vscode.Uri | undefined> {
    const note = await activeNote();
    if (!note) return undefined;
    const { editor, languageClient } = note;
    const document = editor.document;
    const mode = vscode.workspace.getConfiguration('clinote').get<DeidMode>('deid.defaultMode', 'surrogate');
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Clinote: de-identifying a copy…' },
      () => languageClient.sendRequest(DeidentifiedTextRequest, { uri: document.uri.toString(), mode }),
    );
    const parsed = path.posix.parse(document.uri.path);
    const sibling = document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..', `${parsed.name}.deid${parsed.ext || '.note'}`) : undefined;
    const destination = sibling ?? (await vscode.window.showSaveDialog({ saveLabel: 'Export de-identified copy' }));
    if (!destination) return undefined;
    await vscode.workspace.fs.writeFile(destination, Buffer.from(result.text, 'utf8'));
    void vscode.window.showInformationMessage(`Clinote: wrote ${path.posix.basename(destination.path)} (${result.replaced} replacements); the original is unchanged.`);
    return destination;
  }

  async function pickMode(): Promise<DeidMode | undefined> {
    const configured = vscode.workspace.getConfiguration('clinote').get<DeidMode>('deid.defaultMode', 'surrogate');
    const items = [
      { label: 'surrogate', description: 'consistent realistic replacements (dates shifted, formats kept)' },
      { label: 'tag', description: 'category tags such as [NAME] and [DATE]' },
      { label: 'redact', description: 'mask every character' },
    ].sort((a, b) => Number(b.label === configured) - Number(a.label === configured));
    return (await vscode.window.showQuickPick(items, { placeHolder: 'How should PHI be replaced?' }))?.label as DeidMode | undefined;
  }

  async function addToAllowList(text: unknown): Promise<void> {
    if (typeof text !== 'string' || text.trim() === '') return;
    const config = vscode.workspace.getConfiguration('clinote');
    if (config.get<string[]>('phi.allowList', []).some((entry) => entry.toLowerCase() === text.toLowerCase())) return;
    const inWorkspace = Boolean(vscode.workspace.workspaceFolders);
    // Only the list of the target scope is extended; user-level entries are not copied into the workspace.
    const inspected = config.inspect<string[]>('phi.allowList');
    const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
    await config.update('phi.allowList', [...current, text], inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  }

  async function storeSecret(prefix: string, setting: string, what: string): Promise<void> {
    const url = vscode.workspace.getConfiguration('clinote').get<string>(setting, '');
    const name = secretName(prefix, url);
    if (!name) {
      void vscode.window.showWarningMessage(`Clinote: set clinote.${setting} first; the ${what} is kept for that server only.`);
      return;
    }
    const value = await vscode.window.showInputBox({
      prompt: `${what} for ${endpointOrigin(url)} (kept in VS Code secret storage, sent to that server only)`,
      password: true,
      ignoreFocusOut: true,
      placeHolder: 'Leave empty to remove it',
    });
    if (value === undefined) return;
    if (value.trim() === '') await context.secrets.delete(name);
    else await context.secrets.store(name, value.trim());
    await restartClient();
  }

  async function previewPayload(): Promise<void> {
    const note = await activeNote();
    if (!note) return;
    const { editor, languageClient } = note;
    const selection = editor.selection;
    const range = selection.isEmpty ? undefined : { start: editor.document.offsetAt(selection.start), end: editor.document.offsetAt(selection.end) };
    const preview = await languageClient.sendRequest(PreviewLlmPayloadRequest, { uri: editor.document.uri.toString(), range });
    if (preview.error || !preview.body) {
      void vscode.window.showWarningMessage(`Clinote: ${preview.error ?? 'nothing would be sent.'}`);
      return;
    }
    const header = `// Exactly what "Summarize with LLM" would POST to ${preview.endpoint}/chat/completions (${preview.deidentified ? 'de-identified with surrogates' : 'AS WRITTEN, identifiers included'}). Nothing has been sent.\n`;
    const document = await vscode.workspace.openTextDocument({ language: 'jsonc', content: header + JSON.stringify(preview.body, null, 2) });
    await vscode.window.showTextDocument(document, { preview: true });
  }

  const refreshPanels = debounce(() => {
    if (codes.host.visible) void codes.refresh();
  }, 500);

  context.subscriptions.push(
    log,
    fhir,
    statusBar,
    codes,
    summary,
    patient,
    vscode.window.registerWebviewViewProvider('clinote.codes', codes.host),
    codes.host.onDidBecomeVisible(() => refreshPanels()),
    vscode.window.registerWebviewViewProvider('clinote.summary', summary.host),
    vscode.window.registerWebviewViewProvider('clinote.patient', patient.host),
    vscode.commands.registerCommand('clinote.deidentifyDocument', () => deidentifyDocument()),
    vscode.commands.registerCommand('clinote.deidentifyDocumentAs', async () => {
      const mode = await pickMode();
      return mode ? deidentifyDocument(mode) : false;
    }),
    vscode.commands.registerCommand('clinote.exportDeidentifiedCopy', exportDeidentifiedCopy),
    vscode.commands.registerCommand(NOT_PHI_COMMAND, addToAllowList),
    vscode.commands.registerCommand('clinote.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.commands.registerCommand('clinote.restartServer', restartClient),
    vscode.commands.registerCommand('clinote.openSampleNote', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'clinical-note', content: WALKTHROUGH_NOTE });
      return vscode.window.showTextDocument(document);
    }),
    vscode.commands.registerCommand('clinote.suggestCodes', async () => {
      await revealPanel('clinote.codes');
      return codes.refresh();
    }),
    vscode.commands.registerCommand(SHOW_CODES_COMMAND, async (code?: string) => {
      await revealPanel('clinote.codes');
      await codes.refresh();
      if (typeof code === 'string') codes.focus(code);
    }),
    vscode.commands.registerCommand(INSERT_CODE_COMMAND, (code: unknown) => (typeof code === 'string' ? insertAtCursor(code, isAnalysed) : false)),
    vscode.commands.registerCommand(COPY_CODE_COMMAND, async (code: unknown) => {
      if (typeof code !== 'string') return;
      await vscode.env.clipboard.writeText(code);
      vscode.window.setStatusBarMessage(`Clinote: copied ${code}`, 3000);
    }),
    vscode.commands.registerCommand('clinote.summarizeNote', async () => {
      await revealPanel('clinote.summary');
      return summary.summarize();
    }),
    vscode.commands.registerCommand('clinote.summarizeSelection', async () => {
      await revealPanel('clinote.summary');
      return summary.summarize({ selectionOnly: true });
    }),
    vscode.commands.registerCommand('clinote.insertSummary', () => summary.insert()),
    vscode.commands.registerCommand('clinote.copySummary', () => summary.copy()),
    vscode.commands.registerCommand('clinote.setLlmApiKey', () => storeSecret(LLM_KEY_SECRET, 'llm.baseUrl', 'API key')),
    vscode.commands.registerCommand('clinote.previewLlmPayload', previewPayload),
    vscode.commands.registerCommand('clinote.linkPatient', async () => {
      const linked = await patient.link();
      if (linked) {
        await revealPanel('clinote.patient');
        await patient.refresh(true);
      }
      return linked;
    }),
    vscode.commands.registerCommand('clinote.refreshPatient', () => patient.refresh(true)),
    vscode.commands.registerCommand('clinote.setFhirToken', () => storeSecret(FHIR_TOKEN_SECRET, 'fhir.serverUrl', 'Bearer token')),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor && isAnalysed(editor.document)) {
        refreshPanels();
        void patient.refresh();
      }
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document && isAnalysed(event.document)) refreshPanels();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The document selector and the embedded server are fixed when the client starts.
      const restartOn = ['clinote.additionalLanguages', 'clinote.fhir.serverUrl', 'clinote.fhir.embeddedServer', 'clinote.llm.baseUrl'];
      if (restartOn.some((section) => event.affectsConfiguration(section))) {
        if (!embeddedFhirWanted()) fhir.dispose();
        await restartClient();
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(restartClient),
  );
  stopOnDeactivate = async () => {
    await client?.stop().catch(() => undefined);
    fhir.dispose();
  };

  const started = restartClient().then(() => {
    if (vscode.window.activeTextEditor && isAnalysed(vscode.window.activeTextEditor.document)) void patient.refresh();
  });
  return {
    client: getClient,
    codes,
    summary,
    patient,
    ready: () => started,
  };
}

/**
 * Shows a side panel and leaves the keyboard in the note the command came from, so a clinician keeps typing while
 * the panel fills in (focusing a webview that is still loading can also leave it blank in VS Code for the web).
 */
async function revealPanel(viewId: string): Promise<void> {
  const fromEditor = vscode.window.activeTextEditor !== undefined;
  await vscode.commands.executeCommand(`${viewId}.focus`);
  if (fromEditor) await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
}

function debounce(run: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
}

export function deactivate(): Promise<void> | undefined {
  return stopOnDeactivate?.();
}
