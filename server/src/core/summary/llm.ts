import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { type CancellationToken, CancelledError, neverCancelled, throwIfCancelled } from '../cancellation';
import type { PhiOptions, Replacement } from '../phi';
import { checkFaithfulness } from './faithfulness';
import { endpointOrigin, gateNote, isEndpointAllowed, restoreOriginals } from './privacy';
import { renderSummary } from './render';
import type { MedicationStatus, NoteSummary, OneLiner, SourceRange, SummarizeOptions, SummaryItem, SummarySection } from './types';
import { SUMMARY_SECTIONS } from './types';

export interface LlmSummaryOptions extends SummarizeOptions {
  /** OpenAI-compatible API root, e.g. https://api.openai.com/v1, http://127.0.0.1:8080/v1, https://NAME.openai.azure.com/openai/v1. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** Per attempt, until the answer starts; then the longest silence allowed while it streams. Default 60 s. */
  timeoutMs?: number;
  /** Retries on 429, 5xx, timeouts and dropped connections, with exponential backoff. Default 2. */
  maxRetries?: number;
  /** Send the note as written. Default false: PHI is replaced by consistent surrogates first. */
  allowPhi?: boolean;
  /** Secret that keys the surrogates; the same key gives the same surrogates (and the same preview). */
  key?: string | Buffer;
  /** Origins the user confirmed for sending notes; loopback servers need no confirmation. */
  confirmedEndpoints?: readonly string[];
  /** Stream the answer (default true). */
  stream?: boolean;
  onDelta?: (chunk: string) => void;
  phi?: PhiOptions;
}

export type LlmErrorCode =
  | 'endpoint-not-confirmed' | 'bad-endpoint' | 'unauthorized' | 'model-not-found' | 'rate-limited' | 'server-error'
  | 'bad-request' | 'timeout' | 'connection' | 'content-filter' | 'cut-stream' | 'truncated' | 'invalid-json';

/** Failures of the LLM summariser. Messages never quote the note or the server's reply. */
export class LlmError extends Error {
  constructor(readonly code: LlmErrorCode, message: string) {
    super(message);
    this.name = 'LlmError';
  }
}

export interface ChatRequestBody {
  model: string;
  temperature: number;
  stream: boolean;
  messages: { role: 'system' | 'user'; content: string }[];
}

export interface LlmPayload {
  /** Where the body is POSTed. */
  url: string;
  body: ChatRequestBody;
  /** Whether PHI was replaced by surrogates before building the body. */
  deidentified: boolean;
  /** True when the endpoint is neither loopback nor confirmed: sending would be refused until the user confirms. */
  needsConfirmation: boolean;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;
const CANCEL_POLL_MS = 50;

const SYSTEM_PROMPT = [
  'You summarise a clinical note for a clinician. Use only facts stated in the note; never add numbers, doses, drugs, sides or names it does not contain.',
  'Answer with one JSON object and nothing else:',
  '{"oneLiner": {"text": string, "evidence": [string]}, "items": [{"section": "problems"|"medications"|"allergies"|"findings"|"plan"|"followup", "text": string, "status"?: "new"|"changed"|"stopped"|"continued", "evidence": [string]}]}',
  'oneLiner: one summary statement with age, sex, key problems and the reason for the visit.',
  'medications: one item per drug with its dose; status says whether the note starts, changes or stops it.',
  'findings: abnormal vital signs, laboratory results and imaging. followup: when and where the patient is seen next.',
  'evidence: short quotes copied exactly from the note that support the item.',
].join('\n');

function chatUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

function checkOptions(options: LlmSummaryOptions): void {
  if (!endpointOrigin(options.baseUrl)) throw new LlmError('bad-endpoint', 'The model server URL must be an http(s) URL.');
  if (!options.model.trim()) throw new LlmError('bad-request', 'No model name given.');
}

function buildPayload(text: string, options: LlmSummaryOptions, token: CancellationToken): { payload: LlmPayload; replacements: Replacement[] } {
  checkOptions(options);
  const gated = gateNote(text, options, token);
  const body: ChatRequestBody = {
    model: options.model,
    temperature: 0,
    stream: options.stream ?? true,
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: `Clinical note:\n<<<\n${gated.text}\n>>>` },
    ],
  };
  const needsConfirmation = !isEndpointAllowed(options.baseUrl, options.confirmedEndpoints);
  return { payload: { url: chatUrl(options.baseUrl), body, deidentified: !options.allowPhi, needsConfirmation }, replacements: gated.replacements };
}

/**
 * The exact request `summarizeWithLlm` would send with the same options (pass the same `key`). Nothing is
 * sent, so it works before the endpoint is confirmed: show it, then ask.
 */
export function previewLlmPayload(text: string, options: LlmSummaryOptions, token: CancellationToken = neverCancelled): LlmPayload {
  return buildPayload(text, options, token).payload;
}

/**
 * Summarises with an OpenAI-compatible chat-completions server. The note is de-identified first unless
 * `allowPhi`; surrogates in the answer are mapped back in memory; every item gets sources from its
 * evidence quotes and `unsupported` marks from the faithfulness check.
 */
export async function summarizeWithLlm(text: string, options: LlmSummaryOptions, token: CancellationToken = neverCancelled): Promise<NoteSummary> {
  throwIfCancelled(token);
  checkOptions(options);
  if (!isEndpointAllowed(options.baseUrl, options.confirmedEndpoints)) {
    throw new LlmError('endpoint-not-confirmed', `Sending notes to ${endpointOrigin(options.baseUrl)} needs your confirmation for that endpoint; only servers on this machine are allowed without it.`);
  }
  const { payload, replacements } = buildPayload(text, options, token);
  const answer = await requestCompletion(payload, options, token);
  return summaryFromAnswer(text, parseAnswer(answer), replacements, options);
}

// ---- transport ------------------------------------------------------------------------------------

async function requestCompletion(payload: LlmPayload, options: LlmSummaryOptions, token: CancellationToken): Promise<string> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const host = endpointOrigin(options.baseUrl) ?? '';
  const client = new OpenAI({
    baseURL: options.baseUrl.replace(/\/+$/, ''),
    // Local servers take no key, but the client insists on one.
    apiKey: options.apiKey || 'no-key',
    timeout: timeoutMs,
    maxRetries,
    // Azure OpenAI's v1 API authenticates with this header; other servers ignore it.
    defaultHeaders: /\.azure\.com$/i.test(new URL(options.baseUrl).hostname) && options.apiKey ? { 'api-key': options.apiKey } : undefined,
  });
  const controller = new AbortController();
  let stopReason: 'cancelled' | 'silence' | undefined;
  const stop = (reason: 'cancelled' | 'silence'): void => {
    stopReason ??= reason;
    controller.abort();
  };
  const poll = setInterval(() => token.isCancellationRequested && stop('cancelled'), CANCEL_POLL_MS);
  let watchdog: NodeJS.Timeout | undefined;
  const arm = (): void => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => stop('silence'), timeoutMs);
  };
  let answerStarted = false;
  const deliver = (chunk: string): void => {
    try {
      options.onDelta?.(chunk);
    } catch (error) {
      throw new DeltaCallbackError(error);
    }
  };
  try {
    if (payload.body.stream) {
      const stream = await client.chat.completions.create({ ...payload.body, stream: true }, { signal: controller.signal });
      arm();
      answerStarted = true;
      let content = '';
      let finish: string | null | undefined;
      for await (const chunk of stream) {
        arm();
        const choice = chunk.choices?.[0];
        const delta = choice?.delta?.content;
        if (delta) {
          content += delta;
          deliver(delta);
        }
        if (choice?.finish_reason) finish = choice.finish_reason;
      }
      checkFinish(finish, true);
      return content;
    }
    const response = await client.chat.completions.create({ ...payload.body, stream: false }, { signal: controller.signal }).asResponse();
    arm();
    answerStarted = true;
    const raw = await response.text();
    let parsed: { choices?: { message?: { content?: string | null }; finish_reason?: string | null }[] };
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new LlmError('invalid-json', `The model server at ${host} answered with something that is not JSON.`);
    }
    const choice = parsed.choices?.[0];
    checkFinish(choice?.finish_reason, false);
    const content = choice?.message?.content;
    if (typeof content !== 'string') throw new LlmError('invalid-json', `The model server at ${host} sent a reply without a message.`);
    deliver(content);
    return content;
  } catch (error) {
    if (error instanceof DeltaCallbackError) throw error.cause;
    if (stopReason === 'cancelled' || token.isCancellationRequested) throw new CancelledError();
    if (stopReason === 'silence') throw new LlmError('timeout', `The model server at ${host} stopped sending for ${seconds(timeoutMs)}; the answer was abandoned.`);
    throw describeFailure(error, { host, model: options.model, timeoutMs, maxRetries, answerStarted });
  } finally {
    clearInterval(poll);
    clearTimeout(watchdog);
  }
}

/** Carries an exception of the caller's onDelta past the transport's error mapping unchanged. */
class DeltaCallbackError extends Error {
  constructor(override readonly cause: unknown) {
    super('onDelta failed');
  }
}

function checkFinish(finish: string | null | undefined, streamed: boolean): void {
  if (finish === 'content_filter') throw new LlmError('content-filter', "The model server's content filter blocked the answer.");
  if (finish === 'length') throw new LlmError('truncated', 'The answer hit the model\'s length limit before it was complete.');
  if (streamed && !finish) throw new LlmError('cut-stream', 'The answer stream ended before the model finished; try again.');
}

function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function describeFailure(error: unknown, at: { host: string; model: string; timeoutMs: number; maxRetries: number; answerStarted: boolean }): Error {
  if (error instanceof LlmError || error instanceof CancelledError) return error;
  const attempts = at.maxRetries + 1;
  const tries = attempts === 1 ? '' : ` (${attempts} attempts)`;
  if (error instanceof APIConnectionTimeoutError) return new LlmError('timeout', `The model server at ${at.host} did not answer within ${seconds(at.timeoutMs)}${tries}.`);
  if (error instanceof APIUserAbortError) return new CancelledError();
  if (error instanceof APIConnectionError) {
    return at.answerStarted
      ? new LlmError('cut-stream', 'The connection dropped while the answer was streaming; try again.')
      : new LlmError('connection', `Could not reach the model server at ${at.host}${tries}.`);
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const code = typeof error.code === 'string' ? error.code : '';
    if (status === 401 || status === 403) return new LlmError('unauthorized', `The model server at ${at.host} refused the API key (${status}); check the key.`);
    if (status === 404) return new LlmError('model-not-found', `The model server at ${at.host} does not know model "${at.model}" (404); check the model name and the base URL.`);
    if (status === 429) return new LlmError('rate-limited', `The model server at ${at.host} is still rate-limiting (429)${tries}; try again later.`);
    if (status === 400 && /content_filter|content_policy/.test(code)) return new LlmError('content-filter', "The model server's content filter refused the note.");
    if (status >= 500) return new LlmError('server-error', `The model server at ${at.host} failed (${status})${tries}.`);
    return new LlmError('bad-request', `The model server at ${at.host} rejected the request (${status}${code ? ` ${code}` : ''}).`);
  }
  // A JSON syntax error here comes from a stream event the server garbled.
  if (error instanceof SyntaxError) return new LlmError('invalid-json', `The model server at ${at.host} streamed data that is not JSON.`);
  if (at.answerStarted) return new LlmError('cut-stream', 'The connection dropped while the answer was streaming; try again.');
  return new LlmError('connection', `The request to the model server at ${at.host} failed.`);
}

// ---- answer ---------------------------------------------------------------------------------------

interface RawItem {
  section: SummarySection;
  text: string;
  status?: MedicationStatus;
  evidence: string[];
}

interface RawAnswer {
  oneLiner: string;
  oneLinerEvidence: string[];
  items: RawItem[];
}

function evidenceOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((e): e is string => typeof e === 'string') : [];
}

const STATUSES: readonly MedicationStatus[] = ['new', 'changed', 'stopped', 'continued'];

/** Reads the model's JSON answer, tolerating code fences and prose around it. */
export function parseAnswer(answer: string): RawAnswer {
  const start = answer.indexOf('{');
  const end = answer.lastIndexOf('}');
  let value: unknown;
  try {
    value = start >= 0 && end > start ? JSON.parse(answer.slice(start, end + 1)) : undefined;
  } catch {
    value = undefined;
  }
  const record = value as { oneLiner?: unknown; items?: unknown } | undefined;
  if (!record || typeof record !== 'object' || !Array.isArray(record.items)) {
    throw new LlmError('invalid-json', 'The model did not answer with the JSON summary asked for; try again or another model.');
  }
  // Models sometimes flatten the one-liner to a plain string; both forms are accepted.
  const oneLinerValue = record.oneLiner as string | { text?: unknown; evidence?: unknown } | undefined;
  const oneLinerObject = typeof oneLinerValue === 'object' && oneLinerValue !== null ? oneLinerValue : undefined;
  const oneLiner = typeof oneLinerValue === 'string' ? oneLinerValue : typeof oneLinerObject?.text === 'string' ? oneLinerObject.text : '';
  const items: RawItem[] = [];
  for (const raw of record.items as unknown[]) {
    const item = raw as { section?: unknown; text?: unknown; status?: unknown; evidence?: unknown };
    if (!item || typeof item.text !== 'string' || !SUMMARY_SECTIONS.includes(item.section as SummarySection)) continue;
    const evidence = evidenceOf(item.evidence);
    const status = STATUSES.includes(item.status as MedicationStatus) ? (item.status as MedicationStatus) : undefined;
    items.push({ section: item.section as SummarySection, text: item.text.trim(), evidence, ...(status ? { status } : {}) });
  }
  return { oneLiner: oneLiner.trim(), oneLinerEvidence: evidenceOf(oneLinerObject?.evidence), items };
}

/** Finds a quote in the note, exactly or up to case and runs of whitespace. */
export function locateQuote(note: string, quote: string): SourceRange | undefined {
  const trimmed = quote.trim().replace(/^["'“]|["'”]$/g, '').replace(/[.\s]+$/, '');
  if (trimmed.length < 2) return undefined;
  const exact = note.indexOf(trimmed);
  if (exact >= 0) return { start: exact, end: exact + trimmed.length };
  const pattern = trimmed.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const match = new RegExp(pattern, 'i').exec(note);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** Evidence quotes the model copied from the surrogate note, found in the original one. */
function locateEvidence(note: string, quotes: readonly string[], replacements: readonly Replacement[]): SourceRange[] {
  return quotes
    .map((quote) => locateQuote(note, restoreOriginals(quote, replacements)))
    .filter((range): range is SourceRange => range !== undefined);
}

function summaryFromAnswer(note: string, answer: RawAnswer, replacements: readonly Replacement[], options: LlmSummaryOptions): NoteSummary {
  const wanted = new Set(options.sections ?? SUMMARY_SECTIONS);
  const items: SummaryItem[] = [];
  for (const raw of answer.items) {
    if (!wanted.has(raw.section)) continue;
    const text = restoreOriginals(raw.text, replacements);
    const sources = locateEvidence(note, raw.evidence, replacements);
    const item: SummaryItem = { section: raw.section, text, sources, unsupported: checkFaithfulness(text, note, options.context) };
    if (raw.status) item.status = raw.status;
    items.push(item);
  }
  const oneLinerText = restoreOriginals(answer.oneLiner, replacements);
  const oneLiner: OneLiner = { text: oneLinerText, sources: locateEvidence(note, answer.oneLinerEvidence, replacements), unsupported: checkFaithfulness(oneLinerText, note, options.context) };
  return { engine: 'llm', oneLiner, items, text: renderSummary(oneLiner, items) };
}
