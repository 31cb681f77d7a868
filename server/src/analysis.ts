import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken, CancelledError, throwIfCancelled } from './core/cancellation';
import { matchesOf } from './core/matches';
import { firstIndexAtLeast } from './core/sortedSearch';
import { detectPhi } from './core/phi/detect';
import { wordInfo } from './core/phi/lexicon';
import { seldomWrittenAsAWord } from './core/phi/names';
import type { KnownIdentifiers, PhiFinding, PhiOptions } from './core/phi/types';
import type { ClinoteSettings } from './protocol';

export interface PhiAnalysis {
  version: number;
  findings: PhiFinding[];
  /** The same findings by stretch of text, so work on an unchanged stretch can be reused. */
  segments: readonly AnalysedSegment[];
  /** Characters analysed from the start of the document. */
  analysedLength: number;
  truncated: boolean;
  /** The text looks like binary data; nothing was analysed. */
  binary: boolean;
  /** Identifies the analysed text, so a fix can tell whether the note still reads the same. */
  textHash: string;
}

/** A short fingerprint of a whole text (FNV-1a plus length). */
export function textHash(text: string): string {
  return `${fnv1a(text, 0, text.length).toString(36)}:${text.length}`;
}

/** The same fingerprint as `textHash`, giving the event loop turns on a long text. */
async function textHashYielding(text: string, yielder: Yielder): Promise<string> {
  const STRETCH = 1 << 18;
  let hash = FNV_OFFSET;
  for (let start = 0; start < text.length; start += STRETCH) {
    hash = fnv1a(text, start, Math.min(text.length, start + STRETCH), hash);
    await yielder.maybeYield();
  }
  return `${hash.toString(36)}:${text.length}`;
}

/**
 * Long documents are cut into chunks at line ends chosen by the content of the line, not by offset, so an
 * edit changes the boundaries of its own chunk only and every other chunk's findings come from the cache.
 * Chunks of about 2.5 KB keep a keystroke's re-scan to a few milliseconds; on the dev corpus they find the same
 * PHI as 4 KB chunks (1 KB chunks lose context and miss some).
 */
const WHOLE_TEXT_LIMIT = 16_000;
const MIN_CHUNK = 2_000;
const MAX_CHUNK = 16_000;
const BOUNDARY_MODULUS = 8;

export interface Chunk {
  start: number;
  end: number;
  hash: string;
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a of text[start, end); `seed` continues the hash of the text before `start`. */
export function fnv1a(text: string, start: number, end: number, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function* chunksOf(text: string): Generator<Chunk> {
  let chunkStart = 0;
  let lineStart = 0;
  let chunkHash = 0;
  let nextLf = -2;
  let nextCr = -2;
  while (lineStart < text.length) {
    if (nextLf !== -1 && nextLf < lineStart) nextLf = text.indexOf('\n', lineStart);
    if (nextCr !== -1 && nextCr < lineStart) nextCr = text.indexOf('\r', lineStart);
    let lineEnd = nextLf === -1 ? text.length : nextLf + 1;
    // A lone CR ends a line as well, so notes with old Mac line ends are cut by content too.
    if (nextCr !== -1 && nextCr + 1 < lineEnd && text.charCodeAt(nextCr + 1) !== 10) lineEnd = nextCr + 1;
    if (lineEnd - lineStart > MAX_CHUNK) {
      lineEnd = lineStart + MAX_CHUNK;
      // A forced cut never splits a CR LF pair or a surrogate pair.
      const before = text.charCodeAt(lineEnd - 1);
      if ((before === 13 && text.charCodeAt(lineEnd) === 10) || (before >= 0xd800 && before <= 0xdbff)) lineEnd++;
    }
    const lineHash = fnv1a(text, lineStart, lineEnd);
    chunkHash = Math.imul(chunkHash ^ lineHash, 0x01000193) >>> 0;
    const length = lineEnd - chunkStart;
    if (lineEnd === text.length || (length >= MIN_CHUNK && lineHash % BOUNDARY_MODULUS === 0) || length >= MAX_CHUNK) {
      yield { start: chunkStart, end: lineEnd, hash: `${chunkHash.toString(36)}:${length}` };
      chunkStart = lineEnd;
      chunkHash = 0;
    }
    lineStart = lineEnd;
  }
}

export function splitIntoChunks(text: string): Chunk[] {
  return [...chunksOf(text)];
}

/**
 * Gives the event loop a turn whenever this much time has passed, so a long scan never keeps another request
 * waiting longer than that; throws when the work is no longer wanted.
 */
export class Yielder {
  private last = performance.now();

  constructor(private readonly token: CancellationToken, private readonly budgetMs = 5) {}

  async maybeYield(): Promise<void> {
    if (performance.now() - this.last < this.budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    throwIfCancelled(this.token);
    this.last = performance.now();
  }
}

export function phiOptionsFor(settings: ClinoteSettings, known?: KnownIdentifiers): PhiOptions {
  return {
    profile: settings.phi.profile,
    allAges: settings.phi.allAges,
    years: settings.phi.years,
    allowList: settings.phi.allowList,
    known,
  };
}

export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) suspicious++;
  }
  return sample.length > 0 && suspicious / sample.length > 0.01;
}

/**
 * What one chunk contributes, whatever its place in the document: its detector findings, the confident names it
 * holds, and which name keys its words could match. Offsets are relative to the chunk.
 */
interface ChunkScan {
  /** The chunk's own copy of its text (see `detached`). */
  text: string;
  findings: readonly PhiFinding[];
  names: ReadonlyArray<readonly [string, PhiFinding]>;
  /**
   * Hashes of the name keys of the words no finding covers: a few bytes a word where the words themselves would
   * cost ten times the note. A hit is confirmed by reading the chunk again.
   */
  wordHashes: ReadonlySet<number>;
  /** The last findings with names from elsewhere added; kept while those names stay the same, so work built on them is reused. */
  merged?: { documentNames: string; signature: string; findings: readonly PhiFinding[] };
}

export type ChunkCache = Map<string, ChunkScan>;

/** A stretch of the analysed text with its findings, offsets relative to `start`. */
export interface AnalysedSegment {
  start: number;
  end: number;
  /** The same array for as long as the segment's text and the names it picks up are the same. */
  findings: readonly PhiFinding[];
}

/** The findings of `segments` with offsets into the whole text. */
export function absoluteFindings(segments: readonly AnalysedSegment[]): PhiFinding[] {
  if (segments.length === 1 && segments[0].start === 0) return [...segments[0].findings];
  const findings: PhiFinding[] = [];
  for (const { start, findings: relative } of segments) {
    for (const finding of relative) findings.push({ ...finding, start: finding.start + start, end: finding.end + start });
  }
  return findings;
}

const NAME_WORD = /[\p{L}][\p{L}'’-]*/gu;
const POSSESSIVE = /['’]s$/i;
const CONFIDENT_NAME = 0.8;
const MIN_NAME_KEY = 3;
const PROPAGATED_REASON = 'same name found elsewhere in this note';

function confidentNames(findings: readonly PhiFinding[]): Array<readonly [string, PhiFinding]> {
  const names: Array<readonly [string, PhiFinding]> = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    if (finding.category !== 'NAME' || finding.confidence < CONFIDENT_NAME) continue;
    for (const word of finding.text.match(NAME_WORD) ?? []) {
      const key = word.replace(POSSESSIVE, '').toLowerCase();
      if (key.length >= MIN_NAME_KEY && !seen.has(key)) {
        seen.add(key);
        names.push([key, finding]);
      }
    }
  }
  return names;
}

/** Calls `visit` for each word that starts outside every finding (`findings` sorted by start), with its name key. */
function forEachUncoveredWord(text: string, findings: readonly PhiFinding[], visit: (key: string, start: number, end: number) => void): void {
  let next = 0;
  let coveredUntil = 0;
  for (const match of matchesOf(NAME_WORD, text)) {
    const start = match.index;
    while (next < findings.length && findings[next].start <= start) coveredUntil = Math.max(coveredUntil, findings[next++].end);
    if (coveredUntil > start) continue;
    const word = match[0].replace(POSSESSIVE, '');
    const key = word.toLowerCase();
    if (key.length >= MIN_NAME_KEY) visit(key, start, start + word.length);
  }
}

const keyHash = (key: string) => fnv1a(key, 0, key.length);

/**
 * V8 shares memory between a string and its slices, so a finding's text sliced from the note would keep that whole
 * version of the note alive for as long as the chunk stays cached. A chunk works on a copy of its own.
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}

function scanOf(text: string, findings: readonly PhiFinding[]): ChunkScan {
  const wordHashes = new Set<number>();
  forEachUncoveredWord(text, findings, (key) => wordHashes.add(keyHash(key)));
  return { text, findings, names: confidentNames(findings), wordHashes };
}

function mergeByStart(first: readonly PhiFinding[], second: readonly PhiFinding[]): PhiFinding[] {
  const merged: PhiFinding[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i].start <= second[j].start)) merged.push(first[i++]);
    else merged.push(second[j++]);
  }
  return merged;
}

/** True when a NAME finding ends just before `start` or begins just after `end`, apart by spaces, a comma or a period. */
function besideAName(text: string, findings: readonly PhiFinding[], start: number, end: number): boolean {
  const gap = (from: number, to: number) => to - from <= 3 && /^[ \t,.]*$/.test(text.slice(from, to));
  const next = firstIndexAtLeast(findings, start, (f) => f.start);
  const before = findings[next - 1];
  const after = findings[next];
  return (before?.category === 'NAME' && before.end <= start && gap(before.end, start)) || (after?.category === 'NAME' && after.start >= end && gap(end, after.start));
}

/**
 * A name that is also an ordinary word ("May", "Will", "White", "Foley") is flagged elsewhere only where it is
 * written as a name: capitalised mid-sentence, possessive, or beside another name; as the detector does within
 * one text.
 */
function writtenAsName(text: string, findings: readonly PhiFinding[], start: number, end: number): boolean {
  if ((text[end] === "'" || text[end] === '’') && (text[end + 1] === 's' || text[end + 1] === 'S')) return true;
  if (besideAName(text, findings, start, end)) return true;
  const first = text[start];
  const rest = text.slice(start + 1, end);
  if (first === first.toLowerCase() || rest === rest.toUpperCase()) return false;
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  return before >= 0 && !'\n\r.!?:'.includes(text[before]);
}

/** The confident names of a whole document, the first finding of each name deciding how the others are flagged. */
class DocumentNames {
  readonly sources = new Map<string, PhiFinding>();
  private cachedFingerprint: string | undefined;
  private readonly byHash = new Map<number, string[]>();
  private readonly prose = new Map<string, { alsoAWord: boolean; seldomAWord: boolean }>();

  /**
   * True when the name is also an ordinary word, so it is flagged elsewhere only where written as a name. A first name that
   * prose seldom uses as a word is flagged everywhere once someone other than staff bears it, as the detector does within one text.
   */
  isAlsoAWord(key: string, source: PhiFinding): boolean {
    let known = this.prose.get(key);
    if (known === undefined) {
      const upper = key.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      const info = wordInfo(upper);
      known = { alsoAWord: info.tier === 'ambiguous' || info.tier === 'word', seldomAWord: seldomWrittenAsAWord(upper, info) };
      this.prose.set(key, known);
    }
    return known.alsoAWord && !(known.seldomAWord && source.subtype !== 'DOCTOR');
  }

  /** Equal for two documents whose names would flag the same words the same way. */
  get fingerprint(): string {
    this.cachedFingerprint ??= [...this.sources].map(([key, source]) => `${key}\u0000${source.subtype}\u0000${source.confidence}`).join('\u0001');
    return this.cachedFingerprint;
  }

  add(key: string, source: PhiFinding): void {
    if (this.sources.has(key)) return;
    this.cachedFingerprint = undefined;
    this.sources.set(key, source);
    const hash = keyHash(key);
    const keys = this.byHash.get(hash);
    if (keys) keys.push(key);
    else this.byHash.set(hash, [key]);
  }

  /** Names the chunk may hold, sorted; a hash collision only costs a second look at the chunk. */
  candidatesIn(scan: ChunkScan): string[] {
    const found: string[] = [];
    if (scan.wordHashes.size <= this.byHash.size) {
      for (const hash of scan.wordHashes) found.push(...(this.byHash.get(hash) ?? []));
    } else {
      for (const [hash, keys] of this.byHash) if (scan.wordHashes.has(hash)) found.push(...keys);
    }
    return found.sort();
  }
}

/** The chunk's findings plus a NAME finding at each of its words that the document's confident names hold. */
function withNamesFromElsewhere(scan: ChunkScan, names: DocumentNames): readonly PhiFinding[] {
  // Most keystrokes change no name: then every chunk keeps what it had without a look at its words.
  const documentNames = names.fingerprint;
  if (scan.merged?.documentNames === documentNames) return scan.merged.findings;
  const candidates = names.candidatesIn(scan);
  const signature = candidates.map((key) => `${key}\u0000${names.sources.get(key)!.subtype}\u0000${names.sources.get(key)!.confidence}`).join('\u0001');
  if (scan.merged?.signature === signature) {
    scan.merged.documentNames = documentNames;
    return scan.merged.findings;
  }
  const added: PhiFinding[] = [];
  if (candidates.length > 0) {
    const wanted = new Set(candidates);
    forEachUncoveredWord(scan.text, scan.findings, (key, start, end) => {
      const source = wanted.has(key) ? names.sources.get(key) : undefined;
      if (!source || (names.isAlsoAWord(key, source) && !writtenAsName(scan.text, scan.findings, start, end))) return;
      added.push({
        start,
        end,
        text: scan.text.slice(start, end),
        category: 'NAME',
        subtype: source.subtype,
        confidence: Math.min(source.confidence, 0.9),
        reason: PROPAGATED_REASON,
      });
    });
  }
  scan.merged = { documentNames, signature, findings: added.length === 0 ? scan.findings : mergeByStart(scan.findings, added) };
  return scan.merged.findings;
}

/** Detects PHI in several chunk texts elsewhere (another thread); resolves to the findings of each text. */
export type ChunkDetector = (texts: string[], options: PhiOptions) => Promise<PhiFinding[][]>;

/** Chunk texts sent to a ChunkDetector at a time: few enough messages, small enough to stay responsive. */
const DETECTOR_BATCH_CHARS = 32_000;

/**
 * Scans the chunks not cached yet into `into`: here, with a turn of the event loop between chunks, or in batches
 * with `detector`, one batch waiting while the next is scanned. A detector that fails leaves its batch to this thread.
 */
async function scanChunks(
  text: string,
  chunks: readonly Chunk[],
  options: PhiOptions,
  token: CancellationToken,
  yielder: Yielder,
  into: ChunkCache,
  detector: ChunkDetector | undefined,
): Promise<void> {
  const scanHere = async (texts: string[]) => {
    const found: PhiFinding[][] = [];
    for (const chunkText of texts) {
      found.push(detectPhi(chunkText, options, token));
      await yielder.maybeYield();
    }
    return found;
  };
  const scanBatch = async (batch: Chunk[]) => {
    const texts = batch.map((chunk) => detached(text.slice(chunk.start, chunk.end)));
    const found = detector ? await detector(texts, options).catch(() => scanHere(texts)) : await scanHere(texts);
    throwIfCancelled(token);
    batch.forEach((chunk, i) => into.set(chunk.hash, scanOf(texts[i], found[i])));
  };
  if (!detector) {
    for (const chunk of chunks) await scanBatch([chunk]);
    return;
  }
  let inFlight: Promise<void> | undefined;
  let batch: Chunk[] = [];
  let chars = 0;
  const send = async () => {
    const sent = scanBatch(batch);
    batch = [];
    chars = 0;
    // A rejected batch is awaited below; until then it must not count as unhandled.
    sent.catch(() => undefined);
    if (inFlight) await inFlight;
    inFlight = sent;
  };
  for (const chunk of chunks) {
    throwIfCancelled(token);
    batch.push(chunk);
    chars += chunk.end - chunk.start;
    if (chars >= DETECTOR_BATCH_CHARS) await send();
  }
  if (batch.length > 0) await send();
  await inFlight;
}

/**
 * Scans `text`, chunk by chunk for long texts (so other requests are answered in between), reusing the scans of
 * unchanged chunks from `cache`; `detector` scans the others elsewhere when given. Names found in one chunk are
 * then flagged wherever they occur in the others, as the detector does within one text.
 */
export async function scanInSegments(
  text: string,
  options: PhiOptions,
  token: CancellationToken,
  cache: ChunkCache = new Map(),
  detector?: ChunkDetector,
): Promise<AnalysedSegment[]> {
  if (text.length <= WHOLE_TEXT_LIMIT) return [{ start: 0, end: text.length, findings: detectPhi(text, options, token) }];
  const yielder = new Yielder(token);
  const chunks: Chunk[] = [];
  for (const chunk of chunksOf(text)) {
    chunks.push(chunk);
    if (chunks.length % 16 === 0) await yielder.maybeYield();
  }
  const fresh: ChunkCache = new Map();
  const missing = new Map<string, Chunk>();
  for (const chunk of chunks) {
    const cached = cache.get(chunk.hash);
    if (cached) fresh.set(chunk.hash, cached);
    else if (!missing.has(chunk.hash)) missing.set(chunk.hash, chunk);
  }
  await scanChunks(text, [...missing.values()], options, token, yielder, fresh, detector);
  cache.clear();
  for (const [hash, scan] of fresh) cache.set(hash, scan);

  const names = new DocumentNames();
  for (const chunk of chunks) {
    for (const [key, source] of fresh.get(chunk.hash)!.names) names.add(key, source);
  }
  const segments: AnalysedSegment[] = [];
  for (const chunk of chunks) {
    segments.push({ start: chunk.start, end: chunk.end, findings: withNamesFromElsewhere(fresh.get(chunk.hash)!, names) });
    await yielder.maybeYield();
  }
  return segments;
}

export async function scanInChunks(text: string, options: PhiOptions, token: CancellationToken, cache?: ChunkCache, detector?: ChunkDetector): Promise<PhiFinding[]> {
  return absoluteFindings(await scanInSegments(text, options, token, cache, detector));
}

/** Adds a NAME finding at every other occurrence of a word already found as a confident name. */
export function propagateNames(text: string, findings: readonly PhiFinding[]): PhiFinding[] {
  const scan = scanOf(text, [...findings].sort((a, b) => a.start - b.start));
  const names = new DocumentNames();
  for (const [key, source] of scan.names) names.add(key, source);
  return [...withNamesFromElsewhere(scan, names)];
}

/** Caches the analysis of each document version and settings, so diagnostics and code actions share one scan. */
export class PhiAnalyzer {
  private readonly cache = new Map<string, { key: string; analysis: Promise<PhiAnalysis> }>();
  private readonly chunkCaches = new Map<string, { optionsKey: string; chunks: ChunkCache }>();
  private longNotes: { detector: ChunkDetector; minLength: number } | undefined;

  /** Notes of at least `minLength` characters have their chunks scanned by `detector` (another thread). */
  detectLongNotesWith(detector: ChunkDetector, minLength: number): void {
    this.longNotes = { detector, minLength };
  }

  async analyse(document: TextDocument, settings: ClinoteSettings, token: CancellationToken, known?: KnownIdentifiers): Promise<PhiAnalysis> {
    const key = `${document.version}\u0000${JSON.stringify(settings.phi)}\u0000${known ? JSON.stringify(known) : ''}`;
    const cached = this.cache.get(document.uri);
    if (cached && cached.key === key) {
      try {
        return await cached.analysis;
      } catch (error) {
        // The shared scan ran under another request's token; a request that is still wanted scans again.
        if (error instanceof CancelledError && !token.isCancellationRequested) return this.analyse(document, settings, token, known);
        throw error;
      }
    }
    const analysis = this.compute(document, settings, token, known);
    this.cache.set(document.uri, { key, analysis });
    // A cancelled or failed scan must not stay cached for the next request.
    analysis.catch(() => {
      if (this.cache.get(document.uri)?.analysis === analysis) this.cache.delete(document.uri);
    });
    return analysis;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.chunkCaches.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.chunkCaches.clear();
  }

  private chunkCache(uri: string, optionsKey: string): ChunkCache {
    let entry = this.chunkCaches.get(uri);
    if (!entry || entry.optionsKey !== optionsKey) {
      entry = { optionsKey, chunks: new Map() };
      this.chunkCaches.set(uri, entry);
    }
    return entry.chunks;
  }

  private async compute(document: TextDocument, settings: ClinoteSettings, token: CancellationToken, known?: KnownIdentifiers): Promise<PhiAnalysis> {
    const version = document.version;
    const text = document.getText();
    if (looksBinary(text)) return { version, findings: [], segments: [], analysedLength: 0, truncated: false, binary: true, textHash: textHash(text) };
    const limit = settings.phi.maxDocumentLength;
    const truncated = text.length > limit;
    let analysed = truncated ? text.slice(0, limit) : text;
    if (truncated) {
      // Never cut a surrogate pair or a word in two at the cap; only the tail is searched, the text may be huge.
      const tailStart = limit - 199;
      const lastBreak = analysed.slice(tailStart).search(/\s\S*$/);
      if (lastBreak >= 0) analysed = analysed.slice(0, tailStart + lastBreak);
    }
    const options = phiOptionsFor(settings, known);
    const detector = this.longNotes && analysed.length >= this.longNotes.minLength ? this.longNotes.detector : undefined;
    const segments = await scanInSegments(analysed, options, token, this.chunkCache(document.uri, JSON.stringify(options)), detector);
    let findings: PhiFinding[] | undefined;
    return {
      version,
      // Diagnostics work from the segments; the whole list is built only when a whole-document fix asks for it.
      get findings() {
        findings ??= absoluteFindings(segments);
        return findings;
      },
      segments,
      analysedLength: analysed.length,
      truncated,
      binary: false,
      textHash: await textHashYielding(text, new Yielder(token)),
    };
  }
}
