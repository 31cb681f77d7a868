import { Candidate, candidate } from './candidate';
import { PROFESSIONS, PROFESSIONS_NEEDING_CONTEXT } from './vocabulary';

/*
 * The patient's or a relative's occupation (i2b2 PROFESSION). An occupation word after "works as",
 * "retired", "former", "occupation:" is one; a plain occupation word elsewhere is one unless it is also a
 * care-team role (a nurse in the note is usually staff, not the patient's job).
 */
const OCCUPATION_CUE = /\b(?:works?|worked|working|employed|job|career|occupation|profession|retired|former|formerly|previously works?)\b[\s:-]{1,3}(?:as\s{1,3})?(?:an?\s{1,3})?(?:(?:retired|former|self-employed|part-time|full-time|high school|elementary school|school)\s{1,3})?$/i;
const WORD_PAIR = /\b[A-Za-z][A-Za-z-]{1,24}(?:\s[A-Za-z][A-Za-z-]{1,24})?\b/g;
const MULTIWORD = [...PROFESSIONS].filter((p) => p.includes(' '));
const COMPOUND_SUFFIXES = /(?:TEACHER|WORKER|DRIVER|OPERATOR|ENGINEER|MANAGER|CLERK|ASSISTANT|TECHNICIAN|MECHANIC|OFFICER|AGENT|CONSULTANT|SPECIALIST|ANALYST|DESIGNER|INSPECTOR|SUPERVISOR|ADMINISTRATOR|CLEANER|WRITER|REPRESENTATIVE|PROGRAMMER|DEVELOPER|ACCOUNTANT|ATTENDANT|HANDLER|INSTALLER|REPAIRER|MAKER)$/;

export function findProfessions(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(WORD_PAIR)) {
    const words = m[0].split(' ');
    // Prefer the two-word occupation ("truck driver"), else each word alone.
    const pair = m[0].toUpperCase();
    if (words.length === 2 && (MULTIWORD.includes(pair) || (COMPOUND_SUFFIXES.test(words[1].toUpperCase()) && cued(text, m.index)))) {
      found.push(candidate(m.index, m.index + m[0].length, 'PROFESSION', 'PROFESSION', 0.8, 'occupation'));
      continue;
    }
    let offset = m.index;
    for (const word of words) {
      const upper = word.toUpperCase();
      const start = offset;
      offset += word.length + 1;
      const isOccupation = PROFESSIONS.has(upper) || PROFESSIONS.has(upper.replace(/S$/, '')) || /^SCHOOL ?TEACHER$/.test(upper);
      const careTeam = PROFESSIONS_NEEDING_CONTEXT.has(upper);
      if (!isOccupation && !careTeam) continue;
      const withCue = cued(text, start);
      if (careTeam && !withCue) continue;
      found.push(candidate(start, start + word.length, 'PROFESSION', 'PROFESSION', withCue ? 0.85 : 0.65, withCue ? "occupation after 'works as' or 'retired'" : 'occupation word'));
    }
  }
  return found;
}

function cued(text: string, start: number): boolean {
  return OCCUPATION_CUE.test(text.slice(Math.max(0, start - 40), start));
}
