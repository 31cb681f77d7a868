/**
 * Layout of data/icd/icd10cm-index.gz, written by scripts/icd/build-index.ts. Plain text sections rather
 * than JSON so loading is one gunzip plus a few string scans; terms and titles are parsed on first use.
 */

export const INDEX_FORMAT = 4;

/**
 * i alphabetic index, e external cause index, n tabular inclusion term, p neoplasm table, t tabular title,
 * m manifestation code.
 */
export type TermSource = 'i' | 'e' | 'n' | 'p' | 't' | 'm';

export const SECTION_SEPARATOR = '\u001d';
export const GROUP_SEPARATOR = '\u001e';

/** Section order after the first (JSON meta) section. */
export const SECTIONS = ['vocabulary', 'suffixes', 'codes', 'terms', 'excludes1', 'useAdditional', 'seventh'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface IndexMeta {
  format: number;
  sources: string;
}

/*
 * vocabulary: normalised tokens, one per line; a token's id is its line number, written in base 36.
 * suffixes:   title endings shared by 7th-character codes, one per line.
 * codes:      `CODE\tBILLABLE\ttitle` sorted by code; a title `\u0001N` means "parent's title, suffix N".
 * terms:      groups separated by GROUP_SEPARATOR: first line the anchor token id (the term's rarest token),
 *             then `CODE\tSOURCE\trequired ids\toptional ids` per term.
 * excludes1, useAdditional: `CODE\tpattern,pattern` (prefix `E10` or range `E08:E13`, no dots).
 * seventh:    `CODE\tA=initial encounter|D=subsequent encounter|S=sequela`.
 */
export const DERIVED_TITLE_MARK = '\u0001';
export const INDEX_FILE_NAME = 'icd10cm-index.gz';
/** Learned re-ranking model (scripts/icd/learn-ranker.ts), gzip-compressed JSON beside the index. */
export const RANKER_FILE_NAME = 'icd10cm-ranker.json.gz';
