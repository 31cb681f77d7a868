import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { NoteSummary } from '../../../server/src/core/summary/types';
import { SummarizeRequest, SummaryEngine, SummaryPatientHeader, SummaryProgressNotification } from '../../../server/src/protocol';
import { confirmLlmEndpoint } from '../llmConsent';
import { insertAtCursor, noteEditor, revealOffsets } from './editorActions';
import { WebviewHost } from './webviewHost';

/** The Summary panel: progress, the engine used, and every item linked to its source in the note. */
export class SummaryView implements vscode.Disposable {
  readonly host: WebviewHost;
  private summary: NoteSummary | undefined;
  private patientHeader: SummaryPatientHeader | undefined;
  private uri: vscode.Uri | undefined;
  private running: vscode.CancellationTokenSource | undefined;
  private progressListener: vscode.Disposable | undefined;

  constructor(
    extensionUri: vscode.Uri,
    private readonly client: () => Promise<LanguageClient | undefined>,
    private readonly globalState: vscode.Memento,
    private readonly isNote: (document: vscode.TextDocument) => boolean,
  ) {
    this.host = new WebviewHost(extensionUri, 'clinote.summary', 'summary.js', (message) => this.onMessage(message));
  }

  private llmEnabled(): boolean {
    return vscode.workspace.isTrusted && vscode.workspace.getConfiguration('clinote').get<boolean>('llm.enabled', false);
  }

  private baseState() {
    return {
      type: 'state',
      llmEnabled: this.llmEnabled(),
      model: vscode.workspace.getConfiguration('clinote').get<string>('llm.model'),
      note: this.uri ? vscode.workspace.asRelativePath(this.uri) : undefined,
    };
  }

  /** Summarises the active note (or its selection) and shows the result; returns it for commands and tests. */
  async summarize(options: { engine?: SummaryEngine; selectionOnly?: boolean } = {}): Promise<NoteSummary | undefined> {
    const editor = noteEditor(this.isNote);
    const client = await this.client();
    if (!editor || !client) {
      void vscode.window.showWarningMessage('Clinote: open a clinical note to summarise.');
      return undefined;
    }
    const engine = options.engine ?? (this.llmEnabled() ? 'llm' : 'embedded');
    const confirmedEndpoints = engine === 'llm' ? await confirmLlmEndpoint(this.globalState) : [];
    if (confirmedEndpoints === undefined) return undefined;
    const document = editor.document;
    const selection = editor.selection;
    const range =
      options.selectionOnly && !selection.isEmpty ? { start: document.offsetAt(selection.start), end: document.offsetAt(selection.end) } : undefined;
    this.running?.cancel();
    const cancellation = new vscode.CancellationTokenSource();
    this.running = cancellation;
    this.uri = document.uri;
    const requestId = randomUUID();
    this.progressListener?.dispose();
    this.progressListener = client.onNotification(SummaryProgressNotification, (params) => {
      if (params.requestId === requestId) this.host.post({ type: 'delta', delta: params.delta });
    });
    this.host.setState({ ...this.baseState(), running: engine === 'llm' ? 'Asking the language model…' : 'Summarising…' });
    try {
      const result = await vscode.window.withProgress(
        { location: { viewId: 'clinote.summary' }, title: 'Summarising' },
        () => client.sendRequest(SummarizeRequest, { uri: document.uri.toString(), engine, requestId, range, confirmedEndpoints }, cancellation.token),
      );
      if (this.running !== cancellation) return undefined;
      // A failed run leaves no summary behind, so nothing stale can be inserted.
      this.summary = result.summary;
      this.patientHeader = result.patient;
      this.host.setState({ ...this.baseState(), summary: result.summary, patient: result.patient, error: result.error });
      if (result.error && !result.summary) void vscode.window.showWarningMessage(`Clinote: ${result.error}`);
      return result.summary;
    } finally {
      this.progressListener?.dispose();
      this.progressListener = undefined;
      if (this.running === cancellation) this.running = undefined;
      cancellation.dispose();
    }
  }

  /** The summary as plain text, under the patient header when the note is linked to a chart. */
  text(): string | undefined {
    if (!this.summary) return undefined;
    const header = this.patientHeader;
    if (!header) return this.summary.text;
    const problems = header.activeProblems.length ? `\nActive problems: ${header.activeProblems.join('; ')}` : '';
    return `Patient: ${header.name}${header.demographics ? ` (${header.demographics})` : ''}${problems}\n\n${this.summary.text}`;
  }

  /** The summary of the note in front of the user; made now when the panel holds another note's. */
  private async textOrSummarize(): Promise<string | undefined> {
    const active = noteEditor(this.isNote)?.document.uri.toString();
    if (!this.summary || this.uri?.toString() !== active) await this.summarize();
    return this.uri?.toString() === active ? this.text() : undefined;
  }

  /** Inserts into the note that was summarised, never into another patient's note. */
  async insert(): Promise<boolean> {
    const text = await this.textOrSummarize();
    return text ? insertAtCursor(text, (document) => this.isNote(document) && document.uri.toString() === this.uri?.toString()) : false;
  }

  async copy(): Promise<void> {
    const text = await this.textOrSummarize();
    if (text) await vscode.env.clipboard.writeText(text);
  }

  private async onMessage(message: { type: string; [key: string]: unknown }): Promise<void> {
    switch (message.type) {
      case 'summarize':
        await this.summarize({ engine: message.engine === 'llm' ? 'llm' : 'embedded' });
        break;
      case 'reveal':
        if (this.uri) await revealOffsets(this.uri, Number(message.start), Number(message.end));
        break;
      case 'insert':
        await this.insert();
        break;
      case 'copy':
        await this.copy();
        break;
    }
  }

  dispose(): void {
    this.running?.cancel();
    this.progressListener?.dispose();
    this.host.dispose();
  }
}
