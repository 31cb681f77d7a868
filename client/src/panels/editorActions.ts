import * as vscode from 'vscode';

/** The note the panels act on: the active editor if it is a note, else the last visible note editor. */
export function noteEditor(isNote: (document: vscode.TextDocument) => boolean): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active && isNote(active.document)) return active;
  return vscode.window.visibleTextEditors.find((e) => isNote(e.document));
}

export async function revealOffsets(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function insertAtCursor(text: string, isNote: (document: vscode.TextDocument) => boolean): Promise<boolean> {
  const editor = noteEditor(isNote);
  if (!editor) {
    void vscode.window.showWarningMessage('Clinote: open a clinical note to insert into.');
    return false;
  }
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}
