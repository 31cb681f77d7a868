import { requiredLiterals } from './requiredLiterals';

/**
 * Every match of a global pattern in `text`, in order, as `String.prototype.matchAll` yields them.
 *
 * `matchAll` constructs a copy of its pattern on every call; for the detector's long keyword alternations that
 * copy cost more than scanning a short note. This runs the pattern itself, one match at a time (a note of ten
 * megabytes may hold millions), keeping its place in a local variable so the caller may run the same pattern again
 * while it walks the matches; `lastIndex` is left at 0.
 */
export function matchesOf(pattern: RegExp, text: string): IterableIterator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern');
  return mayMatch(pattern, text) ? new Matches(pattern, text) : NO_MATCHES[Symbol.iterator]();
}

const NO_MATCHES: readonly RegExpExecArray[] = [];

/** A plain iterator rather than a generator: this runs for every expression on every note, and is cheaper so. */
class Matches implements IterableIterator<RegExpExecArray> {
  private from = 0;
  private done = false;

  constructor(private readonly pattern: RegExp, private readonly text: string) {}

  [Symbol.iterator](): IterableIterator<RegExpExecArray> {
    return this;
  }

  next(): IteratorResult<RegExpExecArray> {
    if (this.done) return { done: true, value: undefined };
    const pattern = this.pattern;
    pattern.lastIndex = this.from;
    const match = pattern.exec(this.text);
    this.from = pattern.lastIndex;
    pattern.lastIndex = 0;
    if (!match) {
      this.done = true;
      return { done: true, value: undefined };
    }
    if (match[0] === '') this.from = nextIndex(this.text, this.from, pattern.unicode);
    return { done: false, value: match };
  }
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Matches of `pattern` on the lines where `keyword` occurs: a long expression then runs on a few lines
 * instead of the whole note. Only for patterns that never cross a line end and whose every match holds
 * `keyword`; then the result is the same as scanning the whole text.
 */
export function* matchesOnLinesWith(text: string, keyword: RegExp, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  let from = 0;
  for (;;) {
    keyword.lastIndex = from;
    const k = keyword.exec(text);
    from = keyword.lastIndex;
    keyword.lastIndex = 0;
    if (!k) return;
    // Later keywords on the same line add nothing; the keyword search goes on after the line end.
    from = Math.max(from, nextLineEnd(text, k.index));
    yield* matchesOnLine(text, k.index, pattern);
  }
}

/** Matches of `pattern` on the lines holding the given positions (ascending), each line searched once. */
export function* matchesOnLinesAt(text: string, positions: Iterable<number>, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  let doneUntil = -1;
  for (const position of positions) {
    if (position < doneUntil) continue;
    doneUntil = nextLineEnd(text, position);
    yield* matchesOnLine(text, position, pattern);
  }
}

function* matchesOnLine(text: string, position: number, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  const lineStart = lineStartAt(text, position);
  for (const m of matchesOf(pattern, text.slice(lineStart, nextLineEnd(text, position)))) {
    m.index += lineStart;
    yield m;
  }
}

/**
 * Start of the line holding `offset`. Scans back to the nearest line break only: `lastIndexOf('\r')` would scan to the
 * start of every note without CR, once per hit, which made long notes quadratic.
 */
export function lineStartAt(text: string, offset: number, floor = 0): number {
  let start = offset;
  while (start > Math.max(0, floor) && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return start;
}

export function nextLineEnd(text: string, from: number, ceiling = Infinity): number {
  let lineEnd = from;
  while (lineEnd < text.length && lineEnd < ceiling && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return lineEnd;
}

let lastText: string | undefined;
let lastLower = '';

/**
 * `text` in lower case, kept for the last text asked about: the detector's passes each test a note for a few rare
 * words before running an expression over it, and `includes` on one lower-case copy is far cheaper than a
 * case-blind expression tried at every position.
 */
export function lowerCaseOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

/** Whether `lowerText` holds any of `words` (all lower case): the cheap test before a rule's expressions run. */
export function holdsAny(lowerText: string, words: readonly string[]): boolean {
  const list = gatingEnabled && lowerText === lastLower ? wordListOf(words) : undefined;
  const present = list && presentLiterals(lowerText);
  if (!list || !present) {
    for (const word of words) if (lowerText.includes(word)) return true;
    return false;
  }
  const { ids, shortWords } = list;
  for (const id of ids) if (present[id] === 1) return true;
  for (const word of shortWords) if (lowerText.includes(word)) return true;
  return false;
}

/** A word list as literal ids, and the words too short (or not ASCII) to be looked up that way. */
const wordLists = new WeakMap<readonly string[], { ids: Int32Array; shortWords: string[] }>();

function wordListOf(words: readonly string[]): { ids: Int32Array; shortWords: string[] } {
  let list = wordLists.get(words);
  if (!list) {
    const lookedUp = words.filter((w) => w.length >= 3 && /^[\x00-\x7f]*$/.test(w));
    list = { ids: Int32Array.from(lookedUp, registerLiteral), shortWords: words.filter((w) => !lookedUp.includes(w)) };
    wordLists.set(words, list);
  }
  return list;
}

/**
 * Whether `pattern` may match somewhere in `text`: false only when the text holds none of the literals one of which
 * every match must contain (see requiredLiterals). Most of the detector's expressions find nothing in most notes, and
 * each still reads the whole note; one pass over the note for all their literals together is far cheaper. Only the
 * text last lowered by lowerCaseOf (the note the detector is reading) is tested; any other text may match.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (!gatingEnabled || text !== lastText || text.length < MIN_GATED_LENGTH) return true;
  const literals = literalIdsOf(pattern);
  if (literals === undefined) return true;
  const present = presentLiterals(lastLower);
  if (present === undefined) return true;
  for (const id of literals) if (present[id] === 1) return true;
  return false;
}

/** Below this a text is read faster by the expression itself than by looking for its literals first. */
const MIN_GATED_LENGTH = 48;

let gatingEnabled = true;

/** Turns the literal test off, so a test can compare what the expressions find with and without it. */
export function setLiteralGating(enabled: boolean): void {
  gatingEnabled = enabled;
}

const literalIds = new Map<string, number>();
const literalTexts: string[] = [];
const idsOfPattern = new WeakMap<RegExp, Int32Array | null>();
/** Literals by their first three characters: `trigramKey` → ids. */
const literalsByTrigram = new Map<number, number[]>();
/** One bit a trigram key: whether any literal begins with it, tested before the map is read. */
const trigramStarts = new Uint32Array((1 << 21) / 32);

function trigramKey(a: number, b: number, c: number): number {
  return (a << 14) | (b << 7) | c;
}

function literalIdsOf(pattern: RegExp): Int32Array | undefined {
  let ids = idsOfPattern.get(pattern);
  if (ids === undefined) {
    const literals = requiredLiterals(pattern);
    ids = literals ? Int32Array.from(literals, registerLiteral) : null;
    idsOfPattern.set(pattern, ids);
  }
  return ids ?? undefined;
}

function registerLiteral(literal: string): number {
  let id = literalIds.get(literal);
  if (id !== undefined) return id;
  id = literalTexts.length;
  literalIds.set(literal, id);
  literalTexts.push(literal);
  const key = trigramKey(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
  trigramStarts[key >>> 5] |= 1 << (key & 31);
  const bucket = literalsByTrigram.get(key);
  if (bucket) bucket.push(id);
  else literalsByTrigram.set(key, [id]);
  return id;
}

let presentFor: string | undefined;
let presentIn: Uint8Array | undefined;
/** Number of literals known when `presentIn` was worked out: a literal registered since was not looked for. */
let presentCount = 0;

/**
 * For each literal, whether the lower-case text holds it (1), kept for the last text asked about; `undefined` when the
 * text holds a character whose case folding an expression may read as an ASCII letter while lower-casing does not
 * ('ſ' is an 's' to a case-blind Unicode expression).
 */
function presentLiterals(lower: string): Uint8Array | undefined {
  if (lower === presentFor && presentCount === literalTexts.length) return presentIn;
  presentFor = lower;
  presentCount = literalTexts.length;
  presentIn = undefined;
  if (lower.includes('\u017f')) return undefined;
  const present = new Uint8Array(literalTexts.length);
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let i = 2; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (a < 128 && b < 128 && c < 128) {
      const key = trigramKey(a, b, c);
      if (trigramStarts[key >>> 5] & (1 << (key & 31))) {
        for (const id of literalsByTrigram.get(key)!) if (present[id] === 0 && lower.startsWith(literalTexts[id], i - 2)) present[id] = 1;
      }
    }
    a = b;
    b = c;
  }
  presentIn = present;
  return present;
}
