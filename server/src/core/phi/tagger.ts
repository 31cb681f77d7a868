import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CancellationToken, neverCancelled, throwIfCancelled } from '../cancellation';
import { packagedDataDir } from '../packagedData';
import { Candidate, candidate } from './candidate';
import { isListedTown } from './gazetteer';
import { isKnownWord, wordInfo } from './lexicon';
import { NAMES_BY_THEIR_WORDS_ALONE, SAME_NAME_ELSEWHERE, lineTextBefore } from './names';
import { FACILITY_HEAD, STREET_SUFFIX } from './locations';
import type { PhiSubtype } from './types';
import { CITIES, CLINICAL_ABBREVIATIONS, COUNTRIES, CREDENTIALS, NEVER_NAMES, REGIONS, RELATION_CUES, US_STATE_CODE, isInstrumentHead, namesAClinicalInstrument } from './vocabulary';

/**
 * A learned token tagger: an averaged perceptron over hashed features of a word, its neighbours and the name lists,
 * decoded greedily left to right, trained on the project's own gold corpora (never a hold-out). The rules carry the
 * detector; the tagger is a second opinion for places written in ways no rule anticipates, and for names that only the
 * name lists made names. It tags names, jobs and other PHI too, because knowing them sharpens its places, but on unseen
 * notes those tags were mostly wrong and are not used.
 */

export const TAGS = ['O', 'B-NAME', 'I-NAME', 'B-LOCATION', 'I-LOCATION', 'B-PROFESSION', 'I-PROFESSION', 'B-OTHER', 'I-OTHER'] as const;
export const TAG_COUNT = TAGS.length;
/** Stands for the tag before the first token. */
export const START_TAG = TAG_COUNT;

export interface TaggerModel {
  /** log2 of the number of feature buckets. */
  bits: number;
  /** One score unit in perceptron weight. */
  scale: number;
  /**
   * Open-addressing table of the buckets that carry weight, ROW_WIDTH entries a slot: bucket + 1 in two halves (0 when
   * the slot is empty), then one weight a tag. A lookup touches one place in memory, which is what the tagger's speed
   * depends on.
   */
  table: Int16Array;
  /** Number of slots less one (a power of two less one). */
  slotMask: number;
}

const ROW_WIDTH = 2 + TAG_COUNT;

const MAGIC = 'CLTG';
const FORMAT_VERSION = 3;
const HEADER_BYTES = 16;

/**
 * The shipped form: a 16-byte header (magic, version, bits, tag and feature counts, scale, row count), the buckets that
 * carry weight (32-bit, little-endian) and their weights (signed 16-bit, little-endian, a row of TAG_COUNT each).
 * Averaged perceptron weights span five orders of magnitude, so 16 bits are needed to keep the many small weights of rare
 * words; buckets whose weights all stay within `minWeight` of zero are dropped, which keeps a fifth of them (a table
 * that stays in cache) and changes no figure on the blind dev sets by more than 0.1 point.
 */
export function encodeTaggerModel(bits: number, weights: Float32Array, minWeight = 0): Buffer {
  let largest = 0;
  for (const w of weights) largest = Math.max(largest, Math.abs(w));
  const scale = (largest || 1) / 32767;
  const kept: number[] = [];
  for (let bucket = 0; bucket < 1 << bits; bucket++) {
    for (let k = 0; k < TAG_COUNT; k++) {
      if (Math.abs(weights[bucket * TAG_COUNT + k]) > minWeight && Math.round(weights[bucket * TAG_COUNT + k] / scale) !== 0) {
        kept.push(bucket);
        break;
      }
    }
  }
  const out = Buffer.alloc(HEADER_BYTES + kept.length * 4 + kept.length * TAG_COUNT * 2);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt8(FORMAT_VERSION, 4);
  out.writeUInt8(bits, 5);
  out.writeUInt8(TAG_COUNT, 6);
  out.writeUInt8(FEATURE_COUNT, 7);
  out.writeFloatLE(scale, 8);
  out.writeUInt32LE(kept.length, 12);
  let at = HEADER_BYTES;
  for (const bucket of kept) at = out.writeUInt32LE(bucket, at);
  for (const bucket of kept) for (let k = 0; k < TAG_COUNT; k++) at = out.writeInt16LE(Math.round(weights[bucket * TAG_COUNT + k] / scale), at);
  return out;
}

export class TaggerModelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaggerModelError';
  }
}

export function decodeTaggerModel(bytes: Buffer): TaggerModel {
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 4) !== MAGIC) throw new TaggerModelError('not a Clinote tagger model');
  if (bytes.readUInt8(4) !== FORMAT_VERSION) throw new TaggerModelError(`tagger model format ${bytes.readUInt8(4)} is not ${FORMAT_VERSION}`);
  const bits = bytes.readUInt8(5);
  if (bytes.readUInt8(6) !== TAG_COUNT || bytes.readUInt8(7) !== FEATURE_COUNT) throw new TaggerModelError('tagger model was trained for other tags or features');
  const rows = bytes.readUInt32LE(12);
  if (bits < 8 || bits > 24 || rows > 1 << bits || bytes.length !== HEADER_BYTES + rows * 4 + rows * TAG_COUNT * 2) throw new TaggerModelError('tagger model is truncated');
  let slots = 1;
  while (slots < rows * 1.5) slots *= 2;
  const table = new Int16Array(slots * ROW_WIDTH);
  // One aligned copy of the body, read through typed arrays: the load is on the way to a note's first diagnostics. Every
  // platform Node runs on is little-endian, as the file is.
  const body = new Uint8Array(bytes.subarray(HEADER_BYTES));
  const buckets = new Uint32Array(body.buffer, 0, rows);
  const weights = new Int16Array(body.buffer, rows * 4, rows * TAG_COUNT);
  for (let row = 0; row < rows; row++) {
    const bucket = buckets[row];
    let slot = bucket & (slots - 1);
    while (table[slot * ROW_WIDTH] !== 0 || table[slot * ROW_WIDTH + 1] !== 0) slot = (slot + 1) & (slots - 1);
    const key = bucket + 1;
    table[slot * ROW_WIDTH] = key & 0xffff;
    table[slot * ROW_WIDTH + 1] = key >>> 16;
    table.set(weights.subarray(row * TAG_COUNT, (row + 1) * TAG_COUNT), slot * ROW_WIDTH + 2);
  }
  return { bits, scale: bytes.readFloatLE(8), table, slotMask: slots - 1 };
}

export interface TaggerToken {
  start: number;
  end: number;
  /** The token as written. */
  word: string;
  /** The token begins a line (only spaces before it). */
  lineStart: boolean;
  /** Offset where its line begins. */
  lineBegin: number;
  /** Its line has letters and none of them lower case. */
  capsLine: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu;

export function taggerTokens(text: string): TaggerToken[] {
  const tokens: TaggerToken[] = [];
  let lineBegin = 0;
  let lineEnd = -1;
  let capsLine = false;
  let firstOnLine = true;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    if (start > lineEnd) {
      // A new line: find where it begins and ends once, and whether it is written in capitals.
      lineBegin = start;
      while (lineBegin > 0 && text.charCodeAt(lineBegin - 1) !== 10 && text.charCodeAt(lineBegin - 1) !== 13) lineBegin--;
      lineEnd = start;
      while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      const line = text.slice(lineBegin, lineEnd);
      capsLine = /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
      firstOnLine = true;
    }
    let lineStart = firstOnLine;
    for (let k = lineBegin; lineStart && k < start; k++) {
      const code = text.charCodeAt(k);
      if (code !== 32 && code !== 9) lineStart = false;
    }
    firstOnLine = false;
    const word = m[0];
    tokens.push({ start, end: start + word.length, word, lineStart, lineBegin, capsLine });
  }
  TOKEN.lastIndex = 0;
  return tokens;
}

/** Letters as X or x, digits as d, anything else as itself, runs collapsed: "McKay" → "XxXx", "A1C" → "XdX". */
function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (let i = 0; i < word.length && shape.length < 6; i++) {
    const code = word.charCodeAt(i);
    let kind: string;
    if (code >= 65 && code <= 90) kind = 'X';
    else if (code >= 97 && code <= 122) kind = 'x';
    else if (code >= 48 && code <= 57) kind = 'd';
    else if (code < 128) kind = word[i];
    else {
      const ch = word[i];
      kind = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    }
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

function bucket(rank: number | undefined, edges: number[]): string {
  if (rank === undefined || rank === Infinity) return 'none';
  for (const edge of edges) if (rank < edge) return String(edge);
  return 'rare';
}

/** What the word lists say of one token: the same for every occurrence, so computed once a note. */
function lexicalClass(word: string, upper: string): string {
  if (!/\p{L}/u.test(word)) return 'nonword';
  const info = wordInfo(upper);
  const town = isListedTown(upper) ? 'T' : '';
  const known = isKnownWord(upper) ? 'K' : '';
  return `${info.tier}|f${bucket(info.firstRank, [200, 2000])}|s${bucket(info.surnameRank, [1000, 10000])}|c${bucket(info.commonRank, [500, 5000])}|${info.clinicalWord ? 'C' : ''}${town}${known}`;
}

const FNV_OFFSET = 0x811c9dc5;

function hash(feature: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Mixes two 32-bit values into one (an FNV step, then MurmurHash3's finaliser), so features hash without strings. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x01000193) ^ b;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Per-token hashes that do not depend on the tags decoded so far. */
export interface TokenView {
  tokens: TaggerToken[];
  word: Int32Array;
  shape: Int32Array;
  lexical: Int32Array;
  lexicalAndCase: Int32Array;
  /** Three a token: first three letters, last three, last two. */
  affixes: Int32Array;
  /** Bit 0: begins a line; bit 1: a line break follows; bit 2: never part of a reported place, so left untagged. */
  layout: Uint8Array;
  length: Uint8Array;
  /** Each token's word hashes, which also hold the word's cached share of the scores. */
  hashes: WordHashes[];
}

const BEFORE_START = hash('<s>');
const AFTER_END = hash('</s>');
const NO_TOKEN = hash('-');

/** The hashes of one word as written, which every occurrence shares. */
interface WordHashes {
  word: number;
  shape: number;
  lexical: number;
  affixes: [number, number, number];
  length: number;
  /** A word in lower case that joins no name: on a mixed-case line never part of a place the detector reports. */
  lowerCaseWord: boolean;
  /** Its share of the scores under `contributionsModel`, on a capitals line and on a mixed-case one (see contributionsOf). */
  contributions?: [Int32Array | undefined, Int32Array | undefined];
  contributionsModel?: TaggerModel;
}

/** Shared by every note and bounded like the lexicon's own cache: notes repeat their words. */
const wordHashes = new Map<string, WordHashes>();

function hashesOf(word: string): WordHashes {
  let known = wordHashes.get(word);
  if (known === undefined) {
    const lower = word.toLowerCase();
    known = {
      word: hash(lower),
      shape: hash(shapeOf(word)),
      lexical: hash(lexicalClass(word, word.toUpperCase())),
      affixes: [hash(lower.slice(0, 3)), hash(lower.slice(-3)), hash(lower.slice(-2))],
      length: Math.min(word.length, 12),
      lowerCaseWord: /^\p{Ll}/u.test(word) && !NAME_CONNECTORS.has(lower),
    };
    if (wordHashes.size > 50_000) wordHashes.clear();
    wordHashes.set(word, known);
  }
  return known;
}

export function viewOf(tokens: TaggerToken[]): TokenView {
  const n = tokens.length;
  const view: TokenView = {
    tokens,
    word: new Int32Array(n),
    shape: new Int32Array(n),
    lexical: new Int32Array(n),
    lexicalAndCase: new Int32Array(n),
    affixes: new Int32Array(n * 3),
    layout: new Uint8Array(n),
    length: new Uint8Array(n),
    hashes: new Array<WordHashes>(n),
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const known = hashesOf(t.word);
    const caps = t.capsLine ? 1 : 2;
    view.word[i] = known.word;
    view.shape[i] = mix(known.shape, caps);
    view.lexical[i] = known.lexical;
    view.lexicalAndCase[i] = mix(known.lexical, caps);
    view.affixes[i * 3] = known.affixes[0];
    view.affixes[i * 3 + 1] = known.affixes[1];
    view.affixes[i * 3 + 2] = known.affixes[2];
    view.layout[i] = (t.lineStart ? 1 : 0) | (i + 1 < n && tokens[i + 1].lineStart ? 2 : 0) | (known.lowerCaseWord && !t.capsLine ? 4 : 0);
    view.length[i] = known.length;
    view.hashes[i] = known;
  }
  return view;
}

function wordAt(view: TokenView, k: number): number {
  return k < 0 ? BEFORE_START : k >= view.word.length ? AFTER_END : view.word[k];
}

function shapeAt(view: TokenView, k: number): number {
  return k < 0 || k >= view.shape.length ? NO_TOKEN : view.shape[k];
}

function lexicalAt(view: TokenView, k: number): number {
  return k < 0 || k >= view.lexical.length ? NO_TOKEN : view.lexical[k];
}

/** How many features featuresAt writes. */
export const FEATURE_COUNT = 28;

/**
 * Writes into `out` the feature hashes of token i given the two tags before it: the word, its shape and case, what the
 * name lists say of it, its affixes and place on the line, the words and shapes around it, and the tags so far.
 */
export function featuresAt(view: TokenView, i: number, previousTag: number, tagBeforeThat: number, out: Int32Array): void {
  const w = view.word[i];
  let f = 0;
  out[f++] = mix(1, 0);
  out[f++] = mix(2, w);
  out[f++] = mix(3, view.shape[i]);
  out[f++] = mix(4, view.lexical[i]);
  out[f++] = mix(5, view.lexicalAndCase[i]);
  out[f++] = mix(6, view.affixes[i * 3]);
  out[f++] = mix(7, view.affixes[i * 3 + 1]);
  out[f++] = mix(8, view.affixes[i * 3 + 2]);
  out[f++] = mix(9, view.length[i]);
  out[f++] = mix(10, view.layout[i] & 1);
  out[f++] = mix(11, view.layout[i] & 2);
  out[f++] = mix(12, wordAt(view, i - 1));
  out[f++] = mix(13, wordAt(view, i - 2));
  out[f++] = mix(14, wordAt(view, i + 1));
  out[f++] = mix(15, wordAt(view, i + 2));
  out[f++] = mix(mix(16, wordAt(view, i - 1)), w);
  out[f++] = mix(mix(17, w), wordAt(view, i + 1));
  out[f++] = mix(mix(18, wordAt(view, i - 2)), wordAt(view, i - 1));
  out[f++] = mix(mix(19, wordAt(view, i + 1)), wordAt(view, i + 2));
  out[f++] = mix(20, shapeAt(view, i - 1));
  out[f++] = mix(21, shapeAt(view, i + 1));
  out[f++] = mix(22, lexicalAt(view, i - 1));
  out[f++] = mix(23, lexicalAt(view, i + 1));
  out[f++] = mix(24, previousTag);
  out[f++] = mix(mix(25, tagBeforeThat), previousTag);
  out[f++] = mix(mix(26, previousTag), w);
  out[f++] = mix(mix(27, previousTag), view.lexical[i]);
  out[f++] = mix(mix(28, previousTag), view.shape[i]);
}

/** Adds up the weights of each feature's bucket into `scores`, one slot a tag; buckets without weight add nothing. */
export function scoreFeatures(model: TaggerModel, features: Int32Array, scores: Float64Array): void {
  scores.fill(0);
  const bucketMask = (1 << model.bits) - 1;
  const { table, slotMask } = model;
  for (let f = 0; f < features.length; f++) {
    const bucket = features[f] & bucketMask;
    const low = ((bucket + 1) << 16) >> 16;
    const high = (bucket + 1) >> 16;
    for (let slot = bucket & slotMask; ; slot = (slot + 1) & slotMask) {
      const at = slot * ROW_WIDTH;
      const slotLow = table[at];
      const slotHigh = table[at + 1];
      if (slotLow === low && slotHigh === high) {
        for (let k = 0; k < TAG_COUNT; k++) scores[k] += table[at + 2 + k];
        break;
      }
      if (slotLow === 0 && slotHigh === 0) break;
    }
  }
}

/** An I- tag only continues its own category. */
function continues(tag: number, previous: number): boolean {
  const name = TAGS[tag];
  if (!name.startsWith('I-')) return true;
  const prev = TAGS[previous] ?? 'O';
  return prev !== 'O' && prev.slice(2) === name.slice(2);
}

/** ALLOWED[previous * TAG_COUNT + tag], previous running to START_TAG. */
const ALLOWED = Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, (_, k) => continues(k % TAG_COUNT, Math.floor(k / TAG_COUNT)));

export function allowed(tag: number, previous: number): boolean {
  return ALLOWED[previous * TAG_COUNT + tag];
}

export interface TaggedSpan {
  start: number;
  end: number;
  category: 'NAME' | 'LOCATION' | 'PROFESSION' | 'OTHER';
  /** The smallest margin, over the span's tokens, of the chosen tag over 'O'. */
  margin: number;
  /** Where the line of its first token begins, and whether that line is written in capitals. */
  lineBegin: number;
  capsLine: boolean;
}

/** Decodes a note greedily and returns its spans. */
export function tagText(text: string, model: TaggerModel, token: CancellationToken = neverCancelled): TaggedSpan[] {
  const view = viewOf(taggerTokens(text));
  const tags = decode(view, model, token);
  return spansOf(view.tokens, tags.tags, tags.margins);
}

/**
 * Adds the weights of one feature's bucket to `into[offset..offset + TAG_COUNT)`; a bucket without weight adds nothing.
 * The same lookup as scoreFeatures, for the decoder's partial sums.
 */
function addWeights(model: TaggerModel, feature: number, into: Int32Array, offset: number): void {
  const bucket = feature & ((1 << model.bits) - 1);
  const low = ((bucket + 1) << 16) >> 16;
  const high = (bucket + 1) >> 16;
  const { table, slotMask } = model;
  for (let slot = bucket & slotMask; ; slot = (slot + 1) & slotMask) {
    const at = slot * ROW_WIDTH;
    const slotLow = table[at];
    const slotHigh = table[at + 1];
    if (slotLow === low && slotHigh === high) {
      for (let k = 0; k < TAG_COUNT; k++) into[offset + k] += table[at + 2 + k];
      return;
    }
    if (slotLow === 0 && slotHigh === 0) return;
  }
}

/*
 * Most of featuresAt's features depend on one token alone: its own word, shape, lists and affixes, or the same token
 * seen as a neighbour one or two places left or right. Their weights are summed once a word and kept with its hashes, so
 * the decoder looks up 4 to 7 buckets a token instead of 28. The weights are whole numbers, so the sums are exactly those of
 * scoreFeatures over featuresAt, in any order.
 */
const OWN = 0;
const AS_LEFT_NEIGHBOUR = TAG_COUNT;
const AS_SECOND_LEFT = 2 * TAG_COUNT;
const AS_RIGHT_NEIGHBOUR = 3 * TAG_COUNT;
const AS_SECOND_RIGHT = 4 * TAG_COUNT;
/** Features 26-28 when the tag before is O, as it is before nearly every word. */
const AFTER_OUTSIDE = 5 * TAG_COUNT;
const CONTRIBUTION_WIDTH = 6 * TAG_COUNT;

/**
 * A word's share of the scores: the features featuresAt numbers 1-9 (own), 12, 20 and 22 (as left neighbour), 13, 14,
 * 21, 23, 15, and 26-28 after an O tag.
 */
function contributionsOf(model: TaggerModel, known: WordHashes, capsLine: boolean): Int32Array {
  if (known.contributionsModel !== model || !known.contributions) {
    known.contributionsModel = model;
    known.contributions = [undefined, undefined];
  }
  const caps = capsLine ? 1 : 2;
  const cached = known.contributions[caps - 1];
  if (cached) return cached;
  const sums = new Int32Array(CONTRIBUTION_WIDTH);
  const shape = mix(known.shape, caps);
  addWeights(model, mix(1, 0), sums, OWN);
  addWeights(model, mix(2, known.word), sums, OWN);
  addWeights(model, mix(3, shape), sums, OWN);
  addWeights(model, mix(4, known.lexical), sums, OWN);
  addWeights(model, mix(5, mix(known.lexical, caps)), sums, OWN);
  addWeights(model, mix(6, known.affixes[0]), sums, OWN);
  addWeights(model, mix(7, known.affixes[1]), sums, OWN);
  addWeights(model, mix(8, known.affixes[2]), sums, OWN);
  addWeights(model, mix(9, known.length), sums, OWN);
  addWeights(model, mix(12, known.word), sums, AS_LEFT_NEIGHBOUR);
  addWeights(model, mix(20, shape), sums, AS_LEFT_NEIGHBOUR);
  addWeights(model, mix(22, known.lexical), sums, AS_LEFT_NEIGHBOUR);
  addWeights(model, mix(13, known.word), sums, AS_SECOND_LEFT);
  addWeights(model, mix(14, known.word), sums, AS_RIGHT_NEIGHBOUR);
  addWeights(model, mix(21, shape), sums, AS_RIGHT_NEIGHBOUR);
  addWeights(model, mix(23, known.lexical), sums, AS_RIGHT_NEIGHBOUR);
  addWeights(model, mix(15, known.word), sums, AS_SECOND_RIGHT);
  addWeights(model, mix(mix(26, 0), known.word), sums, AFTER_OUTSIDE);
  addWeights(model, mix(mix(27, 0), known.lexical), sums, AFTER_OUTSIDE);
  addWeights(model, mix(mix(28, 0), shape), sums, AFTER_OUTSIDE);
  known.contributions[caps - 1] = sums;
  return sums;
}

/** The sums a model gives to what is not a word: the note's edges, a token's place on its line, and the tags before it. */
interface ModelConstants {
  /** The neighbour slots of contributionsOf for the positions before the first token and after the last. */
  edges: Int32Array;
  /** Features 10 and 11 for each of the four line-layout cases (layout & 3). */
  layout: Int32Array;
  /** Features 24 and 25 for each (tag before that, previous tag), both running to START_TAG. */
  tags: Int32Array;
}

const modelConstants = new WeakMap<TaggerModel, ModelConstants>();

function constantsOf(model: TaggerModel): ModelConstants {
  let known = modelConstants.get(model);
  if (known) return known;
  const edges = new Int32Array(CONTRIBUTION_WIDTH);
  addWeights(model, mix(12, BEFORE_START), edges, AS_LEFT_NEIGHBOUR);
  addWeights(model, mix(20, NO_TOKEN), edges, AS_LEFT_NEIGHBOUR);
  addWeights(model, mix(22, NO_TOKEN), edges, AS_LEFT_NEIGHBOUR);
  addWeights(model, mix(13, BEFORE_START), edges, AS_SECOND_LEFT);
  addWeights(model, mix(14, AFTER_END), edges, AS_RIGHT_NEIGHBOUR);
  addWeights(model, mix(21, NO_TOKEN), edges, AS_RIGHT_NEIGHBOUR);
  addWeights(model, mix(23, NO_TOKEN), edges, AS_RIGHT_NEIGHBOUR);
  addWeights(model, mix(15, AFTER_END), edges, AS_SECOND_RIGHT);
  const layout = new Int32Array(4 * TAG_COUNT);
  for (let bits = 0; bits < 4; bits++) {
    addWeights(model, mix(10, bits & 1), layout, bits * TAG_COUNT);
    addWeights(model, mix(11, bits & 2), layout, bits * TAG_COUNT);
  }
  const tags = new Int32Array((START_TAG + 1) * (START_TAG + 1) * TAG_COUNT);
  for (let before = 0; before <= START_TAG; before++) {
    for (let previous = 0; previous <= START_TAG; previous++) {
      const offset = (before * (START_TAG + 1) + previous) * TAG_COUNT;
      addWeights(model, mix(24, previous), tags, offset);
      addWeights(model, mix(mix(25, before), previous), tags, offset);
    }
  }
  known = { edges, layout, tags };
  modelConstants.set(model, known);
  return known;
}

export function decode(view: TokenView, model: TaggerModel, token: CancellationToken = neverCancelled): { tags: number[]; margins: number[] } {
  const n = view.tokens.length;
  const tags: number[] = new Array<number>(n);
  const margins: number[] = new Array<number>(n);
  const scores = new Int32Array(TAG_COUNT);
  const { edges, layout, tags: tagSums } = constantsOf(model);
  const shares: Int32Array[] = new Array<Int32Array>(n);
  for (let k = 0; k < n; k++) shares[k] = contributionsOf(model, view.hashes[k], view.tokens[k].capsLine);
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 1023) throwIfCancelled(token);
    // Most words of mixed-case prose: plausiblePlace would drop any span holding them, so they are not scored at all.
    if (view.layout[i] & 4) {
      tags[i] = 0;
      margins[i] = 0;
      continue;
    }
    const previous = i > 0 ? tags[i - 1] : START_TAG;
    const before = i > 1 ? tags[i - 2] : START_TAG;
    const own = shares[i];
    const left = i > 0 ? shares[i - 1] : edges;
    const secondLeft = i > 1 ? shares[i - 2] : edges;
    const right = i + 1 < n ? shares[i + 1] : edges;
    const secondRight = i + 2 < n ? shares[i + 2] : edges;
    const layoutAt = (view.layout[i] & 3) * TAG_COUNT;
    const tagsAt = (before * (START_TAG + 1) + previous) * TAG_COUNT;
    const afterO = previous === 0;
    for (let k = 0; k < TAG_COUNT; k++) {
      scores[k] =
        own[OWN + k] +
        left[AS_LEFT_NEIGHBOUR + k] +
        secondLeft[AS_SECOND_LEFT + k] +
        right[AS_RIGHT_NEIGHBOUR + k] +
        secondRight[AS_SECOND_RIGHT + k] +
        layout[layoutAt + k] +
        tagSums[tagsAt + k] +
        (afterO ? own[AFTER_OUTSIDE + k] : 0);
    }
    const w = view.word[i];
    const wordBefore = wordAt(view, i - 1);
    const wordAfter = wordAt(view, i + 1);
    addWeights(model, mix(mix(16, wordBefore), w), scores, 0);
    addWeights(model, mix(mix(17, w), wordAfter), scores, 0);
    addWeights(model, mix(mix(18, wordAt(view, i - 2)), wordBefore), scores, 0);
    addWeights(model, mix(mix(19, wordAfter), wordAt(view, i + 2)), scores, 0);
    if (!afterO) {
      addWeights(model, mix(mix(26, previous), w), scores, 0);
      addWeights(model, mix(mix(27, previous), view.lexical[i]), scores, 0);
      addWeights(model, mix(mix(28, previous), view.shape[i]), scores, 0);
    }
    let best = 0;
    for (let k = 1; k < TAG_COUNT; k++) if (allowed(k, previous) && scores[k] > scores[best]) best = k;
    tags[i] = best;
    margins[i] = (scores[best] - scores[0]) * model.scale;
  }
  return { tags, margins };
}

/** The decoder as training sees it, scoring featuresAt's features one by one: the reference the fast decoder must equal. */
export function decodeFeatureByFeature(view: TokenView, model: TaggerModel): { tags: number[]; margins: number[] } {
  const tags: number[] = [];
  const margins: number[] = [];
  const scores = new Float64Array(TAG_COUNT);
  const features = new Int32Array(FEATURE_COUNT);
  for (let i = 0; i < view.tokens.length; i++) {
    if (view.layout[i] & 4) {
      tags.push(0);
      margins.push(0);
      continue;
    }
    const previous = i > 0 ? tags[i - 1] : START_TAG;
    featuresAt(view, i, previous, i > 1 ? tags[i - 2] : START_TAG, features);
    scoreFeatures(model, features, scores);
    let best = 0;
    for (let k = 1; k < TAG_COUNT; k++) if (allowed(k, previous) && scores[k] > scores[best]) best = k;
    tags.push(best);
    margins.push((scores[best] - scores[0]) * model.scale);
  }
  return { tags, margins };
}

export function spansOf(tokens: TaggerToken[], tags: number[], margins: number[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const tag = TAGS[tags[i]];
    if (tag === 'O') {
      open = undefined;
      continue;
    }
    const category = tag.slice(2) as TaggedSpan['category'];
    if (tag.startsWith('B-') || !open || open.category !== category) {
      open = { start: tokens[i].start, end: tokens[i].end, category, margin: margins[i], lineBegin: tokens[i].lineBegin, capsLine: tokens[i].capsLine };
      spans.push(open);
    } else {
      open.end = tokens[i].end;
      open.margin = Math.min(open.margin, margins[i]);
    }
  }
  return spans;
}

const MODEL_FILE = 'tagger.bin.gz';

export function defaultTaggerModelPath(): string {
  return join(packagedDataDir('phi'), MODEL_FILE);
}

let shipped: { model?: TaggerModel; error?: string } | undefined;

/**
 * The model shipped with Clinote, read on first use. Without it (a damaged install) the rules still run alone;
 * `taggerModelProblem` says why. The package check requires the file in the .vsix.
 */
export function shippedTaggerModel(): TaggerModel | undefined {
  if (!shipped) {
    try {
      shipped = { model: decodeTaggerModel(gunzipSync(readFileSync(defaultTaggerModelPath()))) };
    } catch (error) {
      shipped = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return shipped.model;
}

export function taggerModelProblem(): string | undefined {
  shippedTaggerModel();
  return shipped?.error;
}

/**
 * The smallest margin (in perceptron score) at which a place the rules missed is reported. Chosen on the blind dev
 * sets 20 to 25 with a model trained without them: lower margins buy little recall for many false alarms.
 */
export const LEARNED_PLACE_MARGIN = 20;

const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*/gu;
const STREET_END = new RegExp(String.raw`\b${STREET_SUFFIX}\.?$`, 'i');

/** Small words a place's name may hold in lower case ("Bank of America", "Church of the Nazarene"). */
const NAME_CONNECTORS = new Set(['of', 'and', 'the', 'at', 'on', 'for', 'de', 'del', 'la', 'le', 'du', 'da', 'van', 'von', 'y', 'e', 'in']);

/** Participles that end firms' and churches' names: "Galorath Incorporated", "Blessed", "Consolidated". */
const ORGANISATION_PARTICIPLE = /^(?:incorporated|limited|united|associated|blessed|unified|consolidated|integrated|allied|sacred|federated|affiliated)$/i;

/**
 * A tagged span trimmed to its words, or undefined when it cannot be a place: no letters; on a mixed-case line, a word
 * in lower case that joins no name (places are capitalised there); or one word that is known from English or clinical
 * prose, an abbreviation, or two letters long.
 */
// Anchored after a non-letter: a long run of letters with no hyphen is then tried once, not from every letter.
const HYPHENATED_WORD = /(?<!\p{L})\p{L}+(?:-\p{L}+)+/gu;

function plausiblePlace(text: string, span: TaggedSpan): { start: number; end: number } | undefined {
  let { start, end } = span;
  while (start < end && !/[\p{L}\p{N}]/u.test(text.charAt(start))) start++;
  while (end > start && !/[\p{L}\p{N}]/u.test(text.charAt(end - 1))) end--;
  const words = text.slice(start, end).match(WORD) ?? [];
  const first = words[0];
  if (first === undefined || words.length > MAX_PLACE_WORDS) return undefined;
  // Read from the tokens, not the line: a note of one long line would make that quadratic.
  const mixedCase = !span.capsLine;
  if (mixedCase && words.some((word, k) => !/^\p{Lu}/u.test(word) && (k === 0 || !NAME_CONNECTORS.has(word)))) return undefined;
  const body = text.slice(start, end);
  // Three blanks or a tab part two cells of a table ("OYELARAN       STONE": a surgeon, then an anaesthetist); a span
  // across them is no one place, and a cell of it alone was not what the tagger read.
  if (/ {3}|\t/.test(body)) return undefined;
  // Numbers belong to the rules' patterns, except in a street address the rules did not know.
  if (/\d/.test(body) && !STREET_END.test(body)) return undefined;
  // Eponyms and drugs: the rules know where these are no places ("Foley", "Bethesda II", "Swan-Ganz").
  if (words.some((word) => isEponymOrDrug(word.toUpperCase())) || (body.includes('-') && (body.match(HYPHENATED_WORD) ?? []).some((word) => isEponymOrDrug(word.toUpperCase())))) return undefined;
  const last = words[words.length - 1];
  if (words.length === 1 && !plausibleOneWordPlace(first.toUpperCase(), text.slice(end, end + 8))) return undefined;
  // In mixed case a place of one word, hyphens and all, is only trusted when the town list knows it.
  if (mixedCase && !/\s/.test(body) && !isListedTown(body.toUpperCase())) return undefined;
  // A span across a full stop joins two sentences; a heading word, an abbreviation ("TO MIDFIELD BIL") or a class number
  // ends no place, and a compass phrase or a possessive ("HER SISTER'S") begins none.
  if (/[.;!?]\s/.test(body) || HEADING_END.test(last) || CLINICAL_ABBREVIATIONS.has(last.toUpperCase()) || ROMAN_NUMERAL.test(last)) return undefined;
  // "RRT CALLED", "FAMILY NOTIFIED": a clause ending in a past tense, not a name.
  if (words.length > 1 && last.length >= 5 && /ED$/i.test(last) && !ORGANISATION_PARTICIPLE.test(last) && isKnownWord(last.toUpperCase())) return undefined;
  if (/^[ \t]{1,2}(?:I|II|III|IV|V|VI)\b/.test(text.slice(end, end + 6))) return undefined;
  if (POSSESSIVE_START.test(first) || /^(?:north|south|east|west)$/i.test(first) && /^of$/i.test(words[1] ?? '')) return undefined;
  // A device or product named after a person or a brand ("MALONEY BOUGIE", "Pred Forte drops", "Kerlix wrap").
  if (DEVICE_OR_PRODUCT.test(last) || DEVICE_OR_PRODUCT.test(/^[ \t]{1,2}([A-Za-z]+)/.exec(text.slice(end, end + 16))?.[1] ?? '')) return undefined;
  // A place's name that names a scale, a disease or a classification ("New York Heart Association", "Bethesda II").
  if (isInstrumentHead(last) || namesAClinicalInstrument(text, end, !mixedCase, true)) return undefined;
  const ordinaryWords = words.every((word) => NAME_CONNECTORS.has(word.toLowerCase()) || isKnownWord(word.toUpperCase().replace(/['’]S$/, '')));
  // "THE COUNTY HOSPITAL", "a local church": a description, not a name.
  if (ordinaryWords && ARTICLE.test(first)) return undefined;
  // Clinical shorthand inside ("BILATERAL LE VENOUS STASIS ULCERS") makes it a finding, not a place.
  if (words.some((word) => isClinicalShorthand(word.toUpperCase()))) return undefined;
  // A sentence of mixed case opening with capitalised dictionary words is a sentence ("Lasix and Coreg were held").
  if (mixedCase && ordinaryWords && opensSentence(text, span.lineBegin, start)) return undefined;
  // In capitals nothing tells a heading or a phrase ("ED NOTE", "STEEP HILL") from a firm of ordinary words but a surer
  // tagger and what puts a place after it: a preposition, a label's colon, a letterhead's own line.
  if (!mixedCase && ordinaryWords && (span.margin < ORDINARY_WORDS_MARGIN || !placeMayFollow(text, span.lineBegin, start, end))) return undefined;
  return { start, end };
}

/**
 * A place in one word is a word no list knows or a listed town: no English or clinical word, no person's name, no term,
 * no relation ("STEPDTR"); a short one only if the town list knows it, since "FROM TCU" is as likely a care setting's
 * acronym; and no verb's past or present participle before a preposition ("DISPATCHED TO").
 */
function plausibleOneWordPlace(upper: string, after: string): boolean {
  if (upper.length <= 2 || isKnownWord(upper) || CLINICAL_TERM_ENDING.test(upper) || CREDENTIALS.has(upper) || RELATION_CUES.has(upper)) return false;
  if (!isListedTown(upper) && (upper.length <= 4 || (/^[A-Z]{4,}(?:ED|ING)$/.test(upper) && /^[ \t]{1,2}(?:TO|FROM|BY|AT|IN|FOR|WITH|ON)\b/i.test(after)))) return false;
  const info = wordInfo(upper);
  return !info.firstName && !info.surname;
}

const PLACE_WORD_BEFORE = /(?:\b(?:AT|FROM|FOR|TO|IN|WITH|NEAR|VIA|BY|OF)[ \t]{1,2}(?:THE[ \t]{1,2})?|:[ \t]*)$/;

function placeMayFollow(text: string, lineBegin: number, start: number, end: number): boolean {
  if (PLACE_WORD_BEFORE.test(text.slice(Math.max(lineBegin, start - 16), start))) return true;
  // A letterhead: the name is the whole line.
  return atLineStart(text, lineBegin, start) && /^[ \t.,]*(?:[\r\n]|$)/.test(text.slice(end, end + 8));
}

/** Longer runs are the tagger losing its way in repeated or listed text, not one place's name. */
const MAX_PLACE_WORDS = 8;
const HEADING_END = /^(?:note|notes|author|by|debrief|addendum|handoff|handover|update|review|summary)$/i;
const ROMAN_NUMERAL = /^(?:I|II|III|IV|V|VI)$/;
const ARTICLE = /^(?:the|a|an)$/i;
const US_STATE = new RegExp(`^(?:${US_STATE_CODE})$`);

/** A clinical abbreviation that is no state code and no word of a place's name ("LE", "BID", not "MI" or "CENTER"). */
function isClinicalShorthand(upper: string): boolean {
  return CLINICAL_ABBREVIATIONS.has(upper) && !NEVER_NAMES.has(upper) && !US_STATE.test(upper) && upper !== 'EMS';
}

const POSSESSIVE_START = /^(?:her|his|their|my|our|your)$/i;
const DEVICE_OR_PRODUCT = /^(?:bougie|drains?|catheters?|tubes?|stents?|shunts?|clamps?|retractors?|splints?|braces?|pumps?|valves?|forceps|drops?|wrap|gel|cream|ointment|tablets?|spray|patch|solution|lotion|dressing|tape|strips|inhaler|pen)$/i;

const CLINICAL_TERM_ENDING = /(?:OSIS|ITIS|EMIA|AEMIA|OMA|ECTOMY|OTOMY|OSTOMY|PATHY|PLASTY|SCOPY|ALGIA|URIA|LYSIS|PLEGIA|TROPHY)$/;

/** In capitals, a span of dictionary words only is reported at this margin or above. */
const ORDINARY_WORDS_MARGIN = 40;

function isEponymOrDrug(upper: string): boolean {
  return wordInfo(upper).tier === 'word' && !NEVER_NAMES.has(upper) && !CLINICAL_ABBREVIATIONS.has(upper);
}

/** Only blanks between the line's start and `start` (looked at within 16 characters, so a long line costs nothing). */
function atLineStart(text: string, lineBegin: number, start: number): boolean {
  return start - lineBegin <= 16 && /^[ \t]*$/.test(text.slice(lineBegin, start));
}

/** At the start of a line, or after a sentence's full stop, colon or semicolon. */
function opensSentence(text: string, lineBegin: number, start: number): boolean {
  return atLineStart(text, lineBegin, start) || /[.;:!?][ \t]+$/.test(text.slice(Math.max(lineBegin, start - 4), start));
}

function placeSubtype(text: string): PhiSubtype {
  if (STREET_END.test(text)) return 'STREET';
  if (FACILITY_HEAD.test(text)) return 'HOSPITAL';
  return /\s/.test(text) ? 'ORGANIZATION' : 'LOCATION';
}

/**
 * Places the tagger finds that no rule claimed for another category: the rules' candidates go first, so the tagger only
 * fills gaps and widens places.
 * Confidence follows the margin, so a weak guess shows as information rather than a warning.
 */
export function findLearnedPlaces(
  text: string,
  claimed: ReadonlyArray<Pick<Candidate, 'start' | 'end' | 'category'>>,
  tagged: ReadonlyArray<TaggedSpan>,
  minMargin = LEARNED_PLACE_MARGIN,
): Candidate[] {
  const found: Candidate[] = [];
  // Both lists run in order of start and the claimed spans do not overlap, so one pass over them serves every span.
  const byStart = [...claimed].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const span of tagged) {
    if (span.category !== 'LOCATION' || span.margin < minMargin) continue;
    const place = plausiblePlace(text, span);
    if (!place) continue;
    while (first < byStart.length && byStart[first].end <= place.start) first++;
    let clash = false;
    for (let k = first; k < byStart.length && byStart[k].start < place.end && !clash; k++) clash = byStart[k].end > place.start && byStart[k].category !== 'LOCATION';
    // Beside a place a rule found, the tagger's span may only widen it ("Riverbend" to "Riverbend Community Centre").
    if (clash) continue;
    const confidence = Math.min(0.8, 0.5 + span.margin / 400);
    found.push(candidate(place.start, place.end, 'LOCATION', placeSubtype(text.slice(place.start, place.end)), confidence, 'learned tagger: a place by its words and context'));
  }
  return found;
}

/**
 * The margin above which the tagger's reading of a name as a place outweighs the name lists. Chosen on dev34-72 with a
 * model that had not seen them (place recall 81.8 -> 87.5 %, names 96.4 -> 96.1 % and still flagged, as places).
 */
export const PLACE_OVER_NAME_MARGIN = 40;

/**
 * A census or board line: a room, bed or chair number before the patient's name ("RM 607 BED 1 YAZZIE", "214A DUBOIS -",
 * "CH 9  BELL, ANNIE").
 */
const ROOM_OR_BED_BEFORE = /(?:^[ \t]*[A-Z]?\d{1,4}[A-Z]?|\b(?:RM|ROOM|BED|CH|BAY|Rm|Room|Bed|Bay|rm|room|bed|bay)\.?[ \t]*#?\d{1,4}[A-Z]?)[ \t]*(?:BED[ \t]*\d[ \t]*)?[-\u2013\u2014:]?[ \t]*(?:[A-Z][A-Za-z'\u2019-]+,[ \t]*)?$/;

/** Frequent in the census lists and no listed town: "Patel", "Murphy" are people wherever the tagger would put them. */
function isFrequentNameNoTown(word: string): boolean {
  const upper = word.toUpperCase();
  const info = wordInfo(upper);
  return info.tier === 'name' && (info.surnameRank < 2000 || info.firstRank < 500) && !isListedTown(upper);
}

/**
 * A listed name of a person ("a first name" when `given`) that names no town, state, region or country: leading a
 * span ("Gloria Pena") or after "SURNAME," ("NAKOA, DUKE") it makes the words a person's.
 */
function isPersonalNameNoPlace(word: string, given: boolean): boolean {
  const upper = word.toUpperCase();
  const info = wordInfo(upper);
  if (info.tier !== 'name' || (given && !info.firstName)) return false;
  return !isListedTown(upper) && !US_STATE.test(upper) && !REGIONS.has(upper) && !COUNTRIES.has(upper) && !CITIES.has(upper);
}

/** What joins two people of a list: a comma, "and", "&" or a slash. */
const LISTED_TOGETHER = /^[ \t]*(?:,|&|\/|and|AND)[ \t]*$/;

/**
 * Names that only the name lists or their capitals made names ("lives in Hope", "CALLED SHADY OAKS", "from Busby"),
 * which the tagger reads as places, become places; they stay flagged either way. They stay names where the note also
 * gives the same words with a cue of a person ("Dr. Hope", "wife Grace"; another name sharing a word is not enough),
 * where they are frequent names and no town ("Patel"), where a listed first name leads them ("Gloria Pena"), on a census
 * line after a room or bed, and where they are listed with a person ("Marrero and Murphy", "NAKOA, DUKE"). A repetition
 * of the name follows only where every occurrence the lists found became a place. The place takes the name's span as
 * it is: the place filters of `plausiblePlace` and the passes that widen places do not run on it.
 * `findings` are the rules' resolved findings, no two overlapping; returns the places, each over a name's span.
 */
export function placesAmongListedNames(
  text: string,
  findings: ReadonlyArray<Candidate>,
  tagged: ReadonlyArray<TaggedSpan>,
  minMargin = PLACE_OVER_NAME_MARGIN,
): Candidate[] {
  const keyOf = (found: Candidate) => text.slice(found.start, found.end).toLowerCase();
  const names = findings.filter((found) => found.category === 'NAME').sort((a, b) => a.start - b.start);
  const cued = new Set<string>();
  for (const name of names) if (!NAMES_BY_THEIR_WORDS_ALONE.has(name.reason) && name.reason !== SAME_NAME_ELSEWHERE) cued.add(keyOf(name));
  const readAsPlace = new Array<boolean>(names.length).fill(false);
  let span = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (!NAMES_BY_THEIR_WORDS_ALONE.has(name.reason) || cued.has(keyOf(name))) continue;
    while (span < tagged.length && tagged[span].end <= name.start) span++;
    for (let k = span; k < tagged.length && tagged[k].start <= name.start && !readAsPlace[i]; k++) {
      readAsPlace[i] = tagged[k].category === 'LOCATION' && tagged[k].margin >= minMargin && tagged[k].end >= name.end;
    }
    if (!readAsPlace[i]) continue;
    const words = text.slice(name.start, name.end).split(/[ \t]+/);
    if (words.length === 1 ? isFrequentNameNoTown(words[0]) : isPersonalNameNoPlace(words[0], true)) readAsPlace[i] = false;
    else if (ROOM_OR_BED_BEFORE.test(lineTextBefore(text, name.start, 40))) readAsPlace[i] = false;
  }
  const listedWith = (i: number, j: number) => j >= 0 && j < names.length && LISTED_TOGETHER.test(text.slice(Math.min(names[i].end, names[j].end), Math.max(names[i].start, names[j].start)));
  const places: Candidate[] = [];
  const placeKeys = new Set<string>();
  const namesKept = new Set<string>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    let becomesPlace = readAsPlace[i] && !((listedWith(i, i - 1) && !readAsPlace[i - 1]) || (listedWith(i, i + 1) && !readAsPlace[i + 1]));
    // "NAKOA, DUKE": a surname and the given name after its comma, however the tagger read both.
    const givenAfterComma = becomesPlace ? /^,[ \t]*(\p{L}[\p{L}'\u2019-]*)/u.exec(text.slice(name.end, name.end + 40)) : null;
    if (givenAfterComma && isPersonalNameNoPlace(givenAfterComma[1], false)) becomesPlace = false;
    const previous = names[i - 1];
    if (becomesPlace && previous && /^,[ \t]*$/.test(text.slice(previous.end, name.start)) && isPersonalNameNoPlace(text.slice(name.start, name.end), true)) becomesPlace = false;
    if (becomesPlace) {
      places.push(asPlace(text, name));
      placeKeys.add(keyOf(name));
    } else if (NAMES_BY_THEIR_WORDS_ALONE.has(name.reason)) {
      namesKept.add(keyOf(name));
    }
  }
  for (const name of names) {
    if (name.reason === SAME_NAME_ELSEWHERE && placeKeys.has(keyOf(name)) && !namesKept.has(keyOf(name))) places.push(asPlace(text, name));
  }
  return places.sort((a, b) => a.start - b.start);
}

function asPlace(text: string, name: Candidate): Candidate {
  return candidate(name.start, name.end, 'LOCATION', placeSubtype(text.slice(name.start, name.end)), name.confidence, `${name.reason}, read as a place by the learned tagger`);
}

/** The findings with every name inside one of `places` (from placesAmongListedNames: in order of start, none overlapping) made a place. */
export function withNamesReadAsPlaces(text: string, findings: readonly Candidate[], places: readonly Candidate[]): readonly Candidate[] {
  if (places.length === 0) return findings;
  return findings.map((found) => {
    if (found.category !== 'NAME') return found;
    let low = 0;
    let high = places.length - 1;
    let within: Candidate | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (places[middle].start <= found.start) {
        within = places[middle];
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return within && within.end >= found.end ? asPlace(text, found) : found;
  });
}
