import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FhirServer, startFhirServer } from '../../../server/src/fhir-server/server';

export const DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'fhir');

/** Patients in data/fhir. Morris's MRN differs from his FHIR id, so MRN linking is really tested. */
export const MORRIS = { id: 'b218cee9-019d-47a4-b161-e97c0fd6f736', mrn: 'cd9e9826-aea1-4682-adc0-c1d97633bf31' };
export const KERMIT = { id: '1f456f0a-acb1-4728-82af-01ca57083c7b' };
/** A bulk-export patient: notes (DocumentReference), no Observations. */
export const AN = { id: '7bc002fa-dc52-17d6-1563-fd8901826f7d' };

export function startEmbedded(pageSize?: number): Promise<FhirServer> {
  return startFhirServer({ dataPaths: [DATA_DIR], port: 0, ...(pageSize ? { pageSize } : {}) });
}

export const CAPABILITY = { resourceType: 'CapabilityStatement', status: 'active', kind: 'instance', fhirVersion: '4.0.1', format: ['json'] };

export interface FaultServer {
  baseUrl: string;
  /** Requests seen, path and query only. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A small HTTP server on 127.0.0.1 that answers /fhir/metadata like an R4 server (unless `handle` takes it) and
 * every other request with `handle`.
 */
export async function startFaultServer(
  handle: (req: IncomingMessage, res: ServerResponse, baseUrl: string) => void | 'metadata',
): Promise<FaultServer> {
  const requests: string[] = [];
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const handled = handle(req, res, baseUrl);
    if (handled === 'metadata') {
      res.writeHead(200, { 'content-type': 'application/fhir+json' });
      res.end(JSON.stringify(CAPABILITY));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fhir`;
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/fhir+json' });
  res.end(JSON.stringify(body));
}

/** A URL on 127.0.0.1 where nothing listens: a port the OS just handed out and took back. */
export async function deadBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/fhir`;
}
