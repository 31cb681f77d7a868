import type { Connection } from 'vscode-languageserver';
import { ClinoteSettings, DEFAULT_SETTINGS } from './protocol';
import { PHI_CATEGORIES } from './core/phi/types';
import { DEID_MODES } from './core/phi/deid';

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const PROFILES = new Set(['standard', 'safeHarbor', 'extended']);

/**
 * Settings per document, read through `workspace/configuration` and cached until the client says they
 * changed. Whatever the client sends is validated here too, so a hand-edited settings.json cannot break
 * the server.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<ClinoteSettings>>();
  private supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  enableConfigurationRequests(): void {
    this.supportsConfiguration = true;
  }

  get(uri: string): Promise<ClinoteSettings> {
    if (!this.supportsConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'clinote' })
        .then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length > 0) : [];
}

export function normalizeSettings(raw: unknown): ClinoteSettings {
  const root = record(raw);
  const phi = record(root.phi);
  const deid = record(root.deid);
  const defaults = DEFAULT_SETTINGS;
  const severity: ClinoteSettings['phi']['severity'] = {};
  for (const [category, value] of Object.entries(record(phi.severity))) {
    if ((PHI_CATEGORIES as readonly string[]).includes(category) && typeof value === 'string' && SEVERITIES.has(value)) {
      severity[category as keyof typeof severity] = value as ClinoteSettings['phi']['severity'][keyof typeof severity];
    }
  }
  const maxLength = phi.maxDocumentLength;
  const icd = record(root.icd);
  const fhir = record(root.fhir);
  const llm = record(root.llm);
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value.trim() : fallback);
  const whole = (value: unknown, fallback: number, min: number, max: number) =>
    typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;
  const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);
  return {
    additionalLanguages: stringArray(root.additionalLanguages),
    phi: {
      enabled: typeof phi.enabled === 'boolean' ? phi.enabled : defaults.phi.enabled,
      profile: typeof phi.profile === 'string' && PROFILES.has(phi.profile) ? (phi.profile as ClinoteSettings['phi']['profile']) : defaults.phi.profile,
      allAges: typeof phi.allAges === 'boolean' ? phi.allAges : defaults.phi.allAges,
      years: typeof phi.years === 'boolean' ? phi.years : defaults.phi.years,
      severity,
      allowList: stringArray(phi.allowList),
      maxDocumentLength:
        typeof maxLength === 'number' && Number.isFinite(maxLength) && maxLength >= 1000 ? Math.floor(maxLength) : defaults.phi.maxDocumentLength,
    },
    deid: {
      defaultMode: typeof deid.defaultMode === 'string' && (DEID_MODES as readonly string[]).includes(deid.defaultMode)
        ? (deid.defaultMode as ClinoteSettings['deid']['defaultMode'])
        : defaults.deid.defaultMode,
    },
    icd: {
      display: icd.display === 'inlayHint' || icd.display === 'off' || icd.display === 'codeLens' ? icd.display : defaults.icd.display,
      codeTablePath: text(icd.codeTablePath, defaults.icd.codeTablePath),
      top: whole(icd.top, defaults.icd.top, 1, 100),
    },
    fhir: {
      serverUrl: text(fhir.serverUrl, defaults.fhir.serverUrl),
      timeoutMs: whole(fhir.timeoutMs, defaults.fhir.timeoutMs, 500, 120_000),
    },
    llm: {
      enabled: flag(llm.enabled, defaults.llm.enabled),
      baseUrl: text(llm.baseUrl, defaults.llm.baseUrl) || defaults.llm.baseUrl,
      model: text(llm.model, defaults.llm.model) || defaults.llm.model,
      allowPhi: flag(llm.allowPhi, defaults.llm.allowPhi),
      timeoutMs: whole(llm.timeoutMs, defaults.llm.timeoutMs, 1_000, 600_000),
    },
  };
}
