import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { holdsAny, lowerCaseOf, matchesOf, mayMatch, setLiteralGating } from '../../server/src/core/matches';
import { detectPhi } from '../../server/src/core/phi/detect';
import { requiredLiterals } from '../../server/src/core/requiredLiterals';

const FIXTURES = join(__dirname, '..', 'fixtures', 'phi');

function notesOf(file: string, count: number): string[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .trim()
    .split('\n')
    .slice(0, count)
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

describe('requiredLiterals', () => {
  const cases: Array<[RegExp, string[] | undefined]> = [
    [/\bDr\.?\s+Smith\b/, ['smith']],
    [/\b(?:Hospital|Clinic)\b/, ['clinic', 'hospital']],
    [/\bMRN[:#]?\s*\d+/i, ['mrn']],
    [/[Mm]r[Nn]\s*\d/, ['mrn']],
    [/\d+(?= years old)/, [' years old']],
    [/(?<=\bseen by )[A-Z]\w+/, ['seen by ']],
    [/\b(?:Medical|Surgical) (?:Center|Centre)/, ['medical center', 'medical centre', 'surgical center', 'surgical centre']],
    [/(?:abc){2}/, ['abcabc']],
    [/\bward\s{1,2}\d|\bunit\s{1,2}\d/i, ['unit', 'ward']],
    [/\d{3}-\d{4}/, undefined],
    [/[A-Z][a-z]+/, undefined],
    [/\bDr\b/, undefined],
    [/\b(?:hospital|of)\b/, undefined],
    [/(?!hospital)\w+/, undefined],
    [/(?:hospital)?\d+/, undefined],
    [/\u2019s\b/, undefined],
    [/(\w+) \1/, undefined],
    [new RegExp('[\\1]bc'), undefined],
    [new RegExp('clinic', 'v'), undefined],
    [new RegExp('\\u{41}bcd'), ['bcd']],
    [new RegExp('\\u{41}bcd', 'u'), ['abcd']],
    [new RegExp('\\xZZabc'), ['zzabc']],
    [/\u0041bcd/, ['abcd']],
  ];
  for (const [pattern, expected] of cases) {
    it(`reads ${pattern}`, () => assert.deepEqual(requiredLiterals(pattern), expected));
  }

  it('never claims a literal that a match lacks', () => {
    const samples: Array<[RegExp, string]> = [
      [/\bDr\.?\s+Smith\b/g, 'seen by Dr Smith today'],
      [/(?:Medical|Surgical) (?:Center|Centre)/gi, 'MERCY SURGICAL CENTRE, 4 WEST'],
      [/\d+(?= years old)/g, 'she is 45 years old'],
      [/(?<=\bseen by )[A-Z]\w+/g, 'patient was seen by Okafor in clinic'],
    ];
    for (const [pattern, text] of samples) {
      const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(text);
      assert.ok(match, `${pattern} matches ${text}`);
      const literals = requiredLiterals(pattern)!;
      assert.ok(literals.some((l) => text.toLowerCase().includes(l)), `${pattern}: ${literals.join(', ')}`);
    }
  });
});

describe('the literal test before an expression', () => {
  it('skips an expression whose literals the note lacks, and runs it where they are', () => {
    const pattern = /\b(?:Hospital|Clinic)\b/g;
    const without = 'Seen today for follow-up of hypertension; blood pressure well controlled on current dose.';
    const withIt = 'Seen today at Lakeside Clinic for follow-up of hypertension; blood pressure well controlled.';
    lowerCaseOf(without);
    assert.equal(mayMatch(pattern, without), false);
    assert.deepEqual([...matchesOf(pattern, without)], []);
    lowerCaseOf(withIt);
    assert.equal(mayMatch(pattern, withIt), true);
    assert.deepEqual([...matchesOf(pattern, withIt)].map((m) => m[0]), ['Clinic']);
  });

  it('lets any other text than the note last lowered through', () => {
    const note = 'Seen today for follow-up of hypertension; blood pressure well controlled on current dose.';
    lowerCaseOf(note);
    assert.equal(mayMatch(/\bClinic\b/g, 'another text of the same kind, read for a single line only'), true);
  });

  it("runs the expression on a note holding 'ſ', which a case-blind Unicode expression reads as 's'", () => {
    const note = 'The patient was ſeen and examined this morning; no acute distress, vitals stable overnight.';
    lowerCaseOf(note);
    assert.deepEqual([...matchesOf(/\bseen\b/giu, note)].map((m) => m[0]), ['ſeen']);
  });

  it('answers holdsAny as includes does, short words too', () => {
    const lower = lowerCaseOf('Pt states his dog bit him; seen by RN at 0800. Wife at bedside.').toLowerCase();
    for (const words of [['dog', ' cat'], ['horse'], ['rn '], ['t:'], ['wife', 'husband'], ['parrot', 'bunny']]) {
      assert.equal(holdsAny(lower, words), words.some((w) => lower.includes(w)), words.join(','));
    }
  });

  it('changes no finding on dev notes, and every match the expressions make is one the test lets through', () => {
    const notes = [...notesOf('synthetic-dev.jsonl', 60), ...notesOf('synthea-dev.jsonl', 20), ...notesOf('synthetic-dev50.jsonl', 50)];
    const matched: Array<[RegExp, string]> = [];
    const exec = RegExp.prototype.exec;
    setLiteralGating(false);
    let plain: string[];
    try {
      RegExp.prototype.exec = function (this: RegExp, input: string) {
        const match = exec.call(this, input);
        if (match && this.global && input.length > 100) matched.push([this, input]);
        return match;
      };
      plain = notes.map((note) => JSON.stringify(detectPhi(note)));
    } finally {
      RegExp.prototype.exec = exec;
      setLiteralGating(true);
    }
    assert.ok(matched.length > 1000, `${matched.length} matches seen`);
    for (const [pattern, input] of matched) {
      lowerCaseOf(input);
      assert.ok(mayMatch(pattern, input), `${pattern.source.slice(0, 80)} would have been skipped`);
    }
    assert.deepEqual(notes.map((note) => JSON.stringify(detectPhi(note))), plain);
  });
});
