/**
 * Compiles the ICD-10-CM sources in /work/shared/data/icd10cm (CMS/CDC, public domain) into the compact
 * index the server ships: data/icd/icd10cm-index.gz. Run by `npm run build:icd` (before learn-ranker.ts).
 *
 * Sources: FY2026 order file (codes, billable flags, titles), FY2017 alphabetic index (term paths, "see"
 * references resolved), tabular inclusion terms, Excludes1 and use-additional-code notes, 7th-character
 * definitions, neoplasm table. Nothing learned from CodiEsp goes in here: scripts/icd/learn-ranker.ts
 * learns from what this dictionary finds and writes its own file (data/icd/icd10cm-ranker.json.gz).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { phraseTokens } from '../../server/src/core/icd/text';
import { parseOrderFile } from '../../server/src/core/icd/order-file';
import {
  DERIVED_TITLE_MARK, GROUP_SEPARATOR, INDEX_FILE_NAME, INDEX_FORMAT, IndexMeta, SECTION_SEPARATOR, TermSource,
} from '../../server/src/core/icd/compiled';

const sourceDir = process.env.CLINOTE_ICD_SOURCE_DIR ?? '/work/shared/data/icd10cm';
const outDir = join(__dirname, '..', '..', 'data', 'icd');

const order = parseOrderFile(readFileSync(join(sourceDir, 'icd10cm_order_2026.txt'), 'latin1'));
const codeSet = new Set(order.map((c) => c.code));

function undot(code: string): string {
  return code.replace(/[.\-]/g, '').toUpperCase();
}

/** The nearest code that exists in FY2026: the index may name codes since extended or retired. */
function existingCode(code: string): string | undefined {
  for (let c = undot(code); c.length >= 3; c = c.slice(0, -1)) if (codeSet.has(c)) return c;
  return undefined;
}

interface TermRow {
  code: string;
  source: TermSource;
  required: string[];
  optional: string[];
}
const terms = new Map<string, TermRow>();
/** Tokens that say whose a condition is or when it was, never which condition. */
const CONTEXT_ONLY = new Set(['history', 'family', 'status']);
const SOURCE_RANK: Record<TermSource, number> = { i: 5, n: 4, p: 4, t: 3, e: 2, m: 2 };

function addTerm(code: string, source: TermSource, requiredText: string, optionalText = ''): void {
  const required = phraseTokens(requiredText);
  if (required.length === 0) return;
  // A lone short word ("VIN", "CIN", "MR") is an acronym the index spells in capitals but notes use for
  // other things; the curated abbreviations (server/src/core/icd/abbreviations.ts) cover the safe ones.
  if (required.length === 1 && required[0].length <= 3) return;
  // "Personal history of other specified conditions" reduces to "history": words that only say whose or when.
  if (required.every((t) => CONTEXT_ONLY.has(t))) return;
  const optional = phraseTokens(optionalText).filter((t) => !required.includes(t));
  const key = code + '|' + [...required].sort().join(' ');
  const existing = terms.get(key);
  if (existing && SOURCE_RANK[existing.source] >= SOURCE_RANK[source]) return;
  terms.set(key, { code, source, required, optional });
}

/** Splits "(poly)neuropathy (acute)" into required words and the optional parenthesised modifiers. */
function splitModifiers(segment: string): { required: string; optional: string } {
  const optional: string[] = [];
  const required = segment.replace(/\(([^)]*)\)|\[([^\]]*)\]/g, (_m, inner: string | undefined, bracketed: string | undefined) => {
    optional.push(inner ?? bracketed ?? '');
    return ' ';
  });
  return { required, optional: optional.join(' ') };
}

const CONNECTORS = new Set('with without in due to of and or by nec nos other specified unspecified as for the on at from see also personal'.split(' '));

/** A segment whose words all normalise away (e.g. the eponym "Hers'") would leave a misleadingly short term. */
function losesWords(text: string): boolean {
  return phraseTokens(text).length === 0 && text.toLowerCase().split(/[^a-z]+/).some((w) => w && !CONNECTORS.has(w));
}

interface SegmentReading {
  required: string;
  optional: string;
}

/**
 * Readings of one index segment. "Infarct, infarction" and "myocardium, myocardial" name one thing twice,
 * so each such word is an alternative; otherwise words after a comma are an inverted qualifier
 * ("kinase, liver", "Fracture, pathological"), required unless it is a default nature (DEFAULT_QUALIFIERS).
 */
function segmentReadings(segment: string): SegmentReading[] {
  const { required, optional } = splitModifiers(segment);
  const parts = required.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return [{ required, optional }];
  const sameStem = parts.every((p) => !/\s/.test(p) && commonPrefix(p.toLowerCase(), parts[0].toLowerCase()) >= 4);
  if (sameStem) return parts.map((p) => ({ required: p, optional }));
  // A main term's qualifier is required ("Fracture, pathological") unless it is the default nature of
  // the condition ("Fracture, traumatic"), which notes rarely state.
  const [head, ...qualifiers] = parts;
  const defaults = qualifiers.filter((q) => DEFAULT_QUALIFIERS.has(q.toLowerCase()));
  const stated = qualifiers.filter((q) => !DEFAULT_QUALIFIERS.has(q.toLowerCase()));
  return [{ required: [head, ...stated].join(' '), optional: [optional, ...defaults].join(' ') }];
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const MAX_READINGS = 8;
const DEFAULT_QUALIFIERS = new Set(['traumatic', 'nontraumatic', 'acute', 'primary', 'idiopathic']);
function pathReadings(segments: string[]): SegmentReading[] {
  let readings: SegmentReading[] = [{ required: '', optional: '' }];
  segments.forEach((segment) => {
    const next: SegmentReading[] = [];
    for (const r of readings) {
      for (const s of segmentReadings(segment)) {
        if (next.length < MAX_READINGS) next.push({ required: `${r.required} ${s.required}`, optional: `${r.optional} ${s.optional}` });
      }
    }
    readings = next;
  });
  return readings;
}

// ---- codes and tabular titles ----
for (const entry of order) {
  // "Other ..." titles are residual categories: their words describe the siblings, not the code.
  if (/^other\b/i.test(entry.title)) continue;
  // 7th-character codes repeat their parent's words plus the encounter; the walk picks the 7th character.
  // "Staphylococcus ... as the cause of diseases classified elsewhere": notes name just the organism.
  const title = entry.title
    .replace(/,?\s*(initial|subsequent) encounter.*$/i, '')
    .replace(/,?\s*sequela$/i, '')
    .replace(/,?\s*as the cause of diseases classified elsewhere$/i, '');
  const parts = splitModifiers(title);
  addTerm(entry.code, 't', parts.required, parts.optional);
}

// ---- alphabetic index and external cause index ----
/** Index words whose old sense misleads in today's notes ("alcohol consumption" is no tuberculosis). */
const ARCHAIC_MAIN_TERMS = new Set(['consumption']);
/** Main terms that name a code only when qualified: "cold" alone is a temperature, "reflex" an exam finding. */
const UNQUALIFIED_MAIN_TERMS = new Set(['cold', 'reflex', 'death', 'granulation']);

function misleads(segments: string[]): boolean {
  const head = segmentKey(segments[0]);
  return ARCHAIC_MAIN_TERMS.has(head) || (segments.length === 1 && UNQUALIFIED_MAIN_TERMS.has(head));
}

interface IndexEntry {
  segments: string[];
  code?: string;
  manif?: string;
  see?: string;
}

/** References name a segment by its first wording: "Infarct, myocardium" for "myocardium, myocardial (acute)". */
function segmentKey(segment: string): string {
  return splitModifiers(segment).required.split(',')[0].toLowerCase().replace(/\b(nec|nos)\b/g, ' ').replace(/\s+/g, ' ').trim();
}
function pathKey(segments: string[]): string {
  return segments.map(segmentKey).join(' > ');
}

/** Adds the terms of one flattened index (main_term, term_path, level, code, manif_code, see, see_also). */
function addIndex(file: string, source: TermSource): void {
  const entries: IndexEntry[] = [];
  const byPathKey = new Map<string, string>();
  for (const line of readFileSync(join(sourceDir, file), 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const [, termPath, , code, manif, see, seeAlso] = line.split('\t');
    const segments = termPath.split(' > ');
    // A term with neither code nor "see" defers wholly to its "see also" ("Necrosis - see also Gangrene").
    const reference = see || (!code ? seeAlso : '') || undefined;
    const entry: IndexEntry = { segments, code: code ? existingCode(code) : undefined, manif: manif ? existingCode(manif) : undefined, see: reference };
    entries.push(entry);
    if (entry.code && !byPathKey.has(pathKey(segments))) byPathKey.set(pathKey(segments), entry.code);
  }

  /**
   * "Disease, heart, ischemic" names index path Disease > heart > ischemic. Without an exact path the one
   * level shorter path stands in; anything shorter would be a far less specific code.
   */
  const resolveSee = (see: string): string | undefined => {
    const category = /^(?:sub)?category\s+([A-Z][0-9A-Z.]+)-?$/i.exec(see.trim());
    if (category) return existingCode(category[1]);
    const parts = see.split(/,\s*/).map(segmentKey);
    for (let n = parts.length; n >= Math.max(1, parts.length - 1); n--) {
      const hit = byPathKey.get(parts.slice(0, n).join(' > '));
      if (hit) return hit;
    }
    return undefined;
  };

  for (const entry of entries) {
    const code = entry.code ?? (entry.see ? resolveSee(entry.see) : undefined);
    if (!code || misleads(entry.segments)) continue;
    if (entry.segments.some((segment) => losesWords(splitModifiers(segment).required))) continue;
    for (const reading of pathReadings(entry.segments)) {
      addTerm(code, source, reading.required, reading.optional);
      if (entry.manif) addTerm(entry.manif, 'm', reading.required, reading.optional);
    }
  }
}

addIndex('icd10cm_index_fy2017_flat.tsv', 'i');
addIndex('icd10cm_eindex_fy2026apr_flat.tsv', 'e');

// ---- tabular notes: inclusion terms, excludes1, use additional code, 7th characters ----
const CODE_PATTERN = /\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)-?(?:\s*-\s*([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)-?)?/g;
function codePatterns(text: string): string[] {
  const patterns: string[] = [];
  for (const group of text.match(/\(([^)]*)\)/g) ?? []) {
    CODE_PATTERN.lastIndex = 0;
    for (let m = CODE_PATTERN.exec(group); m; m = CODE_PATTERN.exec(group)) {
      patterns.push(m[2] ? `${undot(m[1])}:${undot(m[2])}` : undot(m[1]));
    }
  }
  return patterns;
}

const excludes1 = new Map<string, Set<string>>();
const useAdditional = new Map<string, Set<string>>();
const seventh = new Map<string, string[]>();
const notes = readFileSync(join(sourceDir, 'icd10cm_tabular_fy2017_notes.tsv'), 'utf8').split('\n').slice(1);
for (const line of notes) {
  if (!line) continue;
  const [heading, , kind, text] = line.split('\t');
  if (!/^[A-Z]\d/.test(heading)) continue;
  const code = undot(heading.split('-')[0]);
  if ((kind === 'inclusionTerm' || kind === 'includes') && codeSet.has(code)) {
    const parts = splitModifiers(text);
    addTerm(code, 'n', parts.required, parts.optional);
  } else if (kind === 'excludes1' || kind === 'useAdditionalCode') {
    const target = kind === 'excludes1' ? excludes1 : useAdditional;
    const set = target.get(code) ?? new Set<string>();
    for (const p of codePatterns(text)) set.add(p);
    if (set.size) target.set(code, set);
  } else if (kind === 'sevenChrDef') {
    const m = /^([0-9A-Z]):\s*(.*)$/.exec(text.trim());
    if (m) seventh.set(code, [...(seventh.get(code) ?? []), `${m[1]}=${m[2]}`]);
  }
}

// ---- neoplasm table ----
const NEOPLASM_COLUMNS: Record<string, string> = {
  '2': 'malignant neoplasm',
  '3': 'secondary malignant neoplasm',
  '4': 'malignant neoplasm in situ',
  '5': 'benign neoplasm',
  '7': 'neoplasm',
};
const neoplasmXml = readFileSync(join(sourceDir, 'fy2017_xml', 'icd10cm_neoplasm_2017.xml'), 'utf8');
const neoplasmBody = neoplasmXml.slice(neoplasmXml.indexOf('<mainTerm>'));
const sitePath: string[] = [];
const TAG = /<term level="(\d+)">\s*<title>(.*?)<\/title>|<cell col="(\d)">([^<]*)<\/cell>|<mainTerm>\s*<title>(.*?)<\/title>/g;
for (let m = TAG.exec(neoplasmBody); m; m = TAG.exec(neoplasmBody)) {
  if (m[5] !== undefined) {
    sitePath.length = 0;
  } else if (m[1] !== undefined) {
    sitePath.length = Number(m[1]) - 1;
    sitePath.push(m[2].replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'));
  } else if (m[3] !== undefined && sitePath.length > 0 && NEOPLASM_COLUMNS[m[3]] && m[4] !== '-') {
    const code = existingCode(m[4]);
    if (!code) continue;
    if (sitePath.some((segment) => losesWords(splitModifiers(segment).required))) continue;
    for (const reading of pathReadings(['neoplasm', ...sitePath]).map((r) => ({ ...r, required: r.required.replace(/^\s*neoplasm/, '') }))) {
      addTerm(code, 'p', `${NEOPLASM_COLUMNS[m[3]]} ${reading.required}`, reading.optional);
    }
  }
}

function lines(map: Map<string, Iterable<string>>, sep: string): string {
  return [...map].map(([k, v]) => `${k}\t${[...v].join(sep)}`).join('\n');
}

// ---- encode ----
// Title terms of sibling 7th-character codes reduce to the same words; the walk picks the 7th character.
const titleTermOwner = new Map<string, string>();
for (const term of terms.values()) {
  if (term.source !== 't') continue;
  const words = [...term.required].sort().join(' ');
  const owner = titleTermOwner.get(words);
  if (owner === undefined || term.code.length < owner.length) titleTermOwner.set(words, term.code);
}
for (const [key, term] of [...terms]) {
  if (term.source === 't' && titleTermOwner.get([...term.required].sort().join(' ')) !== term.code) terms.delete(key);
}

const frequency = new Map<string, number>();
for (const term of terms.values()) for (const t of term.required) frequency.set(t, (frequency.get(t) ?? 0) + 1);
for (const term of terms.values()) for (const t of term.optional) if (!frequency.has(t)) frequency.set(t, 0);
// Frequent tokens get the shortest ids.
const vocabulary = [...frequency.keys()].sort((a, b) => frequency.get(b)! - frequency.get(a)!);
const tokenId = new Map(vocabulary.map((t, i) => [t, i.toString(36)]));

const groups = new Map<string, string[]>();
for (const term of terms.values()) {
  let anchor = term.required[0];
  for (const t of term.required) if (frequency.get(t)! < frequency.get(anchor)!) anchor = t;
  const line = `${term.code}\t${term.source}\t${term.required.map((t) => tokenId.get(t)).join(' ')}\t${term.optional.map((t) => tokenId.get(t)).join(' ')}`;
  const group = groups.get(anchor);
  if (group) group.push(line);
  else groups.set(anchor, [line]);
}

const titleByCode = new Map(order.map((c) => [c.code, c.title]));
const suffixes: string[] = [];
const suffixId = new Map<string, number>();
function encodedTitle(code: string, title: string): string {
  if (code.length !== 7) return title;
  let parent = code.slice(0, 6);
  while (!titleByCode.has(parent) && parent.length > 3) parent = parent.slice(0, -1);
  const parentTitle = titleByCode.get(parent);
  if (!parentTitle || !title.startsWith(parentTitle + ', ')) return title;
  const suffix = title.slice(parentTitle.length + 2);
  let id = suffixId.get(suffix);
  if (id === undefined) {
    id = suffixes.length;
    suffixes.push(suffix);
    suffixId.set(suffix, id);
  }
  return DERIVED_TITLE_MARK + id;
}
const codeLines = [...order]
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  .map((c) => `${c.code}\t${c.billable ? 1 : 0}\t${encodedTitle(c.code, c.title)}`);

const meta: IndexMeta = {
  format: INDEX_FORMAT,
  sources: 'CMS ICD-10-CM FY2026 order file; CDC ICD-10-CM FY2017 index, tabular notes and neoplasm table',
};
const sections = [
  JSON.stringify(meta),
  vocabulary.join('\n'),
  suffixes.join('\n'),
  codeLines.join('\n'),
  [...groups].map(([anchor, list]) => `${tokenId.get(anchor)}\n${list.join('\n')}`).join(GROUP_SEPARATOR),
  lines(excludes1, ','),
  lines(useAdditional, ','),
  lines(seventh, '|'),
];
const text = sections.join(SECTION_SEPARATOR);

mkdirSync(outDir, { recursive: true });
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(join(outDir, INDEX_FILE_NAME), gz);
console.log(
  `codes ${order.length}, terms ${terms.size}, excludes1 ${excludes1.size}, ` +
    `use-additional ${useAdditional.size}, 7th-character rules ${seventh.size}; ` +
    `${(text.length / 1024 / 1024).toFixed(2)} MB raw, ${(gz.length / 1024 / 1024).toFixed(2)} MB gzip`,
);
