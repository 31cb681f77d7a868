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

/**
 * No-break and other wide spaces become plain spaces, and every other character beyond Latin-1 a Latin-1 stand-in of
 * the same length (so offsets are unchanged): typographic quotes and dashes their ASCII forms, a letter its base letter
 * (č → c, Ł → L) or x, anything else '?'. V8 compiles each regular expression separately for one-byte and two-byte
 * strings; one 'č' or '’' in a note made the detector's expressions compile a second time, megabytes of machine code
 * in the language server. Findings still quote the caller's text.
 */
function asciiSpaces(text: string): string {
  const spaced = text.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
  const latin1 = BEYOND_LATIN1.test(spaced) ? spaced.replace(BEYOND_LATIN1_ALL, latin1StandIn) : spaced;
  // V8 keeps what replace() or slice() makes of a two-byte string two-byte, though every character now fits in one
  // (a chunk of a note with a 'č' elsewhere is one too); a copy through Latin-1 bytes is stored one byte a character.
  return Buffer.from(latin1, 'latin1').toString('latin1');
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const BEYOND_LATIN1_ALL = /[^\u0000-\u00ff]/g;
const STAND_INS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.', '\u2022': '*', '\u2192': '>', '\u2265': '>', '\u2264': '<',
  '\u0142': 'l', '\u0141': 'L', '\u0111': 'd', '\u0110': 'D', '\u0131': 'i', '\u0153': 'o', '\u0152': 'O',
};

function latin1StandIn(c: string): string {
  const known = STAND_INS[c];
  if (known) return known;
  const base = c.normalize('NFD')[0];
  if (base.charCodeAt(0) <= 0xff) return base;
  if (/\p{L}/u.test(c)) return c === c.toLowerCase() ? 'x' : 'X';
  return '?';
}
