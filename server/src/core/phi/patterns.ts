import { matchesOf, matchesOnLinesWith, lowerCaseOf, holdsAny, lineStartAt } from '../matches';
import { Candidate, candidate, overlapsAnyOf } from './candidate';
import { isKnownWord, wordInfo } from './lexicon';
import { isClockTime } from './locations';
import type { PhiSubtype } from './types';
import { CLINICAL_ABBREVIATIONS, US_STATE_CODE } from './vocabulary';

/*
 * Contact details and identifiers: shapes with validation. Every expression uses bounded repetition
 * only, so matching stays linear in the note length.
 */

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,6}[A-Za-z]{2,24}(?![\w-])/g;
/** "john dot smith at gmail dot com": an address spelled out so mail filters miss it. */
const SPELLED_EMAIL =
  /\b[A-Za-z0-9._%+-]{1,64}(?:[ \t]{1,2}(?:dot|\[dot\]|\(dot\))[ \t]{1,2}[A-Za-z0-9_%+-]{1,64}){0,3}[ \t]{1,2}(?:at|\[at\]|\(at\))[ \t]{1,2}[A-Za-z0-9-]{1,63}(?:[ \t]{1,2}(?:dot|\[dot\]|\(dot\))[ \t]{1,2}[A-Za-z0-9-]{1,63}){0,3}[ \t]{1,2}(?:dot|\[dot\]|\(dot\))[ \t]{1,2}(?:com|org|net|edu|gov|us|io)\b/gi;
const URL_PATTERN = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`]{2,2048}/gi;
const TOP_LEVEL_DOMAINS = 'com|org|net|edu|gov|io|info|biz|us|uk|ca|de|fr|au|health|care|me';
const BARE_DOMAIN = new RegExp(String.raw`(?<![\w@.-])(?:[A-Za-z0-9-]{1,63}\.){1,4}(?:${TOP_LEVEL_DOMAINS})(?:\/[^\s<>"'\`]{0,2048})?(?![\w-])`, 'gi');
/** What every bare domain holds; the expression above runs only on lines with it. */
const DOMAIN_ENDING = new RegExp(String.raw`\.(?:${TOP_LEVEL_DOMAINS})\b`, 'gi');
const AT_SIGN = /@/g;
const HEX_GROUPS_AT = /[0-9A-Fa-f]{1,4}::?[0-9A-Fa-f]{1,4}:/y;

/** IPv6 needs two colons close together; checking only near colons keeps the scan cheap. */
function mayHoldIpv6(text: string): boolean {
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const next = text.indexOf(':', colon + 1);
    if (next < 0) return false;
    if (next - colon > 5) continue;
    for (let from = Math.max(0, colon - 4); from < colon; from++) {
      HEX_GROUPS_AT.lastIndex = from;
      if (HEX_GROUPS_AT.test(text)) return true;
    }
  }
  return false;
}
const IPV4 = /(?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?!\w|\.\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})(?![\w:])/g;
/** North American numbers: optional +1, area code, exchange, line, optional extension. */
const NANP_PHONE = /(?<![\w+])(?:\+?1[\s.-]{0,2})?(?:\(\s{0,2}(\d{3})\s{0,2}\)|(\d{3}))[\s.\-\u2013/]{0,3}(\d{3})[\s.\-\u2013]{0,3}(\d{4})(?:\s{0,2}(?:x|ext\.?|extension)\s{0,2}\d{1,6})?(?![\w])/gi;
/**
 * Numbers dialled within the UK and Australia in two groups or with the area code in brackets: mobiles "07700 900461",
 * landlines "01282 555041", "(02) 4955 0101". Eleven or ten digits after a leading 0, grouped so: no count, dose or date
 * is written like that. Three groups are TRUNK_ZERO_PHONE's.
 */
const NATIONAL_PHONE = /(?<![\w+.\-/])(?:07\d{3}[ ]\d{6}|01\d{3}[ ]\d{6}|\(0[2-8]\)[ ]?\d{4}[ ]\d{4})(?![\w/]|[.\-]\d)/g;
/**
 * National numbers after a trunk 0 in three space-separated groups, nine to eleven digits: "0141 555 0188", "028 9555
 * 0177", "02 9555 0144", "0412 345 678" (UK, Ireland, Australia), "021 555 0148" (NZ), "072 555 0193" (South Africa),
 * "0803 555 0147" (Nigeria), "0712 555 083" (Kenya). A reading list ("BS 0730 145 1130 210") has more numbers around it.
 */
const TRUNK_ZERO_PHONE = /(?<![\w+.\-/:]|\d[ \t])0\d{1,4}[ ]\d{3,4}[ ]\d{3,4}(?![\w/]|[.\-]\d|[ \t]\d)/g;
/** International: + country code then 6 to 14 more digits in groups. */
const INTERNATIONAL_PHONE = /(?<![\w+])(?:\+|00[ .-])[1-9]\d{0,2}(?:[\s.-]{0,2}\(?\d{1,5}\)?){2,6}(?![\w])/g;
/** The word just before a number is a name only the name lists know ("DR. BERRY 555-0159", "LIAISON CARMEN 555-0122"). */
function nameWordRightBefore(before: string): boolean {
  const word = /([A-Za-z][A-Za-z'’-]{2,20})[ \t]{1,2}$/.exec(before)?.[1];
  if (!word) return false;
  const key = word.toUpperCase();
  const info = wordInfo(key);
  return (info.firstName || info.surname) && info.tier !== 'word' && !info.clinicalWord && info.commonRank === undefined && !CLINICAL_ABBREVIATIONS.has(key);
}

/** Seven-digit local numbers and pagers need a cue: "call 675-5536", "(675-5536)", "pager 43139". */
/** "x210", "ext. 4", "extension 12"; a bare "x 2" is how many times ("LR 500-1000 x 2"). */
const LOCAL_EXTENSION = /[ \t]{0,2}(?:x[ \t]?\d{2,6}|(?:ext\.?|extension)[ \t]{0,2}\d{1,6})$/i;
const LOCAL_PHONE = /(?<![\w.-])\d{3}[-. ]\d{4}(?:[ \t]{0,2}(?:x[ \t]?\d{2,6}|(?:ext\.?|extension)[ \t]{0,2}\d{1,6}))?(?![\w]|[-.]\d)/gi;
const PAGER = /\b(?:pager|beeper|bleep|pgr|page|pg|paged(?![ \t]{1,2}(?:[01]\d|2[0-3])[0-5]\d\b)|ext)\b\.?[ \t]{0,2}(?:#|no\.?|number)?[ \t]{0,2}:?[ \t]{0,2}(\d-?\d{4}|\d{2}-\d{3}|\d{4,7})(?![\w-]|[ \t]{0,2}(?:mg|mcg|g|ml|units?)\b)|[,(;/][ \t]{0,2}(?:p|pg|x|ext\.?)[ \t]{0,2}(\d{4,6})(?![\w.-])|\bat[ \t]p(\d{4,5})(?![\w.-])/gi;
/**
 * "p 4-1234" (the hospital pager idiom), "x38830", "office x 2234", "paged at 5-2211", "Vocera ext 6075",
 * "ext. 4471": short in-house numbers after their own cue. Words first, no leading lookbehind: what may
 * stand before "p", "x" and a bare "ext" is checked on the match (a lookbehind at every position tripled the scan).
 */
const IN_HOUSE_NUMBER =
  /\b(?:(?:p|pg|pgr)\.?[ \t]{0,2}#?[ \t]{0,2}(\d-\d{4}|\d{5})|x(\d{4,5}|\d-\d{4})(?!\s?(?:mg|mcg|ml|cc|units?|g|kg|l|mm|cm)\b)|(?:office|desk|phone|call|at|line|cell|work)[ \t]{1,2}x[ \t]?(\d{3,5})|paged[ \t]{1,2}(?:(?:at|to|on)[ \t]{1,2})?(\d-\d{4})|(?:vocera|spectra(?:link)?|ascom)(?:[ \t]{1,2}ext\.?)?[ \t]{0,2}[#:]?[ \t]{0,2}(\d{4,6}|\d-\d{4})|(?:ext\.?|extension)[ \t]{0,2}[#:]?[ \t]{0,2}(\d{4,6}|\d-\d{4}))(?![\w/-]|[.,]\d)/gi;
const BEFORE_SHORT_CUE = /[\s(;,/]/;
const BEFORE_BARE_EXTENSION = /(?:[,;(/:|]|\b(?:call|at|dial|phone|office|desk|line|or|page))[ \t]{0,2}$/i;
/** "(DEBRA, EXT 205)", "main line 614-555-0109, then ext 231": three digits are an extension after a list's comma or 'then' (not a knee's "EXT 120 DEG"). */
const SHORT_EXTENSION = /\b(?:ext|EXT|Ext)\.?[ \t]{0,2}(\d{3})(?![\w°-]|\.\d|[ \t]{0,2}(?:deg|DEG|degrees|DEGREES)\b)/g;
const BEFORE_SHORT_EXTENSION = /(?:[,;(][ \t]{0,2}|\bthen[ \t]{1,2})$/;
/**
 * "PAGED HOSPITALIST DR OKAFOR @ 5512", "DR OKAFOR PAGED VIA 5512 @ 0240": the number a page went to, later in the
 * sentence; four digits that read as a clock time are when it went.
 */
const PAGED_VIA = /\bpaged\b[^.;\n]{0,40}?(?:@|\bvia\b)[ \t]{0,2}(\d{4,5})(?![\w:/-]|[.,]\d)/gi;
/** "CALL BUCK ON 68030", "Call Fadumo on 8-0556": an in-house number a named person is called on. */
const CALLED_ON = /\bcall[ \t]{1,2}[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’-]{1,25}[ \t]{1,2}on[ \t]{1,2}(\d-\d{4}|\d{4,5})(?![\w\/-]|[.,]\d)/gi;
/** Digit groups of any national format ("0490 75 40 81", "(37) 788-063"); a phone only next to a phone cue. */
const GROUPED_DIGITS = /(?<![\w+.\-/])(?:\+|00)?\(?\d{1,5}\)?(?:[ .\-]\(?\d{1,8}\)?){1,5}(?![\w/]|[.\-]\d)/g;
const PHONE_CUE_BEFORE = /(?:\b(?:phone|ph|tel|telephone|cell|mobile|mob|bleep|helpline|desk|office|home|work|fax|callback|call(?:ed)? (?:me |us )?(?:on|at)|(?:phoned|rang|text|whatsapp)(?: me| us| him| her)? (?:on|at)|reach(?:ed)? (?:me |us )?(?:on|at)|answering at|messages to|registered|number(?: is)?|contact(?: me)? (?:on|at)|contact|call me)\.?[ \t]{0,3}[:#]?\s{0,3})$/i;
const PHONE_CUE_AFTER = /^[ \t]{0,2}[-(]?[ \t]{0,2}(?:office|fax|desk|mobile|cell|home|work)\b/i;
/** IBAN: country code, check digits, 11 to 30 letters and digits, optionally in groups of four. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/gi;
const TEN_DIGITS = /(?<![\w.,/-])\d{10}(?![\w,/-]|\.\d)/g;
const LOCAL_PHONE_CUE = /(?:\b(?:call(?:ed|ing)? from|call|calls|called|phone|ph|tel|telephone|cell|mobile|home|work|fax|callback|call back|cb|c\/b|vm|v\/m|voicemail|voice mail|msg|message|text|texted|txt|landline|pager|beeper|pgr|pg|p|station|line|number|no|reached|contact|updated|notified|nok|liaison|paged|page|warmline|hotline|helpline|at|@|or)\.?[ \t]{0,3}[:#,]?[ \t]{0,3}|\([ \t]{0,2}|#[ \t]{0,2}|\|[ \t]{0,2}|\([A-Za-z -]{2,20}\)[ \t]{1,2})$/i;
/**
 * "NHS 629 115 4408", "HIGHMARK PPO HMK 6620 4471 09", "Medicare card: 104 338 221", "card HHFA 5519-0284": after a health plan,
 * a card or an ID, digits in groups (eight or more of them, perhaps after a few capitals) are the member's number.
 */
const GROUPED_ID_AFTER_A_PLAN =
  /\b(?:ID|Id|id|CARD|Card|card|MEDICARE|Medicare|MEDICAID|Medicaid|NHS|PPO|HMO|EPO|AHCIP|PHIN|OHIP|HCN|H&C[ \t]NO|POLICY|Policy|policy|MEMBER|Member|member)\b[ \t]{0,2}(?:NO\.?|No\.?|#)?[ \t]{0,2}:?[ \t]{0,2}((?:[A-Z]{2,5}[ \t])?\d{2,5}(?:[ \t-]\d{2,5}){1,3})(?![\w-]|[.,]\d)/g;
/** "2023-2024", "1200 1800", "0800-0900": two groups of four digits read as years, hours or a range, not a member's number. */
const TWO_GROUPS_OF_FOUR = /^\d{4}[ \t-]\d{4}$/;
/** "250 500 750", "1000 1500 1800": rising round values; "12 15 2024": a month, a day and a year. Neither is a member's number. */
function readsAsValuesOrADate(groups: string): boolean {
  const numbers = groups.split(/[ \t-]/).map(Number);
  if (numbers.every((n, k) => n % 5 === 0 && (k === 0 || n > numbers[k - 1]))) return true;
  return numbers.length === 3 && numbers[0] >= 1 && numbers[0] <= 12 && numbers[1] >= 1 && numbers[1] <= 31 && numbers[2] >= 1900 && numbers[2] <= 2100;
}
/** "ESRD MEDICARE 5HA5 U29 AJ42": the eleven characters of a Medicare beneficiary identifier, perhaps in groups. */
const MEDICARE_BENEFICIARY_ID = /\b(?:MEDICARE|Medicare|MBI)\b[^\n;]{0,16}?\b(\d[A-Z][A-Z\d]\d[ \t-]?[A-Z][A-Z\d]\d[ \t-]?[A-Z]{2}\d{2})(?![\w-])/g;
/**
 * "ACCT ENDING 6690", "account ending in 4471-09", "card, last 4: 1234": the last digits of an account or a card; a year
 * after "ending" is when something ends ("card expired, coverage ending 2025").
 */
const ACCOUNT_ENDING = /\b(?:acct|account|card)\b[^.\n;]{0,24}?\b(?:ending(?:[ \t]{1,2}in)?|last[ \t](?:4|four)(?:[ \t]digits)?)[ \t]{0,2}[:#]?[ \t]{0,2}((?!(?:19|20)\d\d\b)\d{4}(?:-\d{2})?)(?![\d-])/gi;
/** A unit right after a number: "120-1300 mL", "250-4000 Hz", "250 500 750 MG" are amounts, not numbers to call or to quote. */
const UNIT_AFTER_NUMBER = /^[ \t]{0,2}(?:ml|cc|mg|mcg|g|kg|l|units?|mmhg|min|mins|hrs?|%|hz|khz|ms|msec|sec|cm|mm|ft|lbs?|steps|cells|copies|iu|meq|mmol)(?![a-z])/i;
const SPOKEN_PHONE_CUE = /\b(?:call(?:ed)?|phone|ph|tel|telephone|cell|mobile|home|work|callback|call back|number|reach(?:ed)?)\.?[ \t]{0,3}[:#]?[ \t]{0,3}$/i;
/** An SSN masked but for its last four digits ("xxx-xx-1234", "***-**-1234"). */
const MASKED_SSN = /(?<![\w*-])(?:[xX]{3}|\*{3})-(?:[xX]{2}|\*{2})-\d{4}(?![\w-])/g;
/** "Last 4: 4471", "SSN last four 0218", "L4 SSN: 3390": the last four digits of a social security number. */
const SSN_LAST_FOUR = /\b(?:(?:ssn|ss#|social)[ \t]{1,2})?(?:\(last[ \t]{1,2}(?:4|four)\)|last[ \t]{1,2}(?:4|four)|L4)(?:[ \t]{1,2}(?:of[ \t]{1,2})?(?:ssn|ss#|social))?[ \t]{0,2}[:#][ \t]{0,2}(\d{4})(?![\w-])|\bLAST4[ \t]{0,2}:?[ \t]{1,3}(\d{4})(?![\w.,\/:-]|[ \t]{0,2}(?:ml|mg|cc|hr|hrs|units?|mg\/dl)\b)/gi;
/** A line that names the person before their LAST4: a label of identity, or "SURNAME, FIRST K" just before. */
const PERSON_ON_THE_LINE_BEFORE = /\b(?:SSN|SS#|SOCIAL|DOB|VETERAN|Veteran|PT:|Pt:|NAME|Name|PATIENT:|Patient:|ID)\b[^\r\n]*$|,[ \t]{0,2}[A-Z][A-Za-z'’-]+(?:[ \t][A-Z]\.?)?[ \t]{1,3}$/;
/** Portal activation, access and confirmation codes: letters and digits in dash-separated groups, or one run. */
const ACCESS_CODE = /\b(?:activation|access|verification|confirmation|security|proxy|portal)\s{1,2}code\s{0,3}(?:is\s{1,3})?[:#]?\s{0,3}([A-Z0-9]{4,8}(?:-[A-Z0-9]{3,8}){0,4})(?![\w-])/gi;
const SSN = /(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])/g;
const SSN_LABEL = /\b(?:SSN|SS#|S\.S\.N\.?|social security(?: number| no\.?| #)?)\s{0,3}[:#]?\s{0,3}$/i;
/** A bare '#' is no phone label: "ACC# 0019968430" is an account number. */
const PHONE_LABEL = /\b(?:phone|ph|tel|telephone|cell|mobile|home|work|pager|beeper|pgr|call(?:ed)?|(?:call|text|reach) me(?: at| on)?|contact|number|at)\.?\s{0,3}[:#]?\s{0,3}$/i;
const FAX_LABEL = /\bfax\.?\s{0,3}(?:number|no\.?|#)?[\s,]{0,3}[:#]?\s{0,3}(?:(?:to|sent to|is)\s{1,3})?$|\bfax(?:ed)?\s{1,3}(?:sent\s{1,3})?to\s{1,3}$|(?<![\w.])F[ \t]{0,2}:[ \t]{0,3}$/i;

/** A label, then an identifier; the label decides the subtype. */
const LABELLED_ID =
  /\b(MRN|MR#|MR\s?No\.?|MR\s?(?:Number|Num\.?)|History\s+(?:No\.?|Number|#)|(?:VA\s+)?File\s?(?:No\.?|Number|#)|Cause\s+(?:No\.?|Number|#)|Report\s?(?:No\.?|Number|#)|Staff\s+ID|L4(?:\s?SSN)?(?=\s{1,3}\d{4}\b)|Medical\s+Record(?:\s+(?:Number|No\.?|#))?|Med\s?Rec\s?(?:No\.?|#)?|Unit\s+(?:No\.?|Number|#)|Hospital\s+(?:No\.?|Number|#)|Patient\s+ID|Pt\s+ID|Acct|Account|Acc(?:oun)?t\s+(?:No\.?|Number|#)|Account\s+(?:No\.?|Number|#)|Billing\s+(?:No\.?|Number|#)|Encounter\s+(?:No\.?|Number|#|ID)|Enc\.?\s?(?:#|No\.?|ID)|Visit\s+(?:No\.?|Number|#|ID)|Member\s+(?:ID|No\.?|Number|#)|Policy\s+(?:No\.?|Number|#)|Group\s+(?:No\.?|Number|#)|Subscriber\s+(?:ID|No\.?|#)|Insurance\s+(?:ID|No\.?|Number|#)|Medicare\s+(?:ID|No\.?|Number|#)|Medicaid\s+(?:ID|No\.?|Number|#)|Medicare|Medicaid|Health\s+Plan\s+(?:ID|No\.?|Number|#)|HICN|MBI|DEA(?:\s+(?:No\.?|#))?|NPI|License\s+(?:No\.?|Number|#)|Lic\.?\s?(?:No\.?|#)|Licen[cs]e(?=\s{1,3}[A-Za-z]{0,3}-?\d)|Driver'?s\s+License(?:\s+(?:No\.?|Number|#))?|DL\s?#|(?<!\/)DL(?=[ \t]{1,2}[A-Z]?\d{2})|Intake(?=\s{0,2}#)|Supplemental(?:\s+(?:ID|Plan|Insurance))?|Licen[cs]e\s+Plate|Plate\s+(?:No\.?|Number|#)|VIN|Vehicle\s+(?:ID|Identification\s+Number)|Serial\s+(?:No\.?|Number|#)|Device\s+(?:ID|Serial|No\.?|#)|UDI|Pacemaker\s+(?:Serial|ID)|Lot\s+(?:No\.?|#)|Specimen\s+(?:ID|No\.?|#)|Accession\s+(?:No\.?|Number|#)|Order\s+(?:No\.?|Number|#)|Case\s+(?:No\.?|Number|#)|Claim\s+(?:No\.?|Number|#)|Passport\s+(?:No\.?|Number|#)|Credit\s+Card(?:\s+(?:No\.?|Number|#))?|Card\s+(?:No\.?|Number|#)|Job\s?(?:No\.?|#)|Job|ACC\s?#|Acc\.?\s?No\.?|Ref(?:erence)?\s+Number|Ref(?:erence)?\s?(?:No\.?|#)?|SSN\s{0,2}\(?\s{0,2}last\s+(?:4|four)\s{0,2}\)?|Last\s+(?:4|four)\s+(?:of\s+)?SSN|Health\s+plan|Insurance|Tag|Lic\.?\s+plate|Plate|Device|Serial|Pager\s+ID|Badge\/Emp(?:loyee)?|Badge|Employee\s+(?:ID|No\.?|#)|Petition\s+(?:No\.?|Number|#)|Bar\s+(?:ID|No\.?|Number)|Grp\.?(?:\s?(?:No\.?|#))?|Checking|Savings|Brokerage|Tractor(?:\s+Unit)?(?!\s+(?:Plate|Tag))|Trailer(?!\s+(?:Plate|Tag))|Vehicle\s+Unit|Veh\.?|Rpt\.?(?:\s?(?:No\.?|#))?|CSN|FIN|Specimen|Accession|Auth(?:orization)?\s?(?:No\.?|Number|#)|(?:Prior\s+)?Auth(?:orization)?(?=\s{1,2}(?:[A-Z]{1,3}-?\d{3}|\d{3,}-\d|\d{5,}))|Confirmation\s?(?:No\.?|Number|#)|Tracking\s?(?:No\.?|Number|#)|(?:Tracking|TRK|Trk)(?=\s{0,2}[:#]?\s{0,2}(?:[A-Z0-9]{10,}|\d{4}\s\d{4}))|(?<!in-)Flight(?:\s?(?:No\.?|#))?(?=\s{0,2}[:#]?\s{0,2}(?!(?:BP|BY|AT|ON|TO|IN|OF|HR|RR|SP|O2|BG|ST|RN|ED|PT|IV|MD|NP|PA|OR|ER|GI|IO|UO|TV|VT|SB|SR|AF|GCS|RT|EMS|CCT)\b)[A-Z][A-Z0-9]\s?\d{2,4}\b)|Work\s+Order(?:\s?(?:No\.?|Number|#))?|(?:TIN|EIN)(?=\s{0,2}[:#]?\s{0,2}\d{2}-\d{7}\b)|RMA(?=\s{0,2}[:#]?\s{0,2}(?:[A-Z]{2,3}-\d{4}|\d{5,}))|Invoice\s?(?:No\.?|Number|#)|Ticket\s?(?:No\.?|Number|#)|Patient\s?#|Patient\s+(?:Number|No\.?)|Provider\s+(?:No\.?|Number|#|ID)|Docket(?:\s+(?:No\.?|Number|#))?|PCR(?:\s?#)?|INC\s?#|Incident(?:\s+(?:No\.?|Number|#))?|Run\s+(?:No\.?|Number|#)|Claim(?=\s{1,2}\d)|Chart\s?(?:No\.?|Number|#)|Record\s?(?:No\.?|Number|#)|Registration\s?(?:No\.?|Number|#)|Sub(?:scriber)?\s?ID|Rx\s?#|Rx(?=\s{0,2}:?\s{0,2}\d)|Prescription\s+(?:No\.?|Number|#)|S\/N|SN(?!\d)|Lot\s?#|Lot|Passport|Policy|Group|ID\s?(?:No\.?|Number|#)|ID(?=\s{0,2}[:#])|ID(?=\s{1,2}\d))(?:(?<=[#:.])|(?![A-Za-z]))\s{0,3}[:#=]?\s{0,3}(?:is\s{1,3})?((?!(?:no|nr|num|number)\b|x\s?\d\b|[012]\d[0-5]\d-[012]\d[0-5]\d\b)(?:[A-Za-z]{1,4} (?=\d{3}|\d{2}-\d{3}))?[A-Za-z0-9][A-Za-z0-9-]{1,39}(?: \d{3,}(?![\w-]))?)(?![A-Za-z0-9])/gi;
/**
 * Health numbers of the UK, Ireland, Canada, Australia and New Zealand after their labels, written in groups: "NHS No
 * 485 777 3456", "OHIP 4821-667-093-KT", "RAMQ GAGM 8861 2214", "NHI ZAB1234", "PHN 9876 543 210".
 */
const HEALTH_NUMBER = /\b(?:NHS\s+(?:No\.?|Number|#)|CHI\b(?:\s+(?:No\.?|Number|#))?|H&C\s+(?:No\.?|Number|#)|PHN|OHIP|NHI|RAMQ|IHI|Health\s+Card(?:\s+(?:No\.?|Number|#))?)\s{0,3}[:#]?\s{0,3}((?:[A-Z]{1,4}[ -]?)?\d[\d -]{2,16}\d(?:-?[A-Z]{1,2})?)(?![\w-])/g;
const HEALTH_NUMBER_LABELS = ['nhs', 'chi', 'h&c', 'phn', 'ohip', 'nhi', 'ramq', 'ihi', 'health card'];
const SLASHED_OR_BOOKED_LABELS = ['uhid', 'ip', 'opd', 'hosp', 'reg', 'booking', 'inmate', 'doc', 'subject', 'participant', 'nrcme', 'cdl', 'dod'];
/**
 * Record, admission, booking and registration numbers after their labels, slashes and all: "UHID: ANH/OPD/2025/118420",
 * "IPD NO: IPD/24/9981", "Hosp. No: STMH/25/003381", "BOOKING # B25-0211-0448", "Inmate # RCJ-2025-01877",
 * "SUBJECT: 2211-018-004", "CDL # K240-55-1877", "DMC Reg. No. DMC/R/14473".
 */
const SLASHED_OR_BOOKED_ID = /\b(UHID|IPD?\s?(?:No\.?|#)|OPD\s?(?:No\.?|#)|Hosp(?:ital)?\.?\s?(?:No\.?|#)|Reg(?:istration)?\.?\s?(?:No\.?|#)|Booking(?:\s?(?:No\.?|#))?|Inmate\s?(?:No\.?|#)|DOC\s?(?:No\.?|#)|Subject\s?(?:ID|No\.?|#)|SUBJECT|Participant\s?ID|NRCME\s?(?:No\.?|#)|CDL\s?(?:No\.?|#)|DoD\s?ID)\s{0,3}[:#.]?\s{0,3}([A-Za-z0-9][A-Za-z0-9/-]{2,30}[A-Za-z0-9])(?![\w/])/gi;
const DOSE_UNIT_AFTER = /^\s{0,2}(?:mg|mcg|ml|units?|g|tabs?|caps?|puffs?|drops?)\b/i;
/** Labels that are everyday words of notes too ("checking", "rpt", "tractor"). */
const WORD_LABEL = /^(?:grp\.?|checking|savings|brokerage|tractor|tractor\s+unit|trailer|vehicle\s+unit|veh\.?|rpt\.?)/i;
const GENERIC_LABEL = /^(?:group|lot|policy|insurance|tag|device|serial|job|plate|passport|specimen|accession|order|case|claim|card|badge|ref(?:erence)?|visit|encounter|plate|health plan|pager id|medicare|medicaid|licen[cs]e|rx|docket)$/i;
/** "#5064-176", "(9013-401)", "referral # 88-14472": digit groups in brackets or after '#' that are not phone-shaped. */
const HASH_OR_BRACKET_ID = /(?:#[ \t]{0,2}|\()(\d{2,5}-\d{2,6}(?:-\d{1,4})?|\d{5,12})(?=\)|(?![\w-]))/g;

/** "(137X8927)", "(M418-507-75)": a record code in brackets right after a name, digits mixed with letters or dashes. */
const BRACKETED_CODE = /\(([A-Z]{0,3}\d[\dA-Z]{0,11}(?:-[\dA-Z]{1,6}){0,3})\)/g;
/** "Interpreter: Zbigniew (ID 275F)", "(Haitian Creole, in person, ID 4471)": an interpreter's or badge identifier after "ID", closing brackets. */
const INTERPRETER_ID = /(?:\(|,[ \t]{1,2})ID[ \t#:]{1,3}([A-Z0-9]{3,10})\)/g;
/** "MA REG RR-8194": a registration plate after a state code. */
const STATE_REGISTRATION = /\b[A-Z]{2}[ \t]REG(?:ISTRATION)?[ \t#:]{1,3}((?=[A-Z0-9-]{0,8}\d)[A-Z0-9]{1,4}-?[A-Z0-9]{2,5})(?![\w-])/g;
/** Long digit runs or letter+digit codes outside any label (record numbers pasted into text). */
// A comma may follow ("N'DIAYE 012476346, SPEC ..."); a digit after it makes a grouped number instead.
const BARE_NUMBER = /(?<![\w.,/:-])\d{6,20}(?![\w/:-]|[.,]\d)/g;
const LETTER_DIGIT_CODE = /\b[A-Z][A-Z0-9]{0,3}-?\d{5,14}[A-Z]{0,2}\b(?!-)/g;
/**
 * "VEHICLE HDA-5458", "UNOS ID JKS060", "MACHINE 116HUD6657", "MRN AT SENDING 323L1147", "ID BY D858-317-854": a code of
 * letters, digits and dashes with at least three digits, a few words after a word that names an identifier.
 */
const CODE_AFTER_ID_WORD = /\b(?:ID|MBI|MRN|VEHICLE|MACHINE|SERIAL|LIC|LICENSE|LICENCE|PLATE|DEVICE|BADGE|DONOR|REQ|REQUISITION|FILE|SAMPLE|KEY|INDEX|AWB|AIRWAYBILL|AIRBILL|WAYBILL|CONF(?=[ \t]{0,2}(?:#|NO\b))|IDS|BIB|CIB|STUDY[ \t]CODE)\b(?:[ \t]{1,2}(?:AT|BY|FROM|OF|SENDING|NO\.?|NUMBER|NUM|CODE|ID|#|:|\([A-Z]{2,8}\))){0,3}[ \t]{0,2}[:#]?[ \t]{1,2}((?=[A-Z0-9-]{5,20}\b)(?=(?:[A-Z-]*\d){3})[A-Z0-9]{1,12}(?:-[A-Z0-9]{1,8}){0,3})(?![\w-])/gi;
/** Pathology and lab accession numbers: letters, a two-digit year, a serial ("S19-12345", "SP-19-004512"). */
const ACCESSION = /\b[A-Z]{1,3}-?\d{2}-\d{3,7}\b(?!-)/g;
/**
 * "IC-WC-250117", "22-GP-00418", "MR25-0220-4471", "EPD-COC-55102", "88120-PPH", "24-360-01197", "20250517-1130-88": a code of
 * dash-joined groups of capitals and digits. Claim, case, court, accession and encounter numbers take these shapes; dates,
 * phones, SSNs, ranges and gene or drug names do not, so a group of five digits or more, or six digits over three groups
 * with a letter group among them, is asked for (see isDashedCode).
 */
const DASHED_CODE = /(?<![\w./-])[A-Z0-9]{1,10}(?:-[A-Z0-9]{1,10}){1,4}(?![\w/-]|\.\d)/g;
/** Digits, a letter or three, more digits ("41X3538758"): encounter and claim numbers. */
const DIGITS_LETTERS_DIGITS = /(?<![\w.-])\d{1,4}[A-Z]{1,3}\d{5,12}(?![\w-])/g;
/** Three groups of two or three digits ("462-121-031", "87-85-15"); a valid date of that shape outranks it. */
const THREE_DIGIT_GROUPS = /(?<![\w./:-])\d{2,3}-\d{2,3}-\d{2,3}(?![\w/]|[-.:]\d)/g;
/** Medicare Beneficiary Identifier: 11 characters in a fixed letter/digit pattern, dashes optional. */
const MBI = /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b/g;
/** Vehicle identification number: 17 characters without I, O, Q, mixing letters and digits. */
// The digit-and-letter mix is checked on the match: two lookaheads first were tried at every word of the note.
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
/** Digits then a letter suffix, as old Medicare (HICN) and many member numbers are written. */
const DIGITS_THEN_LETTERS = /(?<![\w.-])\d{6,12}[A-Z]{1,2}\d?(?![\w-])/g;
/** GS1 device identifier in a UDI: "(01)00884838035469". */
const UDI = /\(01\)\d{14}(?:\(\d{2}\)[A-Z0-9]{1,20}){0,4}/g;
const CREDIT_CARD = /(?<![\w-])(?:\d{4}[ -]){3}\d{1,7}(?![\w-])|(?<![\w-])\d{4}[ -]\d{6}[ -]\d{5}(?![\w-])|(?<![\w.,-])\d{15,16}(?![\w.,-])/g;

/**
 * "Flights: LA2465 to Lima; return AV 87 via Bogotá", "18 Feb  EK 231  Dubai → Dulles", "DEPART HOUSTON 05/28 ON SV 38 TO
 * JEDDAH": an airline's two-character code and a flight's number on a line of flights, before a route, or after "on" and
 * before "to".
 */
const FLIGHT_NUMBER = /(?<![\w\/.-])(?:[A-Z]{2}[ ]?\d{1,4}|[A-Z]\d[ ]?\d{2,4}|\d[A-Z][ ]?\d{2,4})(?![\w\/-]|\.\d)/g;
/** A line about flying: a flight, a departure, a seat, boarding or an itinerary. */
const FLYING_ON_THE_LINE = /\b(?:flights?|FLIGHTS?|Flights?|FLT|depart(?:s|ed|ing|ure)?|DEPART(?:S|ED|ING|URE)?|Depart(?:s|ed|ing|ure)?|seat[ \t]\d{1,2}[A-K]|SEAT[ \t]\d{1,2}[A-K]|Seat[ \t]\d{1,2}[A-K]|boarding|BOARDING|itinerary|ITINERARY|Itinerary)\b/;
const ROUTE_AFTER = /^[ \t]{1,3}[A-Z][\p{L}'’.-]{2,20}(?:[ \t][A-Z][\p{L}'’.-]{2,20})?(?:[ \t]{0,2}-?>[ \t]{0,2}|[ \t]{1,2}-[ \t]{1,2})[A-Z]/u;
const UNIT_AFTER = /^[ \t]{1,3}(?:DAYS?|Days?|HRS?|Hrs?|HOURS?|Hours?|MINS?|Mins?|WKS?|WEEKS?|Weeks?|LPM|MG|KG|X)\b/;
/** Little words and readings that stand before a number with an arrow after it ("IN 30 DAYS ->", "O2 15 LPM"): never an airline. */
const NOT_AIRLINE_WORDS = new Set('IN OF ON AT TO BY IS IT AS AN OR UP NO SO DO GO IF BE ME WE HE US O2 HR RR BP SP'.split(' '));
const ON_BEFORE = /\b(?:ON|on)[ \t]{1,2}$/;
const TO_AFTER = /^[ \t]{1,2}(?:TO|to)[ \t]{1,2}[A-Z]/;
/**
 * "SUBMITTED VIA COVERMYMEDS, KEY BKLT9X4M": a prior-authorisation request's key, capitals and digits; "MR 22-0617": a record
 * number after MR in its dashed shape (a valve's regurgitation is graded, not numbered so).
 */
const KEY_OR_RECORD_CODE = /\b(?:KEY|Key)[ \t]{0,2}:?[ \t]{1,2}((?=[A-Z0-9]{7,9}(?![\w-]))(?=[A-Z]*\d)(?=\d*[A-Z]\d*[A-Z])[A-Z0-9]{7,9})(?![\w-])|\bMR[ \t]{1,2}(\d{2}-\d{4,6})(?![\w-])/g;
/** "KY PLATE 841 RVX", "VAN PLATE IA DVF 229", "(PLATE 418 WRT)": a vehicle's plate written in groups, a digit among them. */
const PLATE_OF_GROUPS = new RegExp(String.raw`(?:\b(?:${US_STATE_CODE}|LICEN[CS]E|Licen[cs]e|license|LIC|VAN|Van|van|CAR|Car|car|TRUCK|Truck|truck|VEHICLE|Vehicle|vehicle|BIKE|Bike|bike|UTV|MOTORCYCLE|Motorcycle|motorcycle|TRAILER|Trailer|SUV)[ \t]{1,2}|\([ \t]?)(?:PLATE|Plate|plate)\b[ \t]{0,2}(?:#|NO\.?|No\.?|:)?[ \t]{0,2}((?=[A-Z0-9 -]{5,12}(?![\w-]))(?=[A-Z -]*\d)[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,2})(?![\w-])`, 'g');
/** A ship's hull number in brackets after its name: "USS CORAL BANKS (CV-71)", "USS HALSEY (DDG 97)", "USNS Mercy (T-AH-19)". */
const HULL_NUMBER = /(?<=\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS)[ \t]{1,2}(?:[A-Z][A-Za-z.'’-]{1,20}[ \t]{1,2}){0,3}[A-Z][A-Za-z.'’-]{1,20}[ \t]{0,2}\()[A-Z]{1,4}(?:-[A-Z]{1,3})?[- ]\d{1,4}(?=\))/g;
/** An aircraft's tail number after its label: "TAIL 07-7184", "tail 08-3174", "TAIL # N718LF". */
const TAIL_NUMBER = /\b(?:TAIL|Tail|tail)[ \t]{0,2}(?:#|NO\.?|No\.?)?[ \t]{0,2}:?[ \t]{0,2}(\d{2}-\d{4,5}|N\d{2,5}[A-Z]{0,2})(?![\w\/-])/g;
/**
 * A telemetry box, a camera or another monitor by its number: "TELE BOX TX-2231", "TELE BOX 31-0087", "BOX T4471", "CAM #AV-22".
 * The number has two digits at least and a letter, a dash or four digits: "BOX 2 CHECKED" is a form's box.
 */
const MONITOR_NUMBER = /(?<!\b(?:PO|P\.O\.|po|p\.o\.|Po)[ \t]?)\b(?:(TELE(?:METRY)?[ \t]{1,2}(?:BOX|PACK|MONITOR)|Tele(?:metry)?[ \t]{1,2}(?:box|pack|monitor))|BOX|Box|CAM|Cam|CAMERA|Camera)[ \t]{0,2}(?:#|NO\.?)?[ \t]{0,2}:?[ \t]{0,2}((?=(?:[A-Z-]*\d){2})(?=[A-Z0-9]*[A-Z-]|\d{4})[A-Z0-9]{1,5}(?:-[A-Z0-9]{1,5}){0,2})(?![\w\/-]|\.\d)/g;
/**
 * Not a device's number: a range ("BOX 1-14", "CAM 2-3"), a size ("3X4"), hours ("24HR"), a row of pill boxes ("A1-A7"). After
 * a bare BOX or CAM the number opens with a letter ("T4471", "AV-22"): "BOX 12A" is a form's box, "CAM 14C" a camera's place.
 */
const NOT_A_DEVICE_NUMBER = /^(?:\d{1,3}-\d{1,3}|\d+X\d+|\d+HRS?|[A-Z]\d{1,2}-[A-Z]\d{1,2})$/;
/** An officer named before a unit's, a bus's or a truck's code makes it a police or transport vehicle. */
const LAW_OFFICER_BEFORE = /\b(?:OFFICER|Officer|officer|OFC|Ofc|PTL|Ptl|DEP|Dep|DEPUTY|Deputy|deputy|SGT|Sgt|TROOPER|Trooper|BADGE|Badge|badge|POLICE|Police|police|SHERIFF|Sheriff|sheriff|DET|Det|DETECTIVE|Detective|detective)\b/;
/** Kinds and models of vehicles, and wards, before a dash: "SUV-1", "MVC-2", "F-150", "RAM-2500", "BH-2". */
const NOT_A_VEHICLE_CODE = /^(?:SUV|MVC|MVA|ATV|UTV|RV|F|RAM|GMC|BH|MS|MED|SURG|TELE|PEDS|OB|ONC|ICU|CCU|PCU|MICU|SICU|NICU|PICU|ED|ER|OR|RT)-/;
/**
 * A police, prison or transport vehicle by its code after its label: "UNIT MPD-22", "transport vehicle CCSO-T7", "VAN #SH-14",
 * "VEHICLE: BHT-09". The code opens with letters and a dash: "UNIT 4B" is a ward and "VAN 2" a count.
 */
const VEHICLE_CODE = /\b(?:UNIT|Unit|unit|VAN|Van|van|VEHICLE|Vehicle|vehicle|BUS|Bus|bus|TRUCK|Truck|truck|BOAT|Boat|boat|CRUISER|Cruiser|cruiser)[ \t]{0,2}(?:#|NO\.?)?[ \t]{0,2}:?[ \t]{0,2}([A-Z]{1,5}-[A-Z]?\d{1,4}[A-Z]?)(?![\w\/-]|\.\d)/g;
/**
 * Numbers after labels the record-number labels lack: a trial's subject and site ("subj 0417-0009", "SITE 0417", "Site: 3302"),
 * the last digits of an account ("CHECKING ...4471", "checking ending 0938"),
 * a meeting's access code ("access code 228 417 09"), a guarantee letter's reference ("KHO/GL/2024/1187"), a licence
 * number with a dot or after a state ("Lic # RPH.0412877", "MD lic. 04517", "CDL: INDIANA 1207-44-8816") and a race bib.
 */
const NUMBER_AFTER_MORE_LABELS = new RegExp(
  [
    String.raw`\b(?:subj|SUBJ|Subj|subject|SUBJECT|Subject)(?:[ \t]{0,2}(?:#|no\.?|NO\.?|ID|id))?[ \t]{0,2}[:#]?[ \t]{0,2}(?<subject>\d{3,5}-\d{3,5}|[A-Z]{2,4}-\d{3,5})(?![\w/-])`,
    String.raw`\b(?:SITE|Site)(?:[ \t]{0,2}(?:#|NO\.?|No\.?))?[ \t]{0,2}[:#]?[ \t]{0,2}(?<site>\d{3,5})(?![\w/-]|\.\d|[ \t]{0,2}(?:%|cm|mm|CM|MM)\b)`,
    String.raw`\b(?:checking|CHECKING|Checking|savings|SAVINGS|Savings|account|ACCOUNT|Account|acct|ACCT|Acct|card|CARD|Card)[ \t]{0,2}(?:ending(?:[ \t]in)?|ENDING(?:[ \t]IN)?|\.{2,4}|[xX*]{2,8}|#)[ \t]{0,2}(?<account>\d{4})(?![\w/-])`,
    String.raw`\b(?:access[ \t]code|ACCESS[ \t]CODE|Access[ \t]code|passcode|PASSCODE|Passcode|meeting[ \t]ID|MEETING[ \t]ID|Meeting[ \t]ID)[ \t]{0,2}[:#]?[ \t]{0,2}(?<access>\d{3,4}(?:[ -]\d{2,4}){1,3}|\d{6,11})(?![\w/-])`,
    String.raw`\b(?:guarantee[ \t]letter|GUARANTEE[ \t]LETTER|Guarantee[ \t]letter|ref|REF|Ref)(?:[ \t]{0,2}(?:no\.?|NO\.?|No\.?|#))?[ \t]{0,2}[:#]?[ \t]{0,2}(?<letter>[A-Z]{2,6}(?=[A-Z0-9/]*\d)(?:\/[A-Z0-9]{1,6}){2,4})(?![\w/-])`,
    String.raw`\b(?:lic|LIC|Lic|license|LICENSE|License|licence|LICENCE|Licence)\.?[ \t]{0,2}(?:#|no\.?|NO\.?)?[ \t]{0,2}:?[ \t]{0,2}(?<licence>[A-Z]{2,4}\.\d{5,8}|\d{4,9})(?![\w/-]|\.\d)`,
    String.raw`\b(?:CDL|cdl|DL|dl)[ \t]{0,2}:?[ \t]{0,2}(?:[A-Z][A-Za-z]{3,13}[ \t]{1,2})?(?<cdl>\d{3,4}-\d{2,3}-\d{3,4})(?![\w/-])`,
    String.raw`\b(?:BIB|Bib|bib)[ \t]{0,2}#?[ \t]{0,2}(?<bib>\d{3,6})(?![\w/-]|\.\d)`,
    // An identity band's number after '#' or 'no.' ("BAND # NB-4114-A", "WRISTBAND #4418-2", "ID BAND NO. NB-4114-A"), or two
    // groups of four digits ("BAND 2214-0019"); no band count, frequency band or lap band's model.
    String.raw`\b(?:WRIST|ARM|Wrist|Arm|wrist|arm)?(?:(?:BANDS?|[Bb]ands?)[ \t]{0,2}(?:#|NO\.?|[Nn]o\.?)[ \t]{0,2}|(?:BAND|[Bb]and)[ \t]{1,2}(?=\d{4}-\d{4}(?![\w/-]|\.\d|[ \t]{0,2}(?:HZ|Hz|hz)\b)))(?<band>(?:[A-Z]{1,3}-?)?\d{3,6}(?:-[A-Z\d]{1,4})?)(?![\w/-]|\.\d)`,
    // A ticket's number has a digit and five characters at least, and is no year and month ("TICKET 12-2023").
    String.raw`\b(?:TICKET|[Tt]icket)[ \t]{0,2}:?[ \t]{0,2}(?!(?:19|20)\d\d-\d\d?(?![\w-])|\d\d?-(?:19|20)\d\d(?![\w-]))(?<ticket>(?=[A-Z\d-]{5})(?=[A-Z-]{0,12}\d)[A-Z\d]{2,12}(?:-[A-Z\d]{2,10}){0,3})(?![\w/-]|\.\d)`,
    // A claim's control number ("CLAIM/CTRL # 24081004417900"), not a laboratory's control level.
    String.raw`\b(?:CTRL|[Cc]trl|(?:CLAIM|[Cc]laim)[ \t\/]{1,2}(?:CONTROL|[Cc]ontrol))[ \t]?(?:#|NO\.?|[Nn]o\.?|NUMBER|[Nn]umber)[ \t]{0,2}:?[ \t]{0,2}(?<control>[A-Z]{0,4}\d{5,20})(?![\w/-]|\.\d)`,
    String.raw`\b(?:FACILITY|Facility)[ \t](?:ID|#|NO\.?|No\.?)[ \t]{0,2}:?[ \t]{0,2}(?<facility>[A-Z]{0,3}-?\d{3,8})(?![\w/-]|\.\d)`,
    String.raw`\b(?:EMP|Emp)[ \t]{0,2}[#:]?[ \t]{0,2}(?<employee>[A-Z]{2,4}-\d{3,6})(?![\w/-]|\.\d)`,
  ].join('|'),
  'g',
);
/** What a site before a number belongs to on the body: a line, an injection, a wound, a drain. */
const BODY_SITE_BEFORE = /\b(?:IV|PIV|PICC|IO|INJECTION|INSERTION|WOUND|SURGICAL|INCISION|DRAIN|LINE|CATHETER|PUNCTURE|BIOPSY|TUBE)[ \t]{1,2}$/i;
const SUBTYPE_OF_LABELLED_NUMBER: Record<string, PhiSubtype> = {
  subject: 'ID', site: 'ID', account: 'ACCOUNT', access: 'ID', letter: 'ID', licence: 'LICENSE', cdl: 'LICENSE', bib: 'ID',
  band: 'ID', ticket: 'ID', control: 'ID', facility: 'ID', employee: 'ID',
};
/** "GATE CODE 4471#", "green gate (code 8826*)", "KEY IN LOCKBOX ON PORCH POST, CODE 3-9-1-1": the code that opens a home. */
const ENTRY_CODE = /\b(?:CODE|Code|code)[ \t]{0,2}(?:IS|is|#|:|=)?[ \t]{0,2}(\*?\d{3,6}|\d(?:-\d){3,5})(?=[#*]?(?:[ \t.,;:)]|$))/gm;
const ENTRY_WORD = String.raw`(?:gate|gates|door|lockbox|lock[ \t]box|keypad|key[ \t]pad|buzzer|intercom|garage|key[ \t]safe)`;
/** The word for what a code opens, earlier in the sentence; not "DOOR TO NEEDLE", a stroke team's timing. */
const ENTRY_BEFORE_CODE = new RegExp(String.raw`\b${ENTRY_WORD}\b(?![ \t]{1,2}to[ \t]{1,2}(?:needle|balloon|doc|provider|ekg|ct))[^\r\n.]{0,40}$`, 'i');
const ENTRY_WORD_IN_TEXT = new RegExp(ENTRY_WORD, 'i');
/** A hospital's or a billing code, not a gate's: "STROKE CODE 1432", "CPT CODE 99214". */
const NOT_AN_ENTRY_CODE_BEFORE = /\b(?:STROKE|STEMI|TRAUMA|SEPSIS|CPT|BILLING|ICD|DX|DIAGNOSIS|PROCEDURE|CHARGE|ZIP|AREA|ACCESS|PROMO|DISCOUNT)[ \t]{1,2}$/i;
/**
 * Licence numbers the general rules read as decimals or leave without a label: "Illinois lic. 036.119872", "OHIO LICENSE #
 * 35.118204", a psychologist's "PSY 27710", a lawyer's "(NC BAR 48120)".
 */
const LICENCE_NUMBER_OF_A_KIND = new RegExp(String.raw`\b(?:lic\.?|Lic\.?|LIC\.?|licen[cs]e|Licen[cs]e|LICEN[CS]E)[ \t]{0,2}(?:#|no\.?|No\.?|NO\.?|number)?[ \t]{0,2}:?[ \t]{0,2}(\d{2,3}\.\d{5,7})(?![\w\/-]|\.\d)|\b(?:PSY|Psy)[ -]?(\d{4,6})(?![\w\/-]|\.\d)|(?:\b(?:${US_STATE_CODE})|\b(?:STATE|State))[ \t](?:BAR|Bar)[ \t]{0,2}(?:#|NO\.?|No\.?)?[ \t]{0,2}:?[ \t]{0,2}(\d{4,7})(?![\w\/-]|\.\d)`, 'g');
/** "C 27 441 903", "A 219 604 338": a VA claim or an alien registration number, a letter and three groups of digits. */
const LETTER_AND_DIGIT_GROUPS = /(?<![\w.\/-])[A-Z][- ]?\d{2,3}[ -]\d{3}[ -]\d{3}(?![\w\/-]|[.,]\d)/g;
const CLAIM_OR_ALIEN_LABEL_BEFORE = /(?:#|\b(?:NO|No|no)\.?|\b(?:CLAIM|Claim|claim|FILE|File|file|ALIEN|Alien|USCIS|A-NUMBER|A-Number|VA|VBA|CDL|DL|LICENSE|License|LIC|Lic))[ \t]{0,2}:?[ \t]{0,2}$/;
/** A line of flights opens with its label ("IN FLIGHT:" starts a phase of a transport). */
const FLIGHTS_LABEL = /^[ \t]*(?:flights?|Flights?|FLIGHTS?)[ \t]{0,2}:/;
/** Two capitals before a number that are a reading, a score or a place in the body: an airline's only before a route. */
const NOT_AIRLINE_CODES = new Set('BP HR RR SP PR QT PO IV IM SQ GC ST CT MR US EF LV RV PA OR ER ED RN MD NP DR PT OT ID UA BS BM WT HT AP VS TV VT IO UO NG OG GT CR NA CL CO HB PH RA LA LE RE RL LL RU LU OD OS OU RM HH'.split(' '));

export function findContactsAndIds(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOnLinesWith(text, AT_SIGN, EMAIL)) {
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', 'EMAIL', 0.98, 'e-mail address shape'));
  }
  for (const match of /\bdot\b|\[dot\]|\(dot\)/i.test(text) ? matchesOf(SPELLED_EMAIL, text) : []) {
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', 'EMAIL', 0.95, 'e-mail address spelled out'));
  }
  for (const match of matchesOf(URL_PATTERN, text)) {
    const end = match.index + trimTrailingPunctuation(match[0]).length;
    found.push(candidate(match.index, end, 'CONTACT', 'URL', 0.95, 'web address'));
  }
  for (const match of matchesOnLinesWith(text, DOMAIN_ENDING, BARE_DOMAIN)) {
    if (isInsideEmail(text, match.index)) continue;
    const end = match.index + trimTrailingPunctuation(match[0]).length;
    found.push(candidate(match.index, end, 'CONTACT', 'URL', 0.8, 'domain name'));
  }
  for (const match of matchesOf(IPV4, text)) {
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', 'IP_ADDRESS', 0.9, 'IPv4 address'));
  }
  for (const match of mayHoldIpv6(text) ? matchesOf(IPV6, text) : []) {
    if (!looksLikeIpv6(match[0])) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', 'IP_ADDRESS', 0.9, 'IPv6 address'));
  }
  findPhones(text, found);
  findSsns(text, found);
  findLabelledIds(text, found);
  for (const match of matchesOf(GROUPED_ID_AFTER_A_PLAN, text)) {
    // "ID TEAM 1300-1400": a word before the groups is no plan's prefix.
    const prefix = /^([A-Z]{2,5})[ \t]/.exec(match[1])?.[1];
    if (prefix && isKnownWord(prefix)) continue;
    if (match[1].replace(/\D/g, '').length < 8 || (!prefix && (TWO_GROUPS_OF_FOUR.test(match[1]) || readsAsValuesOrADate(match[1])))) continue;
    // "ID 250 500 750 MG": doses after infectious diseases' initials.
    if (UNIT_AFTER_NUMBER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    found.push(endingGroup(match, 'HEALTH_PLAN', 0.85, "a plan's or a card's number in groups"));
  }
  for (const match of /medicare|mbi/i.test(text) ? matchesOf(MEDICARE_BENEFICIARY_ID, text) : []) found.push(endingGroup(match, 'HEALTH_PLAN', 0.9, 'Medicare beneficiary identifier'));
  for (const match of /ending|last/i.test(text) ? matchesOf(ACCOUNT_ENDING, text) : []) found.push(endingGroup(match, 'ACCOUNT', 0.9, "an account's or a card's last digits"));
  for (const match of matchesOf(ACCESS_CODE, text)) {
    const code = match[1];
    // A code mixes letters and digits or runs long; "access code blue" is a word.
    if (!/\d/.test(code) && code.replace(/-/g, '').length < 8) continue;
    const start = match.index + match[0].length - code.length;
    found.push(candidate(start, start + code.length, 'ID', 'ID', 0.9, 'access or confirmation code after its label'));
  }
  for (const match of matchesOf(CREDIT_CARD, text)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    const valid = luhnValid(digits);
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ACCOUNT', valid ? 0.93 : 0.7, valid ? 'card number (check digit valid)' : 'card-number shape'));
  }
  for (const match of matchesOf(HASH_OR_BRACKET_ID, text)) {
    // A local phone shape, or a span of years ("(2019-2020)").
    if (/^\d{3}-\d{4}$|^(?:19|20)\d\d-(?:(?:19|20)?\d\d)$/.test(match[1])) continue;
    if (isRangeOfValues(match[1])) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'ID', 0.75, "number after '#' or in brackets"));
  }
  for (const match of text.includes('(') ? matchesOf(BRACKETED_CODE, text) : []) {
    const code = match[1];
    // Five or more digits among letters and dashes; never a year range ("2019-2020") or a date.
    if ((code.match(/\d/g)?.length ?? 0) < 5 || /^\d{4}-\d{2,4}$|^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/.test(code) || isRangeOfValues(code)) continue;
    found.push(candidate(match.index + 1, match.index + 1 + code.length, 'ID', 'ID', 0.7, 'letters and digits in brackets'));
  }
  for (const match of matchesOf(INTERPRETER_ID, text)) {
    const start = match.index + match[0].length - match[1].length - 1;
    found.push(candidate(start, start + match[1].length, 'ID', 'ID', 0.8, "identifier after 'ID' in brackets"));
  }
  for (const match of /\bREG\b/.test(text) ? matchesOf(STATE_REGISTRATION, text) : []) {
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'VEHICLE', 0.8, 'plate after a state and REG'));
  }
  // The detector's copy of the note writes arrows as ">" and dashes as "-".
  for (const match of /flight|depart|seat/i.test(text) ? matchesOf(FLIGHT_NUMBER, text) : []) {
    const start = match.index;
    const end = start + match[0].length;
    // Only a bounded stretch of the line around the match is read: a note written on one long line must not be read
    // again for every match. The line starts after the last LF or CR in it, if there is one.
    const windowStart = Math.max(0, start - 200);
    const lineBreak = text.slice(windowStart, start).search(/[\r\n][^\r\n]*$/);
    const lineStart = lineBreak < 0 ? windowStart : windowStart + lineBreak + 1;
    const atLineStart = lineBreak >= 0 || windowStart === 0;
    const lineEnd = text.slice(end, end + 200).search(/[\r\n]/);
    const line = text.slice(lineStart, lineEnd < 0 ? end + 200 : end + lineEnd);
    const before = text.slice(Math.max(lineStart, start - 60), start);
    const after = text.slice(end, end + 60);
    const letters = match[0].slice(0, 2);
    // After a "Flights:" label every code and number of its line is a flight, whatever its letters; elsewhere the line must
    // speak of flying, and then a route after it ("UA 1488 Dulles > Denver  seat 27A") or "on ... to" around it tells.
    const listed = atLineStart && FLIGHTS_LABEL.test(text.slice(lineStart, start));
    if (!listed) {
      if (NOT_AIRLINE_WORDS.has(letters) || !FLYING_ON_THE_LINE.test(line)) continue;
      const routed = ROUTE_AFTER.test(after) && !UNIT_AFTER.test(after);
      if (!routed && (NOT_AIRLINE_CODES.has(letters) || !(ON_BEFORE.test(before) && TO_AFTER.test(after)))) continue;
    }
    found.push(candidate(start, end, 'ID', 'ID', 0.8, 'flight number'));
  }
  for (const match of /\bkey\b|\bmr\s/i.test(text) ? matchesOf(KEY_OR_RECORD_CODE, text) : []) {
    const code = match[1] ?? match[2];
    found.push(candidate(match.index + match[0].length - code.length, match.index + match[0].length, 'ID', 'ID', 0.8, 'a request key or a record number after its label'));
  }
  for (const match of /lic|psy|bar/i.test(text) ? matchesOf(LICENCE_NUMBER_OF_A_KIND, text) : []) {
    const number = match[1] ?? match[2] ?? match[3];
    // "PSY 1500 GROUP THERAPY": a psychiatry visit's time; a psychologist's number of four digits needs the licence named before.
    if (match[2] && match[2].length === 4 && !/licen[cs]|psycholog/i.test(text.slice(Math.max(0, match.index - 48), match.index))) continue;
    found.push(candidate(match.index + match[0].length - number.length, match.index + match[0].length, 'ID', 'LICENSE', 0.85, 'a licence number of a kind the general rules miss'));
  }
  for (const match of /\b(?:USS|USNS|USCGC|HMS|HMCS|HMAS)\b/.test(text) ? matchesOf(HULL_NUMBER, text) : []) {
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'VEHICLE', 0.85, "a ship's hull number after its name"));
  }
  for (const match of /tail/i.test(text) ? matchesOf(TAIL_NUMBER, text) : []) {
    found.push(candidate(match.index + match[0].length - match[1].length, match.index + match[0].length, 'ID', 'VEHICLE', 0.85, "an aircraft's tail number"));
  }
  for (const match of /box|cam/i.test(text) ? matchesOf(MONITOR_NUMBER, text) : []) {
    const number = match[2];
    if (NOT_A_DEVICE_NUMBER.test(number) || (!match[1] && !/^[A-Z]/.test(number))) continue;
    found.push(candidate(match.index + match[0].length - number.length, match.index + match[0].length, 'ID', 'DEVICE', 0.8, 'a telemetry box or camera by its number'));
  }
  for (const match of matchesOf(VEHICLE_CODE, text)) {
    // "HOUSING UNIT C-14" is a jail's wing, "UNIT B-14  PINEY WOODS AMBULANCE" the crew's own rig, "BUS M-15" a route and
    // "TRUCK F-150" a model: a unit, a bus or a truck is a vehicle where an officer is named just before it. A code opening
    // with a ward's or a kind of vehicle's letters ("UNIT ICU-2", "VEHICLE: SUV-1") is no vehicle's own.
    if (/^(?:unit|bus|truck)/i.test(match[0]) && !LAW_OFFICER_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    if (NOT_A_VEHICLE_CODE.test(match[1])) continue;
    found.push(candidate(match.index + match[0].length - match[1].length, match.index + match[0].length, 'ID', 'VEHICLE', 0.8, 'a vehicle by its code after its label'));
  }
  for (const match of matchesOf(NUMBER_AFTER_MORE_LABELS, text)) {
    const [group, value] = Object.entries(match.groups!).find(([, v]) => v !== undefined)!;
    // "PIV SITE 1400 CDI", "IV SITE 2200:": a line's or a wound's site and the time it was checked.
    if (group === 'site' && BODY_SITE_BEFORE.test(text.slice(Math.max(0, match.index - 14), match.index))) continue;
    const start = match.index + match[0].length - value.length;
    found.push(candidate(start, start + value.length, 'ID', SUBTYPE_OF_LABELLED_NUMBER[group], 0.85, 'a number after its label'));
  }
  for (const match of ENTRY_WORD_IN_TEXT.test(text) ? matchesOf(ENTRY_CODE, text) : []) {
    if (!ENTRY_BEFORE_CODE.test(text.slice(Math.max(0, match.index - 48), match.index)) || NOT_AN_ENTRY_CODE_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'ID', 0.8, 'the code of a gate, a door or a key box'));
  }
  for (const match of /plate/i.test(text) ? matchesOf(PLATE_OF_GROUPS, text) : []) {
    // "PLATE 2 OF 3", "(PLATE 1 NEG)", "LC PLATE 8 HOLE": a count, a culture or a bone plate, not a vehicle's; a plate
    // mixes letters and digits, five to eight of them.
    const groups = match[1].split(/[ -]/);
    const characters = groups.join('');
    if (characters.length < 5 || characters.length > 8 || !/\d/.test(characters) || !/[A-Z]/.test(characters) || groups.some((group) => isKnownWord(group))) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'VEHICLE', 0.85, 'plate of letter and digit groups after its label'));
  }
  for (const match of matchesOf(LETTER_AND_DIGIT_GROUPS, text)) {
    // "P 110 120 130" is a row of readings: the groups are a number only after a label for one.
    if (!CLAIM_OR_ALIEN_LABEL_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.8, 'a letter and three groups of digits (a claim or alien number)'));
  }
  for (const match of matchesOf(MBI, text)) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'HEALTH_PLAN', 0.9, 'Medicare beneficiary identifier shape'));
  for (const match of matchesOf(VIN, text)) if (/\d/.test(match[0]) && /[A-Z]/.test(match[0])) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'VEHICLE', 0.8, 'vehicle identification number shape'));
  for (const match of matchesOf(DIGITS_THEN_LETTERS, text)) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.7, 'digits with a letter suffix'));
  for (const match of matchesOf(UDI, text)) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'DEVICE', 0.9, 'device identifier (UDI)'));
  for (const match of matchesOf(IBAN, text)) {
    const compact = match[0].replace(/ /g, '');
    if (compact.length < 15 || compact.length > 34 || !/\d{6}/.test(compact)) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ACCOUNT', 0.9, 'IBAN shape'));
  }
  for (const match of matchesOf(BARE_NUMBER, text)) {
    // Drug product codes identify a medicine, not a person.
    if (/\bNDC\W{0,3}$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.7, 'long number'));
  }
  for (const match of matchesOf(ACCESSION, text)) {
    if (match.index > 0 && text[match.index - 1] === '-') continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.8, 'accession number shape'));
  }
  for (const match of matchesOf(DIGITS_LETTERS_DIGITS, text)) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.7, 'digits and letters code'));
  for (const match of matchesOf(THREE_DIGIT_GROUPS, text)) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.7, 'three digit groups'));
  for (const match of matchesOf(CODE_AFTER_ID_WORD, text)) {
    const code = match[1];
    // A date or a time is no identifier ("ID 12-25-2024"); nor a plain count ("SERIAL 3 OF 5" has too few digits).
    if (/^\d{1,4}[-/]\d{1,2}[-/]\d{2,4}$/.test(code)) continue;
    // "PROTEIN REQ 60-75 G/DAY", "INDEX 120-140"; after a label a padded end is written so only in a number ("MRN: 0042-2219").
    if (isRangeOfValues(code) && !/(?:^|-)0/.test(code)) continue;
    const start = match.index + match[0].length - code.length;
    found.push(candidate(start, start + code.length, 'ID', 'ID', 0.8, 'code after a word naming an identifier'));
  }
  for (const match of matchesOf(LETTER_DIGIT_CODE, text)) {
    if (match.index > 0 && text[match.index - 1] === '-') continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.7, 'letter-and-digit code'));
  }
  for (const match of text.includes('-') ? matchesOf(DASHED_CODE, text) : []) {
    if (!isDashedCode(match[0]) || /\b(?:NDC|REF|CAT|LOT|CPT|HCPCS)\W{0,3}$/i.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.7, 'code of dash-joined letters and digits'));
  }
  return found;
}

function isDashedCode(code: string): boolean {
  const groups = code.split('-');
  const digits = code.replace(/\D/g, '').length;
  // "T10-T11-T12", "C5-C6-C7": spinal levels.
  if (groups.every((g) => /^[CTLS]\d{1,2}$/.test(g))) return false;
  const withLetters = /[A-Z]/.test(code);
  const longDigitRun = groups.some((g) => /\d{5}/.test(g));
  // "COVID-19", "PD-L1", "C3-C4", "5-FU": too few digits; "2025-07-22", "555-123-4567", "123-45-6789": no group of five digits.
  if (longDigitRun) return groups.length >= 3 || withLetters;
  return groups.length >= 3 && digits >= 6 && withLetters;
}

function findPhones(text: string, found: Candidate[]): void {
  for (const match of matchesOf(NANP_PHONE, text)) {
    const area = match[1] ?? match[2];
    const exchange = match[3];
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const isFax = FAX_LABEL.test(before);
    // "POA Vartan (928 187 5750)": ten digits in groups in brackets are the number of whoever is named before.
    const labelled = isFax || PHONE_LABEL.test(before) || (/\([ \t]{0,2}$/.test(before) && /^\d{3}[ \t.-]\d{3}[ \t.-]\d{4}[ \t]{0,2}\)/.test(text.slice(match.index, match.index + 16)));
    // NANP area codes and exchanges never start with 0 or 1; fictional 555 numbers are still phone-shaped.
    const valid = /^[2-9]/.test(area) && /^[2-9]/.test(exchange);
    const separated = /[\s().\-/]/.test(match[0]);
    if (!separated && !labelled) continue;
    // Fully punctuated numbers are phone numbers even with an invalid (fictional) area code.
    const punctuated = /^(?:\+?1[\s.-]{0,2})?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}/.test(match[0]);
    if (!valid && !labelled && !punctuated) continue;
    const confidence = labelled ? 0.97 : valid ? 0.9 : 0.75;
    found.push(
      candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', confidence, isFax ? 'fax label and NANP number' : labelled ? 'phone label and NANP number' : 'NANP phone number shape'),
    );
  }
  for (const match of matchesOf(LOCAL_PHONE, text)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const isFax = FAX_LABEL.test(before);
    const dashed = match[0][3] === '-';
    // "555-0172 x210": a dashed number with an extension; "DR. BERRY 555-0159": a dashed number right after a name.
    const withExtension = dashed && LOCAL_EXTENSION.test(match[0]);
    if (!isFax && !LOCAL_PHONE_CUE.test(before) && !withExtension && !(dashed && nameWordRightBefore(before))) continue;
    // "| 120-1300 mL out": a range of amounts, not a number to call.
    if (UNIT_AFTER_NUMBER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    // "call 555 0134" is a number; "at 120 1200" is two readings. Spaced digits need a word that asks for a phone.
    if (match[0][3] === ' ' && !(/^[2-9]/.test(match[0]) && SPOKEN_PHONE_CUE.test(before))) continue;
    const reason = withExtension && !isFax && !LOCAL_PHONE_CUE.test(before) ? 'seven-digit number with an extension' : 'seven-digit number after a phone cue';
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', 0.85, reason));
  }
  for (const match of matchesOf(PAGER, text)) pushShortNumber(found, match, match[1] ?? match[2] ?? match[3]);
  for (const match of lowerCaseOf(text).includes('call') ? matchesOf(CALLED_ON, text) : []) pushShortNumber(found, match, match[1]);
  for (const match of /ext/i.test(text) ? matchesOf(SHORT_EXTENSION, text) : []) {
    if (BEFORE_SHORT_EXTENSION.test(text.slice(Math.max(0, match.index - 8), match.index))) pushShortNumber(found, match, match[1]);
  }
  for (const match of lowerCaseOf(text).includes('paged') ? matchesOf(PAGED_VIA, text) : []) {
    if (!isClockTime(match[1])) pushShortNumber(found, match, match[1]);
  }
  for (const match of matchesOf(IN_HOUSE_NUMBER, text)) {
    const [, pager, glued, afterWord, paged, vocera, bareExtension] = match;
    const previous = match.index > 0 ? text[match.index - 1] : ' ';
    if ((pager ?? glued) && !BEFORE_SHORT_CUE.test(previous)) continue;
    // A bare "ext" needs a cue before it, unless four or five digits follow it ("REPORT TO HAZEL RN EXT 59373", "CM ext 4406").
    if (bareExtension && !BEFORE_BARE_EXTENSION.test(text.slice(Math.max(0, match.index - 12), match.index)) && !(/^EXT\.?[ \t]{1,2}\d{4,5}$/i.test(match[0]) && !/^[ \t]{0,2}(?:mg|mcg|ml|units?|g)\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8)))) continue;
    pushShortNumber(found, match, pager ?? glued ?? afterWord ?? paged ?? vocera ?? bareExtension);
  }
  for (const match of matchesOf(TEN_DIGITS, text)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const isFax = FAX_LABEL.test(before);
    if (!(isFax || LOCAL_PHONE_CUE.test(before)) || /\b(?:MRN|acct|account|ID|#)\W{0,3}$/i.test(before)) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', 0.9, 'ten-digit number after a phone cue'));
  }
  for (const match of matchesOf(GROUPED_DIGITS, text)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < 6 || digits > 15 || !/[ .\-()]/.test(match[0])) continue;
    const before = text.slice(Math.max(0, match.index - 32), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (!PHONE_CUE_BEFORE.test(before) && !PHONE_CUE_AFTER.test(after)) continue;
    // "(555) 0123 - fax" names the number before it; "Tel 01282 555041   Fax 01282 555042" labels the next one.
    const isFax = FAX_LABEL.test(before) || /^[ \t]{0,2}-?[ \t]{0,2}fax\b(?![ \t]{0,3}(?:no\.?|number|#)?[ \t]{0,2}:?[ \t]{0,3}[\d(+])/i.test(after);
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', 0.85, 'digit groups after a phone cue'));
  }
  for (const match of matchesOf(NATIONAL_PHONE, text)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const isFax = FAX_LABEL.test(before);
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', 0.85, 'UK or Australian phone number'));
  }
  for (const match of matchesOf(TRUNK_ZERO_PHONE, text)) {
    const digits = match[0].length - 2;
    if (digits < 9 || digits > 11) continue;
    if (/^[ \t]{0,2}(?:ml|cc|mg|mcg|g|kg|l|units?|mmhg|min|mins|hrs?|%)(?![a-z])/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8))) continue;
    const isFax = FAX_LABEL.test(text.slice(Math.max(0, match.index - 24), match.index));
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', 0.85, 'national phone number after a trunk 0'));
  }
  for (const match of matchesOf(INTERNATIONAL_PHONE, text)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < 8 || digits > 15) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const isFax = FAX_LABEL.test(before);
    found.push(candidate(match.index, match.index + match[0].length, 'CONTACT', isFax ? 'FAX' : 'PHONE', 0.9, 'international phone number'));
  }
}

/** A pager or extension number at the end of its match; "x1000" multiplies, and no pager is a power of ten. */
/** An identifier in the match's first group, which ends the match. */
function endingGroup(match: RegExpMatchArray & { index: number }, subtype: PhiSubtype, confidence: number, reason: string): Candidate {
  const start = match.index + match[0].length - match[1].length;
  return candidate(start, start + match[1].length, 'ID', subtype, confidence, reason);
}

function pushShortNumber(found: Candidate[], match: RegExpMatchArray & { index: number }, number: string): void {
  if (/^10+$/.test(number)) return;
  const start = match.index + match[0].length - number.length;
  found.push(candidate(start, start + number.length, 'CONTACT', 'PHONE', 0.85, 'pager or extension number'));
}

function findSsns(text: string, found: Candidate[]): void {
  for (const match of matchesOf(MASKED_SSN, text)) found.push(candidate(match.index, match.index + match[0].length, 'ID', 'SSN', 0.9, 'SSN with only the last four digits shown'));
  for (const match of /last|L4/i.test(text) ? matchesOf(SSN_LAST_FOUR, text) : []) {
    const start = match.index + match[0].length - 4;
    // "UOP LAST4 1450 ML", "LAST4 2200 HR": the last four hours' charting by the clock; a time is an SSN's four only where
    // the line names the person.
    if (/^LAST4/i.test(match[0]) && isClockTime(match[0].slice(-4)) && !PERSON_ON_THE_LINE_BEFORE.test(text.slice(Math.max(0, match.index - 48), match.index))) continue;
    found.push(candidate(start, start + 4, 'ID', 'SSN', 0.85, 'last four digits of an SSN'));
  }
  for (const match of matchesOf(SSN, text)) {
    const [, area, separator, group, serial] = match;
    const before = text.slice(Math.max(0, match.index - 32), match.index);
    const labelled = SSN_LABEL.test(before);
    if (!separator && !labelled) continue;
    // Issued SSNs never have area 000, 666 or 900-999, group 00 or serial 0000.
    const valid = area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
    const confidence = labelled ? 0.99 : valid ? 0.9 : 0.7;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'SSN', confidence, labelled ? 'SSN label and number' : 'SSN shape'));
  }
}

/** "MRN (if known): 57 33 45 72", "Grace Dhillon (78 89 47 60)": a record number written in pairs of digits. */
const PAIRED_DIGIT_MRN = /(?:\b(?:MRN|MR#|Medical Record(?: Number)?|Med Rec)\b[^\n\d]{0,16}|\([ \t]{0,2})(\d{2} \d{2} \d{2} \d{2}|\d{2,3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3})(?![ .]?\d)/gi;
/** "AIRCRAFT N266YS", "TAIL N625UA": an aircraft's registration. */
/** "King Air N88SA", "ROTOR N612KC": an N-number with letters after its digits where the note speaks of flying. */
const AIRCRAFT_REGISTRATION = /\bN[1-9]\d{1,4}[A-Z]{1,2}\b/g;
const FLYING_WORDS = /\b(?:rotor|wing|helicopter|flight|aircraft|jet|LZ|king air|air (?:ambulance|care|medical|med|methods|evac|rescue|transport))\b/i;
/** Respirator classes: N95, N99, N100 and their variants are masks. */
const RESPIRATOR_CLASS = /^N(?:95|99|100)/;
/** "140-150S", "2019-2020", "2020-21", "100-150K": two plain numbers of one length rising, or a year and its next year's end. */
function readsAsARange(value: string): boolean {
  const groups = /^(\d+)-(\d+)[SK]?$/i.exec(value);
  if (!groups) return false;
  const [, low, high] = groups;
  return (low.length === high.length && Number(low) < Number(high)) || (/^(?:19|20)\d\d$/.test(low) && high.length === 2);
}
const AIRCRAFT_TAIL = /\b(?:aircraft|tail|AIRCRAFT|TAIL|Aircraft|Tail)(?:[ \t]{1,2}(?:no\.?|number|#))?[ \t:#]{1,3}(N\d{1,5}[A-Z]{0,2})\b/g;
/**
 * "REPORT #2021-41638", "INC 2022-714951", "screen #88-2376197", "CAD 25-0917-0033", "RUN 25-1187", "FIN: 2025-0614-8831",
 * "W/C CLAIM: 0925-1177-40", "EPISODE EP0331-7": a report's, case's, dispatch's, run's, kit's or claim's number in dashed groups.
 */
const NUMBERED_REPORT = /\b(?:report|screen|inc|incident|scr|case|intake|fin|cad|run|trip|kit|episode|claim|mission)[ \t]{0,2}(?:#|no\.?)?:?[ \t]{0,2}#?((?:[A-Z]{1,4}-?)?\d{2,}(?:-[A-Z0-9]{1,8}){1,3})(?![\w-]|[ \t]?%)/gi;
/**
 * "REPORT #SE-2025-06-0418", "interpreter by phone, #KQ-0917", "Case TC-2024-11873", "PT# BKC-22190": letters, a dash
 * and four digits or more after a number sign or a case label are someone's or something's number.
 */
const LETTERED_NUMBER = /(?:#:?[ \t]{0,2}|\b(?:case|CASE|Case|request|REQUEST|Request|kit|KIT|Kit|trip|TRIP|Trip|claim|CLAIM|Claim|member|MEMBER|Member|registry|REGISTRY|Registry|unos|UNOS|chart|CHART|Chart)[ \t]{0,2}(?:#|no\.?|NO\.?)?:?[ \t]{1,2})([A-Z]{1,6}(?:-[A-Z]{1,6})?-?\d{2,}(?:-\d{1,})*)(?![\w-])/g;
/**
 * "PEA-2025-118943", "BSA-7741-0092-03", "NNEPC-24-07741", "C4419-20883-15": letters and two or more groups of digits, six
 * digits or more in all, are an identifier wherever they stand; clinical names of this shape have one short number
 * ("COVID-19", "CA-125", "PGY-3").
 */
const GROUPED_LETTERED_NUMBER = /(?<![\w-])(?:[A-Z]{1,6}-(?:[A-Z]{1,6}-)?\d{2,}(?:-\d{2,}){1,3}|[A-Z]{1,3}\d{3,}(?:-\d{2,}){2,3})(?![\w-]|\.\d)/g;
/** "Officers Heather Quill (#3319)", "SGT. OKONJO #4407", "RECEIPT #5520": a number sign and four to six digits name a badge, a case or a slip. */
const NUMBER_SIGN_DIGITS = /(?<![\w#])#[ \t]?(\d{4,6})(?![\w.,]\d|[\w-]|[ \t]?(?:mg|mcg|ml|fr|french|g|gauge|mm|cm)\b)/gi;

/**
 * "DL CO 12-884-0771", "PLATE NV 84J-227", "plate OH GRX 4471", "VEHICLE MN FLK 338": a licence or plate number after the
 * code of the state that issued it, the plate perhaps in two groups; the state is reported too.
 */
const NUMBER_AFTER_LICENCE_STATE = new RegExp(
  String.raw`(?<![\w/])(C?DL|PLATE|Plate|plate|TAG|LICENSE|LIC|VEHICLE|Vehicle|vehicle|TRUCK|Truck|truck)[ \t]{0,2}[#:]?[ \t]{0,2}(${US_STATE_CODE})[ \t]{1,2}#?([A-Z]{1,4}[ ](?=[A-Z0-9-]{0,6}\d)[A-Z0-9][A-Z0-9-]{1,7}|(?=[A-Z0-9-]{0,14}\d)[A-Z0-9][A-Z0-9-]{3,14})(?![\w-])`,
  'dg',
);
const LICENCE_LABELS = ['dl', 'plate', 'tag', 'lic', 'vehicle', 'truck'];
const NOT_A_PLATE_GROUP = /^(?:AM|PM|AT|BY|ON|IN|TO|ED|ER|OR|LOT|PACU|ICU|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC|RM|BED|UNIT)$/;
/**
 * "LF-2206", "V-1044", "SEC-0913", "JKT-4471": a code of a few letters, a dash and four digits stands for a tag, a badge, a
 * locker, a plate or a record wherever it is written. Not a government form or a standard ("CMS-2728", "DS-3025",
 * "MCSA-5875", "GLI-2012"), an extension or an address's part ("EXT-4410", "APT-1204"), a clinical abbreviation's number
 * nor a year ("ABC-2021").
 */
const LETTERED_FOUR_DIGIT_CODE = /(?<![\w/.#-])([A-Z]{1,4})-(\d{4})(?![\w/-]|\.\d)/g;
const MODEL_OR_TRIAL_BEFORE = /\b(?:PUMP|VENT|VENTILATOR|MONITOR|MODEL|DEFIB|DEFIBRILLATOR|ZOLL|HILL-ROM|SIGMA|ALARIS|STUDY|TRIAL|PROTOCOL|HCPCS|Pump|Vent|Ventilator|Monitor|Model|Defib|Study|Trial|Protocol)\b[^\r\n.;]{0,16}$/;
const FORM_OR_STANDARD_PREFIX = /^(?:EXT|PGR|APT|STE|RTE|HWY|CMS|DS|SSA|MCSA|UB|HCFA|CDC|WHO|FDA|ICD|CPT|DSM|ISO|ASTM|GLI|QA|HIV|HPV|COVID|SARS|CA|NYHA|IRS|DD|VA|SF|AF|DA|NAVMED|OSHA|USCIS|DHS|DOT|FMCSA|CFR)$/;
const LETTERED_NUMBER_LABELS = ['case', 'request', 'kit', 'trip', 'claim', 'member', 'registry', 'unos', 'chart'];

function findLabelledIds(text: string, found: Candidate[]): void {
  const lower = lowerCaseOf(text);
  for (const match of text.includes('#') || /report|screen|inc|scr|case|intake|fin|cad|run|trip|kit|episode|claim|mission/i.test(text) ? matchesOf(NUMBERED_REPORT, text) : []) {
    const value = match[1];
    const end = match.index + match[0].length;
    // "report 2020-2021", "SBP RUN 140-150S": a range; "RUN 100-200 CC": a volume; five digits or more make a number.
    if (value.replace(/\D/g, '').length < 5 || readsAsARange(value) || DOSE_UNIT_AFTER.test(text.slice(end, end + 8)) || /^[ \t]{0,2}(?:cc|ml|l|hr|miles?|steps|mg\/dl)\b/i.test(text.slice(end, end + 8))) continue;
    found.push(candidate(end - value.length, end, 'ID', 'ID', 0.85, 'number of a report, case, run or claim'));
  }
  for (const match of text.includes('#') || holdsAny(lower, LETTERED_NUMBER_LABELS) ? matchesOf(LETTERED_NUMBER, text) : []) {
    if (match[1].replace(/\D/g, '').length < 4) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'ID', 0.85, 'lettered number after a number sign or its label'));
  }
  for (const match of text.includes('-') ? matchesOf(GROUPED_LETTERED_NUMBER, text) : []) {
    if (match[0].replace(/\D/g, '').length < 6) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.8, 'letters and groups of digits'));
  }
  for (const match of holdsAny(lower, LICENCE_LABELS) ? matchesOf(NUMBER_AFTER_LICENCE_STATE, text) : []) {
    const [start, end] = match.indices![3];
    // "VEHICLE IN LOT 4B", "MG/DL MD AT 0415", "PLATE IN DEC 2019": a place, a time or a date after a word that is also a state.
    const firstGroup = /^([A-Z]{1,4}) /.exec(match[3])?.[1];
    if ((firstGroup && NOT_A_PLATE_GROUP.test(firstGroup)) || /^(?:19|20)\d\d$/.test(match[3])) continue;
    found.push(candidate(start, end, 'ID', /^(?:C?DL|LICENSE|LIC)$/.test(match[1]) ? 'LICENSE' : 'VEHICLE', 0.9, 'licence or plate number after its state'));
    found.push(candidate(match.indices![2][0], match.indices![2][1], 'LOCATION', 'STATE', 0.85, 'state that issued a licence or a plate'));
  }
  for (const match of text.includes('-') ? matchesOf(LETTERED_FOUR_DIGIT_CODE, text) : []) {
    const [prefix, digits] = [match[1], match[2]];
    const year = Number(digits);
    if (FORM_OR_STANDARD_PREFIX.test(prefix) || CLINICAL_ABBREVIATIONS.has(prefix) || (year >= 1950 && year <= 2035) || /\b(?:FORM|Form|form)[ \t#:]{1,3}$/.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    // "ZOLL M-2100", "PUMP SIGMA SP-3100", "STUDY ECOG-1912": a device's model or a trial's number.
    if (MODEL_OR_TRIAL_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    // "off KY-1428": a road; "rm B-1718": a room, which the room rule reads.
    if (/\b(?:off|route|rte|hwy|highway|rm|room|bed|suite)[ \t]{1,2}$/i.test(text.slice(Math.max(0, match.index - 10), match.index))) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'ID', 0.6, 'letters, a dash and four digits'));
  }
  for (const match of text.includes('#') ? matchesOf(NUMBER_SIGN_DIGITS, text) : []) {
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'ID', 0.75, 'number after a number sign'));
  }
  for (const match of FLYING_WORDS.test(text) ? matchesOf(AIRCRAFT_REGISTRATION, text) : []) {
    if (RESPIRATOR_CLASS.test(match[0]) || /tail|aircraft/i.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    found.push(candidate(match.index, match.index + match[0].length, 'ID', 'VEHICLE', 0.85, 'aircraft registration where the note speaks of flying'));
  }
  for (const match of /tail|aircraft/i.test(text) ? matchesOf(AIRCRAFT_TAIL, text) : []) {
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'VEHICLE', 0.9, 'aircraft registration'));
  }
  for (const match of /\d\d[ .]\d\d/.test(text) ? matchesOf(PAIRED_DIGIT_MRN, text) : []) {
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'MRN', 0.9, 'record number in pairs of digits'));
  }
  for (const match of holdsAny(lower, HEALTH_NUMBER_LABELS) ? matchesOf(HEALTH_NUMBER, text) : []) {
    // "H/O PHN 2019": post-herpetic neuralgia and a year; a health number has seven digits or more ("ZAB1234" has letters).
    if (match[1].replace(/\D/g, '').length < (/[A-Z]/.test(match[1]) ? 4 : 8)) continue;
    const start = match.index + match[0].length - match[1].length;
    found.push(candidate(start, start + match[1].length, 'ID', 'HEALTH_PLAN', 0.95, 'health number after its label'));
  }
  for (const match of holdsAny(lower, SLASHED_OR_BOOKED_LABELS) ? matchesOf(SLASHED_OR_BOOKED_ID, text) : []) {
    const value = match[2];
    // "Subject: Covid19 booster", "Reg. no. 2/3": a word with a digit, or a fraction, is no identifier.
    if (value.replace(/\D/g, '').length < 4 || /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(value)) continue;
    const label = match[1].toLowerCase();
    const subtype = /^(?:uhid|hosp)/.test(label) ? 'MRN' : /^(?:ip|opd)/.test(label) ? 'ACCOUNT' : /^(?:nrcme|cdl)/.test(label) ? 'LICENSE' : 'ID';
    const start = match.index + match[0].length - value.length;
    found.push(candidate(start, start + value.length, 'ID', subtype, 0.9, 'identifier after a record-number label'));
  }
  for (const match of matchesOf(LABELLED_ID, text)) {
    const label = match[1];
    const value = match[2].replace(/-+$/, '');
    if (!/\d/.test(value)) continue;
    // "TIME  PATIENT  ACC#⏎0958  …": a label in a table's header row heads its column; the next line opens with another's.
    if (/[\r\n]/.test(match[0].slice(0, match[0].length - match[2].length)) && CELL_GAP_BEFORE.test(text.slice(lineStartAt(text, match.index), match.index + 1))) continue;
    const valueEnd = match.index + match[0].length - match[2].length + value.length;
    // "Rx 1000 mg" is a dose.
    if (DOSE_UNIT_AFTER.test(text.slice(valueEnd, valueEnd + 8))) continue;
    // "ID: Tmax 101.2" is the infectious-disease line of a systems review, and a decimal is a measurement.
    if (/^\.\d/.test(text.slice(valueEnd, valueEnd + 2))) continue;
    // "ID: 19 yo F": the identifying line of a psychiatric note opens with the age.
    if (/^id$/i.test(label) && /^[ \t]{0,2}(?:yo|y\/o|y\.o\.|years?|yrs?|year-old|[MF]\b)/i.test(text.slice(valueEnd, valueEnd + 10))) continue;
    // A bare "ID" before a number is also Idaho before a ZIP code.
    if (/^id$/i.test(label) && (value.includes(' ') || (!/[#:]/.test(match[0]) && (value.replace(/\D/g, '').length < 5 || /^\d{5}(?:-\d{4})?$/.test(value))))) continue;
    // "JHG 0253" is one plate; "dated 20190304" is a word and then something else.
    const head = value.split(' ')[0];
    if (value.includes(' ') && !/\d/.test(head) && head.length > 4) continue;
    // "Insurance pays 80-100%": a word in small letters before a range is prose; a record's prefix is in capitals ("SHP 40-2213").
    if (/^[a-z]{1,4} \d{2}-\d/.test(value)) continue;
    // Ordinary words used as labels ("device 12mm", "group 2A") need a '#' or ':' or a long value.
    // "(badge 800)": an officer's badge number is short.
    const shortBadge = /^badge$/i.test(label) && /^\d{3,}$/.test(value);
    // "CHECKING 1400 GLUCOSE", "RPT TROP 0600", "TRACTOR 4020", "SPEED OF VEH: 45": words a note also uses for checks, repeats
    // and machines label an account, a report or a vehicle only before a long number or letters, a dash and digits.
    if (WORD_LABEL.test(label) && value.replace(/\D/g, '').length < 5 && !/^[A-Za-z]{1,5}-\d/.test(value)) continue;
    if (GENERIC_LABEL.test(label) && !shortBadge && !/[#:]|\bno\b|number/i.test(match[0].slice(0, match[0].length - match[2].length)) && !(value.replace(/\D/g, '').length >= 4 || (/[A-Za-z]/.test(value) && value.length >= 5))) continue;
    const start = valueEnd - value.length;
    const subtype = idSubtypeForLabel(label);
    found.push(candidate(start, start + value.length, 'ID', subtype, 0.95, 'identifier after a record-number label'));
  }
}

/** Text, a gap of two blanks or a tab, then the label: a cell of a row, not a label of its own line. */
const CELL_GAP_BEFORE = /\S(?: {2,}|\t)[ \t]*\S?$/;

function idSubtypeForLabel(label: string): Candidate['subtype'] {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  if (/^(mrn|mr#|mr ?no|medical record|med ?rec|unit|hospital|patient id|pt id)/.test(l)) return 'MRN';
  if (/^(acc|account|billing|enc|visit|claim|credit|card|checking|savings|brokerage)/.test(l)) return 'ACCOUNT';
  if (/^(member|policy|group|grp|subscriber|insurance|medicare|medicaid|health plan|hicn|mbi)/.test(l)) return 'HEALTH_PLAN';
  if (/^(?:dea|npi|licen|lic|driver|dl|bar\b)/.test(l) && !/plate/.test(l)) return 'LICENSE';
  if (/^(licen[cs]e plate|plate|vin|vehicle|veh|tractor|trailer)/.test(l)) return 'VEHICLE';
  if (/^(serial|device|udi|pacemaker|lot|s\/n|sn$)/.test(l)) return 'DEVICE';
  if (/^(csn|fin|specimen|accession|rx|prescription)/.test(l)) return 'ID';
  if (/^passport/.test(l)) return 'LICENSE';
  if (/^(policy|group)/.test(l)) return 'HEALTH_PLAN';
  if (/^(tag|lic\.? plate|plate)/.test(l)) return 'VEHICLE';
  if (/^(health plan|insurance)/.test(l)) return 'HEALTH_PLAN';
  if (/^(job|acc|ref)/.test(l)) return 'ACCOUNT';
  if (/ssn/.test(l)) return 'SSN';
  return 'ID';
}

function trimTrailingPunctuation(value: string): string {
  return value.replace(/[.,;:!?)\]}>'"]+$/, '');
}

function isInsideEmail(text: string, index: number): boolean {
  return index > 0 && (text[index - 1] === '@' || text[index - 1] === '.');
}

function looksLikeIpv6(value: string): boolean {
  const groups = value.split(':').filter((g) => g !== '').length;
  // Clock times such as 12:30:45 have at most three groups and no double colon.
  return value.includes('::') ? groups >= 2 && /[a-f]/i.test(value) || groups >= 3 : groups >= 5;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** "(25-30 kcal/kg)", "HR 92 (86-118)", "(400-600)": two values, the lower first, are a range, not an identifier. */
function isRangeOfValues(code: string): boolean {
  const range = /^(\d{1,4})-(\d{1,4})$/.exec(code);
  return range !== null && Number(range[1]) < Number(range[2]) && range[1].length <= range[2].length;
}

/**
 * "11  TUN, SAW HTOO      48812    KAREN": in a roster, the number in the column right after a person listed surname first is
 * the person's own (a case, a client or a dictation's), not a reading, unless it is the time of the entry. "OFFICER K.
 * VANDERWAL #217", "JAMAL PRICE #20-3318 PRESENTED": a number after '#' right after a person's name is a badge or a member's;
 * a wing's letter and a number in that column is the person's bed.
 */
export function findNumbersAfterNames(text: string, winners: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const taken = new Set(winners.map((c) => c.start));
  const beds = new Map<Candidate, RegExpExecArray>();
  // "HARGROVE, LILLIAN    CA-125    48": a code after two names at least is a test's or a drug's column, not their beds.
  const namesBefore = new Map<string, number>();
  for (const c of winners) {
    if (c.category !== 'NAME' || c.subtype === 'USERNAME' || !text.slice(c.start, c.end).includes(',')) continue;
    const bed = BED_IN_THE_NEXT_COLUMN.exec(text.slice(c.end, c.end + 40));
    if (!bed) continue;
    beds.set(c, bed);
    namesBefore.set(bed[1], (namesBefore.get(bed[1]) ?? 0) + 1);
  }
  for (const c of winners) {
    if (c.category !== 'NAME' || c.subtype === 'USERNAME') continue;
    const following = text.slice(c.end, c.end + 40);
    const column = text.slice(c.start, c.end).includes(',') ? NUMBER_IN_THE_NEXT_COLUMN.exec(following) : null;
    const badge = column ? null : NUMBER_SIGN_AFTER_A_NAME.exec(following);
    const bracketed = column || badge || !text.slice(c.start, c.end).includes(',') ? null : CODE_IN_BRACKETS_AFTER_A_NAME.exec(following);
    // "0700-1900": a shift in the column after a name, not its number.
    const m = (column && !isClockTime(column[1]) && !CLOCK_TIME_RANGE.test(column[1]) ? column : null) ?? badge ?? bracketed;
    const bed = m ? undefined : beds.get(c);
    if (bed && namesBefore.get(bed[1]) === 1) {
      const start = c.end + bed[0].length - bed[1].length;
      if (!taken.has(start)) found.push(candidate(start, start + bed[1].length, 'LOCATION', 'ROOM', 0.75, 'bed in the column after a listed name'));
      continue;
    }
    if (!m) continue;
    const start = c.end + m[0].lastIndexOf(m[1]);
    if (!taken.has(start)) found.push(candidate(start, start + m[1].length, 'ID', 'ID', 0.8, m === badge ? "badge or member number after a person's name" : m === bracketed ? "a code in brackets after a listed person's name" : 'number in the column after a listed name'));
  }
  for (const code of letteredCodesAfterListedNames(text, winners)) if (!taken.has(code.start)) found.push(code);
  return found;
}

/**
 * "Esperanza Villalobos 1104 -- 72F", "Rolf Eriksen (7024): fevers", "Liebowitz, Sol -- 4102 -- 83", "RUIZ, OCTAVIO / 309":
 * a handoff or a callback log writes the patient's room right after the name, set off by a blank, a bracket, a dash or
 * a slash, and the item goes on after a bracket, a dash, a colon, a comma or a column's gap. A clinician's or a relative's
 * number is a pager's or a phone's, a year in brackets a birth's, letters and a number in brackets as often a badge or a
 * record's ("HARMON (B-612)"). Four digits a clock reads, and a number a blank sets off after one word ("IOLMaster 700",
 * "Ford F-150"), are rooms only on a list of two such items at least, not all on the quarter hour (a schedule's "SMITH
 * 0830 --"). The room may come first ("re 318 Stankiewicz:"), but not four digits a clock reads nor a number after "at"
 * or "by": those are the entry's or the visit's time.
 */
export function findRoomsBesidePatientNames(text: string, winners: readonly Candidate[]): Candidate[] {
  // "808 Kálmán Imre u. 12": a number the rules already read as something else is that.
  const claimed = overlapsAnyOf(winners);
  const free = (start: number, end: number) => !claimed(start, end);
  const rooms: { start: number; room: string; onAListOnly: boolean; before?: true }[] = [];
  for (const c of winners) {
    if (!patientLike(c)) continue;
    const m = ROOM_AFTER_A_NAME.exec(text.slice(c.end, c.end + 24));
    if (!m || /^(?:19|20)\d\d[A-Z]?$/.test(m[1]) || (m[0].includes('(') && /^[A-Z]/.test(m[1])) || PAGER_BEFORE.test(text.slice(lineStartAt(text, c.start, c.start - 40), c.start))) continue;
    const start = c.end + m[0].length - m[1].length;
    // "IOLMaster 700": a number after one word the rules were unsure was a name is a model's.
    const afterOneWord = m[0].trimStart() === m[1] && !/[ ,]/.test(text.slice(c.start, c.end));
    if (afterOneWord && c.confidence < 0.75) continue;
    if (free(start, start + m[1].length)) rooms.push({ start, room: m[1], onAListOnly: afterOneWord || isClockTime(m[1]) });
  }
  for (const c of winners) {
    if (!patientLike(c)) continue;
    const before = text.slice(Math.max(0, c.start - 16), c.start);
    const m = ROOM_BEFORE_A_NAME.exec(before);
    // "AT 0830 SMITH", "1400 JONES AT BEDSIDE": the time of an entry or an appointment opens the line before a name.
    if (!m || (/^\d{4}$/.test(m[2]) && isClockTime(m[2])) || /^(?:19|20)\d\d$/.test(m[2]) || (m[1] && TIME_WORD_BEFORE.test(m[1]))) continue;
    const start = c.start - before.length + m.index + m[0].indexOf(m[2], m[1]?.length ?? 0);
    if (free(start, start + m[2].length)) rooms.push({ start, room: m[2], onAListOnly: /^\d{3}$/.test(m[2]) && /(?:00|15|30|45)$/.test(m[2]), before: true });
  }
  const aList = rooms.length >= 2 && !rooms.every((r) => /^\d{3,4}$/.test(r.room) && /(?:00|15|30|45)$/.test(r.room));
  // "SMITH, JOHN 0830 -- ECHO / JONES, MARY 0940 -- CT": times of a schedule range over hours; rooms a clock could read
  // share their floor ("1104", "1106", "1112").
  const clockRooms = rooms.filter((r) => /^\d{4}$/.test(r.room) && isClockTime(r.room));
  const oneFloor = new Set(clockRooms.map((r) => r.room.slice(0, 2))).size <= 1;
  return rooms
    .filter((r) => (aList || !r.onAListOnly) && (oneFloor || !clockRooms.includes(r)))
    .map(({ start, room, before }) => candidate(start, start + room.length, 'LOCATION', 'ROOM', 0.75, before ? "room right before a patient's name" : "room right after a patient's name"));
}
/** "re 318 Stankiewicz:", "0250  314 Obi --", "-- 330 Mrs. Whitcomb-Aziz": the room just before the patient's name and title. */
const ROOM_BEFORE_A_NAME =
  /(?:^|[\s"'(:;,])(?:([A-Za-z@~]{1,6})[ \t]{1,2})?(\d{3,4}[A-Z]?|\d{1,2}[A-Z]{1,2}-\d{2,3}[A-Z]?)[ \t]{1,2}(?:(?:Mr|Mrs|Ms|Miss|MR|MRS|MS)\.?[ \t]{1,2})?$/;
const TIME_WORD_BEFORE = /^(?:AT|At|at|@|~|BY|By|by|UNTIL|until|TILL|till|FROM|From|from|TO|To|to|SINCE|since|BEFORE|before|AFTER|after|ABOUT|about|AROUND|around|X|x|Q|q|DOSE|dose|MG|mg|MCG|mcg|ML|ml|PAGER|Pager|pager|PGR|pgr|EXT|Ext|ext)$/;
/** A patient's name: not a clinician's, a relative's ("910 MARIA GONZALEZ (DAUGHTER)") or a login. */
function patientLike(c: Candidate): boolean {
  return c.category === 'NAME' && c.subtype !== 'DOCTOR' && c.subtype !== 'USERNAME' && c.subtype !== 'RELATIVE';
}
const ROOM_AFTER_A_NAME =
  /^(?:[ \t]{1,2}|[ \t]{0,2}\(|[ \t]{1,2}(?:--?|–|—|\/)[ \t]{1,2})(\d{3,4}[A-Z]?|[A-Z]{1,2}-\d{2,3}[A-Z]?|\d{1,2}[A-Z]{1,2}-\d{2,3}[A-Z]?)(?=\)|[ \t]{0,2}(?:--?|–|—|\/)[ \t]|[ \t]{0,2}[:,;](?!\d)|[ \t]{3,}|\t|[ \t]*(?:$|[\r\n]))/;
/** "PAGE JOY 4471 --", "call Grace x4410": a number after a name on a line about paging or calling is how to reach them. */
const PAGER_BEFORE = /\b(?:PAGE|PAGED|PAGER|PGR|PG|CALL|CALLED|EXT|X|Page|Paged|Pager|Pgr|Call|Called|Ext|page|paged|pager|pgr|call|called|ext)\b[^\r\n]{0,24}$/;

/**
 * "BELL, TERRENCE   ND-4410" / "CASH, AMBER L.   ND-4397": in a roster, letters and digits in the column after each of two
 * listed names at least, one prefix and a different number for each, are the people's own numbers. One code after several
 * names ("CA-125") is a test's column; codes of several prefixes are a column of findings.
 */
function letteredCodesAfterListedNames(text: string, winners: readonly Candidate[]): Candidate[] {
  const rows: { start: number; prefix: string; code: string }[] = [];
  for (const c of winners) {
    if (c.category !== 'NAME' || c.subtype === 'USERNAME' || !text.slice(c.start, c.end).includes(',')) continue;
    const m = LETTERED_CODE_IN_THE_NEXT_COLUMN.exec(text.slice(c.end, c.end + 40));
    if (!m || CLINICAL_ABBREVIATIONS.has(m[1]) || LAB_NAME_SHAPED.test(`${m[1]}${m[2]}`)) continue;
    rows.push({ start: c.end + m[0].length - m[1].length - m[2].length - 1, prefix: m[1], code: `${m[1]}-${m[2]}` });
  }
  if (rows.length < 2 || new Set(rows.map((row) => row.prefix)).size !== 1 || new Set(rows.map((row) => row.code)).size !== rows.length) return [];
  return rows.map((row) => candidate(row.start, row.start + row.code.length, 'ID', 'ID', 0.8, 'lettered code in the column after listed names'));
}
/**
 * "W1-07   TWO BEARS, ELI", "507    NGUYEN, THANH LE", "0711-0031     HARGROVE, LILLIAN": in a census, a board or a
 * manifest, the code opening each row before a person's name is the person's bed, room or number; so is a dashed case
 * number in the column just before the name ("24-031", "24-295-0113"). Read so only where two
 * rows at least open the same way, so one line that starts with a value before a name is not a table. This reads a board by
 * its columns and the names the rules found; findCensusLines reads lines opened by RM, BED or a room number and closed by a
 * dash or an age, and names the patients on them too. Numbers alone come back elsewhere through findRoomNumbersAgain's
 * rooms; the codes with letters or dashes come back here.
 */
export function findCodesOpeningRowsOfNames(text: string, winners: readonly Candidate[]): Candidate[] {
  const rows: { start: number; code: string }[] = [];
  const taken = new Set(winners.map((c) => c.start));
  for (const c of winners) {
    if (c.category !== 'NAME' || c.subtype === 'USERNAME') continue;
    const before = text.slice(Math.max(0, c.start - 24), c.start);
    const opening = CODE_OPENING_A_ROW.exec(before);
    const m = opening && (c.start - before.length + opening.index === 0 || /^[\r\n]/.test(opening[0])) ? opening : DASHED_CODE_IN_A_COLUMN.exec(before);
    if (!m || isClockTime(m[1])) continue;
    const start = c.start - before.length + m.index + m[0].indexOf(m[1]);
    // "I-3   Jean-Baptiste (PGF)": a pedigree's generation and place; "C1  PAGE, MILO": a case's place in a line list.
    // "0700-1900   HALL, JENNIFER RN": a shift; "CO2    HARRIS, ALAN": a lab's name is no one's bed.
    if (taken.has(start) || m[1].length <= 2 || /^[IVX]+-\d/.test(m[1]) || CLINICAL_ABBREVIATIONS.has(m[1]) || LAB_NAME_SHAPED.test(m[1]) || /^(?:[01]\d|2[0-3])[03]0-(?:[01]\d|2[0-3])[03]0$/.test(m[1])) continue;
    rows.push({ start, code: m[1] });
  }
  // "830    FIELDS, ROBIN" / "900    BAKER, SAM": a schedule by the hour and half hour, not rooms.
  if (rows.length < 2 || rows.every((row) => /^\d{3,4}$/.test(row.code) && /(?:00|15|30|45)$/.test(row.code))) return [];
  const found: Candidate[] = [];
  // A bare number ("507") comes back as too many other values; a code with a letter or a dash is the row's.
  // A vertebra's level ("T-12", "L4") is no row's code again elsewhere in the note.
  const codes = new Set(rows.map((row) => row.code).filter((code) => /[A-Z-]/.test(code) && !/^[CTLS]-?\d{1,2}$/.test(code)));
  for (const { start, code } of rows) found.push(codeOfARow(start, code, "opening a row of a person's name"));
  // "0140 A-01 DESAT 84%", "TRANSFERS PENDING: B-11 TO GULF COAST": the row's code again, where the note comes back to the person.
  const rowStarts = new Set(rows.map((row) => row.start));
  for (const m of codes.size ? matchesOf(STANDALONE_CODE, text) : []) {
    if (!codes.has(m[0]) || taken.has(m.index) || rowStarts.has(m.index)) continue;
    // "VITAMIN B-12", "T-12 COMPRESSION FX": a vitamin or a vertebra that shares a row's code.
    if (/\b(?:VITAMIN|VIT|Vitamin|vitamin)[ \t]?$/.test(text.slice(Math.max(0, m.index - 9), m.index)) || /^[ \t]{1,2}(?:FX|FRACTURE|COMPRESSION|VERTEBRA|fx|fracture|compression)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue;
    found.push(codeOfARow(m.index, m[0], 'named again after its row'));
  }
  return found;
}
function codeOfARow(start: number, code: string, how: string): Candidate {
  return ROOM_SHAPED_CODE.test(code)
    ? candidate(start, start + code.length, 'LOCATION', 'ROOM', 0.75, `bed or room ${how}`)
    : candidate(start, start + code.length, 'ID', 'ID', 0.75, `number ${how}`);
}
const STANDALONE_CODE = /(?<![\w.\/:#-])(?=[A-Z\d-]*\d)[A-Z\d]{1,4}(?:-[A-Z\d]{1,4})?(?![\w\/:-]|[.,]\d)/g;
/** "CO2    HARRIS, ALAN": a lab's name opening a row of results. */
const LAB_NAME_SHAPED = /^(?:CO2|O2|HCO3|B12|A1C|T3|T4|CD4|CD8|PO2|PCO2|SPO2|FIO2)$/;
const CODE_OPENING_A_ROW = /(?:^|[\r\n])[ \t]{0,3}((?=[A-Z\d-]*\d)(?:[A-Z]{1,4}\d{0,2}-?\d{1,4}[A-Z]?|\d{3,4}[A-Z]?|\d{4}-\d{4}|\d{2}-\d{3,4}(?:-\d{3,4})?))(?:[ \t]{2,}|\t)$/;
/** "10/21   0422   24-295-0113    GRUBER, ANTON": a case or accession number of two digits and dashed groups, in the column just before the name. */
const DASHED_CODE_IN_A_COLUMN = /(?:[ \t]{2,}|\t)(\d{2}-\d{3,4}(?:-\d{3,4})?)(?:[ \t]{2,}|\t)$/;
/** "A-01", "W1-07", "507": a bed or a room; longer codes are a person's numbers. */
const ROOM_SHAPED_CODE = /^(?:[A-Z]{1,2}\d?-?\d{1,3}[A-Z]?|\d{3,4}[A-Z]?)$/;
const NUMBER_SIGN_AFTER_A_NAME = /^[ \t]{1,2}\(?#[ \t]?((?:[A-Z]{1,4}[ -])?\d{2,8}(?:-\d{1,6})?)(?=\)|[ \t,.;:\r\n]|$)/;
/**
 * "CLAYBORNE, ODELL             N-041   EPAP-24": a wing's letter and a bed in the column after a listed name. Not the
 * letters of insulins, mutations or gauges ("U-100", "F-508", "G-1500", "V-1234").
 */
const BED_IN_THE_NEXT_COLUMN = /^(?:[ \t]{0,2}"[^"\r\n]{1,20}")?(?:[ \t]{2,}|\t)([A-EHJ-NPR-TW]-\d{3,4}[A-Z]?)(?=[ \t]{2,}|\t|[ \t]*(?:$|[\r\n]))/;
const NUMBER_IN_THE_NEXT_COLUMN = /^(?:[ \t]{2,}|\t)(\d{4,9}|\d{3,5}-\d{4,6})(?=[ \t]{2,}|\t|[ \t]*(?:$|[\r\n]))/;
const CLOCK_TIME_RANGE = /^(?:[01]\d|2[0-3])[0-5]\d-(?:[01]\d|2[0-3])[0-5]\d$/;
/** "DOMINGUEZ, PERLA (LP-5520)": letters, perhaps a dash, and four digits at least in brackets right after a listed name. */
const CODE_IN_BRACKETS_AFTER_A_NAME = /^[ \t]{0,2}\(([A-Z]{1,4}-?\d{4,9})\)/;
/** "BELL, TERRENCE      ND-4410      Y": letters, a dash and digits in the column after a listed name (and its initial's stop). */
const LETTERED_CODE_IN_THE_NEXT_COLUMN = /^\.?(?:[ \t]{2,}|\t)([A-Z]{1,4})-(\d{3,8})(?=[ \t]{2,}|\t|[ \t]*(?:$|[\r\n]))/;

