/**
 * Invisible format characters (zero-width spaces and joiners, BOM, soft hyphen, bidirectional marks)
 * can sit inside a name and break every pattern. Detection runs on a copy without them; offsets are
 * mapped back so findings still point into the caller's text.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export interface NormalisedText {
  text: string;
  /** Maps an offset in `text` (0..text.length) to the original text; identity when nothing was removed. */
  toOriginal(offset: number): number;
}

export function normaliseText(original: string): NormalisedText {
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) {
    return { text: asciiSpaces(original), toOriginal: (offset) => offset };
  }
  const kept: string[] = [];
  // originalOffsets[i] is where the i-th kept character sits in the original text.
  const originalOffsets = new Uint32Array(original.length + 1);
  let keptLength = 0;
  let runStart = 0;
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(original); match; match = INVISIBLE.exec(original)) {
    keptLength = copyRun(original, runStart, match.index, kept, originalOffsets, keptLength);
    runStart = match.index + match[0].length;
  }
  keptLength = copyRun(original, runStart, original.length, kept, originalOffsets, keptLength);
  originalOffsets[keptLength] = original.length;
  const text = asciiSpaces(kept.join(''));
  return {
    text,
    toOriginal: (offset) => originalOffsets[offset],
  };
}

function copyRun(original: string, from: number, to: number, kept: string[], offsets: Uint32Array, keptLength: number): number {
  if (to <= from) return keptLength;
  kept.push(original.slice(from, to));
  for (let i = from; i < to; i++) offsets[keptLength++] = i;
  return keptLength;
}

/** No-break and other wide spaces become plain spaces (same length, so offsets are unchanged). */
function asciiSpaces(text: string): string {
  return text.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}
