import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';

/** A data file the server cannot load; the message names the file and line, never its content. */
export class DataLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataLoadError';
  }
}

export interface LoadedData {
  resources: Resource[];
  files: number;
  /** Conditional or `urn:uuid:` references that named nothing in the loaded data; left as they were. */
  unresolvedReferences: number;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isResource(value: unknown): value is Resource & JsonObject {
  return isObject(value) && typeof value.resourceType === 'string' && value.resourceType !== '';
}

/** Files below `path` (or `path` itself) that can hold FHIR data, in a stable order. */
async function dataFiles(path: string): Promise<string[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new DataLoadError(`cannot read data path ${path}`);
  }
  if (info.isFile()) return [path];
  const found: string[] = [];
  for (const name of (await readdir(path)).sort()) {
    const child = join(path, name);
    if ((await stat(child)).isDirectory()) found.push(...(await dataFiles(child)));
    // A bulk export's log.ndjson records the export itself, not resources.
    else if ((name.endsWith('.ndjson') && name !== 'log.ndjson') || name.endsWith('.json')) found.push(child);
  }
  return found;
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DataLoadError(`${where}: not valid JSON`);
  }
}

/**
 * Reads NDJSON files (one resource a line) and JSON files holding one resource or a Bundle (transaction,
 * batch, collection or searchset), then rewrites references so the in-memory server can follow them:
 * `urn:uuid:` full URLs become `Type/id`, and conditional references such as
 * `Practitioner?identifier=system|value` become the id of the loaded resource with that identifier.
 */
export async function loadFhirData(paths: readonly string[]): Promise<LoadedData> {
  const resources: (Resource & JsonObject)[] = [];
  const fullUrlTargets = new Map<string, string>();
  let files = 0;
  for (const root of paths) {
    for (const file of await dataFiles(root)) {
      files++;
      const text = await readFile(file, 'utf8');
      const name = basename(file);
      if (file.endsWith('.ndjson')) {
        text.split('\n').forEach((line, index) => {
          if (line.trim() === '') return;
          const value = parseJson(line, `${name} line ${index + 1}`);
          if (!isResource(value)) throw new DataLoadError(`${name} line ${index + 1}: not a FHIR resource`);
          resources.push(value);
        });
        continue;
      }
      const value = parseJson(text, name);
      if (!isResource(value)) throw new DataLoadError(`${name}: not a FHIR resource`);
      if (value.resourceType !== 'Bundle') {
        resources.push(value);
        continue;
      }
      const entries = Array.isArray(value.entry) ? value.entry : [];
      entries.forEach((entry: unknown, index: number) => {
        if (!isObject(entry) || !isResource(entry.resource)) {
          throw new DataLoadError(`${name} entry ${index + 1}: no resource`);
        }
        const resource = entry.resource;
        const fullUrl = typeof entry.fullUrl === 'string' ? entry.fullUrl : undefined;
        if (!resource.id && fullUrl?.startsWith('urn:uuid:')) resource.id = fullUrl.slice('urn:uuid:'.length);
        if (!resource.id) throw new DataLoadError(`${name} entry ${index + 1}: resource has neither id nor urn:uuid fullUrl`);
        if (fullUrl) fullUrlTargets.set(fullUrl, `${resource.resourceType}/${resource.id}`);
        resources.push(resource);
      });
    }
  }
  for (const [index, resource] of resources.entries()) {
    if (typeof resource.id !== 'string' || resource.id === '') {
      throw new DataLoadError(`resource ${index + 1} (${resource.resourceType}) has no id`);
    }
  }

  const identifierTargets = new Map<string, string>();
  for (const resource of resources) {
    const identifiers = Array.isArray(resource.identifier) ? resource.identifier : [];
    for (const identifier of identifiers) {
      if (!isObject(identifier) || typeof identifier.value !== 'string') continue;
      const target = `${resource.resourceType}/${resource.id}`;
      const system = typeof identifier.system === 'string' ? identifier.system : '';
      identifierTargets.set(`${resource.resourceType}?identifier=${system}|${identifier.value}`, target);
      identifierTargets.set(`${resource.resourceType}?identifier=${identifier.value}`, target);
    }
  }

  let unresolvedReferences = 0;
  const resolve = (reference: string): string => {
    const target = reference.startsWith('urn:uuid:')
      ? fullUrlTargets.get(reference)
      : reference.includes('?identifier=')
        ? identifierTargets.get(decodeURIComponent(reference))
        : reference;
    if (target === undefined) unresolvedReferences++;
    return target ?? reference;
  };
  // Visits every object of every resource, so it avoids allocating (no Object.entries) on the way.
  const rewrite = (node: JsonObject | unknown[]): void => {
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) rewrite(item as JsonObject);
      return;
    }
    for (const key in node) {
      const value = node[key];
      if (key === 'reference' && typeof value === 'string') node[key] = resolve(value);
      else if (typeof value === 'object' && value !== null) rewrite(value as JsonObject);
    }
  };
  resources.forEach(rewrite);
  return { resources, files, unresolvedReferences };
}
