import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, Registry, parseRawGrammar } from 'vscode-textmate';
import { SECTION_NAMES, parseSections } from '../../../server/src/core/note/sections';
import { indexLines, lineAt } from '../../../server/src/core/note/lines';

const ROOT = join(__dirname, '..', '..', '..');
const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'clinical-note.tmLanguage.json');
const HEADING = 'markup.heading.section.clinical-note';

interface Token {
  text: string;
  scopes: string[];
}

let grammar: IGrammar;

before(async () => {
  await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'text.clinical-note' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const loaded = await registry.loadGrammar('text.clinical-note');
  assert.ok(loaded, 'grammar loads');
  grammar = loaded;
});

function tokenize(line: string): Token[] {
  return grammar.tokenizeLine(line, INITIAL).tokens.map((token) => ({
    text: line.slice(token.startIndex, token.endIndex),
    scopes: token.scopes,
  }));
}

/** Scopes of every character of `fragment` (its first occurrence in `line`). */
function scopesOf(line: string, fragment: string): string[][] {
  const start = line.indexOf(fragment);
  assert.ok(start >= 0, `${fragment} in ${line}`);
  const result: string[][] = [];
  for (const token of grammar.tokenizeLine(line, INITIAL).tokens) {
    for (let i = Math.max(token.startIndex, start); i < Math.min(token.endIndex, start + fragment.length); i++) {
      result.push(token.scopes);
    }
  }
  return result;
}

function assertScoped(line: string, fragment: string, scope: string): void {
  for (const scopes of scopesOf(line, fragment)) {
    assert.ok(scopes.includes(scope), `"${fragment}" in "${line}" lacks ${scope}: ${scopes.join(' ')}`);
  }
}

function assertNotScoped(line: string, fragment: string, scope: string): void {
  for (const scopes of scopesOf(line, fragment)) {
    assert.ok(!scopes.includes(scope), `"${fragment}" in "${line}" has ${scope}`);
  }
}

function isHeading(line: string): boolean {
  return tokenize(line)[0]!.scopes.includes(HEADING);
}

describe('grammar file', () => {
  it('declares the scope name the extension contributes, and every regex compiles in Oniguruma', () => {
    const raw = JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8'));
    assert.equal(raw.scopeName, 'text.clinical-note');
    const contributed = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.grammars;
    assert.ok(contributed.some((entry: { scopeName: string; path: string }) =>
      entry.scopeName === raw.scopeName && join(ROOT, entry.path) === GRAMMAR_PATH));
    const patterns: string[] = [];
    JSON.stringify(raw, (key, value) => {
      if ((key === 'match' || key === 'begin' || key === 'end') && typeof value === 'string') patterns.push(value);
      return value;
    });
    assert.ok(patterns.length >= 10);
    for (const pattern of patterns) assert.doesNotThrow(() => new oniguruma.OnigScanner([pattern]).dispose(), pattern);
    for (const include of JSON.stringify(raw).matchAll(/"include":"#([^"]+)"/g)) {
      assert.ok(raw.repository[include[1]!], `repository has ${include[1]}`);
    }
  });
});

describe('grammar: section headers', () => {
  it('scopes a colon header and its title, leaving the text after it to the other rules', () => {
    const line = 'HPI: 67yo man, denies chest pain';
    assertScoped(line, 'HPI', 'entity.name.section.clinical-note');
    assertScoped(line, ':', 'punctuation.separator.key-value.clinical-note');
    assertNotScoped(line, '67yo man', HEADING);
    assertScoped(line, 'denies', 'keyword.other.negation.clinical-note');
  });

  it('recognises the headers of the brief in any case', () => {
    for (const line of ['HPI: x', 'hpi: x', 'ASSESSMENT AND PLAN:', 'A/P:', 'A&P:', 'MEDICATIONS:', 'Discharge Diagnoses:',
      'PMH:', 'PE:', 'ROS:', 'CC:', 'IMPRESSION:', 'FINDINGS:', 'FAMILY HISTORY:', 'Fam Hx:', 'SH:', 'Follow-up:',
      'Allergies (reviewed):', 'ALLERGIES (REVIEWED)', 'S: cough', 'O: afebrile', 'A: URI', 'P: fluids', '## Assessment', '# Chief Complaint']) {
      assert.ok(isHeading(line), line);
    }
  });

  it('does not take field labels, times, sentences or indented labels for headers', () => {
    for (const line of ['Patient: Harold', 'MRN: 000000', 'DOB: 01/02/1950', 'Date: 7/22/2024', 'Attending: Dr. X',
      '10:30 seen', 'The plan is: rest', 'Assessment', 'Plan was discussed', '  Plan: none', '• Cardiovascular: RRR',
      'NEURO: intact', 'Education: college', 'P: 88', 'PE', 'HIV', '#HTN']) {
      assert.ok(!isHeading(line), line);
    }
  });

  it('covers every header name of the parser, in the same forms the parser accepts', () => {
    for (const entry of SECTION_NAMES) {
      for (const name of entry.names) {
        assert.ok(isHeading(`${name}: x`), `${name}:`);
        assert.ok(isHeading(name.toUpperCase()), name.toUpperCase());
        assert.ok(!isHeading(name.toLowerCase()), `lower-case line ${name}`);
      }
      for (const abbreviation of entry.abbreviations ?? []) {
        assert.ok(isHeading(`${abbreviation.toUpperCase()}: x`), `${abbreviation}:`);
        if (abbreviation.length > 1) assert.ok(!isHeading(abbreviation.toUpperCase()), `lone ${abbreviation}`);
      }
    }
  });

  it('marks exactly the lines the section parser starts sections on, in every sample note', () => {
    const samplesDir = join(ROOT, 'samples');
    for (const file of readdirSync(samplesDir).filter((name) => /\.c?note$/.test(name))) {
      const text = readFileSync(join(samplesDir, file), 'utf8');
      const lines = indexLines(text);
      const parserLines = parseSections(text).map((section) => lineAt(lines, section.start));
      const grammarLines = text.split(/\r\n|\r|\n/).flatMap((line, index) => (line && isHeading(line) ? [index] : []));
      assert.deepEqual(grammarLines, parserLines, file);
    }
  });
});

describe('grammar: vital signs', () => {
  it('scopes labels, values and units', () => {
    const line = 'VS: BP 120/80 mmHg, HR 88, RR 16, T 98.6, Temp 37.2 C, SpO2 97%, O2 sat 95% RA';
    assertScoped(line, 'BP', 'support.type.vital-sign.clinical-note');
    assertScoped(line, '120/80', 'constant.numeric.vital-sign.clinical-note');
    assertScoped(line, 'mmHg', 'keyword.other.unit.clinical-note');
    for (const label of ['HR', 'RR', 'T 98.6', 'Temp', 'SpO2', 'O2 sat']) {
      assertScoped(line, label.split(' 9')[0]!, 'support.type.vital-sign.clinical-note');
    }
    for (const value of ['88', '16', '98.6', '37.2', '97', '95']) {
      assertScoped(line, value, 'constant.numeric.vital-sign.clinical-note');
    }
    assertScoped('Temp 37.2 C', 'C', 'keyword.other.unit.clinical-note');
    assertNotScoped(line, '120/80', 'constant.other.date.clinical-note');
  });

  it('reads ALL-CAPS nursing vitals', () => {
    const line = 'VITALS: T 100.4 F; HR 104; SPO2 91% ON 2L NC';
    assertScoped(line, '100.4', 'constant.numeric.vital-sign.clinical-note');
    assertScoped(line, 'SPO2', 'support.type.vital-sign.clinical-note');
    assertScoped(line, '91', 'constant.numeric.vital-sign.clinical-note');
  });
});

describe('grammar: doses, routes and frequencies', () => {
  it('scopes the amount, the unit, the route and the frequency', () => {
    const line = 'Metformin 1000 mg PO BID; heparin 80 units/kg IV; KCl 40 mEq; enoxaparin 0.5 mg/kg SC q12h PRN';
    assertScoped(line, '1000', 'constant.numeric.quantity.clinical-note');
    assertScoped(line, 'mg', 'keyword.other.unit.clinical-note');
    assertScoped(line, 'PO', 'keyword.other.route.clinical-note');
    assertScoped(line, 'BID', 'keyword.other.frequency.clinical-note');
    assertScoped(line, 'units/kg', 'keyword.other.unit.clinical-note');
    assertScoped(line, 'mEq', 'keyword.other.unit.clinical-note');
    assertScoped(line, 'mg/kg', 'keyword.other.unit.clinical-note');
    assertScoped(line, 'q12h', 'keyword.other.frequency.clinical-note');
    assertScoped(line, 'PRN', 'keyword.other.frequency.clinical-note');
  });

  it('scopes mL, mcg, IU and g doses and leaves unit-like letters inside words alone', () => {
    const line = 'vitamin D 1000 IU daily, fentanyl 25 mcg, amoxicillin 250 mg/5 mL, cefazolin 2 g; program mgmt';
    for (const unit of ['IU', 'mcg', '5 mL', '2 g']) {
      assertScoped(line, unit.replace(/^\d+ /, ''), 'keyword.other.unit.clinical-note');
    }
    assertNotScoped(line, 'program', 'keyword.other.unit.clinical-note');
    assertNotScoped(line, 'mgmt', 'keyword.other.unit.clinical-note');
  });
});

describe('grammar: dates and times', () => {
  it('scopes numeric, ISO and written dates', () => {
    const line = 'Seen 7/22/2024 and 2024-07-22, again Jul 22, 2024 and 22 July 2024, 14-Sep-2024, 11/03/24';
    for (const date of ['7/22/2024', '2024-07-22', 'Jul 22, 2024', '22 July 2024', '14-Sep-2024', '11/03/24']) {
      assertScoped(line, date, 'constant.other.date.clinical-note');
    }
  });

  it('scopes clock times but not ratios or scores', () => {
    const line = 'at 14:30 and 9:05 pm, pain 4/10, ratio 3:1000';
    assertScoped(line, '14:30', 'constant.other.time.clinical-note');
    assertScoped(line, '9:05 pm', 'constant.other.time.clinical-note');
    assertNotScoped(line, '4/10', 'constant.other.date.clinical-note');
    assertNotScoped(line, '3:1000', 'constant.other.time.clinical-note');
  });
});

describe('grammar: negation cues', () => {
  it('scopes negation words only as whole words', () => {
    const line = 'Denies fever; no edema; negative for DVT; notable knot';
    assertScoped(line, 'Denies', 'keyword.other.negation.clinical-note');
    assertScoped(line, 'no', 'keyword.other.negation.clinical-note');
    assertScoped(line, 'negative for', 'keyword.other.negation.clinical-note');
    assertNotScoped(line, 'notable', 'keyword.other.negation.clinical-note');
    assertNotScoped(line, 'knot', 'keyword.other.negation.clinical-note');
  });
});
