import { matchesOf } from '../matches';
import type { PhiCategory, PhiFinding, PhiSubtype } from '../phi';
import { isKnownWord, isProperNoun, wordInfo } from '../phi/lexicon';
import { CLINICAL_ABBREVIATIONS, CREDENTIALS, NEVER_NAMES, RELATION_CUES, TITLES, US_STATES } from '../phi/vocabulary';

/*
 * A second, deliberately greedy pass for text that leaves the machine. The editor's detector must keep false
 * alarms rare; here a masked ordinary word only costs the model a little context, while a missed name is a
 * breach, so anything that could identify someone and that the detector let through is masked.
 */

type Span = { start: number; end: number; category: PhiCategory; subtype: PhiSubtype };

const WORD = /[\p{L}][\p{L}'’\-]*[\p{L}]|[\p{L}]/gu;

// Words that open a name or a place but are themselves vocabulary; they are left visible.
const LABELS = /\b(?:name|patient|pt|mrn|mr#|dob|address|addr|signed|e-signed|esigned|cosigned|attending|pcp|re|cc|caller|contact|from|seeing|lives in|lives at|resides in|moved from|born in|works at|employed at|employer|emergency contact|proxy|hcp|poa|guardian|by|to|with)\s*[:#]?\s+/giu;
const PROFESSION_CUE = /\b(?:works?|worked|working|employed|retired|job)\s+(?:as\s+)?(?:an?\s+)?|\b(?:is|was)\s+an?\s+(?=(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+(?:at|for|with|in)\b)/giu;
const ORG_SUFFIX = new Set(('CENTER CENTRE HOSPITAL HOSPITALS CLINIC CLINICS HEALTH HEALTHCARE MEDICAL ORTHOPEDICS ORTHOPAEDICS PEDIATRICS ' +
  'CARDIOLOGY GASTROENTEROLOGY NEUROLOGY ONCOLOGY DERMATOLOGY UROLOGY RADIOLOGY ASSOCIATES GROUP PRACTICE PARTNERS LIVING ' +
  'REHAB REHABILITATION NURSING HOSPICE PHARMACY LABS LABORATORY SERVICES SYSTEM SYSTEMS INSTITUTE UNIVERSITY COLLEGE SCHOOL ' +
  'ACADEMY COMPANY CORP INC LLC CARE WELLNESS MANOR VILLAGE HOUSE HOME HOMES FOUNDATION CHURCH PLAZA CONSTRUCTION RAIL').split(' '));
// Suffixes that also end ordinary phrases ("labor force", "care system", "high school").
const WEAK_SUFFIX = new Set('HEALTH HEALTHCARE MEDICAL GROUP PRACTICE PARTNERS LIVING SERVICES SYSTEM SYSTEMS SCHOOL COLLEGE CARE WELLNESS HOUSE HOME HOMES NURSING REHAB REHABILITATION HOSPICE PHARMACY LABS LABORATORY COMPANY CONSTRUCTION RAIL PLAZA CHURCH FOUNDATION'.split(' '));
const STOP = new Set([...NEVER_NAMES, 'RE', 'CC', 'DISPO', 'PLAN', 'NAME'].filter((w) => !ORG_SUFFIX.has(w)));
// Units and chart shorthand that the detector's lexicon does not list but notes use constantly.
const CHART_WORDS = new Set('MG MCG ML KG GM MEQ MMOL MMHG BPM IU UNT SPO SATS TELE NSG PCP PGY LIC FNP CXR POC VASC DISPO GEN PRN QHS QAM QPM BID TID QID QD PO IV IM SC SQ SL PR NPO HCO CL QS NONHISPANIC RE AM PM'.split(' '));
// A possessive before one of these is a disease or sign named after someone long dead ("Alzheimer's dementia").
const EPONYM_NOUN = /^\s(?:disease|dementia|syndrome|sign|palsy|thyroiditis|lymphoma|sarcoma|test|maneuver|manoeuvre|triad|phenomenon|ulcer|contracture|disorder|esophagus|node|score)\b/i;
const MONTHS_DAYS = new Set('JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY MON TUE TUES WED THU THUR THURS FRI SAT SUN'.split(' '));
const UNIT_AFTER = /^\s?(?:mg|mcg|µg|ug|g|gm|kg|lb|lbs|oz|ml|mL|l|L|dl|dL|units?|u|iu|IU|meq|mEq|mmol|umol|µmol|nmol|pmol|ng|pg|mm|cm|m|in|ft|mmhg|mmHg|%|bpm|beats|breaths|\/min|\/hr|\/h|\/d|\/day|\/ul|\/uL|\/mm3|k\/ul|x|times|tabs?|tablets?|caps?|capsules?|puffs?|drops?|sprays?|patch|hrs?|hours?|min|mins|minutes?|sec|seconds?|°|degrees?|F|C|cal|kcal|mosm|meq\/l|fl)\b/i;
const AGE_AFTER = /^[\s-]?(?:y\/?o\b|yo\b|yrs?\b|years?\b|y\.o\.|-?year|months?\s+old|mo\s+old|weeks?\s+old)/i;

function isCaps(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isNameWord(upper: string): boolean {
  const info = wordInfo(upper);
  return info.firstName || info.surname;
}

function vocabulary(upper: string): boolean {
  // A hyphenated compound is vocabulary when each part is ("PART-TIME", "QT-prolonging", "PA-C").
  if (upper.includes('-')) return upper.split('-').every((part) => part.length < 2 || vocabulary(part));
  const bare = upper.replace(/['’]S$/, '').replace(/[’']/g, '');
  return isKnownWord(bare) || CLINICAL_ABBREVIATIONS.has(bare) || MONTHS_DAYS.has(bare) || CHART_WORDS.has(bare);
}

/** A word that nothing but a name list or nothing at all knows, so it could only be a name or a place. */
function suspicious(upper: string): boolean {
  const bare = upper.replace(/['’]S$/, '');
  if (MONTHS_DAYS.has(bare) || CLINICAL_ABBREVIATIONS.has(bare) || NEVER_NAMES.has(bare) || CHART_WORDS.has(bare)) return false;
  // Places that are also clinical words ("Male", "Normal") are left to the context rules.
  if (isProperNoun(bare) && !wordInfo(bare).clinicalWord) return true;
  if (bare.includes('-')) return bare.split('-').some((part) => part.length >= 2 && suspicious(part));
  const tier = wordInfo(bare).tier;
  if (tier === 'word') return false;
  return !vocabulary(bare) || tier === 'name';
}

/** Whether a line is written in capitals, where capitalisation says nothing about names. */
function capsLines(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const caps: boolean[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    starts.push(offset);
    caps.push(!/\p{Ll}/u.test(line));
    offset += line.length + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return caps[lo]!;
  };
}

/** Lines whose words are mostly capitalised ("Assessment and Plan") are headings, where a capital says nothing. */
function titleCaseLines(text: string): (offset: number) => boolean {
  const flags: { start: number; end: number; heading: boolean }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}{3,}/gu) ?? [];
    const capital = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
    flags.push({ start: offset, end: offset + line.length, heading: words.length > 0 && words.length <= 8 && capital / words.length >= 0.6 });
    offset += line.length + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = flags.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (flags[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return flags[lo]?.heading ?? false;
  };
}

function sentenceStart(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at);
  return at === 0 || /(?:^|[.!?:;•\-*>)\]#]\s*|\n\s*|["“(]\s*)$/.test(before) || /\n[\t ]*(?:\d+[.)]\s*)?$/.test(before);
}

export function residualFindings(text: string): PhiFinding[] {
  const spans: Span[] = [];
  const add = (start: number, end: number, category: PhiCategory, subtype: PhiSubtype): void => {
    if (end > start) spans.push({ start, end, category, subtype });
  };
  const inCaps = capsLines(text);
  const headingLine = titleCaseLines(text);
  const words = [...matchesOf(WORD, text)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));

  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const upper = w.text.toUpperCase();
    if (w.text.length < 2) continue;
    if (w.text.length <= 4 && /^\d/.test(text.slice(w.end, w.end + 1))) continue;
    if (inCaps(w.start)) {
      if (w.text.length >= 2 && suspicious(upper)) add(w.start, w.end, 'NAME', 'NAME');
      continue;
    }
    if (!isCapitalised(w.text)) {
      // Usernames and e-mail-like handles in lower case: "(iyerp)", "user jdoe3".
      const prev = text.slice(Math.max(0, w.start - 1), w.start);
      const next = text.slice(w.end, w.end + 1);
      if (prev === '(' && next === ')' && !vocabulary(upper)) add(w.start, w.end, 'NAME', 'USERNAME');
      // Names typed in lower case: a word that only the name lists know. Unknown lower-case words stay, as
      // they are mostly drugs and typos, which the model needs to read.
      else if (w.text.length >= 3 && wordInfo(upper.replace(/['’]S$/, '')).tier === 'name' && !vocabulary(upper)) add(w.start, w.end, 'NAME', 'NAME');
      continue;
    }
    if (isCaps(w.text) && w.text.length >= 2) {
      // Abbreviations in mixed text are mostly clinical; unknown ones may be units or organisations.
      if (!vocabulary(upper) && !/^[A-Z]{2,3}$/.test(w.text)) add(w.start, w.end, 'NAME', 'NAME');
      continue;
    }
    const bare = upper.replace(/['’]S$/, '');
    if (suspicious(upper) && !(bare !== upper && EPONYM_NOUN.test(text.slice(w.end, w.end + 16)))) { add(w.start, w.end, 'NAME', 'NAME'); continue; }
    if (EPONYM_NOUN.test(text.slice(w.end, w.end + 16)) && bare !== upper) continue;
    if (headingLine(w.start)) continue;
    if (!sentenceStart(text, w.start) && isNameWord(bare) && wordInfo(bare).tier !== 'word' && !MONTHS_DAYS.has(bare) && !NEVER_NAMES.has(bare)) add(w.start, w.end, 'NAME', 'NAME');
  }

  contextRules(text, words, add, inCaps);
  numberRules(text, add);
  return spans.map((s) => ({ ...s, text: text.slice(s.start, s.end), confidence: 0.5, reason: 'residual scrubber before sending to a model' }));
}

type Word = { start: number; end: number; text: string };
type Add = (start: number, end: number, category: PhiCategory, subtype: PhiSubtype) => void;

function contextRules(text: string, words: Word[], add: Add, inCaps: (at: number) => boolean): void {
  const wordAt = new Map<number, number>();
  words.forEach((w, i) => wordAt.set(w.start, i));
  // Up to `max` words after a cue that look like a name: capitalised (or any word on a caps line), joined by
  // spaces, commas, initials' dots or hyphens, stopping at vocabulary that never names anyone.
  const nameRun = (from: number, max: number, category: PhiCategory, subtype: PhiSubtype, afterTitle = false): void => {
    let i = wordAt.get(from);
    if (i === undefined) return;
    let end = -1;
    const start = words[i]!.start;
    for (let n = 0; n < max && i < words.length; n++, i++) {
      const w = words[i]!;
      if (n > 0 && !/^[ \t,.]{1,3}$/.test(text.slice(words[i - 1]!.end, w.start))) break;
      const upper = w.text.toUpperCase();
      const initial = /^\p{Lu}$/u.test(w.text) && text[w.end] === '.';
      // Right after a title even a month or an eponym is a name ("NP May", "Dr. Foley").
      if (w.text.length <= 4 && /\d/.test(text[w.end] ?? '')) break;
      if (upper !== upper.replace(/['’]S$/, '') && EPONYM_NOUN.test(text.slice(w.end, w.end + 16))) break;
      const titled = afterTitle && n === 0 && !STOP.has(upper) && (isNameWord(upper) || suspicious(upper) || wordInfo(upper).tier === 'word');
      if (!initial && !titled && (STOP.has(upper) || CREDENTIALS.has(upper) || MONTHS_DAYS.has(upper))) break;
      if (!inCaps(w.start) && !isCapitalised(w.text)) break;
      // On a capitals line every word looks capitalised; only what could be a name continues the run.
      if (inCaps(w.start) && !initial && !titled && !suspicious(upper) && !(isNameWord(upper.replace(/['’]S$/, '')) && !wordInfo(upper.replace(/['’]S$/, '')).clinicalWord)) break;
      end = w.end;
    }
    if (end > start) add(start, end, category, subtype);
  };
  const skipSpace = (at: number): number => {
    while (at < text.length && /[\s:#]/.test(text[at]!)) at++;
    return at;
  };

  for (const m of matchesOf(LABELS, text)) nameRun(m.index! + m[0].length, 4, 'NAME', 'NAME');
  for (const m of matchesOf(PROFESSION_CUE, text)) {
    const from = m.index! + m[0].length;
    const tail = /^((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:at|for|with|in)\b|[.,;\n]|$)/iu.exec(text.slice(from, from + 60));
    if (tail) add(from, from + tail[1]!.length, 'PROFESSION', 'PROFESSION');
  }
  // Titles and credentials: "Dr. A. Foley", "Mr Murphy", "RN Amina", "NP May", "PAGE STONE RN", "X aware".
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const upper = w.text.toUpperCase().replace(/\.$/, '');
    if (TITLES.has(upper) || CREDENTIALS.has(upper) || upper === 'RN' || upper === 'NP' || upper === 'MD') {
      const after = skipSpace(w.end + (text[w.end] === '.' ? 1 : 0));
      // A credential names whoever follows only when nothing but spaces separates them ("RN Amina", not "PA-C. Dispo").
      const prefix = TITLES.has(upper) || /^[ \t]+$/.test(text.slice(w.end, after));
      if (wordAt.has(after) && prefix) nameRun(after, 3, 'NAME', 'DOCTOR', true);
      if (CREDENTIALS.has(upper) || upper === 'RN' || upper === 'MD') {
        // Names before a credential: walk back over up to three capitalised words on the same line.
        let j = i - 1;
        let start = -1;
        for (let n = 0; n < 3 && j >= 0; n++, j--) {
          const p = words[j]!;
          const gap = text.slice(p.end, (j + 1 < i ? words[j + 1]! : w).start);
          if (!/^[\s,.]{1,3}$/.test(gap) || gap.includes('\n')) break;
          const pu = p.text.toUpperCase();
          if (STOP.has(pu) || CREDENTIALS.has(pu) || (!inCaps(p.start) && !isCapitalised(p.text))) break;
          start = p.start;
        }
        if (start >= 0) add(start, words[i - 1]!.end, 'NAME', 'DOCTOR');
      }
    }
    // The line under a signature that ends in a credential is the signer's agency or practice ("… KUZNETSOV RN⏎CARING HANDS HOME HEALTH").
    if ((CREDENTIALS.has(upper) || upper === 'RN' || upper === 'MD') && /^[ \t]*\r?\n/.test(text.slice(w.end, w.end + 4))) {
      const lineStart = text.indexOf('\n', w.end) + 1;
      const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      if (/^[ \t]*\p{Lu}[\p{L}'’&.-]*(?:[ \t]{1,2}[\p{L}'’&.-]+){1,5}[ \t]*$/u.test(line) && (inCaps(lineStart) || line.split(/\s+/).filter(Boolean).every(isCapitalised))) {
        const start = lineStart + line.length - line.trimStart().length;
        add(start, start + line.trim().length, 'LOCATION', 'ORGANIZATION');
      }
    }
    // A relative's first name right after the relation word ("husband Lane called", "wife Lyrica -", "NIECE TEMPERANCE AT").
    if (RELATION_CUES.has(upper) && words[i + 1] && /^[ \t]{0,2}[:,]?[ \t]{1,2}$/.test(text.slice(w.end, words[i + 1]!.start))) {
      const n = words[i + 1]!;
      const nu = n.text.toUpperCase();
      const functionWord = NEVER_NAMES.has(nu) && (wordInfo(nu).commonRank ?? Infinity) < 300;
      const looksNamed = inCaps(n.start) ? isNameWord(nu) || suspicious(nu) : isCapitalised(n.text);
      // Longer chart words stay candidates: a relative may be called Lyrica or Hope.
      const chartShorthand = CLINICAL_ABBREVIATIONS.has(nu) && n.text.length <= 4;
      if (looksNamed && !functionWord && !chartShorthand && !RELATION_CUES.has(nu) && !CREDENTIALS.has(nu)) add(n.start, n.end, 'NAME', 'RELATIVE');
    }
    // "REPORTS TEMPERANCE FELL", "PT WILL STONE⏎": first names before a verb only people take, or alone after PT at a line end.
    if (inCaps(w.start) && (wordInfo(upper).firstName || (wordInfo(upper).tier === 'unknown' && !STOP.has(upper) && !CLINICAL_ABBREVIATIONS.has(upper))) && /^[ \t]{1,2}(?:FELL|CALLED|CALLS|STATED|STATES|SAID|SAYS|ARRIVED|VISITED|DIED|PHONED|REPORTED)\b/.test(text.slice(w.end, w.end + 12))) add(w.start, w.end, 'NAME', 'NAME');
    if ((upper === 'PT' || upper === 'PATIENT') && words[i + 2] && /^[ \t]{1,2}$/.test(text.slice(w.end, words[i + 1]!.start)) && /^[ \t]{1,2}$/.test(text.slice(words[i + 1]!.end, words[i + 2]!.start))) {
      const first = words[i + 1]!;
      const last = words[i + 2]!;
      if (isNameWord(first.text.toUpperCase()) && isNameWord(last.text.toUpperCase()) && /^[ \t]*(?:\r?\n|;|$)/.test(text.slice(last.end, last.end + 3))) add(first.start, last.end, 'NAME', 'NAME');
    }
    if (upper === 'AWARE' && i > 0) {
      const p = words[i - 1]!;
      if (/^\s{1,2}$/.test(text.slice(p.end, w.start)) && (inCaps(p.start) || isCapitalised(p.text)) && !STOP.has(p.text.toUpperCase())) add(p.start, p.end, 'NAME', 'DOCTOR');
    }
    // "LAST, FIRST" and "FIRST LAST (" with name-list words.
    const next = words[i + 1];
    if (next && (inCaps(w.start) || isCapitalised(w.text)) && (inCaps(next.start) || isCapitalised(next.text))) {
      const gap = text.slice(w.end, next.start);
      const a = w.text.toUpperCase();
      const b = next.text.toUpperCase();
      const prose = wordInfo(a).clinicalWord && wordInfo(b).clinicalWord;
      if (/^(?:,\s?|\s)$/.test(gap) && isNameWord(a) && isNameWord(b) && (gap.startsWith(',') || !prose) && !STOP.has(a) && !STOP.has(b) && !MONTHS_DAYS.has(b)) {
        if (gap.startsWith(',') || /^\s*\(/.test(text.slice(next.end, next.end + 3))) add(w.start, next.end, 'NAME', 'NAME');
      }
    }
    // Organisations: up to four capitalised words ending in a word like Center or Orthopedics.
    if (ORG_SUFFIX.has(upper) && (inCaps(w.start) || isCapitalised(w.text))) {
      let j = i - 1;
      let start = -1;
      for (let n = 0; n < 4 && j >= 0; n++, j--) {
        const p = words[j]!;
        const gap = text.slice(p.end, words[j + 1]!.start);
        if (!/^[ \t\-&]{1,3}$/.test(gap) && !(gap === ' ' )) break;
        const pu = p.text.toUpperCase();
        if (STOP.has(pu) || CREDENTIALS.has(pu) || CLINICAL_ABBREVIATIONS.has(pu) || (!inCaps(p.start) && !isCapitalised(p.text))) break;
        start = p.start;
      }
      // "High School", "Labor Force", "Care System": an organisation needs a word that is not clinical prose.
      const own = words.slice(wordAt.get(start)!, i).some((p) => !wordInfo(p.text.toUpperCase()).clinicalWord);
      if (start >= 0 && (own || !WEAK_SUFFIX.has(upper))) add(start, w.end, 'LOCATION', 'ORGANIZATION');
    }
  }
  // "Temple, California", "FALL RIVER, LA  86387": a capitalised word before a state is a city.
  const states = [...US_STATES].flatMap((s) => [s, s.toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())]).map((s) => s.replace(/ /g, '\\s'));
  const cityState = new RegExp(String.raw`((?:\p{Lu}[\p{L}'.\-]*\s){0,2}\p{Lu}[\p{L}'.\-]*),\s{0,2}((?:${states.join('|')})\b|[A-Z]{2}(?=\.?\s{1,3}\d{5}\b))`, 'gu');
  for (const m of matchesOf(cityState, text)) {
    const cityStart = m.index!;
    add(cityStart, cityStart + m[1]!.length, 'LOCATION', 'CITY');
    const stateStart = cityStart + m[0].length - m[2]!.length;
    add(stateStart, stateStart + m[2]!.length, 'LOCATION', 'STATE');
  }
}

function numberRules(text: string, add: Add): void {
  // Ordinal days ("on the 6th").
  for (const m of matchesOf(/\b\d{1,2}(?:st|nd|rd|th)\b/gi, text)) add(m.index!, m.index! + m[0].length, 'DATE', 'DATE');
  // Digit groups joined by separators (phones, record numbers, dates) unless a ratio like a blood pressure.
  for (const m of matchesOf(/(?<![\p{L}\p{N}.])[A-Za-z]{0,3}\d[\d]*(?:[-./]?\d+){0,6}[A-Za-z]{0,2}(?![\p{N}])/gu, text)) {
    const token = m[0];
    const start = m.index!;
    const end = start + token.length;
    const digits = token.replace(/\D/g, '');
    const after = text.slice(end, end + 12);
    if (AGE_AFTER.test(after) && /^\d{1,3}$/.test(token)) { add(start, end, 'AGE', 'AGE'); continue; }
    if (/^\d+(?:\.\d+)?$/.test(token) && (digits.length <= 4 || token.includes('.'))) {
      if (/^\d{4}$/.test(token) && /^(?:19|20)/.test(token) && !UNIT_AFTER.test(after)) add(start, end, 'DATE', 'YEAR');
      continue;
    }
    if (/^\d{2,3}\/\d{2,3}$/.test(token)) {
      const [a, b] = token.split('/').map(Number) as [number, number];
      if (!((a <= 12 && b <= 31) || (a <= 31 && b <= 12))) continue;
    }
    // Shift times such as 0700-1900.
    if (/^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/.test(token)) continue;
    if (/^\d{1,2}-\d{1,2}$/.test(token) || /\d\.\d/.test(token)) continue;
    if (/^\d{1,4}-\d{1,4}$/.test(token) && digits.length <= 5 && UNIT_AFTER.test(after)) continue;
    if (UNIT_AFTER.test(after) && digits.length <= 4) continue;
    if (digits.length >= 3 || /[\/-]/.test(token)) add(start, end, 'ID', 'ID');
  }
}
