// Shared by the in-host tests: open the fixture note, wait for Clinote's diagnostics through
// languages.onDidChangeDiagnostics (never by sleeping), and put documents back as they were.
import * as path from 'node:path';
import * as vscode from 'vscode';

export const source = 'clinote';
export const fixtureNote = 'e2e-visit.note';
export const extensionId = 'clinote.clinote';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the in-host tests need a workspace folder (samples/ plus the fixture note)');
  return vscode.Uri.file(path.join(folder.uri.fsPath, name));
}

export async function openNote(name = fixtureNote): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

export function clinoteDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === source);
}

export function categoryOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/** Resolves with the Clinote diagnostics of `uri` once `predicate` holds for them; rejects after `timeoutMs`. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = clinoteDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const seen = clinoteDiagnostics(uri).map(categoryOf);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last saw ${seen.length} diagnostics [${seen.join(', ')}]`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Undoes unsaved edits of every open document and closes the editors, so tests do not leak into each other. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Skips the calling test when a later feature's command is not contributed yet. */
export async function requireCommand(context: Mocha.Context, command: string): Promise<void> {
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes(command)) context.skip();
}
