/**
 * Learns from the CodiEsp TRAIN split only (never dev): how often each code the dictionary matcher
 * suggests is right (code priors), and short phrases that predict a gold code (learned terms). Writes
 * scripts/icd/learned/{code-priors,learned-terms}.tsv, which build-index.ts compiles into the index.
 * Run by `npm run build:icd` between a dictionary-only build and the final build; skipped (keeping the
 * committed files) when CodiEsp is not available.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIcdIndex, suggestCodes } from '../../server/src/core/icd';
import { splitWords, normalizeWord } from '../../server/src/core/icd/text';
import { goldMatch, readGold, REPO_ICD_DATA } from './evaluate';

const dataDir = process.env.CLINOTE_CODIESP_DIR ?? '/work/shared/data/codiesp';
const outDir = join(__dirname, 'learned');
const MIN_SUPPORT = 3;
const MIN_PHRASE_PRECISION = 0.4;
const MAX_NGRAM = 3;

/** Normalised token runs of each line; stopwords break nothing, so "pain in the chest" gives "pain chest". */
function ngrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\n|[.;:!?](?=\s)/)) {
    const tokens = splitWords(line).flatMap((w) => normalizeWord(w.text)).filter((t) => /[a-z]/.test(t) && t.length > 2);
    for (let n = 1; n <= MAX_NGRAM; n++) {
      for (let i = 0; i + n <= tokens.length; i++) {
        const gram = tokens.slice(i, i + n);
        if (new Set(gram).size === n) out.add(gram.join(' '));
      }
    }
  }
  return out;
}

/** `--holdout K/N`: learn without every N-th document starting at K, so evaluate.ts can tune on those. */
function holdout(args: string[]): ((position: number) => boolean) | undefined {
  const i = args.indexOf('--holdout');
  if (i < 0) return undefined;
  const [k, n] = args[i + 1].split('/').map(Number);
  return (position) => position % n === k;
}

async function main(): Promise<void> {
  const split = 'train';
  const heldOut = holdout(process.argv.slice(2));
  const textDir = join(dataDir, split, 'text_files_en');
  if (!existsSync(textDir)) {
    console.log(`learn-priors: ${textDir} not found; keeping the committed learned files`);
    return;
  }
  const gold = readGold(join(dataDir, split, `${split}D.tsv`));
  const index = await loadIcdIndex({ dataDir: REPO_ICD_DATA });
  const fires = new Map<string, number>();
  const hits = new Map<string, number>();
  const documentFrequency = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  const docs = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
  for (const [position, doc] of docs.entries()) {
    const truth = gold.get(doc);
    if (!truth || heldOut?.(position)) continue;
    const text = readFileSync(join(textDir, `${doc}.txt`), 'utf8');
    for (const suggestion of suggestCodes(index, text, { minScore: 0, top: 1000 })) {
      const code = suggestion.code.replace('.', '');
      fires.set(code, (fires.get(code) ?? 0) + 1);
      if (goldMatch(index, code, truth)) hits.set(code, (hits.get(code) ?? 0) + 1);
    }
    for (const gram of ngrams(text)) {
      documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
      let row = together.get(gram);
      if (!row) together.set(gram, (row = new Map()));
      for (const code of truth) row.set(code, (row.get(code) ?? 0) + 1);
    }
  }

  const priorLines = [...fires].sort().map(([code, n]) => `${code}\t${n}\t${hits.get(code) ?? 0}`);
  // Keep, per code, the phrases that predict it best; a phrase inside a longer kept phrase adds nothing.
  const phrases: { code: string; gram: string; precision: number; support: number }[] = [];
  for (const [gram, row] of together) {
    const df = documentFrequency.get(gram)!;
    for (const [code, support] of row) {
      if (support < MIN_SUPPORT) continue;
      const precision = (support - 1) / (df + 2);
      if (precision >= MIN_PHRASE_PRECISION) phrases.push({ code, gram, precision, support });
    }
  }
  // Co-occurrence alone links a phrase to anything common in the same reports ("infection" → fever).
  // Keep a phrase only where the dictionary reads it as the same category: training then refines
  // specificity ("smoker" → F17.210 rather than F17.200) instead of inventing links.
  const categoriesOf = new Map<string, Set<string>>();
  const consistent = phrases.filter((p) => {
    let categories = categoriesOf.get(p.gram);
    if (!categories) {
      categories = new Set(suggestCodes(index, p.gram, { minScore: 0, top: 1000 }).map((s) => s.code.slice(0, 3)));
      categoriesOf.set(p.gram, categories);
    }
    return categories.has(p.code.slice(0, 3));
  });
  phrases.length = 0;
  phrases.push(...consistent);
  phrases.sort((a, b) => a.code.localeCompare(b.code) || b.precision - a.precision || b.support - a.support);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'code-priors.tsv'), ['# code\tsuggested in train docs\tcorrect', ...priorLines].join('\n') + '\n');
  writeFileSync(
    join(outDir, 'learned-terms.tsv'),
    ['# code\tphrase (normalised tokens)\tprecision\tsupport', ...phrases.map((p) => `${p.code}\t${p.gram}\t${p.precision.toFixed(3)}\t${p.support}`)].join('\n') + '\n',
  );
  console.log(`learn-priors: ${priorLines.length} code priors, ${phrases.length} learned phrases from CodiEsp ${split}`);
}

main().catch((error) => {
  console.error(`learn-priors failed: ${error instanceof Error ? error.message : 'unknown error'}`);
  process.exit(1);
});
