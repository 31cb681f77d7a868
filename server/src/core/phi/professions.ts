import { Candidate, candidate } from './candidate';
import { PROFESSIONS, PROFESSIONS_NEEDING_CONTEXT } from './vocabulary';

/*
 * The patient's or a relative's occupation (i2b2 PROFESSION). An occupation word after "works as",
 * "retired", "former", "occupation:" is one; a plain occupation word elsewhere is one unless it also
 * names a care-team role or is a surname or verb (a nurse in the note is usually staff, not a job).
 */
const OCCUPATION_CUE = /(?:\b|,)(?:works?|worked|working|employed|job|career|occupation|profession|retired|former|formerly|previously works?|(?:is|was|as)\s{1,2}an?|,\s{0,2}an?)\b[\s:-]{1,3}(?:as\s{1,3})?(?:an?\s{1,3})?(?:(?:retired|former|self-employed|part-time|full-time|high school|elementary school|school)\s{1,3})?$/i;
/** "a 23 yr old lady stonemason", "24F female crossing guard", "40M gentleman hospice chaplain": the job right after age and sex. */
const AGE_AND_SEX_BEFORE = /\b\d{1,3}[ -]?(?:y\/?o|yrs?[ -]old|years?[ -]old|year-old|[MF])\b[ \t]{1,2}(?:(?:old|pleasant|retired|former)[ \t]{1,2})?(?:(?:man|woman|male|female|lady|gentleman|gent|guy)[ \t]{1,2})?$/i;
/** Staff of the hospital, not the patient's job: "financial counselor", "genetic counselor", "lactation consultant". */
const STAFF_ROLE_BEFORE = /\b(?:financial|genetic|lactation|crisis|peer|benefits|insurance|patient|nurse|care|discharge|bereavement|diabetes|smoking cessation)[ \t]{1,2}$/i;
const MULTIWORD = new Set([...PROFESSIONS].filter((p) => p.includes(' ')));
const MULTIWORD_LAST = new Set([...MULTIWORD].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
const COMPOUND_HEADS = new Set(
  'TEACHER WORKER DRIVER OPERATOR GUARD CHAPLAIN ENGINEER MANAGER CLERK ASSISTANT TECHNICIAN MECHANIC OFFICER AGENT CONSULTANT SPECIALIST ANALYST DESIGNER INSPECTOR SUPERVISOR ADMINISTRATOR CLEANER WRITER REPRESENTATIVE PROGRAMMER DEVELOPER ACCOUNTANT ATTENDANT HANDLER INSTALLER REPAIRER MAKER COOK AIDE'.split(' '),
);
/** Every word that can end an occupation; the note is scanned for these first. */
const OCCUPATION_WORD = new RegExp(
  String.raw`\b(?:${[...new Set([...PROFESSIONS, ...PROFESSIONS_NEEDING_CONTEXT, ...MULTIWORD_LAST, ...COMPOUND_HEADS].filter((w) => !w.includes(' ')))]
    .sort((a, b) => b.length - a.length)
    .join('|')})S?\b`,
  'gi',
);
const WORD_BEFORE = /([A-Za-z][A-Za-z-]{1,24}) $/;
const TWO_WORDS_BEFORE = /([A-Za-z][A-Za-z-]{1,24} [A-Za-z][A-Za-z-]{1,24}) $/;

/**
 * "I used to work for Usaa Group as Rolling machine operator, but": whatever job title follows "as" after a
 * work phrase, up to a comma, a sentence end or a preposition. Titles are open-ended, so no list is needed.
 */
const WORK_WORD = /\b(?:work(?:s|ed|ing)?|employed|job|career|hired|retired)\b/gi;
/** Tried only where WORK_WORD matched (sticky), so the lazy scan never starts at every word of a note. */
const JOB_AFTER_WORK_AS = /(?:work(?:s|ed|ing)?|employed|job|career|hired|retired)\b[^.\n;]{0,50}?\bas[ \t]{1,2}(?:an?[ \t]{1,2}|the[ \t]{1,2})?((?:(?!(?:at|for|in|with|from|but|until|since|on|so|when|because|and|or)\b)[\p{L}-]{2,30}[ \t]{1,2}){0,3}?[\p{L}-]{3,30})(?=[ \t]{0,2}(?:[,.;:)!?]|$|\b(?:at|for|in|with|until|since|but|and then|before|after|from|on|so|when|because)\b))/iuy;
/** "a first-line agent", "antiplatelet agents", "contrast agent": a drug, not a job. */
const DRUG_AGENT_MODIFIER = /^(?:first-line|second-line|third-line|antiplatelet|anticoagulant|antithrombotic|chemotherapeutic|chemotherapy|biologic|biological|sedating|sedative|inotropic|pressor|vasopressor|contrast|causative|infectious|therapeutic|alkylating|antiviral|antifungal|antibiotic|antimicrobial|antibacterial|hypoglycemic|antihypertensive|antiepileptic|antipsychotic|oral|topical|intravenous|offending|paralytic|anesthetic|anaesthetic|reversal|bulking|chelating|mucolytic|immunosuppressive|steroid-sparing|disease-modifying|investigational|cytotoxic|nephrotoxic|sclerosing|imaging|diagnostic|neuromuscular|blocking|wetting|oxidizing|alkalinizing|osmotic|prokinetic|antiemetic|uricosuric|hemostatic|thrombolytic|fibrinolytic)$/i;
const NOT_A_JOB = /^(?:well|usual|needed|such|part|a|an|the|long|soon|much|many|far|possible|tolerated|directed|instructed|before|always|expected|planned|scheduled|noted|above|below|follows|well as)$/i;

export function findProfessions(text: string): Candidate[] {
  const found: Candidate[] = [];
  WORK_WORD.lastIndex = 0;
  for (let w = WORK_WORD.exec(text); w; w = WORK_WORD.exec(text)) {
    JOB_AFTER_WORK_AS.lastIndex = w.index;
    const m = JOB_AFTER_WORK_AS.exec(text);
    if (!m) continue;
    const words = m[1].split(/[ \t]+/);
    // "as well as", "such as", "as far as", "work as discussed": no job follows; a job title ends in a noun.
    const beforeAs = m[0].slice(0, m[0].length - m[1].length);
    if (words.some((w) => NOT_A_JOB.test(w)) || /\b(?:such|well|far|same|soon|long|not|just|twice|half|so|much|many)[ \t]{1,2}as[ \t]{1,2}(?:an?[ \t]{1,2}|the[ \t]{1,2})?$/i.test(beforeAs) || /(?:ing|ed)$/i.test(words[words.length - 1])) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'PROFESSION', 'PROFESSION', 0.85, "job title after 'works as'"));
  }
  for (const hit of text.matchAll(OCCUPATION_WORD)) {
    const start = hit.index;
    const end = start + hit[0].length;
    const upper = hit[0].toUpperCase();
    const singular = upper.endsWith('S') && !PROFESSIONS.has(upper) ? upper.slice(0, -1) : upper;
    // Two-word occupations: "truck driver", "line cook"; a cued "X worker" too.
    if (MULTIWORD_LAST.has(singular) || COMPOUND_HEADS.has(singular)) {
      // Three-word occupations first: "home health aide".
      const twoBefore = TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 52), start));
      if (twoBefore && MULTIWORD.has(`${twoBefore[1].toUpperCase()} ${singular}`)) {
        found.push(candidate(start - twoBefore[0].length, end, 'PROFESSION', 'PROFESSION', 0.8, 'occupation'));
        continue;
      }
      const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 26), start));
      if (before && singular === 'AGENT' && DRUG_AGENT_MODIFIER.test(before[1])) continue;
      if (before) {
        const pairStart = start - before[0].length;
        const pair = `${before[1].toUpperCase()} ${singular}`;
        if (MULTIWORD.has(pair) || (COMPOUND_HEADS.has(singular) && cued(text, pairStart))) {
          found.push(candidate(pairStart, end, 'PROFESSION', 'PROFESSION', 0.8, 'occupation'));
          continue;
        }
      }
    }
    if (STAFF_ROLE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !cued(text, start)) continue;
    const needsContext = PROFESSIONS_NEEDING_CONTEXT.has(singular);
    if (!needsContext && !PROFESSIONS.has(singular)) continue;
    const withCue = cued(text, start);
    if (needsContext && !withCue) continue;
    found.push(candidate(start, end, 'PROFESSION', 'PROFESSION', withCue ? 0.85 : 0.65, withCue ? "occupation after 'works as' or 'retired'" : 'occupation word'));
  }
  return found;
}

function cued(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return OCCUPATION_CUE.test(before) || AGE_AND_SEX_BEFORE.test(before);
}
