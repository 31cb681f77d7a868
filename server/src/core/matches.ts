/**
 * Every match of a global pattern in `text`, in order, as `String.prototype.matchAll` yields them.
 *
 * `matchAll` constructs a copy of its pattern on every call; for the detector's long keyword
 * alternations that copy cost more than scanning a short note. This runs the pattern itself, collects
 * the matches before returning (so a caller may run the same pattern again while it walks them), and
 * leaves `lastIndex` at 0.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern');
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      found.push(match);
      if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return found;
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
export function matchesOnLinesWith(text: string, keyword: RegExp, pattern: RegExp): RegExpExecArray[] {
  const positions: number[] = [];
  keyword.lastIndex = 0;
  for (let k = keyword.exec(text); k; k = keyword.exec(text)) {
    positions.push(k.index);
    // Later keywords on the same line add nothing; skip to the line end.
    keyword.lastIndex = Math.max(keyword.lastIndex, nextLineEnd(text, k.index));
  }
  keyword.lastIndex = 0;
  return matchesOnLinesAt(text, positions, pattern);
}

/** Matches of `pattern` on the lines holding the given positions (ascending), each line searched once. */
export function matchesOnLinesAt(text: string, positions: Iterable<number>, pattern: RegExp): RegExpExecArray[] {
  const results: RegExpExecArray[] = [];
  let doneUntil = -1;
  for (const position of positions) {
    if (position < doneUntil) continue;
    let lineStart = position;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    const lineEnd = nextLineEnd(text, position);
    for (const m of matchesOf(pattern, text.slice(lineStart, lineEnd))) {
      m.index += lineStart;
      results.push(m);
    }
    doneUntil = lineEnd;
  }
  return results;
}

export function nextLineEnd(text: string, from: number): number {
  let lineEnd = from;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
  return lineEnd;
}
