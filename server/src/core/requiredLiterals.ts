/**
 * The literals one of which every match of a regular expression must contain, read from its source: the prefilter
 * code-search engines put before their expressions, so an expression that cannot match a note is not run over it.
 *
 * Everything is in lower case and ASCII, and a literal is only claimed where the reading is certain: anything this does
 * not understand (a back-reference, a large character class, an unfamiliar escape) counts as "any text", which never
 * adds a literal. Positive lookarounds count, because their text must be in the note too; negative ones never do.
 */

/** Strings a part of an expression can match, when they are few and short; `undefined` when they are not known. */
type Exact = Set<string> | undefined;

interface Reading {
  exact: Exact;
  /** One of these occurs in the text wherever the part matches; `undefined` when nothing can be said. */
  required: Set<string> | undefined;
}

/** Below three characters a literal is in nearly every note and says nothing. */
const MIN_LITERAL_LENGTH = 3;
/** More alternatives than this are no longer followed exactly (the cross product of a sequence grows fast). */
const MAX_EXACT = 64;
/** Longer exact strings end a run: a prefix of a required literal is required too, but nothing may follow it. */
const MAX_LITERAL_LENGTH = 16;
/** A class of more characters than this is read as "any character". */
const MAX_CLASS = 4;

const ANY: Reading = { exact: undefined, required: undefined };
const EMPTY: Reading = { exact: new Set(['']), required: undefined };

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    /** Under the u flag "\u{41}" is a code point; without it, "u" repeated 41 times. */
    private readonly unicode: boolean,
  ) {}

  parse(): Reading {
    const reading = this.alternation();
    if (this.at !== this.source.length) throw new Error('unbalanced expression');
    return reading;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  private alternation(): Reading {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : union(branches);
  }

  private sequence(): Reading {
    const items: Reading[] = [];
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return concatenation(items);
  }

  private atom(): Reading {
    const c = this.source[this.at++];
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANY;
      default:
        return literal(c);
    }
  }

  private group(): Reading {
    let lookaround: 'positive' | 'negative' | undefined;
    if (this.peek() === '?') {
      const kind = this.source.slice(this.at, this.at + 3);
      if (kind.startsWith('?:')) this.at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        lookaround = kind[1] === '=' ? 'positive' : 'negative';
        this.at += 2;
      } else if (kind === '?<=' || kind === '?<!') {
        lookaround = kind[2] === '=' ? 'positive' : 'negative';
        this.at += 3;
      } else if (kind.startsWith('?<')) {
        const close = this.source.indexOf('>', this.at);
        if (close < 0) throw new Error('unterminated group name');
        this.at = close + 1;
      } else throw new Error('unsupported group');
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Error('unterminated group');
    if (lookaround === 'negative') return EMPTY;
    if (lookaround === 'positive') return { exact: new Set(['']), required: best(inner) };
    return inner;
  }

  private characterClass(): Reading {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.at++;
    }
    const chars = new Set<string>();
    let known = true;
    while (this.at < this.source.length && this.peek() !== ']') {
      const from = this.classMember();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.at++;
        const to = this.classMember();
        if (from === undefined || to === undefined) {
          known = false;
          continue;
        }
        const [low, high] = [from.charCodeAt(0), to.charCodeAt(0)];
        if (high - low >= MAX_CLASS * 2) known = false;
        else for (let code = low; code <= high; code++) chars.add(String.fromCharCode(code));
        continue;
      }
      if (from === undefined) known = false;
      else chars.add(from);
    }
    if (this.source[this.at++] !== ']') throw new Error('unterminated class');
    if (negated || !known) return ANY;
    const lowered = new Set([...chars].map((c) => c.toLowerCase()));
    if (lowered.size === 0 || lowered.size > MAX_CLASS || [...lowered].some((c) => c.charCodeAt(0) > 0x7f)) return ANY;
    return { exact: lowered, required: undefined };
  }

  /** One character of a class, or `undefined` for a shorthand (\d, \p{…}) that stands for many. */
  private classMember(): string | undefined {
    const c = this.source[this.at++];
    if (c !== '\\') return c;
    const e = this.source[this.at++];
    switch (e) {
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return undefined;
      case 'p': case 'P':
        this.skipPropertyName();
        return undefined;
      case 'b':
        return '\b';
      default:
        return this.escapedCharacter(e);
    }
  }

  private escape(): Reading {
    const e = this.source[this.at++];
    switch (e) {
      case 'b': case 'B':
        return EMPTY;
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        return ANY;
      case 'p': case 'P':
        this.skipPropertyName();
        return ANY;
      case 'k':
        if (this.peek() === '<') this.at = this.source.indexOf('>', this.at) + 1;
        return ANY;
      default:
        if (e >= '1' && e <= '9') {
          while (this.peek() >= '0' && this.peek() <= '9') this.at++;
          return ANY;
        }
        {
          const c = this.escapedCharacter(e);
          return c === undefined ? ANY : literal(c);
        }
    }
  }

  private skipPropertyName(): void {
    if (this.peek() !== '{') return;
    const close = this.source.indexOf('}', this.at);
    if (close < 0) throw new Error('unterminated property');
    this.at = close + 1;
  }

  /** The character an escape stands for, or `undefined` for one this reader does not interpret. */
  private escapedCharacter(e: string): string | undefined {
    switch (e) {
      case 't': return '\t';
      case 'n': return '\n';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'v': return '\v';
      // '\0' before a digit, and '\1' to '\9' inside a class, are octal escapes outside Unicode mode.
      case '0': return this.peek() >= '0' && this.peek() <= '9' ? undefined : '\0';
      case 'c': this.at++; return undefined;
      // An escape without its hex digits is the letter itself outside Unicode mode: read as any character.
      case 'x':
        return this.hexCharacter(2);
      case 'u': {
        const braced = this.unicode ? /^\{([0-9A-Fa-f]{1,6})\}/.exec(this.source.slice(this.at)) : null;
        if (!braced) return this.hexCharacter(4);
        this.at += braced[0].length;
        return String.fromCodePoint(parseInt(braced[1], 16));
      }
      default:
        // Identity escapes of punctuation ('\.', '\/', '\-'); a letter escape this reader does not know says nothing.
        return /[A-Za-z0-9]/.test(e) ? undefined : e;
    }
  }

  private hexCharacter(digits: number): string | undefined {
    const hex = this.source.slice(this.at, this.at + digits);
    if (hex.length !== digits || !/^[0-9A-Fa-f]+$/.test(hex)) return undefined;
    this.at += digits;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private quantified(item: Reading): Reading {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) return item;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return item;
    this.at++;
    if (this.peek() === '?') this.at++;
    return repeat(item, min, max);
  }
}

function literal(c: string): Reading {
  if (c.charCodeAt(0) > 0x7f) return ANY;
  return { exact: new Set([c.toLowerCase()]), required: undefined };
}

/** A set worth requiring: every member long enough to be rare. */
function useful(strings: Set<string> | undefined): strings is Set<string> {
  if (!strings || strings.size === 0) return false;
  for (const s of strings) if (s.length < MIN_LITERAL_LENGTH) return false;
  return true;
}

function shortest(strings: Set<string>): number {
  let length = Infinity;
  for (const s of strings) length = Math.min(length, s.length);
  return length;
}

/** The more selective of two requirements: longer literals first, then fewer of them. */
function better(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!useful(a)) return useful(b) ? b : undefined;
  if (!useful(b)) return a;
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

function best(reading: Reading): Set<string> | undefined {
  return better(reading.required, reading.exact);
}

function union(branches: Reading[]): Reading {
  let exact: Exact = new Set();
  let required: Set<string> | undefined = new Set();
  for (const branch of branches) {
    if (exact && branch.exact && exact.size + branch.exact.size <= MAX_EXACT) for (const s of branch.exact) exact.add(s);
    else exact = undefined;
    const need = best(branch);
    if (required && need) for (const s of need) required.add(s);
    else required = undefined;
  }
  return { exact, required };
}

function product(left: Set<string>, right: Set<string>): Exact {
  if (left.size * right.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const a of left) for (const b of right) {
    if (a.length + b.length > MAX_LITERAL_LENGTH) return undefined;
    out.add(a + b);
  }
  return out;
}

function concatenation(items: Reading[]): Reading {
  if (items.length === 0) return EMPTY;
  if (items.length === 1) return items[0];
  let required: Set<string> | undefined;
  let run: Exact = new Set(['']);
  let whole: Exact = new Set(['']);
  for (const item of items) {
    required = better(required, item.required);
    const joined: Exact = run && item.exact ? product(run, item.exact) : undefined;
    if (joined) run = joined;
    else {
      required = better(required, run);
      // The run starts again from this item: its own strings, or nothing known until the next exact item.
      run = item.exact;
      if (!run) run = new Set(['']);
    }
    whole = whole && item.exact ? product(whole, item.exact) : undefined;
  }
  required = better(required, run);
  return { exact: whole, required };
}

function repeat(item: Reading, min: number, max: number): Reading {
  if (min === 0 && max === 0) return EMPTY;
  let exact: Exact;
  if (item.exact && max <= 3) {
    exact = new Set();
    let power: Exact = new Set(['']);
    for (let k = 1; k <= max && exact; k++) {
      power = power && product(power, item.exact);
      if (!power) exact = undefined;
      else if (k >= min) for (const s of power) exact.add(s);
    }
    if (exact && min === 0) exact.add('');
    if (exact && exact.size > MAX_EXACT) exact = undefined;
  }
  return { exact, required: min >= 1 ? best(item) : undefined };
}

/**
 * The lower-case literals one of which is in every text `pattern` matches, or `undefined` when no such set of
 * literals of three characters or more can be read from it.
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | undefined {
  // Class set operations of the v flag are not read.
  if (pattern.flags.includes('v')) return undefined;
  let reading: Reading;
  try {
    reading = new Parser(pattern.source, pattern.unicode).parse();
  } catch {
    return undefined;
  }
  const need = best(reading);
  if (!need) return undefined;
  // A literal holding another of the set adds nothing: wherever it occurs, so does the other.
  const literals = [...need];
  return literals.filter((l) => !literals.some((other) => other !== l && l.includes(other))).sort();
}
