import { randomBytes } from 'node:crypto';
import { PhiAnalyzer } from './analysis';
import { SurrogateGenerator } from './core/phi/surrogate';
import { NAME_TITLES } from './core/phi/surrogate-lists';
import type { KnownIdentifiers } from './core/phi/types';
import type { PatientContext } from './core/fhir/context';
import { contextToKnownIdentifiers } from './core/fhir/known-identifiers';
import { SettingsCache } from './settings';
import type { AppliedSurrogate } from './protocol';

/** State the handlers share; one per connection. */
export class ServerContext {
  readonly analyzer = new PhiAnalyzer();
  private surrogateKey: Buffer = randomBytes(32);
  private readonly surrogates = new Map<string, SurrogateGenerator>();
  private readonly known = new Map<string, KnownIdentifiers>();
  private readonly applied = new Map<string, AppliedSurrogates>();
  private readonly patients = new Map<string, PatientContext>();

  /** False in an untrusted workspace: nothing is sent over the network then. */
  workspaceTrusted = true;

  constructor(readonly settings: SettingsCache) {}

  get surrogateSecret(): Buffer {
    return this.surrogateKey;
  }

  setSurrogateKey(hex: string | undefined): void {
    if (hex && /^[0-9a-f]{32,}$/i.test(hex)) {
      this.surrogateKey = Buffer.from(hex, 'hex');
      this.surrogates.clear();
    }
  }

  /** One generator per document: its date shift is derived from the document's URI. */
  surrogatesFor(uri: string): SurrogateGenerator {
    let generator = this.surrogates.get(uri);
    if (!generator) {
      generator = new SurrogateGenerator(this.surrogateKey, uri);
      this.surrogates.set(uri, generator);
    }
    return generator;
  }

  appliedSurrogates(uri: string): AppliedSurrogates {
    let applied = this.applied.get(uri);
    if (!applied) {
      applied = new AppliedSurrogates();
      this.applied.set(uri, applied);
    }
    return applied;
  }

  knownIdentifiers(uri: string): KnownIdentifiers | undefined {
    return this.known.get(uri);
  }

  patientContext(uri: string): PatientContext | undefined {
    return this.patients.get(uri);
  }

  /** The linked patient's chart feeds the engines: their identifiers are PHI for certain, their codes rank higher. */
  setPatientContext(uri: string, context: PatientContext | undefined): void {
    if (context) {
      this.patients.set(uri, context);
      this.known.set(uri, contextToKnownIdentifiers(context));
    } else {
      this.patients.delete(uri);
      this.known.delete(uri);
    }
  }

  /** ICD-10-CM codes of the linked patient's active conditions, dotted. */
  conditionCodes(uri: string): string[] {
    const context = this.patients.get(uri);
    if (!context) return [];
    const codes = new Set<string>();
    for (const condition of context.conditions) {
      for (const item of condition.codes) {
        if (item.code && item.system && /icd-?10/i.test(item.system)) codes.add(item.code.toUpperCase());
      }
    }
    return [...codes];
  }

  forget(uri: string): void {
    this.analyzer.forget(uri);
    this.surrogates.delete(uri);
    this.applied.delete(uri);
    this.patients.delete(uri);
    this.known.delete(uri);
    this.settings.forget(uri);
  }
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Bounded: a document cannot grow the set without limit. */
const MAX_APPLIED = 20_000;

/**
 * Surrogates the user actually applied to a document (recorded by the command that runs after a fix, never
 * when a fix is merely offered), so Clinote does not flag its own replacements again. Name words are
 * remembered one by one, because after a replacement the detector may cut a surrogate name differently
 * ("Mrs. Bellweather"); anything else must match whole.
 */
export class AppliedSurrogates {
  private readonly texts = new Set<string>();
  private readonly nameWords = new Set<string>();
  /** Changes whenever something is added, so cached diagnostics know to rebuild. */
  revision = 0;

  add(surrogate: AppliedSurrogate): void {
    if (this.texts.size >= MAX_APPLIED) return;
    this.revision++;
    this.texts.add(surrogate.text);
    if (surrogate.category === 'NAME') {
      for (const word of surrogate.text.match(WORD) ?? []) if (!/\d/.test(word) && !NAME_TITLES.has(word.toLowerCase())) this.nameWords.add(word.toLowerCase());
    }
  }

  has(text: string, category: string): boolean {
    if (this.texts.has(text)) return true;
    if (category !== 'NAME' || /\d/.test(text)) return false;
    const words = (text.match(WORD) ?? []).filter((w) => !NAME_TITLES.has(w.toLowerCase()) && w.toLowerCase() !== 's');
    return words.length > 0 && words.every((w) => this.nameWords.has(w.toLowerCase()));
  }
}

/** Names the kind of error and where it happened, never its message: messages can quote note text. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const frames = (error.stack ?? '').split('\n').slice(1, 4).map((line) => line.trim());
  return [error.name, ...frames].join(' | ');
}
