import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { PhiDiagnosticData } from '../../server/src/protocol';
import { TestClient } from './harness';

const NOTE = readFileSync(join(__dirname, '..', 'fixtures', 'notes', 'progress.note'), 'utf8');
let counter = 0;
const freshUri = () => `file:///tmp/clinote-long-${process.pid}-${++counter}.note`;

/** What a diagnostic says about the text, leaving out what depends on the document's URI and version. */
function shapeOf(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ range: d.range, message: d.message, severity: d.severity, text: (d.data as PhiDiagnosticData | undefined)?.text }));
}

/** A long note (chunked by the server) with every kind of line end, astral characters and a very long line. */
function longNote(lineEnd: string): string {
  const parts: string[] = [];
  for (let i = 0; parts.join('').length < 60_000; i++) {
    parts.push(NOTE.replace(/\n/g, i % 3 === 0 ? lineEnd : '\n'));
    if (i % 4 === 1) parts.push(`Family emoji 👨‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 with Okafor again.${lineEnd}`);
    if (i === 2) parts.push(`${'Seen by Dr. Castellanos, '.repeat(1_400)}${lineEnd}`);
  }
  return parts.join('');
}

describe('language server: long notes after edits', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  for (const [label, lineEnd] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`edited diagnostics are exactly those of the same text opened afresh (${label} line ends)`, async () => {
      const uri = freshUri();
      await client.open(uri, longNote(lineEnd));
      await client.diagnostics(uri);
      const inserts = ['x', ' ', lineEnd, 'Patient Rosalind Ekwueme ', '😀', ''];
      for (let i = 0; i < 8; i++) {
        const document = client.documents.get(uri)!;
        const start = document.positionAt((i * 7919 * 37) % document.getText().length);
        const end = i % 3 === 2 ? document.positionAt(document.offsetAt(start) + 4) : start;
        await client.change(uri, [{ range: { start, end }, text: inserts[i % inserts.length] }]);
        const edited = await client.diagnostics(uri);
        const current = client.documents.get(uri)!;
        for (const d of edited) {
          if (d.data) assert.equal(current.getText(d.range), (d.data as PhiDiagnosticData).text, `edit ${i}: a range points at other text`);
        }
        const fresh = freshUri();
        await client.open(fresh, current.getText());
        assert.deepEqual(shapeOf(edited), shapeOf(await client.diagnostics(fresh)), `edit ${i}: differs from a fresh analysis`);
      }
    });
  }
});
