import { Candidate, candidate } from './candidate';
import { PROFESSIONS, PROFESSIONS_NEEDING_CONTEXT } from './vocabulary';

/*
 * The patient's or a relative's occupation (i2b2 PROFESSION). An occupation word after "works as",
 * "retired", "former", "occupation:" is one; a plain occupation word elsewhere is one unless it also
 * names a care-team role or is a surname or verb (a nurse in the note is usually staff, not a job).
 */
const OCCUPATION_CUE = /(?:\b|,)(?:works?|worked|working|employed|job|career|occupation|profession|retired|former|formerly|previously works?|(?:is|was|as)\s{1,2}an?|,\s{0,2}an?)\b[\s:-]{1,3}(?:as\s{1,3})?(?:an?\s{1,3})?(?:(?:retired|former|self-employed|part-time|full-time|high school|elementary school|school)\s{1,3})?$/i;
const WORD = /[A-Za-z][A-Za-z-]{2,24}/g;
const MULTIWORD = new Set([...PROFESSIONS].filter((p) => p.includes(' ')));
const MULTIWORD_LAST = new Set([...MULTIWORD].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
const COMPOUND_HEADS = new Set(
  'TEACHER WORKER DRIVER OPERATOR ENGINEER MANAGER CLERK ASSISTANT TECHNICIAN MECHANIC OFFICER AGENT CONSULTANT SPECIALIST ANALYST DESIGNER INSPECTOR SUPERVISOR ADMINISTRATOR CLEANER WRITER REPRESENTATIVE PROGRAMMER DEVELOPER ACCOUNTANT ATTENDANT HANDLER INSTALLER REPAIRER MAKER COOK AIDE'.split(' '),
);

export function findProfessions(text: string): Candidate[] {
  const found: Candidate[] = [];
  let previous: { start: number; end: number; upper: string } | undefined;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const upper = m[0].toUpperCase();
    const singular = upper.endsWith('S') ? upper.slice(0, -1) : upper;
    const afterPrevious = previous !== undefined && previous.end + 1 === start && text.charCodeAt(previous.end) === 32;
    // Two-word occupations: "truck driver", "software engineer"; a cued "X worker" too.
    if (afterPrevious && previous && (MULTIWORD_LAST.has(singular) || COMPOUND_HEADS.has(singular))) {
      const pair = `${previous.upper} ${singular}`;
      if (MULTIWORD.has(pair) || (COMPOUND_HEADS.has(singular) && cued(text, previous.start))) {
        found.push(candidate(previous.start, end, 'PROFESSION', 'PROFESSION', 0.8, 'occupation'));
        previous = undefined;
        continue;
      }
    }
    previous = { start, end, upper };
    const needsContext = PROFESSIONS_NEEDING_CONTEXT.has(upper) || PROFESSIONS_NEEDING_CONTEXT.has(singular);
    if (!needsContext && !PROFESSIONS.has(upper) && !PROFESSIONS.has(singular)) continue;
    const withCue = cued(text, start);
    if (needsContext && !withCue) continue;
    found.push(candidate(start, end, 'PROFESSION', 'PROFESSION', withCue ? 0.85 : 0.65, withCue ? "occupation after 'works as' or 'retired'" : 'occupation word'));
  }
  return found;
}

function cued(text: string, start: number): boolean {
  return OCCUPATION_CUE.test(text.slice(Math.max(0, start - 40), start));
}
