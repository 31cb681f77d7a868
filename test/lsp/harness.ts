import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import {
  CodeAction,
  CodeActionRequest,
  ConfigurationRequest,
  Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ProtocolConnection,
  Range,
  RegistrationRequest,
  ShutdownRequest,
  TextDocumentContentChangeEvent,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyChanges } from '../../server/src/documents';
import { SERVER_PROCESS_ENV } from '../../server/src/serverProcess';
import { DEFAULT_SETTINGS, DiagnosticsComputedNotification, DiagnosticsComputedParams, type ClinoteSettings } from '../../server/src/protocol';

export const SERVER_PATH = join(__dirname, '..', '..', 'dist', 'server.js');
export const TEST_KEY = 'ab'.repeat(32);

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export function settingsWith(overrides: DeepPartial<ClinoteSettings> = {}): ClinoteSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...overrides,
    phi: { ...DEFAULT_SETTINGS.phi, ...(overrides.phi ?? {}) },
    deid: { ...DEFAULT_SETTINGS.deid, ...(overrides.deid ?? {}) },
    icd: { ...DEFAULT_SETTINGS.icd, ...(overrides.icd ?? {}) },
    fhir: { ...DEFAULT_SETTINGS.fhir, ...(overrides.fhir ?? {}) },
    llm: { ...DEFAULT_SETTINGS.llm, ...(overrides.llm ?? {}) },
  } as ClinoteSettings;
}

/** A language client of our own over stdio: the real protocol, a spawned dist/server.js, no VS Code. */
export class TestClient {
  readonly documents = new Map<string, TextDocument>();
  settings: ClinoteSettings = settingsWith();
  refreshRequests = 0;
  private readonly refreshWaiters: Array<() => void> = [];
  private readonly computedWaiters: Array<{ uri: string; version: number; resolve: (p: DiagnosticsComputedParams) => void }> = [];

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection) {}

  static async start(options: { settings?: ClinoteSettings; env?: Record<string, string> } = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...SERVER_PROCESS_ENV, CLINOTE_SURROGATE_KEY: TEST_KEY, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    if (options.settings) client.settings = options.settings;
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'clinote' ? client.settings : null)));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      client.refreshRequests++;
      for (const waiter of client.refreshWaiters.splice(0)) waiter();
    });
    connection.onNotification(DiagnosticsComputedNotification, (params) => {
      for (const waiter of [...client.computedWaiters]) {
        if (waiter.uri === params.uri && waiter.version === params.version) {
          client.computedWaiters.splice(client.computedWaiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: { workspaceTrusted: true },
      capabilities: {
        workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
        textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } } },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, languageId = 'clinical-note'): Promise<TextDocument> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<TextDocument> {
    const current = this.documents.get(uri)!;
    // Like VS Code's model, and unlike an in-place update, line offsets are always right.
    const next = applyChanges(current, changes, current.version + 1);
    this.documents.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: next.version }, contentChanges: changes });
    return next;
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report: DocumentDiagnosticReport = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error('expected a full report');
    return report.items;
  }

  waitForComputed(uri: string, version: number): Promise<DiagnosticsComputedParams> {
    return new Promise((resolve) => this.computedWaiters.push({ uri, version, resolve }));
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (result ?? []) as CodeAction[];
  }

  /** Applies a versioned edit the way VS Code does: refused when the version does not match. */
  async applyEdit(edit: WorkspaceEdit): Promise<boolean> {
    for (const change of edit.documentChanges ?? []) {
      if (!TextDocumentEdit.is(change)) throw new Error('expected TextDocumentEdits only');
      const document = this.documents.get(change.textDocument.uri);
      if (!document || document.version !== change.textDocument.version) return false;
    }
    for (const change of edit.documentChanges ?? []) {
      const textEdit = change as TextDocumentEdit;
      const document = this.documents.get(textEdit.textDocument.uri)!;
      const contentChanges = [...(textEdit.edits as TextEdit[])]
        .sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))
        .map((e) => ({ range: e.range, text: e.newText }));
      await this.change(document.uri, contentChanges);
    }
    return true;
  }

  /** What VS Code does with a chosen code action: apply its edit, then run its command. */
  async applyAction(action: CodeAction): Promise<boolean> {
    if (action.edit && !(await this.applyEdit(action.edit))) return false;
    if (action.command) await this.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments });
    return true;
  }

  async changeSettings(settings: ClinoteSettings): Promise<void> {
    this.settings = settings;
    const refreshed = new Promise<void>((resolve) => this.refreshWaiters.push(resolve));
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await refreshed;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const exited = once(this.process, 'exit');
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.process.kill();
    }
    await exited;
    this.connection.dispose();
  }
}
