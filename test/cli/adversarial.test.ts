import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { CLI_PATH } from './run';

/**
 * Inputs built to make regular expressions backtrack. Every engine must stay linear: each ~512 KB input gets a
 * fixed time budget for the whole process, far above linear cost and far below what super-linear matching
 * would need, and the process is killed if it runs over (a stuck regex cannot be interrupted from inside).
 */
const SIZE = 256 * 1024;
const BUDGET_MS = 10_000;

function fill(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const ADVERSARIAL: Record<string, string> = {
  'one giant word': fill('a'),
  'a place phrase before one giant capital word': 'PT LIVES IN ' + fill('A'),
  'unit initials and bed numbers': fill('MICU 1 '),
  'census lines of a room, a patient and a dash': fill('502B HARJO, DEAN - COWS 6-8\n'),
  'a room named again and again': 'RM 412\n' + fill('412, '),
  'chair board lines': 'HD ROUNDS\n' + fill('CH 6  KING, LORETTA - K 6.1\n'),
  'one giant number': fill('1'),
  'date-like slashes': fill('1/'),
  'dotted numbers': fill('1.1.'),
  'hyphenated digits': fill('12-'),
  'titles without names': fill('Dr. '),
  'capital initials': fill('A '),
  'phone fragments': fill('(617) 555-'),
  'at signs': fill('x@'),
  'url fragments': fill('http://a'),
  'dots only': fill('.'),
  'dashes only': fill('-'),
  'spaces only': fill(' '),
  'names and commas': fill('Mr. Smith, '),
  'label then digits': 'MRN: ' + fill('1'),
  'month words': fill('January 1st, '),
  'room fragments': fill('Room 1A-'),
  'colon headers': fill('A/P: '),
  'line feeds': fill('\n'),
  'carriage returns': fill('\r'),
  'zero-width spaces': fill('\u200B'),
  'right-to-left marks': fill('\u200F a'),
  'unbalanced parentheses': fill('(('),
  'all-caps words': fill('HOPE MAY WILL '),
  'a table header over rows of cells': 'RM  PATIENT  SURGEON  ANES  INIT\n' + fill('4   KING, MAY  STONE  BELL  HB\n'),
  'one wide header and one wide row': fill('PATIENT  RN  ').trimEnd() + '\n' + fill('SMITH, JOHN  XX  '),
  'bulleted census lines with lettered rooms': fill(' - ICU-09 OKAFOR, CHIDI - TRANSFER\n'),
  'thousands of firms, each named twice': fill(Array.from({ length: 400 }, (_, i) => `Works at Qz${i.toString(36)}vor Plastics Inc., Qz${i.toString(36)}vor Plastics HR. `).join('')),
  'mixed garbage': Array.from({ length: SIZE }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 9000))).join(''),
};

function runWithBudget(args: string[], input: string, budgetMs = BUDGET_MS): Promise<{ code: number | null; ms: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI_PATH, ...args], { stdio: ['pipe', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), budgetMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started, lines: output.trim() === '' ? 0 : output.trim().split('\n').length });
    });
    child.stdin.end(input);
  });
}

const input = Object.entries(ADVERSARIAL)
  .map(([id, text]) => JSON.stringify({ id, text }))
  .join('\n');

for (const command of ['phi', 'deid', 'icd', 'summarize']) {
  describe(`clinote ${command} --jsonl on inputs built to backtrack`, () => {
    for (const [id, text] of Object.entries(ADVERSARIAL)) {
      it(`${id}: answers within ${BUDGET_MS / 1000} s for ${Math.round(text.length / 1024)} KB`, async () => {
        const result = await runWithBudget([command, '--jsonl'], JSON.stringify({ id, text }) + '\n');
        assert.equal(result.code, 0, `exit ${result.code} after ${result.ms} ms (killed when over budget)`);
        assert.equal(result.lines, 1);
      });
    }
  });
}

describe('all adversarial inputs in one stream', () => {
  it('keeps one output line per input line', async () => {
    const result = await runWithBudget(['phi', '--jsonl'], input + '\n', BUDGET_MS * 4);
    assert.equal(result.code, 0);
    assert.equal(result.lines, Object.keys(ADVERSARIAL).length);
  });
});
