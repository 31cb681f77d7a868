import * as vscode from 'vscode';
import { DEFAULT_SETTINGS as D } from '../../server/src/protocol';

/**
 * Reads the raw `clinote` section for the server, which validates every value; defaults come from the protocol file. `embeddedFhirUrl` stands in
 * for an empty `clinote.fhir.serverUrl`, so the offline default needs no configuration.
 */
export function readClinoteSection(scope: vscode.Uri | undefined, embeddedFhirUrl: string | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('clinote', scope);
  const configuredFhir = config.get<string>('fhir.serverUrl', '').trim();
  return {
    additionalLanguages: config.get<string[]>('additionalLanguages', D.additionalLanguages),
    phi: {
      enabled: config.get<boolean>('phi.enabled', D.phi.enabled),
      profile: config.get<string>('phi.profile', D.phi.profile),
      allAges: config.get<boolean>('phi.allAges', D.phi.allAges),
      years: config.get<boolean>('phi.years', D.phi.years),
      severity: config.get<Record<string, string>>('phi.severity', D.phi.severity),
      allowList: config.get<string[]>('phi.allowList', D.phi.allowList),
      maxDocumentLength: config.get<number>('phi.maxDocumentLength', D.phi.maxDocumentLength),
    },
    deid: { defaultMode: config.get<string>('deid.defaultMode', D.deid.defaultMode) },
    icd: {
      display: config.get<string>('icd.display', D.icd.display),
      codeTablePath: config.get<string>('icd.codeTablePath', D.icd.codeTablePath),
      top: config.get<number>('icd.top', D.icd.top),
    },
    fhir: {
      serverUrl: configuredFhir || embeddedFhirUrl || '',
      timeoutMs: config.get<number>('fhir.timeoutMs', D.fhir.timeoutMs),
    },
    llm: {
      enabled: config.get<boolean>('llm.enabled', D.llm.enabled) && vscode.workspace.isTrusted,
      baseUrl: config.get<string>('llm.baseUrl', D.llm.baseUrl),
      model: config.get<string>('llm.model', D.llm.model),
      allowPhi: config.get<boolean>('llm.allowPhi', D.llm.allowPhi),
      timeoutMs: config.get<number>('llm.timeoutMs', D.llm.timeoutMs),
    },
  };
}

export function analysedLanguages(): string[] {
  const extra = vscode.workspace.getConfiguration('clinote').get<string[]>('additionalLanguages', []);
  return ['clinical-note', ...extra.filter((id) => typeof id === 'string' && id !== 'clinical-note')];
}
