import { holdsAny, lowerCaseOf, matchesOf } from '../matches';
import { Candidate, candidate } from './candidate';
import { isKnownWord, wordInfo } from './lexicon';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NEVER_NAMES, PROFESSIONS, PROFESSIONS_NEEDING_CONTEXT } from './vocabulary';

/*
 * The patient's or a relative's occupation (i2b2 PROFESSION). An occupation word after "works as",
 * "retired", "former", "occupation:" is one; a plain occupation word elsewhere is one unless it also
 * names a care-team role or is a surname or verb (a nurse in the note is usually staff, not a job).
 */
const OCCUPATION_CUE = /(?:\b|,)(?:works?|worked|working|employed|job title|job|career|occupation|profession|retired|former|formerly|previously works?|(?:is|was|as)\s{1,2}an?|,\s{0,2}an?)\b[\s:-]{1,3}(?:as\s{1,3})?(?:an?\s{1,3})?(?:(?:retired|former|self-employed|part-time|full-time|high school|elementary school|school)\s{1,3})?$/i;
/** "a 23 yr old lady stonemason", "24F female crossing guard", "40M gentleman hospice chaplain": the job right after age and sex. */
const AGE_AND_SEX_BEFORE = /\b\d{1,3}[ -]?(?:y\/?o|yrs?[ -]old|years?[ -]old|year-old|[MF])\b[ \t]{1,2}(?:(?:old|pleasant|retired|former)[ \t]{1,2})?(?:(?:man|woman|male|female|lady|gentleman|gent|guy)[ \t]{1,2})?$/i;
/** Staff of the hospital, not the patient's job: "financial counselor", "genetic counselor", "lactation consultant". */
const STAFF_ROLE_BEFORE = /\b(?:ward|unit|financial|genetic|lactation|crisis|peer|benefits|insurance|patient|nurse|care|discharge|bereavement|diabetes|smoking cessation)[ \t]{1,2}$/i;
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
const JOB_AFTER_WORK_AS = /(?:work(?:s|ed|ing)?|employed|job|career|hired|retired)\b[^.\n;]{0,50}?\bas[ \t]{1,2}(?:an?[ \t]{1,2}|the[ \t]{1,2})?((?:(?!(?:at|for|in|with|from|near|but|until|since|on|so|when|because|and(?![ \t]{1,2}die\b)|or)\b)[\p{L}-]{2,30}[ \t]{1,2}){0,3}?[\p{L}-]{3,30})(?=[ \t]{0,2}(?:[,.;:)!?(]|$|-[ \t]|w\/|\b(?:at|for|in|with|near|until|since|but|and(?![ \t]{1,2}die\b)|before|after|from|on|so|when|because|will|would|is|was|remains?|has|had)\b))/iuy;
/** "a first-line agent", "antiplatelet agents", "contrast agent": a drug, not a job. */
const DRUG_AGENT_MODIFIER = /^(?:first-line|second-line|third-line|antiplatelet|anticoagulant|antithrombotic|chemotherapeutic|chemotherapy|biologic|biological|sedating|sedative|inotropic|pressor|vasopressor|contrast|causative|infectious|therapeutic|alkylating|antiviral|antifungal|antibiotic|antimicrobial|antibacterial|hypoglycemic|antihypertensive|antiepileptic|antipsychotic|oral|topical|intravenous|offending|paralytic|anesthetic|anaesthetic|reversal|bulking|chelating|mucolytic|immunosuppressive|steroid-sparing|disease-modifying|investigational|cytotoxic|nephrotoxic|sclerosing|imaging|diagnostic|neuromuscular|blocking|wetting|oxidizing|alkalinizing|osmotic|prokinetic|antiemetic|uricosuric|hemostatic|thrombolytic|fibrinolytic)$/i;
const NOT_A_JOB = /^(?:well|usual|needed|such|part|team|a|an|the|long|soon|much|many|far|possible|tolerated|directed|instructed|before|always|expected|planned|scheduled|noted|above|below|follows|well as)$/i;

/**
 * "PT IS A HIGH SCHOOL BAND DIRECTOR AT ...", "PT WAS A TOOL AND DIE MAKER", "MOB IS A 20 YO COLLEGE WRESTLER": the words after
 * "is a" ending in an occupation word, up to the end of the clause.
 */
const JOB_AFTER_PERSON_IS_A = /\b(?:pt|patient|she|he|mob|fob|mom|dad|mother|father|wife|husband|husb|son|daughter|dtr|res|resident|client|claimant|employee|veteran|athlete)(?:(?:[ \t]{1,2}[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u00FF'’-]{1,20}){0,3}[ \t]{1,2}(?:is|was)[ \t]{1,2}(?:an?[ \t]{1,2})?|(?<=\b(?:she|he))['’]s[ \t]{1,2}an?[ \t]{1,2})(?:\d{1,3}[ \t]?(?:yo|y\/o|year[ -]old)[ \t]{1,2})?((?:(?!(?:at|from|for|with|in|who|since|until|by|of|there|originally|currently)\b)[a-z][a-z'-]{1,20}[ \t]{1,2}){0,4}(?!there\b)[a-z][a-z'-]{2,20})(?=[ \t]{0,2}(?:[.;,:)(]|$|[\r\n])|[ \t][-–—][ \t]|[ \t]{1,2}(?:at|from|for|with|w\/|in|who|since|until|by|of|there|originally|currently|and(?![ \t]{1,2}die\b))\b)/gi;
/** One to four words ending in a trade, up to where the job's description ends. */
const JOB_PHRASE = String.raw`((?:(?!(?:at|from|for|with|in|who|since|until|by|of|on|there|and|or|but|will|would|when|after|before|originally|currently)\b)[a-z][a-z'-]{1,20}[ \t]{1,2}){0,3}[a-z][a-z'-]{2,20})(?=[ \t]{0,2}(?:[.;,:)(]|$|[\r\n])|[ \t][-–—][ \t]|[ \t]{1,2}(?:at|from|for|with|in|who|since|until|by|of|on|there|and|x|w\/|herself|himself|before|after|when|during|while|will|would|presents|presented|presenting|admitted|here|now|comes|came|brought|reports|reported|states|complains|complaining|lives|living)\b)`;
/**
 * "BUD WAS A RAILROAD SWITCHMAN FOR 38 YRS", "later a grain elevator operator", "22 yrs as a steward": the words after a
 * verb of being or a turn in a working life and "a", ending in an occupation word, whoever the subject is.
 */
const JOB_AFTER_WAS_A = new RegExp(String.raw`\b(?:is|was|as|became|later|previously|formerly)[ \t]{1,2}an?[ \t]{1,2}${JOB_PHRASE}`, 'gi');
/** "Retired ferry captain", "a 34-year-old sheep rancher with": a trade of several words after 'retired' or an age. */
const JOB_AFTER_RETIRED_OR_AGE = new RegExp(String.raw`\b(?:retired|former|\d{1,3}[ -]?(?:y\/?o|yo|year-old|years?[ -]old|yrs?[ -]old)(?:[ \t]{1,2}(?:man|woman|male|female|gentleman|lady))?)[ \t]{1,2}${JOB_PHRASE}`, 'gi');
/** "known as a fighter", "presents as a", "such as a": 'as' that names no job. */
const AS_WITHOUT_A_JOB = /\b(?:known|described|such|same|presents?|presented|presenting|identifies|identified|regarded|seen|viewed|treated|classified|diagnosed|coded|listed|documented|labell?ed|thought of|acts?|acting|well|so|just|dressed|disguised|posing|posed)[ \t]{1,2}as[ \t]{1,2}an?[ \t]{1,2}$/i;
const PERSON_DESCRIPTOR = /^(?:woman|man|lady|gentleman|gent|female|male|girl|boy|pleasant|young|elderly|old|local|single|married|divorced|widowed|former|retired)$/i;
/** What a person in a crash or a scene was, not what they do for a living. */
const ROLE_IN_AN_EVENT = /^(?:restrained|unrestrained|belted|unbelted|seatbelted|helmeted|unhelmeted|front-seat|rear-seat|backseat|back-seat|intoxicated|impaired)$/i;
/** Heads of job titles the occupation lists hold only inside longer titles. */
const TITLE_HEADS = new Set(['ASSOCIATE', 'LEAD', 'PRINCIPAL', 'DEACON', 'DEPUTY', 'DIRECTOR', 'WRESTLER', 'MAKER', 'COORDINATOR', 'OWNER', 'FOREMAN', 'FOREWOMAN', 'HAND', 'MINER', 'TELLER', 'CLEANER', 'STUDENT', 'WORKER', 'OPERATOR', 'HANDLER', 'CLERK', 'TECHNICIAN', 'ASSISTANT', 'MANAGER', 'SUPERVISOR', 'ENGINEER', 'AGENT', 'ANALYST', 'TEACHER', 'NURSE', 'AUTOWORKER', 'FARMWORKER']);

export function findProfessions(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const said of peopleSaidToBeOfATrade(text)) found.push(candidate(said.tradeStart, said.tradeEnd, 'PROFESSION', 'PROFESSION', 0.8, 'trade of the person named before it'));
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
  for (const hit of matchesOf(OCCUPATION_WORD, text)) {
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
      if (before && ((singular === 'AGENT' && DRUG_AGENT_MODIFIER.test(before[1])) || ROLE_IN_AN_EVENT.test(before[1]))) continue;
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
    // "DISPATCHER CARLA PAXTON", "PER TEACHER", "his attorney", "mandated reporter", "Writer:": a role someone else has in
    // the story, not what the patient or a relative does for a living.
    const introducedAsAJob = JOB_INTRODUCED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    if (!withCue && !introducedAsAJob && (SOMEONE_ELSES_ROLE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || ROLE_LABEL_OR_PERSON_AFTER.test(text.slice(end, end + 24)) || personNamedAfter(text, end))) continue;
    found.push(candidate(start, end, 'PROFESSION', 'PROFESSION', withCue ? 0.85 : 0.65, withCue ? "occupation after 'works as' or 'retired'" : 'occupation word'));
  }
  const lower = lowerCaseOf(text);
  const wasA = lower.includes(' a ') || lower.includes(' an ') ? [...matchesOf(JOB_AFTER_WAS_A, text)] : [];
  const afterRetiredOrAge = lower.includes('retired') || lower.includes('former') || /\d[ -]?(?:y|year)/.test(lower) ? [...matchesOf(JOB_AFTER_RETIRED_OR_AGE, text)] : [];
  for (const m of [...matchesOf(JOB_AFTER_PERSON_IS_A, text), ...wasA, ...afterRetiredOrAge]) {
    const words = [...m[1].matchAll(/[^ \t]+/g)];
    if (AS_WITHOUT_A_JOB.test(text.slice(Math.max(0, m.index - 16), m.index + m[0].length - m[1].length))) continue;
    // "there was a nurse in the room": someone present, not what they do for a living.
    if (/\bthere[ \t]{1,2}(?:is|was|were)[ \t]{1,2}an?[ \t]{1,2}$/i.test(text.slice(Math.max(0, m.index - 8), m.index + m[0].length - m[1].length))) continue;
    // "a woman HVAC technician", "a pleasant young teacher": who the person is comes before the job.
    let skip = 0;
    while (skip < words.length - 1 && PERSON_DESCRIPTOR.test(words[skip][0])) skip++;
    const last = words[words.length - 1][0].toUpperCase().replace(/S$/, '');
    if (!isTradeHead(last) && !isCareJob(last)) continue;
    // Without "a" or "an", "patient is pamela cook" names the patient: a first name is no part of a job.
    const withArticle = /(?:is|was|as|became|later|previously|formerly|['’]s)[ \t]{1,2}an?\b/i.test(m[0].slice(0, m[0].length - m[1].length));
    // "she was fixing supper", "he was driving": what a person was doing is no trade; "an operating room nurse" is one.
    if (words.some(([w], k) => /ing$/i.test(w) && (!withArticle || k === words.length - 1))) continue;
    if (HEADS_AFTER_AN_INTRODUCTION.has(last) && words.some(([w]) => PASTIME.test(w))) continue;
    const unitOfACareJob = (w: string) => isCareJob(last) || last === 'NURSE' ? UNIT_OF_A_CARE_JOB.test(w) : false;
    if (words.some(([w]) => NOT_A_JOB.test(w) || ROLE_IN_AN_EVENT.test(w) || (CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) && !unitOfACareJob(w)) || (last === 'AGENT' && DRUG_AGENT_MODIFIER.test(w)))) continue;
    if (!withArticle && words.some(([w]) => wordInfo(w.toUpperCase()).firstName)) continue;
    const end = m.index + m[0].length;
    const start = end - m[1].length + words[skip].index;
    found.push(candidate(start, end, 'PROFESSION', 'PROFESSION', 0.85, "occupation after 'is a', 'retired' or an age"));
  }
  for (const m of /,[ \t]{1,2}\d{1,3},/.test(text) ? matchesOf(JOB_AFTER_NAME_AND_AGE, text) : []) {
    const words = m[1].split(/[ \t]+/);
    const last = words[words.length - 1].toUpperCase();
    // "Blessing, 11, and Junior, 8": the next of a list of children, not a job.
    if (/^(?:and|or)$/i.test(words[0]) || wordInfo(last).firstName) continue;
    if (!(isTradeHead(last) || isCareJob(last)) || words.some((w) => NOT_A_JOB.test(w) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || /ing$/i.test(w))) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'PROFESSION', 'PROFESSION', 0.8, "job after a person's name and age"));
  }
  for (const m of text.includes('(') ? matchesOf(JOB_IN_BRACKETS_AFTER_A_NAME, text) : []) {
    // A person's name before the bracket, not a service's or a drug's ("Pharmacy (a pharmacist)", "Narcan (an antagonist)"):
    // a first name, or a name after a kin word.
    const before = m[0].slice(0, m[0].indexOf('(')).trim().toUpperCase();
    // "GRANDDAUGHTER PRIYA PATEL-KING (A PHARMACIST)": the kin word may stand a first name or two before.
    const kinBefore = KIN_BEFORE_A_NAME.test(text.slice(Math.max(0, m.index - 48), m.index));
    if (!wordInfo(before).firstName && !(kinBefore && wordInfo(before).tier !== 'word' && !CLINICAL_ABBREVIATIONS.has(before))) continue;
    const job = m[2];
    const words = job.split(/[ \t]+/);
    const last = words[words.length - 1].toUpperCase();
    if (!(isTradeHead(last) || isCareJob(last)) || words.some((w) => NOT_A_JOB.test(w) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()))) continue;
    // "uncle Wilmer Funes (drywall installer)": after a relative's name the bracket may give the trade without "a".
    // A relative's part in decisions ("Lisa (power of attorney)", "Mark (decision maker)") is no trade.
    if (m[1] === undefined && !(kinBefore && words.length <= 3 && text.charCodeAt(m.index + m[0].length) === 41 && !words.some((w) => wordInfo(w.toUpperCase()).firstName || ROLE_IN_DECISIONS.test(w)))) continue;
    const start = m.index + m[0].length - job.length;
    found.push(candidate(start, start + job.length, 'PROFESSION', 'PROFESSION', 0.8, 'job in brackets after a name'));
  }
  findJobPhrasesInIntroductions(text, found);
  findJobTitleLines(text, found);
  for (const m of /job|occ|work|employment/i.test(text) ? matchesOf(JOB_LABEL, text) : []) {
    const title = m[1].trimEnd();
    const start = m.index + m[0].length - m[1].length;
    // "Work: none", "WORK: RETURN TO FULL DUTY": after a work label only a title ending in a trade's head is a job.
    const label = m[0].slice(0, m[0].length - m[1].length).toLowerCase();
    // "SH: Works as a welder", "Social: followed by social worker": a sentence after the label, which the rules for
    // 'works as' read; only a bare title is the label's value.
    if (/^(?:social|sh)/.test(label.trim()) && /^(?:works?|worked|working|followed|lives|living|retired|was|is|has|had)\b/i.test(title)) continue;
    if (/^(?:work|employment|position|social|sh)/.test(label.trim()) && !isTradeHead(title.split(/[ \t]+/).pop()!.toUpperCase().replace(/S$/, ''))) continue;
    if (!NOT_A_JOB.test(title) && !NO_JOB_AFTER_LABEL.test(title)) found.push(candidate(start, start + title.length, 'PROFESSION', 'PROFESSION', 0.85, 'job title after its label'));
  }
  for (const m of /army|navy|marine|usmc|air force|usaf|coast guard|national guard|\bmos\b/i.test(text) ? matchesOf(MILITARY_JOB, text) : []) {
    const words = m[1].split(/[ \t]+/);
    const last = words[words.length - 1].toUpperCase().replace(/['’]S$/, '');
    if (!isTradeHead(last) && !isCareJob(last) && !MILITARY_ROLE.test(last)) continue;
    if (words.some((w) => NOT_A_JOB.test(w) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || /\d/.test(w))) continue;
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'PROFESSION', 'PROFESSION', 0.8, 'job in military service'));
  }
  return found;
}

/**
 * Where a note introduces a person, the words before the clause's end are a trade when their last is a job's head:
 * "is a 74 year old retired railroad conductor with", "is a 58-year-old G3P3 insurance claims supervisor who",
 * "a retired bank teller.", "who is a disabled miner.", ", a shrimp boat deckhand, who". The head may be any agent noun
 * ("rancher", "stenographer", "lobsterman"), so the frame, not a list, is the evidence.
 */
const JOB_IN_INTRODUCTION = new RegExp(
  String.raw`(?:(?:\b(?:is|was)[ \t]{1,2}an?[ \t]{1,2}\d{1,3}[ -]?(?:years?|yrs?|y\/?o|yo)(?:[ -]old)?|\b(?:is|was)[ \t]{1,2}\d{2,3},|\b\d{1,3}[ ]?(?:yo|y\/o)[mf]|(?<![\d.]|\b(?:t|temp|tmax)[ \t:]{1,3})\b\d{1,3}[ \t]?(?:(?:yo|y\/o|yrs?)[ \t]?)?[mf],?|\b\d{1,3}[ \t]?(?:yo|y\/o)(?:[ \t]{1,2}[mf],?)?|\b(?:retired|disabled|former|formerly|previously|later)|,[ \t]{1,2}an?)[ \t]{1,2}|\b(?:husb|husband|wife|dtr|daughter|son|mom|dad|mother|father|brother|sister|bro|sis|fianc[eé]e?|partner|gf|bf)[ \t]{1,2}[A-Za-z'’ -]{2,30}?[ \t]\()` +
    String.raw`((?:[A-Za-z][A-Za-z0-9'’-]{0,20}[ \t]{1,2}){0,5}?[A-Za-z][A-Za-z'’-]{2,20})(?=[ \t]{0,2}(?:[.;,:)(\r\n]|$)|[ \t]{1,2}(?:with|who|from|at|in|for|and|there|here|driving|on|after|w\/)(?![\w\/]))`,
  'gi',
);
/** "retired in December": what follows a preposition is a time or a place. */
const PREPOSITION = /^(?:in|at|on|to|from|for|with|since|by|of|bib)$/i;
/** Verbs inside the words: "pt is 24, was driver" (of the car) introduces no trade. */
const VERB_IN_INTRODUCTION = /^(?:is|was|were|are|has|had|have|being|been|does|did)$/i;
/** Words that introduce the person, not the trade: "58-year-old G3P3 right-handed divorced ...". */
const INTRODUCTION_WORD = /^(?:retired|disabled|former|male|female|man|woman|gentleman|lady|boy|girl|white|black|hispanic|latina|latino|asian|married|divorced|widowed|single|pleasant|healthy|right-hand(?:ed)?(?:-dominant)?|left-hand(?:ed)?(?:-dominant)?|g\d+p\d+[\d-]*|gravida|para|previously|otherwise|and|now|semi-retired|self-employed|part-time|full-time|unemployed)$/i;
/** Agent nouns that are no trades: what a person uses or is, or a relative. */
const NOT_A_TRADE = new Set(
  'PETITIONER RESPONDENT DEFENDANT PLAINTIFF CONSERVATOR CONSERVATEE GUARDIAN WARD WIDOWER WIDOW FRESHMAN SOPHOMORE JUNIOR SENIOR METHODIST BAPTIST BREATHER FLYER GOLFER HIKER CYCLIST SWIMMER JANUARY FEBRUARY SEPTEMBER OCTOBER NOVEMBER DECEMBER SUMMER WINTER LATER AFTER OVER UNDER EARLIER NEVER EVER RATHER EX-SMOKER NONSMOKER NON-SMOKER EX-DRINKER VAPER CHEWER ROLLOVER BENDER FENDER-BENDER BLACKOUT PASSENGER PEDESTRIAN BYSTANDER VISITOR SPECTATOR HISTORIAN COWORKER CO-WORKER SMOKER DRINKER USER ABUSER PARTNER MEMBER DONOR SURVIVOR CAREGIVER RECIPIENT RESPONDER NONRESPONDER SLEEPER WALKER SNORER WOMAN HUMAN GERMAN ROMAN NEWBORN MOTHER FATHER BROTHER SISTER DAUGHTER GRANDMOTHER GRANDFATHER STEPMOTHER STEPFATHER VETERAN INMATE PRISONER RESIDENT PATIENT OTHER FORMER LATTER NEIGHBOR NEIGHBOUR FOREIGNER IMMIGRANT REFUGEE SPEAKER BELIEVER LISTENER FOLLOWER OWNER-OCCUPIER'.split(' '),
);

/** "Bernadette, 60, school nurse in Warren", "FOB CODY LAYNE, 27, CHAINSAW OPERATOR FOR LOGGING": a name, an age, then a job. */
const JOB_AFTER_NAME_AND_AGE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,25},[ \t]{1,2}\d{1,3},[ \t]{1,2}((?:[\p{L}-]{2,20}[ \t]){0,3}?[\p{L}-]{3,20})(?=[ \t]{0,2}[;,.)]|[ \t]+(?:at|for|with|in|AT|FOR|WITH|IN)\b|[ \t]+(?:w|W)\/)/gu;
const KIN_BEFORE_A_NAME = /\b(?:wife|husband|husb|son|daughter|dtr|mother|father|mom|dad|sister|brother|sis|bro|aunt|uncle|niece|nephew|cousin|grandson|granddaughter|grandmother|grandfather|partner|fianc[eé]e?|friend|neighbou?r|boyfriend|girlfriend|spouse|parents?:?)[ \t]{1,2}(?:\p{Lu}[\p{L}'’-]{1,20}[ \t]{1,2}){0,2}$/iu;
/** "Daughter Penelope (a speech-language pathologist)", "WIFE DIVYA (A NURSE)": what a named person does, in brackets. */
const JOB_IN_BRACKETS_AFTER_A_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,25}[ \t]{1,2}\(((?:a|an|A|AN)[ \t]{1,2})?((?:[\p{L}-]{2,20}[ \t]){0,3}?[\p{L}-]{3,25})(?=[ \t]{0,2}\)|[ \t]{1,2}(?:in|at|with|for|IN|AT|WITH|FOR)\b)/gu;
/** Units that say where a care job is done ("an ICU nurse", "AN ER NURSE"); other clinical shorthand in a job is prose. */
const UNIT_OF_A_CARE_JOB = /^(?:ICU|NICU|PICU|MICU|SICU|CCU|CICU|CVICU|CTICU|NSICU|TICU|MSICU|LTACH|ER|ED|OR|PACU|L&D|OB)$/i;
/** Words of a relative's part in decisions or consent, which a bracket after their name may give instead of a trade. */
const ROLE_IN_DECISIONS = /^(?:power|attorney|decision|decision-maker|proxy|surrogate|guardian|poa|hcp|hcpoa|representative|spokesperson|contact)$/i;
/** Pastimes a player or a dealer of which is no trade ("a video game player", "a card dealer at home games"). */
const PASTIME = /^(?:game|games|video|card|cards|chess|bingo|poker|board)$/i;
/**
 * Care jobs the trade heads lack (nurse, paramedic, pharmacist are among them): a relative's trade when said of one
 * ("FATHER IS AN ANESTHESIOLOGIST", "DAD IS A COMBAT MEDIC").
 */
const CARE_JOB = /^(?:MEDIC|EMT|TECH|HYGIENIST|MIDWIFE|[A-Z]{4,}OLOGIST)$/;

function isCareJob(upper: string): boolean {
  return CARE_JOB.test(upper);
}

/**
 * Words that end a trade where a phrase introduces a person by it ("PT IS A PROFESSIONAL TRUMPET PLAYER", "RETIRED FERRY
 * CAPTAIN", "uncle Jo (HVAC tech)"), but that the scan for occupation words leaves alone, since notes use them everywhere
 * ("CHARGE NURSE", "CD PLAYER").
 */
const HEADS_AFTER_AN_INTRODUCTION = new Set(['PLAYER', 'CAPTAIN', 'DEALER', 'TECH', 'NURSE']);

function isTradeHead(upper: string): boolean {
  if (NOT_A_TRADE.has(upper) || upper.length < 4) return false;
  if (PROFESSIONS.has(upper) || PROFESSIONS_NEEDING_CONTEXT.has(upper) || TITLE_HEADS.has(upper) || COMPOUND_HEADS.has(upper) || HEADS_AFTER_AN_INTRODUCTION.has(upper)) return true;
  // Comparatives ("heavier", "earlier") end like agent nouns; the trades among them are in the lists.
  if (!/(?:[^EI]ER|OR|IST|ICIAN|[A-Z]{3}MAN|HAND)$/.test(upper)) return false;
  // An agent noun of clinical prose ("carrier", "donor", "monitor") is no trade unless the lists say so.
  const info = wordInfo(upper);
  return !info.clinicalWord || info.commonRank === undefined;
}

/** Words one of which every introduction holds: the cheap test before the expression runs. */
const INTRODUCTION_WORDS = [' is ', ' was ', 'yo', 'y/o', 'retired', 'disabled', 'former', 'previously', 'later', ', a ', ', an ', 'husb', 'wife', 'dtr', 'daughter', 'son ', 'mom', 'dad', 'mother', 'father', 'brother', 'sister', 'bro ', 'sis ', 'fianc', 'partner', 'gf ', 'bf '];

function findJobPhrasesInIntroductions(text: string, found: Candidate[]): void {
  if (!holdsAny(lowerCaseOf(text), INTRODUCTION_WORDS) && !/\d[ \t]?[MFmf]\b/.test(text)) return;
  for (const m of matchesOf(JOB_IN_INTRODUCTION, text)) {
    const words = [...m[1].matchAll(/[^ \t]+/g)];
    let skip = 0;
    while (skip < words.length && INTRODUCTION_WORD.test(words[skip][0])) skip++;
    if (skip === words.length || words.length - skip > 4) continue;
    // "Later charge nurse in to reassess": after 'later' a job ends its clause; otherwise a nurse came in later.
    if (/\blater[ \t]{1,2}$/i.test(m[0].slice(0, m[0].length - m[1].length)) && !/^[ \t]{0,2}(?:[.;,:)(\r\n]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    const last = words[words.length - 1][0].toUpperCase();
    if (!isTradeHead(last.endsWith('S') && !isTradeHead(last) ? last.slice(0, -1) : last) && !isCareJob(last)) continue;
    if (words.slice(skip).some(([w]) => NOT_A_JOB.test(w) || ROLE_IN_AN_EVENT.test(w) || VERB_IN_INTRODUCTION.test(w) || PREPOSITION.test(w) || CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || /\d/.test(w))) continue;
    // "(medical treatment decision maker)", "(health care proxy)": a role in the patient's care, not a trade.
    if (/\b(?:decision|proxy|poa|hcp|guardian|surrogate|caregiver)\b/i.test(m[1])) continue;
    const start = m.index + m[0].length - m[1].length + words[skip].index;
    found.push(candidate(start, m.index + m[0].length, 'PROFESSION', 'PROFESSION', 0.8, 'trade in the words introducing a person'));
  }
}

/** "Job title: oil rig roughneck", "OCCUPATION: ZOOKEEPER": whatever the label holds, up to the end of the clause. */
/** What a form's job field holds when there is no job: "OCCUPATION: RETIRED  SMOKER: NO", "OCC: UNKNOWN". */
const NO_JOB_AFTER_LABEL = /^(?:none|n\/a|na|retired|disabled|unemployed|unknown|declined|not asked|not working|not employed|see .*)$/i;
const JOB_LABEL = /\b(?:job title|occupation|occupational history|occ|job|work|employment|usual occupation|position|social|social history|sh|shx)[ \t]{0,2}:[ \t]{0,3}([\p{L}][\p{L}'’ \t-]{1,40}?)(?=[ \t]{0,2}(?:[.;,(\r\n]|$|-[ \t])|[ \t]{2,}\S|[ \t]{1,2}(?:x\d|(?:at|for|with|w\/|since)\b))/giu;
/** "NAVY 1949-1955, RADIOMAN ON DESTROYERS", "ARMY 1985-1993, CAVALRY SCOUT,", "MOS 0311 RIFLEMAN": a job in a service history. */
const MILITARY_JOB =
  /\b(?:(?:army|navy|usmc|marines?|marine corps|air force|usaf|coast guard|national guard)\b[^.;:\n]{0,16}?\d{4}(?:[ \t]?[-–][ \t]?\d{2,4})?,?[ \t]{1,2}(?:as[ \t]{1,2}(?:an?[ \t]{1,2})?)?|\bmos[ \t]{1,2}\d{4}[ \t]{1,2}|\((?=[a-z' -]{3,40}\)))((?:[a-z][a-z'’-]{1,20}[ \t]){0,3}?[a-z][a-z'’-]{2,20})(?=[ \t]{0,2}(?:[.;,:)(\r\n]|$)|[ \t]{1,2}(?:on|at|in|with|for|aboard|from|during|until)\b)/gi;
/** Ratings the trade heads (and their agent-noun and -MAN endings) lack: "CAVALRY SCOUT", "AEROGRAPHER'S MATE". */
const MILITARY_ROLE = /^(?:SCOUT|MATE|STEWARD|PILOT|MP)$/;
/** Quote and list markers a pasted letter or e-mail may put before its lines. */
const LINE_MARKER = /^[ \t>*•·-]*/;
const JOB_LINE = /^[\p{L}][\p{L}'’-]*(?:[ \t]{1,2}(?:&|[\p{L}][\p{L}'’-]*)){0,5}$/u;
const NAME_LINE = /^\p{L}[\p{L}'’-]*\.?(?:[ \t]{1,2}\p{L}[\p{L}'’-]*\.?){1,3}$/u;
/** Endings of agent nouns ("echocardiographer", "distributor", "cinematographer") for titles no list holds. */
const AGENT_NOUN_ENDING = /(?:[a-z]er|[a-z]or|ist|ician)$/i;
/** "Nurse Manager", "Case Manager", "Attending Physician" under a signature: the signer's role on the care team, not PHI. */
const CARE_TEAM_ROLE = /\b(?:nurse|nursing|physician|doctor|clinical|clinician|care|case|discharge|patient|medical|health|social|therapist|therapy|pharmacist|pharmacy|chaplain|dietitian|nutrition|respiratory|unit|ward|attending|resident|fellow|surgeon|hospitalist|intern)\b/i;
const NAME_PARTICLES = new Set(['VAN', 'VON', 'DE', 'DER', 'DEN', 'DA', 'DI', 'DEL', 'LA', 'LE', 'TEN', 'TER', 'BIN', 'AL', 'EL']);

/**
 * "Karin M. Beike⏎Leasing consultant⏎Fritz-Armstrong", "Janka M. Szász⏎⏎Network and computer systems administrator":
 * in a signature, letterhead or résumé block the short line right under a person's name line is the person's job.
 */
function findJobTitleLines(text: string, found: Candidate[]): void {
  let previousName = false;
  let blankRun = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    // Long lines are neither name lines nor job lines: passed without slicing.
    if (to - from > 72) {
      previousName = false;
      blankRun = 0;
      from = to + 1;
      continue;
    }
    const raw = text.slice(from, to).replace(/\r$/, '');
    const marker = LINE_MARKER.exec(raw)![0].length;
    const line = raw.slice(marker).trimEnd();
    if (line === '') {
      blankRun++;
      if (blankRun > 1) previousName = false;
    } else {
      if (previousName && line.length <= 60 && JOB_LINE.test(line) && endsInJobWord(line) && !CARE_TEAM_ROLE.test(line)) {
        found.push(candidate(from + marker, from + marker + line.length, 'PROFESSION', 'PROFESSION', 0.75, "job title under a person's name"));
      }
      previousName = line.length <= 40 && NAME_LINE.test(line) && isPersonNameLine(line);
      blankRun = 0;
    }
    from = to + 1;
  }
}

function endsInJobWord(line: string): boolean {
  return isJobWord(line.slice(line.search(/[\p{L}'’-]+$/u)).toUpperCase());
}

/** An upper-case word naming a trade ("RANCHER", "TEACHERS", "DECKHAND"), from the lists or by its agent-noun ending. */
export function isJobWord(last: string): boolean {
  const singular = last.endsWith('S') && !PROFESSIONS.has(last) ? last.slice(0, -1) : last;
  if (PROFESSIONS.has(singular) || PROFESSIONS_NEEDING_CONTEXT.has(singular) || COMPOUND_HEADS.has(singular) || MULTIWORD_LAST.has(singular)) return true;
  return singular.length >= 6 && AGENT_NOUN_ENDING.test(singular) && !CLINICAL_ABBREVIATIONS.has(singular) && !NEVER_NAMES.has(singular);
}

/** Two to four words of a person's name: a listed first name, a middle initial or a particle says it is one. */
function isPersonNameLine(line: string): boolean {
  const words = line.split(/[ \t]+/).map((w) => w.replace(/\.$/, '').toUpperCase());
  if (words.some((w) => NEVER_NAMES.has(w) || CLINICAL_ABBREVIATIONS.has(w) || CREDENTIALS.has(w))) return false;
  const first = wordInfo(words[0]);
  const lastWord = words[words.length - 1];
  if (words.slice(1, -1).some((w) => w.length === 1 || NAME_PARTICLES.has(w))) return true;
  if (first.firstName && first.tier !== 'word') return true;
  return wordInfo(lastWord).surname && !isKnownWord(words[0]) && words[0].length > 1;
}

const SOMEONE_ELSES_ROLE_BEFORE = /\b(?:per|by|the|his|her|my|their|your|our|family'?s|pt'?s|patient'?s|school|court|legal[ \t]aid|elder[ \t]law|defense|defence|mandated|for|with|from|to|ED|ICU|unit|charge|ward|floor|hospital|clinic|county|city|state|district|female|male|new|former|previous)[ \t]{1,2}$/i;
/** "DTR IS ELEMENTARY SCHOOL SECRETARY": a job the sentence gives someone, a few words back. */
const JOB_INTRODUCED_BEFORE = /\b(?:is|was|works?|worked|working|retired|as)\b[^.;:\n]{0,30}$/i;
const ROLE_LABEL_OR_PERSON_AFTER = /^(?:[ \t]{0,2}:|[ \t]{1,2}(?:[A-Z]\.[ \t]?[A-Z]|(?:MR|MRS|MS|DR|Mr|Mrs|Ms|Dr)\.?[ \t]))/;
const NAME_AFTER = /^[ \t]{1,2}([A-Z][A-Za-z'’-]{1,20})/;

/**
 * A first name or a surname from the name lists right after the role: the role's holder is named. A word frequent in
 * clinical prose ("TO", "AWARE", "CALLED") is no name even when a name list holds it.
 */
function personNamedAfter(text: string, end: number): boolean {
  const next = NAME_AFTER.exec(text.slice(end, end + 24))?.[1];
  if (!next) return false;
  const info = wordInfo(next.toUpperCase());
  return (info.firstName || info.surname) && info.tier !== 'word' && (info.commonRank ?? Infinity) >= 3000;
}

function cued(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return OCCUPATION_CUE.test(before) || AGE_AND_SEX_BEFORE.test(before);
}

/** After "is a": up to three words, the last of them a trade ("cattle rancher", "poultry line worker"). */
const TRADE_AFTER_ARTICLE = /n?[ \t]{1,2}(?:\p{L}[\p{L}-]{1,20}[ \t]{1,2}){0,2}?(\p{L}{3,30})(?=[ \t]*(?:[.,;:]|$|\b(?:who|WHO|for|FOR|at|AT|with|WITH|and|AND)\b))/uy;
/** A capitalised word opening the sentence right before "is a". */
const SENTENCE_START_NAME = /(?:^|[.!?;:][ \t]{1,3}|[\r\n][ \t>*-]{0,4})(\p{Lu}[\p{L}'’-]{1,30})$/u;

export interface TradeOfAPerson {
  nameStart: number;
  nameEnd: number;
  tradeStart: number;
  tradeEnd: number;
}

/**
 * "Destiny is a cattle rancher who ...", "OKSANA WAS A POULTRY LINE WORKER": a sentence opening with a word that can
 * be a first name (or that no dictionary knows) and saying it is of a trade names a person and that person's job.
 */
export function peopleSaidToBeOfATrade(text: string): TradeOfAPerson[] {
  // The name pass and the profession pass of one note both ask: the answer for the last text is kept.
  if (text === lastSaidText) return lastSaid;
  const said: TradeOfAPerson[] = [];
  for (const verb of [' is a', ' was a', ' IS A', ' WAS A']) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      TRADE_AFTER_ARTICLE.lastIndex = at + verb.length;
      const trade = TRADE_AFTER_ARTICLE.exec(text);
      if (!trade || !isJobWord(trade[1].toUpperCase())) continue;
      const subject = SENTENCE_START_NAME.exec(text.slice(Math.max(0, at - 40), at));
      if (!subject) continue;
      const upper = subject[1].toUpperCase();
      const info = wordInfo(upper);
      // "Aspirin is a blood thinner", "Patient is a teacher": not a person's name.
      if (NEVER_NAMES.has(upper) || CLINICAL_ABBREVIATIONS.has(upper)) continue;
      if (!(info.tier === 'name' || (info.firstName && info.tier === 'ambiguous' && !info.clinicalWord) || (info.tier === 'unknown' && !isKnownWord(upper)))) continue;
      const tradeStart = at + verb.length + /^n?[ \t]{1,2}/.exec(trade[0])![0].length;
      said.push({ nameStart: at - subject[1].length, nameEnd: at, tradeStart, tradeEnd: at + verb.length + trade[0].length });
    }
  }
  lastSaidText = text;
  lastSaid = said;
  return said;
}

let lastSaidText: string | undefined;
let lastSaid: TradeOfAPerson[] = [];

/**
 * "father Chinedu Okafor, pharmacist at Puget Sound General", "DTR ROSA, HOME CARE AIDE FOR ...": a trade right after a
 * relative's name and a comma, up to where the place of work or the clause begins.
 */
/**
 * Care jobs, ranks and heads of compound jobs that are a relative's trade after their name ("an ICU nurse at ...", "an Army
 * sergeant"). Not every job that needs context: after "SISTER MARGARET ROONEY," a chaplain is the care team's.
 */
const TRADES_OF_A_RELATIVE = new Set(['NURSE', 'PARAMEDIC', 'PHYSICIAN', 'DOCTOR', 'AIDE', 'SERGEANT', 'SUPERVISOR', 'OPERATOR', 'WORKER', 'GUIDE']);

export function findTradesAfterRelatives(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const c of winners) {
    if (c.category !== 'NAME' || c.subtype !== 'RELATIVE' || text.charCodeAt(c.end) !== 44) continue;
    const m = TRADE_AFTER_A_COMMA.exec(text.slice(c.end, c.end + 60));
    if (!m) continue;
    const start = c.end + m[0].length - m[1].length;
    const end = start + m[1].length;
    const words = m[1].split(/[ \t]+/);
    const last = words[words.length - 1].toUpperCase().replace(/S$/, '');
    // The relative is named after a kin word ("father Chinedu Okafor"), not only called one by the rules; the trade is a
    // listed occupation, not any word in -er ("had breast cancer", "granddaughter").
    if (!KIN_BEFORE_A_NAME.test(text.slice(Math.max(0, c.start - 24), c.start)) || !(PROFESSIONS.has(last) || TRADES_OF_A_RELATIVE.has(last))) continue;
    // "DAUGHTER MARIA, POWER OF ATTORNEY", "HUSBAND TOM, DRIVER FOR PT": a role the relative has for the patient, not a trade.
    if (/^[ \t]{1,2}(?:for|FOR)[ \t]{1,2}(?:pt|PT|patient|PATIENT|her|HER|him|HIM)\b/.test(text.slice(end, end + 16))) continue;
    if (words.some((w) => NOT_A_JOB.test(w) || /^(?:had|has|and|this|aware|who|is|was|of|power)$/i.test(w) || CREDENTIALS.has(w.toUpperCase()) || (CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) && !/^(?:ICU|ER|OR|ED)$/i.test(w)))) continue;
    found.push(candidate(start, end, 'PROFESSION', 'PROFESSION', 0.8, "trade after a relative's name"));
  }
  return found;
}
const TRADE_AFTER_A_COMMA = /^,[ \t]{1,2}(?:an?[ \t]{1,2})?((?:[A-Za-z][A-Za-z'-]{1,20}[ \t]){0,3}[A-Za-z][A-Za-z'-]{2,20})(?=[ \t]{1,2}(?:at|for|with|in|AT|FOR|WITH|IN)\b|[ \t]*(?:[,;.)]|$|[\r\n]))/;
