import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { categoryOf, clinoteDiagnostics, openNote, quickFixesFor, revertAndCloseAll, waitForDiagnostics } from './helpers';

const expectedCategories = ['NAME', 'DATE'];
const hasExpectedCategories = (diagnostics: vscode.Diagnostic[]) =>
  expectedCategories.every((category) => diagnostics.some((diagnostic) => categoryOf(diagnostic) === category));

describe('PHI diagnostics and de-identification', () => {
  afterEach(revertAndCloseAll);
  afterEach(() => vscode.workspace.getConfiguration('clinote').update('phi.enabled', undefined, vscode.ConfigurationTarget.Workspace));

  it('reports PHI in the fixture note as clinote diagnostics coded by category', async () => {
    const { document } = await openNote();
    const diagnostics = await waitForDiagnostics(document.uri, hasExpectedCategories, 'NAME and DATE findings');
    for (const diagnostic of diagnostics) {
      assert.match(categoryOf(diagnostic), /^[A-Z][A-Z_]*$/, 'diagnostic code is a PHI category');
      assert.ok(!diagnostic.range.isEmpty, 'a finding covers some text');
    }
  });

  it('offers a quick fix that de-identifies a finding when applied with workspace.applyEdit', async () => {
    const { document } = await openNote();
    const before = await waitForDiagnostics(document.uri, hasExpectedCategories, 'NAME and DATE findings');
    const { diagnostic: name, actions } = await quickFixesFor(document, (diagnostics) =>
      diagnostics.find((diagnostic) => categoryOf(diagnostic) === 'NAME'));
    const original = document.getText(name.range);

    // A fix for this one finding (not the whole-document action, not "Not PHI").
    const fix = actions.find((action) => action.edit && /replace|redact|surrogate|tag|mask/i.test(action.title));
    assert.ok(fix?.edit, `none of the ${actions.length} code actions for the NAME finding replaces it with an edit`);

    const occurrences = (text: string) => text.split(original).length - 1;
    const occurrencesBefore = occurrences(document.getText());
    // As VS Code does for a chosen code action: its edit, then its command (which records an applied surrogate).
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.equal(occurrences(document.getText()), occurrencesBefore - 1, 'the quick fix replaced the flagged text');
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length < before.length, 'one finding fewer');
  });

  it('"Clinote: De-identify Document" leaves no PHI diagnostics', async () => {
    const { document } = await openNote();
    await waitForDiagnostics(document.uri, hasExpectedCategories, 'NAME and DATE findings');
    await vscode.commands.executeCommand('clinote.deidentifyDocument');
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'no findings after de-identification');
    assert.ok(!document.getText().includes('617-555-0142'), 'the phone number is gone');
    assert.equal(clinoteDiagnostics(document.uri).length, 0);
  });

  it('clears its diagnostics when clinote.phi.enabled is turned off and restores them when on', async () => {
    const { document } = await openNote();
    await waitForDiagnostics(document.uri, hasExpectedCategories, 'NAME and DATE findings');
    const config = () => vscode.workspace.getConfiguration('clinote');
    await config().update('phi.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 0, 'no findings while disabled');
    await config().update('phi.enabled', true, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(document.uri, hasExpectedCategories, 'findings again once re-enabled');
  });
});
