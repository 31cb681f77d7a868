import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { CLI_PATH, runCli } from './run';
import { temporaryDirectory } from '../temporaryDirectory';

const NOTE_PATH = join(__dirname, '..', 'fixtures', 'notes', 'progress.note');
const NOTE = readFileSync(NOTE_PATH, 'utf8');

function tempDir(): string {
  return temporaryDirectory('clinote-cli-');
}

describe('clinote phi', () => {
  it('says on stderr, once and without note text, that it runs on the rules alone when the tagger model is missing', () => {
    // A bundle without the data folder beside it: the install the package check guards against.
    const dir = tempDir();
    const copy = join(dir, 'cli.js');
    copyFileSync(CLI_PATH, copy);
    const input = JSON.stringify({ id: 'a', text: 'Seen by Dr. Whitcomb on 3/4/2024.' }) + '\n';
    const run = spawnSync(process.execPath, [copy, 'phi', '--jsonl'], { input, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr.match(/PHI tagger model could not be read, so PHI detection runs on the rules alone/g)?.length, 1, run.stderr);
    assert.ok(!run.stderr.includes('Whitcomb'));
    assert.deepEqual(JSON.parse(run.stdout).spans.map((s: { category: string }) => s.category), ['NAME', 'DATE']);
    const shipped = spawnSync(process.execPath, [CLI_PATH, 'phi', '--jsonl'], { input, encoding: 'utf8' });
    assert.equal(shipped.stderr, '');
  });

  it('lists findings as file:line:col with category, and as JSON', async () => {
    const plain = await runCli(['phi', NOTE_PATH]);
    assert.equal(plain.code, 0, plain.stderr);
    assert.match(plain.stdout, /progress\.note:8:\d+ {2}CONTACT\/PHONE/);
    const json = await runCli(['phi', NOTE_PATH, '--json']);
    const parsed = JSON.parse(json.stdout) as Array<{ file: string; findings: Array<{ start: number; end: number; text: string; category: string; reason: string }> }>;
    assert.equal(parsed.length, 1);
    for (const f of parsed[0].findings) {
      assert.equal(NOTE.slice(f.start, f.end), f.text);
      assert.ok(f.reason.length > 0);
    }
  });

  it('--jsonl answers one line per input line, in order, with UTF-16 offsets', async () => {
    const notes = [
      { id: 'a', text: 'Seen by Dr. Castellanos on 07/22/2024.' },
      { id: 7, text: 'No identifiers here; BP 120/80, HR 72.' },
      { id: 'emoji', text: '😀 Call (617) 555-0134 re: results.' },
    ];
    const result = await runCli(['phi', '--jsonl'], { input: notes.map((n) => JSON.stringify(n)).join('\n') + '\n' });
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['a', 7, 'emoji']);
    assert.deepEqual(lines[1].spans, []);
    for (const [i, line] of lines.entries()) {
      for (const span of line.spans) {
        assert.equal(notes[i].text.slice(span.start, span.end), span.text);
        assert.deepEqual(Object.keys(span).sort(), ['category', 'confidence', 'end', 'start', 'subtype', 'text']);
      }
    }
    const phone = lines[2].spans.find((s: { category: string }) => s.category === 'CONTACT');
    assert.ok(phone && phone.start >= 2, 'offsets count the emoji as two UTF-16 units');
  });

  it('--jsonl answers a bad line with an error line and keeps going', async () => {
    const result = await runCli(['phi', '--jsonl'], { input: 'not json\n{"id":1}\n{"id":2,"text":"Dr. Castellanos"}\n' });
    assert.equal(result.code, 0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 3);
    assert.ok(lines[0].error && lines[1].error && !lines[2].error);
    assert.equal(lines[1].id, 1);
  });

  it('exits 1 with --fail-on-phi when PHI is found and 0 when not', async () => {
    assert.equal((await runCli(['phi', NOTE_PATH, '--fail-on-phi'])).code, 1);
    const dir = tempDir();
    writeFileSync(join(dir, 'clean.note'), 'BP 120/80. Continue lisinopril 10 mg daily.\n');
    assert.equal((await runCli(['phi', join(dir, 'clean.note'), '--fail-on-phi'])).code, 0);
  });

  it('exits 2 with a one-line message for bad usage and unreadable input, without quoting notes', async () => {
    for (const args of [['phi'], ['phi', '/nonexistent/note.note'], ['phi', NOTE_PATH, '--bogus'], ['phi', '--jsonl', NOTE_PATH], ['deid', NOTE_PATH, '--mode', 'shred'], ['nosuchcommand']]) {
      const result = await runCli(args);
      assert.equal(result.code, 2, `${args.join(' ')} → ${result.code}`);
      assert.ok(result.stderr.trim().length > 0, 'a message on stderr');
      assert.ok(!result.stderr.includes('Okafor'));
    }
    const dirWithoutOut = await runCli(['deid', tempDir()]);
    assert.equal(dirWithoutOut.code, 2);
    assert.equal(dirWithoutOut.stderr.trim().split('\n').length, 1);
  });
});

describe('clinote deid', () => {
  it('writes a de-identified note in each mode and never touches the original', async () => {
    for (const mode of ['tag', 'redact', 'surrogate']) {
      const result = await runCli(['deid', NOTE_PATH, '--mode', mode]);
      assert.equal(result.code, 0, result.stderr);
      for (const original of ['Okafor', '555-0134', '123-45-6789', '00482913', 'Castellanos']) {
        assert.ok(!result.stdout.includes(original), `${mode}: "${original}" survived`);
      }
      if (mode === 'tag') assert.match(result.stdout, /\[NAME\]/);
      if (mode === 'redact') assert.match(result.stdout, /█/);
    }
    assert.equal(readFileSync(NOTE_PATH, 'utf8'), NOTE);
  });

  it('is deterministic given a key file, and different with another key', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'key1'), 'a'.repeat(64));
    writeFileSync(join(dir, 'key2'), 'b'.repeat(64));
    const input = JSON.stringify({ id: 'n1', text: NOTE }) + '\n';
    const first = await runCli(['deid', '--jsonl', '--key-file', join(dir, 'key1')], { input });
    const again = await runCli(['deid', '--jsonl', '--key-file', join(dir, 'key1')], { input });
    const other = await runCli(['deid', '--jsonl', '--key-file', join(dir, 'key2')], { input });
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, again.stdout);
    assert.notEqual(first.stdout, other.stdout);
    const text = JSON.parse(first.stdout).text as string;
    assert.ok(!text.includes('Okafor'));
  });

  it('gives identical --jsonl output whatever the number of worker threads', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'key'), 'c'.repeat(64));
    const lines = Array.from({ length: 150 }, (_, i) => JSON.stringify({ id: i, text: i % 7 === 3 ? '{broken' : NOTE.replace('Okafor', `Okafor${i}`) }));
    const input = lines.map((l, i) => (i % 7 === 3 ? '{broken' : l)).join('\n') + '\n';
    for (const command of ['phi', 'deid']) {
      const key = command === 'deid' ? ['--key-file', join(dir, 'key')] : [];
      const single = await runCli([command, '--jsonl', ...key], { input });
      const parallel = await runCli([command, '--jsonl', '--workers', '3', ...key], { input });
      assert.equal(single.code, 0, single.stderr);
      assert.equal(parallel.code, 0, parallel.stderr);
      assert.equal(parallel.stdout, single.stdout, `${command}: workers changed the output`);
      assert.equal(single.stdout.trim().split('\n').length, 150);
    }
  });

  it('processes a directory recursively into OUT, keeping the tree and skipping non-notes', async () => {
    const input = tempDir();
    mkdirSync(join(input, 'ward', 'night'), { recursive: true });
    writeFileSync(join(input, 'a.note'), NOTE);
    writeFileSync(join(input, 'ward', 'night', 'b.cnote'), NOTE.toUpperCase());
    writeFileSync(join(input, 'ward', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const out = join(tempDir(), 'out');
    const result = await runCli(['deid', input, '-o', out, '--mode', 'tag']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['a.note', 'ward']);
    assert.ok(existsSync(join(out, 'ward', 'night', 'b.cnote')));
    assert.ok(!existsSync(join(out, 'ward', 'image.png')));
    const upper = readFileSync(join(out, 'ward', 'night', 'b.cnote'), 'utf8');
    assert.ok(!upper.includes('OKAFOR') && !upper.includes('555-0134'));
  });
});
