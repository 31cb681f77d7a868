import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORPORA, generateCorpus } from '../../../scripts/phi/corpus';
import { PHI_CATEGORIES } from '../../../server/src/core/phi/types';

const dev = CORPORA.find((corpus) => corpus.name === 'dev')!;
const small = { ...dev, count: 120 };

test('the same seed gives the same notes, another seed different ones', () => {
  assert.deepEqual(generateCorpus(small), generateCorpus(small));
  assert.notDeepEqual(generateCorpus({ ...small, seed: small.seed + 1 }), generateCorpus(small));
});

test('gold spans sit on non-blank text without surrounding whitespace, and never overlap', () => {
  for (const spec of CORPORA) {
    for (const note of generateCorpus({ ...spec, count: 80 })) {
      const sorted = [...note.spans].sort((a, b) => a.start - b.start);
      sorted.forEach((span, index) => {
        const text = note.text.slice(span.start, span.end);
        assert.equal(text.trim(), text, `${note.id}: span ${span.start} has outer whitespace`);
        assert.ok(text.length > 0);
        if (index > 0) assert.ok(sorted[index - 1].end <= span.start, `${note.id}: spans overlap at ${span.start}`);
      });
    }
  }
});

test('a quarter or more of the notes are fully upper case, and every category occurs in both cases', () => {
  const notes = generateCorpus(dev);
  const caps = notes.filter((note) => note.caps);
  assert.ok(caps.length >= notes.length / 4, `${caps.length} of ${notes.length} caps`);
  for (const note of caps) assert.equal(note.text, note.text.toUpperCase());
  for (const group of [caps, notes.filter((note) => !note.caps)]) {
    const categories = new Set(group.flatMap((note) => note.spans.map((span) => span.category)));
    for (const category of PHI_CATEGORIES) assert.ok(categories.has(category), `missing ${category}`);
  }
});

test('name-words also appear as plain English outside any span, so false alarms on them are measured', () => {
  const notes = generateCorpus(dev);
  const unannotated = (word: RegExp) =>
    notes.some((note) => [...note.text.matchAll(word)].some((m) => !note.spans.some((s) => s.start <= m.index && m.index < s.end)));
  for (const word of [/\bwill\b/gi, /\bmay\b/gi, /\bbrown\b/gi, /\bhope\b/gi, /\bfaith\b/gi, /\bsharp\b/gi]) {
    assert.ok(unannotated(word), `no plain use of ${word}`);
  }
});
