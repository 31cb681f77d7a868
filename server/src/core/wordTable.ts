/**
 * The words of a newline-separated list and their ranks (order of first appearance), looked up by an FNV-1a hash in
 * typed arrays over the list's own text. A Map of the same words held one string object per word: for the 90,000
 * census surnames, the dictionaries and the ICD vocabulary that was tens of milliseconds of a cold start spent
 * building them (and collecting the garbage of the split) and several megabytes of heap; this is built in one pass.
 */
export class WordTable {
  /** Start and end offset in `text` of the word of each rank. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Open addressing: rank + 1 of the word in each slot, 0 where the slot is empty. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Words added after building, with the rank given to them. */
  private readonly added = new Map<string, number>();
  private count = 0;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    let size = 1024;
    while (size < lines * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) this.insert(start, end);
      start = end + 1;
    }
  }

  get size(): number {
    return this.count + this.added.size;
  }

  /** The word's rank, undefined when it is not in the list. */
  get(word: string): number | undefined {
    const rank = this.find(word);
    return rank >= 0 ? rank : this.added.get(word);
  }

  has(word: string): boolean {
    return this.find(word) >= 0 || this.added.has(word);
  }

  /**
   * Whether the list holds text[start, end) in upper case, without copying the text when it is ASCII: a test for every
   * capitalised word of a note, most of which the list does not hold.
   */
  hasUpperCased(text: string, start: number, end: number): boolean {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      let code = text.charCodeAt(i);
      if (code > 127) return this.has(text.slice(start, end).toUpperCase());
      if (code >= 97 && code <= 122) code -= 32;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot];
      if (held === 0) break;
      const heldStart = this.starts[held - 1];
      if (this.ends[held - 1] - heldStart === length && sameUpperCased(this.text, heldStart, text, start, length)) return true;
    }
    return this.added.size > 0 && this.added.has(text.slice(start, end).toUpperCase());
  }

  /** Adds a word the list lacks, with the rank given; a word the list has keeps its own. */
  add(word: string, rank: number): void {
    if (word !== '' && !this.has(word)) this.added.set(word, rank);
  }

  private insert(start: number, end: number): void {
    const text = this.text;
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot];
      if (held === 0) {
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.slots[slot] = ++this.count;
        return;
      }
      const heldStart = this.starts[held - 1];
      // A word listed twice keeps the rank of its first line.
      if (this.ends[held - 1] - heldStart === length && sameText(text, heldStart, start, length)) return;
    }
  }

  private find(word: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot];
      if (held === 0) return -1;
      const start = this.starts[held - 1];
      if (this.ends[held - 1] - start === word.length && this.text.startsWith(word, start)) return held - 1;
    }
  }
}

/** listed[a, a + length) equals text[b, b + length) with text's ASCII lower-case letters upper-cased. */
function sameUpperCased(listed: string, a: number, text: string, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(b + i);
    if (code >= 97 && code <= 122) code -= 32;
    if (listed.charCodeAt(a + i) !== code) return false;
  }
  return true;
}

function sameText(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}
