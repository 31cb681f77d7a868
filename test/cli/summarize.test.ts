import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';
import { CLINIC_NOTE, CLINIC_NOTE_PHI } from '../unit/summary/notes';
import { type FakeOpenAi, failWith, sseAnswer, startFakeOpenAi } from '../unit/summary/fakeOpenAi';

const dir = mkdtempSync(join(tmpdir(), 'clinote-summarize-'));
const servers: FakeOpenAi[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await Promise.all(servers.map((s) => s.close()));
});

function collect(stream: PassThrough): Promise<string> {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))));
}

async function run(argv: string[], input = '', env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  stdin.end(input);
  const code = await main(['summarize', ...argv], { stdin, stdout, stderr, interactive: false, cwd: dir, env });
  stdout.end();
  stderr.end();
  return { code, stdout: await out, stderr: await err };
}

const notePath = join(dir, 'note.txt');
writeFileSync(notePath, CLINIC_NOTE);

test('FILE prints the plain-text summary; --json prints the contract', async () => {
  const plain = await run(['note.txt']);
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /^68-year-old female with heart failure/);
  assert.match(plain.stdout, /\nAllergies:\n- Penicillin \(hives\)\./);
  const json = await run(['note.txt', '--json']);
  const summary = JSON.parse(json.stdout);
  assert.deepEqual(Object.keys(summary), ['oneLiner', 'items', 'text']);
  for (const item of summary.items) {
    assert.ok(['problems', 'medications', 'allergies', 'findings', 'plan', 'followup'].includes(item.section));
    for (const { start, end } of item.sources) assert.ok(CLINIC_NOTE.slice(start, end).replace(/\s+/g, ' ').startsWith(item.text.slice(0, 10)));
  }
});

test('--jsonl: one output line per input line, in order, bad lines answered in place', async () => {
  const input = [
    JSON.stringify({ id: 'a', text: CLINIC_NOTE }),
    'not json',
    JSON.stringify({ id: 7, text: 'ASSESSMENT: Otitis media.\nPLAN: Start amoxicillin 500 mg three times daily.' }),
    JSON.stringify({ id: 'no-text' }),
  ].join('\n');
  const result = await run(['--jsonl'], input + '\n');
  assert.equal(result.code, 0);
  const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].id, 'a');
  assert.deepEqual(Object.keys(lines[0].summary), ['oneLiner', 'items', 'text']);
  assert.match(lines[1].error, /line 2/);
  assert.equal(lines[2].id, 7);
  assert.deepEqual(lines[2].summary.items.map((i: { section: string; text: string }) => [i.section, i.text]), [
    ['problems', 'Otitis media.'],
    ['medications', 'Start amoxicillin 500 mg three times daily.'],
    ['plan', 'Start amoxicillin 500 mg three times daily.'],
  ]);
  assert.deepEqual(lines[2].summary.items[0].sources, [{ start: 12, end: 25 }]);
  assert.equal(lines[3].id, 'no-text');
});

test('usage errors exit 2 with one line', async () => {
  for (const argv of [[], ['missing.txt'], ['note.txt', '--llm'], ['note.txt', '--model', 'x'], ['note.txt', '--llm', '--base-url', 'https://api.example.com/v1', '--model', 'm'], ['--jsonl', 'note.txt']]) {
    const result = await run(argv);
    assert.equal(result.code, 2, argv.join(' '));
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.match(result.stderr, /^clinote summarize: /);
  }
});

test('--llm talks to a local server with the key from OPENAI_API_KEY and de-identifies by default', async () => {
  const answer = JSON.stringify({ oneLiner: '68-year-old female with heart failure.', items: [{ section: 'plan', text: 'Start empagliflozin 10 mg daily', evidence: ['Start empagliflozin 10 mg daily'] }] });
  const server = await startFakeOpenAi([sseAnswer(answer)]);
  servers.push(server);
  const result = await run(['note.txt', '--json', '--llm', '--base-url', server.baseUrl, '--model', 'local'], '', { OPENAI_API_KEY: 'sk-cli' });
  assert.equal(result.code, 0, result.stderr);
  assert.equal(server.requests[0].headers.authorization, 'Bearer sk-cli');
  for (const phi of CLINIC_NOTE_PHI) assert.ok(!server.requests[0].raw.includes(phi));
  const summary = JSON.parse(result.stdout);
  assert.equal(summary.items[0].text, 'Start empagliflozin 10 mg daily');
  assert.deepEqual(summary.items[0].unsupported, []);
});

test('--llm failures print one clear line and exit 3', async () => {
  const server = await startFakeOpenAi([failWith(401, { message: 'bad key' })]);
  servers.push(server);
  const result = await run(['note.txt', '--llm', '--base-url', server.baseUrl, '--model', 'local'], '', { OPENAI_API_KEY: 'wrong' });
  assert.equal(result.code, 3);
  assert.match(result.stderr, /^clinote summarize: The model server at http:\/\/127\.0\.0\.1:\d+ refused the API key \(401\); check the key\.\n$/);
  const jsonl = await startFakeOpenAi([sseAnswer('nonsense')]);
  servers.push(jsonl);
  const lines = await run(['--jsonl', '--llm', '--base-url', jsonl.baseUrl, '--model', 'local', '--retries', '0'], JSON.stringify({ id: 1, text: CLINIC_NOTE }) + '\n');
  assert.equal(lines.code, 0);
  assert.match(JSON.parse(lines.stdout).error, /did not answer with the JSON summary/);
});
