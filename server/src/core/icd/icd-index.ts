import { readFileSync } from 'node:fs';
/**
 * The loaded ICD-10-CM index: code table, matchable terms (with an anchor-token inverted index), note
 * patterns. Loaded lazily from data/icd/ and cached per data folder and code table path.
 */
import * as buffers from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { packagedDataDir } from '../packagedData';
import { WordTable } from '../wordTable';
import {
  DERIVED_TITLE_MARK, GROUP_SEPARATOR, INDEX_FILE_NAME, INDEX_FORMAT, IndexMeta, RANKER_FILE_NAME, SECTION_SEPARATOR, SECTIONS, SectionName, TermSource,
} from './compiled';
import { IcdRanker, RANKER_FORMAT, RankerModelData } from './ranker';
import { OrderFileEntry, OrderFileError, parseOrderFile } from './order-file';
import { phraseTokens } from './text';

export interface IcdCode {
  /** Without the dot: `E119`. */
  code: string;
  billable: boolean;
  title: string;
}

/** A matchable phrase: all `required` token ids must occur near each other; `optional` ones add weight. */
export interface IcdTerm {
  code: string;
  source: TermSource;
  required: number[];
  optional: number[];
}

export interface IcdIndex {
  code(code: string): IcdCode | undefined;
  /** Direct children in code order. */
  children(code: string): string[];
  parentOf(code: string): string | undefined;
  /** Id of a normalised token, or undefined when no term uses it. */
  tokenId(token: string): number | undefined;
  /** Terms whose rarest required token is `anchor`. */
  termsAnchoredAt(anchor: number): readonly IcdTerm[];
  excludes1: Map<string, string[]>;
  useAdditional: Map<string, string[]>;
  seventh: Map<string, Map<string, string>>;
  /** Learned re-ranking (data/icd/icd10cm-ranker.json.gz); without it, codes rank by dictionary confidence. */
  ranker?: IcdRanker;
  /** Normalised title tokens, computed on first use by the specificity walk. */
  titleTokens(code: string): Set<string>;
  /** Where the code table came from, for display. */
  codeTableSource: string;
}

export interface LoadIcdIndexOptions {
  /** A newer CMS order file (same fixed-width layout); its codes, titles and billable flags override. */
  codeTablePath?: string;
  /** Folder holding the compiled index; defaults to data/icd next to the bundle. */
  dataDir?: string;
  /** Leave the learned ranker out (its learner must see the dictionary alone). */
  dictionaryOnly?: boolean;
}

export class IcdDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IcdDataError';
  }
}

export function defaultIcdDataDir(): string {
  return packagedDataDir('icd');
}

const cache = new Map<string, Promise<IcdIndex>>();

/** Loads (once per data folder and code table) the compiled index; later calls share the same promise. */
export function loadIcdIndex(options: LoadIcdIndexOptions = {}): Promise<IcdIndex> {
  const dataDir = options.dataDir ?? defaultIcdDataDir();
  const key = `${dataDir}\u0000${options.codeTablePath ?? ''}\u0000${options.dictionaryOnly ? 'dictionary' : 'ranked'}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = readIndex(dataDir, options.codeTablePath, options.dictionaryOnly ?? false);
    // A failed load is not cached, so fixing the setting or the file and retrying works.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function readIndex(dataDir: string, codeTablePath: string | undefined, dictionaryOnly: boolean): Promise<IcdIndex> {
  const file = join(dataDir, INDEX_FILE_NAME);
  // The ranker inflates on the thread pool alongside the index; awaited after the index's own errors, as before.
  const rankerLoad = dictionaryOnly ? Promise.resolve(undefined) : readRanker(dataDir);
  rankerLoad.catch(() => undefined);
  let raw: Buffer;
  try {
    raw = await inflate(readPackedFile(file));
  } catch (error) {
    throw new IcdDataError(`cannot read the ICD-10-CM index ${file} (${(error as NodeJS.ErrnoException).code ?? 'invalid data'})`);
  }
  const sections = await decodeSections(raw);
  let meta: IndexMeta | undefined;
  try {
    meta = JSON.parse(sections[0]) as IndexMeta;
  } catch {
    meta = undefined;
  }
  if (meta?.format !== INDEX_FORMAT || sections.length !== SECTIONS.length + 1) {
    throw new IcdDataError(`ICD-10-CM index ${file} is not format ${INDEX_FORMAT}; run npm run build:icd`);
  }
  const section = (name: SectionName): string => sections[SECTIONS.indexOf(name) + 1];

  let override: OrderFileEntry[] | undefined;
  if (codeTablePath) {
    let content: string;
    try {
      content = await readFile(codeTablePath, 'latin1');
    } catch (error) {
      throw new IcdDataError(`cannot read the code table ${codeTablePath} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      override = parseOrderFile(content);
    } catch (error) {
      throw new IcdDataError(`code table ${codeTablePath}: ${error instanceof OrderFileError ? error.message : 'unreadable'}`);
    }
  }
  const ranker = await rankerLoad;
  await nextTurn();
  return new LoadedIndex(section, override, codeTablePath, ranker);
}

/**
 * Reads a compressed data file of the extension's own (1.5 MB at most, on local disk) in one blocking call of about
 * a millisecond. Read asynchronously it took several trips through the server's thread, which a note's first scan
 * holds for a few hundred milliseconds at start-up: the inflating could only start after that scan.
 */
function readPackedFile(file: string): Buffer {
  return readFileSync(file);
}

/**
 * Gunzips in one piece on the thread pool. In zlib's default 16 KB pieces the 7 MB index took some 450 trips through
 * the server's thread, each waiting for whatever that thread was doing (a note's first scan), so the index was ready
 * long after its inflating could have been. The gzip trailer gives the size (mod 2^32; a wrong one only costs pieces).
 */
function inflate(packed: Buffer): Promise<Buffer> {
  const size = packed.length >= 18 ? packed.readUInt32LE(packed.length - 4) : 0;
  return promisify(gunzip)(packed, { chunkSize: Math.min(Math.max(size + 1, 64 * 1024), 64 * 1024 * 1024) });
}

/**
 * Lets the event loop take in and answer what is waiting, so a request that arrives while the index loads is
 * answered in between. Two immediates: one queued from an I/O callback runs before the loop next polls for I/O.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/**
 * ASCII reads the same as Latin-1 and as UTF-8, and Latin-1 decodes four times faster (the index has two non-ASCII
 * bytes in 7 MB; its load is part of the server's cold start). Node before 18.15 has no isAscii: UTF-8 throughout.
 */
function asciiOnly(bytes: Buffer): boolean {
  return typeof buffers.isAscii === 'function' && buffers.isAscii(bytes);
}

/** Bytes of the decompressed index decoded between two turns of the event loop. */
const DECODE_SLICE_BYTES = 1 << 20;
const SECTION_SEPARATOR_BYTE = SECTION_SEPARATOR.charCodeAt(0);
const LINE_FEED_BYTE = 10;

/**
 * The index's sections as strings, as `split(SECTION_SEPARATOR)` of the whole decoded text would give, decoded a
 * slice at a time with a turn of the event loop between slices: decoding all 7 MB at once kept the server from
 * answering anything else for 20-50 ms. Slices end after a line feed, which is never inside a UTF-8 sequence.
 */
async function decodeSections(raw: Buffer): Promise<string[]> {
  const sections: string[] = [];
  for (let start = 0; ; ) {
    const separator = raw.indexOf(SECTION_SEPARATOR_BYTE, start);
    const end = separator < 0 ? raw.length : separator;
    let text = '';
    for (let from = start; from < end; ) {
      let to = Math.min(end, from + DECODE_SLICE_BYTES);
      if (to < end) {
        const lineFeed = raw.indexOf(LINE_FEED_BYTE, to);
        to = lineFeed < 0 || lineFeed >= end ? end : lineFeed + 1;
      }
      text += raw.toString(asciiOnly(raw.subarray(from, to)) ? 'latin1' : 'utf8', from, to);
      from = to;
      await nextTurn();
    }
    sections.push(text);
    if (separator < 0) return sections;
    start = separator + 1;
  }
}

/** The learned ranker beside the index; a dictionary-only install (none there) ranks without it. */
async function readRanker(dataDir: string): Promise<IcdRanker | undefined> {
  const file = join(dataDir, RANKER_FILE_NAME);
  let packed: Buffer;
  try {
    packed = readPackedFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new IcdDataError(`cannot read the ICD ranking model ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    return new IcdRanker(JSON.parse((await inflate(packed)).toString('utf8')) as RankerModelData);
  } catch {
    throw new IcdDataError(`ICD ranking model ${file} is not format ${RANKER_FORMAT}; run npm run build:icd`);
  }
}

/** Sorted `CODE\tBILLABLE\ttitle` lines searched in place; titles of 7th-character codes are derived. */
class CodeTable {
  /** Offset where each line starts: 98k of them, in a typed array at a third of the memory of an array of numbers. */
  private readonly lineStarts: Int32Array;
  private readonly parsed = new Map<string, IcdCode | null>();

  constructor(private readonly text: string, private readonly suffixes: string[]) {
    let lines = text.length === 0 ? 0 : 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    this.lineStarts = new Int32Array(lines);
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts[line++] = i + 1;
  }

  private codeAt(line: number): string {
    const start = this.lineStarts[line];
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /** First line whose code is >= `code`. */
  private lowerBound(code: string): number {
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.codeAt(mid) < code) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** A table from a CMS order file, in the compiled layout so lookups work the same. */
  static fromEntries(entries: OrderFileEntry[]): CodeTable {
    const lines = entries.map((e) => `${e.code}\t${e.billable ? 1 : 0}\t${e.title}`).sort();
    return new CodeTable(lines.join('\n'), []);
  }

  /** The title without caching the entry, for one-off comparisons over the whole table. */
  rawTitle(code: string): string | undefined {
    const known = this.parsed.get(code);
    if (known !== undefined) return known?.title;
    const line = this.lowerBound(code);
    if (line >= this.lineStarts.length || this.codeAt(line) !== code) return undefined;
    const start = this.lineStarts[line];
    const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    return this.title(code, this.text.slice(start, end).split('\t')[2]);
  }

  get(code: string): IcdCode | undefined {
    const known = this.parsed.get(code);
    if (known !== undefined) return known ?? undefined;
    const line = this.lowerBound(code);
    let entry: IcdCode | null = null;
    if (line < this.lineStarts.length && this.codeAt(line) === code) {
      const start = this.lineStarts[line];
      const end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
      const [, billable, rawTitle] = this.text.slice(start, end).split('\t');
      entry = { code, billable: billable === '1', title: this.title(code, rawTitle) };
    }
    this.parsed.set(code, entry);
    return entry ?? undefined;
  }

  private title(code: string, raw: string): string {
    if (!raw.startsWith(DERIVED_TITLE_MARK)) return raw;
    let parent = code.slice(0, 6);
    while (parent.length > 3 && !this.get(parent)) parent = parent.slice(0, -1);
    return `${this.get(parent)?.title ?? ''}, ${this.suffixes[Number(raw.slice(1))]}`;
  }

  /** All codes that start with `prefix` (excluding it), in order. */
  descendants(prefix: string): string[] {
    const out: string[] = [];
    for (let line = this.lowerBound(prefix); line < this.lineStarts.length; line++) {
      const code = this.codeAt(line);
      if (!code.startsWith(prefix)) break;
      if (code !== prefix) out.push(code);
    }
    return out;
  }
}

class LoadedIndex implements IcdIndex {
  readonly excludes1: Map<string, string[]>;
  readonly useAdditional: Map<string, string[]>;
  readonly seventh: Map<string, Map<string, string>>;
  readonly ranker?: IcdRanker;
  readonly codeTableSource: string;
  /** Token ids are ranks in the vocabulary section (most frequent first); tokens of a newer code table are added. */
  private readonly tokenIds: WordTable;
  /** The code table in force: the built-in one, or the newer order file given as codeTablePath. */
  private readonly table: CodeTable;
  private readonly termsText: string;
  /**
   * [start, end) of each anchor id's still unparsed group in termsText, at 2·id and 2·id + 1; an end of 0 for none.
   * A typed array instead of a map of pairs: 16k groups in 0.1 MB instead of 1.5 MB, and no objects to collect.
   */
  private readonly groupRanges: Int32Array;
  private readonly parsedGroups = new Map<number, IcdTerm[]>();
  private hasOverride = false;
  private readonly childCache = new Map<string, string[]>();
  private readonly parentCache = new Map<string, string | null>();
  private readonly titleCache = new Map<string, Set<string>>();

  constructor(section: (name: SectionName) => string, override: OrderFileEntry[] | undefined, overridePath: string | undefined, ranker: IcdRanker | undefined) {
    this.tokenIds = new WordTable(section('vocabulary'));
    const builtIn = new CodeTable(section('codes'), section('suffixes').split('\n'));
    this.table = override ? CodeTable.fromEntries(override) : builtIn;
    this.termsText = section('terms');
    const groups: number[] = [];
    let maxAnchor = -1;
    for (let start = 0; start < this.termsText.length; ) {
      const next = this.termsText.indexOf(GROUP_SEPARATOR, start);
      const end = next < 0 ? this.termsText.length : next;
      const newline = this.termsText.indexOf('\n', start);
      const anchor = parseInt(this.termsText.slice(start, newline), 36);
      if (anchor >= 0) {
        groups.push(anchor, newline + 1, end);
        maxAnchor = Math.max(maxAnchor, anchor);
      }
      start = end + 1;
    }
    this.groupRanges = new Int32Array(2 * (maxAnchor + 1));
    for (let i = 0; i < groups.length; i += 3) {
      this.groupRanges[2 * groups[i]] = groups[i + 1];
      this.groupRanges[2 * groups[i] + 1] = groups[i + 2];
    }
    this.excludes1 = patternLines(section('excludes1'));
    this.useAdditional = patternLines(section('useAdditional'));
    this.seventh = seventhLines(section('seventh'));
    if (ranker) this.ranker = ranker;
    this.codeTableSource = overridePath ?? 'built-in FY2026';
    if (override) {
      this.hasOverride = true;
      this.addOverrideTitleTerms(override, builtIn);
    }
  }

  code(code: string): IcdCode | undefined {
    return this.table.get(code);
  }

  children(code: string): string[] {
    let kids = this.childCache.get(code);
    if (!kids) {
      kids = this.table.descendants(code).filter((c) => this.parentOf(c) === code);
      this.childCache.set(code, kids);
    }
    return kids;
  }

  parentOf(code: string): string | undefined {
    let parent = this.parentCache.get(code);
    if (parent === undefined) {
      parent = null;
      for (let c = code.slice(0, -1); c.length >= 3; c = c.slice(0, -1)) {
        if (this.code(c)) {
          parent = c;
          break;
        }
      }
      this.parentCache.set(code, parent);
    }
    return parent ?? undefined;
  }

  tokenId(token: string): number | undefined {
    return this.tokenIds.get(token);
  }

  termsAnchoredAt(anchor: number): readonly IcdTerm[] {
    const parsed = this.parsedGroups.get(anchor);
    if (parsed) return parsed;
    const end = anchor >= 0 && 2 * anchor + 1 < this.groupRanges.length ? this.groupRanges[2 * anchor + 1] : 0;
    if (end === 0) return [];
    const start = this.groupRanges[2 * anchor];
    const terms: IcdTerm[] = [];
    for (const line of this.termsText.slice(start, end).split('\n')) {
      const [code, source, required, optional] = line.split('\t');
      // Under a newer code table, terms of deleted codes disappear.
      if (this.hasOverride && !this.table.get(code)) continue;
      terms.push({ code, source: source as TermSource, required: ids(required), optional: ids(optional) });
    }
    this.parsedGroups.set(anchor, terms);
    this.groupRanges[2 * anchor + 1] = 0;
    return terms;
  }

  titleTokens(code: string): Set<string> {
    let tokens = this.titleCache.get(code);
    if (!tokens) {
      tokens = new Set(phraseTokens(this.code(code)?.title ?? ''));
      this.titleCache.set(code, tokens);
    }
    return tokens;
  }

  /** Codes new in (or retitled by) the newer table become matchable by their titles. */
  private addOverrideTitleTerms(override: OrderFileEntry[], builtIn: CodeTable): void {
    for (const entry of override) {
      if (builtIn.rawTitle(entry.code) === entry.title) continue;
      const title = entry.title.replace(/,?\s*(initial|subsequent) encounter.*$/i, '').replace(/,?\s*sequela$/i, '');
      const tokens = phraseTokens(title);
      if (tokens.length === 0) continue;
      const required = tokens.map((t) => this.internToken(t));
      // Anchor on the rarest token known to the built-in vocabulary (ids are ordered by frequency).
      const anchor = Math.max(...required);
      const existing = this.termsAnchoredAt(anchor);
      this.parsedGroups.set(anchor, [...existing, { code: entry.code, source: 't', required, optional: [] }]);
    }
  }

  private internToken(token: string): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.tokenIds.size;
      this.tokenIds.add(token, id);
    }
    return id;
  }
}

function ids(field: string | undefined): number[] {
  return field ? field.split(' ').map((id) => parseInt(id, 36)) : [];
}

function patternLines(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [code, patterns] = line.split('\t');
    if (code && patterns) map.set(code, patterns.split(','));
  }
  return map;
}

function seventhLines(text: string): Map<string, Map<string, string>> {
  const map = new Map<string, Map<string, string>>();
  for (const line of text.split('\n')) {
    const [code, rules] = line.split('\t');
    if (!code || !rules) continue;
    map.set(code, new Map(rules.split('|').map((r) => [r.slice(0, 1), r.slice(2)] as [string, string])));
  }
  return map;
}

/** Does `code` (no dots) fall under a pattern: a prefix `E10` or a range `E08:E13` compared at each bound's length? */
export function matchesCodePattern(code: string, pattern: string): boolean {
  const colon = pattern.indexOf(':');
  if (colon < 0) return code.startsWith(pattern);
  const low = pattern.slice(0, colon);
  const high = pattern.slice(colon + 1);
  return code.slice(0, low.length) >= low && code.slice(0, high.length) <= high;
}

export function dotted(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}
