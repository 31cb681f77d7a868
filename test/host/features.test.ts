import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openNote, requireCommand, revertAndCloseAll } from './helpers';

/** The fixture's main diagnosis, type 2 diabetes mellitus, is ICD-10-CM category E11. */
const diabetesCodePattern = /\bE11(?:\.[0-9A-Z]{1,4})?\b/;

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

describe('ICD-10-CM suggestions and summary', () => {
  afterEach(revertAndCloseAll);

  it('suggests E11 for "type 2 diabetes mellitus" through hover or code lens', async function () {
    await requireCommand(this, 'clinote.suggestCodes');
    const { document } = await openNote();
    const offset = document.getText().indexOf('type 2 diabetes mellitus');
    assert.ok(offset >= 0, 'the fixture note mentions type 2 diabetes mellitus');
    const position = document.positionAt(offset + 'type 2 '.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    const shown = [hoverText(hovers), ...lenses.map((lens) => lens.command?.title ?? '')].join('\n');
    assert.match(shown, diabetesCodePattern, 'neither hover nor code lens shows an E11 code');
  });

  it('"Clinote: Summarize Note" summarises the active note', async function () {
    await requireCommand(this, 'clinote.summarizeNote');
    await openNote();
    const summary = await vscode.commands.executeCommand<{ text?: string } | undefined>('clinote.summarizeNote');
    assert.match(summary?.text ?? '', /diabetes/i, 'the summary names the note\'s main problem');
  });

  it('"Clinote: Summarize Note" run while the language server is (re)starting waits for it instead of giving up', async function () {
    await requireCommand(this, 'clinote.summarizeNote');
    await openNote();
    // Not awaited: the summary is asked for while the old server is stopping and the new one starting.
    const restarted = vscode.commands.executeCommand('clinote.restartServer');
    const summary = await vscode.commands.executeCommand<{ text?: string } | undefined>('clinote.summarizeNote');
    await restarted;
    assert.match(summary?.text ?? '', /diabetes/i, 'the summary arrived once the server was up');
  });

  it('"Clinote: Summarize Note" summarises a note after "De-identify Document"', async function () {
    await requireCommand(this, 'clinote.summarizeNote');
    const { document } = await openNote();
    const before = document.getText();
    await vscode.commands.executeCommand('clinote.deidentifyDocument');
    assert.notEqual(document.getText(), before, 'de-identification changed the note');
    const summary = await vscode.commands.executeCommand<{ text?: string } | undefined>('clinote.summarizeNote');
    assert.match(summary?.text ?? '', /diabetes/i, 'the summary of the de-identified note names its main problem');
  });
});
