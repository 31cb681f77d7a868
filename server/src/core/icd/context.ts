/**
 * ConText/NegEx-style assertion detection within one sentence: a trigger phrase opens a scope that runs
 * forward (or backward) until a terminator word, the sentence end or a word budget; a mention whose words
 * fall in the scope takes the trigger's trait.
 */
import type { RawWord } from './text';

export type ContextTrait = 'NEGATION' | 'UNCERTAIN' | 'HISTORICAL' | 'FAMILY' | 'HYPOTHETICAL';

type Direction = 'forward' | 'backward' | 'both';

interface Trigger {
  words: string[];
  trait: ContextTrait | 'PSEUDO';
  direction: Direction;
  /** Words the scope may cover; family and history scopes reach further than negation. */
  reach: number;
}

function triggers(trait: Trigger['trait'], direction: Direction, reach: number, phrases: string): Trigger[] {
  return phrases.split('|').map((p) => ({ words: p.trim().split(/\s+/), trait, direction, reach }));
}

/** A negation covers a list of findings up to this many words long (NegEx uses 5; review-of-systems lists run longer). */
const NEGATION_REACH = 8;

/** Longer phrases are tried first so "family history of" wins over "history of". */
const TRIGGERS: Trigger[] = [
  // Pseudo-triggers look like triggers but assert nothing; they only stop the shorter trigger inside them.
  ...triggers('PSEUDO', 'forward', 0,
    'not only|no change|no increase|no further|not necessarily|gram negative|without difficulty|no longer|' +
    'without further|no new|no significant change|not certain whether'),
  ...triggers('UNCERTAIN', 'backward', 8,
    'cannot be ruled out|cannot be excluded|can not be excluded|could not be excluded|not been ruled out|not ruled out|' +
    'is suspected|was suspected|were suspected|is possible|is likely|is probable|was considered|is questionable'),
  ...triggers('NEGATION', 'forward', NEGATION_REACH,
    'no history of|no evidence of|no sign of|no signs of|no symptoms of|negative for|free of|absence of|' +
    'ruled out|rules out|rule out for|no|not|denies|denied|deny|denying|without|never|none|nor|neither|' +
    'no evidence|not have|did not have|does not have|excluded|unremarkable for|resolution of'),
  ...triggers('NEGATION', 'backward', 6,
    'was ruled out|were ruled out|has been ruled out|is ruled out|been excluded|was excluded|were excluded|' +
    'is negative|was negative|were negative|negative|not seen|not observed|not detected|is absent|was absent|' +
    'were absent|absent|not present|not found|ruled out|free'),
  ...triggers('UNCERTAIN', 'forward', 8,
    'rule out|r o|possible|possibly|probable|probably|suspected|suspicion of|suspicion|suspect|suspicious for|' +
    'likely|questionable|question of|could be|may be|might be|may have|concern for|concerning for|presumed|' +
    'presumptive|differential diagnosis|differential|versus|vs|doubtful|compatible with|suggestive of|suggesting|' +
    'suggests|impression of|appearance of|cannot exclude|can not exclude'),
  ...triggers('FAMILY', 'forward', 15,
    'family history of|family history|family hx|fh of|fhx|familial history of|family members|family member'),
  ...triggers('FAMILY', 'both', 5,
    'mother|father|brother|sister|sibling|siblings|aunt|uncle|grandmother|grandfather|daughter|cousin|parents|' +
    'maternal|paternal|mom|dad|grandparents|relatives|in the family|first degree relative'),
  ...triggers('HISTORICAL', 'forward', 15,
    'past medical history of|past history of|personal history of|medical history of|history of|hx of|h o|' +
    'previous|previously|prior|status post|s p|remote|past|former|background of|antecedent|antecedents of|' +
    'diagnosed years ago|childhood'),
  ...triggers('HISTORICAL', 'backward', 8, 'in the past|years ago|months ago|in childhood|in remission|history|previously|resolved|disappeared'),
  ...triggers('HYPOTHETICAL', 'forward', 12,
    'if|in case of|should she develop|should he develop|should|return if|watch for|monitor for|monitoring for|' +
    'risk of|at risk for|at risk of|to prevent|prevention of|prophylaxis of|prophylaxis against|prophylaxis|screening for|' +
    'in the event of|call if|come back if|could develop|may develop|warning signs of|precautions for|to avoid|unless'),
];
TRIGGERS.sort((a, b) => b.words.length - a.words.length);
/** Triggers by first word, longest first, so each word is compared only with triggers it can start. */
const TRIGGERS_BY_FIRST_WORD = new Map<string, Trigger[]>();
for (const trigger of TRIGGERS) {
  const list = TRIGGERS_BY_FIRST_WORD.get(trigger.words[0]);
  if (list) list.push(trigger);
  else TRIGGERS_BY_FIRST_WORD.set(trigger.words[0], [trigger]);
}

const TERMINATORS = new Set([
  'but', 'however', 'although', 'though', 'yet', 'except', 'aside', 'apart', 'which', 'whereas', 'while', 'nevertheless',
  'presents', 'presented', 'presenting', 'shows', 'showed', 'revealed', 'reveals', 'diagnosed', 'admitted', 'developed',
  'now', 'currently', 'today', 'since',
]);

export interface ContextScopes {
  /**
   * Traits whose scope covers every word in [firstWord, lastWord]; `matchedWords` (the phrase's own words)
   * lets a trigger between them that is not one of them ("lesion-free kidney") count too.
   */
  traitsFor(firstWord: number, lastWord: number, matchedWords?: readonly number[]): ContextTrait[];
}

interface Scope {
  trait: ContextTrait;
  from: number;
  to: number;
}

/** Finds trigger scopes in one sentence; `words` are that sentence's words in order. */
export function contextScopes(words: readonly RawWord[], sentenceText: string, sentenceStart = 0): ContextScopes {
  const lower = words.map((w) => w.text.toLowerCase());
  const scopes: Scope[] = [];
  const used = new Uint8Array(lower.length);
  // "Without known allergies, with a history of hypertension": after a comma, "with" or a history phrase starts a
  // new item of the list, which a negation before the comma does not reach.
  const newItem = new Uint8Array(lower.length);
  for (let j = 1; j < lower.length; j++) {
    const gap = sentenceText.slice(words[j - 1].end - sentenceStart, words[j].start - sentenceStart);
    if (!/[,;]/.test(gap)) continue;
    if (lower[j] === 'with' || (TRIGGERS_BY_FIRST_WORD.get(lower[j]) ?? []).some((t) => t.trait === 'HISTORICAL' && t.words.every((w, k) => lower[j + k] === w))) newItem[j] = 1;
  }
  for (let i = 0; i < lower.length; i++) {
    if (used[i]) continue;
    for (const trigger of TRIGGERS_BY_FIRST_WORD.get(lower[i]) ?? []) {
      const n = trigger.words.length;
      if (i + n > lower.length) continue;
      let hit = true;
      for (let k = 0; k < n && hit; k++) hit = lower[i + k] === trigger.words[k];
      if (!hit) continue;
      for (let k = 0; k < n; k++) used[i + k] = 1;
      if (trigger.trait !== 'PSEUDO') addScopes(scopes, trigger, i, i + n - 1, lower, newItem);
      break;
    }
  }
  // A question mark after a finding ("pneumonia?") marks it as uncertain.
  if (/\?\s*$/.test(sentenceText)) scopes.push({ trait: 'UNCERTAIN', from: Math.max(0, lower.length - 4), to: lower.length - 1 });
  return {
    traitsFor(firstWord: number, lastWord: number, matchedWords: readonly number[] = []): ContextTrait[] {
      // A matched phrase may include its trigger ("history of hypertension"); the finding is the rest.
      let first = firstWord;
      let last = lastWord;
      while (first < last && used[first]) first++;
      while (last > first && used[last]) last--;
      // A trigger inside the phrase ("lesion-free kidney") asserts over the part it reaches.
      let inner = false;
      for (let w = first + 1; w < last; w++) inner ||= used[w] === 1 && !matchedWords.includes(w);
      const traits = new Set<ContextTrait>();
      for (const s of scopes) {
        // A mention that starts inside a scope is covered by it: "no chest pain or shortness of breath" negates
        // the whole list even where the last words run past the window.
        if ((s.from <= first && first <= s.to) || (inner && s.from <= last && first <= s.to)) traits.add(s.trait);
      }
      return [...traits];
    },
  };
}

function addScopes(scopes: Scope[], trigger: Trigger, first: number, last: number, lower: string[], newItem: Uint8Array): void {
  if (trigger.direction !== 'backward') {
    let to = last;
    for (let j = last + 1; j < lower.length && j <= last + trigger.reach; j++) {
      if (TERMINATORS.has(lower[j]) || (trigger.trait === 'NEGATION' && newItem[j])) break;
      to = j;
    }
    if (to > last) scopes.push({ trait: trigger.trait as ContextTrait, from: last + 1, to });
  }
  if (trigger.direction !== 'forward') {
    let from = first;
    for (let j = first - 1; j >= 0 && j >= first - trigger.reach; j--) {
      if (TERMINATORS.has(lower[j])) break;
      from = j;
    }
    if (from < first) scopes.push({ trait: trigger.trait as ContextTrait, from, to: first - 1 });
  }
}
