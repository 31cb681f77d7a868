import { matchesOf } from '../matches';
import { createHmac } from 'node:crypto';
import type { PhiFinding } from './types';
import {
  KEEP_IN_ORGANIZATION_NAMES,
  MONTH_NAMES,
  NAME_TITLES,
  SURROGATE_COUNTRIES,
  SURROGATE_FAMILY_NAMES,
  SURROGATE_GIVEN_NAMES,
  SURROGATE_PLACE_WORDS,
  SURROGATE_PROFESSIONS,
  SURROGATE_STATES,
  SURROGATE_STATE_CODES,
  WEEKDAY_NAMES,
} from './surrogate-lists';

const DAY_MS = 86_400_000;

/**
 * Produces format-keeping surrogates. Every choice is an HMAC of the original under the secret key, so the
 * same original always gets the same surrogate and nobody without the key can go back. Dates of one document
 * move by one offset so intervals between them survive.
 */
export class SurrogateGenerator {
  /** Days every date of this document moves by: 30 to 365, forwards or backwards. */
  readonly dateShiftDays: number;

  constructor(private readonly key: string | Buffer, documentId: string) {
    const n = this.number('date-shift', documentId);
    const magnitude = 30 + (n % 336);
    this.dateShiftDays = (n >> 16) % 2 === 0 ? magnitude : -magnitude;
  }

  private readonly memo = new Map<string, string>();

  surrogateFor(finding: Pick<PhiFinding, 'text' | 'category' | 'subtype'>): string {
    const memoKey = `${finding.category}\u0000${finding.subtype}\u0000${finding.text}`;
    let surrogate = this.memo.get(memoKey);
    if (surrogate === undefined) {
      // Bounded: a pathological document cannot grow it without limit.
      if (this.memo.size >= 50_000) this.memo.clear();
      surrogate = this.compute(finding);
      // A surrogate identical to the original would leave the PHI in place.
      if (surrogate.toLowerCase() === finding.text.toLowerCase()) surrogate = `[${finding.category}]`;
      this.memo.set(memoKey, surrogate);
    }
    return surrogate;
  }

  private compute(finding: Pick<PhiFinding, 'text' | 'category' | 'subtype'>): string {
    const text = finding.text;
    switch (finding.category) {
      case 'NAME':
        return finding.subtype === 'USERNAME' ? this.shaped('username', text) : this.name(text);
      case 'DATE':
        return this.date(text);
      case 'AGE':
        return this.age(text);
      case 'CONTACT':
        return this.contact(finding.subtype, text);
      case 'PROFESSION':
        return keepCase(text, this.pick('profession', text.toLowerCase(), SURROGATE_PROFESSIONS));
      case 'LOCATION':
        return this.location(finding.subtype, text);
      case 'ID':
        return this.identifier(finding.subtype, text);
    }
  }

  private digest(purpose: string, value: string): Buffer {
    return createHmac('sha256', this.key).update(purpose).update('\0').update(value).digest();
  }

  private number(purpose: string, value: string): number {
    return this.digest(purpose, value).readUInt32BE(0);
  }

  /** Which original each name surrogate stands for: two people never share one, so answers map back unambiguously. */
  private readonly nameOwners = new Map<string, string>();

  /** Like `pick`, but never gives two different originals the same surrogate. */
  private pickName(value: string, list: readonly string[]): string {
    for (let attempt = 0; attempt < list.length * 2; attempt++) {
      const candidate = this.pick('name', attempt === 0 ? value : `${value}#${attempt}`, list);
      const owner = this.nameOwners.get(candidate);
      if (owner === undefined || owner === value) {
        this.nameOwners.set(candidate, value);
        return candidate;
      }
    }
    // More distinct names than the list holds: a double-barrelled surrogate keeps them apart.
    const first = this.pick('name', value, list);
    const second = this.pick('name-second', value, list);
    return `${first}-${second}`;
  }

  private pick<T>(purpose: string, value: string, list: readonly T[]): T {
    return list[this.number(purpose, value) % list.length];
  }

  /** Each word of a name maps on its own, so "John Smith" and a later "SMITH'S" stay consistent. */
  private name(text: string): string {
    const words = [...matchesOf(/\p{L}+/gu, text)];
    const nameWords = words.filter((m) => !NAME_TITLES.has(m[0].toLowerCase()) && !(m[0].toLowerCase() === 's' && /['’]/.test(text[(m.index ?? 1) - 1])));
    return text.replace(/\p{L}+/gu, (word, offset: number) => {
      if (NAME_TITLES.has(word.toLowerCase())) return word;
      const isPossessiveS = word.toLowerCase() === 's' && (text[offset - 1] === "'" || text[offset - 1] === '’');
      if (isPossessiveS) return word;
      if (word.length === 1) return this.initial(word);
      const isLastOfSeveral = nameWords.length > 1 && nameWords[nameWords.length - 1].index === offset;
      const list = nameWords.length > 1 && !isLastOfSeveral ? SURROGATE_GIVEN_NAMES : SURROGATE_FAMILY_NAMES;
      return keepCase(word, this.pickName(word.toLowerCase(), list));
    });
  }

  private initial(letter: string): string {
    const alphabet = 'ABCDEFGHJKLMNPRSTVW';
    return keepCase(letter, alphabet[this.number('initial', letter.toLowerCase()) % alphabet.length]);
  }

  private age(text: string): string {
    // HIPAA folds every age over 89 into one category; naming it keeps the note readable. Younger ages (flagged
    // only on request) have no safe look-alike, so they become a tag.
    const years = Number(/\d{2,3}/.exec(text)?.[0] ?? NaN);
    if (Number.isFinite(years) && years <= 89) return '[AGE]';
    return text.replace(/\d{2,3}|\b(?:ninety|one hundred)[\w -]*/i, (match) => (/^\d+$/.test(match) ? '90+' : 'over ninety'));
  }

  private contact(subtype: string, text: string): string {
    switch (subtype) {
      case 'EMAIL': {
        const local = this.shaped('email', text.split('@')[0] ?? text);
        return `${local}@example.org`;
      }
      case 'URL':
        return `https://example.org/${this.digest('url', text).toString('hex').slice(0, 8)}`;
      case 'IP_ADDRESS':
        return text.includes(':')
          ? `2001:db8::${(this.number('ip', text) % 0xffff).toString(16)}`
          : `192.0.2.${1 + (this.number('ip', text) % 254)}`;
      default:
        return this.phone(text);
    }
  }

  /** NANP numbers become 555-01xx numbers, which are reserved for fiction; the layout is kept. */
  private phone(text: string): string {
    const digits = text.replace(/\D/g, '');
    const hash = this.digest('phone', digits);
    const hashDigit = (i: number) => String(hash[i % hash.length] % 10);
    const national = digits.length >= 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    const prefix = digits.length - national.length;
    const replacement: string[] = [];
    for (let i = 0; i < digits.length; i++) {
      const n = i - prefix;
      if (n < 0) replacement.push(digits[i]);
      else if (national.length >= 10 && n < 3) replacement.push(n === 0 ? String(2 + (hash[0] % 8)) : hashDigit(n));
      else {
        const local = national.length >= 10 ? n - 3 : n;
        const fixed = '55501';
        replacement.push(local < fixed.length ? fixed[local] : hashDigit(n + 7));
      }
    }
    // A number already in the fictional range ("555-0134") could come back as itself in its last digits; the
    // surrogate must never repeat the local number it replaces.
    if (replacement.slice(-4).join('') === digits.slice(-4)) {
      const last = replacement.length - 1;
      replacement[last] = String((Number(replacement[last]) + 1) % 10);
    }
    let next = 0;
    return text.replace(/\d/g, () => replacement[next++] ?? '0');
  }

  private location(subtype: string, text: string): string {
    switch (subtype) {
      case 'ZIP':
        return this.shaped('zip', text);
      case 'STATE':
        return /^[A-Z]{2}$/.test(text.trim())
          ? this.pick('state', text.toLowerCase(), SURROGATE_STATE_CODES)
          : keepCase(text, this.pick('state', text.toLowerCase(), SURROGATE_STATES));
      case 'COUNTRY':
        return keepCase(text, this.pick('country', text.toLowerCase(), SURROGATE_COUNTRIES));
      case 'ROOM':
        return this.shaped('room', text);
      default:
        return this.organization(text);
    }
  }

  /** Keeps generic words ("Hospital", "Street", "4 West" digits reshaped) and replaces the identifying ones. */
  private organization(text: string): string {
    return text.replace(/[\p{L}'’]+|\d+/gu, (word) => {
      if (/^\d+$/.test(word)) return this.shaped('number', word);
      if (KEEP_IN_ORGANIZATION_NAMES.has(word.toLowerCase())) return word;
      return keepCase(word, this.pick('place', word.toLowerCase(), SURROGATE_PLACE_WORDS));
    });
  }

  private identifier(subtype: string, text: string): string {
    const shaped = this.shaped(`id:${subtype}`, text);
    // A 9xx area number is never issued as an SSN, so a surrogate can never be someone's real number.
    return subtype === 'SSN' ? shaped.replace(/\d/, '9') : shaped;
  }

  /** Same shape: each digit becomes a digit, each letter a letter of the same case; punctuation stays. */
  private shaped(purpose: string, text: string): string {
    const hash = this.digest(purpose, text.toLowerCase());
    let i = 0;
    return text.replace(/[0-9A-Za-z]/g, (ch) => {
      const byte = hash[i++ % hash.length];
      if (/\d/.test(ch)) return String(byte % 10);
      const letter = String.fromCharCode(97 + (byte % 26));
      return ch === ch.toUpperCase() ? letter.toUpperCase() : letter;
    });
  }

  private date(text: string): string {
    const shifted = shiftDateText(text, this.dateShiftDays);
    return shifted ?? this.shaped('date', text);
  }
}

/** Applies the original's case style (ALL CAPS, lower, Title) to a surrogate. */
export function keepCase(original: string, surrogate: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return surrogate.toUpperCase();
  if (letters.length > 0 && letters === letters.toLowerCase()) return surrogate.toLowerCase();
  return surrogate;
}

const MONTH_PATTERN = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY_PATTERN = 'sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?';

function monthIndex(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(name.toLowerCase().slice(0, 3)));
}

function formatMonth(originalToken: string, month: number): string {
  const bare = originalToken.replace(/\.$/, '');
  const abbreviated = !MONTH_NAMES.some((m) => m.toLowerCase() === bare.toLowerCase());
  const name = abbreviated ? MONTH_NAMES[month].slice(0, 3) : MONTH_NAMES[month];
  return keepCase(bare, name) + (originalToken.endsWith('.') ? '.' : '');
}

/** Zero-pads to two digits only when the original wrote its numbers that way ("07/22" yes, "7/22" no). */
function pad(value: number, zeroPadded: boolean): string {
  return zeroPadded ? String(value).padStart(2, '0') : String(value);
}

function isZeroPadded(...fields: string[]): boolean {
  return fields.some((f) => f.length === 2 && f.startsWith('0')) || fields.every((f) => f.length === 2);
}

function ordinalSuffix(day: number): string {
  if (day >= 11 && day <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
}

function expandYear(twoDigits: number): number {
  return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
}

function shiftDate(year: number, month: number, day: number, days: number): Date | undefined {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Moves the first date found in `text` by `days`, written the way the original was written. Returns
 * undefined when no date shape is recognised, so the caller can fall back to a shape-keeping surrogate.
 */
export function shiftDateText(text: string, days: number): string | undefined {
  const rules: Array<{ pattern: RegExp; rewrite: (m: RegExpMatchArray) => string | undefined }> = [
    {
      // 2024-07-22, 2024/07/22
      pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/,
      rewrite: (m) => {
        const date = shiftDate(+m[1], +m[3] - 1, +m[4], days);
        if (!date) return undefined;
        const padded = isZeroPadded(m[3], m[4]);
        return `${date.getUTCFullYear()}${m[2]}${pad(date.getUTCMonth() + 1, padded)}${m[2]}${pad(date.getUTCDate(), padded)}`;
      },
    },
    {
      // 07/22/2024, 7-22-24, 22.07.2024 (day first when the first number cannot be a month)
      pattern: /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})\b/,
      rewrite: (m) => {
        const dayFirst = +m[1] > 12 || m[2] === '.';
        const [month, day] = dayFirst ? [+m[3], +m[1]] : [+m[1], +m[3]];
        const year = m[4].length === 2 ? expandYear(+m[4]) : +m[4];
        const date = shiftDate(year, month - 1, day, days);
        if (!date) return undefined;
        const padded = isZeroPadded(m[1], m[3]);
        const outMonth = pad(date.getUTCMonth() + 1, padded);
        const outDay = pad(date.getUTCDate(), padded);
        const outYear = m[4].length === 2 ? pad(date.getUTCFullYear() % 100, true) : String(date.getUTCFullYear());
        return dayFirst ? `${outDay}${m[2]}${outMonth}${m[2]}${outYear}` : `${outMonth}${m[2]}${outDay}${m[2]}${outYear}`;
      },
    },
    {
      // 22-Jul-2024, 22 July 2024, 22 Jul
      pattern: new RegExp(`\\b(\\d{1,2})(st|nd|rd|th)?([ -])(${MONTH_PATTERN})(\\.?)(?:([ -],? ?)(\\d{4}|\\d{2}))?\\b`, 'i'),
      rewrite: (m) => {
        const month = monthIndex(m[4]);
        const year = m[7] ? (m[7].length === 2 ? expandYear(+m[7]) : +m[7]) : 2000;
        const date = shiftDate(year, month, +m[1], days);
        if (!date) return undefined;
        const day = date.getUTCDate();
        const yearText = m[7] ? m[6] + (m[7].length === 2 ? pad(date.getUTCFullYear() % 100, true) : date.getUTCFullYear()) : '';
        return `${day}${m[2] ? keepCase(m[2], ordinalSuffix(day)) : ''}${m[3]}${formatMonth(m[4] + m[5], date.getUTCMonth())}${yearText}`;
      },
    },
    {
      // July 22nd, Jul. 22, 2024, JULY 22 2024
      pattern: new RegExp(`\\b(${MONTH_PATTERN})(\\.?) (\\d{1,2})(st|nd|rd|th)?\\b(?:(,? )(\\d{4}))?`, 'i'),
      rewrite: (m) => {
        const month = monthIndex(m[1]);
        const year = m[6] ? +m[6] : 2000;
        const date = shiftDate(year, month, +m[3], days);
        if (!date) return undefined;
        const day = date.getUTCDate();
        const yearText = m[6] ? `${m[5]}${date.getUTCFullYear()}` : '';
        return `${formatMonth(m[1] + m[2], date.getUTCMonth())} ${day}${m[4] ? keepCase(m[4], ordinalSuffix(day)) : ''}${yearText}`;
      },
    },
    {
      // July 2024, Jul-2024
      pattern: new RegExp(`\\b(${MONTH_PATTERN})(\\.?)([ -],? ?)(\\d{4})\\b`, 'i'),
      rewrite: (m) => {
        const date = shiftDate(+m[4], monthIndex(m[1]), 15, days);
        return date ? `${formatMonth(m[1] + m[2], date.getUTCMonth())}${m[3]}${date.getUTCFullYear()}` : undefined;
      },
    },
    {
      // 7/22, 07-22 (no year: shifted within a leap year so Feb 29 stays valid)
      pattern: /\b(\d{1,2})([/-])(\d{1,2})\b/,
      rewrite: (m) => {
        const date = shiftDate(2000, +m[1] - 1, +m[3], days);
        const padded = isZeroPadded(m[1], m[3]);
        return date ? `${pad(date.getUTCMonth() + 1, padded)}${m[2]}${pad(date.getUTCDate(), padded)}` : undefined;
      },
    },
    {
      // a month name alone
      pattern: new RegExp(`\\b(${MONTH_PATTERN})(\\.?)\\b`, 'i'),
      rewrite: (m) => {
        const date = shiftDate(2000, monthIndex(m[1]), 15, days);
        return date ? formatMonth(m[1] + m[2], date.getUTCMonth()) : undefined;
      },
    },
    {
      // "the 22nd"
      pattern: /\b(\d{1,2})(st|nd|rd|th)\b/i,
      rewrite: (m) => {
        const day = ((+m[1] - 1 + days) % 28 + 28) % 28 + 1;
        return `${day}${keepCase(m[2], ordinalSuffix(day))}`;
      },
    },
    {
      pattern: new RegExp(`\\b(${WEEKDAY_PATTERN})\\b`, 'i'),
      rewrite: (m) => {
        const index = WEEKDAY_NAMES.findIndex((w) => w.toLowerCase().startsWith(m[1].toLowerCase().slice(0, 3)));
        const name = WEEKDAY_NAMES[(((index + days) % 7) + 7) % 7];
        return keepCase(m[1], m[1].length <= 4 ? name.slice(0, m[1].length) : name);
      },
    },
    {
      // a lone year, reported only when years are opted in
      pattern: /\b(1[89]\d\d|2\d\d\d)\b/,
      // Always at least a year away: a lone year left as it was would still be the original.
      rewrite: (m) => String(+m[1] + Math.sign(days) * Math.max(1, Math.round(Math.abs(days) / 365))),
    },
  ];
  for (const rule of rules) {
    const match = text.match(rule.pattern);
    if (!match || match.index === undefined) continue;
    const replacement = rule.rewrite(match);
    if (replacement === undefined) continue;
    return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
  }
  return undefined;
}
