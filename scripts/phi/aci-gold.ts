// Builds a names-and-ages gold JSONL from ACI-Bench (CC BY 4.0, Yim et al. 2023): role-played doctor-patient
// conversations, transcribed in lower case, and the clinical notes written from them. The metadata names each
// encounter's patient (and sometimes its doctor) and gives the patient's age, so those are known wherever they
// occur; other PHI in the texts (relatives, places, dates) is not annotated, so only recall means anything here.
// Only the train and valid splits are read; the test splits stay unseen.
// Run: node --import tsx scripts/phi/aci-gold.ts [challenge_data-folder] [out-folder]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from '../summary/csv';
import { markSpans, writeGoldFile, type GoldNote, type GoldSpan } from './gold';
import commonWords from '../../server/src/core/phi/data/common-words';
import englishList from '../../server/src/core/phi/data/english-words';
import medicalWords from '../../server/src/core/phi/data/medical-words';

const DEFAULT_SOURCE = '/work/shared/data/summ/aci-bench/challenge_data';
const DEFAULT_OUT = 'test/fixtures/phi';
const SPLITS = ['train', 'valid'];
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'doctor']);
/** Ordinary words (SCOWL English, words of clinical prose, ICD-10-CM and drug vocabulary), lower case. */
const englishWords = new Set([commonWords, englishList, medicalWords].flatMap((list) => list.toLowerCase().split('\n')));

function records(file: string): Array<Record<string, string>> {
  return csvRecords(readFileSync(file, 'utf8'));
}

interface Person {
  words: string[];
  subtype: 'PATIENT' | 'DOCTOR';
}

const WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * Every occurrence of a known name word. A word that is also ordinary English ("white", "price", "baker") counts
 * only where it is written as a name: beside a title or another word of the same person's name.
 */
function nameSpans(text: string, people: readonly Person[]): GoldSpan[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase().replace(/['’]s$/, '') }));
  const spans: GoldSpan[] = [];
  words.forEach((word, i) => {
    for (const person of people) {
      if (!person.words.includes(word.lower)) continue;
      const neighbours = [words[i - 1], words[i + 1]].filter((n) => n && Math.abs((n.start > word.start ? n.start - word.end : word.start - n.end)) <= 3);
      const besideName = neighbours.some((n) => TITLES.has(n!.lower) || (person.words.includes(n!.lower) && n!.lower !== word.lower));
      if (englishWords.has(word.lower) && !besideName) continue;
      spans.push({ start: word.start, end: word.start + word.lower.length, category: 'NAME', subtype: person.subtype });
      return;
    }
  });
  return spans;
}

/** The patient's age before "year(s) old" / "-year-old"; PHI under the standard profile only from 90. */
function ageSpans(text: string, age: number): GoldSpan[] {
  if (!Number.isInteger(age)) return [];
  const spans: GoldSpan[] = [];
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\w.])${age}(?=[ -]{1,2}(?:years?|yrs?)[ -]{1,2}old\b)`, 'gi'))) {
    spans.push({ start: m.index, end: m.index + m[0].length, category: 'AGE', subtype: 'AGE', ...(age < 90 ? { extendedOnly: true } : {}) });
  }
  return spans;
}

function personWords(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[\s.]+/)
    .filter((w) => w.length >= 2 && !TITLES.has(w));
}

export function aciGold(source: string): GoldNote[] {
  const notes: GoldNote[] = [];
  for (const split of SPLITS) {
    const texts = records(join(source, `${split}.csv`));
    const metadata = new Map(records(join(source, `${split}_metadata.csv`)).map((m) => [m.encounter_id, m]));
    for (const record of texts) {
      const meta = metadata.get(record.encounter_id);
      if (!meta) continue;
      const people: Person[] = [{ words: [...personWords(meta.patient_firstname), ...personWords(meta.patient_familyname)], subtype: 'PATIENT' }];
      if (meta.doctor_name.trim()) people.push({ words: personWords(meta.doctor_name), subtype: 'DOCTOR' });
      for (const [part, text] of [['dialogue', record.dialogue], ['note', record.note]] as const) {
        notes.push({ id: `aci-${split}-${record.encounter_id}-${part}`, text, spans: [...nameSpans(text, people), ...ageSpans(text, Number(meta.patient_age))], style: `aci-${part}` });
      }
    }
  }
  return notes;
}

if (require.main === module) {
  const [source = DEFAULT_SOURCE, out = DEFAULT_OUT] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const notes = aciGold(source);
  writeGoldFile(join(out, 'aci-dev.jsonl'), notes);
  const spans = notes.reduce((sum, n) => sum + n.spans.length, 0);
  console.log(`aci-dev.jsonl: ${notes.length} texts, ${spans} gold spans`);
  if (process.argv.includes('--show')) console.log(markSpans(notes[0]).slice(0, 2000));
}
