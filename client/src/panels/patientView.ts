import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  LinkPatientNotification,
  PatientContextChangedNotification,
  PatientContextRequest,
  PatientContextResult,
  SearchPatientsRequest,
} from '../../../server/src/protocol';
import { insertAtCursor, noteEditor } from './editorActions';
import { WebviewHost } from './webviewHost';

/** The Patient panel and the status bar item naming the linked patient. */
export class PatientView implements vscode.Disposable {
  readonly host: WebviewHost;
  private readonly statusItem = vscode.window.createStatusBarItem('clinote.patientStatus', vscode.StatusBarAlignment.Left, 99);
  private readonly disposables: vscode.Disposable[] = [];
  private lastResult: PatientContextResult | undefined;
  /** Answers arriving after a newer request was made are dropped, so the panel never names the wrong patient. */
  private requestSeq = 0;

  constructor(
    extensionUri: vscode.Uri,
    private readonly client: () => Promise<LanguageClient | undefined>,
    private readonly isNote: (document: vscode.TextDocument) => boolean,
  ) {
    this.host = new WebviewHost(extensionUri, 'clinote.patient', 'patient.js', (message) => this.onMessage(message));
    this.statusItem.name = 'Clinote patient';
    this.statusItem.command = 'clinote.linkPatient';
    this.disposables.push(this.statusItem);
  }

  /** Called when a (re)started language client is ready. */
  attach(client: LanguageClient): void {
    this.disposables.push(
      client.onNotification(PatientContextChangedNotification, (params) => {
        const active = noteEditor(this.isNote)?.document.uri.toString();
        if (params.uri === active) void this.refresh();
      }),
    );
  }

  private latest: Promise<PatientContextResult | undefined> | undefined;

  /** Shows the active note's patient; when a newer refresh overtakes this one, its answer is returned instead. */
  async refresh(force = false): Promise<PatientContextResult | undefined> {
    const run = this.load(force);
    this.latest = run;
    const result = await run;
    return this.latest === run ? result : this.latest;
  }

  private async load(force: boolean): Promise<PatientContextResult | undefined> {
    const editor = noteEditor(this.isNote);
    const client = await this.client();
    if (!editor || !client) {
      this.statusItem.hide();
      this.host.setState({ type: 'state', note: undefined });
      return undefined;
    }
    const note = vscode.workspace.asRelativePath(editor.document.uri);
    if (force) this.host.setState({ type: 'state', note, link: this.lastResult?.link, loading: true });
    const seq = ++this.requestSeq;
    const uri = editor.document.uri.toString();
    const result = await client.sendRequest(PatientContextRequest, { uri, refresh: force });
    // Answers that arrive after a newer request, or for a note no longer in front, do not touch the panel.
    if (seq !== this.requestSeq || noteEditor(this.isNote)?.document.uri.toString() !== uri) return result;
    this.lastResult = result;
    this.host.setState({ type: 'state', note, ...result });
    if (result.context) {
      this.statusItem.text = `$(person) ${result.context.patient.name}`;
      this.statusItem.tooltip = 'Clinote: the patient this note is linked to. Click to link another.';
    } else {
      this.statusItem.text = result.link ? '$(person) Patient unavailable' : '$(person) No patient';
      this.statusItem.tooltip = result.error ?? 'Clinote: link this note to a patient.';
    }
    this.statusItem.show();
    return result;
  }

  /** Quick pick over a FHIR search by name, birth date or MRN; the chosen patient is linked to the note. */
  async link(): Promise<string | undefined> {
    const editor = noteEditor(this.isNote);
    const client = await this.client();
    if (!editor || !client) {
      void vscode.window.showWarningMessage('Clinote: open a clinical note to link.');
      return undefined;
    }
    const uri = editor.document.uri.toString();
    const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
    pick.placeholder = 'Search patients by name, birth date (YYYY-MM-DD) or MRN';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    let searchVersion = 0;
    const search = async (query: string) => {
      const version = ++searchVersion;
      if (query.trim().length < 2) return;
      pick.busy = true;
      const result = await client.sendRequest(SearchPatientsRequest, { query });
      if (version !== searchVersion) return;
      pick.busy = false;
      pick.items = result.patients.map((p) => ({
        id: p.id,
        label: p.name,
        description: [p.birthDate, p.gender].filter(Boolean).join(' · '),
        detail: p.mrn ? `MRN ${p.mrn}` : p.id,
      }));
      if (result.error) pick.title = result.error;
    };
    const chosen = await new Promise<string | undefined>((resolve) => {
      pick.onDidChangeValue((value) => void search(value));
      pick.onDidAccept(() => {
        resolve(pick.selectedItems[0]?.id);
        pick.hide();
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
    pick.dispose();
    if (!chosen) return undefined;
    await client.sendNotification(LinkPatientNotification, { uri, patientId: chosen });
    return chosen;
  }

  private async onMessage(message: { type: string; [key: string]: unknown }): Promise<void> {
    switch (message.type) {
      case 'link':
        await this.link();
        break;
      case 'refresh':
        await this.refresh(true);
        break;
      case 'insert':
        await insertAtCursor(String(message.text), this.isNote);
        break;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.host.dispose();
  }
}
