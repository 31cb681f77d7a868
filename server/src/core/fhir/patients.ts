import type { Patient } from 'fhir/r4';
import { CancellationToken, neverCancelled } from '../cancellation';
import { FhirClient, FhirError } from './client';
import { addressText, humanNameText } from './display';
import type { PatientLink } from './link';

const MRN_TYPE_CODE = 'MR';

export interface PatientIdentifier {
  /** e.g. "MR", "SS", "DL"; from identifier.type. */
  type?: string;
  label?: string;
  system?: string;
  value: string;
}

export interface PatientAddress {
  lines: string[];
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
  text: string;
}

export interface PatientSummary {
  id: string;
  /** Official (or first) name, "Given Family". */
  name: string;
  /** Every name the record holds (official, maiden, nicknames), each "Given Family". */
  names: string[];
  givenNames: string[];
  familyNames: string[];
  birthDate?: string;
  deceased?: string;
  gender?: string;
  mrn?: string;
  identifiers: PatientIdentifier[];
  addresses: PatientAddress[];
  phones: string[];
  emails: string[];
  /** From the mothersMaidenName extension; a relative's name, still PHI in notes. */
  mothersMaidenName?: string;
  generalPractitioners: string[];
}

function unique(values: Iterable<string | undefined>): string[] {
  return [...new Set([...values].filter((value): value is string => Boolean(value?.trim())).map((value) => value.trim()))];
}

export function summarisePatient(patient: Patient): PatientSummary {
  const names = patient.name ?? [];
  const official = names.find((name) => name.use === 'official') ?? names[0];
  const identifiers: PatientIdentifier[] = (patient.identifier ?? [])
    .filter((identifier) => identifier.value)
    .map((identifier) => ({
      ...(identifier.type?.coding?.[0]?.code ? { type: identifier.type.coding[0].code } : {}),
      ...(identifier.type?.text ?? identifier.type?.coding?.[0]?.display
        ? { label: identifier.type?.text ?? identifier.type?.coding?.[0]?.display }
        : {}),
      ...(identifier.system ? { system: identifier.system } : {}),
      value: identifier.value as string,
    }));
  const deceased = patient.deceasedDateTime ?? (patient.deceasedBoolean ? 'yes' : undefined);
  const mothersMaidenName = patient.extension?.find((extension) => extension.url.endsWith('/patient-mothersMaidenName'))?.valueString;
  return {
    id: patient.id ?? '',
    name: humanNameText(official) ?? 'Unnamed patient',
    names: unique(names.map(humanNameText)),
    givenNames: unique(names.flatMap((name) => name.given ?? [])),
    familyNames: unique(names.map((name) => name.family)),
    ...(patient.birthDate ? { birthDate: patient.birthDate } : {}),
    ...(deceased ? { deceased } : {}),
    ...(patient.gender ? { gender: patient.gender } : {}),
    ...(identifiers.find((identifier) => identifier.type === MRN_TYPE_CODE)
      ? { mrn: identifiers.find((identifier) => identifier.type === MRN_TYPE_CODE)?.value }
      : {}),
    identifiers,
    addresses: (patient.address ?? []).map((address) => ({
      lines: address.line ?? [],
      ...(address.city ? { city: address.city } : {}),
      ...(address.state ? { state: address.state } : {}),
      ...(address.postalCode ? { postalCode: address.postalCode } : {}),
      ...(address.country ? { country: address.country } : {}),
      text: addressText(address),
    })),
    phones: unique((patient.telecom ?? []).filter((t) => t.system === 'phone' || t.system === 'sms').map((t) => t.value)),
    emails: unique((patient.telecom ?? []).filter((t) => t.system === 'email').map((t) => t.value)),
    ...(mothersMaidenName ? { mothersMaidenName } : {}),
    generalPractitioners: unique((patient.generalPractitioner ?? []).map((reference) => reference.display)),
  };
}

/**
 * The patient a note links to. An MRN is searched as `identifier=<value>` and must then match an identifier typed
 * MR (or, when the server types none, any identifier); none or several matches are errors the user can act on.
 */
export async function findPatient(client: FhirClient, link: PatientLink, token: CancellationToken = neverCancelled): Promise<Patient> {
  if (link.kind === 'id') return client.read<Patient>('Patient', link.value, token);
  const { resources } = await client.search<Patient>('Patient', { identifier: link.value, _count: 10 }, token, { maxPages: 1 });
  const typedMatches = resources.filter((patient) =>
    patient.identifier?.some((identifier) => identifier.value === link.value && identifier.type?.coding?.some((c) => c.code === MRN_TYPE_CODE)),
  );
  const matches = typedMatches.length ? typedMatches : resources;
  if (matches.length === 0) throw new FhirError('not-found', `No patient on ${new URL(client.baseUrl).origin} has that MRN`);
  if (matches.length > 1) {
    throw new FhirError('ambiguous', `${matches.length} patients on ${new URL(client.baseUrl).origin} share that MRN; link by FHIR id instead`);
  }
  return matches[0];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Patients matching what a user typed in a picker: a birth date (YYYY-MM-DD or M/D/YYYY), an identifier such as an
 * MRN (one token with a digit), or a name (every word must appear in one of the patient's names).
 */
export async function searchPatients(
  client: FhirClient,
  query: string,
  token: CancellationToken = neverCancelled,
): Promise<PatientSummary[]> {
  const text = query.trim();
  if (text === '') return [];
  const usDate = US_DATE.exec(text);
  let params: Record<string, string>;
  let words: string[] = [];
  if (ISO_DATE.test(text)) {
    params = { birthdate: text };
  } else if (usDate) {
    params = { birthdate: `${usDate[3]}-${usDate[1].padStart(2, '0')}-${usDate[2].padStart(2, '0')}` };
  } else if (!/\s/.test(text) && /\d/.test(text)) {
    params = { identifier: text };
  } else {
    words = text.toLowerCase().split(/[\s,]+/).filter(Boolean);
    // Servers match `name` as "starts with" or "contains" on one part; the longest word narrows most.
    params = { name: [...words].sort((a, b) => b.length - a.length)[0] };
  }
  const { resources } = await client.search<Patient>('Patient', { ...params, _count: 50 }, token, { maxPages: 2 });
  return resources
    .map(summarisePatient)
    .filter((summary) => words.every((word) => summary.names.some((name) => name.toLowerCase().includes(word))));
}
