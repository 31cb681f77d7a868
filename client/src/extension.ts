import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import {
  ClinoteInitializationOptions,
  DeidentifiedTextRequest,
  DeidentifyDocumentRequest,
  NOT_PHI_COMMAND,
} from '../../server/src/protocol';
import { analysedLanguages, readClinoteSection } from './settings';
import { PhiStatusBar } from './statusBar';

let client: LanguageClient | undefined;

const DEID_MODES = ['surrogate', 'tag', 'redact'] as const;
type DeidMode = (typeof DEID_MODES)[number];

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

function isAnalysed(document: vscode.TextDocument): boolean {
  return analysedLanguages().includes(document.languageId);
}

async function createClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const initializationOptions: ClinoteInitializationOptions = { surrogateKey: await surrogateKey(context) };
  const clientOptions: LanguageClientOptions = {
    documentSelector: analysedLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions,
    synchronize: { configurationSection: 'clinote' },
    diagnosticPullOptions: { onChange: true, onSave: true, onTabs: false },
    middleware: {
      workspace: {
        // The server gets one typed object per scope instead of reading keys one by one.
        configuration: (params) =>
          params.items.map((item) =>
            item.section === 'clinote' ? readClinoteSection(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null,
          ),
      },
    },
  };
  return new LanguageClient('clinote', 'Clinote', serverOptions, clientOptions);
}

async function pickMode(): Promise<DeidMode | undefined> {
  const configured = vscode.workspace.getConfiguration('clinote').get<DeidMode>('deid.defaultMode', 'surrogate');
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'surrogate', description: 'consistent realistic replacements (dates shifted, formats kept)' },
      { label: 'tag', description: 'category tags such as [NAME] and [DATE]' },
      { label: 'redact', description: 'mask every character' },
    ].sort((a, b) => (a.label === configured ? -1 : b.label === configured ? 1 : 0)),
    { placeHolder: 'How should PHI be replaced?' },
  );
  return picked?.label as DeidMode | undefined;
}

async function deidentifyDocument(mode?: DeidMode): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client || !isAnalysed(editor.document)) {
    void vscode.window.showWarningMessage('Clinote: open a clinical note first.');
    return false;
  }
  const document = editor.document;
  const result = await client.sendRequest(DeidentifyDocumentRequest, {
    textDocument: { uri: document.uri.toString(), version: document.version },
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
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  const applied = await vscode.workspace.applyEdit(edit);
  if (!applied) void vscode.window.showWarningMessage('Clinote: the note changed while de-identifying; nothing was changed.');
  return applied;
}

async function exportDeidentifiedCopy(): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client || !isAnalysed(editor.document)) {
    void vscode.window.showWarningMessage('Clinote: open a clinical note first.');
    return undefined;
  }
  const document = editor.document;
  const mode = vscode.workspace.getConfiguration('clinote').get<DeidMode>('deid.defaultMode', 'surrogate');
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Clinote: de-identifying a copy…', cancellable: false },
    () => client!.sendRequest(DeidentifiedTextRequest, { uri: document.uri.toString(), mode }),
  );
  const parsed = path.posix.parse(document.uri.path);
  const siblingName = `${parsed.name}.deid${parsed.ext || '.note'}`;
  const target = document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..', siblingName) : undefined;
  const destination = target ?? (await vscode.window.showSaveDialog({ saveLabel: 'Export de-identified copy' }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, Buffer.from(result.text, 'utf8'));
  void vscode.window.showInformationMessage(`Clinote: wrote ${path.posix.basename(destination.path)} (${result.replaced} replacements); the original is unchanged.`);
  return destination;
}

async function addToAllowList(text: unknown): Promise<void> {
  if (typeof text !== 'string' || text.trim() === '') return;
  const config = vscode.workspace.getConfiguration('clinote');
  const current = config.get<string[]>('phi.allowList', []);
  if (current.some((entry) => entry.toLowerCase() === text.toLowerCase())) return;
  const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('phi.allowList', [...current, text], target);
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: () => LanguageClient | undefined }> {
  client = await createClient(context);
  const statusBar = new PhiStatusBar(isAnalysed);
  context.subscriptions.push(
    statusBar,
    vscode.commands.registerCommand('clinote.deidentifyDocument', () => deidentifyDocument()),
    vscode.commands.registerCommand('clinote.deidentifyDocumentAs', async () => {
      const mode = await pickMode();
      return mode ? deidentifyDocument(mode) : false;
    }),
    vscode.commands.registerCommand('clinote.exportDeidentifiedCopy', exportDeidentifiedCopy),
    vscode.commands.registerCommand(NOT_PHI_COMMAND, addToAllowList),
    vscode.commands.registerCommand('clinote.showProblems', () => vscode.commands.executeCommand('workbench.actions.view.problems')),
    vscode.commands.registerCommand('clinote.restartServer', async () => {
      await client?.restart();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('clinote.additionalLanguages')) {
        // The document selector is fixed when the client starts.
        await client?.stop();
        client = await createClient(context);
        await client.start();
        statusBar.update();
      }
    }),
    { dispose: () => void client?.stop() },
  );
  await client.start();
  return { client: () => client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
