import type { CancellationToken } from '../cancellation';
import { Candidate, candidate } from './candidate';

const TITLED_NAME = /\b(Dr|Drs|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor)\.?\s{1,3}((?:[A-Z][A-Za-z'’-]{0,30}\.?\s{1,2}){0,2}[A-Z][A-Za-z'’-]{1,30})/g;
const LABELLED_NAME = /\b(?:Patient|Pt|Name|Patient Name|Attending|PCP|Physician|Provider|Surgeon|Resident|Nurse|RN|NP|Dictated by|Signed by|Electronically signed by|cc)\s{0,2}:\s{0,3}((?:[A-Z][A-Za-z'’-]{0,30}\.?,?\s{1,2}){0,2}[A-Z][A-Za-z'’-]{1,30})/g;

export function findNames(text: string, _token: CancellationToken): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(TITLED_NAME)) {
    const start = m.index + m[0].length - m[2].length;
    const doctor = /^(Dr|Drs|Doctor|Prof|Professor)$/i.test(m[1]);
    found.push(candidate(start, start + m[2].length, 'NAME', doctor ? 'DOCTOR' : 'PATIENT', 0.9, doctor ? "clinician title before a name" : "courtesy title before a name"));
  }
  for (const m of text.matchAll(LABELLED_NAME)) {
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'NAME', 'NAME', 0.85, "name label before a name"));
  }
  return found;
}
