import { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../core/cancellation';
import type { PatientContext } from '../core/fhir/context';
import { LlmError, previewLlmPayload, summarizeNote, summarizeWithLlm } from '../core/summary';
import type { LlmSummaryOptions } from '../core/summary/llm';
import type { NoteSummary, PatientContextLite } from '../core/summary/types';
import { phiOptionsFor } from '../analysis';
import {
  ClinoteSettings,
  PreviewLlmPayloadRequest,
  SECRET_ENV,
  SummarizeRequest,
  SummarizeResult,
  SummaryPatientHeader,
  SummaryProgressNotification,
  secretFor,
} from '../protocol';
import { describeError, type ServerContext } from '../serverContext';

export function contextLite(context: PatientContext | undefined): PatientContextLite | undefined {
  if (!context) return undefined;
  const birth = context.patient.birthDate ? new Date(context.patient.birthDate) : undefined;
  const age = birth && !Number.isNaN(birth.getTime()) ? Math.floor((Date.now() - birth.getTime()) / (365.25 * 86_400_000)) : undefined;
  return {
    age,
    sex: context.patient.gender,
    conditions: context.conditions.map((c) => c.display),
    medications: context.medications.map((m) => m.display),
    allergies: context.allergies.map((a) => a.substance),
  };
}

export function patientHeader(context: PatientContext | undefined): SummaryPatientHeader | undefined {
  if (!context) return undefined;
  const lite = contextLite(context);
  const demographics = [lite?.age !== undefined ? `${lite.age} y` : undefined, context.patient.gender, context.patient.birthDate ? `born ${context.patient.birthDate}` : undefined]
    .filter(Boolean)
    .join(' · ');
  return { name: context.patient.name, demographics, activeProblems: context.conditions.map((c) => c.display) };
}

/** Moves every source range of a summary of a slice back into whole-note offsets. */
export function shiftSources(summary: NoteSummary, offset: number): NoteSummary {
  if (offset === 0) return summary;
  const shift = (ranges: { start: number; end: number }[]) => ranges.map((r) => ({ start: r.start + offset, end: r.end + offset }));
  return {
    ...summary,
    oneLiner: { ...summary.oneLiner, sources: shift(summary.oneLiner.sources) },
    items: summary.items.map((item) => ({ ...item, sources: shift(item.sources) })),
  };
}

function llmOptions(settings: ClinoteSettings, context: ServerContext, uri: string, confirmedEndpoints: string[]): LlmSummaryOptions {
  return {
    baseUrl: settings.llm.baseUrl,
    model: settings.llm.model,
    apiKey: secretFor(settings.llm.baseUrl, process.env[SECRET_ENV.llmApiKey], process.env[SECRET_ENV.llmApiKeyOrigin]),
    timeoutMs: settings.llm.timeoutMs,
    allowPhi: settings.llm.allowPhi,
    key: context.surrogateSecret,
    confirmedEndpoints,
    phi: phiOptionsFor(settings, context.knownIdentifiers(uri)),
    context: contextLite(context.patientContext(uri)),
  };
}

function llmRefusal(settings: ClinoteSettings, context: ServerContext): string | undefined {
  if (!context.workspaceTrusted) return 'LLM summaries are off in an untrusted workspace: nothing is sent from it.';
  if (!settings.llm.enabled) return 'LLM summaries are off (setting clinote.llm.enabled).';
  return undefined;
}

export function registerSummary(connection: Connection, documents: TextDocuments<TextDocument>, context: ServerContext): void {
  connection.onRequest(SummarizeRequest, async (params, token): Promise<SummarizeResult> => {
    const document = documents.get(params.uri);
    if (!document) return { version: -1, error: 'The note is not open.' };
    const version = document.version;
    const full = document.getText();
    const start = Math.max(0, Math.min(full.length, params.range?.start ?? 0));
    const end = Math.max(start, Math.min(full.length, params.range?.end ?? full.length));
    const text = full.slice(start, end);
    const settings = await context.settings.get(document.uri);
    try {
      if (params.engine === 'llm') {
        const refusal = llmRefusal(settings, context);
        if (refusal) return { version, error: refusal };
        const summary = await summarizeWithLlm(
          text,
          {
            ...llmOptions(settings, context, document.uri, params.confirmedEndpoints ?? []),
            onDelta: (delta) => void connection.sendNotification(SummaryProgressNotification, { requestId: params.requestId, delta }),
          },
          token,
        );
        return { version, summary: shiftSources(summary, start), patient: patientHeader(context.patientContext(document.uri)) };
      }
      const chart = context.patientContext(document.uri);
      const summary = summarizeNote(text, { context: contextLite(chart) }, token);
      return { version, summary: shiftSources(summary, start), patient: patientHeader(chart) };
    } catch (error) {
      if (error instanceof CancelledError || token.isCancellationRequested) return { version, error: 'Cancelled.' };
      if (error instanceof LlmError) return { version, error: error.message };
      connection.console.error(`Summary failed: ${describeError(error)}`);
      return { version, error: 'The summary could not be made.' };
    }
  });

  connection.onRequest(PreviewLlmPayloadRequest, async (params, token) => {
    const document = documents.get(params.uri);
    const settings = document ? await context.settings.get(document.uri) : undefined;
    if (!document || !settings) return { endpoint: '', deidentified: true, error: 'The note is not open.' };
    const full = document.getText();
    const text = params.range ? full.slice(params.range.start, params.range.end) : full;
    try {
      const body = previewLlmPayload(text, llmOptions(settings, context, document.uri, []), token).body;
      return { endpoint: settings.llm.baseUrl, deidentified: !settings.llm.allowPhi, body };
    } catch (error) {
      if (error instanceof LlmError) return { endpoint: settings.llm.baseUrl, deidentified: !settings.llm.allowPhi, error: error.message };
      throw error;
    }
  });
}
