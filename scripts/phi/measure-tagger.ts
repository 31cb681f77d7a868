// `node --import tsx scripts/phi/measure-tagger.ts MODEL GOLD.jsonl…`: what the places a tagger model finds add to the rules on the given
// gold sets, scored like `npm run eval:phi` (overlap matching). Train the model without those sets first, so the figure
// is one for notes the tagger has not seen:
//   npm run train:phi -- --exclude dev20,dev21,dev22,dev23,dev24,dev25 --out /tmp/tagger.bin.gz
//   node --import tsx scripts/phi/measure-tagger.ts /tmp/tagger.bin.gz test/fixtures/phi/synthetic-dev2{0,1,2,3,4,5}.jsonl
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { detectPhi } from '../../server/src/core/phi/detect';
import { normaliseText } from '../../server/src/core/phi/normalize';
import { decodeTaggerModel, findLearnedPlaces, tagText } from '../../server/src/core/phi/tagger';
import { isAllCaps, type GoldNote } from './gold';
import { scoreNote, sumScores, type Counts, type ScoreRow } from './score';

function main() {
  const [modelPath, ...goldPaths] = process.argv.slice(2);
  if (!modelPath || goldPaths.length === 0) throw new Error('usage: measure-tagger.ts MODEL GOLD.jsonl…');
  const model = decodeTaggerModel(gunzipSync(readFileSync(modelPath)));
  const rulesOnly = [];
  const withTagger = [];
  const capsNotes: boolean[] = [];
  let learned = 0;
  let learnedRight = 0;
  for (const path of goldPaths) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const note = JSON.parse(line) as GoldNote;
      const found = detectPhi(note.text, { learned: false });
      // As detectPhi does, on its normalised copy (same length: offsets agree).
      const normalised = normaliseText(note.text).text;
      const source = normalised.length === note.text.length ? normalised : note.text;
      const places = findLearnedPlaces(source, found, tagText(source, model));
      // As detectPhi resolves them: a learned place beside a rule's place widens it.
      const predicted = [...found.filter((f) => !places.some((p) => p.start < f.end && f.start < p.end)), ...places];
      capsNotes.push(note.caps ?? isAllCaps(note.text));
      rulesOnly.push(scoreNote(note, found, 'standard'));
      withTagger.push(scoreNote(note, predicted, 'standard'));
      for (const place of places) {
        learned++;
        if (note.spans.some((g) => g.category !== 'OTHER' && g.start < place.end && place.start < g.end)) learnedRight++;
      }
    }
  }
  const show = (label: string, counts: Record<ScoreRow, Counts>) => {
    const row = (name: ScoreRow) => {
      const c = counts[name];
      return `${name} recall ${((100 * c.goldFound) / c.goldSpans).toFixed(1)} % precision ${((100 * c.predictedCorrect) / c.predicted).toFixed(1)} %`;
    };
    console.log(`${label.padEnd(14)} ${row('ANY')} | ${row('NAME')} | ${row('LOCATION')}`);
  };
  show('rules', sumScores(rulesOnly));
  show('rules+tagger', sumScores(withTagger));
  // The held-out notes Clinote is judged on include terse ALL-CAPS nursing notes, where case gives no hint.
  for (const [label, caps] of [['ALL-CAPS', true], ['mixed-case', false]] as const) {
    const subset = <T>(scores: T[]) => scores.filter((_, i) => capsNotes[i] === caps);
    console.log(`${label} notes (${subset(rulesOnly).length}):`);
    show('  rules', sumScores(subset(rulesOnly)));
    show('  rules+tagger', sumScores(subset(withTagger)));
  }
  console.log(`learned places: ${learned}, of which on gold PHI: ${learnedRight}`);
}

main();
