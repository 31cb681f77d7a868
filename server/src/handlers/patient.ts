import { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../core/cancellation';
import { FhirClient, FhirError, PatientContextCache, createFhirClient, findPatient, resolvePatientLink, searchPatients } from '../core/fhir';
import {
  LinkPatientNotification,
  PatientContextRequest,
  PatientContextResult,
  PatientLinkInfo,
  SECRET_ENV,
  SearchPatientsRequest,
  secretFor,
} from '../protocol';
import { isLoopbackUrl } from '../core/endpoints';
import { describeError, type ServerContext } from '../serverContext';

type Token = { isCancellationRequested: boolean };

/**
 * Which patient each note is about and that patient's chart. A link made by command wins over a line in the
 * note. Fetching never blocks diagnostics: when a chart arrives, diagnostics are refreshed with it.
 */
export class PatientService {
  private readonly explicitLinks = new Map<string, string>();
  private readonly lastLink = new Map<string, string>();
  private readonly errors = new Map<string, string>();
  private readonly cache = new PatientContextCache();
  private readonly clients = new Map<string, FhirClient>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly context: ServerContext,
    private readonly onContextChanged: (uri: string) => void,
  ) {}

  linkOf(document: TextDocument): PatientLinkInfo | undefined {
    const explicit = this.explicitLinks.get(document.uri);
    if (explicit) return { kind: 'id', value: explicit, source: 'command' };
    const inNote = resolvePatientLink(document.getText());
    return inNote ? { kind: inNote.kind, value: inNote.value, source: 'note' } : undefined;
  }

  setExplicitLink(uri: string, patientId: string | null): void {
    if (patientId) this.explicitLinks.set(uri, patientId);
    else this.explicitLinks.delete(uri);
    this.schedule(uri, 0);
  }

  /** Looks again after edits settle; only a changed link causes a fetch. */
  schedule(uri: string, delayMs = 400): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.update(uri);
      }, delayMs),
    );
  }

  forget(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.lastLink.delete(uri);
    this.errors.delete(uri);
    this.explicitLinks.delete(uri);
  }

  private fhirSettings = '';

  /** Settings changed: only a change of FHIR server or timeout drops clients and cached charts. */
  async settingsChanged(): Promise<void> {
    const any = this.documents.all()[0];
    const current = any ? JSON.stringify((await this.context.settings.get(any.uri)).fhir) : '';
    if (current === this.fhirSettings) return;
    this.fhirSettings = current;
    this.clients.clear();
    this.cache.invalidate();
    this.lastLink.clear();
    for (const document of this.documents.all()) this.schedule(document.uri, 0);
  }

  async client(uri: string): Promise<FhirClient | undefined> {
    const settings = await this.context.settings.get(uri);
    const baseUrl = settings.fhir.serverUrl;
    if (!baseUrl) return undefined;
    if (!this.context.workspaceTrusted && !isLoopbackUrl(baseUrl)) return undefined;
    const token = secretFor(baseUrl, process.env[SECRET_ENV.fhirToken], process.env[SECRET_ENV.fhirTokenOrigin]);
    const key = `${baseUrl}\u0000${settings.fhir.timeoutMs}`;
    let client = this.clients.get(key);
    if (!client) {
      client = createFhirClient({ baseUrl, timeoutMs: settings.fhir.timeoutMs, auth: token ? { kind: 'bearer', token } : { kind: 'none' } });
      this.clients.set(key, client);
    }
    return client;
  }

  async contextFor(uri: string, refresh: boolean, token: Token): Promise<PatientContextResult> {
    const document = this.documents.get(uri);
    if (!document) return { error: 'The note is not open.' };
    const link = this.linkOf(document);
    if (!link) return {};
    const client = await this.client(uri);
    if (!client) return { link, error: 'No FHIR server is configured (setting clinote.fhir.serverUrl).' };
    try {
      const patient = await findPatient(client, { kind: link.kind, value: link.value, range: { start: 0, end: 0 } }, token);
      const chart = refresh ? await this.cache.refresh(client, patient.id!, token) : await this.cache.get(client, patient.id!, token);
      this.errors.delete(uri);
      return { link, context: chart };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      const message = error instanceof FhirError ? error.message : 'The FHIR server could not be read.';
      if (!(error instanceof FhirError)) this.connection.console.error(`FHIR context failed: ${describeError(error)}`);
      return { link, error: message };
    }
  }

  private async update(uri: string): Promise<void> {
    const document = this.documents.get(uri);
    if (!document) return;
    const link = this.linkOf(document);
    const linkKey = link ? `${link.kind}:${link.value}` : '';
    if (this.lastLink.get(uri) === linkKey) return;
    this.lastLink.set(uri, linkKey);
    if (!link) {
      if (this.context.patientContext(uri)) {
        this.context.setPatientContext(uri, undefined);
        this.onContextChanged(uri);
      }
      return;
    }
    const result = await this.contextFor(uri, false, { isCancellationRequested: false }).catch(() => ({ error: 'cancelled' }) as PatientContextResult);
    // A slower answer for a link the note no longer has, or for a closed note, is dropped.
    if (this.lastLink.get(uri) !== linkKey || !this.documents.get(uri)) return;
    this.apply(uri, result);
  }

  /** Stores what a fetch returned, so PHI, codes and summaries use it, and tells the editor. */
  apply(uri: string, result: PatientContextResult): void {
    if (result.context || !result.link) this.context.setPatientContext(uri, result.context);
    if (result.error) this.errors.set(uri, result.error);
    this.onContextChanged(uri);
  }
}

export function registerPatient(connection: Connection, documents: TextDocuments<TextDocument>, service: PatientService): void {
  documents.onDidOpen((event) => service.schedule(event.document.uri, 0));
  documents.onDidChangeContent((event) => service.schedule(event.document.uri));
  connection.onNotification(LinkPatientNotification, (params) => service.setExplicitLink(params.uri, params.patientId));

  connection.onRequest(PatientContextRequest, async (params, token) => {
    try {
      const result = await service.contextFor(params.uri, params.refresh === true, token);
      if (params.refresh) service.apply(params.uri, result);
      return result;
    } catch (error) {
      if (error instanceof CancelledError) return { error: 'Cancelled.' };
      throw error;
    }
  });

  connection.onRequest(SearchPatientsRequest, async (params, token) => {
    const client = await service.client(documents.all()[0]?.uri ?? '');
    if (!client) return { patients: [], error: 'No FHIR server is configured (setting clinote.fhir.serverUrl).' };
    try {
      return { patients: await searchPatients(client, params.query, token) };
    } catch (error) {
      if (error instanceof CancelledError) return { patients: [], error: 'Cancelled.' };
      return { patients: [], error: error instanceof FhirError ? error.message : 'The FHIR server could not be searched.' };
    }
  });
}
