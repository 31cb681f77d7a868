import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, fixtureNote, openNote, revertAndCloseAll } from './helpers';

describe('Clinote extension', () => {
  afterEach(revertAndCloseAll);

  it('is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('opens .note files as the clinical-note language', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('clinical-note'));
    const editor = await openNote(fixtureNote);
    assert.equal(editor.document.languageId, 'clinical-note');
  });

  it('registers the contributed commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['clinote.deidentifyDocument', 'clinote.exportDeidentifiedCopy', 'clinote.showProblems']) {
      assert.ok(commands.includes(command), `${command} is not registered`);
    }
  });
});
