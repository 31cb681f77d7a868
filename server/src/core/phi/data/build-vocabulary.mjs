// Rebuilds common-words.ts, medical-words.ts and english-words.ts:
//   node server/src/core/phi/data/build-vocabulary.mjs /work/shared/data DICTIONARY_EN_DIR
// where DICTIONARY_EN_DIR is the unpacked npm package dictionary-en@4.0.0 (`npm pack dictionary-en@4.0.0`).
// Only word lists (no sentences) are kept; see PROVENANCE.md for sources and licences.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [shared, dictionaryDir] = process.argv.slice(2);
if (!shared || !dictionaryDir) {
  console.error('usage: node build-vocabulary.mjs SHARED_DATA_DIR DICTIONARY_EN_DIR');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function csvColumns(path, names) {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const indexes = names.map((n) => header.indexOf(n)).filter((i) => i >= 0);
  return rows.flatMap((r) => indexes.map((i) => r[i] ?? ''));
}

// Cased prose only: ACI-Bench dialogues are lower-cased transcripts, so only its notes are used.
const texts = [];
const aci = join(shared, 'summ/aci-bench/challenge_data');
for (const f of readdirSync(aci).filter((f) => f.endsWith('.csv') && !f.includes('metadata'))) texts.push(...csvColumns(join(aci, f), ['note']));
const mts = join(shared, 'summ/mts-dialog');
for (const f of readdirSync(mts).filter((f) => /^MTS-Dialog-(Training|Validation|TestSet)/.test(f))) texts.push(...csvColumns(join(mts, f), ['section_text', 'dialogue']));
for (const line of readFileSync(join(shared, 'summ/primock57/primock57.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line);
  texts.push(String(r.note ?? ''), String(r.transcript ?? ''));
}
for (const line of readFileSync(join(shared, 'summ/meqsum/meqsum.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const r = JSON.parse(line);
  texts.push(String(r.chq ?? ''), String(r.summary ?? ''));
}
for (const split of ['train', 'dev']) {
  const dir = join(shared, 'codiesp', split, 'text_files_en');
  for (const f of readdirSync(dir)) texts.push(readFileSync(join(dir, f), 'utf8'));
}

// A word counts as common when it is used in lower case; names in these texts are capitalised.
const lower = new Map();
const capitalised = new Map();
const WORD = /[A-Za-z][a-z'’]*[a-z]|[A-Za-z]/g;
for (const text of texts) {
  for (const m of text.matchAll(WORD)) {
    const w = m[0].replace(/’/g, "'").replace(/'s$/, '');
    if (w.length < 2) continue;
    if (w === w.toLowerCase()) lower.set(w, (lower.get(w) ?? 0) + 1);
    else if (w[0] === w[0].toUpperCase() && w.slice(1) === w.slice(1).toLowerCase()) {
      const k = w.toLowerCase();
      capitalised.set(k, (capitalised.get(k) ?? 0) + 1);
    }
  }
}
const common = [...lower.entries()]
  .filter(([w, n]) => n >= 2 && n >= (capitalised.get(w) ?? 0) / 4)
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .map(([w]) => w);

// Medical words: words that ICD-10-CM titles and index terms use in lower case (capitalised ones there
// are eponyms and places, e.g. Smith's fracture, so they say nothing), and every word of the drug table.
const medical = new Set();
const addWords = (text, lowerCaseOnly) => {
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’]*[A-Za-z]/g)) {
    const raw = m[0].replace(/’/g, "'").replace(/'s$/, '');
    if (raw.length < 3 || (lowerCaseOnly && raw !== raw.toLowerCase())) continue;
    medical.add(raw.toLowerCase());
  }
};
for (const line of readFileSync(join(shared, 'icd10cm/icd10cm_order_2026.txt'), 'latin1').split('\n')) addWords(line.slice(77), true);
const xml = join(shared, 'icd10cm/fy2017_xml');
for (const m of readFileSync(join(xml, 'icd10cm_index_2017.xml'), 'utf8').matchAll(/<title>([^<]{1,200})<\/title>/g)) addWords(m[1], true);
for (const m of readFileSync(join(xml, 'icd10cm_drug_2017.xml'), 'utf8').matchAll(/<title>([^<]{1,200})<\/title>/g)) addWords(m[1], false);
const medicalList = [...medical].sort();

function writeModule(name, description, words) {
  const body = `// ${description}; one lower-case word per line. Built by build-vocabulary.mjs; provenance: PROVENANCE.md.\nexport default ${JSON.stringify(words.join('\n'))};\n`;
  writeFileSync(join(here, name), body);
  console.log(`${name}: ${words.length} words`);
}
writeModule('common-words.ts', 'Words used in lower case in clinical notes, dialogues and case reports, most frequent first', common);
writeModule('medical-words.ts', 'Words of ICD-10-CM titles, index terms and drug-table substances, sorted', medicalList);

// General English (SCOWL size 60 via hunspell en_US): lower-case stems are ordinary words; capitalised
// stems that are not census names are places, nationalities, days and brands.
const census = new Set(
  ['census-first-names.ts', 'census-surnames.ts'].flatMap((f) => JSON.parse(readFileSync(join(here, f), 'utf8').match(/export default (".*");/s)[1]).split('\n')),
);
const commonSet = new Set(common);
const english = new Set();
const properNouns = new Set();
for (const line of readFileSync(join(dictionaryDir, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const stem = line.split('/')[0].trim();
  if (!/^[A-Za-z][a-z']*[a-z]$/.test(stem)) continue;
  if (stem === stem.toLowerCase()) {
    if (!commonSet.has(stem) && !medical.has(stem)) english.add(stem);
  } else if (!census.has(stem.toUpperCase())) properNouns.add(stem.toLowerCase());
}
writeModule('english-words.ts', 'Lower-case English words (SCOWL/hunspell en_US stems) not already in common-words or medical-words, sorted', [...english].sort());
writeModule('proper-nouns.ts', 'Capitalised English dictionary words that are not census names: places, nationalities, days, brands; sorted', [...properNouns].sort());
