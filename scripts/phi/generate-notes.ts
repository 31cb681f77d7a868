// Writes the synthetic PHI corpora: `npm run corpus:phi` (all), or some of them with --dev / --dev2 / --dev3 / --dev4 / --dev5 / --dev6 / --dev7 / --holdout.
import { join } from 'node:path';
import { CORPORA, generateCorpus } from './corpus';
import { writeGoldFile } from './gold';
import { DEV3_CORPUS } from './templates-dev3';
import { DEV4_CORPUS } from './templates-dev4';
import { DEV5_CORPUS } from './templates-dev5';
import { DEV6_CORPUS } from './templates-dev6';
import { DEV7_CORPUS } from './templates-dev7';

const FIXTURES = 'test/fixtures/phi';

function main(): void {
  const only = process.argv.slice(2).map((arg) => arg.replace(/^--/, ''));
  for (const spec of [...CORPORA, DEV3_CORPUS, DEV4_CORPUS, DEV5_CORPUS, DEV6_CORPUS, DEV7_CORPUS].filter((corpus) => only.length === 0 || only.includes(corpus.name))) {
    const notes = generateCorpus(spec);
    const path = join(FIXTURES, spec.file);
    writeGoldFile(path, notes);
    const caps = notes.filter((note) => note.caps).length;
    const spans = notes.flatMap((note) => note.spans);
    const byCategory: Record<string, number> = {};
    for (const span of spans) byCategory[span.category] = (byCategory[span.category] ?? 0) + 1;
    console.log(`${path}: ${notes.length} notes (${caps} ALL-CAPS), ${spans.length} spans`, byCategory);
  }
}

main();
