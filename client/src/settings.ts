import * as vscode from 'vscode';

/** Reads the raw `clinote` section; the server validates each value, so this only shapes it. */
export function readClinoteSection(scope?: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('clinote', scope);
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
    deid: {
      defaultMode: config.get<string>('deid.defaultMode', 'surrogate'),
    },
  };
}

export function analysedLanguages(): string[] {
  const extra = vscode.workspace.getConfiguration('clinote').get<string[]>('additionalLanguages', []);
  return ['clinical-note', ...extra.filter((id) => typeof id === 'string' && id !== 'clinical-note')];
}
