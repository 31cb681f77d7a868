/** Public API of the ICD-10-CM engine; the server, CLI and tests import from here. */
export { loadIcdIndex, defaultIcdDataDir, IcdDataError } from './icd-index';
export type { IcdIndex, IcdCode, LoadIcdIndexOptions } from './icd-index';
export { suggestCodes, DEFAULT_MIN_SCORE } from './suggest';
export type { IcdSuggestion, IcdEvidence, IcdTrait, SuggestOptions } from './suggest';
