import { CancellationToken, neverCancelled } from '../cancellation';
import type { FhirClient } from './client';
import { fetchPatientContext, PatientContext } from './context';

export interface PatientContextCacheOptions {
  /** How long a fetched context is served without asking the server again; default 5 minutes. */
  ttlMs?: number;
  /** Most patients kept; the least recently fetched goes first. Default 50. */
  maxPatients?: number;
  /** Clock in ms, for tests. */
  now?: () => number;
}

interface Entry {
  context: PatientContext;
  fetchedAt: number;
}

/** Patient contexts per server and patient id, so re-opening or re-analysing a note does not refetch. */
export class PatientContextCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxPatients: number;
  private readonly now: () => number;

  constructor(options: PatientContextCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
    this.maxPatients = options.maxPatients ?? 50;
    this.now = options.now ?? Date.now;
  }

  private static key(client: FhirClient, patientId: string): string {
    return `${client.baseUrl}\n${patientId}`;
  }

  /** The cached context while fresh, else a newly fetched one. */
  async get(client: FhirClient, patientId: string, token: CancellationToken = neverCancelled): Promise<PatientContext> {
    const entry = this.entries.get(PatientContextCache.key(client, patientId));
    if (entry && this.now() - entry.fetchedAt < this.ttlMs) return entry.context;
    return this.refresh(client, patientId, token);
  }

  /** The cached context, fresh or not, without fetching; undefined when none. */
  peek(client: FhirClient, patientId: string): PatientContext | undefined {
    return this.entries.get(PatientContextCache.key(client, patientId))?.context;
  }

  /** Fetches now and replaces the cached context; a failed fetch leaves the old one in place. */
  async refresh(client: FhirClient, patientId: string, token: CancellationToken = neverCancelled): Promise<PatientContext> {
    const context = await fetchPatientContext(client, patientId, token);
    const key = PatientContextCache.key(client, patientId);
    this.entries.delete(key);
    this.entries.set(key, { context, fetchedAt: this.now() });
    while (this.entries.size > this.maxPatients) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return context;
  }

  /** Forgets one patient, or everything (e.g. when the server settings change). */
  invalidate(client?: FhirClient, patientId?: string): void {
    if (client && patientId) this.entries.delete(PatientContextCache.key(client, patientId));
    else this.entries.clear();
  }
}
