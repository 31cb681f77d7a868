// The synthetic PHI corpora: which templates, seed and size each uses, and how a note is drawn.
// Deterministic: the same seed and templates always give the same notes.
import type { GoldNote } from './gold';
import { checkTemplates, NoteAssembler, type Noise } from './note-builder';
import { Random } from './prng';
import { makeContext, SHARED_SLOTS, type NoteContext } from './slots';
import { DEV_STYLES, type StyleTemplates } from './templates-dev';
import { DEV2_SLOTS, DEV2_STYLES } from './templates-dev2';
import { HOLDOUT_SLOTS, HOLDOUT_STYLES } from './templates-holdout';
import type { SlotTable } from './note-builder';

export interface CorpusSpec {
  name: string;
  seed: number;
  count: number;
  styles: readonly StyleTemplates[];
  slots: SlotTable<NoteContext>;
  file: string;
}

export const CORPORA: readonly CorpusSpec[] = [
  { name: 'dev', seed: 20240722, count: 260, styles: DEV_STYLES, slots: SHARED_SLOTS, file: 'synthetic-dev.jsonl' },
  { name: 'dev2', seed: 41519, count: 150, styles: DEV2_STYLES, slots: { ...SHARED_SLOTS, ...DEV2_SLOTS }, file: 'synthetic-dev2.jsonl' },
  { name: 'holdout', seed: 77031, count: 80, styles: HOLDOUT_STYLES, slots: { ...SHARED_SLOTS, ...HOLDOUT_SLOTS }, file: 'synthetic-holdout.jsonl' },
];

const NOISE_LEVELS: readonly Noise[] = [
  { typoRate: 0, doubleSpaceRate: 0, missingSpaceRate: 0 },
  { typoRate: 0.01, doubleSpaceRate: 0.05, missingSpaceRate: 0.05 },
  { typoRate: 0.03, doubleSpaceRate: 0.15, missingSpaceRate: 0.15 },
];

function pickStyle(rng: Random, styles: readonly StyleTemplates[]): StyleTemplates {
  const total = styles.reduce((sum, style) => sum + style.weight, 0);
  let roll = rng.next() * total;
  for (const style of styles) {
    roll -= style.weight;
    if (roll < 0) return style;
  }
  return styles[styles.length - 1];
}

export function generateCorpus(spec: CorpusSpec): GoldNote[] {
  for (const style of spec.styles) checkTemplates(style.sections.flat(), spec.slots);
  const rng = new Random(spec.seed);
  const notes: GoldNote[] = [];
  for (let index = 1; index <= spec.count; index++) {
    const style = pickStyle(rng, spec.styles);
    const context = makeContext(rng);
    const noise = rng.pick([NOISE_LEVELS[0], NOISE_LEVELS[0], NOISE_LEVELS[1], NOISE_LEVELS[1], NOISE_LEVELS[2]]);
    const assembler = new NoteAssembler(rng, spec.slots, context, noise);
    const separator = rng.pick(style.separators);
    style.sections.forEach((section, sectionIndex) => {
      if (sectionIndex > 0) assembler.append(separator);
      assembler.render(rng.pick(section));
    });
    const id = `${spec.name}-${String(index).padStart(4, '0')}-${style.style}`;
    notes.push(assembler.build(id, style.style, rng.chance(style.capsShare)));
  }
  return notes;
}

