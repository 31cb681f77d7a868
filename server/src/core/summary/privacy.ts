import { type CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { detectPhi, deidentify, reidentify, type PhiOptions, type Replacement } from '../phi';
import { endpointOrigin, isLoopbackUrl } from '../endpoints';

export { endpointOrigin, isLoopbackUrl };


/** Whether notes may go to `baseUrl`: loopback always, anything else only when its origin was confirmed. */
export function isEndpointAllowed(baseUrl: string, confirmedEndpoints: readonly string[] = []): boolean {
  if (isLoopbackUrl(baseUrl)) return true;
  const origin = endpointOrigin(baseUrl);
  return origin !== undefined && confirmedEndpoints.some((confirmed) => endpointOrigin(confirmed) === origin);
}

export interface GatedText {
  /** What may leave the machine. */
  text: string;
  /** Original ↔ surrogate pairs; kept in memory only, to map the answer back. */
  replacements: Replacement[];
}

/**
 * De-identifies a note with consistent surrogates (the same original always gets the same surrogate under
 * one `key`), unless the user allowed PHI to be sent.
 */
export function gateNote(text: string, options: { allowPhi?: boolean; key?: string | Buffer; phi?: PhiOptions }, token: CancellationToken = neverCancelled): GatedText {
  if (options.allowPhi) return { text, replacements: [] };
  const findings = detectPhi(text, options.phi ?? {}, token);
  throwIfCancelled(token);
  return deidentify(text, findings, { mode: 'surrogate', key: options.key });
}

/** Puts the originals back where the model repeated a surrogate. */
export function restoreOriginals(text: string, replacements: readonly Replacement[]): string {
  return replacements.length === 0 ? text : reidentify(text, replacements);
}
