import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { main } from '../../../server/src/cli';
import type { FhirServer } from '../../../server/src/fhir-server/server';
import { deadBaseUrl, MORRIS, startEmbedded } from './helpers';

async function run(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString('utf8')));
  const code = await main(argv, { stdin: new PassThrough(), stdout, stderr, interactive: false, cwd: process.cwd(), env });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('clinote context', () => {
  let server: FhirServer;
  before(async () => {
    server = await startEmbedded();
  });
  after(() => server.close());

  it('prints the context as JSON with the documented keys, by id or MRN', async () => {
    const byId = await run(['context', '--patient', MORRIS.id, '--fhir', server.baseUrl, '--json']);
    assert.equal(byId.code, 0, byId.stderr);
    const context = JSON.parse(byId.stdout);
    for (const key of ['patient', 'conditions', 'medications', 'allergies', 'observations', 'encounters']) {
      assert.ok(Array.isArray(context[key]) || key === 'patient', key);
    }
    assert.equal(context.patient.id, MORRIS.id);
    const byMrn = await run(['context', '--mrn', MORRIS.mrn, '--fhir', server.baseUrl]);
    assert.equal(byMrn.code, 0, byMrn.stderr);
    assert.match(byMrn.stdout, /^Morris Lockman {2}\(id /);
    assert.match(byMrn.stdout, /\nConditions \(\d+\)\n/);
  });

  it('exits 2 with one line on stderr for each fault', async () => {
    const dead = await deadBaseUrl();
    const cases: [string[], RegExp][] = [
      [['context', '--patient', 'p1', '--fhir', dead], /^clinote context: FHIR server http:\/\/127\.0\.0\.1:\d+ is not reachable/],
      [['context', '--patient', 'no-such-patient', '--fhir', server.baseUrl], /has no Patient with that id \(404\)$/],
      [['context', '--patient', 'p1'], /--fhir URL is required$/],
      [['context', '--fhir', server.baseUrl], /exactly one of --patient ID or --mrn MRN$/],
      [['context', '--patient', 'p1', '--fhir', 'not a url'], /not a valid URL$/],
      [['context', '--patient', 'p1', '--fhir', server.baseUrl, '--timeout', '0'], /--timeout takes a whole number/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.equal(result.stderr.split('\n').length, 2, `one line: ${result.stderr}`);
      assert.match(result.stderr.trimEnd(), message);
    }
  });
});
