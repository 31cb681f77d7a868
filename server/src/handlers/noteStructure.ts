import { Connection, DocumentSymbol, FoldingRangeKind, SymbolKind, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { foldingRanges, parseSections, sectionSymbols } from '../core/note/sections';

/** Outline and folding both come from the one section parser in core/note. */
export function registerNoteStructure(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onDocumentSymbol((params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const text = document.getText();
    return sectionSymbols(text, parseSections(text, token)).map(
      (symbol): DocumentSymbol => ({
        name: symbol.name,
        detail: symbol.kind.replace(/_/g, ' '),
        kind: SymbolKind.Namespace,
        range: { start: document.positionAt(symbol.range.start), end: document.positionAt(symbol.range.end) },
        selectionRange: {
          start: document.positionAt(symbol.selectionRange.start),
          end: document.positionAt(symbol.selectionRange.end),
        },
      }),
    );
  });

  connection.onFoldingRanges((params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const text = document.getText();
    return foldingRanges(text, parseSections(text, token)).map((range) => ({
      startLine: range.startLine,
      endLine: range.endLine,
      kind: FoldingRangeKind.Region,
    }));
  });
}
