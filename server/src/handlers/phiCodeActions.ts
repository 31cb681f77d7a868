import {
  CodeAction,
  CodeActionKind,
  Connection,
  Diagnostic,
  TextDocumentEdit,
  TextDocuments,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../core/cancellation';
import { DeidMode, deidentifyWith, mergeOverlaps, replacementText } from '../core/phi/deid';
import {
  DeidentifiedTextRequest,
  DeidentifyDocumentRequest,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  NOT_PHI_COMMAND,
  PhiDiagnosticData,
} from '../protocol';
import type { ServerContext } from '../serverContext';
import { phiOptionsFor, scanInChunks } from '../analysis';

const MODE_TITLES: Record<DeidMode, (replacement: string) => string> = {
  tag: (r) => `Replace with tag ${r}`,
  redact: () => 'Redact (mask every character)',
  surrogate: (r) => `Replace with surrogate “${r}”`,
};

function isPhiData(data: unknown): data is PhiDiagnosticData {
  const d = data as PhiDiagnosticData | undefined;
  return typeof d === 'object' && d !== null && typeof d.version === 'number' && typeof d.text === 'string' && typeof d.fixes === 'object';
}

/** A fix is only offered when the diagnostic was computed on this very version and its range still holds the text. */
export function isCurrent(document: TextDocument, diagnostic: Diagnostic): diagnostic is Diagnostic & { data: PhiDiagnosticData } {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isPhiData(diagnostic.data)) return false;
  if (diagnostic.data.version !== document.version) return false;
  return document.getText(diagnostic.range) === diagnostic.data.text;
}

export function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

/** Every finding of the document replaced in one edit, so one undo restores the note. */
export async function wholeDocumentEdits(
  context: ServerContext,
  document: TextDocument,
  mode: DeidMode,
  token: { isCancellationRequested: boolean },
): Promise<TextEdit[]> {
  const settings = await context.settings.get(document.uri);
  const known = context.knownIdentifiers(document.uri);
  const analysis = await context.analyzer.analyse(document, settings, token, known);
  const surrogates = context.surrogatesFor(document.uri);
  const text = document.getText();
  // The diagnostics cap must not leave PHI behind in a "whole document" fix.
  const findings = analysis.truncated ? await scanInChunks(text, phiOptionsFor(settings, known), token) : analysis.findings;
  const issued = context.issuedSurrogates(document.uri);
  return mergeOverlaps(findings, text)
    .filter((finding) => !issued.has(finding.text))
    .map((finding) => {
      const replacement = replacementText(finding, mode, surrogates);
      if (mode === 'surrogate') issued.add(replacement);
      return TextEdit.replace({ start: document.positionAt(finding.start), end: document.positionAt(finding.end) }, replacement);
    });
}

export function registerPhiCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, context: ServerContext): void {
  connection.onCodeAction(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const settings = await context.settings.get(document.uri);
    const mode = settings.deid.defaultMode;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];

    if (wants(CodeActionKind.QuickFix)) {
      for (const diagnostic of params.context.diagnostics) {
        if (!isCurrent(document, diagnostic)) continue;
        const { fixes, text, category } = diagnostic.data;
        for (const fixMode of [mode, ...(['surrogate', 'tag', 'redact'] as const).filter((m) => m !== mode)]) {
          actions.push({
            title: MODE_TITLES[fixMode](fixes[fixMode]),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fixMode === mode,
            edit: versionedEdit(document, [TextEdit.replace(diagnostic.range, fixes[fixMode])]),
          });
        }
        actions.push({
          title: `Not PHI: never flag “${text.length > 40 ? `${text.slice(0, 37)}…` : text}” in this workspace`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: 'Not PHI', command: NOT_PHI_COMMAND, arguments: [text, category] },
        });
      }
      if (actions.length > 0) {
        const edits = await wholeDocumentEdits(context, document, mode, token);
        if (edits.length > 0) {
          actions.push({ title: `De-identify whole document (${mode}, ${edits.length} replacements)`, kind: CodeActionKind.QuickFix, edit: versionedEdit(document, edits) });
        }
      }
    }

    if (only && only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
      const edits = await wholeDocumentEdits(context, document, mode, token);
      if (edits.length > 0) {
        actions.push({ title: `De-identify whole document (${mode})`, kind: FIX_ALL_KIND, edit: versionedEdit(document, edits) });
      }
    }
    return actions;
  });

  connection.onRequest(DeidentifyDocumentRequest, async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { edit: null, replaced: 0, refusedReason: 'The document is not open.' };
    if (document.version !== params.textDocument.version) {
      return { edit: null, replaced: 0, refusedReason: 'The document changed; run the command again.' };
    }
    const settings = await context.settings.get(document.uri);
    try {
      const edits = await wholeDocumentEdits(context, document, params.mode ?? settings.deid.defaultMode, token);
      return { edit: versionedEdit(document, edits), replaced: edits.length };
    } catch (error) {
      if (error instanceof CancelledError) return { edit: null, replaced: 0, refusedReason: 'Cancelled.' };
      throw error;
    }
  });

  connection.onRequest(DeidentifiedTextRequest, async (params, token) => {
    const document = documents.get(params.uri);
    if (!document) throw new Error('The document is not open.');
    const settings = await context.settings.get(document.uri);
    // An exported copy must hold no PHI at all, so the whole text is scanned whatever the diagnostics cap.
    const text = document.getText();
    const findings = await scanInChunks(text, phiOptionsFor(settings, context.knownIdentifiers(document.uri)), token);
    const result = deidentifyWith(text, findings, params.mode ?? settings.deid.defaultMode, context.surrogatesFor(document.uri));
    return { text: result.text, replaced: result.replacements.length, version: document.version };
  });
}
