export interface PatientLink {
  kind: 'id' | 'mrn';
  value: string;
  /** UTF-16 offsets of `value` in the note, end exclusive, so the editor can underline or replace it. */
  range: { start: number; end: number };
}

/** Header lines are only looked for near the top, where note templates put them. */
const HEADER_LINES = 15;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const MRN = /^[A-Za-z0-9][A-Za-z0-9\-./]{0,63}$/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FRONT_MATTER_KEY = /^(patient|mrn)[ \t]*:[ \t]*(["']?)([^"'\r\n#]*?)\2[ \t]*(?:#.*)?$/i;
const HEADER = /^[ \t]*(patient(?:[ \t]+id)?|mrn[ \t]*#?)[ \t]*:[ \t]*(\S+)[ \t]*$/i;

/**
 * A patient id must look like one: FHIR id characters with at least one digit, so a header such as
 * "Patient: Smith" (a name) is not taken for a link.
 */
function acceptable(kind: PatientLink['kind'], value: string): boolean {
  return kind === 'id' ? FHIR_ID.test(value) && /\d/.test(value) : MRN.test(value);
}

function kindOf(key: string): PatientLink['kind'] {
  return key.toLowerCase().startsWith('mrn') ? 'mrn' : 'id';
}

/**
 * Finds which patient a note is about: YAML front matter `patient:` / `mrn:` first, else a header line
 * `Patient: <FHIR id>` or `MRN: <value>` in the first lines. A FHIR id wins over an MRN in the same place.
 */
export function resolvePatientLink(noteText: string): PatientLink | undefined {
  const frontMatter = FRONT_MATTER.exec(noteText);
  if (frontMatter) {
    const found: PatientLink[] = [];
    let offset = frontMatter[0].indexOf(frontMatter[1]);
    for (const line of frontMatter[1].split('\n')) {
      const match = FRONT_MATTER_KEY.exec(line.replace(/\r$/, ''));
      if (match) {
        const kind = kindOf(match[1]);
        const value = match[3].trim();
        if (acceptable(kind, value)) {
          const start = offset + line.indexOf(value, match[1].length);
          found.push({ kind, value, range: { start, end: start + value.length } });
        }
      }
      offset += line.length + 1;
    }
    const link = found.find((candidate) => candidate.kind === 'id') ?? found[0];
    if (link) return link;
  }

  const found: PatientLink[] = [];
  let offset = 0;
  // Only the header is read, so a long note costs no more than a short one on every change.
  for (const line of headerLines(noteText)) {
    const match = HEADER.exec(line.replace(/\r$/, ''));
    if (match) {
      const kind = kindOf(match[1]);
      const value = match[2];
      if (acceptable(kind, value)) {
        const start = offset + line.lastIndexOf(value);
        found.push({ kind, value, range: { start, end: start + value.length } });
      }
    }
    offset += line.length + 1;
  }
  return found.find((candidate) => candidate.kind === 'id') ?? found[0];
}

function headerLines(noteText: string): string[] {
  let end = -1;
  for (let line = 0; line < HEADER_LINES; line++) {
    end = noteText.indexOf('\n', end + 1);
    if (end < 0) return noteText.split('\n');
  }
  return noteText.slice(0, end).split('\n');
}
