import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, TextDocumentEdit, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol';
import { FIX_ALL_KIND, type PhiDiagnosticData } from '../../server/src/protocol';
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

  it('sends as many findings as the editor shows (1,000, warnings first), says how many more there are, and fix-all still covers them all', async () => {
    const uri = freshUri();
    const text = Array.from({ length: 80 }, () => NOTE).join('\n');
    const computed = client.waitForComputed(uri, 1);
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri);
    const { total } = await computed;
    assert.ok(total > 1_000, `the note should hold more than 1,000 findings, has ${total}`);
    assert.equal(diagnostics.length, 1_000);
    const notice = diagnostics.filter((d) => d.code === 'analysis');
    assert.equal(notice.length, 1);
    assert.match(notice[0].message, new RegExp(`999 of ${total.toLocaleString('en-US')} possible PHI findings`));
    const findings = diagnostics.filter((d) => d.code !== 'analysis');
    const shownWarnings = findings.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
    assert.ok(shownWarnings === findings.length || shownWarnings === 999, 'information is shown only once every warning is');
    const document = client.documents.get(uri)!;
    for (let i = 1; i < findings.length; i++) assert.ok(document.offsetAt(findings[i - 1].range.start) <= document.offsetAt(findings[i].range.start), 'in document order');

    const fixAll = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND]))[0];
    const edits = (fixAll.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const lastShown = Math.max(...findings.map((d) => document.offsetAt(d.range.end)));
    assert.ok(edits.some((e) => document.offsetAt(e.range.start) > lastShown), 'fix-all reaches findings past the last one shown');
    assert.ok(await client.applyEdit(fixAll.edit!));
    assert.ok(!client.documents.get(uri)!.getText().includes('555-0134'), 'every phone number replaced');
  });
});
