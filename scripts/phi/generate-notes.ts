// Writes the synthetic PHI corpora: `npm run corpus:phi` (both), or one of them with --dev / --holdout.
import { join } from 'node:path';
import { CORPORA, generateCorpus } from './corpus';
import { writeGoldFile } from './gold';

const FIXTURES = 'test/fixtures/phi';

function main(): void {
  const only = process.argv.slice(2).map((arg) => arg.replace(/^--/, ''));
  for (const spec of CORPORA.filter((corpus) => only.length === 0 || only.includes(corpus.name))) {
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
