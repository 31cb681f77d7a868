import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Diagnostic, DiagnosticSeverity, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { FIX_ALL_KIND, NOT_PHI_COMMAND, type PhiDiagnosticData } from '../../server/src/protocol';
import { TestClient, settingsWith } from './harness';

const NOTE = readFileSync(join(__dirname, '..', 'fixtures', 'notes', 'progress.note'), 'utf8');
let counter = 0;
const freshUri = () => `file:///tmp/clinote-lsp-${process.pid}-${++counter}.note`;

function phiOnly(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.source === 'clinote' && d.code !== 'analysis');
}

function findDiagnostic(diagnostics: Diagnostic[], text: string): Diagnostic {
  const found = diagnostics.find((d) => (d.data as PhiDiagnosticData).text.includes(text));
  assert.ok(found, `expected a diagnostic covering "${text}"; got ${diagnostics.map((d) => (d.data as PhiDiagnosticData).text).join(' | ')}`);
  return found;
}

describe('language server: PHI diagnostics over the real protocol', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('reports each finding with source, category code, a reason and fix candidates', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const diagnostics = phiOnly(await client.diagnostics(uri));
    const categories = new Set(diagnostics.map((d) => d.code));
    for (const category of ['NAME', 'DATE', 'CONTACT', 'ID']) assert.ok(categories.has(category), `missing ${category}`);
    for (const d of diagnostics) {
      const data = d.data as PhiDiagnosticData;
      assert.equal(data.version, 1);
      assert.match(d.message, /^Possible PHI: [A-Z]+/);
      assert.ok(data.surrogate.length > 0 && data.surrogate !== data.text);
      assert.ok(d.severity === DiagnosticSeverity.Warning || d.severity === DiagnosticSeverity.Information);
    }
    const phone = findDiagnostic(diagnostics, '555-0134');
    assert.equal(phone.code, 'CONTACT');
    assert.ok(!d_messageHoldsText(phone), 'the message must not quote the note');
  });

  it('signals when diagnostics are computed, so editors and tests need not wait blindly', async () => {
    const uri = freshUri();
    const computed = client.waitForComputed(uri, 1);
    await client.open(uri, NOTE);
    await client.diagnostics(uri);
    const params = await computed;
    assert.ok(params.total > 0);
    assert.ok((params.counts.NAME ?? 0) > 0);
  });

  it('offers tag, redact, surrogate and "Not PHI" fixes as versioned edits, and each applies cleanly', async () => {
    for (const mode of ['tag', 'redact', 'surrogate'] as const) {
      const uri = freshUri();
      const original = await client.open(uri, NOTE);
      const target = findDiagnostic(phiOnly(await client.diagnostics(uri)), '555-0134');
      const actions = await client.codeActions(uri, target.range, [target]);
      const data = target.data as PhiDiagnosticData;
      const expected = { tag: '[CONTACT]', redact: data.text.replace(/\S/gu, '█'), surrogate: data.surrogate }[mode];
      const singleEdit = (a: (typeof actions)[number]) => {
        const change = a.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
        return change && change.edits.length === 1 ? (change.edits[0] as TextEdit) : undefined;
      };
      const action = actions.find((a) => singleEdit(a)?.newText === expected);
      assert.ok(action, `no ${mode} fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(action.kind, 'quickfix');
      assert.equal((action.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, 1);
      assert.ok(await client.applyEdit(action.edit!));
      const start = original.offsetAt(target.range.start);
      const end = original.offsetAt(target.range.end);
      assert.equal(client.documents.get(uri)!.getText(), NOTE.slice(0, start) + expected + NOTE.slice(end), `${mode} fix changed only the finding`);
      assert.ok(!expected.includes('555-0134'));
      if (mode === 'surrogate') assert.match(expected, /555-01\d\d/);
    }
    const uri = freshUri();
    await client.open(uri, NOTE);
    const target = findDiagnostic(phiOnly(await client.diagnostics(uri)), '555-0134');
    const notPhi = (await client.codeActions(uri, target.range, [target])).find((a) => a.command?.command === NOT_PHI_COMMAND);
    assert.ok(notPhi);
    assert.equal(notPhi.command!.arguments![0], (target.data as PhiDiagnosticData).text);
  });

  it('fix-all de-identifies the whole document in one versioned edit and leaves no PHI diagnostics', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const before = phiOnly(await client.diagnostics(uri));
    assert.ok(before.length >= 8);
    const fixAll = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND]))[0];
    assert.ok(fixAll?.edit, 'expected a fix-all action');
    assert.equal(fixAll.kind, FIX_ALL_KIND);
    const changes = fixAll.edit.documentChanges!;
    assert.equal(changes.length, 1, 'one edit: one undo step');
    assert.ok(await client.applyAction(fixAll));
    const text = client.documents.get(uri)!.getText();
    for (const original of ['Okafor', '00482913', '555-0134', '123-45-6789', 'm.okafor@example.com', 'Castellanos']) {
      assert.ok(!text.includes(original), `"${original}" survived fix-all`);
    }
    assert.deepEqual(phiOnly(await client.diagnostics(uri)), [], 'applied surrogates must not be flagged again');
    assert.ok(text.startsWith('SYNTHETIC TEST NOTE'), 'text outside findings is untouched');
  });

  it('keeps flagging real identifiers that happen to equal a surrogate only offered, not applied', async () => {
    const probe = freshUri();
    await client.open(probe, NOTE);
    const offered = phiOnly(await client.diagnostics(probe)).map((d) => d.data as PhiDiagnosticData);
    const surrogateDate = offered.find((d) => d.category === 'DATE')!.surrogate;
    const surrogateName = offered.find((d) => d.category === 'NAME' && d.text.includes('Castellanos'))!.surrogate.split(' ').pop()!;
    // The same document (same date shift) now really mentions those values.
    const addition = `Next visit ${surrogateDate}. Seen by Dr. ${surrogateName}.\n`;
    const end = client.documents.get(probe)!.positionAt(NOTE.length);
    await client.change(probe, [{ range: { start: end, end }, text: addition }]);
    const texts = phiOnly(await client.diagnostics(probe)).map((d) => (d.data as PhiDiagnosticData).text);
    assert.ok(texts.includes(surrogateDate), 'a real date equal to an offered surrogate is still flagged');
    assert.ok(texts.some((t) => t.includes(surrogateName)), 'a real name equal to an offered surrogate is still flagged');
  });

  it('refuses stale fixes: diagnostics of an older version get no edit, and the document request checks the version', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const old = phiOnly(await client.diagnostics(uri));
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Addendum.\n' }]);
    const target = findDiagnostic(old, '555-0134');
    const actions = await client.codeActions(uri, target.range, [target]);
    assert.deepEqual(actions.filter((a) => a.edit), [], 'a fix computed on version 1 must not be offered on version 2');

    const { DeidentifyDocumentRequest } = await import('../../server/src/protocol');
    const refused = await client.connection.sendRequest(DeidentifyDocumentRequest, { textDocument: { uri, version: 1 } });
    assert.equal(refused.edit, null);
    assert.match(refused.refusedReason ?? '', /changed/);
    const accepted = await client.connection.sendRequest(DeidentifyDocumentRequest, { textDocument: { uri, version: 2 }, mode: 'tag' });
    assert.ok(accepted.edit && accepted.replaced > 0);
    // An edit whose version went stale while in flight is refused by the editor, never misapplied.
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
    assert.equal(await client.applyEdit(accepted.edit), false);
  });

  it('keeps fixes of a version whose text the editor merely re-read (new version, same text)', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const target = findDiagnostic(phiOnly(await client.diagnostics(uri)), '555-0134');
    const document = client.documents.get(uri)!;
    await client.change(uri, [{ range: { start: document.positionAt(0), end: document.positionAt(NOTE.length) }, text: NOTE }]);
    const actions = (await client.codeActions(uri, target.range, [target])).filter((a) => a.diagnostics);
    assert.ok(actions.some((a) => a.edit), 'the fix is still offered');
    const edit = actions.find((a) => a.edit)!.edit!;
    assert.equal((edit.documentChanges![0] as TextDocumentEdit).textDocument.version, 2, 'and is labelled with the current version');
    assert.ok(await client.applyEdit(edit));
  });

  it('never builds a whole-document edit from one version and labels it with another, even when an edit lands mid-scan', async () => {
    const { DeidentifyDocumentRequest } = await import('../../server/src/protocol');
    const uri = freshUri();
    const long = (NOTE + '\n').repeat(400);
    await client.open(uri, long);
    const pending = client.connection.sendRequest(DeidentifyDocumentRequest, { textDocument: { uri, version: 1 }, mode: 'tag' });
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'XYZ\n' }]);
    const result = await pending;
    if (result.edit) {
      const change = result.edit.documentChanges![0] as TextDocumentEdit;
      assert.equal(change.textDocument.version, 1, 'an edit computed on version 1 must say so');
      assert.equal(await client.applyEdit(result.edit), false, 'and is then refused on version 2');
    } else {
      assert.match(result.refusedReason ?? '', /changed/);
    }
    assert.ok(client.documents.get(uri)!.getText().startsWith('XYZ\nSYNTHETIC TEST NOTE'), 'the note is intact');
  });

  it('re-reads settings on change and asks the editor to refresh diagnostics', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    assert.ok(phiOnly(await client.diagnostics(uri)).some((d) => (d.data as PhiDiagnosticData).text.includes('555-0134')));
    const refreshesBefore = client.refreshRequests;
    await client.changeSettings(settingsWith({ phi: { allowList: ['(617) 555-0134'], severity: { ID: 'error', DATE: 'off' } } }));
    assert.equal(client.refreshRequests, refreshesBefore + 1);
    const after = phiOnly(await client.diagnostics(uri));
    assert.ok(!after.some((d) => (d.data as PhiDiagnosticData).text.includes('555-0134')), 'allow-listed text is no longer flagged');
    assert.ok(!after.some((d) => d.code === 'DATE'), 'severity off hides a category');
    assert.ok(after.filter((d) => d.code === 'ID').every((d) => d.severity === DiagnosticSeverity.Error));
    await client.changeSettings(settingsWith({ phi: { enabled: false } }));
    assert.deepEqual(await client.diagnostics(uri), []);
    await client.changeSettings(settingsWith());
  });

  it('analyses very large notes up to the cap and says so with an Information diagnostic', async () => {
    await client.changeSettings(settingsWith({ phi: { maxDocumentLength: 5000 } }));
    const uri = freshUri();
    const big = NOTE + '\n' + 'Routine vitals stable overnight, ambulating in hallway.\n'.repeat(400) + 'Call 617-555-0199 tomorrow.\n';
    await client.open(uri, big);
    const diagnostics = await client.diagnostics(uri);
    const notice = diagnostics.find((d) => d.code === 'analysis');
    assert.ok(notice && notice.severity === DiagnosticSeverity.Information);
    assert.match(notice.message, /first 4,9\d\d characters|first 5,000 characters/);
    assert.ok(!diagnostics.some((d) => (d.data as PhiDiagnosticData | undefined)?.text?.includes('617-555-0199')));
    // The whole-document fix still scans everything, so nothing past the cap survives.
    const fixAll = (await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND]))[0];
    assert.ok(await client.applyEdit(fixAll.edit!));
    assert.ok(!client.documents.get(uri)!.getText().includes('617-555-0199'));
    await client.changeSettings(settingsWith());
  });

  it('survives bad input: empty, binary, CRLF, zero-width characters inside a name, 10 MB', async () => {
    const empty = freshUri();
    await client.open(empty, '');
    assert.deepEqual(await client.diagnostics(empty), []);

    const binary = freshUri();
    await client.open(binary, '\u0000\u0001\u0002PK\u0003\u0004'.repeat(500));
    const binaryDiagnostics = await client.diagnostics(binary);
    assert.equal(binaryDiagnostics.length, 1);
    assert.match(binaryDiagnostics[0].message, /binary/);

    const crlf = freshUri();
    const crlfText = NOTE.replace(/\n/g, '\r\n');
    await client.open(crlf, crlfText);
    const crlfFixAll = (await client.codeActions(crlf, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], [FIX_ALL_KIND]))[0];
    assert.ok(await client.applyEdit(crlfFixAll.edit!));
    const crlfAfter = client.documents.get(crlf)!.getText();
    assert.equal(crlfAfter.split('\r\n').length, crlfText.split('\r\n').length, 'line structure kept');
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(crlfAfter), 'no bare CR or LF introduced');
    assert.ok(!crlfAfter.includes('555-0134'));

    const zeroWidth = freshUri();
    const hidden = NOTE.replace('Patient: Marguerite Okafor', 'Patient: Margue\u200Brite Oka\u200Dfor');
    await client.open(zeroWidth, hidden);
    const zwDiagnostics = phiOnly(await client.diagnostics(zeroWidth));
    const name = zwDiagnostics.find((d) => (d.data as PhiDiagnosticData).text.includes('Oka\u200Dfor'));
    assert.ok(name, 'a zero-width joiner must not hide a name');

    const huge = freshUri();
    const line = 'Pt resting comfortably, VSS, will continue current plan. Seen by Dr. Castellanos at 0800.\n';
    await client.open(huge, line.repeat(Math.ceil(10_000_000 / line.length)));
    const hugeDiagnostics = await client.diagnostics(huge);
    assert.ok(hugeDiagnostics.some((d) => d.code === 'analysis'), 'a 10 MB note is analysed up to the cap');
  });

  it('gives an outline and folding ranges by section', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ name: string }>;
    assert.deepEqual(symbols.map((s) => s.name), ['HPI', 'ASSESSMENT AND PLAN']);
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as Array<{ startLine: number; endLine: number }>;
    assert.deepEqual(folds.map((f) => f.startLine), [4, 9]);
  });
});

function d_messageHoldsText(diagnostic: Diagnostic): boolean {
  return diagnostic.message.includes((diagnostic.data as PhiDiagnosticData).text);
}
