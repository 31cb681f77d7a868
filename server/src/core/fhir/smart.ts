import { createPrivateKey, KeyObject, randomUUID, sign } from 'node:crypto';

/**
 * SMART Backend Services (client-credentials with a signed JWT assertion), for servers that grant system access
 * to registered apps. See https://hl7.org/fhir/smart-app-launch/backend-services.html.
 */
export interface SmartBackendAuth {
  kind: 'smart-backend';
  clientId: string;
  /** PKCS#8 or traditional PEM; RSA (signed RS384) or EC P-384 (signed ES384), as SMART requires. */
  privateKeyPem: string;
  /** `kid` of the matching public key in the JWKS registered with the server. */
  keyId: string;
  /** Default `system/*.read`. */
  scope?: string;
  /** Default: `token_endpoint` from `<base>/.well-known/smart-configuration`. */
  tokenUrl?: string;
}

export interface AccessToken {
  value: string;
  /** Epoch ms after which the token should not be used. */
  expiresAt: number;
}

/** Assertions live at most five minutes (SMART's limit); one is made per token request. */
const ASSERTION_LIFETIME_S = 300;
const DEFAULT_TOKEN_LIFETIME_S = 300;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export function signingKey(pem: string): { key: KeyObject; alg: 'RS384' | 'ES384' } {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error('SMART backend private key is not a readable PEM private key');
  }
  if (key.asymmetricKeyType === 'rsa') return { key, alg: 'RS384' };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'secp384r1') return { key, alg: 'ES384' };
  throw new Error('SMART backend private key must be RSA or EC P-384');
}

/** The signed client assertion for one token request. */
export function clientAssertion(auth: SmartBackendAuth, tokenUrl: string, nowMs: number): string {
  const { key, alg } = signingKey(auth.privateKeyPem);
  const now = Math.floor(nowMs / 1000);
  const header = { alg, typ: 'JWT', kid: auth.keyId };
  const claims = { iss: auth.clientId, sub: auth.clientId, aud: tokenUrl, exp: now + ASSERTION_LIFETIME_S, iat: now, jti: randomUUID() };
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  const signature = sign('sha384', Buffer.from(signingInput), alg === 'ES384' ? { key, dsaEncoding: 'ieee-p1363' } : key);
  return `${signingInput}.${base64url(signature)}`;
}

/** Token endpoints outside this machine must be https: the assertion is a credential for its lifetime. */
export function checkTokenUrl(tokenUrl: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(tokenUrl);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) return url;
  return undefined;
}

export function tokenRequestBody(auth: SmartBackendAuth, assertion: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    scope: auth.scope ?? 'system/*.read',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  });
}

/** Reads a token response; undefined when it holds no usable bearer token. */
export function parseTokenResponse(body: unknown, nowMs: number): AccessToken | undefined {
  const response = body as { access_token?: unknown; token_type?: unknown; expires_in?: unknown } | null;
  if (typeof response?.access_token !== 'string' || response.access_token === '') return undefined;
  if (typeof response.token_type === 'string' && response.token_type.toLowerCase() !== 'bearer') return undefined;
  const lifetime = typeof response.expires_in === 'number' && response.expires_in > 0 ? response.expires_in : DEFAULT_TOKEN_LIFETIME_S;
  // Renew a little early so a request never leaves with a token that lapses on the way.
  const margin = Math.min(30, lifetime / 2);
  return { value: response.access_token, expiresAt: nowMs + (lifetime - margin) * 1000 };
}
