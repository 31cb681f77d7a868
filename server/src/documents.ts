import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Applies changes by building a new document each time instead of updating one in place. Two reasons:
 * a document handed to a request never changes under it while the request awaits, and line offsets are always
 * computed from scratch (incremental updates miscount lines when a change joins a lone CR to a LF).
 */
export function applyChanges(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
  let current = document;
  for (const change of changes) {
    let text: string;
    if ('range' in change) {
      const start = current.offsetAt(change.range.start);
      const end = Math.max(start, current.offsetAt(change.range.end));
      const content = current.getText();
      text = content.slice(0, start) + change.text + content.slice(end);
    } else {
      text = change.text;
    }
    current = TextDocument.create(document.uri, document.languageId, version, text);
  }
  return current === document ? TextDocument.create(document.uri, document.languageId, version, document.getText()) : current;
}

export const immutableDocuments = {
  create: TextDocument.create,
  update: applyChanges,
};
