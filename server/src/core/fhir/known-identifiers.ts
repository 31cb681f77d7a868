import type { KnownIdentifiers } from '../phi/types';
import type { PatientContext } from './context';

/** Synthea (and some test systems) append digits to names: "Suanne858 Champlin946". */
const NUMERIC_SUFFIX = /^(\p{L}[\p{L}'’-]*?)\d+$/u;
const TITLE = /^(?:dr|mr|mrs|ms|miss|prof|rev)\.?\s+/i;

function withoutSuffix(word: string): string | undefined {
  return NUMERIC_SUFFIX.exec(word)?.[1];
}

/** A name, its parts, and the same without numeric suffixes; parts shorter than 2 letters are dropped. */
function nameForms(name: string): string[] {
  const bare = name.replace(TITLE, '').trim();
  const words = bare.split(/\s+/).filter(Boolean);
  const stripped = words.map((word) => withoutSuffix(word) ?? word);
  const forms = [bare, stripped.join(' '), ...words, ...stripped];
  return forms.filter((form) => form.replace(/[^\p{L}]/gu, '').length >= 2);
}

function birthDateForms(isoDate: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return [isoDate];
  const [, year, month, day] = match;
  const monthName = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).toLocaleString('en-US', {
    month: 'long',
    timeZone: 'UTC',
  });
  return [
    `${year}-${month}-${day}`,
    `${month}/${day}/${year}`,
    `${Number(month)}/${Number(day)}/${year}`,
    `${monthName} ${Number(day)}, ${year}`,
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}

/**
 * Everything the FHIR record says identifies this patient, in the shape `detectPhi` takes as `known`: every form of
 * the patient's names (given, family, full, Synthea's digit-suffixed and bare forms, the mother's maiden name),
 * identifier values and e-mail addresses, street lines, cities and ZIP codes, phone numbers, birth dates in common
 * notations, and the names of clinicians on the patient's encounters, medications and documents.
 */
export function contextToKnownIdentifiers(context: PatientContext): KnownIdentifiers {
  const patient = context.patient;
  const practitioners = [
    ...patient.generalPractitioners,
    ...context.encounters.flatMap((encounter) => encounter.practitioners),
    ...context.documents.flatMap((document) => document.authors),
    ...context.medications.map((medication) => medication.requester ?? ''),
  ];
  const zipCodes = patient.addresses.flatMap((address) => {
    const zip = address.postalCode?.trim();
    if (!zip) return [];
    // Nine-digit ZIPs are written in notes as 12345-6789 or just 12345.
    return /^\d{9}$/.test(zip) ? [zip, zip.slice(0, 5), `${zip.slice(0, 5)}-${zip.slice(5)}`] : [zip, zip.split('-')[0]];
  });
  return {
    names: unique([
      ...patient.names,
      ...patient.givenNames,
      ...patient.familyNames,
      ...(patient.mothersMaidenName ? [patient.mothersMaidenName] : []),
    ].flatMap(nameForms)),
    practitionerNames: unique(practitioners.filter(Boolean).flatMap(nameForms)),
    identifiers: unique([patient.id, ...patient.identifiers.map((identifier) => identifier.value), ...patient.emails]),
    addresses: unique(patient.addresses.flatMap((address) => [...address.lines, address.city ?? '', ...zipCodes])),
    phones: unique(patient.phones),
    birthDates: unique(patient.birthDate ? birthDateForms(patient.birthDate) : []),
  };
}
