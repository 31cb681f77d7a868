/**
 * Line bookkeeping shared by the note parsers. Notes arrive with LF, CRLF or lone CR line breaks
 * (pasted from EHRs and old Mac exports), and every consumer must agree on where lines start.
 */
export interface LineIndex {
  /** UTF-16 offset of each line's first character; always starts with 0. */
  readonly starts: readonly number[];
  readonly textLength: number;
}

/**
 * Both `indexOf` searches are cached until passed, so a text with only one kind of line break is
 * still scanned once instead of once per line.
 */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  let position = 0;
  while (nextLf !== -1 || nextCr !== -1) {
    let breakAt: number;
    let breakLength: number;
    if (nextCr !== -1 && (nextLf === -1 || nextCr < nextLf)) {
      breakAt = nextCr;
      breakLength = nextLf === nextCr + 1 ? 2 : 1;
    } else {
      breakAt = nextLf;
      breakLength = 1;
    }
    position = breakAt + breakLength;
    starts.push(position);
    if (nextLf !== -1 && nextLf < position) nextLf = text.indexOf('\n', position);
    if (nextCr !== -1 && nextCr < position) nextCr = text.indexOf('\r', position);
  }
  return { starts, textLength: text.length };
}

/** Offset just past the last character of line `line`, before its line break. */
export function lineContentEnd(text: string, index: LineIndex, line: number): number {
  if (line + 1 >= index.starts.length) return index.textLength;
  const nextStart = index.starts[line + 1]!;
  return nextStart >= 2 && text.charCodeAt(nextStart - 2) === 13 && text.charCodeAt(nextStart - 1) === 10
    ? nextStart - 2
    : nextStart - 1;
}

/** Zero-based line containing `offset`; offsets past the end belong to the last line. */
export function lineAt(index: LineIndex, offset: number): number {
  const starts = index.starts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
