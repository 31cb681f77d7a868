import { strict as assert } from 'node:assert';
import { afterEach, describe, it } from 'node:test';
import {
  createFhirClient,
  fetchPatientContext,
  FhirError,
  FhirErrorKind,
  searchPatients,
} from '../../../server/src/core/fhir';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import { CAPABILITY, deadBaseUrl, FaultServer, sendJson, startFaultServer } from './helpers';

const PATIENT = { resourceType: 'Patient', id: 'p1', name: [{ given: ['Test'], family: 'Patient' }] };

function outcome(text: string) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'processing', diagnostics: text }] };
}

async function expectFhirError(promise: Promise<unknown>, kind: FhirErrorKind, message: RegExp): Promise<FhirError> {
  let caught: unknown;
  try {
    await promise;
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof FhirError, `expected a FhirError, got ${String(caught)}`);
  assert.equal(caught.kind, kind);
  assert.match(caught.message, message);
  assert.ok(!caught.message.includes('\n'), 'one line');
  return caught;
}

describe('FHIR faults give one clear line, no crash, no hang', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('server down', async () => {
    const baseUrl = await deadBaseUrl();
    const client = createFhirClient({ baseUrl, timeoutMs: 2000 });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'unreachable', /^FHIR server http:\/\/127\.0\.0\.1:\d+ is not reachable \(ECONNREFUSED\)$/);
  });

  it('401 with the OperationOutcome text, and the bearer token is sent', async () => {
    let authorization: string | undefined;
    server = await startFaultServer((req, res) => {
      authorization = req.headers.authorization;
      sendJson(res, 401, outcome('Token expired'));
    });
    const client = createFhirClient({ baseUrl: server.baseUrl, auth: { kind: 'bearer', token: 'abc123' } });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'unauthorized', /needs valid credentials \(401 Unauthorized\): Token expired$/);
    assert.equal(authorization, 'Bearer abc123');
  });

  it('403', async () => {
    server = await startFaultServer((req, res) => (req.url === '/fhir/metadata' ? 'metadata' : sendJson(res, 403, outcome('Not in your care team'))));
    const client = createFhirClient({ baseUrl: server.baseUrl });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'forbidden', /denied access \(403 Forbidden\): Not in your care team$/);
  });

  it('unknown patient (404)', async () => {
    server = await startFaultServer((req, res) => (req.url === '/fhir/metadata' ? 'metadata' : sendJson(res, 404, outcome('Resource Patient/p1 is not known'))));
    const client = createFhirClient({ baseUrl: server.baseUrl });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'not-found', /has no Patient with that id \(404\)$/);
  });

  it('500 without an OperationOutcome; search values stay out of the message', async () => {
    server = await startFaultServer((req, res) => {
      if (req.url === '/fhir/metadata') return 'metadata';
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('');
    });
    const client = createFhirClient({ baseUrl: server.baseUrl });
    const error = await expectFhirError(searchPatients(client, 'Rosalind Franklin'), 'server-error', /failed \(500 Internal Server Error\)$/);
    assert.ok(!/Rosalind|Franklin/.test(error.message));
  });

  it('slower than the timeout', async () => {
    server = await startFaultServer((req) => (req.url === '/fhir/metadata' ? 'metadata' : undefined));
    const client = createFhirClient({ baseUrl: server.baseUrl, timeoutMs: 150 });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'timeout', /did not answer within 150 ms$/);
  });

  it('connection dropped mid-request: tried once more, then one clear line', async () => {
    server = await startFaultServer((req) => (req.url === '/fhir/metadata' ? 'metadata' : void req.socket.destroy()));
    const client = createFhirClient({ baseUrl: server.baseUrl });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'unreachable', /is not reachable \([A-Z_]+\)$/);
    assert.equal(server.requests.filter((url) => url === '/fhir/Patient/p1').length, 2);
  });

  it('a connection the server closed is retried once on a new one', async () => {
    let dropped = false;
    server = await startFaultServer((req, res) => {
      if (req.url === '/fhir/metadata') return 'metadata';
      if (req.url === '/fhir/Patient/p1' && !dropped) {
        dropped = true;
        return void req.socket.destroy();
      }
      if (req.url === '/fhir/Patient/p1') return sendJson(res, 200, PATIENT);
      sendJson(res, 200, { resourceType: 'Bundle', type: 'searchset', total: 0 });
    });
    const client = createFhirClient({ baseUrl: server.baseUrl });
    const context = await fetchPatientContext(client, 'p1');
    assert.equal(context.patient.id, 'p1');
  });

  it('malformed JSON', async () => {
    server = await startFaultServer((req, res) => {
      if (req.url === '/fhir/metadata') return 'metadata';
      res.writeHead(200, { 'content-type': 'application/fhir+json' });
      res.end('{"resourceType": "Patient", "id": ');
    });
    const client = createFhirClient({ baseUrl: server.baseUrl });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'bad-response', /sent a response that is not JSON$/);
  });

  it('a huge result stops at the page cap with a warning, the rest of the context intact', async () => {
    server = await startFaultServer((req, res, baseUrl) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/fhir/metadata') return 'metadata';
      if (url.pathname === '/fhir/Patient/p1') return sendJson(res, 200, PATIENT);
      if (url.pathname !== '/fhir/Condition') return sendJson(res, 200, { resourceType: 'Bundle', type: 'searchset', total: 0 });
      const page = Number(url.searchParams.get('page') ?? '0');
      const entry = Array.from({ length: 100 }, (_, i) => ({
        resource: { resourceType: 'Condition', id: `c${page}-${i}`, code: { text: 'Finding' }, subject: { reference: 'Patient/p1' } },
      }));
      sendJson(res, 200, {
        resourceType: 'Bundle',
        type: 'searchset',
        total: 1_000_000,
        link: [{ relation: 'next', url: `${baseUrl}/Condition?page=${page + 1}` }],
        entry,
      });
    });
    const client = createFhirClient({ baseUrl: server.baseUrl, pageCap: 3 });
    const context = await fetchPatientContext(client, 'p1');
    assert.equal(context.conditions.length, 300);
    assert.deepEqual(context.warnings, ['Conditions: showing the first 300 of 1000000 (page limit reached)']);
    assert.equal(server.requests.filter((url) => url.startsWith('/fhir/Condition')).length, 3);
  });

  it('a next link to another server is not followed (it would carry the token)', async () => {
    server = await startFaultServer((req, res) => {
      if (req.url === '/fhir/metadata') return 'metadata';
      sendJson(res, 200, { resourceType: 'Bundle', type: 'searchset', link: [{ relation: 'next', url: 'http://127.0.0.2:9/fhir/Patient?page=2' }] });
    });
    const client = createFhirClient({ baseUrl: server.baseUrl, auth: { kind: 'bearer', token: 't' } });
    await expectFhirError(client.search('Patient', { name: 'x' }), 'bad-response', /next-page link to another server$/);
  });

  it('a server that is not FHIR R4 is refused once, at /metadata', async () => {
    server = await startFaultServer((req, res) => sendJson(res, 200, { ...CAPABILITY, fhirVersion: '3.0.2' }));
    const client = createFhirClient({ baseUrl: server.baseUrl });
    await expectFhirError(fetchPatientContext(client, 'p1'), 'not-r4', /speaks FHIR 3\.0\.2; Clinote needs R4/);
  });

  it('checks /metadata once per client', async () => {
    server = await startFaultServer((req, res) => {
      if (req.url === '/fhir/metadata') return 'metadata';
      if (req.url === '/fhir/Patient/p1') return sendJson(res, 200, PATIENT);
      sendJson(res, 200, { resourceType: 'Bundle', type: 'searchset', total: 0 });
    });
    const client = createFhirClient({ baseUrl: server.baseUrl });
    await fetchPatientContext(client, 'p1');
    await fetchPatientContext(client, 'p1');
    assert.equal(server.requests.filter((url) => url === '/fhir/metadata').length, 1);
    assert.equal(server.requests.filter((url) => url === '/fhir/Patient/p1').length, 2);
  });

  it('cancellation ends a pending request with CancelledError', async () => {
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    server = await startFaultServer((req) => {
      if (req.url === '/fhir/metadata') return 'metadata';
      arrived();
      return undefined;
    });
    const client = createFhirClient({ baseUrl: server.baseUrl, timeoutMs: 60_000 });
    const source = new CancellationSource();
    const pending = fetchPatientContext(client, 'p1', source);
    await requestArrived;
    source.cancel();
    await assert.rejects(pending, CancelledError);
  });

  it('refuses ids that are not FHIR ids before sending anything', async () => {
    const client = createFhirClient({ baseUrl: 'http://127.0.0.1:9/fhir' });
    await expectFhirError(client.read('Patient', '../Observation?x=1'), 'invalid-request', /not a valid FHIR id/);
    assert.throws(() => createFhirClient({ baseUrl: 'ftp://example' }), FhirError);
  });
});
