// Prints gold notes with their spans marked: node --import tsx scripts/phi/show-gold.ts FILE.jsonl [id-part ...] [--first N]
import { markSpans, readGoldFile } from './gold';

const args = process.argv.slice(2);
const firstIndex = args.indexOf('--first');
const first = firstIndex >= 0 ? Number(args.splice(firstIndex, 2)[1]) : 3;
const [file, ...idParts] = args;
if (!file) {
  console.error('usage: show-gold.ts FILE.jsonl [id-part ...] [--first N]');
  process.exit(2);
}
const notes = readGoldFile(file).filter((note) => idParts.length === 0 || idParts.some((part) => note.id.includes(part)));
for (const note of notes.slice(0, first)) console.log(`----- ${note.id} (${note.style ?? '-'}${note.caps ? ', caps' : ''})\n${markSpans(note)}\n`);
