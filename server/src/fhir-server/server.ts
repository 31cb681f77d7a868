import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  badRequest,
  getStatus,
  globalSchema,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  OperationOutcomeError,
} from '@medplum/core';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import type {
  Bundle,
  CapabilityStatement,
  OperationOutcome,
  Resource,
  ResourceType,
  SearchParameter,
  StructureDefinition,
} from '@medplum/fhirtypes';
import definitions from './definitions.json';
import { loadFhirData } from './load';

/** Where the FHIR endpoints live below the server's origin; part of every base URL the server prints. */
export const FHIR_BASE_PATH = '/fhir';
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 200;
const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', 'localhost']);
/** Handled here rather than matched; `_total` is accepted and ignored because every page carries the total. */
const CONTROL_PARAMETERS = new Set(['_count', '_offset', '_sort', '_format', '_total']);

export interface FhirServerOptions {
  /** NDJSON files, JSON resources or bundles, or folders of them. */
  dataPaths: readonly string[];
  /** Default 127.0.0.1: the server holds patient data and never listens beyond this machine unless asked. */
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Entries per search page when the client sends no `_count`. */
  pageSize?: number;
}

export interface FhirServer {
  /** Absolute, e.g. `http://127.0.0.1:43117/fhir`; no trailing slash. */
  readonly baseUrl: string;
  readonly resourceCount: number;
  readonly unresolvedReferences: number;
  close(): Promise<void>;
}

let definitionsIndexed = false;

/** Teaches Medplum's global schema only the resource types this server searches (see build-fhir-definitions.mjs). */
function indexDefinitions(): void {
  if (definitionsIndexed) return;
  const { structureDefinitions, searchParameters } = definitions as unknown as {
    structureDefinitions: StructureDefinition[];
    searchParameters: SearchParameter[];
  };
  indexStructureDefinitionBundle(structureDefinitions);
  indexSearchParameterBundle({
    resourceType: 'Bundle',
    type: 'collection',
    entry: searchParameters.map((resource) => ({ resource })),
  });
  definitionsIndexed = true;
}

function searchParametersOf(resourceType: string): Record<string, SearchParameter> {
  return globalSchema.types[resourceType]?.searchParams ?? {};
}

type IssueCode = NonNullable<OperationOutcome['issue']>[number]['code'];

function operationOutcome(severity: 'error' | 'information', code: IssueCode, text: string): OperationOutcome {
  return { resourceType: 'OperationOutcome', issue: [{ severity, code, details: { text } }] };
}

function capabilityStatement(resourceTypes: readonly string[]): CapabilityStatement {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: new Date().toISOString(),
    kind: 'instance',
    software: { name: 'Clinote embedded FHIR server (Medplum FHIR router, in memory)' },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        resource: resourceTypes.map((type) => ({
          type: type as ResourceType,
          interaction: [{ code: 'read' }, { code: 'search-type' }],
          searchParam: Object.values(searchParametersOf(type)).map((param) => ({
            name: param.code as string,
            type: param.type as NonNullable<SearchParameter['type']>,
          })),
        })),
      },
    ],
  };
}

function parseCount(raw: string | undefined, fallback: number, max: number, name: string): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new OperationOutcomeError(badRequest(`${name} must be a whole number`));
  return Math.min(value, max);
}

/**
 * Checks every parameter against the type's search parameters (Medplum silently matches nothing for an unknown one,
 * which would look like "no data"), accepts bare ids for single-target references (`patient=123`) as FHIR allows,
 * and returns the query for the router plus the page window.
 */
function prepareSearch(resourceType: string, params: URLSearchParams, pageSize: number) {
  const known = searchParametersOf(resourceType);
  const query: Record<string, string[]> = {};
  for (const [key, value] of params) {
    const code = key.split(':')[0];
    if (CONTROL_PARAMETERS.has(code)) continue;
    const param = known[code];
    if (!param) throw new OperationOutcomeError(badRequest(`Unknown search parameter '${code}' for ${resourceType}`));
    let normalized = value;
    const targets = param.target ?? [];
    if (param.type === 'reference' && (targets.length === 1 || code === 'patient')) {
      const target = targets.length === 1 ? targets[0] : 'Patient';
      normalized = value.split(',').map((part) => (part.includes('/') ? part : `${target}/${part}`)).join(',');
    }
    (query[key] ??= []).push(normalized);
  }
  const format = params.get('_format');
  if (format !== null && !/json/.test(format)) throw new OperationOutcomeError(badRequest('Only JSON is supported'));
  const count = parseCount(params.get('_count') ?? undefined, pageSize, MAX_PAGE_SIZE, '_count');
  const offset = parseCount(params.get('_offset') ?? undefined, 0, Number.MAX_SAFE_INTEGER, '_offset');
  const sortKeys = params.getAll('_sort').flatMap((value) => value.split(',')).filter(Boolean);
  for (const key of sortKeys) {
    const code = key.replace(/^-/, '');
    if (!known[code]) throw new OperationOutcomeError(badRequest(`Unknown sort parameter '${code}' for ${resourceType}`));
  }
  // Medplum's memory repository applies sort rules one after another, so the last one ends up primary; reversing
  // the list gives FHIR's meaning (first key primary).
  if (sortKeys.length) query._sort = [sortKeys.reverse().join(',')];
  query._count = [String(count)];
  query._offset = [String(offset)];
  return { query, count, offset };
}

function pageUrl(base: string, resourceType: string, params: URLSearchParams, count: number, offset: number): string {
  const next = new URLSearchParams(params);
  next.set('_count', String(count));
  next.set('_offset', String(offset));
  return `${base}/${resourceType}?${next.toString()}`;
}

/**
 * The patient a resource belongs to, as the `patient` search parameter of every searchable type defines it: its
 * `subject` or `patient` reference when that names a Patient.
 */
function patientReferenceOf(resource: Resource): string | undefined {
  const { subject, patient } = resource as { subject?: { reference?: unknown }; patient?: { reference?: unknown } };
  for (const reference of [subject?.reference, patient?.reference]) {
    if (typeof reference === 'string' && reference.startsWith('Patient/')) return reference;
  }
  return undefined;
}

export async function startFhirServer(options: FhirServerOptions): Promise<FhirServer> {
  indexDefinitions();
  const data = await loadFhirData(options.dataPaths);
  // Medplum's memory repository matches a search by evaluating FHIRPath on every resource of the type, so with a
  // few thousand resources each search costs ~0.2 s. Nearly every Clinote search names one patient, so each
  // patient's resources are also kept in a repository of their own that such searches scan instead.
  const repository = new MemoryRepository();
  const patientRepositories = new Map<string, MemoryRepository>();
  for (const resource of data.resources) {
    const stored = await repository.createResource(resource);
    const patient = patientReferenceOf(stored);
    if (!patient) continue;
    let own = patientRepositories.get(patient);
    if (!own) patientRepositories.set(patient, (own = new MemoryRepository()));
    await own.createResource(stored);
  }
  const noResources = new MemoryRepository();
  const repositoryFor = (params: URLSearchParams): MemoryRepository => {
    const patients = params.getAll('patient');
    const single = patients.length === 1 && !patients[0].includes(',') && ![...params.keys()].some((key) => key.startsWith('patient:'));
    if (!single) return repository;
    const reference = patients[0].includes('/') ? patients[0] : `Patient/${patients[0]}`;
    return patientRepositories.get(reference) ?? noResources;
  };
  const router = new FhirRouter();
  const loadedTypes = new Set(data.resources.map((resource) => resource.resourceType));
  const searchableTypes = (definitions as unknown as { searchParameters: SearchParameter[] }).searchParameters.flatMap(
    (param) => param.base ?? [],
  );
  const servedTypes: string[] = [...new Set<string>([...searchableTypes, ...loadedTypes])].sort();
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  let baseUrl = '';

  const route = async (method: string, url: URL): Promise<{ status: number; body: Resource }> => {
    if (method !== 'GET') {
      return { status: 405, body: operationOutcome('error', 'not-supported', 'This server is read-only') };
    }
    if (url.pathname !== FHIR_BASE_PATH && !url.pathname.startsWith(FHIR_BASE_PATH + '/')) {
      return { status: 404, body: operationOutcome('error', 'not-found', `FHIR endpoints are below ${FHIR_BASE_PATH}`) };
    }
    let segments: string[];
    try {
      segments = url.pathname.slice(FHIR_BASE_PATH.length).split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return { status: 400, body: operationOutcome('error', 'invalid', 'Malformed URL encoding') };
    }
    if (segments.length === 1 && segments[0] === 'metadata') {
      return { status: 200, body: capabilityStatement(servedTypes) };
    }
    const [resourceType, id, ...rest] = segments;
    if (!resourceType || rest.length > 0) {
      return { status: 400, body: operationOutcome('error', 'not-supported', 'Supported: metadata, [type], [type]/[id]') };
    }
    if (!servedTypes.includes(resourceType)) {
      return { status: 404, body: operationOutcome('error', 'not-supported', `Unknown resource type '${resourceType}'`) };
    }
    if (id !== undefined) {
      const [outcome, resource] = await router.handleRequest(
        { method: 'GET', url: `${resourceType}/${id}`, pathname: '', params: {}, query: {}, body: undefined },
        repository,
      );
      return resource ? { status: 200, body: resource } : { status: getStatus(outcome), body: outcome };
    }
    const { query, count, offset } = prepareSearch(resourceType, url.searchParams, pageSize);
    const [outcome, result] = await router.handleRequest(
      { method: 'GET', url: resourceType, pathname: '', params: {}, query, body: undefined },
      repositoryFor(url.searchParams),
    );
    if (!result || result.resourceType !== 'Bundle') return { status: getStatus(outcome), body: outcome };
    const bundle = result as Bundle;
    const total = bundle.total ?? 0;
    bundle.link = [{ relation: 'self', url: pageUrl(baseUrl, resourceType, url.searchParams, count, offset) }];
    if (count > 0 && offset + count < total) {
      bundle.link.push({ relation: 'next', url: pageUrl(baseUrl, resourceType, url.searchParams, count, offset + count) });
    }
    if (offset > 0) {
      const previous = Math.max(0, offset - count);
      bundle.link.push({ relation: 'previous', url: pageUrl(baseUrl, resourceType, url.searchParams, count, previous) });
    }
    for (const entry of bundle.entry ?? []) {
      entry.fullUrl = `${baseUrl}/${entry.resource?.resourceType}/${entry.resource?.id}`;
      entry.search = { mode: 'match' };
    }
    return { status: 200, body: bundle };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let reply: { status: number; body: Resource };
    try {
      reply = hostAllowed(req.headers.host)
        ? await route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://localhost'))
        : { status: 421, body: operationOutcome('error', 'security', 'Unexpected Host header') };
    } catch (error) {
      // Medplum's own errors carry an OperationOutcome; anything else is reported without details, which could
      // quote patient data.
      reply = error instanceof OperationOutcomeError
        ? { status: getStatus(error.outcome), body: error.outcome }
        : { status: 500, body: operationOutcome('error', 'exception', 'Internal server error') };
    }
    const payload = JSON.stringify(reply.body);
    res.writeHead(reply.status, {
      'content-type': 'application/fhir+json; charset=utf-8',
      'content-length': Buffer.byteLength(payload),
    });
    res.end(payload);
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Requests are GET only; a client that stalls sending headers must not pin a socket forever.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // On loopback, a Host header naming another site means a browser page reached us through DNS rebinding; such
  // requests get no patient data. Bound to another address on purpose, any Host is accepted.
  const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'].map((name) => `${name}:${port}`));
  const hostAllowed = (header: string | undefined) => !LOOPBACK_ADDRESSES.has(host) || (header !== undefined && loopbackHosts.has(header.toLowerCase()));
  const urlHost = host.includes(':') ? `[${host}]` : host;
  baseUrl = `http://${urlHost}:${port}${FHIR_BASE_PATH}`;

  return {
    baseUrl,
    resourceCount: data.resources.length,
    unresolvedReferences: data.unresolvedReferences,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
