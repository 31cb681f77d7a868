import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { existsSync } from 'node:fs';
import { loadIcdIndex } from './core/icd';
import { defaultTaggerModelPath } from './core/phi/tagger';
import { DetectorThread } from './detectorThread';
import { immutableDocuments } from './documents';
import { CodeSuggestions, registerCodes } from './handlers/codes';
import { registerNoteStructure } from './handlers/noteStructure';
import { PatientService, registerPatient } from './handlers/patient';
import { registerSummary } from './handlers/summary';
import { registerPhiCodeActions } from './handlers/phiCodeActions';
import { registerPhiDiagnostics } from './handlers/phiDiagnostics';
import { ClinoteInitializationOptions, FIX_ALL_KIND, PatientContextChangedNotification, RECORD_SURROGATES_COMMAND, SECRET_ENV, ServerStatusRequest } from './protocol';
import { ServerContext } from './serverContext';
import { SettingsCache } from './settings';

/** Notes this long are scanned off the server's thread; shorter ones take a few milliseconds a keystroke here. */
const OFF_THREAD_MIN_LENGTH = 200_000;

/**
 * Wires every handler onto a connection. Takes the connection as an argument so tests can run the server
 * over stdio, IPC or in-process streams alike.
 */
export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(immutableDocuments);
  const settings = new SettingsCache(connection);
  const context = new ServerContext(settings);
  const codes = new CodeSuggestions(context);
  let canRefreshDiagnostics = false;
  let canRefreshCodeLenses = false;
  let canRefreshInlayHints = false;
  let canRegisterConfiguration = false;

  /** Everything derived from a note changed (settings, or the patient's chart): editors pull again. */
  const refreshViews = () => {
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
    if (canRefreshCodeLenses) void connection.sendRequest('workspace/codeLens/refresh');
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  };
  const patients = new PatientService(connection, documents, context, (uri) => {
    codes.forget(uri);
    refreshViews();
    void connection.sendNotification(PatientContextChangedNotification, { uri });
  });

  connection.onInitialize((params) => {
    const capabilities = params.capabilities;
    if (capabilities.workspace?.configuration) settings.enableConfigurationRequests();
    canRefreshDiagnostics = Boolean(capabilities.workspace?.diagnostics?.refreshSupport);
    canRefreshCodeLenses = Boolean(capabilities.workspace?.codeLens?.refreshSupport);
    canRefreshInlayHints = Boolean(capabilities.workspace?.inlayHint?.refreshSupport);
    canRegisterConfiguration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
    const options = (params.initializationOptions ?? {}) as ClinoteInitializationOptions;
    context.workspaceTrusted = options.workspaceTrusted !== false;
    context.setSurrogateKey(process.env[SECRET_ENV.surrogateKey]);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: { identifier: 'clinote', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [RECORD_SURROGATES_COMMAND] },
        documentSymbolProvider: { label: 'Clinote' },
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: { resolveProvider: false },
        hoverProvider: true,
      },
      serverInfo: { name: 'clinote', version: process.env.CLINOTE_VERSION ?? 'dev' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clinote' });
    // A damaged install scans with the rules alone; the file is only looked for here, and read where notes are scanned.
    const taggerModel = defaultTaggerModelPath();
    if (!existsSync(taggerModel)) connection.console.warn(`The PHI tagger model is missing (${taggerModel}): PHI detection runs on the rules alone.`);
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    context.analyzer.clear();
    void patients.settingsChanged();
    refreshViews();
  });

  // Reading the code index takes a while: starting it as a note opens lets it load while the note is scanned for
  // PHI, instead of after. The same call as the code requests make, so they share the one load.
  documents.onDidOpen(async (event) => {
    const { icd } = await settings.get(event.document.uri);
    if (icd.display !== 'off') loadIcdIndex(icd.codeTablePath ? { codeTablePath: icd.codeTablePath } : {}).catch(() => undefined);
  });

  // Long notes are scanned on a thread of its own, so requests keep being answered during the scan. Only from the
  // bundle: the thread runs the bundle's own code.
  const detectorThread = new DetectorThread(__filename);
  if (__filename.endsWith('.js')) {
    context.analyzer.detectLongNotesWith((texts, options) => detectorThread.detect(texts, options), OFF_THREAD_MIN_LENGTH);
  }
  connection.onShutdown(() => detectorThread.stop());

  documents.onDidClose((event) => {
    context.forget(event.document.uri);
    codes.forget(event.document.uri);
    patients.forget(event.document.uri);
  });

  registerPhiDiagnostics(connection, documents, context);
  registerPhiCodeActions(connection, documents, context);
  registerNoteStructure(connection, documents);
  registerCodes(connection, documents, context, codes);
  registerSummary(connection, documents, context);
  registerPatient(connection, documents, patients);

  const startedAt = Date.now();
  connection.onRequest(ServerStatusRequest, () => ({
    pid: process.pid,
    uptimeMs: Date.now() - startedAt,
    openDocuments: documents.all().length,
    rssBytes: process.memoryUsage().rss,
  }));

  documents.listen(connection);
  connection.listen();
  return context;
}
