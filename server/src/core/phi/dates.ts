import { holdsAny, matchesOf } from '../matches';
import { Candidate, candidate } from './candidate';

/*
 * Dates in the shapes clinical notes use. Numeric month/day without a year is ambiguous with blood
 * pressures, fractions, scores and murmur grades, so it needs a validated month and day and either a
 * day that cannot be a fraction denominator or a date cue nearby.
 */

/** Full names, or abbreviations with an optional period (a period after "March" ends the sentence). */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|2[01]\d\d)`;
const SHORT_OR_LONG_YEAR = String.raw`(?:'?\d\d(?!\d)|${YEAR})`;

/*
 * Speed: month names, weekdays and ordinals are rare in a note, so instead of running every
 * case-insensitive alternation over the whole text, one scan finds where a month word (or an ordinal)
 * starts and the patterns below are tried only there (sticky, 'y'); lookbehinds see the whole text, so a
 * match is exactly the one a whole-text scan would find.
 */
/** The first letters of a month name or abbreviation, on the lower-cased text; where they may start is checked apart (a lookbehind here doubles the scan). */
const MONTH_WORD_START = /(?:jan|feb|ma[ry]|apr|ju[nl]|aug|sep|oct|nov|dec)/g;
/** A day-first date starts at most this far before its month word ("31st of   "). */
const DAY_BEFORE_MONTH_MAX = 12;
/** "2019-" before the month in "2019-Mar-22". */
const YEAR_BEFORE_MONTH = 5;
/** "March 3", "Mar. 3rd, 2019", "March 3-5", "Mar 3 '19". */
const MONTH_DAY = new RegExp(
  String.raw`\b${MONTH}(?:\s{0,3}|[-/])${DAY}(?:\s{0,2}[-\u2013]\s{0,2}${DAY})?(?:(?:,?\s{0,3}|[-/])(?:${YEAR}|'\d\d))?(?![\w:/])`,
  'iy',
);
/** "3 March", "3rd of March 2019", "03-Mar-2019", "22Jan2019". */
const DAY_MONTH = new RegExp(
  String.raw`(?<![\w/.])${DAY}(?:\s{0,3}(?:of\s{1,3})?|[-./]?)${MONTH}(?![a-z])(?:(?:,?\s{0,3}|[-./])${SHORT_OR_LONG_YEAR})?(?![\w/])`,
  'iy',
);
/** "March 2019", "March of 2019", "Mar-2019", "Mar '19". */
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}(?:,?\s{1,3}(?:of\s{1,3})?|[-/])(?:${YEAR}|'\d\d)(?![\w/])`, 'iy');
/** "2019-Mar-22" */
const YEAR_MONTH_DAY_NAME = new RegExp(String.raw`\b${YEAR}[-/ ]${MONTH}[-/ ]${DAY}\b`, 'iy');
/** Full month names on their own ("in March"); May only after a preposition because "may" is a verb. */
const MONTH_ALONE = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/iy;
/** Words before a lone month name that make it a date ("since March", "early April"). */
const MONTH_PREPOSITION = /\b(?:in|of|since|during|by|until|till|early|mid|late|last|next|this|every|before|after|through|thru|from|to|and|or|between|around|circa)[\s-]{1,3}$/i;
/** "march to PT", "MARCH INTO THE ROOM": the verb, not the month. */
const VERB_PARTICLE_AFTER = /^\s{1,3}(?:to|into|down|up|out|forward|back|across|around|over|along|in place|on the spot)\b/i;
/** "daughter April", "Ms. June", "I saw June": a name, not a month. */
const PERSON_CUE_BEFORE = /\b(?:wife|husband|daughter|son|mother|sister|brother|father|aunt|niece|granddaughter|grandmother|friend|girlfriend|partner|caregiver|guardian|mom|in-law|Ms|Mrs|Miss|Mr|Dr|saw|see|met|called|visited|told|asked|thanked|with)\.?,?\s{1,3}$/i;
/** "June's son", "April Nguyen": a possessive or a capitalised surname after the word makes it a name. */
const PERSON_AFTER = /^(?:['\u2019]s\b|[ \t]{1,2}[A-Z][a-z]{2,}\b(?<!\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|Then|When|While|After|Before|During|Since|Until)))/;
/** "early Jan", "last Sept.", "Jan/Feb": an abbreviated month alone, after a word of time or before another month. */
const MONTH_ABBREVIATION_ALONE = /(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?/y;
const TIME_WORD_BEFORE = /\b(?:in|since|during|until|till|early|mid|late|last|next|this|every|before|after|through|thru)[\s-]{1,3}$/i;
const MONTH_AFTER = /^[/-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[/-]$/i;
const DOSE_AFTER_DAY = /^[ \t]{0,2}(?:l|lpm|mg|mcg|ml|cc|units?|tabs?|caps?|puffs?|drops?|times|x|hours?|hrs?|days?|weeks?|min|minutes)\b/i;
// "this may be", "THIS MAY HELP": the verb, whatever word comes before it.
const MAY_ALONE = /(?<=\b(?:in|of|since|until|by|early|mid|late|during|through|to|from|before|after|last|next|this)\s{1,3})May\b(?![ \t]{1,3}(?:be|not|also|still|have|need|require|help|cause|benefit|represent|indicate|reflect|contribute|explain|worsen|improve|lead|result|increase|decrease|take|go|return|continue|resume|use|want|wish|consider|try|see|do|get|make|call|follow|develop|experience|feel|notice|occur|affect|present|require|qualify|warrant)\b)/iy;

/** m/d/yyyy, m-d-yy, d.m.yyyy and the ISO order; validated below. */
/** "/2030H", "/303a", "/3:10 AM": a clock time glued to a date with a slash, as EMS and nursing headers write it. */
const TIME_AFTER_SLASH = String.raw`\/(?:\d{3,4}|\d{1,2}:\d{2})(?:[hH]\b|[aApP][mM]?\b|(?![\w/]))`;
// "NOC 4/19-4/20/25": after a dash, a full date only where a month and day stand before the dash.
const NUMERIC_FULL = new RegExp(String.raw`(?<![\w/.:])(?<!(?<!\b\d{1,2}\/\d{1,2})-)(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?=${TIME_AFTER_SLASH}|(?![\w/]|[.:-]\d))`, 'g');
const DAY_FIRST_FULL_DATE = /(?<![\w/.])(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.](?:\d{4}|\d{2})(?![\w/])/;
/** m/d without a year, optionally a range "3/4-3/6" or "3/4-6". */
const NUMERIC_MONTH_DAY = /(?<![\w/.:+-])(\d{1,2})\/(\d{1,2})(?:\s{0,2}[-\u2013]\s{0,2}(?:\d{1,2}\/)?\d{1,2}(?![\w/]|[.,]\d))?(?![\w/]|[.,]\d)/g;
const READING_BEFORE = /\b(?:sat|sats|spo2|o2|hr|pt|fvc|fev1|ratio|bp|rr|ef|ptt|inr)[ \t:=]{1,3}$/i;
/** "8/61", "10/87": a month and a two-digit year from 32 on, which no day can be. */
const MONTH_AND_SHORT_YEAR = /(?<![\w/.:+-])(?:0?[1-9]|1[0-2])\/(?:3[2-9]|[4-9]\d)(?![\w/]|[.,]\d)/g;
/** mm/yyyy */
const NUMERIC_MONTH_YEAR = /(?<![\w/.:-])(0?[1-9]|1[0-2])[/-](\d{4})(?:\s{0,2}[-\u2013]\s{0,2}(?:0?[1-9]|1[0-2])[/-]\d{4})?(?![\w/]|[.:-]\d)/g;
/** 20190304: eight digits that read as a valid date between 1900 and 2099. */
const COMPACT_DATE = new RegExp(String.raw`(?<![\w.,/-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?=${TIME_AFTER_SLASH}|(?![\w/-]|[.,]\d))`, 'g');
/** 072123: month, day and two-digit year run together. */
const SIX_DIGIT_DATE = /(?<![\w.,/-])(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d\d(?![\w/-]|[.,]\d)/g;
/** "1/2/19-1/5/19": a range of two full slash dates. */
const NUMERIC_FULL_RANGE = /(?<![\w/.:-])(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})\s{0,2}[-\u2013]\s{0,2}(\d{1,2})\/(\d{1,2})\/(?:\d{4}|\d{2})(?![\w/]|[.:-]\d)/g;
/** A military date-time group: day, hour and minute, a time-zone letter, month and year ("170425DJUN09", "101200ZAPR2024"). */
const DATE_TIME_GROUP = /(?<![\w\/.-])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[A-Z]?(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)?\d{2}(?![\w\/-])/g;
/** "2019-03-04T14:30", "20190304T1430": the date part of a timestamp. */
const TIMESTAMP_DATE = /(?<![\w/.:,-])((?:19|20|21)\d\d(-?)(?:0[1-9]|1[0-2])\2(?:0[1-9]|[12]\d|3[01]))T\d\d/g;
/** 2019-03: ISO year and month. */
const ISO_MONTH = /(?<![\w/.:-])(?:19|20|21)\d\d-(?:0[1-9]|1[0-2])(?![\w/]|[-.:]\d)/g;
/** "on 22nd", "by the 3rd", "seen 1st": an ordinal day after a date preposition. */
const ORDINAL_AFTER_PREPOSITION = /(?<=\b(?:on|since|until|by|from|before|after|through|thru)\s{1,3})(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b/iy;
/** m-d with a dash after a date cue: "labs 03-04". */
const DASHED_MONTH_DAY = /(?<![\w/.:-])(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)/g;
/** A weekday and its separator just before a date ("Monday, ", "Tue. "), matched against the text before the date. */
const WEEKDAY_BEFORE_DATE = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?,?[ \t]{1,2}$/;
/** A weekday just after a date ("3/4 (Mon)", "3/5 Tues"); bare "sat" and "sun" are too often saturation and sunlight. */
const WEEKDAY_AFTER_DATE = /^,?[ \t]{1,2}(?:\((?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\)|(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri)\b\.?)/;
/** French month names, a cheap test before FRENCH_DATE; " mai" is left out, as it begins "main" and "maintain". */
const FRENCH_MONTHS = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre'];
const FRENCH_DATE = /(?<![\w.])\d{1,2}(?:er)?[ \t]+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:[ \t]+\d{4})?(?![\w])/g;
/** Dates written in Spanish, on the lower-cased text. */
const SPANISH_DATE = /\b(?:\d{1,2}[\/.-](?:ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)[\/.-](?:\d{4}|\d{2})|\d{1,2}[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:[ \t]+del?[ \t]+\d{4})?)(?![\w])/g;
/** Holidays spelled with letters beyond ASCII, kept apart so the main expression stays one-byte. */
const SPANISH_HOLIDAY = /\bd[íÍ]a de (?:los )?(?:muertos|reyes)\b/g;
const HOLIDAY = /\b(?:christmas(?: eve| day)?|mardi gras|cinco de mayo|three kings'? day|dia de (?:los )?(?:muertos|reyes)|xmas|thanksgiving|new year'?s(?: eve| day)?|easter|independence day|fourth of july|4th of july|memorial day|labor day|veterans'? day|halloween|valentine'?s day|hanukkah|yom kippur|rosh hashanah|ramadan|eid|mother'?s day|father'?s day|st\.? patrick'?s day|saint patrick'?s day|martin luther king(?: jr\.?)? day|mlk day|presidents'? day|columbus day|good friday|passover|diwali|kwanzaa|boxing day|tet|lunar new year|chinese new year|juneteenth)\b/g;
/** Where an ordinal day can start ("3rd", "22ND"). */
const ORDINAL_WORD = /\b(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b/gi;
/** "on the 22nd", "a note for the 31st", "the 3rd": an ordinal day after "on the" or before "of". */
const ORDINAL_DAY = /(?<=\b(?:on|since|until|till|til|by|from|before|after|through|thru|starting|due|for|(?:morning|night|evening|afternoon)\s{1,2}of|(?:placed|missed|started|stopped|given|drawn|removed|inserted|changed|fell|fall)(?:[ \t]{1,2}[A-Za-z]{2,8})?|lab|[A-Za-z]{0,6}day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|next(?:[ \t]{1,2}[A-Za-z]{2,12}){0,2})\s{1,3}the\s{1,3})(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b/iy;
/** "from the 4th to the 9th", "3rd and 5th": the second ordinal of a pair whose first is a date. */
const ORDINAL_PAIR = /\b((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\s{1,3}(?:to|through|thru|until|till|and|or|-|\u2013)\s{1,3}(?:the\s{1,3})?((?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))\b/iy;
/** "2nd toe", "4th to 5th metatarsal", "3rd floor": an ordinal counting something other than days. */
const ORDINAL_OF_A_THING =
  /^\s{1,2}of\s{1,2}\d|^(?:\s{1,3}(?:to|through|thru|and|or|-|\u2013)\s{1,3}(?:the\s{1,3})?(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th))?[\s-]{1,3}(?:toe|finger|digit|rib|metatarsal|metacarpal|ventricle|intercostal|ics|cranial|nerve|degree|grade|percentile|trimester|floor|time|dose|cycle|line|generation|cousin|place|attempt|round|stage|order|heart sound|space|vertebra|lumbar|cervical|thoracic|arch|pregnancy|child|baby|week|month|year|decade|postoperative|post-op|hospital|visit|admission|course|session|fraction|infusion|shift|day|bolus|try|opinion|set|unit|son|daughter|wife|husband|marriage|surgery|procedure|transfusion|bag|liter|litre|episode|seizure|shot|injection|vaccine|shock|barrel|lap|inning|quarter|period)s?\b/i;
const LONE_YEAR = /(?<![\w/.,$#-])(?:19[0-9]\d|20[0-4]\d)(?![\w/]|[.,]\d|\s?(?:mg|mcg|ml|mL|cc|units?|kg|g)\b)/g;
const YEAR_CUE = /(?:\b(?:in|since|from|until|during|of|by|s\/p|status post|dx|diagnosed|since|circa|ca\.?|year|summer|spring|fall|autumn|winter|early|late|mid|before|after|till|to|and|thru|through|back)\s{1,3}|[-\u2013(]\s{0,2})$/i;
const APOSTROPHE_YEAR_WORD = /'\d\d\b/g;
const APOSTROPHE_YEAR = /(?<=\b(?:in|since|from|of|s\/p)\s{1,3})'\d\d\b/iy;

const DATE_CUE =
  /\b(?:on|since|from|until|till|thru|through|to|by|before|after|dated?|DOS|seen|admitted|admit|admission|discharged?|d\/c|transferred|visit|surgery|started|stopped|began|restarted|resumed|held|last|next|f\/u|follow[- ]?up|returns?|return|appt|appointment|scheduled|due|done|performed|drawn|collected|obtained|repeat|prior|as of|effective|received|given|placed|removed|onset|between|and|or|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|\w+day|week of|wk of|likely|transcribed|dictated|signed|reviewed|CXR|CT|CTA|MRI|MRA|US|echo|EKG|ECG|TTE|TEE|KUB|imaging|films?|x-?ray|labs?|cultures?|note|visit|dose|PET|scan|biopsy|colonoscopy|EGD|surgery|\w{3,}ed|(?:morning|night|evening|afternoon|weekend|week|date)\s{1,2}of(?:\s{1,2}the)?|PFTs?|movement|LBM|LMP)\.?\s{0,3}[:(]?\s{0,2}$/i;
const NOT_A_DATE_BEFORE =
  /(?:\b(?:BP|B\/P|TOF|train of four|blood pressure|pressure|bps?|GCS|MMSE|MoCA|pain|score|scale|strength|str|power|motor|reflexes|DTRs?|grade|gr|murmur|rated|graded|scored|measured|ratio|APGARS?|apgar|Apgars?|EF|PERRL|vision|VA|acuity|day|days|dose|cycle|tabs?|tablets?|caps?|dose|times|sets|reps|out of|sbp|dbp|psv|ps|cpap|bipap|ipap|epap|peep|vent|settings|grip|grasp|handgrip|bpp|relief|relief to|relieved to|improved to|decreased to|down to|BIMS|SLUMS|GDS|GDS-15|PHQ-?\d{0,2}|SCAT\d?|symptoms|naming|delayed recall|immediate recall|word recall|recalled|goals met|inattention|hyperactivity|Vanderbilt|Rotterdam|QOL item|page|pg|census|fert|beighton|tinetti|banff rai|cas|quiz avg)\.?\s{0,3}[:=]?\s{0,2}|\d[\d.]*[ \t]{0,2}[-+x*][ \t]{0,2})$/i;
const NOT_A_DATE_AFTER =
  /^\s{0,2}(?:strength|str|power|motor|murmur|SEM|systolic|diastolic|holosystolic|mm ?Hg|mmhg|bilat|bilaterally|in (?:all|both|the|upper|lower|bilateral|BUE|BLE|UE|LE|RUE|LUE|RLE|LLE)|throughout|BUE|BLE|UE|LE|RUE|LUE|RLE|LLE|pain|on the pain|tabs?|tablets?|caps?|cups?|teaspoons?|tsp|tbsp|inch|inches|in\b|mile|miles|block|blocks|lb|lbs|pounds|kg|oz|ounces|ml|cc|liters?|lpm|l\/min|units?|hours?|hrs?|mins?|dose|doses|of the|of a|of an|normal|NS|saline|flights?|stairs|pillows?|ppd|packs?|pk|cig|drinks?|beers?|days|weeks|wks|months|mos|years|yrs|times|strength|BMs?|stools?|episodes?|voids?|nodes|cores|to \d{1,2}\/10|drywall|plywood|sheets?|sessions|LTGs?|STGs?|goals|kHz|2PN)\b/i;
/** What a fraction counts where no date word stands before it: "5/19 LN", "9/10 GROUPS", "10/10 MUD", "6/7 nights". */
const COUNTED_WHERE_UNCUED = /^\s{0,2}(?:LN|LNs|groups?|animals|criteria|MUD|matched|nights)\b/i;
/** A skin-prick panel: the wheal of each allergen is written like a month and a day ("Cat 9/30   Dog 3/8"). */
const ALLERGY_PANEL = /\b(?:wheal|flare|skin prick|prick test|SPT|allergen panel)\b/i;
const ALLERGEN_BEFORE = /\b(?:Histamine|Saline|Cat|Dog|Timothy|Ragweed|Mite|Cockroach|Alternaria|Aspergillus|pteronyssinus|farinae|Oak|Maple|Elm|Grass|Mold|Feather)\s{1,3}$/i;

/** A cue that makes the next m/d a date even beside a pain score or scale ("PHQ-9 score 14. Next visit 2/10"). */
const STRONG_DATE_CUE =
  /\b(?:visit|appts?|appointments?|f\/u|follow[- ]?up|seen|admitted|discharged|dated?|scheduled|since|until|returns?|due|next|DOS|surgery|procedure|started|stopped)(?:\s{1,3}(?:on|is|was))?\s{0,3}[:(]?\s{0,2}$/i;
/** Words that make x.y.zz a version or section number rather than a date. */
const VERSION_CUE = /\b(?:v|ver|version|rev|release|build|section|sec|chapter|step|rule|table|fig|figure)\.?\s{0,2}$/i;
/** A symptom or a change before a score out of ten: "HA 3/10", "dropped to 2/10", "anxiety 6/10". */
const SYMPTOM_SCORE_BEFORE = /\b(?:pain|ha|h\/a|headache|urges?|anxiety|nausea|cravings?|mood|dyspnea|fatigue|itch|itching|distress|rated|rates|score|scale|intensity|dropped to|down to|up to|increased to|decreased to|improved to|worsened to)\s{0,2}[:=]?\s{0,2}$/i;
const SCORE_NEARBY = /\b(?:pain|score|scale|strength|rated|rates|murmur|grade|out of)\b|\d\/10\b/i;

export function findDates(text: string, options: { years: boolean }): Candidate[] {
  const found: Candidate[] = [];
  const push = (start: number, end: number, confidence: number, reason: string) =>
    found.push(candidate(start, end, 'DATE', 'DATE', confidence, reason));

  const lower = lowerCaseAscii(text);
  for (const date of findMonthNameDates(text, lower)) {
    found.push(date);
    if (!ENDS_IN_A_DAY.test(text.slice(Math.max(date.start, date.end - 4), date.end))) continue;
    const second = SECOND_DAY_AFTER.exec(text.slice(date.end, date.end + 16));
    if (second && Number(second[1]) >= 1) {
      const start = date.end + second[0].length - second[0].replace(/^[^0-9]*/, '').length;
      push(start, date.end + second[0].length, 0.85, 'second day after a month and day');
    }
  }
  for (const m of matchesOf(NUMERIC_FULL, text)) {
    const confidence = numericFullDateConfidence(m[1], m[2], m[3], m[4]);
    if (confidence > 0 && !(m[2] === '.' && VERSION_CUE.test(text.slice(Math.max(0, m.index - 12), m.index)))) push(m.index, m.index + m[0].length, confidence, 'numeric date with year');
  }
  for (const m of matchesOf(NUMERIC_MONTH_YEAR, text)) {
    const year = Number(m[2]);
    if (year < 1900 || year > YEAR_MAX) continue;
    push(m.index, m.index + m[0].length, 0.85, 'numeric month and year');
  }
  for (const m of matchesOf(NUMERIC_FULL_RANGE, text)) {
    const valid = (month: string, day: string) => Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
    if (valid(m[1], m[2]) && valid(m[3], m[4])) push(m.index, m.index + m[0].length, 0.93, 'range of numeric dates');
  }
  for (const m of matchesOf(TIMESTAMP_DATE, text)) push(m.index, m.index + m[1].length, 0.95, 'date of a timestamp');
  for (const m of /(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d\d/.test(text) ? matchesOf(DATE_TIME_GROUP, text) : []) push(m.index, m.index + m[0].length, 0.9, 'military date-time group');
  for (const m of matchesOf(RANGE_END_MONTH_DAY, text)) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) push(m.index, m.index + m[0].length, 0.9, 'month and day ending a range of dates');
  }
  // A note that writes a full date day first ("14/03/2025") writes "16/02" day first too.
  const dayFirst = text.includes('/') && DAY_FIRST_FULL_DATE.test(text);
  const uncued: { start: number; end: number; month: number; day: number }[] = [];
  for (const m of matchesOf(NUMERIC_MONTH_DAY, text)) {
    let [month, day] = [Number(m[1]), Number(m[2])];
    // A first number over 12 can only be a day: "DNACPR from 17/03" is day first even where no full date says so; the
    // swapped pair still needs a date cue.
    const swapped = month > 12 && month <= 31 && day <= 12 && (dayFirst || !m[0].includes('-'));
    if (swapped) [month, day] = [day, month];
    // A swapped pair needs a date cue: "24/7 supervision", "NIV 20/8" and "14/7 hx" are counts and settings.
    const confidence = numericMonthDayConfidence(text, m.index, m.index + m[0].length, month, day, swapped);
    if (confidence === UNCUED || confidence === FRACTION_LIKE) uncued.push({ start: m.index, end: m.index + m[0].length, month, day });
    else if (confidence > 0) push(m.index, m.index + m[0].length, confidence, dayFirst && Number(m[1]) > 12 ? 'numeric day and month' : 'numeric month and day');
  }
  for (const pair of dayFirst ? [] : uncued) {
    if (monthOfNearbyDates(text, found, pair.month)) push(pair.start, pair.end, 0.75, "month and day in the months of the note's other dates");
  }
  // "FEM-POP BYPASS 8/61", "IMI 10/87 TREATED", "last DEXA 3/80": a month and a two-digit year no day can be, after a
  // date word or an event (not after a reading: "SAT 9/95", "FEV1/FVC 5/70").
  for (const m of text.includes('/') ? matchesOf(MONTH_AND_SHORT_YEAR, text) : []) {
    const before = text.slice(Math.max(0, m.index - 32), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (NOT_A_DATE_BEFORE.test(before) || NOT_A_DATE_AFTER.test(after) || READING_BEFORE.test(before)) continue;
    // "A1c 7.8 (2/46)", "EF 55% (11/45)": in brackets after a result, the month and year it was measured.
    const bracketedAfterResult = text[m.index - 1] === '(' && text[m.index + m[0].length] === ')' && /[\d%][ \t]{0,2}\($/.test(text.slice(Math.max(0, m.index - 4), m.index));
    if (!(bracketedAfterResult || DATE_CUE.test(before) || EVENT_BEFORE_MONTH_DAY.test(before) || /\b(?:bypass|imi|ami|nstemi|stemi|mi|cabg|pci|dexa|test|dx|diagnosed|started|since)[ \t]{1,2}$/i.test(before))) continue;
    push(m.index, m.index + m[0].length, 0.8, 'month and two-digit year');
  }
  // A weekday alone is not a date element; before a date it belongs to it ("Monday, July 22").
  const byStart = new Map(found.map((c) => [c.start, c]));
  for (const date of byStart.values()) {
    const windowStart = Math.max(0, date.start - 16);
    const weekday = WEEKDAY_BEFORE_DATE.exec(lower.slice(windowStart, date.start));
    if (weekday) date.start = windowStart + weekday.index;
    const following = WEEKDAY_AFTER_DATE.exec(lower.slice(date.end, date.end + 16));
    if (following) date.end += following[0].length;
  }
  for (const m of matchesOf(COMPACT_DATE, text)) push(m.index, m.index + m[0].length, 0.8, 'eight-digit date');
  for (const m of matchesOf(SIX_DIGIT_DATE, text)) {
    // "NEXT TX 072123", "MOLST DATED 071824": six digits read as month, day, year only after a date word.
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // One word may stand between the date word and the digits ("NEXT TX 072123").
    if (DATE_CUE.test(before) || DATE_CUE.test(before.replace(/\S{1,6}[ \t]{1,2}$/, ''))) push(m.index, m.index + m[0].length, 0.88, 'six-digit date after a date word');
  }
  for (const m of matchesOf(ISO_MONTH, text)) push(m.index, m.index + m[0].length, 0.85, 'ISO year and month');
  const ordinals = [...matchesOf(ORDINAL_WORD, text)];
  for (const m of ordinals) {
    const end = matchAt(ORDINAL_AFTER_PREPOSITION, text, m.index);
    if (end < 0 || ORDINAL_OF_A_THING.test(text.slice(end, end + 40))) continue;
    push(m.index, end, 0.8, 'ordinal day after a date word');
  }
  for (const m of matchesOf(DASHED_MONTH_DAY, text)) {
    // "a colonoscopy 5-6 years ago": a range of a count.
    if (NOT_A_DATE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    const before = text.slice(Math.max(0, m.index - 48), m.index);
    if (NOT_A_DATE_BEFORE.test(before)) continue;
    // "lysis of adhesions 2-9", "s/p liver transplant (4-27)", "admitted from ed 11-28".
    if (DATE_CUE.test(before) || EVENT_BEFORE_MONTH_DAY.test(before) || cuedByArrivalOrShift(text, m.index)) push(m.index, m.index + m[0].length, 0.75, 'month-day after a date word');
  }
  // A holiday of several words ("Dia de los Muertos", "Labor Day") is surer than one that is also a name ("Easter").
  for (const m of matchesOf(HOLIDAY, lower)) push(m.index, m.index + m[0].length, m[0].includes(' ') ? 0.9 : 0.75, 'holiday');
  for (const m of lower.includes(' de ') ? matchesOf(SPANISH_HOLIDAY, lower) : []) push(m.index, m.index + m[0].length, 0.9, 'holiday');
  // "21/ago/2019", "19/DIC/2025", "26 de enero de 2020": dates written in Spanish.
  for (const m of /\d[\/.-][a-z]{3}[\/.-]\d| de /.test(lower) ? matchesOf(SPANISH_DATE, lower) : []) push(m.index, m.index + m[0].length, 0.9, 'date written in Spanish');
  // "31 janvier 2025", "le 28 mars": dates written in French, a day before the month.
  for (const m of holdsAny(lower, FRENCH_MONTHS) ? matchesOf(FRENCH_DATE, lower) : []) push(m.index, m.index + m[0].length, 0.9, 'date written in French');
  for (const m of ordinals) {
    const end = matchAt(ORDINAL_DAY, text, m.index);
    if (end < 0 || ORDINAL_OF_A_THING.test(text.slice(end, end + 40))) continue;
    // After "for the" only a day that ends its clause: "a note for the 31st?", not "for the 1st 24 hours", "for the 3rd booster".
    if (/\bfor\s{1,3}the\s{1,3}$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/^[ \t]*(?:[.,;:?!)]|$|[\r\n])/.test(text.slice(end, end + 3))) continue;
    push(m.index, end, 0.85, "ordinal day after 'on the'");
  }
  const ordinalDates = new Set(found.filter((c) => c.reason.startsWith('ordinal')).map((c) => c.start));
  let pairEnd = 0;
  for (const m of ordinals) {
    if (m.index < pairEnd) continue;
    ORDINAL_PAIR.lastIndex = m.index;
    const pair = ORDINAL_PAIR.exec(text);
    if (!pair) continue;
    pairEnd = m.index + pair[0].length;
    if (!ordinalDates.has(m.index) || ORDINAL_OF_A_THING.test(text.slice(pairEnd, pairEnd + 24))) continue;
    push(pairEnd - pair[2].length, pairEnd, 0.85, 'ordinal day closing a range');
  }
  if (options.years) {
    const dateEnds = new Set(found.map((c) => c.end));
    for (const m of matchesOf(LONE_YEAR, text)) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      // "June 7, 2025 1912", "20240723 1900-0700": a clock time after a date or in a shift.
      const gap = /(?:,?[ \t]{1,2}(?:@|at)?[ \t]{0,2})$/.exec(before)?.[0].length ?? 0;
      if ((gap > 0 && dateEnds.has(m.index - gap)) || /^[-\u2013]\d{4}\b|^\s?(?:h|hrs?)\b/.test(text.slice(m.index + 4, m.index + 9))) continue;
      const cued = YEAR_CUE.test(before);
      found.push(candidate(m.index, m.index + m[0].length, 'DATE', 'YEAR', cued ? 0.85 : 0.65, cued ? 'year after a time word' : 'year-shaped number'));
    }
    for (const m of matchesOf(APOSTROPHE_YEAR_WORD, text)) {
      const end = matchAt(APOSTROPHE_YEAR, text, m.index);
      if (end >= 0) found.push(candidate(m.index, end, 'DATE', 'YEAR', 0.8, 'abbreviated year after a time word'));
    }
  }
  return found;
}

/** Dates written with a month name, in the order the whole-text scans of each pattern would report them. */
function findMonthNameDates(text: string, lower: string): Candidate[] {
  const monthDay: Candidate[] = [];
  const dayMonth: Candidate[] = [];
  const monthYear: Candidate[] = [];
  const yearMonthDay: Candidate[] = [];
  const alone: Candidate[] = [];
  const may: Candidate[] = [];
  const abbreviations: Candidate[] = [];
  const date = (start: number, end: number, confidence: number, reason: string) => candidate(start, end, 'DATE', 'DATE', confidence, reason);
  // Each pattern's matches never overlap one another, as in a global scan: the next try starts after the last match.
  let monthDayEnd = 0;
  let dayMonthEnd = 0;
  let monthYearEnd = 0;
  let yearMonthDayEnd = 0;
  let aloneEnd = 0;
  for (const word of matchesOf(MONTH_WORD_START, lower)) {
    const at = word.index;
    if (!mayStartMonthWord(lower, at)) continue;
    if (at >= monthDayEnd) {
      const end = matchAt(MONTH_DAY, text, at);
      if (end >= 0) {
        monthDayEnd = end;
        const value = text.slice(at, end);
        if (!isMayTheVerb(text, value, at, end)) monthDay.push(date(at, end, 0.95, 'month name and day'));
      }
    }
    for (let start = Math.max(dayMonthEnd, at - DAY_BEFORE_MONTH_MAX); start < at; start++) {
      if (!isDigit(text.charCodeAt(start))) continue;
      const end = matchAt(DAY_MONTH, text, start);
      if (end < 0) continue;
      dayMonthEnd = end;
      const value = text.slice(start, end);
      if (!(/may$/i.test(value) && /\s(?:of\s+)?may$/i.test(value) && !/May$/.test(value) && !isAllCapsContext(text, start))) dayMonth.push(date(start, end, 0.95, 'day and month name'));
      break;
    }
    if (at >= monthYearEnd) {
      const end = matchAt(MONTH_YEAR, text, at);
      if (end >= 0) {
        monthYearEnd = end;
        monthYear.push(date(at, end, 0.95, 'month name and year'));
      }
    }
    const yearStart = at - YEAR_BEFORE_MONTH;
    if (yearStart >= yearMonthDayEnd && yearStart >= 0) {
      const end = matchAt(YEAR_MONTH_DAY_NAME, text, yearStart);
      if (end >= 0) {
        yearMonthDayEnd = end;
        yearMonthDay.push(date(yearStart, end, 0.97, 'year, month name and day'));
      }
    }
    if (at >= aloneEnd) {
      const end = matchAt(MONTH_ALONE, text, at);
      if (end >= 0) {
        aloneEnd = end;
        if (isLoneMonthDate(text, at, end)) alone.push(date(at, end, 0.8, 'month name'));
      }
    }
    const abbreviationEnd = matchAt(MONTH_ABBREVIATION_ALONE, text, at);
    if (abbreviationEnd >= 0 && isLoneMonthAbbreviation(text, at, abbreviationEnd)) abbreviations.push(date(at, abbreviationEnd, 0.8, 'abbreviated month name'));
    const mayEnd = matchAt(MAY_ALONE, text, at);
    if (mayEnd >= 0) may.push(date(at, mayEnd, 0.8, 'month name'));
  }
  return [...monthDay, ...dayMonth, ...monthYear, ...yearMonthDay, ...alone, ...may, ...abbreviations];
}

/** A month word starts a word, or is glued to a day ("22jan2019", "4thaug"). */
function mayStartMonthWord(lower: string, at: number): boolean {
  if (at === 0) return true;
  const previous = lower.charCodeAt(at - 1);
  if (!isWordCharacter(previous) || isDigit(previous)) return true;
  return at >= 3 && isDigit(lower.charCodeAt(at - 3)) && /^(?:st|nd|rd|th)$/.test(lower.slice(at - 2, at));
}

function isWordCharacter(code: number): boolean {
  return isDigit(code) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
}

/** "may 3" is the verb unless written "May" or in capitals, and "MAY 2 L NC" is the verb before a dose. */
function isMayTheVerb(text: string, value: string, start: number, end: number): boolean {
  if (!/^may\b/i.test(value)) return false;
  if (!/^May/.test(value) && !isAllCapsContext(text, start)) return true;
  return /^MAY\b/.test(value) && DOSE_AFTER_DAY.test(text.slice(end, end + 12));
}

/** "Jan" is also a name and "Mar" a verb: alone it is a month only after a word of time or before another month. */
function isLoneMonthAbbreviation(text: string, start: number, end: number): boolean {
  const letters = end - start - (text[end - 1] === '.' ? 1 : 0);
  const before = text.slice(Math.max(0, start - 12), start);
  if (TIME_WORD_BEFORE.test(before) || MONTH_BEFORE.test(before) || MONTH_AFTER.test(text.slice(start + letters, start + letters + 4))) return true;
  // "LAST SEEN NOV.", "DUE NOV;", "(from urgent care Feb)": after these words only the abbreviations that are no record,
  // scan or decrease (MAR, OCT, DEC) and where the clause ends.
  const month = text.slice(start, start + letters);
  if (!UNAMBIGUOUS_MONTH_ABBREVIATION.test(month) || !(text[end - 1] === '.' || CLAUSE_END_AFTER.test(text.slice(end, end + 4)))) return false;
  // Jan and Jun are also given names: "Voicemail from Jan.", "Message from Jun" name a person; "A1C DUE JAN." does not.
  return GIVEN_NAME_MONTH.test(month) ? DUE_OR_CHANGED_BEFORE.test(before) : EVENT_WORD_BEFORE.test(before);
}

const GIVEN_NAME_MONTH = /^(?:Jan|Jun|JAN|JUN)$/;
const DUE_OR_CHANGED_BEFORE = /\b(?:due|started|stopped|increased|decreased|changed)[ \t]{1,2}$/i;

const EVENT_WORD_BEFORE = /\b(?:from|due|seen|started|stopped|increased|decreased|changed|care|crisis|visit|admission|admitted|discharged)[ \t]{1,2}$/i;
const UNAMBIGUOUS_MONTH_ABBREVIATION = /^(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Nov|JAN|FEB|APR|JUN|JUL|AUG|SEPT?|NOV)$/;
const CLAUSE_END_AFTER = /^(?:[ \t]*(?:[.,;:)]|$|[\r\n]))/;

/** End of a sticky pattern's match starting exactly at `start`, or -1. */
function matchAt(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Lower-cases ASCII letters only, so offsets stay put and patterns run without the case-insensitive flag
 * behave exactly as the 'i' forms did (which never folded non-ASCII letters such as the Kelvin sign into ASCII).
 */
function lowerCaseAscii(text: string): string {
  if (text.indexOf('\u212A') < 0 && text.indexOf('\u0130') < 0) return text.toLowerCase();
  return text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/**
 * The latest year a numeric date may have. De-identified research corpora shift dates far ahead (i2b2 into the 2060s-2090s,
 * MIMIC into the 2100s), and notes written over such text keep those years.
 */
const YEAR_MAX = 2199;

function numericFullDateConfidence(first: string, separator: string, second: string, third: string): number {
  const a = Number(first);
  const b = Number(second);
  const c = Number(third);
  if (first.length === 4) {
    // ISO order: yyyy-mm-dd
    if (third.length !== 2 && third.length !== 1) return 0;
    return a >= 1850 && a <= YEAR_MAX && b >= 1 && b <= 12 && c >= 1 && c <= 31 ? 0.97 : 0;
  }
  if (first.length === 3) return 0;
  const monthFirst = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  const dayFirst = b >= 1 && b <= 12 && a >= 1 && a <= 31;
  if (!monthFirst && !dayFirst) return 0;
  if (third.length === 4) {
    if (c < 1850 || c > YEAR_MAX) return 0;
    return 0.97;
  }
  // Dotted two-digit years ("11.19.21") are dates unless a version or section cue precedes them (checked by the caller).
  if (separator === '.') return 0.8;
  return separator === '/' ? 0.93 : 0.85;
}

const BRITISH_DURATION_AFTER = /^[ \t]{0,2}(?:hx|h\/o|history|ago|course|duration)\b/i;

const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?`;
/** "December of 2024-2/18", "MAR 29-5/27": a month and day ending a range that starts with a date. */
const RANGE_END_MONTH_DAY = new RegExp(String.raw`(?<=(?:\b${MONTH_WORD}[ \t]{0,2}(?:of[ \t]{1,2})?\d{1,4}(?:st|nd|rd|th)?|\b(?:19|20)\d\d)[ \t]?[-\u2013][ \t]?)(\d{1,2})\/(\d{1,2})(?![\w/]|[.,]\d)`, 'gi');
/**
 * "June 18 or 19", "MAY 3RD AND 4TH", "Oct 2-5": right after a month and day, a second day with nothing but a joining word
 * between (read after each month-name date found, not searched for at every number).
 */
const SECOND_DAY_AFTER = /^[ \t]{0,2}(?:or|and|to|through|thru|&|-|\u2013)[ \t]{0,2}([0-2]?\d|3[01])(?:st|nd|rd|th)?(?![\w/:.]|[ \t]?(?:mg|mcg|ml|units?|tabs?|days?|weeks?|hours?|hrs?|times|x)\b)/i;
const ENDS_IN_A_DAY = /\d(?:st|nd|rd|th)?$/i;
const DATE_AFTER_DASH = new RegExp(String.raw`^[ \t]?[-\u2013][ \t]?(?:\d{1,2}[ \t]?${MONTH_WORD}|${MONTH_WORD}[ \t]?\d|\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d))`, 'i');

/**
 * "S/P CATH 3/4", "STAPLES OUT 3/3", "TEAM CONF 3/10", "RECHECK INR 3/7", "LKW 2200 3/3": an event, a procedure after
 * s/p or a recheck just before a month and day.
 */
const EVENT_BEFORE_MONTH_DAY = /(?:\bs\/p\b[^.;:\n]{0,40}[ \t(]|\b(?:cath|conf|conference|consult|bronch|ppm|mtg|meeting|lkw|contrast|start|home|floor|fall|fell|near-fall|phone|f\/u|ill|mvc|mva|injured|dx'?d|diagnosed|recheck(?:ed)?(?:[ \t]{1,2}\w{2,5})?|dr\.?[ \t]{1,2}[A-Z][A-Za-z'’-]{1,20}|(?:staples|sutures|drain|tube|line|foley)[ \t]{1,2}(?:out|in|d\/c'?d)|lkw[ \t]{1,2}\d{3,4})\.?[ \t]{1,2})$/i;
/** "LAST DOSE 3/27", "NEXT TX 3/5", "NEXT: PEG-G 7/8": the last or next of a treatment, then its date. */
const LAST_OR_NEXT_DOSE = /\b(?:last|next)\s{1,2}(?:(?:pain\s{1,2})?(?:dose|tx|treatment|use|cycle|infusion|session|visit|appt|hd|chemo|drink|drug\s{1,2}use|seizure|fall|bm|period|menses|meal|shot|injection|refill|fill|admission|admit|hospitalization|episode|crisis|exam|check|contact|transfusion|dialysis|change|dressing\s{1,2}change|delivery|tap|paracentesis|thoracentesis))\s{0,2}$|\bnext\s{0,2}:\s{1,2}[A-Za-z0-9-]{1,8}\s{1,2}$|\b(?:first|1st)\s{1,2}(?:supply\s{1,2})?delivery\s{0,2}$/i;
/** "NEURO-PSYCH TO SEE 4/10", "REPORT MADE 8/9", "R AKA 6/11", "ADMIT 8/13", "TRACH 3/11", "NSVD 8/10": planned or done on that day. */
const PLANNED_OR_DONE_BEFORE = /\b(?:to\s{1,2}see|to\s{1,2}do|arrives|arriving|leaves|leaving|returning|flying\s{1,2}(?:in|home|back)|pick\s{1,2}up|picked\s{1,2}up|booked(?:\s{1,2}for)?|d\/c'?d|d\/c\s{1,2}home|nbs\s{1,2}sent|made|tentatively|planned|orif|aka|bka|tka|tha|tkr|thr|cabg|peg|adm|adm'?d|admit'?d|admit|trach|trach'?d|intubated|extubated|delivered|nsvd|svd|born|removal|eval|evaluation|check|checked|starting|beginning|ending|via\s{1,2}(?:ED|ER|EMS|ems))\s{1,2}$/i;
/** "6/11 AT ST. LUKE'S", "(10/3 AT SALINA REGIONAL)": a date at a named place; never "8/10 AT REST". */
const AT_A_PLACE_AFTER = /^\s{1,2}(?:AT|at)\s{1,2}(?!(?:REST|rest|HOME|home|BEDSIDE|bedside|NIGHT|night|TIMES|times|BASELINE|baseline|BEST|best)\b)(?:ST\.?\s|[A-Z][A-Za-z'’]{3,}|[A-Z][A-Za-z'’]{2}\s[A-Z][A-Za-z'’]{2,})/;
/**
 * "NOC 11/3 -> 11/4", "(5/4, 5/5, today)", "at 07:00 10/6": after another month and day joined to it, or after a clock
 * time, a month and day is a date too.
 */
/** "(5/7, Dr. Strickland)": in brackets, a procedure's date, then who did it ("PAIN 8/10, DR. PATEL AWARE" is a score). */
const DOCTOR_AFTER_A_DATE = /^,?[ \t]{1,2}(?:Dr|DR)\.?[ \t]{1,2}[A-Z]/;
// "0612 6/3 - 29M", "CALLED 0900 10/3": a four-digit clock time opening an entry, or after 'at' or 'called', before its date.
const DATE_OR_TIME_BEFORE = /(?:\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/(?:\d{4}|\d{2}))?\s{0,2}(?:->|→|,|&|and|or|to|thru|through)|\b(?:[01]?\d|2[0-3]):[0-5]\d|(?:^|[\r\n]|[.;][ \t]|@|\b(?:AT|At|at|CALLED|Called|called))[ \t]{0,2}(?:[01]\d|2[0-3])[0-5]\d)\s{1,2}$/;

/** "ADMITTED FROM ST. AGNES 4/2", "transferred to Reisman 10 on 3/4": the date after the place someone came from or went to. */
const ARRIVAL_AT_A_PLACE_BEFORE = /\b(?:admitted|admit|transferred|tx'?d|arrived|came|sent|brought|discharged|d\/c'?d)\s{1,3}(?:from|to|in|at)\s{1,3}(?:[A-Za-z.'’&-]{1,20}\s{1,2}){1,5}$/i;
/** "NURSING NOTE 7A-7P  5/6", "NPN 1900-0700 3/14": a shift's hours before its date. */
const SHIFT_HOURS_BEFORE = /\b(?:\d{1,2}[AaPp][Mm]?|[012]\d{3})\s?-\s?(?:\d{1,2}[AaPp][Mm]?|[012]\d{3})\s{1,3}$/;
/** "pna 2/2 aspiration", "ARF 2/2 DEHYDRATION": 2/2 before a word is "secondary to". */
const SECONDARY_TO = /^\s{1,2}(?:to\s{1,2}[A-Za-z]{2,}|(?!(?:to|in|on|by|at|or|and|thru|through)\b)[A-Za-z]{2,})/i;

function cuedByArrivalOrShift(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 64), start);
  return ARRIVAL_AT_A_PLACE_BEFORE.test(before) || SHIFT_HOURS_BEFORE.test(before.slice(-24));
}

/** Muscles, joints, movements and groups whose grade or count a fraction gives ("Knee ext 4/5,", "GROUP 4/2,"). */
const MEASURED_PART_BEFORE = /\b(?:group|ext|extension|flexion|flex|abduction|adduction|rotation|dorsiflexion|plantarflexion|quads?|biceps|triceps|deltoids?|hip|knee|ankle|wrist|elbow|shoulder|hand|hands|leg|arm|grade|lymph nodes?|ln|nodes?|cores?|positive)[ \t]{1,2}$/i;

/**
 * "HIT HER 3/1.", "LAID PT OFF 2/1.", "PREDNISONE TO COMPLETE 3/2,": after a word, a month and day that ends the sentence or
 * clause is a date; scores, strengths and ventilator settings have their own words before them (NOT_A_DATE_BEFORE,
 * checked first), and the caller leaves out halves, thirds and quarters ("GAVE 1/2."), scores out of five and ten ("C/O CP 5/10,", "4/5.")
 * and full marks ("BPP 8/8.").
 */
function endsSentenceAfterAWord(before: string, after: string): boolean {
  return /[A-Za-z]{2,}[ \t]{1,2}$/.test(before) && !MEASURED_PART_BEFORE.test(before) && /^(?:[.,;](?:[ \t]|$|[\r\n])|[ \t]*$|[ \t]*[\r\n])/.test(after);
}

/** A signer's credential before a month and day that ends the line: the date of the signature. */
const CREDENTIAL_BEFORE_SIGNATURE_DATE = /\b(?:RN|LPN|MD|NP|PA-C|RRT|CM)[ \t]{1,2}$/;

function numericMonthDayConfidence(text: string, start: number, end: number, month: number, day: number, swapped = false): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  const before = text.slice(Math.max(0, start - 32), start);
  const after = text.slice(end, end + 24);
  // "ONC LINE 24/7": round the clock.
  if (swapped && month === 7 && day === 24) return 0;
  // "AT 36 4/7", "EX-25 3/7", "30 2/7 WK": weeks and days of a gestation.
  if (day === 7 && month < 7 && /(?:^|[^\d/.])(?:[2-4]\d)[ \t]$/.test(before)) return 0;
  // "C/O HA 3/10", "URGES DROPPED TO 2/10": a symptom's score out of ten, whatever follows it.
  if (day === 10 && !swapped && SYMPTOM_SCORE_BEFORE.test(before)) return 0;
  const treatmentCue = LAST_OR_NEXT_DOSE.test(before) || PLANNED_OR_DONE_BEFORE.test(before);
  // A strong date word or an event before wins over what follows ("SURGERY 5/19 LN DISSECTION", "S/P ALLO SCT 3/15 MUD");
  // a whole match is a match ("S/P 10/10 MUD alloHCT").
  const eventBefore = STRONG_DATE_CUE.test(before) || EVENT_BEFORE_MONTH_DAY.test(before) || treatmentCue;
  if (month === day && /^\s{0,2}(?:MUD|matched|match)\b/i.test(after)) return 0;
  if (!eventBefore && (COUNTED_WHERE_UNCUED.test(after) || (ALLERGEN_BEFORE.test(before) && ALLERGY_PANEL.test(text.slice(Math.max(0, start - 400), start))))) return 0;
  // "INTUBATED 2/16 IN ED", "CXR 10/22 NORMAL": after a date word, a day no month has is a date before 'in' or 'normal' too.
  // So is a zero-padded month ("ONSET 07/09-07/25 IN ATTENDEES"): inches and fractions are not padded.
  const dayAfterDateWord = (day > 12 || /^0\d\//.test(text.slice(start, end))) && DATE_CUE.test(before) && /^\s{0,2}(?:in|normal)\b/i.test(after);
  if ((NOT_A_DATE_BEFORE.test(before) && !LAST_OR_NEXT_DOSE.test(before)) || (NOT_A_DATE_AFTER.test(after) && !dayAfterDateWord)) return 0;
  if (month === 2 && day === 2 && SECONDARY_TO.test(after) && !/^\s{1,2}(?:at|@)\b/i.test(after)) return 0;
  // "3/7 hx of diarrhoea", "a 5/7 course", "for 2/52": British notes count days, weeks and months as x/7, x/52, x/12.
  if ((day === 7 || day === 12) && BRITISH_DURATION_AFTER.test(after)) return 0;
  // "12/10 at 11:05a", "6/3 @ 0800".
  const followedByTime = /^\s{0,3}(?:@|at)?\s{0,2}\d{1,2}:\d\d(?!\d)|^\s{0,3}(?:@|at)?\s{0,2}[012]?\d{3}\s?(?:h|hrs)?\b(?!\s?(?:mg|ml|cc))/i.test(after);
  // "pain 7/10, improved to 3/10": a score denominator repeated in the same sentence. A timed entry is dated, whatever
  // the entry above it scored ("3/3 2300 PAIN 3/10.\n3/4 0300 DENIES PAIN").
  const startsTimedEntry = followedByTime && /(?:^|\n)[ \t]{0,4}$/.test(before);
  if ((day === 10 || day === 5 || day === 6 || day === 4) && !STRONG_DATE_CUE.test(before) && !treatmentCue && !startsTimedEntry && SCORE_NEARBY.test(text.slice(Math.max(0, start - 60), start))) return 0;
  const partOfRange = /[-\u2013]/.test(text.slice(start, end));
  // The first end of a range whose other end is a date: "5/4-29APR24" (the other way round, see RANGE_END_MONTH_DAY).
  const endOfDateRange = DATE_AFTER_DASH.test(after);
  const inList = /^\s{0,2}(?:,|and|&|or|to|through|thru|->|→)\s{0,3}\d{1,2}\/\d{1,2}\b/i.test(after);
  const afterWeekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]{1,2}$/i.test(before);
  const cued = DATE_CUE.test(before) || inList || partOfRange || followedByTime || afterWeekday || endOfDateRange || /^\s{0,2}[:)]/.test(after) || /(?:^|\n)\s{0,4}$/.test(before) ||
    EVENT_BEFORE_MONTH_DAY.test(before) || treatmentCue || DATE_OR_TIME_BEFORE.test(before) || (/\([ \t]?$/.test(before) && DOCTOR_AFTER_A_DATE.test(after)) || AT_A_PLACE_AFTER.test(after) || cuedByArrivalOrShift(text, start) || /^[ \t]{1,2}(?:AM|PM|am|pm)\b/.test(after) || (endsSentenceAfterAWord(before, after) && !(day <= 4 && month < day) && day !== 10 && day !== 5 && month !== day) ||
    (CREDENTIAL_BEFORE_SIGNATURE_DATE.test(before) && /^[ \t]*(?:$|[\r\n])/.test(after));
  // A day-first pair stands on a cue of its own: "ADMITTED 16/02", "from 17/03", "Monday 24/03"; a sentence end is not enough ("NIV 20/8.").
  // A zero-padded month ("NEXT DRESSING 24/05", "discharge provisionally 17/05") is no setting or count either.
  const paddedMonth = /\/0[1-9]$/.test(text.slice(start, end));
  if (swapped) return DATE_CUE.test(before) || EVENT_BEFORE_MONTH_DAY.test(before) || followedByTime || afterWeekday || inList || partOfRange || endOfDateRange || treatmentCue ? 0.9 : paddedMonth ? 0.85 : 0;
  if (cued) return 0.9;
  // A day above 12 cannot be a month, and fractions and scores rarely have such denominators.
  if (day > 12) return 0.8;
  // Zero-padded "03/04", "2/03" is written as a date; fractions and scores are not padded.
  if (/^0\d\/\d\d$|^\d{1,2}\/0\d$/.test(text.slice(start, end))) return 0.85;
  // Fractions and counts out of a small whole ("GAVE 3/4 TAB", "2/6 SEM", "PO 4/8", "3/6 HLA match"), scores out of
  // five and ten and full marks ("BPP 8/8") are dates only in the months of the note's confident dates (FRACTION_LIKE);
  // doses ("8/2 mg") never.
  if (partOfRange || /^\s{0,2}(?:mg|mcg|ml|g|units?|tabs?|caps?|puffs?)\b/i.test(after)) return 0;
  // Grades out of five ("EHL 4/5", "Mini-Cog 3/5"), inch sizes ('20G 3/4" Huber') and what a count is of stay out.
  if ((day === 5 && month <= 5) || /^["”]/.test(after) || COUNTED_AFTER_A_FRACTION.test(after) || PORTION_BEFORE.test(before)) return 0;
  if ((month < day && day <= 9) || day === 10 || day === 5 || month === day) return SCORE_NEARBY.test(text.slice(Math.max(0, start - 60), end + 40)) || SCORE_NEARBY_MORE.test(text.slice(Math.max(0, start - 60), end + 40)) ? 0 : FRACTION_LIKE;
  return UNCUED;
}

/** A month and day with no cue of its own: a date only if the note's other dates fall in or next to its month. */
const UNCUED = -1;
/**
 * Uncued and shaped like a fraction or a score ("2/3", "4/10", "3/3"): a date only in a note whose confident dates fall
 * in the same month or the one before or after ("QUIT 2/3" among February's dates), as other uncued pairs, and only
 * with no score, grade or portion near and no counted thing after it.
 */
const FRACTION_LIKE = -2;
/** Eating, drinking or giving a part of something: "Ate 1/2 sandwich", "drank about 3/4". */
const PORTION_BEFORE = /\b(?:ate|eaten|eats|drank|drinks|took|takes|gave|give|given|finished|consumed|about|approx|approximately)\s{1,2}$/i;
/** What a fraction or a count counts: "1/5 VODKA", "4/4 INDIVIDUAL", "2/3 RED FLAGS", "CRACKLES 1/2 UP", "8/8 ELEMENTS MET". */
const COUNTED_AFTER_A_FRACTION = /^\s{0,2}(?:vodka|whiskey|liquor|gin|rum|bourbon|fifths?|bottles?|trials|met|recalled|elements|sessions?|group|individual|items|red flags|naps|up|HLA|match|mi|L|lpm|sets|reps|words|objects|cues|goals|steps|questions|answers|correct|criteria|doses?|days|nights|visits|sentinel|of|cups?|maintenance|strength|sandwich|plate|meal|tray|glass|can|bottle)\b/i;
/** Exam findings and tests that grade or count near a fraction: murmurs, strength, cognitive screens, goals. */
const SCORE_NEARBY_MORE = /\b(?:SEM|HSM|systolic|diastolic|holosystolic|mini-?cog|clock|trials|goals|EHL|grip|motor|flex|ext|teach-?back|recall|serial 7s|HLA|risk)\b/i;

/**
 * "HEP B 9/3; DOSE 1 10/2", "CPAP 6 7/5 ... CBG 7/7": a note that dates its events writes the same months again
 * without a date word. The other dates must be certain ones (with a year, a cue or a month name).
 */
function monthOfNearbyDates(text: string, found: readonly Candidate[], month: number): boolean {
  for (const date of found) {
    if (date.confidence < 0.8) continue;
    const other = monthOf(text.slice(date.start, date.end));
    if (other !== undefined && (other === month || Math.abs(other - month) === 1 || Math.abs(other - month) === 11)) return true;
  }
  return false;
}

const MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function monthOf(date: string): number | undefined {
  const numeric = /^(?:[A-Za-z]{3,9},?[ \t]{1,2})?(\d{1,2})[/-]\d{1,2}/.exec(date);
  if (numeric) return Number(numeric[1]) <= 12 ? Number(numeric[1]) : undefined;
  const named = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.exec(date);
  return named ? MONTH_NUMBERS[named[1].toLowerCase()] : undefined;
}

/** A month name with no day or year: a date after a date preposition, otherwise unless it reads as a verb or a name. */
function isLoneMonthDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const verbLike = VERB_PARTICLE_AFTER.test(text.slice(end, end + 16));
  // "able to march in place" is the infinitive; "from March to May" is a date.
  if (verbLike && /\bto\s{1,3}$/i.test(before)) return false;
  if (MONTH_PREPOSITION.test(before)) return true;
  if (verbLike || PERSON_CUE_BEFORE.test(before) || PERSON_AFTER.test(text.slice(end, end + 16))) return false;
  // A lower-case month name in a note that uses capitals is the verb or adjective (march, august).
  return text.charCodeAt(start) < 97 || isAllCapsContext(text, start);
}

/** In ALL-CAPS text "MAY 3" is as likely a date as a verb before a number. */
function isAllCapsContext(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 40), index + 40);
  const letters = window.replace(/[^A-Za-z]/g, '');
  return letters.length > 8 && letters === letters.toUpperCase();
}
