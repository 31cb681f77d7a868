import * as vscode from 'vscode';

/**
 * Reads the raw `clinote` section for the server, which validates every value. `embeddedFhirUrl` stands in
 * for an empty `clinote.fhir.serverUrl`, so the offline default needs no configuration.
 */
export function readClinoteSection(scope: vscode.Uri | undefined, embeddedFhirUrl: string | undefined): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('clinote', scope);
  const configuredFhir = config.get<string>('fhir.serverUrl', '').trim();
  return {
    additionalLanguages: config.get<string[]>('additionalLanguages', []),
    phi: {
      enabled: config.get<boolean>('phi.enabled', true),
      profile: config.get<string>('phi.profile', 'standard'),
      allAges: config.get<boolean>('phi.allAges', false),
      years: config.get<boolean>('phi.years', false),
      severity: config.get<Record<string, string>>('phi.severity', {}),
      allowList: config.get<string[]>('phi.allowList', []),
      maxDocumentLength: config.get<number>('phi.maxDocumentLength', 2_000_000),
    },
    deid: { defaultMode: config.get<string>('deid.defaultMode', 'surrogate') },
    icd: {
      display: config.get<string>('icd.display', 'codeLens'),
      codeTablePath: config.get<string>('icd.codeTablePath', ''),
      top: config.get<number>('icd.top', 10),
    },
    fhir: {
      serverUrl: configuredFhir || embeddedFhirUrl || '',
      timeoutMs: config.get<number>('fhir.timeoutMs', 10_000),
    },
    llm: {
      enabled: config.get<boolean>('llm.enabled', false) && vscode.workspace.isTrusted,
      baseUrl: config.get<string>('llm.baseUrl', 'http://127.0.0.1:8080/v1'),
      model: config.get<string>('llm.model', 'local-model'),
      allowPhi: config.get<boolean>('llm.allowPhi', false),
      timeoutMs: config.get<number>('llm.timeoutMs', 60_000),
    },
  };
}

export function analysedLanguages(): string[] {
  const extra = vscode.workspace.getConfiguration('clinote').get<string[]>('additionalLanguages', []);
  return ['clinical-note', ...extra.filter((id) => typeof id === 'string' && id !== 'clinical-note')];
}
