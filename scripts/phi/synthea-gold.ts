// Builds gold JSONL from the Synthea DocumentReference notes (CC0) in sample-bulk-10: every value the
// bundle knows about the patient, clinicians and places is searched for verbatim in each note.
// Run: node --import tsx scripts/phi/synthea-gold.ts [bulk-folder] [out-folder] [--show N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Address, DocumentReference, HumanName, Location, Organization, Patient, Practitioner } from 'fhir/r4';
import { markSpans, writeGoldFile, type GoldNote, type GoldSpan } from './gold';

const DEFAULT_SOURCE = '/work/shared/data/fhir/sample-bulk-10';
const DEFAULT_OUT = 'test/fixtures/phi';
const NOTES_PER_PATIENT = 24;
const MAX_NOTE_CHARS = 12_000;

type Mapped = Omit<GoldSpan, 'start' | 'end'>;
interface KnownValue extends Mapped {
  value: string;
}

function readNdjson<T>(folder: string, type: string): T[] {
  return readFileSync(join(folder, `${type}.000.ndjson`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function nameValues(names: readonly HumanName[] | undefined, subtype: 'PATIENT' | 'DOCTOR'): KnownValue[] {
  return (names ?? []).flatMap((name) => [...(name.given ?? []), ...(name.family ? [name.family] : [])])
    .map((value) => ({ value, category: 'NAME', subtype }));
}

function addressValues(addresses: readonly Address[] | undefined): KnownValue[] {
  return (addresses ?? []).flatMap((address): KnownValue[] => [
    ...(address.line ?? []).map((value): KnownValue => ({ value, category: 'LOCATION', subtype: 'STREET' })),
    ...(address.city ? [{ value: address.city, category: 'LOCATION', subtype: 'CITY' } as KnownValue] : []),
    ...(address.state ? [{ value: address.state, category: 'LOCATION', subtype: 'STATE' } as KnownValue] : []),
    ...(address.postalCode ? [{ value: address.postalCode, category: 'LOCATION', subtype: 'ZIP' } as KnownValue] : []),
  ]);
}

/** Synthea writes birth and note dates as ISO; other renderings are searched too in case a note uses them. */
function dateRenderings(iso: string): string[] {
  const [year, month, day] = iso.split('-');
  const monthName = new Date(`${iso}T00:00:00Z`).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return [iso, `${Number(month)}/${Number(day)}/${year}`, `${month}/${day}/${year}`, `${monthName} ${Number(day)}, ${year}`];
}

function patientValues(patient: Patient): KnownValue[] {
  const values: KnownValue[] = [...nameValues(patient.name, 'PATIENT'), ...addressValues(patient.address)];
  for (const extension of patient.extension ?? []) {
    if (extension.valueAddress) values.push(...addressValues([extension.valueAddress]));
    if (extension.url.endsWith('patient-mothersMaidenName') && extension.valueString) {
      values.push(...extension.valueString.split(' ').map((value): KnownValue => ({ value, category: 'NAME', subtype: 'RELATIVE' })));
    }
  }
  for (const telecom of patient.telecom ?? []) {
    if (telecom.value) values.push({ value: telecom.value, category: 'CONTACT', subtype: telecom.system === 'email' ? 'EMAIL' : 'PHONE' });
  }
  for (const identifier of patient.identifier ?? []) {
    const code = identifier.type?.coding?.[0]?.code;
    const subtype = code === 'SS' ? 'SSN' : code === 'DL' || code === 'PPN' ? 'LICENSE' : 'MRN';
    if (identifier.value) values.push({ value: identifier.value, category: 'ID', subtype });
  }
  if (patient.birthDate) values.push(...dateRenderings(patient.birthDate).map((value): KnownValue => ({ value, category: 'DATE', subtype: 'DATE' })));
  return values;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Every whole-word occurrence of each value; where two overlap the longer wins. */
export function findKnownValues(text: string, values: readonly KnownValue[]): GoldSpan[] {
  const found: GoldSpan[] = [];
  for (const { value, ...mapped } of values) {
    if (value.length < 2) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (isWordChar(text[at - 1]) && isWordChar(value[0])) continue;
      if (isWordChar(text[end]) && isWordChar(value[value.length - 1])) continue;
      found.push({ start: at, end, ...mapped });
    }
  }
  return removeOverlaps(found);
}

export function removeOverlaps(spans: readonly GoldSpan[]): GoldSpan[] {
  const byLength = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: GoldSpan[] = [];
  for (const span of byLength) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const AGE_PHRASE = /\b(\d{1,3})(?= (?:year|month)-old\b)|(?<=\bat age )(\d{1,3})\b/g;

/** Dates and ages are found by the forms Synthea actually writes (checked over all 1,215 notes). */
function patternSpans(text: string): GoldSpan[] {
  const spans: GoldSpan[] = [];
  for (const match of text.matchAll(ISO_DATE)) spans.push({ start: match.index, end: match.index + match[0].length, category: 'DATE', subtype: 'DATE' });
  for (const match of text.matchAll(AGE_PHRASE)) {
    const over89 = Number(match[0]) > 89;
    spans.push({
      start: match.index,
      end: match.index + match[0].length,
      category: 'AGE',
      ...(over89 ? { subtype: 'AGE_OVER_89' } : { subtype: 'AGE', extendedOnly: true }),
    });
  }
  return spans;
}

function referenceKey(reference: string | undefined): string | undefined {
  return reference?.split('|').pop()?.split('/').pop();
}

/** Evenly spread picks so early and late notes of a long history are both represented. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

function main(): void {
  const args = process.argv.slice(2);
  const showIndex = args.indexOf('--show');
  const show = showIndex >= 0 ? Number(args.splice(showIndex, 2)[1]) : 0;
  const [source = DEFAULT_SOURCE, outFolder = DEFAULT_OUT] = args;

  const patients = new Map(readNdjson<Patient>(source, 'Patient').map((p) => [p.id!, p]));
  const clinicianValues = readNdjson<Practitioner>(source, 'Practitioner').flatMap((p) => nameValues(p.name, 'DOCTOR'));
  const placeValues: KnownValue[] = [
    ...readNdjson<Organization>(source, 'Organization').flatMap((o): KnownValue[] => [
      ...(o.name ? [{ value: o.name, category: 'LOCATION', subtype: 'HOSPITAL' } as KnownValue] : []),
      ...addressValues(o.address),
      ...(o.telecom ?? []).flatMap((t) => (t.value ? [{ value: t.value, category: 'CONTACT', subtype: 'PHONE' } as KnownValue] : [])),
    ]),
    ...readNdjson<Location>(source, 'Location').flatMap((l): KnownValue[] => [
      ...(l.name ? [{ value: l.name, category: 'LOCATION', subtype: 'HOSPITAL' } as KnownValue] : []),
      ...addressValues(l.address ? [l.address] : []),
    ]),
  ];

  const documentsByPatient = new Map<string, DocumentReference[]>();
  for (const document of readNdjson<DocumentReference>(source, 'DocumentReference')) {
    const patientId = referenceKey(document.subject?.reference);
    if (!patientId || !patients.has(patientId)) continue;
    documentsByPatient.set(patientId, [...(documentsByPatient.get(patientId) ?? []), document]);
  }

  const notes: GoldNote[] = [];
  const foundSubtypes = new Map<string, number>();
  for (const [patientId, documents] of [...documentsByPatient].sort(([a], [b]) => a.localeCompare(b))) {
    const known = [...patientValues(patients.get(patientId)!), ...clinicianValues, ...placeValues];
    const withText = documents
      .map((document) => {
        const data = document.content?.find((c) => c.attachment.contentType?.startsWith('text/plain'))?.attachment.data;
        return { document, text: data ? Buffer.from(data, 'base64').toString('utf8') : '' };
      })
      .filter(({ text }) => text !== '' && text.length <= MAX_NOTE_CHARS)
      .sort((a, b) => (a.document.date ?? '').localeCompare(b.document.date ?? ''));
    for (const { document, text } of spread(withText, NOTES_PER_PATIENT)) {
      const authorNames = (document.author ?? []).flatMap((a) => (a.display ?? '').replace(/^Dr\. /, '').split(' '))
        .map((value): KnownValue => ({ value, category: 'NAME', subtype: 'DOCTOR' }));
      const custodian = document.custodian?.display ? [{ value: document.custodian.display, category: 'LOCATION', subtype: 'HOSPITAL' } as KnownValue] : [];
      const spans = removeOverlaps([...findKnownValues(text, [...known, ...authorNames, ...custodian]), ...patternSpans(text)]);
      for (const span of spans) foundSubtypes.set(`${span.category}/${span.subtype}`, (foundSubtypes.get(`${span.category}/${span.subtype}`) ?? 0) + 1);
      notes.push({ id: `synthea-${document.id}`, style: 'synthea', caps: false, text, spans });
    }
  }

  const capsNotes = notes.map((note): GoldNote => {
    const text = note.text.toUpperCase();
    if (text.length !== note.text.length) throw new Error(`upper-casing changed the length of ${note.id}`);
    return { ...note, id: `${note.id}-caps`, caps: true, text };
  });
  writeGoldFile(join(outFolder, 'synthea-dev.jsonl'), notes);
  writeGoldFile(join(outFolder, 'synthea-dev-caps.jsonl'), capsNotes);
  console.log(`${notes.length} notes from ${documentsByPatient.size} patients; spans by kind:`, Object.fromEntries(foundSubtypes));
  for (const note of spread(notes, show)) console.log(`\n----- ${note.id}\n${markSpans(note)}`);
}

main();
