import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken, throwIfCancelled } from './core/cancellation';
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
}

/** Long documents are scanned in pieces with a turn of the event loop between them, so other requests get answered. */
const CHUNK_LENGTH = 100_000;
/** A chunk ends at a line break searched for this far back, so no finding is cut in two. */
const CHUNK_BOUNDARY_SEARCH = 2_000;

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

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Scans `text` in line-aligned chunks, yielding between them. Names are propagated across chunk borders
 * afterwards: a name found with context in one chunk is flagged in every other chunk too.
 */
export async function scanInChunks(text: string, options: PhiOptions, token: CancellationToken): Promise<PhiFinding[]> {
  if (text.length <= CHUNK_LENGTH) return detectPhi(text, options, token);
  const findings: PhiFinding[] = [];
  let start = 0;
  while (start < text.length) {
    throwIfCancelled(token);
    let end = Math.min(text.length, start + CHUNK_LENGTH);
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end);
      if (lineBreak > end - CHUNK_BOUNDARY_SEARCH && lineBreak > start) end = lineBreak + 1;
    }
    for (const finding of detectPhi(text.slice(start, end), options, token)) {
      findings.push({ ...finding, start: finding.start + start, end: finding.end + start });
    }
    start = end;
    await nextTurn();
  }
  return findings;
}

/** Caches the analysis of each document version and settings, so diagnostics and code actions share one scan. */
export class PhiAnalyzer {
  private readonly cache = new Map<string, { key: string; analysis: Promise<PhiAnalysis> }>();

  async analyse(document: TextDocument, settings: ClinoteSettings, token: CancellationToken, known?: KnownIdentifiers): Promise<PhiAnalysis> {
    const key = `${document.version}\u0000${JSON.stringify(settings.phi)}\u0000${known ? JSON.stringify(known) : ''}`;
    const cached = this.cache.get(document.uri);
    if (cached && cached.key === key) return cached.analysis;
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
  }

  clear(): void {
    this.cache.clear();
  }

  private async compute(document: TextDocument, settings: ClinoteSettings, token: CancellationToken, known?: KnownIdentifiers): Promise<PhiAnalysis> {
    const version = document.version;
    const text = document.getText();
    if (looksBinary(text)) return { version, findings: [], analysedLength: 0, truncated: false, binary: true };
    const limit = settings.phi.maxDocumentLength;
    const truncated = text.length > limit;
    let analysed = truncated ? text.slice(0, limit) : text;
    if (truncated) {
      // Never cut a surrogate pair or a word in two at the cap.
      const lastBreak = analysed.search(/\s\S*$/);
      if (lastBreak > limit - 200) analysed = analysed.slice(0, lastBreak);
    }
    const findings = await scanInChunks(analysed, phiOptionsFor(settings, known), token);
    return { version, findings, analysedLength: analysed.length, truncated, binary: false };
  }
}
