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

const copies: vscode.Uri[] = [];
let copiesMade = 0;

/**
 * Opens a fresh copy of a workspace note under a new name, so its first diagnostics belong to this test: a reverted
 * document would briefly keep diagnostics (and quick-fix data) of its previous version.
 */
export async function openNote(name = fixtureNote): Promise<vscode.TextEditor> {
  const original = workspaceFile(name);
  const copy = workspaceFile(name.replace(/(\.[^.]+)$/, `-copy${++copiesMade}$1`));
  await vscode.workspace.fs.copy(original, copy, { overwrite: true });
  copies.push(copy);
  const document = await vscode.workspace.openTextDocument(copy);
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

/** Resolves at the next diagnostics change of `uri`; rejects after `timeoutMs`. */
function nextDiagnosticsChange(uri: vscode.Uri, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
}

/**
 * The quick fixes offered for the finding `pick` chooses. The server only fixes findings of the document version it
 * analysed; VS Code may re-read a just-opened file (a new version, same text) after its first diagnostics, so an
 * empty answer is retried when the next diagnostics for that version arrive.
 */
export async function quickFixesFor(
  document: vscode.TextDocument,
  pick: (diagnostics: vscode.Diagnostic[]) => vscode.Diagnostic | undefined,
  timeoutMs = 20_000,
): Promise<{ diagnostic: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const changed = nextDiagnosticsChange(document.uri, Math.max(1, deadline - Date.now()), 'quick fixes');
    changed.catch(() => undefined);
    const diagnostic = pick(clinoteDiagnostics(document.uri));
    if (diagnostic) {
      // VS Code cancels a code-action request when the note changes under it (a re-read, a new pull): ask again.
      const actions = await vscode.commands
        .executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)
        .then(
          (result) => result,
          (error: unknown) => {
            if (error instanceof Error && /cancel/i.test(error.message) && Date.now() < deadline) return undefined;
            throw error;
          },
        );
      if (actions === undefined) continue;
      if (actions.length > 0) return { diagnostic, actions };
      // The client answers a request the server cancelled (the note was re-read under it) with no actions and no
      // error; when the diagnostics then stay as they are, nothing else would ever wake this loop, so ask again soon.
      await Promise.race([changed, new Promise<void>((resolve) => setTimeout(resolve, 250))]);
      continue;
    }
    await changed;
  }
}

/** Undoes unsaved edits, closes the editors and deletes the notes' copies, so tests do not leak into each other. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty || document.isUntitled) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const copy of copies.splice(0)) await vscode.workspace.fs.delete(copy, { useTrash: false });
}

/** Skips the calling test when a later feature's command is not contributed yet. */
export async function requireCommand(context: Mocha.Context, command: string): Promise<void> {
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes(command)) context.skip();
}
