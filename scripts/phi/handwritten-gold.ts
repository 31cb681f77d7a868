/**
 * Builds test/fixtures/phi/synthetic-dev<N>.jsonl from hand-written notes, one corpus per
 * scripts/phi/dev<N>/notes.txt found (dev8, dev9, ...), in numeric order of N.
 *
 * Each notes.txt holds notes written by hand, not from templates. Each note starts with a header line
 * `=== <id> <style> <caps|mixed>`, where the id starts with its own corpus (`dev9-001` in dev9/notes.txt);
 * its body runs to the next header (one leading and one trailing blank line are trimmed). PHI is marked
 * inline as `{{CATEGORY/SUBTYPE|text}}`; a `!` after the subtype (`{{AGE/AGE!|67}}`) marks a span that is
 * PHI only under the extended profile. `{{OTHER|text}}` marks something never scored either way (a lone
 * weekday). The markup is stripped and each span becomes {start, end, category, subtype, extendedOnly?}
 * with UTF-16 offsets into the stripped text, end exclusive.
 *
 * Deterministic: each output depends on its own notes.txt only. Fails (exit 1) with the note id on any
 * unknown category or subtype, stray braces, a caps note with lower-case letters, an id without its
 * corpus prefix, or a malformed header.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAllCaps, validateGoldNote, writeGoldFile, type GoldNote, type GoldSpan, type GoldCategory } from './gold';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCES = join(ROOT, 'scripts', 'phi');
const TARGETS = join(ROOT, 'test', 'fixtures', 'phi');

/** Every hand-written corpus: `dev<N>` folders holding a notes.txt, in numeric order. */
function corpora(): { name: string; source: string; target: string }[] {
  return readdirSync(SOURCES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^dev\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(SOURCES, name, 'notes.txt')))
    .sort((a, b) => Number(a.slice(3)) - Number(b.slice(3)))
    .map((name) => ({ name, source: join(SOURCES, name, 'notes.txt'), target: join(TARGETS, `synthetic-${name}.jsonl`) }));
}

/** Subtypes per category, as in server/src/core/phi/types.ts (i2b2 2014). */
const SUBTYPES: Readonly<Record<string, readonly string[]>> = {
  NAME: ['PATIENT', 'DOCTOR', 'RELATIVE', 'USERNAME', 'NAME'],
  PROFESSION: ['PROFESSION'],
  LOCATION: ['HOSPITAL', 'ORGANIZATION', 'DEPARTMENT', 'ROOM', 'STREET', 'CITY', 'STATE', 'COUNTRY', 'ZIP', 'LOCATION'],
  AGE: ['AGE_OVER_89', 'AGE'],
  DATE: ['DATE', 'YEAR'],
  CONTACT: ['PHONE', 'FAX', 'EMAIL', 'URL', 'IP_ADDRESS'],
  ID: ['SSN', 'MRN', 'HEALTH_PLAN', 'ACCOUNT', 'LICENSE', 'VEHICLE', 'DEVICE', 'ID'],
};

const HEADER = /^=== (\S+) (\S+) (caps|mixed)\s*$/;
const MARK = /\{\{([A-Z_]+)(?:\/([A-Z_0-9]+))?(!)?\|([^{}|]*)\}\}/g;

class NoteError extends Error {}

function fail(id: string, message: string): never {
  throw new NoteError(`${id}: ${message}`);
}

interface RawNote {
  id: string;
  style: string;
  caps: boolean;
  body: string;
}

function splitNotes(source: string, label: string): RawNote[] {
  if (source.includes('\r')) throw new NoteError(`${label}: carriage returns found; use LF line endings`);
  const lines = source.split('\n');
  const notes: RawNote[] = [];
  let current: { id: string; style: string; caps: boolean; lines: string[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const body = current.lines.join('\n').replace(/^\n/, '').replace(/\n$/, '');
    notes.push({ id: current.id, style: current.style, caps: current.caps, body });
  };
  lines.forEach((line, index) => {
    if (line.startsWith('===')) {
      const match = HEADER.exec(line);
      if (!match) throw new NoteError(`${label}:${index + 1}: malformed header ${JSON.stringify(line)}`);
      flush();
      current = { id: match[1], style: match[2], caps: match[3] === 'caps', lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else if (line.trim() !== '') {
      throw new NoteError(`${label}:${index + 1}: text before the first header`);
    }
  });
  flush();
  return notes;
}

function convert(raw: RawNote): GoldNote {
  const { id } = raw;
  if (raw.body.trim() === '') fail(id, 'empty note');
  let text = '';
  const spans: GoldSpan[] = [];
  let last = 0;
  for (const match of raw.body.matchAll(MARK)) {
    const [whole, category, subtype, bang, inner] = match;
    const at = match.index ?? 0;
    text += raw.body.slice(last, at);
    last = at + whole.length;
    if (inner === '' || inner.trim() !== inner) fail(id, `span ${JSON.stringify(whole)} is empty or has outer spaces`);
    const span: GoldSpan = { start: text.length, end: text.length + inner.length, category: category as GoldCategory };
    if (category === 'OTHER') {
      if (bang) fail(id, `OTHER span ${JSON.stringify(whole)} cannot be extended-only`);
      if (subtype !== undefined) span.subtype = subtype;
    } else {
      const allowed = SUBTYPES[category];
      if (!allowed) fail(id, `unknown category ${category} in ${JSON.stringify(whole)}`);
      if (subtype === undefined) fail(id, `missing subtype in ${JSON.stringify(whole)}`);
      if (!allowed.includes(subtype)) fail(id, `unknown subtype ${category}/${subtype} in ${JSON.stringify(whole)}`);
      span.subtype = subtype;
    }
    if (bang) span.extendedOnly = true;
    text += inner;
    if (text.slice(span.start, span.end) !== inner) fail(id, `span text mismatch for ${JSON.stringify(whole)}`);
    spans.push(span);
  }
  text += raw.body.slice(last);
  if (/\{\{|\}\}/.test(text)) fail(id, 'stray {{ or }} left after stripping (malformed mark-up?)');
  if (raw.caps && !isAllCaps(text)) {
    const lower = /\p{Ll}+/u.exec(text);
    fail(id, `marked caps but has lower-case letters near offset ${lower?.index ?? -1}`);
  }
  if (!raw.caps && isAllCaps(text)) fail(id, 'marked mixed but is entirely upper case');
  const note: GoldNote = { id, style: raw.style, caps: raw.caps, text, spans };
  // Same checks the harness applies when it loads the file.
  validateGoldNote(JSON.parse(JSON.stringify(note)), id);
  return note;
}

function build(corpus: { name: string; source: string; target: string }): void {
  const raws = splitNotes(readFileSync(corpus.source, 'utf8'), `${corpus.name}/notes.txt`);
  const ids = new Set<string>();
  const texts = new Set<string>();
  const notes = raws.map((raw) => {
    if (!raw.id.startsWith(`${corpus.name}-`)) fail(raw.id, `id does not start with its corpus prefix ${corpus.name}-`);
    if (ids.has(raw.id)) fail(raw.id, 'duplicate id');
    ids.add(raw.id);
    const note = convert(raw);
    if (texts.has(note.text)) fail(raw.id, 'duplicate note text');
    texts.add(note.text);
    return note;
  });
  writeGoldFile(corpus.target, notes);
  const caps = notes.filter((n) => n.caps).length;
  const spans = notes.reduce((sum, n) => sum + n.spans.length, 0);
  console.log(`handwritten-gold: ${notes.length} notes (${caps} ALL-CAPS), ${spans} spans -> ${corpus.target.slice(ROOT.length + 1)}`);
}

function main(): void {
  const found = corpora();
  if (found.length === 0) throw new NoteError('no scripts/phi/dev<N>/notes.txt found');
  for (const corpus of found) build(corpus);
}

try {
  main();
} catch (error) {
  if (error instanceof NoteError || (error instanceof Error && error.name === 'GoldFormatError')) {
    console.error(`handwritten-gold: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
