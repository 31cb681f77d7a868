import { matchesOf } from '../matches';
import { Candidate, candidate } from './candidate';
import { isKnownWord, wordInfo } from './lexicon';
import { CLINICAL_ABBREVIATIONS, NEVER_NAMES } from './vocabulary';

/** "92 y/o", "92-year-old", "92yo", "92 yr", "aged 92", "age: 92", "92M", "92 F". Only the number is the identifier. */
const AGE_AFTER = /\b(\d{1,3})(?=\s{0,2}-?\s{0,2}(?:y\/o|y\.o\.?|yo\b|yrs?\.?\s{0,2}old|years?[\s-]{1,3}old|year-old|yr-old|y\s?o\b|yo[mf]\b|y\/o[mf]?\b|y[mf]\b|-?years?-?of-?age|years? of age|[- ]?(?:month|week|day)s?[- ]old|mo[- ]old|-month-old|-week-old|-day-old))/gi;
const AGE_BEFORE = /\b(?:age[ds]?|aged|age of|turn(?:ed|s|ing)?|will be|when (?:s?he|I|they) (?:was|were)|died at|passed away at|passed at|deceased at)\s{0,2}[:=]?\s{0,2}(\d{1,3})(?![\w%]|\.\d|[ \t]{0,2}(?:mg|kg|lb|lbs|cm|mm|units?|minutes?|min|hours?|hrs?|days?|weeks?|pm|am|o'clock)\b)/gi;
const AGE_SEX = /(?<![\w./-])(\d{1,3})\s?(?:M|F|yo\s?[MF]|y\/o\s?[MF])(?=\b)(?![/])/g;
const OLD_AGE_WORDS = String.raw`(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;
const SPELLED_OLD_AGE = new RegExp(String.raw`\b${OLD_AGE_WORDS}(?=[- ]{1,2}(?:years?|yrs?|y\/o|yo)\b)`, 'gi');
/** "age ninety-two", "AGED NINETY". */
const SPELLED_OLD_AGE_AFTER_CUE = new RegExp(String.raw`\b(?:age[ds]?|aged|age of|turn(?:ed|s|ing)?|will be|died at|passed away at|passed at|deceased at)\s{0,2}[:=]?\s{0,2}(${OLD_AGE_WORDS})\b`, 'gi');
const IN_HIS_NINETIES = /\b(?:in\s{1,3}(?:his|her|their)\s{1,3})(?:(?:early|mid|late)[- ]?)?(?:nineties|90s|90's|100s)\b/gi;
/** The words name a decade of age over 89 by themselves. */
const OLD_AGE_NOUN = /\b(?:nonagenarian|centenarian|supercentenarian)s?\b/gi;
/** "92 yrs", "101 y": a number over 89 before a year unit can only be an age, unless it counts time ("for 90 years"). */
const OLD_NUMBER_YEARS = /(?<![\w.,/-])(9\d|1[01]\d|12[0-5])\s{0,2}(?:yrs?|years?|y)\b(?!\/|\s{0,2}(?:ago|later|before|after|from|prior|of (?:service|marriage|smoking)))/gi;
/** "RES PETRAKIS, ANASTASIA (96), ROOM 118", "RES SOLOMON AYALEW, 92, MEMORY CARE": a number over 89 right after a resident's or patient's name. */
const OLD_AGE_AFTER_NAME =
  /(?:^|[\r\n]|\b(?:RES|PT|PATIENT|RESIDENT|PAX|Res|Pt|Patient|Resident|Pax|MR|MRS|MS|Mr|Mrs|Ms)\.?[ \t:]{1,3}|(?:^|[\r\n:])[ \t]{0,3}(?:\d{1,3}[ \t]{1,2})?[-–•*][ \t]{1,2})((?:[A-Z][A-Za-z'’-]{1,20}(?:,[ \t]{0,2}|[ \t]{1,2})){2,3})\(?(9\d|1[01]\d)\)?(?=[ \t]*[,;)]|[ \t]*$|[ \t]{1,2}(?:RM|Rm|ROOM|Room|BED|Bed|CABIN|Cabin|APT|Apt)\b|[ \t]{1,2}\((?!\d{1,3}\)))/gm;
/** "PT IS 94, STILL LIVES ALONE", "WIFE DOROTHY IS 92 AND", "her husband, who is 91.": a person, then "is" and the years alone. */
const PERSON_IS_YEARS =
  /\b(?:pt|patient|she|he|who|wife|husband|mother|father|mom|dad|sister|brother|son|daughter|dtr|friend|ward|resident|client|veteran)(?:[ \t]{1,2}[A-Z][A-Za-z'’-]{1,20})?,?[ \t]{1,2}(?:is|was)[ \t]{1,2}(?:now[ \t]{1,2}|currently[ \t]{1,2})?(\d{2,3})(?=[ \t]*(?:[,;.)]|$|[\r\n])|[ \t]{1,2}(?:and|now|today|still|herself|himself)\b)/gi;
/**
 * "VARTAN IS 91 AND WORRIED": a name and 'is' before years over 89. "Age/Sex: 90/M". "AUGUST LINDQUIST   102 (BORN AUGUST
 * 1922)". "Living alone at 91 -", "hypoglycemia risk at 91)": 'at' and years over 89 closing a clause, not a reading.
 */
const NAME_IS_OLD_YEARS = /\b([A-Z][A-Za-z'’-]{2,20})(?:,[ \t]{1,2}(?:IS|is)|[ \t]{1,2}(?:IS|WAS|is|was))[ \t]{1,2}(?:NOW[ \t]{1,2}|now[ \t]{1,2})?(9\d|1[01]\d)(?=[ \t]*(?:[,;.)]|$|[\r\n])|[ \t]{1,2}(?:AND|and|NOW|now|TODAY|today|STILL|still|YEARS|years|YRS|yrs)\b)/gm;
const OLD_AGE_SEX_LABEL = /\bAge[ \t]?\/[ \t]?(?:Sex|Gender)[ \t]{0,2}:?[ \t]{0,2}(9\d|1[01]\d)[ \t]{0,2}\/[ \t]{0,2}[MFmf]\b/gi;
const OLD_YEARS_BEFORE_BIRTH = /(?<![\d.\/-])(9\d|1[01]\d)[ \t]{0,3}\((?:BORN|born|Born|b\.|DOB|dob)\b/g;
const OLD_AGE_AT_CLAUSE_END = /\b(?:at|AT)[ \t]{1,2}(9\d|1[01]\d)(?=[ \t]{0,2}(?:[,;)]|[-–][ \t]|\.(?!\d)|$|[\r\n])|[ \t]{1,2}(?:with|WITH|and|AND)[ \t]{1,2}(?:her|his|HER|HIS)\b)/gm;
/** A reading's name in the clause before 'at': "SPO2 DROPPED AT 92.", "HR PEAKED AT 95,". */
const READING_IN_THE_CLAUSE_BEFORE_AT = /\b(?:sats?|spo2|o2|saturation|hr|heart rate|pulse|rr|bp|sbp|dbp|map|glucose|bg|cbg|fsbg|sugar|temp|tmax|weight|wt|fio2|peep|score|level|count|plt|hgb|wbc|k|na|bun|cr|inr|rate|tachycardia|tachycardic|bradycardia|bradycardic|rhythm|sinus|afib|flutter|svt|nsr|paced|pacing|infusing|running|drip|gtt|pump|ml|mcg|mg|units?)\b[^.;,\r\n]{0,24}$/i;
/** A reading just before 'at': "SATS AT 91", "HR AT 95,", "SET AT 100)". */
const READING_BEFORE_AT = /\b(?:sats?|spo2|o2|saturation|satting|hr|heart rate|pulse|rate|rr|bp|sbp|dbp|map|glucose|bg|cbg|sugar|temp|t|weight|wt|set|setting|level|goal|target|volume|fio2|peep|dose|drip|infusion|iv|cap|capped|max|maximum|min|minimum|plateau|peak|sat|around|about|approximately|approx|stable|steady|running|held|maintained|kept|started|increased|decreased|titrated|up|down|down to|up to|from|to|between|reading|reads|read|score|scored|rated)[ \t:]{1,3}$/i;
/** Kin words an age over 89 follows, with or without the relative's name between. */
const KIN = 'wife|husband|husb|mother|father|mom|dad|grandmother|grandfather|grandma|grandpa|mgm|pgm|mgf|pgf|aunt|uncle|sister|brother|roommate|neighbor|neighbour';
/**
 * "caring for her mother (90)", "HUSBAND (93) AT BEDSIDE", "grandmother (96, alive)", "female veteran, 92, resides": an age
 * over 89 right after a kin word or a word for the person, in brackets or between commas.
 */
const OLD_AGE_AFTER_KIN_WORD = new RegExp(
  String.raw`\b(?:${KIN}|spouse|widow|widower|veteran|resident|patient|gentleman|lady|man|woman)(?:[ \t]{0,2}\([ \t]?(9\d|1[01]\d)(?=[ \t]?[),;])|,[ \t]{0,2}(9\d|1[01]\d)(?=[ \t]?[,;)]))`,
  'gi',
);
/** "I'm 96, what do you expect", "Dad (he's 90 now!)": a person saying or said to be over 89. */
// Only before a clause's end or an age word: "he's 92 on 2L", "she's 90 over 50" are readings.
const CONTRACTED_PERSON_IS_YEARS = /\b(?:I['’]m|I am|he['’]s|she['’]s|s?he['’]ll be|I['’]ll be)[ \t]{1,2}(9\d|1[01]\d)(?=[ \t]*(?:[,.;!?)"”]|$)|[ \t]{1,2}(?:now|years?|yrs?|yo|y\/o|and|next|this|in|today|tomorrow)\b)(?![.,]\d)/gim;
/** "GRANDMOTHER MAE ETTA CROSS, 93, IN SELMA", "WIFE INGRID (94)", "VET ORVILLE SOLBERG, 97,": a relative's or veteran's name, then the years. */
const OLD_AGE_AFTER_KIN_NAME = new RegExp(
  String.raw`\b(?:${KIN}|vet|veteran|resident|res|friend)\.?[ \t]{1,2}((?:[A-Z][A-Za-z'’-]{1,20}[ \t]{1,2}){0,3}[A-Z][A-Za-z'’-]{1,20}),?[ \t]{1,2}\(?(9\d|1[01]\d)\)?(?=[ \t]*[,;.)]|[ \t]+(?:and|in|IN|AND|who|WHO)\b)`,
  'gi',
);
/** Units and scales after a number that make it a measure, not a relative's age ("Mother: 92 pounds", "MOM 90 SECS"). */
const MEASURE_AFTER_A_NUMBER = String.raw`(?:${['mg', 'mcg', 'kg', 'g', 'lbs?', 'pounds?', 'oz', 'ounces?', 'km', 'mi', 'miles?', 'ft', 'feet', 'foot', 'yds?', 'yards?', 'm', 'meters?', 'metres?', 'inch(?:es)?', 'cm', 'mm', 'ml', 'cc', 'l', 'units?', 'mmhg', 'mmHg', 'bpm', 'beats', 'breaths', 'steps', 'wpm', 'ppm', 'sec', 'secs', 'seconds?', 'min', 'mins', 'minutes?', 'hours?', 'hrs?', 'days?', 'weeks?', 'wks?', 'months?', 'mos?', 'degrees?', 'deg', 'pct', 'percent', 'percentile', 'points?', 'pts?', 'tabs?', 'tablets?', 'pills?', 'caps?', 'doses?', 'out', 'over', 'x']
  .flatMap((word) => [word, word.toUpperCase()])
  .join('|')})\b`;
/** Kin words of a family history or a pedigree, in the three ways a note writes them. */
const PEDIGREE_KIN = [...KIN.split('|'), 'grandparent', 'granny', 'grandad', 'granddad', 'nana', 'stepmother', 'stepfather', 'cousin', 'mggm', 'mggf', 'pggm', 'pggf']
  .flatMap((word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()])
  .join('|');
/**
 * "Maternal grandmother: 94, alive", "MGM 97 BREAST CA AT 71", "PGF d. 91 (MI)", "paternal grandmother Rose, now 101": a
 * number over 89 after a kin word of a family history, perhaps past the relative's first name, a colon or a dash and a
 * word saying the relative lives or died. Not a measure ("MOTHER 90 MIN AWAY", "MOM BP 95/60").
 */
const OLD_AGE_AFTER_PEDIGREE_KIN = new RegExp(
  String.raw`\b(?:${PEDIGREE_KIN})s?\b((?:[ \t]{1,2}\(?[A-Z][A-Za-z'’-]{1,20}\)?){0,2})(?:[ \t]{0,2}[:–-][ \t]{0,2}|,?[ \t]{1,2})(?:(?:d\.|D\.|died|deceased|DIED|DECEASED|now|NOW|currently|alive|ALIVE|living|LIVING)[ \t]{0,2}(?:at[ \t]{1,2}|AT[ \t]{1,2})?)?(9\d|1[01]\d)(?![\w\/%°-]|[.,]\d|[ \t]{0,2}${MEASURE_AFTER_A_NUMBER})`,
  'g',
);
/**
 * "D. AT 91 (2011)", "d. 101 in 2019", "D. 96 (2019), BOCA RATON": the age at a death before its year; "alive at 98",
 * "ALIVE, 92,": the age of a relative who lives. Not a measure ("alive 95%").
 */
const OLD_AGE_AT_DEATH_OR_ALIVE = new RegExp(
  String.raw`(?:(?:(?<![\w.])[dD]\.|\b(?:died|DIED|Died))[ \t]{1,2}(?:at[ \t]{1,2}|AT[ \t]{1,2})?(9\d|1[01]\d)(?=[ \t]{1,2}(?:in|IN)[ \t]{1,2}(?:19|20)\d\d\b|[ \t]{0,2}\((?:19|20)\d\d\b)|\b(?:alive|ALIVE|Alive)(?:,?[ \t]{1,2}|[ \t]{0,2}[:–-][ \t]{0,2})(?:at[ \t]{1,2}|AT[ \t]{1,2})?(9\d|1[01]\d)(?![\w\/%°-]|[.,]\d|[ \t]{0,2}(?:${MEASURE_AFTER_A_NUMBER}|d\b|D\b|POST\b|post\b)|[^.;\r\n]{0,12}\b(?:dead|DEAD|Dead)\b))`,
  'g',
);
/** "(d. 2001, 90, stomach ca)": the age at death after the year of death. */
const OLD_AGE_AFTER_YEAR_OF_DEATH = /(?:(?<![\w.]|\b(?:vit|Vit|VIT|vitamin|Vitamin|VITAMIN)[ \t]?)[dD]\.|\b(?:died|DIED|deceased|DECEASED))[ \t]{0,2}(?:in[ \t]{1,2}|IN[ \t]{1,2})?(?:19|20)\d\d,?[ \t]{1,2}(?:at[ \t]{1,2}|AT[ \t]{1,2}|age[ \t]{1,2}|AGE[ \t]{1,2})?(9\d|1[01]\d)(?=[ \t]*(?:[,;.)]|$)|[ \t]{1,2}(?:of|OF|from|FROM|after|AFTER|y|Y|yo|YO|yrs?|YRS?)\b)/gm;
/** "DOB 11/02/1931 (93)", "born 3 May 1932 (92 y)": the years in brackets right after a date of birth are the age. */
const OLD_AGE_AFTER_BIRTH_DATE =
  /\b(?:DOB|D\.O\.B\.|dob|Dob|born|BORN|Born|birth date|BIRTH DATE|Birth date)[ \t]{0,2}[:#]?[ \t]{0,2}(?:\d{1,2}[\/.-]\d{1,2}[\/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}[ \t-]?[A-Za-z]{3,9}\.?[ \t-]?\d{4}|[A-Za-z]{3,9}\.?[ \t]\d{1,2},?[ \t]\d{4})[ \t]{0,2}\([ \t]?(9\d|1[01]\d)(?=[ \t]?(?:\)|y\b|Y\b|yo\b|YO\b|yrs?\b|YRS?\b|years?\b|YEARS?\b))/g;
/** "died August 14, 2023 at 94.", "mother w/ DM, d. at 94.", "HE DIED FEBRUARY 2020 AT NINETY.", "signed his will ... at ninety-three?": an age after 'at' in a sentence about a death or a life event. */
const OLD_AGE_AT_AN_EVENT = new RegExp(String.raw`(?:(?<![\w.])d\.|\b(?:died|passed away|passed|death|deceased|executed|signed|married|retired|widowed|moved)\b)[^.;\n\r]{0,40}?\bat[ \t]{1,2}(9\d|1[01]\d|${OLD_AGE_WORDS})(?=[ \t]*(?:[,;.?)]|$)|[ \t]+(?:and|in|of|after|from|with)\b)`, 'gim');
const TIME_SPAN_BEFORE = /\b(?:for|x|over|past|last|next|in|within|since|than|about|almost|nearly|after)\s{1,3}$/i;

const TEMPERATURE_CUE_BEFORE = /\b(?:t|temp(?:\s{1,2}approx)?|temperature|tmax|t\s?max|tc|tm|fever(?:\s{1,3}(?:of|to|over|above))?|febrile\s{1,3}to|spiked(?:\s{1,3}to)?|ambient|heat\s{1,2}index|outside|outdoor|indoor|room|weather|air|water)\s{0,2}[:=]?\s{0,2}$/i;
/**
 * The weather, a pool or a heater, and a form's range of readings: a temperature outside a body's range, which an age
 * over 89 with a sex letter looks like ("heat index 112 F", "POOL 92 F", "WATER HEATER SET 110F", "BETWEEN 90 AND 100 F").
 */
const SURROUNDINGS_BEFORE_A_TEMPERATURE = /(?:\b(?:heat\s{1,2}index|heat\s{0,2}\(|ambient|indoor\s{1,2}temperature|outdoor|pool|heater(?:\s{1,2}set(?:\s{1,2}(?:at|to))?)?|weather)\s{0,2}[:=]?\s{0,2}|\bbetween\s{1,2}\d{2,3}\s{0,2}(?:and|-)\s{0,2})$/i;
const VITAL_SIGN_AFTER = /^[\s,;]{0,3}(?:hr|bp|rr|p|pulse|spo2|sat|o2\s?sat|resp)\b/i;

/** "T 98F", "TEMP 99F", "98F, HR 72": a Fahrenheit reading, not a 98-year-old woman. */
function isFahrenheitTemperature(text: string, start: number, match: string): boolean {
  if (!/^\d{2,3}\s?F$/.test(match)) return false;
  const degrees = Number.parseInt(match, 10);
  // "heat index 112 F", "POOL 92 F", "TEMPERATURE BETWEEN 90 AND 100 F": the weather, water or a range of readings.
  if (degrees >= 85 && degrees <= 130 && SURROUNDINGS_BEFORE_A_TEMPERATURE.test(text.slice(Math.max(0, start - 24), start))) return true;
  if (degrees < 93 || degrees > 108) return false;
  const end = start + match.length;
  // "Tmax: 38.9 C (102 F)": the same reading in Fahrenheit after the Celsius one.
  const afterCelsius = /\d(?:\.\d{1,2})?[ \t]?°?C[ \t]{0,2}\([ \t]{0,2}$/.test(text.slice(Math.max(0, start - 16), start));
  return afterCelsius || TEMPERATURE_CUE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || VITAL_SIGN_AFTER.test(text.slice(end, end + 12));
}

/** "lived to 91", "LIVED TO BE 96", "100TH BIRTHDAY PARTY", "her 90th bday": an age reached. */
const AGE_REACHED = /\b(?:lived|LIVED|Lived)[ \t]{1,2}(?:to|TO)[ \t]{1,2}(?:be[ \t]{1,2}|age[ \t]{1,2}|BE[ \t]{1,2}|AGE[ \t]{1,2})?(\d{2,3})(?![\w.,]\d|[ \t]{0,2}(?:%|mg|kg|lb|cm|mi|miles|km|yards|ft|feet|min|minutes|hours?|days?|weeks?|months?|MG|KG|LBS?|CM|MI|MILES|KM|YARDS|FT|FEET|MIN|MINUTES|HOURS?|DAYS?|WEEKS?|MONTHS?)\b)|\b(\d{2,3})(?:st|nd|rd|th|ST|ND|RD|TH)[ \t]{1,2}(?:birthday|BIRTHDAY|Birthday|bday|BDAY)/g;

/** A first name, or a title-case word of four letters or more, vowels among them, that no list knows ("Jozef"; not "LDL", "NA"). */
function isRelativesName(word: string): boolean {
  const upper = word.toUpperCase();
  const info = wordInfo(upper);
  if (word.length < 3) return false;
  // In capitals a word no list knows is as likely a lab's shorthand ("MOTHER BILI 100").
  const titleCase = /^\p{Lu}\p{Ll}+$/u.test(word);
  return info.firstName || (titleCase && info.tier === 'unknown' && upper.length >= 4 && /[AEIOUY]/.test(upper) && !isKnownWord(upper) && !CLINICAL_ABBREVIATIONS.has(upper));
}

/** A first name, a word only the name lists know, or a word no list knows. */
function isNameWord(word: string): boolean {
  const upper = word.toUpperCase();
  const info = wordInfo(upper);
  return info.firstName || info.tier === 'name' || (info.tier === 'unknown' && !isKnownWord(upper));
}

export function findAges(text: string, options: { allAges: boolean }): Candidate[] {
  const found: Candidate[] = [];
  const add = (start: number, value: string, reason: string, confidence: number) => {
    const years = Number(value);
    if (!Number.isInteger(years) || years > 125) return;
    const over89 = years > 89;
    if (!over89 && !options.allAges) return;
    found.push(candidate(start, start + value.length, 'AGE', over89 ? 'AGE_OVER_89' : 'AGE', confidence, reason));
  };
  for (const m of matchesOf(AGE_AFTER, text)) {
    if (m.index > 0 && /[./-]/.test(text[m.index - 1])) continue;
    add(m.index, m[1], "number before 'years old'", 0.95);
  }
  for (const m of matchesOf(AGE_BEFORE, text)) add(m.index + m[0].length - m[1].length, m[1], "number after 'age'", 0.9);
  for (const m of matchesOf(AGE_SEX, text)) {
    if (isFahrenheitTemperature(text, m.index, m[0])) continue;
    add(m.index, m[1], 'age-and-sex shorthand', 0.8);
  }
  for (const m of matchesOf(SPELLED_OLD_AGE, text)) {
    found.push(candidate(m.index, m.index + m[0].length, 'AGE', 'AGE_OVER_89', 0.9, 'age over 89 in words'));
  }
  for (const m of matchesOf(SPELLED_OLD_AGE_AFTER_CUE, text)) {
    const start = m.index + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'AGE', 'AGE_OVER_89', 0.9, "age over 89 in words after 'age'"));
  }
  for (const m of /lived|birthday|bday/i.test(text) ? matchesOf(AGE_REACHED, text) : []) {
    const value = m[1] ?? m[2];
    if (Number(value) > 89) add(m.index + m[0].indexOf(value), value, 'age lived to or birthday over 89', 0.85);
  }
  for (const m of matchesOf(OLD_NUMBER_YEARS, text)) {
    if (TIME_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add(m.index, m[1], 'number over 89 before a year unit', 0.8);
  }
  for (const m of matchesOf(OLD_AGE_AFTER_NAME, text)) {
    const words = m[1].split(/[ \t,]+/).filter(Boolean);
    // At a line start the cue word itself is taken as the first word.
    while (words.length > 0 && /^(?:RES|PT|PATIENT|RESIDENT|PAX|MR|MRS|MS)$/i.test(words[0])) words.shift();
    if (words.length < 2 || words.some((w) => CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || NEVER_NAMES.has(w.toUpperCase()))) continue;
    // "HEART RATE 92,", "TEMP MAX 99,": no word of everyday clinical prose, and one word only the name lists know.
    const infos = words.map((w) => wordInfo(w.toUpperCase()));
    if (infos.some((info) => info.commonRank !== undefined && info.commonRank < 3000)) continue;
    if (!words.some((w, k) => infos[k].tier === 'name' || (infos[k].tier === 'unknown' && !isKnownWord(w.toUpperCase())))) continue;
    add(m.index + m[0].lastIndexOf(m[2]), m[2], "number over 89 after a resident's or patient's name", 0.85);
  }
  for (const m of matchesOf(OLD_AGE_AFTER_KIN_NAME, text)) {
    const words = m[1].split(/[ \t]+/);
    if (words.every((w) => CLINICAL_ABBREVIATIONS.has(w.toUpperCase()) || NEVER_NAMES.has(w.toUpperCase()))) continue;
    // "MOTHER GLUCOSE 110.": one word at least must be a name's.
    if (!words.some(isNameWord)) continue;
    add(m.index + m[0].lastIndexOf(m[2]), m[2], "number over 89 after a relative's or veteran's name", 0.85);
  }
  for (const m of matchesOf(OLD_AGE_AFTER_KIN_WORD, text)) {
    const years = m[1] ?? m[2];
    add(m.index + m[0].lastIndexOf(years), years, 'number over 89 right after a kin word or a word for a person', 0.85);
  }
  for (const m of matchesOf(OLD_AGE_AFTER_PEDIGREE_KIN, text)) {
    // The words between are a relative's first names, not a reading's ("MOTHER LDL 110", "MOTHER GLUCOSE 110").
    if (!m[1].trim().split(/[ \t()]+/).filter(Boolean).every(isRelativesName)) continue;
    add(m.index + m[0].length - m[2].length, m[2], 'number over 89 after a kin word of a family history', 0.85);
  }
  for (const m of /d\.|died|deceased/i.test(text) ? matchesOf(OLD_AGE_AFTER_YEAR_OF_DEATH, text) : []) {
    add(m.index + m[0].length - m[1].length, m[1], 'number over 89 after the year of a death', 0.85);
  }
  for (const m of /d\.|died|alive/i.test(text) ? matchesOf(OLD_AGE_AT_DEATH_OR_ALIVE, text) : []) {
    const years = m[1] ?? m[2];
    add(m.index + m[0].length - years.length, years, m[1] ? 'number over 89 at a death before its year' : 'number over 89 after alive', 0.85);
  }
  for (const m of /born|dob|d\.o\.b|birth/i.test(text) ? matchesOf(OLD_AGE_AFTER_BIRTH_DATE, text) : []) {
    add(m.index + m[0].length - m[1].length, m[1], 'number over 89 in brackets after a date of birth', 0.9);
  }
  for (const m of matchesOf(CONTRACTED_PERSON_IS_YEARS, text)) add(m.index + m[0].length - m[1].length, m[1], "years after 'I'm', 'he's' or 'she's'", 0.8);
  for (const m of matchesOf(OLD_AGE_AT_AN_EVENT, text)) {
    const start = m.index + m[0].length - m[1].length;
    if (/^\d/.test(m[1])) add(start, m[1], "number over 89 after 'at' in a sentence about a death or a life event", 0.85);
    else found.push(candidate(start, start + m[1].length, 'AGE', 'AGE_OVER_89', 0.85, "age over 89 in words after 'at' in a sentence about a death or a life event"));
  }
  for (const m of matchesOf(PERSON_IS_YEARS, text)) add(m.index + m[0].length - m[1].length, m[1], "years after a person and 'is'", 0.8);
  for (const m of / is | was /i.test(text) ? matchesOf(NAME_IS_OLD_YEARS, text) : []) {
    if (!isNameWord(m[1]) || CLINICAL_ABBREVIATIONS.has(m[1].toUpperCase())) continue;
    add(m.index + m[0].length - m[2].length, m[2], "years over 89 after a name and 'is'", 0.8);
  }
  for (const m of /age/i.test(text) ? matchesOf(OLD_AGE_SEX_LABEL, text) : []) add(m.index + m[0].indexOf(m[1], m[0].indexOf(':') + 1), m[1], 'years over 89 after an age and sex label', 0.9);
  for (const m of /born|b\.|dob/i.test(text) ? matchesOf(OLD_YEARS_BEFORE_BIRTH, text) : []) add(m.index, m[1], 'years over 89 before a birth date', 0.85);
  for (const m of matchesOf(OLD_AGE_AT_CLAUSE_END, text)) {
    if (READING_BEFORE_AT.test(text.slice(Math.max(0, m.index - 20), m.index)) || READING_IN_THE_CLAUSE_BEFORE_AT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    add(m.index + m[0].length - m[1].length, m[1], "years over 89 after 'at' closing a clause", 0.75);
  }
  for (const m of matchesOf(OLD_AGE_NOUN, text)) {
    found.push(candidate(m.index, m.index + m[0].length, 'AGE', 'AGE_OVER_89', 0.8, 'word for an age over 89'));
  }
  for (const m of matchesOf(IN_HIS_NINETIES, text)) {
    found.push(candidate(m.index, m.index + m[0].length, 'AGE', 'AGE_OVER_89', 0.85, 'decade over 89'));
  }
  return found;
}

/**
 * After a name: "WADAD, 91, LIVES W/ FAMILY", "Pearl Whitacre, 99. Full upper denture", "LEROY \"HANK\" YOUNG, 94, HFREF",
 * "ESTHER COHEN (NINETY-FOUR) WHO", and past a middle initial, a nickname or a table's column gap ("ESPINOZA, RAFAEL T
 * (NINETY-ONE)", 'WOOD, FRANCIS "FRANK"   93').
 */
const OLD_AGE_RIGHT_AFTER_A_NAME = new RegExp(
  String.raw`^["”]?\)?(?:[ \t]{1,2}[A-Z]\.?(?=[ \t(,]))?(?:[ \t]{1,2}\(?["“][A-Za-z'’ -]{1,20}["”]\)?)?(?:,[ \t]{0,2}|[ \t]{0,2}\([ \t]{0,2}|[ \t]{2,}|[ \t](?=\d{2,3}[ \t]{1,2}[-–][ \t]{1,2}\D)|[ \t]{1,2}[-–][ \t]{1,2}(?=\d{2,3}[,;][ \t]{0,2}(?![\dx#]|(?:rm|room|on|sats?|liters?|l|west|east|north|south|afebrile|stable)\b)[a-z]))(9\d|1[01]\d|${OLD_AGE_WORDS})(?![\w%/-]|\.\d)(?=[ \t]*\)|[ \t]*[,;]|\.(?:[ \t]|$)|[ \t]*$|[ \t]{2,}\S|[ \t]{1,2}[-–][ \t]{1,2}(?!\d)|[ \t]+(?:and|in|who|lives|living|y\/?o|yo)\b)`,
  'im',
);

/** Ages over 89 written right after a person's name found by the name pass. */
export function findOldAgesAfterNames(text: string, names: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const name of names) {
    if (name.category !== 'NAME' || name.subtype === 'USERNAME') continue;
    const slice = text.slice(name.end, name.end + 60);
    const m = OLD_AGE_RIGHT_AFTER_A_NAME.exec(slice);
    // The 'm' flag lets '^' match on a later line of the slice; and a number the slice's end cuts short may be longer.
    if (!m || m.index !== 0 || (m[0].length === slice.length && name.end + slice.length < text.length)) continue;
    // "Collins, Ida Mae - 96, CHF": after a dash only a patient's or relative's whole name; "Dr. Patel - 94," is a reading.
    const afterDash = /[-–][ \t]{1,2}$/.test(m[0].slice(0, m[0].length - m[1].length));
    if (afterDash && (name.subtype === 'DOCTOR' || !/[ ,]/.test(text.slice(name.start, name.end).trim()))) continue;
    const start = name.end + m[0].length - m[1].length;
    found.push(candidate(start, start + m[1].length, 'AGE', 'AGE_OVER_89', 0.85, "age over 89 right after a person's name"));
  }
  return found;
}
