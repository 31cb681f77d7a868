import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from './run';
import { temporaryDirectory } from '../temporaryDirectory';

const NOTE = 'Assessment:\nType 2 diabetes mellitus with chronic kidney disease stage 3b.\nNo pneumonia.\nHTN.\n';
const CODE_KEYS = ['code', 'description', 'evidence', 'score', 'traits'];

function noteFile(text: string): string {
  const dir = temporaryDirectory('clinote-icd-cli-');
  const file = join(dir, 'note.txt');
  writeFileSync(file, text);
  return file;
}

describe('clinote icd', () => {
  it('prints ranked codes for a file, and the contract shape with --json', async () => {
    const file = noteFile(NOTE);
    const plain = await runCli(['icd', file]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /^E11\.22 /m);
    assert.doesNotMatch(plain.stdout, /J18/);
    const json = await runCli(['icd', file, '--json', '--top', '2']);
    assert.equal(json.code, 0, json.stderr);
    const parsed = JSON.parse(json.stdout) as { file: string; codes: Array<Record<string, unknown>> };
    assert.equal(parsed.codes.length, 2);
    for (const code of parsed.codes) {
      assert.deepEqual(Object.keys(code).sort(), CODE_KEYS);
      for (const e of code.evidence as Array<{ start: number; end: number; text: string }>) assert.equal(NOTE.slice(e.start, e.end), e.text);
    }
    const scores = parsed.codes.map((c) => c.score as number);
    assert.ok(scores[0] >= scores[1]);
  });

  it('--jsonl answers one line per input line, in order, with errors in place', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Assessment: COPD exacerbation.' }),
      'not json',
      JSON.stringify({ id: 2, text: 'No fever. Denies chest pain.' }),
      JSON.stringify({ id: 'c', nottext: 1 }),
      JSON.stringify({ id: 'd', text: 'Family history of breast cancer. Patient has GERD.' }),
    ].join('\n');
    const result = await runCli(['icd', '--jsonl'], { input: input + '\n' });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', null, 2, 'c', 'd']);
    assert.equal(lines[0].codes[0].code, 'J44.1');
    assert.ok(lines[1].error && lines[3].error);
    assert.deepEqual(lines[2].codes, []);
    assert.deepEqual(lines[4].codes.map((c: { code: string }) => c.code), ['K21.9']);
    for (const code of lines[0].codes) assert.deepEqual(Object.keys(code).sort(), CODE_KEYS);
  });

  it('exits 2 with one line on bad usage or unreadable input', async () => {
    for (const args of [['icd'], ['icd', '/no/such/note.txt'], ['icd', 'a', 'b'], ['icd', '--top', '0', 'x'], ['icd', '--jsonl', 'file'], ['icd', '--bogus']]) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.equal(result.stdout, '');
    }
    const badTable = await runCli(['icd', noteFile('HTN'), '--code-table', '/no/such/order.txt']);
    assert.equal(badTable.code, 2);
    assert.match(badTable.stderr, /code table/);
  });

  it('keeps note text out of error messages', async () => {
    const result = await runCli(['icd', '--jsonl'], { input: '{"id":1,"text":"John Smith has HTN"\n' });
    assert.doesNotMatch(result.stdout + result.stderr, /John Smith/);
  });
});
