/**
 * Everything the client and the server say to each other beyond standard LSP: the one source of truth for
 * both sides. Types only (plus method names), so importing it pulls no server code into the client.
 */
import { NotificationType, RequestType, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { PhiCategory } from './core/phi/types';
import type { DeidMode } from './core/phi/deid';

export const LANGUAGE_ID = 'clinical-note';
export const DIAGNOSTIC_SOURCE = 'clinote';
export const FIX_ALL_KIND = 'source.fixAll.clinote';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** The `clinote` configuration section as the server sees it; the client resolves and validates it. */
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
};

export interface ClinoteInitializationOptions {
  /** Per-workspace secret (hex) from SecretStorage that keys surrogates. */
  surrogateKey?: string;
}

/** Fix candidates carried by each PHI diagnostic (`diagnostic.data`). */
export interface PhiDiagnosticData {
  /** Document version the finding was computed on; fixes for any other version are refused. */
  version: number;
  category: PhiCategory;
  subtype: string;
  confidence: number;
  /** The flagged text, to check the range still holds it before fixing. */
  text: string;
  fixes: Record<DeidMode, string>;
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
}

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
