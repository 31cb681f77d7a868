import { nextLineEnd } from '../matches';
import { Candidate, candidate } from './candidate';
import { isKnownWord, wordInfo } from './lexicon';
import { overlapsANameOf, wordNotInitials } from './names';
import type { PhiSubtype } from './types';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NEVER_NAMES, RELATION_CUES } from './vocabulary';

/**
 * A printed board, log or schedule is a table: a header row of labels, then rows whose cells stand under them, set apart
 * by runs of blanks, tabs or bars. The header says what a column holds, as it tells a reader: under PATIENT, SURGEON or
 * RN stand people ("BROWN, WILL", "HOPE, CHRISTIAN" and "JOY" though each is also a word), under INIT or BY the initials
 * of who charted the row, under RM, BED or LOC the patient's room ("WR-2", "3W-301", a bare "6").
 *
 * The header alone is not trusted. A column of names is read where the rules already found a person in the table, and a
 * word that is mostly a word (STONE, LATE, RESOURCE) only where they found one in that very column; rooms only in a table
 * with a column of patients; initials only where two rows hold them.
 */
export function findPeopleAndRoomsInTableColumns(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  if (!text.includes('  ') && !text.includes('\t') && !text.includes('|')) return found;
  const named = overlapsANameOf(winners);
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = nextLineEnd(text, lineStart);
    const line = text.slice(lineStart, lineEnd);
    const barred = line.includes('|');
    const header = barred || line.includes('  ') || line.includes('\t') ? headerColumns(cellsOf(text, lineStart, lineEnd, barred)) : undefined;
    lineStart = nextLineStart(text, lineEnd);
    if (!header) continue;
    const rows: Cell[][] = [];
    while (lineStart < text.length && rows.length < MAX_ROWS) {
      const rowEnd = nextLineEnd(text, lineStart);
      const row = text.slice(lineStart, rowEnd);
      // An underline under the header ("----  -------") belongs to it.
      if (rows.length === 0 && /^[ \t|+=_-]*[=_-][ \t|+=_-]*$/.test(row)) {
        lineStart = nextLineStart(text, rowEnd);
        continue;
      }
      const cells = cellsOf(text, lineStart, rowEnd, barred);
      // A row of the table has two cells at least under the header's columns; another header starts a table of its own.
      if ((barred && !row.includes('|')) || cells.filter((cell) => columnUnder(header, cell, barred) !== undefined).length < 2 || headerColumns(cells)) break;
      rows.push(cells);
      lineStart = nextLineStart(text, rowEnd);
    }
    readColumns(header, rows, barred, named, found);
  }
  return found;
}

interface Cell {
  start: number;
  end: number;
  /** Where the cell stands on its line: its place among the bars of a barred table, else its column with tabs expanded. */
  column: number;
  text: string;
}

type ColumnKind = 'PATIENT' | 'STAFF' | 'INITIALS' | 'ROOM';

interface HeaderColumn {
  column: number;
  kind: ColumnKind | undefined;
  /** INIT, SIGN: what stands under it is initials, even letters that abbreviate something (HB, BP, AM). */
  initialsOnly: boolean;
  /** PT / RM: each cell is a patient, a slash and the room. */
  roomAfterSlash: boolean;
}

const MAX_ROWS = 80;
const TAB_STOP = 8;
/** Cells a few characters off their header's start still stand under it: a header centred, or indented by one. */
const ALIGNMENT_SLACK = 2;
/** A cell: words joined by single blanks; two blanks, a tab or a bar end it. */
const CELL = /[^ \t\r\n|]+(?: [^ \t\r\n|]+)*/g;
/** A header label: a letter, then letters and a few signs, or a lone '#'; no digits, so no row of values is taken for a header. */
const LABEL = /^(?:#|[A-Za-z][A-Za-z#/().,&'? -]{0,29})$/;
const PATIENT_LABEL = /^(?:PT|PT NAME|PATIENT|PATIENT NAME|NAME|RESIDENT|RESIDENT NAME|INMATE|STUDENT|LAST, FIRST)$/i;
const STAFF_LABEL =
  /^(?:RN|NURSE|PRIMARY RN|ASSIGNED RN|SURGEON|ANES|ANESTH|ANESTHESIA|ANESTHESIOLOGIST|ATTENDING|PROVIDER|MD|PHYSICIAN|DOCTOR|CIRCULATOR|SCRUB|CRNA|RESIDENT MD|THERAPIST|CLINICIAN|TECH|TECHNOLOGIST|PHARMACIST|INTERPRETER|STAFF|BY|CALLED BY|TAKEN BY|ENTERED BY|GIVEN BY|DONE BY|CHECKED BY|VERIFIED BY|CHECKED|VERIFIED|WITNESS)$/i;
const INITIALS_LABEL = /^(?:INIT|INIT\.|INITS|INITIALS|RN INIT|SIGN|SIG|SIGNED)$/i;
const ROOM_LABEL = /^(?:(?:(?:ED|ASSIGNED|NEW|CURRENT|ADMIT|DEST|FROM|TO)[ ])?(?:RM|ROOM|BED)(?:[ ]?#)?|LOC|BAY|OR|OR#|OR #|CHAIR|SUITE)$/i;
/** "PT / RM": a column of patients, each with the room after a slash ("RUIZ, OCTAVIO / 309"). */
const PATIENT_AND_ROOM_LABEL = /^(PT|PATIENT|NAME)[ ]?\/[ ]?(?:RM|ROOM|BED)$/i;
/** A room or bed as boards write it: "6", "512", "WR-2", "H-4", "3W-301", "ICU-09", "C-115B"; its label or unit kept out ("RM 4", "TELE T-218"). */
const ROOM_CELL = /^(?:(?:RM|ROOM|BED|BAY|OR|CHAIR|SUITE|OBS|TELE|ICU|PCU)\.?[ ]?#?[ ]?)?((?:[A-Z]{1,4}-?)?\d{1,4}[A-Z]?(?:[-/][A-Z\d]{1,4})?)$/i;
/** A courtesy or clinician's title before a name in a cell, and a bracketed remark after it ("DR FELDSPAR (PHONE)"). */
const TITLE_BEFORE = /^(?:DR|Dr|MR|Mr|MRS|Mrs|MS|Ms)\.?[ ]/;
const REMARK_AFTER = /[ ]?\([^()]*\)$/;
/** A person as a cell writes one: SURNAME, FIRST M / First Last / R. OYELOWO / a single capitalised word. */
const PERSON_CELL = /^\p{Lu}[\p{L}'’-]*\.?(?:,?[ ]\p{Lu}[\p{L}'’-]*\.?){0,3}$/u;
/** Initials: two or three capitals, dotted or not. */
const INITIALS = /^(?:[A-Z]{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$/;
/** What a board writes where there is nobody. */
const NOBODY = /^(?:OPEN|CLOSED|VACANT|EMPTY|BLOCKED|NONE|TBD|PENDING|HOLD|HOLDING|DONE|NEW|ADMIT|DC|PACU|PEDS|FLOAT|AGENCY|TRAVEL|UNASSIGNED|NA|N\/A|OK|YES|NO|REF|REFUSED|DECL|HELD|NPO|LAB|PT|MD|RN)$/i;

function cellsOf(text: string, lineStart: number, lineEnd: number, barred: boolean): Cell[] {
  const line = text.slice(lineStart, lineEnd);
  const cells: Cell[] = [];
  if (barred) {
    let offset = 0;
    line.split('|').forEach((part, column) => {
      const m = /\S(?:.*\S)?/.exec(part);
      if (m) cells.push({ start: lineStart + offset + m.index, end: lineStart + offset + m.index + m[0].length, column, text: m[0] });
      offset += part.length + 1;
    });
    return cells;
  }
  const hasTabs = line.includes('\t');
  for (const m of line.matchAll(CELL)) {
    const column = hasTabs ? columnWithTabs(line, m.index!) : m.index!;
    cells.push({ start: lineStart + m.index!, end: lineStart + m.index! + m[0].length, column, text: m[0] });
  }
  return cells;
}

function columnWithTabs(line: string, index: number): number {
  let column = 0;
  for (let i = 0; i < index; i++) column = line.charCodeAt(i) === 9 ? (Math.floor(column / TAB_STOP) + 1) * TAB_STOP : column + 1;
  return column;
}

function nextLineStart(text: string, lineEnd: number): number {
  return text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
}

/** The columns of a header row: three or more labels, one of them a column of people or rooms. */
function headerColumns(cells: Cell[]): HeaderColumn[] | undefined {
  if (cells.length < 3 || !cells.every((cell) => LABEL.test(cell.text))) return undefined;
  const columns = cells.map((cell) => {
    const label = cell.text.replace(REMARK_AFTER, '');
    return { column: cell.column, kind: columnKind(label), initialsOnly: INITIALS_LABEL.test(label), roomAfterSlash: PATIENT_AND_ROOM_LABEL.test(label) };
  });
  return columns.some((c) => c.kind !== undefined) ? columns : undefined;
}

function columnKind(label: string): ColumnKind | undefined {
  if (PATIENT_LABEL.test(label) || PATIENT_AND_ROOM_LABEL.test(label)) return 'PATIENT';
  if (STAFF_LABEL.test(label)) return 'STAFF';
  if (INITIALS_LABEL.test(label)) return 'INITIALS';
  if (ROOM_LABEL.test(label)) return 'ROOM';
  return undefined;
}

/** The header column a cell stands under: by its place among the bars, else the nearest start within the slack. */
function columnUnder(header: HeaderColumn[], cell: Cell, barred: boolean): HeaderColumn | undefined {
  // The header's columns ascend, so a binary search finds the last one starting at or before the cell's reach.
  const reach = cell.column + (barred ? 0 : ALIGNMENT_SLACK);
  let low = 0;
  let high = header.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (header[middle].column <= reach) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  let best: HeaderColumn | undefined;
  for (const k of [last - 1, last]) {
    const h = header[k];
    if (!h || Math.abs(h.column - cell.column) > (barred ? 0 : ALIGNMENT_SLACK)) continue;
    if (!best || Math.abs(h.column - cell.column) < Math.abs(best.column - cell.column)) best = h;
  }
  return best;
}

function readColumns(header: HeaderColumn[], rows: Cell[][], barred: boolean, named: (start: number, end: number) => boolean, found: Candidate[]): void {
  const cellsUnder = new Map<HeaderColumn, Cell[]>();
  for (const row of rows) {
    for (const cell of row) {
      const column = columnUnder(header, cell, barred);
      if (!column?.kind) continue;
      if (!cellsUnder.has(column)) cellsUnder.set(column, []);
      cellsUnder.get(column)!.push(cell);
    }
  }
  const columnsOf = (kind: ColumnKind) => [...cellsUnder].filter(([column]) => column.kind === kind);

  const signed = new Set<Cell>();
  for (const [column, cells] of [...columnsOf('INITIALS'), ...columnsOf('STAFF')]) {
    const signedCells = cells.map((cell) => ({ cell, initials: initialsIn(cell, column.initialsOnly) })).filter(({ initials }) => initials.length > 0);
    if (signedCells.length < 2) continue;
    for (const { cell, initials } of signedCells) {
      signed.add(cell);
      for (const { start, end } of initials) if (!named(start, end)) found.push(candidate(start, end, 'NAME', 'DOCTOR', 0.8, 'initials in a column headed for staff'));
    }
  }

  const peopleColumns = [...columnsOf('PATIENT'), ...columnsOf('STAFF')];
  if (!peopleColumns.some(([, cells]) => cells.some((cell) => named(cell.start, cell.end)))) return;
  let patients = 0;
  for (const [column, cells] of peopleColumns) {
    const vouched = cells.some((cell) => named(cell.start, cell.end));
    const subtype: PhiSubtype = column.kind === 'PATIENT' ? 'PATIENT' : 'DOCTOR';
    for (const cell of cells) {
      if (signed.has(cell)) continue;
      // "HOPE, CLARENCE" where the rules found only CLARENCE: the cell's whole person, which the found name joins; beside a
      // found name ("MAC/HUANG") a word stays a word.
      const people = named(cell.start, cell.end) ? peopleIn(cell, vouched).filter((person) => named(person.start, person.end) && everyWordListed(cell, person)) : peopleIn(cell, vouched);
      if (column.kind === 'PATIENT' && (people.length > 0 || named(cell.start, cell.end))) patients++;
      for (const person of people) found.push(candidate(person.start, person.end, 'NAME', subtype, 0.8, 'person in a column headed for people'));
    }
  }
  // A board's rooms are its patients' rooms: read where the table has a column of patients (LOC beside a nurse and a
  // GCS is a level of consciousness), on every row, an empty bed's too.
  if (patients === 0) return;
  for (const [column, cells] of [...columnsOf('ROOM'), ...columnsOf('PATIENT').filter(([column]) => column.roomAfterSlash)]) {
    for (const cell of cells) {
      const written = column.roomAfterSlash ? cell.text.slice(cell.text.lastIndexOf('/') + 1).trimStart() : cell.text;
      const room = written === cell.text && column.roomAfterSlash ? null : ROOM_CELL.exec(written);
      if (!room) continue;
      const start = cell.end - room[1].length;
      found.push(candidate(start, cell.end, 'LOCATION', 'ROOM', 0.8, 'room in a column headed for rooms'));
    }
  }
}

/** "DR LEE ON CALL": beside a found name only words the name lists know join it. */
function everyWordListed(cell: Cell, person: { start: number; end: number }): boolean {
  const written = cell.text.slice(person.start - cell.start, person.end - cell.start);
  return written.toUpperCase().split(/[ ,.]+/).filter((w) => w.length > 1).every((w) => {
    const info = wordInfo(w);
    return info.firstName || info.surname || (info.tier === 'unknown' && !isKnownWord(w));
  });
}

/**
 * The initials a cell of staff holds: one set, or two joined by a slash ("AB/CD"). Under INIT or SIGN any letters are
 * initials; under RN or BY, letters that also make a word or an abbreviation (POC, ABG, SSI) are what was done.
 */
function initialsIn(cell: Cell, initialsOnly: boolean): { start: number; end: number }[] {
  const parts = cell.text.split('/');
  const areInitials = (part: string) => INITIALS.test(part) && !NOBODY.test(part) && !CREDENTIALS.has(part) && (initialsOnly || !wordNotInitials(part.replace(/\./g, '')));
  if (parts.length > 2 || !parts.every(areInitials)) return [];
  return parts.map((part, k) => {
    const start = cell.start + (k === 0 ? 0 : parts[0].length + 1);
    return { start, end: start + part.length };
  });
}

/** The people a cell names: one, or two joined by a slash ("BLOCK/NAKAMURA"), each without title or remark. */
function peopleIn(cell: Cell, vouched: boolean): { start: number; end: number }[] {
  const people: { start: number; end: number }[] = [];
  let offset = cell.start;
  for (const part of cell.text.split('/')) {
    // "RUIZ, OCTAVIO / 309": blanks around the slash belong to neither side.
    let start = offset + (part.length - part.trimStart().length);
    let written = part.trim();
    const title = TITLE_BEFORE.exec(written)?.[0].length ?? 0;
    start += title;
    written = written.slice(title).replace(REMARK_AFTER, '');
    offset += part.length + 1;
    if (!PERSON_CELL.test(written) || !readsAsAPerson(written, vouched)) continue;
    people.push({ start, end: start + written.length });
  }
  return people;
}

/**
 * Whether a cell's words are a person. SURNAME, FIRST is a person's shape whatever the words (HOPE, CHRISTIAN). Other
 * words must be first names the lists know as names more than words (GRACE, JOY); a surname that is mostly a word
 * (STONE, LATE) or a word no list has (OYELARAN, RESOURCE) passes only in a column where the rules found a person.
 */
function readsAsAPerson(written: string, vouched: boolean): boolean {
  const words = written.toUpperCase().split(/[ ,.]+/).filter((w) => w.length > 0);
  if (words.length === 0 || NOBODY.test(written) || words.every((w) => w.length === 1)) return false;
  const surnameFirst = written.includes(',');
  const alone = words.length === 1;
  return words.every((w) => {
    if (w.length === 1) return true;
    if (CLINICAL_ABBREVIATIONS.has(w) || CREDENTIALS.has(w) || RELATION_CUES.has(w) || NOBODY.test(w) || (alone && NEVER_NAMES.has(w))) return false;
    const info = wordInfo(w);
    if (info.firstName && info.tier !== 'word') return true;
    if (!surnameFirst && !vouched) return false;
    return info.surname || info.firstName || (info.tier === 'unknown' && !isKnownWord(w));
  });
}
