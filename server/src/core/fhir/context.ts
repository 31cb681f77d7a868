import type {
  AllergyIntolerance,
  Condition,
  DocumentReference,
  Encounter,
  FhirResource,
  MedicationRequest,
  Observation,
  Patient,
} from 'fhir/r4';
import { CancellationToken, CancelledError, neverCancelled, throwIfCancelled } from '../cancellation';
import { FhirClient, FhirError, SearchParams } from './client';
import { CodeItem, codesOf, conceptText, firstCode, quantityText, referenceDisplay } from './display';
import { PatientSummary, summarisePatient } from './patients';

export interface ConditionItem {
  id: string;
  display: string;
  codes: CodeItem[];
  clinicalStatus?: string;
  onset?: string;
  recorded?: string;
}

export interface MedicationItem {
  id: string;
  display: string;
  codes: CodeItem[];
  status?: string;
  authoredOn?: string;
  dosage?: string;
  requester?: string;
}

export interface AllergyItem {
  id: string;
  substance: string;
  codes: CodeItem[];
  clinicalStatus?: string;
  criticality?: string;
  categories: string[];
  reactions: string[];
  recorded?: string;
}

export type ObservationCategory = 'vital-signs' | 'laboratory';

export interface ObservationItem {
  id: string;
  category: ObservationCategory;
  display: string;
  codes: CodeItem[];
  /** Ready to show, unit included: "128/82 mmHg", "5.4 %", "Negative". */
  value?: string;
  effective?: string;
  interpretation?: string;
}

export interface EncounterItem {
  id: string;
  type: string;
  class?: string;
  status?: string;
  start?: string;
  end?: string;
  reasons: string[];
  provider?: string;
  practitioners: string[];
}

export interface DocumentItem {
  id: string;
  type: string;
  date?: string;
  status?: string;
  authors: string[];
  contentTypes: string[];
  description?: string;
}

export interface PatientContext {
  baseUrl: string;
  /** ISO time the context was fetched. */
  fetchedAt: string;
  patient: PatientSummary;
  /** Active conditions. */
  conditions: ConditionItem[];
  /** Active medication requests. */
  medications: MedicationItem[];
  /** Allergies not marked inactive, resolved or entered in error. */
  allergies: AllergyItem[];
  /** Newest result per code, vital signs then laboratory, each newest first. */
  observations: ObservationItem[];
  /** Most recent first. */
  encounters: EncounterItem[];
  /** Most recent first; list only, the notes' content is not fetched. */
  documents: DocumentItem[];
  /** Lists that were cut short or could not be fetched, one readable line each. */
  warnings: string[];
}

export const RECENT_ENCOUNTERS = 10;
export const RECENT_DOCUMENTS = 20;
/** Newest observations looked at per category before keeping one per code. */
const OBSERVATION_WINDOW = 100;
const LIST_PAGE_SIZE = 100;

const SYSTOLIC_LOINC = '8480-6';
const INACTIVE_ALLERGY = new Set(['inactive', 'resolved']);

function toCondition(condition: Condition): ConditionItem {
  const onset = condition.onsetDateTime ?? condition.onsetPeriod?.start ?? condition.onsetString;
  return {
    id: condition.id ?? '',
    display: conceptText(condition.code),
    codes: codesOf(condition.code),
    ...(firstCode(condition.clinicalStatus) ? { clinicalStatus: firstCode(condition.clinicalStatus) } : {}),
    ...(onset ? { onset } : {}),
    ...(condition.recordedDate ? { recorded: condition.recordedDate } : {}),
  };
}

function toMedication(request: MedicationRequest): MedicationItem {
  const concept = request.medicationCodeableConcept;
  const display = concept ? conceptText(concept) : referenceDisplay(request.medicationReference) ?? 'Unknown medication';
  const dosage = request.dosageInstruction?.map((instruction) => instruction.text).filter(Boolean).join('; ');
  const requester = referenceDisplay(request.requester);
  return {
    id: request.id ?? '',
    display,
    codes: codesOf(concept),
    ...(request.status ? { status: request.status } : {}),
    ...(request.authoredOn ? { authoredOn: request.authoredOn } : {}),
    ...(dosage ? { dosage } : {}),
    ...(requester ? { requester } : {}),
  };
}

function toAllergy(allergy: AllergyIntolerance): AllergyItem {
  const reactions = (allergy.reaction ?? []).flatMap((reaction) => (reaction.manifestation ?? []).map((m) => conceptText(m)));
  const recorded = allergy.recordedDate ?? allergy.onsetDateTime;
  return {
    id: allergy.id ?? '',
    substance: conceptText(allergy.code, 'Unknown substance'),
    codes: codesOf(allergy.code),
    ...(firstCode(allergy.clinicalStatus) ? { clinicalStatus: firstCode(allergy.clinicalStatus) } : {}),
    ...(allergy.criticality ? { criticality: allergy.criticality } : {}),
    categories: allergy.category ?? [],
    reactions: [...new Set(reactions)],
    ...(recorded ? { recorded } : {}),
  };
}

function observationValue(observation: Observation): string | undefined {
  const direct =
    quantityText(observation.valueQuantity) ??
    (observation.valueCodeableConcept ? conceptText(observation.valueCodeableConcept) : undefined) ??
    observation.valueString ??
    (observation.valueBoolean !== undefined ? String(observation.valueBoolean) : undefined) ??
    (observation.valueInteger !== undefined ? String(observation.valueInteger) : undefined) ??
    observation.valueDateTime;
  if (direct !== undefined) return direct;
  // Blood pressure reads systolic first, whatever order the components come in.
  const components = [...(observation.component ?? [])].sort(
    (a, b) => Number(firstCode(b.code) === SYSTOLIC_LOINC) - Number(firstCode(a.code) === SYSTOLIC_LOINC),
  );
  if (components.length === 0) return undefined;
  const quantities = components.map((component) => component.valueQuantity);
  const units = new Set(quantities.map((quantity) => quantity?.unit ?? quantity?.code));
  // Blood pressure and similar panels read best as "128/82 mmHg" when all parts share a unit.
  if (quantities.every((quantity) => quantity?.value !== undefined) && units.size === 1) {
    const unit = [...units][0];
    return quantities.map((quantity) => quantityText({ value: quantity?.value })).join('/') + (unit ? ` ${unit}` : '');
  }
  return components
    .map((component) => `${conceptText(component.code)}: ${quantityText(component.valueQuantity) ?? conceptText(component.valueCodeableConcept, '?')}`)
    .join('; ');
}

function effectiveOf(observation: Observation): string | undefined {
  return observation.effectiveDateTime ?? observation.effectivePeriod?.start ?? observation.effectiveInstant ?? observation.issued;
}

function toObservation(observation: Observation, category: ObservationCategory): ObservationItem {
  const value = observationValue(observation);
  const effective = effectiveOf(observation);
  const interpretation = observation.interpretation?.[0] ? conceptText(observation.interpretation[0]) : undefined;
  return {
    id: observation.id ?? '',
    category,
    display: conceptText(observation.code),
    codes: codesOf(observation.code),
    ...(value !== undefined ? { value } : {}),
    ...(effective ? { effective } : {}),
    ...(interpretation ? { interpretation } : {}),
  };
}

function toEncounter(encounter: Encounter): EncounterItem {
  const provider = referenceDisplay(encounter.serviceProvider);
  return {
    id: encounter.id ?? '',
    type: encounter.type?.[0] ? conceptText(encounter.type[0]) : encounter.class?.display ?? encounter.class?.code ?? 'Encounter',
    ...(encounter.class?.code ? { class: encounter.class.code } : {}),
    ...(encounter.status ? { status: encounter.status } : {}),
    ...(encounter.period?.start ? { start: encounter.period.start } : {}),
    ...(encounter.period?.end ? { end: encounter.period.end } : {}),
    reasons: (encounter.reasonCode ?? []).map((reason) => conceptText(reason)),
    ...(provider ? { provider } : {}),
    practitioners: [
      ...new Set(
        (encounter.participant ?? []).map((participant) => referenceDisplay(participant.individual)).filter((name): name is string => Boolean(name)),
      ),
    ],
  };
}

function toDocument(document: DocumentReference): DocumentItem {
  return {
    id: document.id ?? '',
    type: document.type ? conceptText(document.type) : 'Document',
    ...(document.date ? { date: document.date } : {}),
    ...(document.status ? { status: document.status } : {}),
    authors: (document.author ?? []).map(referenceDisplay).filter((name): name is string => Boolean(name)),
    contentTypes: [...new Set((document.content ?? []).map((content) => content.attachment.contentType).filter((type): type is string => Boolean(type)))],
    ...(document.description ? { description: document.description } : {}),
  };
}

/** ISO dates and date-times compare correctly as text when they share a time zone; missing dates sort last. */
function newestFirst<T>(items: T[], dateOf: (item: T) => string | undefined): T[] {
  return [...items].sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? ''));
}

/** Fetches every active and recent piece a clinician wants beside a note; one list failing only adds a warning. */
export async function fetchPatientContext(
  client: FhirClient,
  patientId: string,
  token: CancellationToken = neverCancelled,
): Promise<PatientContext> {
  const patient = await client.read<Patient>('Patient', patientId, token);
  const warnings: string[] = [];
  const list = async <T extends FhirResource, R>(
    label: string,
    resourceType: T['resourceType'],
    params: SearchParams,
    convert: (resource: T) => R,
    maxPages?: number,
  ): Promise<R[]> => {
    try {
      const result = await client.search<T>(resourceType, { patient: patientId, ...params }, token, maxPages ? { maxPages } : {});
      if (result.truncated && maxPages === undefined) {
        warnings.push(`${label}: showing the first ${result.resources.length}${result.total !== undefined ? ` of ${result.total}` : ''} (page limit reached)`);
      }
      return result.resources.map(convert);
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      warnings.push(`${label}: ${error instanceof FhirError ? error.message : 'could not be read'}`);
      return [];
    }
  };
  const latestPerCode = (observations: ObservationItem[]): ObservationItem[] => {
    const seen = new Set<string>();
    return newestFirst(observations, (item) => item.effective).filter((item) => {
      const key = item.codes[0] ? `${item.codes[0].system}|${item.codes[0].code}` : item.display;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };

  const [conditions, medications, allergies, vitals, labs, encounters, documents] = await Promise.all([
    list<Condition, ConditionItem>('Conditions', 'Condition', { 'clinical-status': 'active', _count: LIST_PAGE_SIZE }, toCondition),
    list<MedicationRequest, MedicationItem>('Medications', 'MedicationRequest', { status: 'active', _count: LIST_PAGE_SIZE }, toMedication),
    list<AllergyIntolerance, AllergyIntolerance>('Allergies', 'AllergyIntolerance', { _count: LIST_PAGE_SIZE }, (allergy) => allergy),
    list<Observation, ObservationItem>(
      'Vital signs', 'Observation', { category: 'vital-signs', _sort: '-date', _count: OBSERVATION_WINDOW },
      (observation) => toObservation(observation, 'vital-signs'), 1,
    ),
    list<Observation, ObservationItem>(
      'Laboratory', 'Observation', { category: 'laboratory', _sort: '-date', _count: OBSERVATION_WINDOW },
      (observation) => toObservation(observation, 'laboratory'), 1,
    ),
    list<Encounter, EncounterItem>('Encounters', 'Encounter', { _sort: '-date', _count: RECENT_ENCOUNTERS }, toEncounter, 1),
    list<DocumentReference, DocumentItem>('Documents', 'DocumentReference', { _sort: '-date', _count: RECENT_DOCUMENTS }, toDocument, 1),
  ]);
  throwIfCancelled(token);

  return {
    baseUrl: client.baseUrl,
    fetchedAt: new Date().toISOString(),
    patient: summarisePatient(patient),
    conditions: newestFirst(conditions, (item) => item.onset ?? item.recorded),
    medications: newestFirst(medications, (item) => item.authoredOn),
    allergies: allergies
      .filter((allergy) => !INACTIVE_ALLERGY.has(firstCode(allergy.clinicalStatus) ?? '') && firstCode(allergy.verificationStatus) !== 'entered-in-error')
      .map(toAllergy),
    observations: [...latestPerCode(vitals), ...latestPerCode(labs)],
    encounters: newestFirst(encounters, (item) => item.start).slice(0, RECENT_ENCOUNTERS),
    documents: newestFirst(documents, (item) => item.date).slice(0, RECENT_DOCUMENTS),
    warnings,
  };
}
