import { nextLineEnd } from '../matches';
import { Candidate, candidate } from './candidate';
import { isKnownWord, wordInfo } from './lexicon';
import { overlapsANameOf } from './names';
import type { PhiSubtype } from './types';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NEVER_NAMES, RELATION_CUES } from './vocabulary';

/**
 * A printed board, log or schedule is a table: a header row of labels, then rows whose cells stand under them, set apart
 * by runs of blanks. The header says what a column holds, as it tells a reader: under PATIENT, SURGEON or RN stand
 * people ("BROWN, WILL", "HOPE, CHRISTIAN" and "JOY" though each is also a word), under RM, BED or LOC their rooms
 * ("WR-2", "3W-301", a bare "6"). A column is read so only where the rules already found a person in one of the table's
 * columns of people, so a table of drugs or results under a header that happens to say NAME claims nothing.
 */
export function findPeopleAndRoomsInTableColumns(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('  ') && !text.includes('\t')) return found;
  if (!winners.some((w) => w.category === 'NAME')) return found;
  const named = overlapsANameOf(winners);
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = nextLineEnd(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const header = line.includes('  ') || line.includes('\t') ? headerColumns(cellsOf(text, lineStart, lineEnd)) : undefined;
    lineStart = nextLineStart(text, lineEnd);
    if (!header) continue;
    const rows: Cell[][] = [];
    while (lineStart < text.length && rows.length < MAX_ROWS) {
      const rowEnd = nextLineEnd(text, lineStart);
      const cells = cellsOf(text, lineStart, rowEnd);
      if (cells.length < 2) break;
      rows.push(cells);
      lineStart = nextLineStart(text, rowEnd);
    }
    readColumns(header, rows, named, found);
  }
  return found;
}

interface Cell {
  start: number;
  end: number;
  /** Characters from the start of its line: what lines a cell up with its header. */
  column: number;
  text: string;
}

type ColumnKind = 'PATIENT' | 'DOCTOR' | 'ROOM';

interface HeaderColumn {
  column: number;
  kind: ColumnKind | undefined;
}

const MAX_ROWS = 80;
/** Cells a few characters off their header's start still stand under it (a header centred or indented by one). */
const ALIGNMENT_SLACK = 2;
/** A cell: words joined by single blanks; two blanks or a tab end it. */
const CELL = /[^ \t\r\n]+(?: [^ \t\r\n]+)*/g;
/** A header label: letters and a few signs, no digits, no lower-case run of prose. */
const LABEL = /^[A-Za-z][A-Za-z#/().,&' -]{0,29}$/;
const PATIENT_LABEL = /^(?:PT|PT NAME|PATIENT|PATIENT NAME|NAME|RESIDENT|RESIDENT NAME|INMATE|STUDENT|LAST, FIRST)$/i;
const DOCTOR_LABEL = /^(?:RN|NURSE|PRIMARY RN|ASSIGNED RN|SURGEON|ANES|ANESTH|ANESTHESIA|ANESTHESIOLOGIST|ATTENDING|PROVIDER|MD|PHYSICIAN|DOCTOR|CIRCULATOR|SCRUB|CRNA|RESIDENT MD|CALLED BY|TAKEN BY|ENTERED BY|BY)$/i;
const ROOM_LABEL = /^(?:RM|RM#|RM #|ROOM|ROOM#|ROOM #|BED|BED#|BED #|LOC|BAY|OR|OR#|OR #|CHAIR|SUITE|CELL|STRETCHER)$/i;
/** A room or bed as boards write it: "6", "512", "WR-2", "H-4", "3W-301", "ICU-09", "C-115B". */
const ROOM_SHAPE = /^(?:[A-Z]{1,4}[- ]?)?\d{1,4}[A-Z]?(?:[-/][A-Z\d]{1,4})?$/;
/** A courtesy or clinician's title before a name in a cell, and a bracketed remark after it ("DR FELDSPAR (PHONE)"). */
const TITLE_BEFORE = /^(?:DR|Dr|MR|Mr|MRS|Mrs|MS|Ms)\.?[ ]/;
const REMARK_AFTER = /[ ]?\([^()]*\)$/;
/** A person as a cell writes one: SURNAME, FIRST M / First Last / R. OYELOWO / a single capitalised word. */
const PERSON_CELL = /^\p{Lu}[\p{L}'’-]*\.?(?:,?[ ]\p{Lu}[\p{L}'’-]*\.?){0,3}$/u;
/** What a board writes where there is nobody. */
const NOBODY = /^(?:OPEN|CLOSED|VACANT|EMPTY|BLOCKED|NONE|TBD|PENDING|HOLD|HOLDING|DONE|NEW|ADMIT|DC|PACU|PEDS|FLOAT|AGENCY|TRAVEL|UNASSIGNED|NA|N\/A)$/i;

function cellsOf(text: string, lineStart: number, lineEnd: number): Cell[] {
  const line = text.slice(lineStart, lineEnd);
  const cells: Cell[] = [];
  for (const m of line.matchAll(CELL)) cells.push({ start: lineStart + m.index!, end: lineStart + m.index! + m[0].length, column: m.index!, text: m[0] });
  return cells;
}

function nextLineStart(text: string, lineEnd: number): number {
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
}

/** The columns of a header row: three or more labels, one of them a column of people or rooms. */
function headerColumns(cells: Cell[]): HeaderColumn[] | undefined {
  if (cells.length < 3 || !cells.every((cell) => LABEL.test(cell.text))) return undefined;
  const columns = cells.map((cell) => ({ column: cell.column, kind: columnKind(cell.text.replace(REMARK_AFTER, '')) }));
  return columns.some((c) => c.kind !== undefined) ? columns : undefined;
}

function columnKind(label: string): ColumnKind | undefined {
  if (PATIENT_LABEL.test(label)) return 'PATIENT';
  if (DOCTOR_LABEL.test(label)) return 'DOCTOR';
  if (ROOM_LABEL.test(label)) return 'ROOM';
  return undefined;
}

function columnOf(header: HeaderColumn[], cell: Cell): HeaderColumn | undefined {
  return header.find((h) => Math.abs(h.column - cell.column) <= ALIGNMENT_SLACK);
}

function readColumns(header: HeaderColumn[], rows: Cell[][], named: (start: number, end: number) => boolean, found: Candidate[]): void {
  if (rows.length === 0) return;
  const cellsUnder = new Map<HeaderColumn, Cell[]>();
  for (const row of rows) {
    for (const cell of row) {
      const column = columnOf(header, cell);
      if (!column?.kind) continue;
      if (!cellsUnder.has(column)) cellsUnder.set(column, []);
      cellsUnder.get(column)!.push(cell);
    }
  }
  const peopleFound = (cells: Cell[]) => cells.some((cell) => named(cell.start, cell.end));
  if (![...cellsUnder].some(([column, cells]) => column.kind !== 'ROOM' && peopleFound(cells))) return;
  for (const [column, cells] of cellsUnder) {
    if (column.kind === 'ROOM') {
      for (const cell of cells) if (ROOM_SHAPE.test(cell.text)) found.push(candidate(cell.start, cell.end, 'LOCATION', 'ROOM', 0.8, 'room in a column headed for rooms'));
      continue;
    }
    for (const cell of cells) {
      if (named(cell.start, cell.end)) continue;
      for (const person of peopleIn(cell)) found.push(candidate(person.start, person.end, 'NAME', column.kind as PhiSubtype, 0.8, 'person in a column headed for people'));
    }
  }
}

/** The people a cell names: one, or two joined by a slash ("BLOCK/NAKAMURA"), each without title or remark. */
function peopleIn(cell: Cell): { start: number; end: number }[] {
  const people: { start: number; end: number }[] = [];
  let offset = cell.start;
  for (const part of cell.text.split('/')) {
    let start = offset;
    let written = part;
    const title = TITLE_BEFORE.exec(written)?.[0].length ?? 0;
    start += title;
    written = written.slice(title).replace(REMARK_AFTER, '');
    offset += part.length + 1;
    if (!PERSON_CELL.test(written) || !readsAsAPerson(written)) continue;
    people.push({ start, end: start + written.length });
  }
  return people;
}

function readsAsAPerson(written: string): boolean {
  const words = written.toUpperCase().split(/[ ,.]+/).filter((w) => w.length > 0);
  if (words.length === 0 || NOBODY.test(written)) return false;
  if (words.every((w) => w.length === 1)) return false;
  // Words that are seldom a name elsewhere (CHRISTIAN, a faith) are one beside another name in a column of people.
  const alone = words.length === 1;
  return words.every((w) => {
    if (w.length === 1) return true;
    if (CLINICAL_ABBREVIATIONS.has(w) || CREDENTIALS.has(w) || RELATION_CUES.has(w) || NOBODY.test(w) || (alone && NEVER_NAMES.has(w))) return false;
    const info = wordInfo(w);
    return info.surname || info.firstName || (info.tier === 'unknown' && !isKnownWord(w));
  });
}
