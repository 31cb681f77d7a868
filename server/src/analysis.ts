import { performance } from 'node:perf_hooks';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken, CancelledError, throwIfCancelled } from './core/cancellation';
import { detectPhi } from './core/phi/detect';
import type { KnownIdentifiers, PhiFinding, PhiOptions } from './core/phi/types';
import type { ClinoteSettings } from './protocol';

export interface PhiAnalysis {
  version: number;
  findings: PhiFinding[];
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

/**
 * Long documents are cut into chunks at line ends chosen by the content of the line, not by offset, so an
 * edit changes the boundaries of its own chunk only and every other chunk's findings come from the cache.
 */
const WHOLE_TEXT_LIMIT = 16_000;
const MIN_CHUNK = 4_000;
const MAX_CHUNK = 32_000;
const BOUNDARY_MODULUS = 16;

export interface Chunk {
  start: number;
  end: number;
  hash: string;
}

export function fnv1a(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
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
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    lineEnd = lineEnd === -1 ? text.length : lineEnd + 1;
    if (lineEnd - lineStart > MAX_CHUNK) lineEnd = lineStart + MAX_CHUNK;
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

  constructor(private readonly token: CancellationToken, private readonly budgetMs = 10) {}

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

type ChunkCache = Map<string, PhiFinding[]>;

/**
 * Scans `text`, chunk by chunk for long texts with a turn of the event loop between chunks (so other requests
 * are answered), reusing findings of unchanged chunks from `cache`. Names found in one chunk are then
 * flagged wherever they occur in the others, as the detector does within one text.
 */
export async function scanInChunks(text: string, options: PhiOptions, token: CancellationToken, cache: ChunkCache = new Map()): Promise<PhiFinding[]> {
  if (text.length <= WHOLE_TEXT_LIMIT) return detectPhi(text, options, token);
  const findings: PhiFinding[] = [];
  const fresh: ChunkCache = new Map();
  const yielder = new Yielder(token);
  for (const chunk of chunksOf(text)) {
    throwIfCancelled(token);
    let relative = cache.get(chunk.hash) ?? fresh.get(chunk.hash);
    if (!relative) relative = detectPhi(text.slice(chunk.start, chunk.end), options, token);
    fresh.set(chunk.hash, relative);
    for (const finding of relative) findings.push({ ...finding, start: finding.start + chunk.start, end: finding.end + chunk.start });
    await yielder.maybeYield();
  }
  cache.clear();
  for (const [hash, relative] of fresh) cache.set(hash, relative);
  return propagateNames(text, findings, yielder);
}

const NAME_WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Adds a NAME finding at every other occurrence of a word already found as a confident name. */
export async function propagateNames(text: string, findings: PhiFinding[], yielder?: Yielder): Promise<PhiFinding[]> {
  const names = new Map<string, PhiFinding>();
  for (const finding of findings) {
    if (finding.category !== 'NAME' || finding.confidence < 0.8) continue;
    for (const word of finding.text.match(NAME_WORD) ?? []) {
      const key = word.replace(/['’]s$/i, '').toLowerCase();
      if (key.length >= 3 && !names.has(key)) names.set(key, finding);
    }
  }
  if (names.size === 0) return findings;
  const covered = findings.map((f) => [f.start, f.end] as const).sort((a, b) => a[0] - b[0]);
  const isCovered = (start: number) => {
    let lo = 0;
    let hi = covered.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (covered[mid][1] <= start) lo = mid + 1;
      else if (covered[mid][0] > start) hi = mid - 1;
      else return true;
    }
    return false;
  };
  const added: PhiFinding[] = [];
  let seen = 0;
  for (const match of text.matchAll(NAME_WORD)) {
    if (++seen % 4096 === 0) await yielder?.maybeYield();
    const word = match[0].replace(/['’]s$/i, '');
    const source = names.get(word.toLowerCase());
    const start = match.index ?? 0;
    if (!source || isCovered(start)) continue;
    added.push({
      start,
      end: start + word.length,
      text: word,
      category: 'NAME',
      subtype: source.subtype,
      confidence: Math.min(source.confidence, 0.9),
      reason: 'same name found elsewhere in this note',
    });
  }
  return added.length === 0 ? findings : [...findings, ...added].sort((a, b) => a.start - b.start);
}

/** Caches the analysis of each document version and settings, so diagnostics and code actions share one scan. */
export class PhiAnalyzer {
  private readonly cache = new Map<string, { key: string; analysis: Promise<PhiAnalysis> }>();
  private readonly chunkCaches = new Map<string, { optionsKey: string; chunks: ChunkCache }>();

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
    if (looksBinary(text)) return { version, findings: [], analysedLength: 0, truncated: false, binary: true, textHash: textHash(text) };
    const limit = settings.phi.maxDocumentLength;
    const truncated = text.length > limit;
    let analysed = truncated ? text.slice(0, limit) : text;
    if (truncated) {
      // Never cut a surrogate pair or a word in two at the cap.
      const lastBreak = analysed.search(/\s\S*$/);
      if (lastBreak > limit - 200) analysed = analysed.slice(0, lastBreak);
    }
    const options = phiOptionsFor(settings, known);
    const findings = await scanInChunks(analysed, options, token, this.chunkCache(document.uri, JSON.stringify(options)));
    return { version, findings, analysedLength: analysed.length, truncated, binary: false, textHash: textHash(text) };
  }
}
