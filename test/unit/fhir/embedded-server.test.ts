import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Bundle, DocumentReference, Observation } from 'fhir/r4';
import type { FhirServer } from '../../../server/src/fhir-server/server';
import { startFhirServer } from '../../../server/src/fhir-server/server';
import { AN, KERMIT, MORRIS, startEmbedded } from './helpers';
import { temporaryDirectory } from '../../temporaryDirectory';

async function getJson(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describe('embedded FHIR server over HTTP', () => {
  let server: FhirServer;
  before(async () => {
    server = await startEmbedded(5);
  });
  after(() => server.close());

  it('serves an R4 CapabilityStatement at /metadata listing the searchable types and parameters', async () => {
    const { status, body } = await getJson(`${server.baseUrl}/metadata`);
    assert.equal(status, 200);
    assert.equal(body.resourceType, 'CapabilityStatement');
    assert.equal(body.fhirVersion, '4.0.1');
    const observation = body.rest[0].resource.find((r: { type: string }) => r.type === 'Observation');
    const names = observation.searchParam.map((p: { name: string }) => p.name);
    for (const name of ['patient', 'category', 'code', 'date']) assert.ok(names.includes(name), name);
  });

  it('reads by id and answers an unknown id with 404 and an OperationOutcome', async () => {
    const found = await getJson(`${server.baseUrl}/Patient/${MORRIS.id}`);
    assert.equal(found.body.name[0].family, 'Lockman');
    const missing = await getJson(`${server.baseUrl}/Patient/no-such-id`);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.resourceType, 'OperationOutcome');
  });

  it('resolves urn:uuid references from transaction bundles and conditional references from NDJSON', async () => {
    const observations = await getJson(`${server.baseUrl}/Observation?patient=${KERMIT.id}&_count=1`);
    const observation = observations.body.entry[0].resource as Observation;
    assert.equal(observation.subject?.reference, `Patient/${KERMIT.id}`);
    const documents = await getJson(`${server.baseUrl}/DocumentReference?patient=${AN.id}&_count=1`);
    const author = (documents.body.entry[0].resource as DocumentReference).author?.[0]?.reference ?? '';
    assert.match(author, /^Practitioner\/[0-9a-f-]+$/);
    const practitioner = await getJson(`${server.baseUrl}/${author}`);
    assert.equal(practitioner.status, 200);
  });

  it('searches with the parameters Clinote uses', async () => {
    const search = async (query: string) => (await getJson(`${server.baseUrl}/${query}`)).body as Bundle;
    assert.equal((await search(`Patient?identifier=${MORRIS.mrn}`)).total, 1);
    assert.equal((await search('Patient?name=lockman')).total, 1);
    assert.equal((await search('Patient?birthdate=1978-05-12')).entry?.[0].resource?.id, AN.id);
    const active = await search(`Condition?patient=Patient/${MORRIS.id}&clinical-status=active&_count=100`);
    const all = await search(`Condition?patient=${MORRIS.id}&_count=100`);
    assert.ok(active.total! > 0 && active.total! < all.total!);
    const coded = await search(`Condition?patient=${MORRIS.id}&code=http://snomed.info/sct|44054006`);
    assert.equal(coded.total, 1);
    const vitals = await search(`Observation?patient=${MORRIS.id}&category=vital-signs&_sort=-date&_count=100`);
    const dates = vitals.entry!.map((e) => (e.resource as Observation).effectiveDateTime!);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const encounters = await search(`Encounter?patient=${MORRIS.id}`);
    const recent = await search(`Encounter?patient=${MORRIS.id}&date=ge2020-01-01`);
    assert.ok(recent.total! > 0 && recent.total! < encounters.total!);
  });

  it('answers single-patient searches from the per-patient store exactly as a full scan does', async () => {
    const types = ['Condition', 'MedicationRequest', 'AllergyIntolerance', 'Observation', 'Encounter', 'DocumentReference', 'Procedure', 'Immunization'];
    for (const patient of [MORRIS.id, KERMIT.id, AN.id, 'no-such-patient']) {
      for (const type of types) {
        const ids = async (query: string) =>
          ((await getJson(`${server.baseUrl}/${type}?${query}&_count=200&_sort=_id`)).body as Bundle).entry?.map((e) => e.resource!.id) ?? [];
        // A list of two patients takes the full-scan path.
        assert.deepEqual(await ids(`patient=${patient}`), await ids(`patient=${patient},Patient/nobody`), `${type} of ${patient}`);
      }
    }
  });

  it('pages with absolute next/previous links that walk the whole result once', async () => {
    const first = (await getJson(`${server.baseUrl}/Condition?patient=${MORRIS.id}`)).body as Bundle;
    assert.equal(first.entry?.length, 5, 'server page size');
    const seen = new Set<string>();
    let page: Bundle | undefined = first;
    let pages = 0;
    while (page) {
      pages++;
      for (const entry of page.entry ?? []) seen.add(entry.resource!.id!);
      const next: string | undefined = page.link?.find((link) => link.relation === 'next')?.url;
      if (next) assert.ok(next.startsWith(server.baseUrl + '/Condition?'), next);
      page = next ? ((await getJson(next)).body as Bundle) : undefined;
    }
    assert.equal(seen.size, first.total);
    assert.equal(pages, Math.ceil(first.total! / 5));
    const second = (await getJson(first.link!.find((l) => l.relation === 'next')!.url)).body as Bundle;
    assert.ok(second.link?.some((l) => l.relation === 'previous'));
  });

  it('refuses unknown parameters, other methods and unknown types with an OperationOutcome', async () => {
    const unknown = await getJson(`${server.baseUrl}/Condition?patient=${MORRIS.id}&colour=blue`);
    assert.equal(unknown.status, 400);
    assert.match(unknown.body.issue[0].details.text, /Unknown search parameter 'colour'/);
    const post = await fetch(`${server.baseUrl}/Patient`, { method: 'POST', body: '{}' });
    assert.equal(post.status, 405);
    await post.body?.cancel();
    assert.equal((await getJson(`${server.baseUrl}/Spaceship`)).status, 404);
    assert.equal((await getJson(`${server.baseUrl}/Condition?_count=many`)).status, 400);
  });

  it('answers no request whose Host header names another site (DNS rebinding)', async () => {
    const { port } = new URL(server.baseUrl);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/fhir/Patient/${MORRIS.id}`, headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 421);
    assert.equal((await getJson(`http://localhost:${port}/fhir/Patient/${MORRIS.id}`)).status, 200);
  });
});

describe('loading data', () => {
  it('names the file and line of bad NDJSON without quoting it', async () => {
    const dir = temporaryDirectory('clinote-fhir-');
    writeFileSync(join(dir, 'Patient.ndjson'), '{"resourceType":"Patient","id":"a"}\n{"name": "Secret Person"\n');
    await assert.rejects(startFhirServer({ dataPaths: [dir] }), (error: Error) => {
      assert.equal(error.message, 'Patient.ndjson line 2: not valid JSON');
      return true;
    });
  });
});

describe('clinote serve-fhir', () => {
  it('prints exactly one line, the base URL, when ready, serves it, and exits 0 on SIGTERM', { timeout: 30_000 }, async () => {
    const root = join(__dirname, '..', '..', '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'serve-fhir', '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const firstLine = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('\n')) resolve(stdout.split('\n')[0]);
      });
      child.once('exit', () => reject(new Error('serve-fhir exited before printing its URL')));
    });
    const baseUrl = await firstLine;
    assert.match(baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/fhir$/);
    const metadata = await getJson(`${baseUrl}/metadata`);
    assert.equal(metadata.body.resourceType, 'CapabilityStatement');
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0);
    assert.equal(stdout, baseUrl + '\n', 'nothing but the URL line on stdout');
  });

  it('with --exit-on-stdin-close, stops when its parent closes stdin', { timeout: 30_000 }, async () => {
    const root = join(__dirname, '..', '..', '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'serve-fhir', '--exit-on-stdin-close'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdout.setEncoding('utf8');
    let stdout = '';
    while (!stdout.includes('\n')) stdout += ((await once(child.stdout, 'data')) as [string])[0];
    assert.match(stdout, /^http:\/\/127\.0\.0\.1:\d+\/fhir\n$/);
    const exited = once(child, 'exit');
    child.stdin.end();
    const [code] = await exited;
    assert.equal(code, 0);
  });
});

describe('loading a transaction bundle without ids', () => {
  it('takes ids from urn:uuid full URLs, resolves conditional references, and counts the unresolvable', async () => {
    const fixture = join(__dirname, '..', '..', 'fixtures', 'fhir', 'transaction-urn-and-conditional.json');
    const server = await startFhirServer({ dataPaths: [fixture] });
    try {
      assert.equal(server.resourceCount, 4);
      assert.equal(server.unresolvedReferences, 1);
      const patientId = '0b7c6a52-1b8e-4c1e-9a57-000000000001';
      const encounters = (await getJson(`${server.baseUrl}/Encounter?patient=${patientId}`)).body as Bundle;
      const encounter = encounters.entry?.[0].resource as import('fhir/r4').Encounter;
      assert.equal(encounter.subject?.reference, `Patient/${patientId}`);
      assert.equal(encounter.participant?.[0].individual?.reference, 'Practitioner/0b7c6a52-1b8e-4c1e-9a57-000000000002');
      assert.equal(((await getJson(`${server.baseUrl}/Patient?identifier=urn:example:mrn|FIX-0001`)).body as Bundle).total, 1);
    } finally {
      await server.close();
    }
  });
});
