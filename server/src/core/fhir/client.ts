import type { Bundle, CapabilityStatement, FhirResource, OperationOutcome } from 'fhir/r4';
import type { Client as FhirKitClient } from 'fhir-kit-client';
import { CancellationToken, CancelledError, neverCancelled, throwIfCancelled } from '../cancellation';
import {
  AccessToken,
  checkTokenUrl,
  clientAssertion,
  parseTokenResponse,
  signingKey,
  SmartBackendAuth,
  tokenRequestBody,
} from './smart';

export type FhirAuth = { kind: 'none' } | { kind: 'bearer'; token: string } | SmartBackendAuth;

export interface FhirClientOptions {
  /** Service base URL, e.g. `http://127.0.0.1:8080/fhir`. */
  baseUrl: string;
  auth?: FhirAuth;
  /** Budget for each HTTP request; default 10 s. */
  timeoutMs?: number;
  /** Most pages one search follows through `next` links; default 10. */
  pageCap?: number;
}

export type FhirErrorKind =
  | 'invalid-request'
  | 'unreachable'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'ambiguous'
  | 'server-error'
  | 'bad-response'
  | 'not-r4';

/**
 * Every FHIR failure the editor or CLI can show as is: one line naming the server's origin and what went wrong.
 * Messages never carry search values, ids or resource content (they can be patient identifiers).
 */
export class FhirError extends Error {
  constructor(
    readonly kind: FhirErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FhirError';
  }
}

export type SearchParams = Record<string, string | number>;

export interface SearchResult<T extends FhirResource> {
  resources: T[];
  /** Bundle.total of the first page, when the server sent one. */
  total?: number;
  /** True when the page cap stopped paging before the last page. */
  truncated: boolean;
  pages: number;
}

export interface FhirClient {
  readonly baseUrl: string;
  /** The server's CapabilityStatement, fetched and checked (FHIR R4) once per client. */
  capabilities(token?: CancellationToken): Promise<CapabilityStatement>;
  read<T extends FhirResource>(resourceType: T['resourceType'], id: string, token?: CancellationToken): Promise<T>;
  /**
   * Follows `next` links up to the page cap (or `maxPages`, if smaller); entries of other types (e.g. included
   * OperationOutcomes) are dropped.
   */
  search<T extends FhirResource>(
    resourceType: T['resourceType'],
    params: SearchParams,
    token?: CancellationToken,
    options?: { maxPages?: number },
  ): Promise<SearchResult<T>>;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_PAGE_CAP = 10;
/** How often a request checks the caller's token, which has no event to wait on. */
const CANCELLATION_POLL_MS = 25;
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The readable part of an OperationOutcome, on one line and bounded, since servers may write long diagnostics. */
export function describeOperationOutcome(outcome: unknown): string | undefined {
  const issues = (outcome as OperationOutcome | undefined)?.resourceType === 'OperationOutcome'
    ? (outcome as OperationOutcome).issue ?? []
    : [];
  const texts = issues
    .map((issue) => issue.details?.text ?? issue.diagnostics ?? issue.code)
    .filter((text): text is string => typeof text === 'string' && text.trim() !== '');
  if (texts.length === 0) return undefined;
  const line = texts.join('; ').replace(/\s+/g, ' ').trim();
  return line.length > 200 ? line.slice(0, 199) + '…' : line;
}

function httpError(origin: string, status: number, data: unknown): FhirError {
  const label = `${status}${STATUS_TEXT[status] ? ' ' + STATUS_TEXT[status] : ''}`;
  const detail = describeOperationOutcome(data);
  const suffix = detail ? `: ${detail}` : '';
  if (status === 401) {
    return new FhirError('unauthorized', `FHIR server ${origin} needs valid credentials (${label})${suffix}`, status);
  }
  if (status === 403) {
    return new FhirError('forbidden', `FHIR server ${origin} denied access (${label})${suffix}`, status);
  }
  if (status === 404 || status === 410) {
    return new FhirError('not-found', `FHIR server ${origin} has no such resource (${label})${suffix}`, status);
  }
  if (status >= 500) return new FhirError('server-error', `FHIR server ${origin} failed (${label})${suffix}`, status);
  return new FhirError('invalid-request', `FHIR server ${origin} rejected the request (${label})${suffix}`, status);
}

function networkErrorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** Failures of a reused connection that a second attempt on a new connection usually gets past. */
const STALE_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

class StaleConnectionError extends Error {
  constructor(fault: FhirError) {
    super(fault.message);
  }
}

class HttpFhirClient implements FhirClient {
  readonly baseUrl: string;
  private readonly origin: string;
  private readonly timeoutMs: number;
  private readonly pageCap: number;
  private readonly auth: FhirAuth;
  private kit: Promise<FhirKitClient> | undefined;
  private capabilityCheck: Promise<CapabilityStatement> | undefined;
  private accessToken: AccessToken | undefined;
  private tokenRequest: Promise<AccessToken> | undefined;

  constructor(options: FhirClientOptions) {
    let url: URL;
    try {
      url = new URL(options.baseUrl);
    } catch {
      throw new FhirError('invalid-request', 'FHIR server URL is not a valid URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FhirError('invalid-request', 'FHIR server URL must start with http:// or https://');
    }
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.origin = url.origin;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.pageCap = Math.max(1, options.pageCap ?? DEFAULT_PAGE_CAP);
    this.auth = options.auth ?? { kind: 'none' };
    if (this.auth.kind === 'smart-backend') {
      try {
        signingKey(this.auth.privateKeyPem);
      } catch (error) {
        throw new FhirError('invalid-request', (error as Error).message);
      }
      if (this.auth.tokenUrl && !checkTokenUrl(this.auth.tokenUrl)) {
        throw new FhirError('invalid-request', 'SMART token URL must be https (or http on this machine)');
      }
    }
  }

  private loadKit(): Promise<FhirKitClient> {
    // fhir-kit-client is ESM only; a dynamic import works from CommonJS (tests) and is inlined by esbuild.
    this.kit ??= import('fhir-kit-client').then(({ Client }) =>
      new Client({
        baseUrl: this.baseUrl,
        ...(this.auth.kind === 'bearer' ? { bearerToken: this.auth.token } : {}),
      }),
    );
    return this.kit;
  }

  /**
   * Runs one HTTP exchange under the timeout and the caller's token, mapping every failure to a FhirError. A request
   * that went out on a kept-alive connection the server had just closed is sent once more on a fresh one.
   */
  private async exchange<T>(token: CancellationToken, send: (kit: FhirKitClient, signal: AbortSignal) => Promise<unknown>): Promise<T> {
    try {
      return await this.exchangeOnce<T>(token, send);
    } catch (error) {
      if (!(error instanceof StaleConnectionError)) throw error;
      return this.exchangeOnce<T>(token, send, true);
    }
  }

  private async exchangeOnce<T>(
    token: CancellationToken,
    send: (kit: FhirKitClient, signal: AbortSignal) => Promise<unknown>,
    isRetry = false,
  ): Promise<T> {
    throwIfCancelled(token);
    const kit = await this.loadKit();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const poll = setInterval(() => {
      if (token.isCancellationRequested) controller.abort();
    }, CANCELLATION_POLL_MS);
    try {
      return (await send(kit, controller.signal)) as T;
    } catch (error) {
      if (timedOut) {
        throw new FhirError('timeout', `FHIR server ${this.origin} did not answer within ${this.timeoutMs} ms`);
      }
      if (token.isCancellationRequested) throw new CancelledError();
      if (error instanceof FhirError) throw error;
      const response = (error as { response?: { status?: unknown; data?: unknown } } | null)?.response;
      if (response && typeof response.status === 'number') {
        if (response.status < 400) {
          throw new FhirError('bad-response', `FHIR server ${this.origin} sent a response that is not JSON`, response.status);
        }
        throw httpError(this.origin, response.status, response.data);
      }
      const code = networkErrorCode(error);
      if (code === undefined && !(error instanceof TypeError && error.message === 'fetch failed')) throw error;
      const fault = new FhirError('unreachable', `FHIR server ${this.origin} is not reachable${code ? ` (${code})` : ''}`);
      if (code && STALE_CONNECTION_CODES.has(code) && !isRetry) throw new StaleConnectionError(fault);
      throw fault;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
    }
  }

  /** A FHIR request: with SMART auth, first makes sure a live access token is set on the client. */
  private async fhirExchange<T>(token: CancellationToken, send: (kit: FhirKitClient, signal: AbortSignal) => Promise<unknown>): Promise<T> {
    if (this.auth.kind === 'smart-backend') {
      const kit = await this.loadKit();
      kit.bearerToken = (await this.smartAccessToken(this.auth, token)).value;
    }
    try {
      return await this.exchange<T>(token, send);
    } catch (error) {
      // A revoked or expired token is dropped so the next call asks for a new one.
      if (error instanceof FhirError && error.kind === 'unauthorized') this.accessToken = undefined;
      throw error;
    }
  }

  private async smartAccessToken(auth: SmartBackendAuth, token: CancellationToken): Promise<AccessToken> {
    if (this.accessToken && Date.now() < this.accessToken.expiresAt) return this.accessToken;
    this.tokenRequest ??= this.requestAccessToken(auth, token).finally(() => {
      this.tokenRequest = undefined;
    });
    this.accessToken = await this.tokenRequest;
    return this.accessToken;
  }

  private async requestAccessToken(auth: SmartBackendAuth, token: CancellationToken): Promise<AccessToken> {
    const tokenUrl = auth.tokenUrl ?? (await this.discoverTokenUrl(token));
    const tokenOrigin = new URL(tokenUrl).origin;
    return this.exchange<AccessToken>(token, async (_kit, signal) => {
      const response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: tokenRequestBody(auth, clientAssertion(auth, tokenUrl, Date.now())),
        signal,
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const oauth = body as { error?: unknown; error_description?: unknown } | undefined;
        const reason = [oauth?.error, oauth?.error_description].filter((part) => typeof part === 'string').join(': ').slice(0, 200);
        throw new FhirError(
          'unauthorized',
          `SMART token endpoint ${tokenOrigin} refused the client (${response.status}${reason ? `: ${reason}` : ''})`,
          response.status,
        );
      }
      const accessToken = parseTokenResponse(body, Date.now());
      if (!accessToken) throw new FhirError('bad-response', `SMART token endpoint ${tokenOrigin} sent no bearer access token`);
      return accessToken;
    });
  }

  private async discoverTokenUrl(token: CancellationToken): Promise<string> {
    const configuration = await this.exchange<{ token_endpoint?: unknown }>(token, (kit, signal) =>
      kit.request('.well-known/smart-configuration', { options: { signal } }),
    );
    const tokenUrl = typeof configuration?.token_endpoint === 'string' ? configuration.token_endpoint : undefined;
    if (!tokenUrl) throw new FhirError('bad-response', `FHIR server ${this.origin} publishes no SMART token endpoint`);
    if (!checkTokenUrl(tokenUrl)) {
      throw new FhirError('bad-response', `FHIR server ${this.origin} publishes a SMART token endpoint that is not https`);
    }
    return tokenUrl;
  }

  capabilities(token: CancellationToken = neverCancelled): Promise<CapabilityStatement> {
    this.capabilityCheck ??= this.checkCapabilities(token).catch((error: unknown) => {
      // A failed check (server down, cancelled) is tried again on the next call rather than remembered.
      this.capabilityCheck = undefined;
      throw error;
    });
    return this.capabilityCheck;
  }

  private async checkCapabilities(token: CancellationToken): Promise<CapabilityStatement> {
    const statement = await this.fhirExchange<FhirResource>(token, (kit, signal) => kit.capabilityStatement({ signal }));
    if (statement?.resourceType !== 'CapabilityStatement') {
      throw new FhirError('bad-response', `FHIR server ${this.origin} answered /metadata without a CapabilityStatement`);
    }
    const version = statement.fhirVersion;
    if (version && !version.startsWith('4.0')) {
      throw new FhirError('not-r4', `FHIR server ${this.origin} speaks FHIR ${version}; Clinote needs R4 (4.0.x)`);
    }
    return statement;
  }

  async read<T extends FhirResource>(resourceType: T['resourceType'], id: string, token: CancellationToken = neverCancelled): Promise<T> {
    if (!RESOURCE_TYPE.test(resourceType)) throw new FhirError('invalid-request', 'not a FHIR resource type');
    if (!FHIR_ID.test(id)) throw new FhirError('invalid-request', 'not a valid FHIR id (letters, digits, - and ., at most 64)');
    await this.capabilities(token);
    const resource = await this.fhirExchange<FhirResource>(token, (kit, signal) => kit.read({ resourceType, id, options: { signal } })).catch(
      (error: unknown) => {
        if (error instanceof FhirError && error.kind === 'not-found') {
          throw new FhirError('not-found', `FHIR server ${this.origin} has no ${resourceType} with that id (${error.status})`, error.status);
        }
        throw error;
      },
    );
    if (resource?.resourceType !== resourceType) {
      throw new FhirError('bad-response', `FHIR server ${this.origin} answered a ${resourceType} read with something else`);
    }
    return resource as T;
  }

  async search<T extends FhirResource>(
    resourceType: T['resourceType'],
    params: SearchParams,
    token: CancellationToken = neverCancelled,
    options: { maxPages?: number } = {},
  ): Promise<SearchResult<T>> {
    if (!RESOURCE_TYPE.test(resourceType)) throw new FhirError('invalid-request', 'not a FHIR resource type');
    const pageLimit = Math.max(1, Math.min(this.pageCap, options.maxPages ?? this.pageCap));
    await this.capabilities(token);
    const resources: T[] = [];
    let bundle = await this.fhirExchange<Bundle>(token, (kit, signal) =>
      kit.resourceSearch({ resourceType, searchParams: params, options: { signal } }),
    );
    const total = this.checkBundle(bundle).total;
    let pages = 1;
    for (;;) {
      for (const entry of bundle.entry ?? []) {
        if (entry.resource?.resourceType === resourceType) resources.push(entry.resource as T);
      }
      const next = bundle.link?.find((link) => link.relation === 'next')?.url;
      if (!next) return { resources, total, truncated: false, pages };
      if (pages >= pageLimit) return { resources, total, truncated: true, pages };
      if (!this.isOwnUrl(next)) {
        // Following it would send the bearer token to another host.
        throw new FhirError('bad-response', `FHIR server ${this.origin} sent a next-page link to another server`);
      }
      const current = bundle as unknown as Parameters<FhirKitClient['nextPage']>[0]['bundle'];
      bundle = this.checkBundle(
        await this.fhirExchange<Bundle>(token, (kit, signal) => kit.nextPage({ bundle: current, options: { signal } }) ?? Promise.resolve(undefined)),
      );
      pages++;
    }
  }

  private isOwnUrl(url: string): boolean {
    try {
      return new URL(url).origin === this.origin;
    } catch {
      return false;
    }
  }

  private checkBundle(bundle: Bundle | undefined): Bundle {
    if (bundle?.resourceType !== 'Bundle' || (bundle.entry !== undefined && !Array.isArray(bundle.entry))) {
      throw new FhirError('bad-response', `FHIR server ${this.origin} answered a search without a Bundle`);
    }
    return bundle;
  }
}

export function createFhirClient(options: FhirClientOptions): FhirClient {
  return new HttpFhirClient(options);
}
