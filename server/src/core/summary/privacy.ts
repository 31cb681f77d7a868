import { matchesOf } from '../matches';
import { type CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { applyReplacements, detectPhi, deidentify, type PhiFinding, type PhiOptions, type Replacement } from '../phi';
import { endpointOrigin, isLoopbackUrl } from '../endpoints';
import { residualFindings } from './residual';

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
 *
 * Unlike the editor, which must keep false alarms rare, this gate favours recall: the detector runs with
 * every age, lone years and all categories whatever the editor profile, and a residual scrubber masks what
 * could still be a name, place or number. Only the user's "Not PHI" list and known identifiers are kept.
 */
export function gateNote(text: string, options: { allowPhi?: boolean; key?: string | Buffer; phi?: PhiOptions }, token: CancellationToken = neverCancelled): GatedText {
  if (options.allowPhi) return { text, replacements: [] };
  const phi: PhiOptions = { allowList: options.phi?.allowList, known: options.phi?.known, profile: 'extended', allAges: true, years: true };
  const findings = detectPhi(text, phi, token);
  throwIfCancelled(token);
  const allowed = new Set((phi.allowList ?? []).map((a) => a.toLowerCase()));
  const residual = residualFindings(text).filter((f) => !allowed.has(f.text.toLowerCase()));
  throwIfCancelled(token);
  const masked = [...findings, ...residual];
  const deidentified = deidentify(text, [...masked, ...otherOccurrencesOfNames(text, masked)], { mode: 'surrogate', key: options.key });
  const replacements = unambiguous(text, deidentified.replacements);
  return { text: applyReplacements(text, replacements), replacements };
}

/**
 * A name masked in one place is masked wherever else it is written with a capital ("DAUGHTER HARMONY … HARMONY
 * LYME VISITED"), the way the editor carries names across a note; a lower-case word in mixed-case text stays.
 */
function otherOccurrencesOfNames(text: string, findings: readonly PhiFinding[]): PhiFinding[] {
  const names = new Set<string>();
  for (const f of findings) {
    if (f.category !== 'NAME') continue;
    for (const word of f.text.match(/\p{L}[\p{L}'’-]{2,}/gu) ?? []) names.add(word.replace(/['’]s$/i, '').toUpperCase());
  }
  if (names.size === 0) return [];
  const masked = new Uint8Array(text.length);
  for (const f of findings) masked.fill(1, f.start, f.end);
  const covered = (start: number, end: number) => masked.subarray(start, end).includes(1);
  const extra: PhiFinding[] = [];
  for (const m of matchesOf(/\p{L}[\p{L}'’-]{2,}/gu, text)) {
    const word = m[0].replace(/['’]s$/i, '');
    if (!/^\p{Lu}/u.test(word) || !names.has(word.toUpperCase())) continue;
    const start = m.index!;
    const end = start + word.length;
    if (covered(start, end)) continue;
    extra.push({ start, end, text: word, category: 'NAME', subtype: 'NAME', confidence: 0.5, reason: 'name masked elsewhere in the note' });
  }
  return extra;
}

const TAG_WORDS: Record<Replacement['category'], string> = { NAME: 'name', PROFESSION: 'job', LOCATION: 'place', AGE: 'age', DATE: 'date', CONTACT: 'contact', ID: 'id' };

/**
 * Mapping an answer back needs one original per replacement, and a replacement must not repeat what it
 * hides ("90+" for "90", "[AGE]" for every age); those become numbered tags, the same for the same original.
 */
function unambiguous(text: string, replacements: readonly Replacement[]): Replacement[] {
  // Pieces of what was hidden must not reappear inside a surrogate by chance ("86090" after hiding "90").
  const pieces = new Set(replacements.flatMap((r) => [r.original.trim(), ...(r.original.match(/[\p{L}\p{N}]{2,}/gu) ?? [])]).filter((p) => p.length >= 2));
  const folded = new Set([...pieces].filter((p) => p.length >= 3).map((p) => p.toLowerCase()));
  // Substrings of the (short) replacement are looked up, so long notes with many findings stay linear.
  const reveals = (replacement: string): boolean => {
    const lower = replacement.toLowerCase();
    for (let i = 0; i < replacement.length; i++) {
      for (let j = i + 2; j <= Math.min(replacement.length, i + 64); j++) {
        if (pieces.has(replacement.slice(i, j)) || folded.has(lower.slice(i, j))) return true;
      }
    }
    return false;
  };
  const words = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  const owner = new Map<string, string>();
  const tags = new Map<string, string>();
  const counts = new Map<string, number>();
  return replacements.map((r) => {
    const holder = owner.get(r.replacement);
    // Upper-case tags ("[LOCATION]") would spell out state codes such as "CA" or "ID" themselves.
    // A surrogate that is also a word of the note ("L" for an initial, beside "L AC") could not be mapped back alone.
    const repeats = reveals(r.replacement) || /^\[[A-Z_]+\]$/.test(r.replacement) || r.replacement.trim().length <= 2 || occursIn(text, words, r.replacement);
    if (!repeats && (holder === undefined || holder === r.original)) {
      owner.set(r.replacement, r.original);
      return r;
    }
    let tag = tags.get(r.original);
    if (tag === undefined) {
      const n = (counts.get(r.category) ?? 0) + 1;
      counts.set(r.category, n);
      tag = `[${TAG_WORDS[r.category]}-${n}]`;
      tags.set(r.original, tag);
    }
    return { ...r, replacement: tag };
  });
}

function occursIn(text: string, words: ReadonlySet<string>, word: string): boolean {
  if (/^[\p{L}\p{N}]+$/u.test(word)) return words.has(word);
  if (!text.includes(word)) return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Puts the originals back where the model repeated a surrogate, and nothing else. A surrogate must stand
 * alone where it begins or ends with a letter or digit ("HALE" is not inside "INHALER"); a tag or "90+" has its
 * own edge, so "[age-1]yo" still maps back.
 */
export function restoreOriginals(text: string, replacements: readonly Replacement[]): string {
  const byReplacement = new Map<string, string>();
  for (const r of replacements) if (r.replacement.length > 0 && !byReplacement.has(r.replacement)) byReplacement.set(r.replacement, r.original);
  if (byReplacement.size === 0) return text;
  const alternatives = [...byReplacement.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => {
      const escaped = s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const before = /^[\p{L}\p{N}]/u.test(s) ? '(?<![\\p{L}\\p{N}])' : '';
      const after = /[\p{L}\p{N}]$/u.test(s) ? '(?![\\p{L}\\p{N}])' : '';
      return `${before}${escaped}${after}`;
    });
  const pattern = new RegExp(alternatives.join('|'), 'gu');
  return text.replace(pattern, (match) => byReplacement.get(match) ?? match);
}
