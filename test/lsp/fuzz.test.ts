import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, type PhiDiagnosticData } from '../../server/src/protocol';
import { TestClient } from './harness';

/** Small deterministic PRNG (mulberry32), so a failing sequence can be replayed from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
  'Seen by Dr. Amelia Hargreaves today. ',
  'Pt JOHN BROWN, MRN 00482913; ',
  'Call (617) 555-0134 x22.\n',
  'DOB 03/14/1951\r\n',
  'wife Mary at bedside\r',
  'e-mail j.doe@example.org ',
  'BP 120/80, HR 72, metformin 500 mg BID. ',
  'Marg\u200Buerite Oka\u200Dfor ',
  '\u200F\u202Eright-to-left\u202C ',
  '😀 ',
  '\n\n',
  'SSN 123-45-6789. ',
  '92 y/o ',
  'Discharged from Mercy General Hospital on July 22nd, 2024. ',
];

const SEED_TEXT = `Patient: Marguerite Okafor   MRN: 00482913
HPI:
Mrs. Okafor, a retired teacher, was seen with her daughter Helen on 07/22/2024.
Call (617) 555-0134. Follow up with Dr. Raymond Castellanos.
`;

describe('quick-fix fuzz: random edits and fixes through the protocol never corrupt a note', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('1,000 random edit/fix sequences (seed 20261126): fixes apply exactly, stale fixes are refused, server and editor agree', async () => {
    const random = prng(20261126);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const uris = [0, 1, 2].map((i) => `file:///tmp/clinote-fuzz-${process.pid}-${i}.note`);
    for (const uri of uris) await client.open(uri, SEED_TEXT);
    let fixesApplied = 0;
    let staleRefused = 0;

    const randomEdit = async (uri: string, mustChange = false) => {
      const document = client.documents.get(uri)!;
      const length = document.getText().length;
      const start = Math.floor(random() * (length + 1));
      const end = random() < 0.3 ? Math.min(length, start + Math.floor(random() * 40)) : start;
      const text = mustChange || random() < 0.8 ? pick(SNIPPETS) : '';
      // Never cut a surrogate pair: VS Code does not either.
      const safe = (offset: number) => (offset > 0 && offset < length && /[\uDC00-\uDFFF]/.test(document.getText()[offset]) ? offset - 1 : offset);
      await client.change(uri, [{ range: { start: document.positionAt(safe(start)), end: document.positionAt(safe(end)) }, text }]);
    };

    const checkAgreement = (uri: string, diagnostics: Diagnostic[]) => {
      const document = client.documents.get(uri)!;
      for (const d of diagnostics) {
        if (d.code === 'analysis') continue;
        assert.equal(document.getText(d.range), (d.data as PhiDiagnosticData).text, `the server and the editor hold different text at version ${document.version}`);
      }
    };

    for (let sequence = 0; sequence < 1000; sequence++) {
      const uri = pick(uris);
      const edits = 1 + Math.floor(random() * 3);
      for (let i = 0; i < edits; i++) await randomEdit(uri);
      const diagnostics = (await client.diagnostics(uri)).filter((d) => d.code !== 'analysis');
      checkAgreement(uri, diagnostics);
      if (diagnostics.length === 0) continue;
      const target = pick(diagnostics);
      const goStale = random() < 0.25;
      if (goStale) await randomEdit(uri, true);
      const before = client.documents.get(uri)!;
      const actions: CodeAction[] = await client.codeActions(uri, target.range, [target], random() < 0.1 ? [FIX_ALL_KIND] : undefined);
      const withEdit = actions.filter((a) => a.edit);
      if (goStale) {
        // A fix for an older diagnostic is only offered where the note still holds exactly that finding.
        const current = client.documents.get(uri)!;
        for (const a of withEdit.filter((x) => x.kind !== FIX_ALL_KIND && x.diagnostics)) {
          const change = a.edit!.documentChanges![0] as TextDocumentEdit;
          assert.equal(change.textDocument.version, current.version, 'a fix is labelled with the version it was built on');
          for (const e of change.edits as TextEdit[]) assert.equal(current.getText(e.range), (target.data as PhiDiagnosticData).text, 'a fix replaces exactly the flagged text');
        }
        staleRefused++;
        continue;
      }
      if (withEdit.length === 0) continue;
      const action = pick(withEdit);
      const change = action.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal(change.textDocument.version, before.version);
      const expected = TextDocument.applyEdits(before, change.edits as TextEdit[]);
      if (random() < 0.15) {
        await randomEdit(uri, true);
        assert.equal(await client.applyEdit(action.edit!), false, 'an edit for an older version must be refused');
        staleRefused++;
        continue;
      }
      assert.ok(await client.applyAction(action));
      assert.equal(client.documents.get(uri)!.getText(), expected, 'the fix changed more or less than its range');
      fixesApplied++;
    }
    for (const uri of uris) checkAgreement(uri, await client.diagnostics(uri));
    assert.ok(fixesApplied > 300, `only ${fixesApplied} fixes applied`);
    assert.ok(staleRefused > 100, `only ${staleRefused} stale fixes tried`);
  });
});
