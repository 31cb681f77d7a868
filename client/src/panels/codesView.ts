import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { IcdSuggestion } from '../../../server/src/core/icd/suggest';
import { SuggestCodesRequest } from '../../../server/src/protocol';
import { revealOffsets, insertAtCursor, noteEditor } from './editorActions';
import { WebviewHost } from './webviewHost';

type Decision = 'accepted' | 'rejected';

/** The Codes panel: the active note's suggestions by section, with evidence, accept/reject and copy. */
export class CodesView implements vscode.Disposable {
  readonly host: WebviewHost;
  private codes: IcdSuggestion[] = [];
  private uri: vscode.Uri | undefined;

  constructor(
    extensionUri: vscode.Uri,
    private readonly client: () => Promise<LanguageClient | undefined>,
    private readonly state: vscode.Memento,
    private readonly isNote: (document: vscode.TextDocument) => boolean,
  ) {
    this.host = new WebviewHost(extensionUri, 'clinote.codes', 'codes.js', (message) => this.onMessage(message));
  }

  private decisionsKey(uri: vscode.Uri): string {
    return `clinote.codeDecisions:${uri.toString()}`;
  }

  decisions(uri: vscode.Uri): Record<string, Decision> {
    return this.state.get<Record<string, Decision>>(this.decisionsKey(uri), {});
  }

  /** Suggests codes for the active note and shows them; returns them for commands and tests. */
  async refresh(): Promise<IcdSuggestion[]> {
    const editor = noteEditor(this.isNote);
    const client = await this.client();
    if (!editor || !client) {
      this.uri = undefined;
      this.codes = [];
      this.host.setState({ type: 'state', note: undefined, codes: [] });
      return [];
    }
    const document = editor.document;
    const result = await client.sendRequest(SuggestCodesRequest, { uri: document.uri.toString() });
    this.uri = document.uri;
    this.codes = result.codes;
    this.host.setState({
      type: 'state',
      note: vscode.workspace.asRelativePath(document.uri),
      codes: result.codes,
      decisions: this.decisions(document.uri),
      error: result.error,
    });
    this.host.badge = result.codes.length ? { value: result.codes.length, tooltip: `${result.codes.length} suggested codes` } : undefined;
    return result.codes;
  }

  focus(code: string): void {
    this.host.post({ type: 'focus', code });
  }

  acceptedCodes(): string[] {
    if (!this.uri) return [];
    const decisions = this.decisions(this.uri);
    return this.codes.filter((c) => decisions[c.code] === 'accepted').map((c) => c.code);
  }

  async decide(code: string, decision: Decision | undefined): Promise<void> {
    if (!this.uri) return;
    const decisions = { ...this.decisions(this.uri) };
    if (decision) decisions[code] = decision;
    else delete decisions[code];
    await this.state.update(this.decisionsKey(this.uri), decisions);
    this.host.setState({ ...(this.host.state() ?? { type: 'state' }), decisions });
  }

  private async onMessage(message: { type: string; [key: string]: unknown }): Promise<void> {
    switch (message.type) {
      case 'refresh':
        await this.refresh();
        break;
      case 'reveal':
        if (this.uri) await revealOffsets(this.uri, Number(message.start), Number(message.end));
        break;
      case 'decide':
        await this.decide(String(message.code), message.decision as Decision | undefined);
        break;
      case 'insert':
        await insertAtCursor(String(message.code), this.isNote);
        break;
      case 'copy':
        await vscode.env.clipboard.writeText(String(message.code));
        break;
      case 'copyAccepted': {
        const accepted = this.acceptedCodes();
        await vscode.env.clipboard.writeText(accepted.join('\n'));
        void vscode.window.showInformationMessage(`Clinote: copied ${accepted.length} accepted codes.`);
        break;
      }
    }
  }

  dispose(): void {
    this.host.dispose();
  }
}
