import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface OnEnterRule {
  beforeText: string;
  action: { indent: string; appendText?: string };
}

interface LanguageConfiguration {
  comments?: unknown;
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
  onEnterRules: OnEnterRule[];
}

// VS Code reads this file as JSON with comments; whole-line comments are all it uses.
const configuration: LanguageConfiguration = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'language-configuration.json'), 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n'),
);

describe('language configuration', () => {
  it('declares no comment syntax and never auto-closes apostrophes', () => {
    assert.equal(configuration.comments, undefined);
    assert.ok(!configuration.autoClosingPairs.some((pair) => pair.open === "'"));
    assert.deepEqual(configuration.brackets, [['(', ')'], ['[', ']'], ['{', '}']]);
  });

  it('selects clinical tokens as whole words', () => {
    const words = new RegExp(configuration.wordPattern, 'g');
    const text = "Metformin 1000 mg/kg PO q6h; SpO2 97%, BP 120/80, patient's HbA1c 8.4% on 2024-07-22 b.i.d.";
    assert.deepEqual(text.match(words), [
      'Metformin', '1000', 'mg/kg', 'PO', 'q6h', 'SpO2', '97%', 'BP', '120/80', "patient's", 'HbA1c', '8.4%', 'on',
      '2024-07-22', 'b.i.d',
    ]);
  });

  it('continues "- " and "• " lists on Enter, and nothing else', () => {
    const continued = (line: string): string | undefined =>
      configuration.onEnterRules.find((rule) => new RegExp(rule.beforeText).test(line))?.action.appendText;
    assert.equal(continued('- Metformin 1000 mg BID'), '- ');
    assert.equal(continued('  • Cardiovascular: RRR'), '• ');
    assert.equal(continued('HPI: cough'), undefined);
    assert.equal(continued('-'), undefined);
  });
});
