import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ServerStatusRequest } from '../../server/src/protocol';
import type { ClinoteApi } from '../../client/src/extension';
import { clinoteDiagnostics, extensionId, openNote, revertAndCloseAll, waitForDiagnostics } from './helpers';

describe('crash recovery', () => {
  afterEach(revertAndCloseAll);

  it('the client restarts a killed language server and diagnostics come back', async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension<ClinoteApi>(extensionId)!;
    const api = await extension.activate();
    await api.ready();
    const editor = await openNote();
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics before the crash');
    const before = await api.client()!.sendRequest(ServerStatusRequest);
    process.kill(before.pid, 'SIGKILL');
    // Once the restarted server answers, edits are analysed again.
    const deadline = Date.now() + 30_000;
    let after = before;
    while (after.pid === before.pid) {
      if (Date.now() > deadline) assert.fail('the language server was not restarted within 30 s');
      try {
        after = await api.client()!.sendRequest(ServerStatusRequest);
      } catch {
        await new Promise<void>((resolve) => {
          const subscription = api.client()!.onDidChangeState(() => {
            subscription.dispose();
            resolve();
          });
        });
      }
    }
    assert.notEqual(after.pid, before.pid);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'Seen by Dr. Amelia Hargreaves.\n'));
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => editor.document.getText(x.range).includes('Hargreaves')), 'diagnostics after the restart');
    assert.ok(diagnostics.length > 0);
    assert.ok(clinoteDiagnostics(uri).length > 0);
  });
});
