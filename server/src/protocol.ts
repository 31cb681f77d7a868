/**
 * Everything the client and the server say to each other beyond standard LSP: the one source of truth for
 * both sides. Types only (plus method names), so importing it pulls no server code into the client.
 */
import { NotificationType, RequestType, RequestType0, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { PhiCategory } from './core/phi/types';
import type { DeidMode } from './core/phi/deid';
import type { IcdSuggestion } from './core/icd/suggest';
import type { NoteSummary } from './core/summary/types';
import type { ChatRequestBody } from './core/summary/llm';
import type { PatientContext } from './core/fhir/context';
import type { PatientSummary } from './core/fhir/patients';

export const LANGUAGE_ID = 'clinical-note';
export const DIAGNOSTIC_SOURCE = 'clinote';
export const FIX_ALL_KIND = 'source.fixAll.clinote';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `clinote` configuration section as the server sees it; the client shapes it and the server validates it. */
export interface ClinoteSettings {
  additionalLanguages: string[];
  phi: {
    enabled: boolean;
    profile: 'standard' | 'safeHarbor' | 'extended';
    allAges: boolean;
    years: boolean;
    severity: Partial<Record<PhiCategory, SeverityName>>;
    allowList: string[];
    /** Characters analysed per document; the rest is reported as not analysed. */
    maxDocumentLength: number;
  };
  deid: {
    defaultMode: DeidMode;
  };
  icd: {
    /** Where suggestions show at their evidence: code lenses, inlay hints, or nowhere (panel and hover only). */
    display: 'codeLens' | 'inlayHint' | 'off';
    /** A newer CMS order file (e.g. FY2027) whose codes and titles override the shipped ones. */
    codeTablePath: string;
    top: number;
  };
  fhir: {
    /** Resolved by the client: the configured server, else the embedded one it started. Empty: no FHIR. */
    serverUrl: string;
    timeoutMs: number;
  };
  llm: {
    enabled: boolean;
    baseUrl: string;
    model: string;
    /** Send notes as written instead of de-identified. Off unless the user turns it on. */
    allowPhi: boolean;
    timeoutMs: number;
  };
}

export const DEFAULT_SETTINGS: ClinoteSettings = {
  additionalLanguages: [],
  phi: {
    enabled: true,
    profile: 'standard',
    allAges: false,
    years: false,
    severity: {},
    allowList: [],
    maxDocumentLength: 2_000_000,
  },
  deid: { defaultMode: 'surrogate' },
  icd: { display: 'codeLens', codeTablePath: '', top: 10 },
  fhir: { serverUrl: '', timeoutMs: 10_000 },
  llm: { enabled: false, baseUrl: 'http://127.0.0.1:8080/v1', model: 'local-model', allowPhi: false, timeoutMs: 60_000 },
};

/**
 * Secrets reach the server in its process environment when the client spawns it, never in LSP messages
 * (which a protocol trace would log). Changing a secret restarts the server.
 */
export const SECRET_ENV = {
  surrogateKey: 'CLINOTE_SURROGATE_KEY',
  llmApiKey: 'CLINOTE_LLM_API_KEY',
  /** The only origin the LLM key may be sent to. */
  llmApiKeyOrigin: 'CLINOTE_LLM_API_KEY_ORIGIN',
  fhirToken: 'CLINOTE_FHIR_TOKEN',
  /** The only origin the FHIR token may be sent to. */
  fhirTokenOrigin: 'CLINOTE_FHIR_TOKEN_ORIGIN',
} as const;

/** A secret from the environment, only for the origin it was stored for. */
export function secretFor(url: string, secret: string | undefined, origin: string | undefined): string | undefined {
  if (!secret || !origin) return undefined;
  try {
    return new URL(url).origin.toLowerCase() === origin.toLowerCase() ? secret : undefined;
  } catch {
    return undefined;
  }
}

export interface ClinoteInitializationOptions {
  /** Untrusted workspaces get no network features: no LLM, no FHIR server but the embedded one. */
  workspaceTrusted?: boolean;
}

/** Fix candidates carried by each PHI diagnostic (`diagnostic.data`). */
export interface PhiDiagnosticData {
  /** Document version the finding was computed on. */
  version: number;
  /** Fingerprint of the whole text the finding was computed on: a fix is refused once the note reads differently. */
  textHash: string;
  category: PhiCategory;
  subtype: string;
  confidence: number;
  /** The flagged text, to check the range still holds it before fixing. */
  text: string;
  /**
   * The surrogate offered for `text` (keyed, so it needs the server's secret); the tag and the mask are derived from
   * `category` and `text` when fixes are asked for, which keeps the diagnostics of every keystroke short and ASCII.
   */
  surrogate: string;
}

export interface DeidentifyDocumentParams {
  textDocument: { uri: string; version: number };
  mode?: DeidMode;
}

export interface DeidentifyDocumentResult {
  /** A single versioned TextDocumentEdit, or null when the document changed since `version`. */
  edit: WorkspaceEdit | null;
  replaced: number;
  refusedReason?: string;
  /** Once the edit is applied, run RECORD_SURROGATES_COMMAND with these so they are not flagged again. */
  surrogates?: AppliedSurrogate[];
}

export interface AppliedSurrogate {
  text: string;
  category: string;
}

/**
 * Server command run after a surrogate fix is applied (arguments: uri, AppliedSurrogate[]): Clinote then does
 * not flag its own replacements. Surrogates that are only offered are never recorded.
 */
export const RECORD_SURROGATES_COMMAND = 'clinote.recordAppliedSurrogates';

export const DeidentifyDocumentRequest = new RequestType<DeidentifyDocumentParams, DeidentifyDocumentResult, void>(
  'clinote/deidentifyDocument',
);

export interface DeidentifiedTextParams {
  uri: string;
  mode?: DeidMode;
}

export interface DeidentifiedTextResult {
  text: string;
  replaced: number;
  version: number;
}

export const DeidentifiedTextRequest = new RequestType<DeidentifiedTextParams, DeidentifiedTextResult, void>(
  'clinote/deidentifiedText',
);

/** Sent after each diagnostics computation: tests and the status bar wait on it instead of timing. */
export interface DiagnosticsComputedParams {
  uri: string;
  version: number;
  counts: Partial<Record<PhiCategory, number>>;
  total: number;
  truncated: boolean;
}

export const DiagnosticsComputedNotification = new NotificationType<DiagnosticsComputedParams>('clinote/diagnosticsComputed');

/** Client-side command the "Not PHI" quick fix runs: adds its argument to `clinote.phi.allowList`. */
export const NOT_PHI_COMMAND = 'clinote.notPhi';

export interface SuggestCodesParams {
  uri: string;
}

export interface SuggestCodesResult {
  version: number;
  codes: IcdSuggestion[];
  /** Why there are no codes, when it is not simply that the note supports none. */
  error?: string;
}

export const SuggestCodesRequest = new RequestType<SuggestCodesParams, SuggestCodesResult, void>('clinote/suggestCodes');

export type SummaryEngine = 'embedded' | 'llm';

export interface SummarizeParams {
  uri: string;
  /** Summarise only this part of the note (UTF-16 offsets); sources stay offsets into the whole note. */
  range?: { start: number; end: number };
  engine: SummaryEngine;
  /** Echoed in progress notifications so the panel can tell summaries apart. */
  requestId: string;
  /** Endpoint origins the user confirmed may receive (de-identified) notes. */
  confirmedEndpoints?: string[];
}

/** From the linked patient's chart: shown above the summary so the reader knows whose note it is. */
export interface SummaryPatientHeader {
  name: string;
  demographics: string;
  activeProblems: string[];
}

export interface SummarizeResult {
  version: number;
  summary?: NoteSummary;
  patient?: SummaryPatientHeader;
  error?: string;
}

export const SummarizeRequest = new RequestType<SummarizeParams, SummarizeResult, void>('clinote/summarize');

export interface SummaryProgressParams {
  requestId: string;
  delta: string;
}

export const SummaryProgressNotification = new NotificationType<SummaryProgressParams>('clinote/summaryProgress');

export interface PreviewLlmPayloadParams {
  uri: string;
  range?: { start: number; end: number };
}

export interface PreviewLlmPayloadResult {
  endpoint: string;
  deidentified: boolean;
  body?: ChatRequestBody;
  error?: string;
}

export const PreviewLlmPayloadRequest = new RequestType<PreviewLlmPayloadParams, PreviewLlmPayloadResult, void>('clinote/previewLlmPayload');

export interface PatientContextParams {
  uri: string;
  /** Fetch again even when the cached context is fresh. */
  refresh?: boolean;
}

export interface PatientLinkInfo {
  kind: 'id' | 'mrn';
  value: string;
  /** Linked by a line in the note, or by the "Link Note to Patient" command. */
  source: 'note' | 'command';
}

export interface PatientContextResult {
  link?: PatientLinkInfo;
  context?: PatientContext;
  error?: string;
}

export const PatientContextRequest = new RequestType<PatientContextParams, PatientContextResult, void>('clinote/patientContext');

export interface SearchPatientsParams {
  query: string;
}

export interface SearchPatientsResult {
  patients: PatientSummary[];
  error?: string;
}

export const SearchPatientsRequest = new RequestType<SearchPatientsParams, SearchPatientsResult, void>('clinote/searchPatients');

export interface LinkPatientParams {
  uri: string;
  /** FHIR Patient id, or null to remove a link made by command. */
  patientId: string | null;
}

export const LinkPatientNotification = new NotificationType<LinkPatientParams>('clinote/linkPatient');

/** The patient context of a note arrived, changed or failed: panels and the status bar update. */
export interface PatientContextChangedParams {
  uri: string;
}

export const PatientContextChangedNotification = new NotificationType<PatientContextChangedParams>('clinote/patientContextChanged');

/** Commands the hover and code lenses link to; implemented by the client. */
export const INSERT_CODE_COMMAND = 'clinote.insertCode';
export const COPY_CODE_COMMAND = 'clinote.copyCode';
export const SHOW_CODES_COMMAND = 'clinote.showCodes';

/** For diagnostics of Clinote itself (status, crash-recovery tests, benchmarks): never includes note content. */
export interface ServerStatusResult {
  pid: number;
  uptimeMs: number;
  openDocuments: number;
  rssBytes: number;
}

export const ServerStatusRequest = new RequestType0<ServerStatusResult, void>('clinote/status');
