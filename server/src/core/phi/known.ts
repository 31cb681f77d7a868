import { matchesOf } from '../matches';
import { Candidate, candidate } from './candidate';
import { isKnownWord } from './lexicon';
import type { KnownIdentifiers, PhiCategory, PhiSubtype } from './types';

interface KnownTerm {
  value: string;
  category: PhiCategory;
  subtype: PhiSubtype;
  reason: string;
  /** Short parts that are also words or abbreviations ("Ng", "May", "MA") match only as written. */
  exactCase: boolean;
}

/**
 * Identifiers the record says belong to this patient are flagged wherever they appear: any case,
 * possessive forms, flexible whitespace, and for names each part of the name on its own.
 */
export function findKnown(text: string, known: KnownIdentifiers | undefined): Candidate[] {
  if (!known) return [];
  const terms = knownTerms(known);
  if (terms.length === 0) return [];
  const found: Candidate[] = [];
  const letters = text.replace(/[^A-Za-z]/g, '');
  const capsText = letters.length > 0 && letters.replace(/[^a-z]/g, '').length <= letters.length * 0.1;
  for (const term of terms) {
    const pattern = termPattern(term.value, term.exactCase, capsText);
    if (!pattern) continue;
    for (const m of matchesOf(pattern, text)) {
      found.push(candidate(m.index, m.index + m[0].length, term.category, term.subtype, 1, term.reason));
    }
  }
  return found;
}

function knownTerms(known: KnownIdentifiers): KnownTerm[] {
  const terms: KnownTerm[] = [];
  const add = (value: string, category: PhiCategory, subtype: PhiSubtype, reason: string) => {
    const trimmed = value.trim();
    if (trimmed.length < 2) return;
    const exactCase = /^\p{L}+$/u.test(trimmed) && (trimmed.length <= 3 || isKnownWord(trimmed.toUpperCase()));
    terms.push({ value: trimmed, category, subtype, reason, exactCase });
  };
  for (const name of known.names ?? []) {
    add(name, 'NAME', 'PATIENT', "patient's name from the record");
    for (const part of nameParts(name)) add(part, 'NAME', 'PATIENT', "part of the patient's name from the record");
  }
  for (const name of known.practitionerNames ?? []) {
    add(name, 'NAME', 'DOCTOR', "clinician's name from the record");
    for (const part of nameParts(name)) add(part, 'NAME', 'DOCTOR', "part of a clinician's name from the record");
  }
  for (const id of known.identifiers ?? []) add(id, 'ID', 'MRN', "patient's identifier from the record");
  for (const address of known.addresses ?? []) {
    add(address, 'LOCATION', 'STREET', "patient's address from the record");
    for (const line of address.split(/\s*[,\n]\s*/)) {
      if (line.length > 2) add(line, 'LOCATION', 'STREET', "part of the patient's address from the record");
    }
  }
  for (const phone of known.phones ?? []) add(phone, 'CONTACT', 'PHONE', "patient's phone number from the record");
  for (const date of known.birthDates ?? []) {
    add(date, 'DATE', 'DATE', "patient's birth date from the record");
    for (const variant of dateVariants(date)) add(variant, 'DATE', 'DATE', "patient's birth date from the record");
  }
  return terms;
}

/** Given and family names of at least two letters; initials alone would match everywhere. */
function nameParts(name: string): string[] {
  return name.split(/[\s,]+/).filter((part) => /^\p{L}[\p{L}'’-]+$/u.test(part) && part.replace(/\./g, '').length >= 2);
}

/** ISO birth dates also appear as m/d/yyyy, mm/dd/yyyy and m/d/yy in notes. */
function dateVariants(date: string): string[] {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  if (!iso) return [];
  const [, year, month, day] = iso;
  const m = String(Number(month));
  const d = String(Number(day));
  return [`${month}/${day}/${year}`, `${m}/${d}/${year}`, `${m}/${d}/${year.slice(2)}`, `${month}/${day}/${year.slice(2)}`];
}

/** In an ALL-CAPS note a short word-like part ("NG", "MAY") is matched in capitals too. */
function termPattern(value: string, exactCase: boolean, capsText: boolean): RegExp | undefined {
  const phoneDigits = value.replace(/\D/g, '');
  const isPhoneLike = /^[\d\s().+-]+$/.test(value) && phoneDigits.length >= 7;
  let body: string;
  if (isPhoneLike) {
    // Any punctuation between the digits: (617) 555-0100 = 617.555.0100 = 6175550100.
    body = phoneDigits.split('').join(String.raw`[\s().-]{0,3}`);
  } else {
    body = value
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"))
      .join(String.raw`[\s,]{1,4}`);
  }
  if (exactCase && capsText) body = `(?:${body}|${body.toUpperCase()})`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${body}(?![\p{L}\p{N}])`, exactCase ? 'gu' : 'giu');
}
