export { createFhirClient, describeOperationOutcome, FhirError } from './client';
export type { SmartBackendAuth } from './smart';
export type { FhirAuth, FhirClient, FhirClientOptions, FhirErrorKind, SearchParams, SearchResult } from './client';
export { resolvePatientLink } from './link';
export type { PatientLink } from './link';
export { findPatient, searchPatients, summarisePatient } from './patients';
export type { PatientAddress, PatientIdentifier, PatientSummary } from './patients';
export { fetchPatientContext, RECENT_DOCUMENTS, RECENT_ENCOUNTERS } from './context';
export type {
  AllergyItem,
  ConditionItem,
  DocumentItem,
  EncounterItem,
  MedicationItem,
  ObservationCategory,
  ObservationItem,
  PatientContext,
} from './context';
export type { CodeItem } from './display';
export { documentNoteTexts, fetchDocumentText } from './documents';
export { PatientContextCache } from './cache';
export type { PatientContextCacheOptions } from './cache';
export { contextToKnownIdentifiers } from './known-identifiers';
