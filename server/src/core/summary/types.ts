/** A UTF-16 range into the summarised note; `end` is exclusive. */
export interface SourceRange {
  start: number;
  end: number;
}

export const SUMMARY_SECTIONS = ['problems', 'medications', 'allergies', 'findings', 'plan', 'followup'] as const;
export type SummarySection = (typeof SUMMARY_SECTIONS)[number];

export type MedicationStatus = 'new' | 'changed' | 'stopped' | 'continued';

export interface SummaryItem {
  section: SummarySection;
  text: string;
  /** Where the item's words come from; never empty for the embedded engine. */
  sources: SourceRange[];
  /** Only on medication items whose note wording says the drug was started, changed or stopped. */
  status?: MedicationStatus;
  /** LLM engine only: claims in `text` the note (or FHIR context) does not support. */
  unsupported?: UnsupportedClaim[];
}

/** The clinician's summary statement: age/sex, key problems, reason for the visit. */
export interface OneLiner {
  text: string;
  sources: SourceRange[];
  unsupported?: UnsupportedClaim[];
}

export type ClaimKind = 'number' | 'dose' | 'drug' | 'laterality' | 'negation' | 'name';

/** A span of a summary text (offsets into that text, not the note) that the note does not back. */
export interface UnsupportedClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  text: string;
}

export interface NoteSummary {
  engine: 'embedded' | 'llm';
  oneLiner: OneLiner;
  items: SummaryItem[];
  /** Plain-text rendering of the one-liner and the items, one section per paragraph. */
  text: string;
}

/** The slice of FHIR patient context a summary may use; facts here count as support in the faithfulness check. */
export interface PatientContextLite {
  age?: number;
  sex?: string;
  conditions?: string[];
  medications?: string[];
  allergies?: string[];
}

export interface SummarizeOptions {
  /** Sections to produce; default all. */
  sections?: readonly SummarySection[];
  context?: PatientContextLite;
}
