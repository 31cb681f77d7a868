import { strict as assert } from 'node:assert';
import { createPublicKey, generateKeyPairSync, KeyObject, verify } from 'node:crypto';
import { afterEach, describe, it } from 'node:test';
import { createFhirClient, fetchPatientContext, FhirError } from '../../../server/src/core/fhir';
import { FaultServer, sendJson, startFaultServer } from './helpers';

const PATIENT = { resourceType: 'Patient', id: 'p1', name: [{ given: ['Test'], family: 'Patient' }] };

interface Claims {
  iss: string;
  sub: string;
  aud: string;
  exp: number;
  jti: string;
}

/** Checks a client assertion the way a SMART authorization server does; returns its claims or why it failed. */
function verifyAssertion(jwt: string, publicKey: KeyObject): { claims?: Claims; header?: { alg: string; kid: string }; error?: string } {
  const [header, payload, signature] = jwt.split('.');
  if (!signature) return { error: 'not a JWT' };
  const parsedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  const key = parsedHeader.alg === 'ES384' ? { key: publicKey, dsaEncoding: 'ieee-p1363' as const } : publicKey;
  if (!verify('sha384', Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url'))) return { error: 'bad signature' };
  return { claims: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), header: parsedHeader };
}

async function smartServer(publicKey: KeyObject, options: { refuse?: boolean } = {}) {
  const issued: string[] = [];
  const assertions: { claims?: Claims; header?: { alg: string; kid: string }; error?: string }[] = [];
  const server = await startFaultServer((req, res, baseUrl) => {
    const origin = baseUrl.replace(/\/fhir$/, '');
    if (req.url === '/fhir/.well-known/smart-configuration') {
      return sendJson(res, 200, { token_endpoint: `${origin}/auth/token`, grant_types_supported: ['client_credentials'] });
    }
    if (req.url === '/auth/token') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        const checked = verifyAssertion(form.get('client_assertion') ?? '', publicKey);
        assertions.push(checked);
        if (options.refuse || checked.error || form.get('grant_type') !== 'client_credentials') {
          return sendJson(res, 401, { error: 'invalid_client', error_description: 'Client assertion rejected' });
        }
        const accessToken = `token-${issued.length + 1}`;
        issued.push(accessToken);
        sendJson(res, 200, { access_token: accessToken, token_type: 'bearer', expires_in: 3600, scope: form.get('scope') });
      });
      return;
    }
    if (!issued.includes((req.headers.authorization ?? '').replace(/^Bearer /, ''))) return sendJson(res, 401, { resourceType: 'OperationOutcome', issue: [] });
    if (req.url === '/fhir/metadata') return 'metadata';
    if (req.url === '/fhir/Patient/p1') return sendJson(res, 200, PATIENT);
    sendJson(res, 200, { resourceType: 'Bundle', type: 'searchset', total: 0 });
  });
  return { server, issued, assertions };
}

describe('SMART Backend Services auth', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  for (const keyType of ['rsa', 'ec'] as const) {
    it(`gets one token with a ${keyType === 'rsa' ? 'RS384' : 'ES384'}-signed assertion and uses it for every request`, async () => {
      const { privateKey, publicKey } =
        keyType === 'rsa'
          ? generateKeyPairSync('rsa', { modulusLength: 2048 })
          : generateKeyPairSync('ec', { namedCurve: 'P-384' });
      const smart = await smartServer(createPublicKey(publicKey.export({ type: 'spki', format: 'pem' })));
      server = smart.server;
      const client = createFhirClient({
        baseUrl: server.baseUrl,
        auth: {
          kind: 'smart-backend',
          clientId: 'clinote-test',
          keyId: 'key-1',
          privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        },
      });
      const context = await fetchPatientContext(client, 'p1');
      assert.equal(context.patient.id, 'p1');
      assert.deepEqual(smart.issued, ['token-1'], 'one token for the whole context');
      const [{ claims, header, error }] = smart.assertions;
      assert.equal(error, undefined);
      assert.equal(header?.alg, keyType === 'rsa' ? 'RS384' : 'ES384');
      assert.equal(header?.kid, 'key-1');
      assert.equal(claims?.iss, 'clinote-test');
      assert.equal(claims?.sub, 'clinote-test');
      assert.equal(claims?.aud, server.baseUrl.replace(/\/fhir$/, '') + '/auth/token');
      const now = Date.now() / 1000;
      assert.ok(claims!.exp > now && claims!.exp <= now + 300);
      assert.ok(claims!.jti.length >= 16);
    });
  }

  it('a refused client gets one clear line naming the OAuth error', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const smart = await smartServer(publicKey, { refuse: true });
    server = smart.server;
    const client = createFhirClient({
      baseUrl: server.baseUrl,
      auth: { kind: 'smart-backend', clientId: 'c', keyId: 'k', privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    });
    await assert.rejects(fetchPatientContext(client, 'p1'), (error: unknown) => {
      assert.ok(error instanceof FhirError);
      assert.equal(error.kind, 'unauthorized');
      assert.match(error.message, /^SMART token endpoint http:\/\/127\.0\.0\.1:\d+ refused the client \(401: invalid_client: Client assertion rejected\)$/);
      return true;
    });
  });

  it('refuses keys SMART does not allow and token URLs that are not https off this machine', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.throws(
      () => createFhirClient({ baseUrl: 'http://127.0.0.1:9/fhir', auth: { kind: 'smart-backend', clientId: 'c', keyId: 'k', privateKeyPem: pem } }),
      /must be RSA or EC P-384/,
    );
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    assert.throws(
      () => createFhirClient({
        baseUrl: 'http://127.0.0.1:9/fhir',
        auth: { kind: 'smart-backend', clientId: 'c', keyId: 'k', privateKeyPem: rsa, tokenUrl: 'http://auth.example/token' },
      }),
      /must be https/,
    );
  });
});
