export const PHI_CATEGORIES = ['NAME', 'PROFESSION', 'LOCATION', 'AGE', 'DATE', 'CONTACT', 'ID'] as const;
export type PhiCategory = (typeof PHI_CATEGORIES)[number];

/**
 * Subtypes follow the i2b2 2014 de-identification guidelines where one exists, so evaluation
 * against i2b2-style gold needs no mapping.
 */
export type PhiSubtype =
  | 'PATIENT' | 'DOCTOR' | 'RELATIVE' | 'USERNAME' | 'NAME'
  | 'PROFESSION'
  | 'HOSPITAL' | 'ORGANIZATION' | 'DEPARTMENT' | 'ROOM' | 'STREET' | 'CITY' | 'STATE' | 'COUNTRY' | 'ZIP' | 'LOCATION'
  | 'AGE_OVER_89' | 'AGE'
  | 'DATE' | 'YEAR'
  | 'PHONE' | 'FAX' | 'EMAIL' | 'URL' | 'IP_ADDRESS'
  | 'SSN' | 'MRN' | 'HEALTH_PLAN' | 'ACCOUNT' | 'LICENSE' | 'VEHICLE' | 'DEVICE' | 'ID';

export interface PhiFinding {
  /** UTF-16 offset into the analysed text, inclusive. */
  start: number;
  /** UTF-16 offset, exclusive. */
  end: number;
  text: string;
  category: PhiCategory;
  subtype: PhiSubtype;
  /** 0..1; below `LOW_CONFIDENCE` the editor shows the finding as Information. */
  confidence: number;
  /** Which rule or context fired, short and free of note text, e.g. "title 'Dr.' before a surname". */
  reason: string;
}

export const LOW_CONFIDENCE = 0.6;

/**
 * `standard`: every category, clinician names included, ages over 89, dates without lone years.
 * `safeHarbor`: HIPAA Safe Harbor only: no clinician names and no professions.
 * `extended`: i2b2-style: standard plus every age and lone years.
 */
export type PhiProfile = 'standard' | 'safeHarbor' | 'extended';

/** Identifiers known to belong to the patient (from FHIR); flagged with certainty wherever they appear. */
export interface KnownIdentifiers {
  names?: string[];
  practitionerNames?: string[];
  identifiers?: string[];
  addresses?: string[];
  phones?: string[];
  birthDates?: string[];
}

export interface PhiOptions {
  profile?: PhiProfile;
  /** Categories to report; default all. */
  categories?: readonly PhiCategory[];
  /** Report every age, not only those over 89. Implied by profile `extended`. */
  allAges?: boolean;
  /** Report lone years ("in 2019"). Implied by profile `extended`. */
  years?: boolean;
  /** Texts the user marked "Not PHI"; compared case-insensitively against a finding's text. */
  allowList?: readonly string[];
  known?: KnownIdentifiers;
  /** Let the learned tagger add places the rules missed (default true). */
  learned?: boolean;
}
