import {
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { registerNoteStructure } from './handlers/noteStructure';
import { registerPhiCodeActions } from './handlers/phiCodeActions';
import { registerPhiDiagnostics } from './handlers/phiDiagnostics';
import { ClinoteInitializationOptions, FIX_ALL_KIND } from './protocol';
import { ServerContext } from './serverContext';
import { SettingsCache } from './settings';

/**
 * Wires every handler onto a connection. Takes the connection as an argument so tests can run the server
 * over stdio, IPC or in-process streams alike.
 */
export function startServer(connection: Connection): ServerContext {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsCache(connection);
  const context = new ServerContext(settings);
  let canRefreshDiagnostics = false;
  let canRegisterConfiguration = false;

  connection.onInitialize((params) => {
    const capabilities = params.capabilities;
    if (capabilities.workspace?.configuration) settings.enableConfigurationRequests();
    canRefreshDiagnostics = Boolean(capabilities.workspace?.diagnostics?.refreshSupport);
    canRegisterConfiguration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
    const options = (params.initializationOptions ?? {}) as ClinoteInitializationOptions;
    context.setSurrogateKey(options.surrogateKey);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        diagnosticProvider: { identifier: 'clinote', interFileDependencies: false, workspaceDiagnostics: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: { label: 'Clinote' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'clinote', version: process.env.CLINOTE_VERSION ?? 'dev' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clinote' });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    context.analyzer.clear();
    if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
  });

  documents.onDidClose((event) => context.forget(event.document.uri));

  registerPhiDiagnostics(connection, documents, context);
  registerPhiCodeActions(connection, documents, context);
  registerNoteStructure(connection, documents);

  documents.listen(connection);
  connection.listen();
  return context;
}
