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
  return new Matches(pattern, text);
}

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
  let lineStart = position;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  for (const m of matchesOf(pattern, text.slice(lineStart, nextLineEnd(text, position)))) {
    m.index += lineStart;
    yield m;
  }
}

export function nextLineEnd(text: string, from: number): number {
  let lineEnd = from;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
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
  for (const word of words) if (lowerText.includes(word)) return true;
  return false;
}
