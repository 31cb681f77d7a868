import {
  CodeAction,
  CodeActionKind,
  Command,
  Connection,
  Diagnostic,
  TextDocumentEdit,
  TextDocuments,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../core/cancellation';
import { DeidMode, deidentifyWith, mergeOverlaps, redact, replacementText, tagFor } from '../core/phi/deid';
import {
  AppliedSurrogate,
  DeidentifiedTextRequest,
  DeidentifyDocumentRequest,
  DIAGNOSTIC_SOURCE,
  FIX_ALL_KIND,
  NOT_PHI_COMMAND,
  PhiDiagnosticData,
  RECORD_SURROGATES_COMMAND,
} from '../protocol';
import type { ServerContext } from '../serverContext';
import { phiOptionsFor, scanInChunks, textHash } from '../analysis';
import { computePhiDiagnostics } from './phiDiagnostics';

type Token = { isCancellationRequested: boolean };

const MODE_TITLES: Record<DeidMode, (replacement: string) => string> = {
  tag: (r) => `Replace with tag ${r}`,
  redact: () => 'Redact (mask every character)',
  surrogate: (r) => `Replace with surrogate “${r}”`,
};

function isPhiData(data: unknown): data is PhiDiagnosticData {
  const d = data as PhiDiagnosticData | undefined;
  return typeof d === 'object' && d !== null && typeof d.textHash === 'string' && typeof d.text === 'string' && typeof d.surrogate === 'string' && typeof d.category === 'string';
}

/**
 * A fix is only offered while the note reads exactly as it did when the diagnostic was computed (a new version with
 * the same text, as when an editor re-reads or reopens a file, is the same note) and its range still holds the text.
 */
export function isCurrent(document: TextDocument, diagnostic: Diagnostic, currentHash: string): diagnostic is Diagnostic & { data: PhiDiagnosticData } {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isPhiData(diagnostic.data)) return false;
  if (diagnostic.data.textHash !== currentHash) return false;
  return document.getText(diagnostic.range) === diagnostic.data.text;
}

export function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

function recordCommand(uri: string, surrogates: AppliedSurrogate[]): Command | undefined {
  return surrogates.length ? { title: 'Record applied surrogates', command: RECORD_SURROGATES_COMMAND, arguments: [uri, surrogates] } : undefined;
}

/** Every finding of `document` (a snapshot) replaced in one edit, so one undo restores the note. */
export async function wholeDocumentEdits(
  context: ServerContext,
  document: TextDocument,
  mode: DeidMode,
  token: Token,
): Promise<{ edits: TextEdit[]; surrogates: AppliedSurrogate[] }> {
  const settings = await context.settings.get(document.uri);
  const known = context.knownIdentifiers(document.uri);
  const analysis = await context.analyzer.analyse(document, settings, token, known);
  const surrogates = context.surrogatesFor(document.uri);
  const text = document.getText();
  // The diagnostics cap must not leave PHI behind in a "whole document" fix.
  const findings = analysis.truncated ? await scanInChunks(text, phiOptionsFor(settings, known), token) : analysis.findings;
  const applied = context.appliedSurrogates(document.uri);
  const edits: TextEdit[] = [];
  const recorded: AppliedSurrogate[] = [];
  for (const finding of mergeOverlaps(findings, text)) {
    if (applied.has(finding.text, finding.category)) continue;
    const replacement = replacementText(finding, mode, surrogates);
    if (mode === 'surrogate') recorded.push({ text: replacement, category: finding.category });
    edits.push(TextEdit.replace({ start: document.positionAt(finding.start), end: document.positionAt(finding.end) }, replacement));
  }
  return { edits, surrogates: recorded };
}

export function registerPhiCodeActions(connection: Connection, documents: TextDocuments<TextDocument>, context: ServerContext): void {
  /** The document moved on while we worked: whatever we computed is for an older version. */
  const isStale = (snapshot: TextDocument) => documents.get(snapshot.uri)?.version !== snapshot.version;

  connection.onExecuteCommand((params) => {
    if (params.command !== RECORD_SURROGATES_COMMAND) return;
    const [uri, surrogates] = (params.arguments ?? []) as [unknown, unknown];
    if (typeof uri !== 'string' || !Array.isArray(surrogates)) return;
    const applied = context.appliedSurrogates(uri);
    for (const s of surrogates as AppliedSurrogate[]) {
      if (s && typeof s.text === 'string' && typeof s.category === 'string') applied.add(s);
    }
  });

  connection.onCodeAction(async (params, token) => {
    // Documents are immutable (see documents.ts): this one stays as it is while we await.
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    try {
      const settings = await context.settings.get(document.uri);
      const mode = settings.deid.defaultMode;
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
      const actions: CodeAction[] = [];
      let whole: Awaited<ReturnType<typeof wholeDocumentEdits>> | undefined;
      /**
       * A diagnostic from an older text (the editor has not pulled again yet) still gets its fix when the current
       * analysis flags exactly the same text at exactly the same place: the fix is then built from that finding.
       */
      const refreshed = async (stale: Diagnostic): Promise<(Diagnostic & { data: PhiDiagnosticData }) | undefined> => {
        if (stale.source !== DIAGNOSTIC_SOURCE || !isPhiData(stale.data)) return undefined;
        const { diagnostics } = await computePhiDiagnostics(context, document, token);
        const start = document.offsetAt(stale.range.start);
        const end = document.offsetAt(stale.range.end);
        return diagnostics.find(
          (d): d is Diagnostic & { data: PhiDiagnosticData } =>
            isPhiData(d.data) && d.data.text === (stale.data as PhiDiagnosticData).text &&
            document.offsetAt(d.range.start) === start && document.offsetAt(d.range.end) === end,
        );
      };
      const wholeDocument = async () => (whole ??= await wholeDocumentEdits(context, document, mode, token));

      if (wants(CodeActionKind.QuickFix)) {
        const currentHash = textHash(document.getText());
        for (const candidate of params.context.diagnostics) {
          const diagnostic = isCurrent(document, candidate, currentHash) ? candidate : await refreshed(candidate);
          if (!diagnostic) continue;
          const { surrogate, text, category } = diagnostic.data;
          const fixes: Record<DeidMode, string> = { tag: tagFor(category), redact: redact(text), surrogate };
          for (const fixMode of [mode, ...(['surrogate', 'tag', 'redact'] as const).filter((m) => m !== mode)]) {
            actions.push({
              title: MODE_TITLES[fixMode](fixes[fixMode]),
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              isPreferred: fixMode === mode,
              edit: versionedEdit(document, [TextEdit.replace(diagnostic.range, fixes[fixMode])]),
              command: fixMode === 'surrogate' ? recordCommand(document.uri, [{ text: fixes.surrogate, category }]) : undefined,
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
          const { edits, surrogates } = await wholeDocument();
          if (edits.length > 0) {
            actions.push({
              title: `De-identify whole document (${mode}, ${edits.length} replacements)`,
              kind: CodeActionKind.QuickFix,
              edit: versionedEdit(document, edits),
              command: recordCommand(document.uri, surrogates),
            });
          }
        }
      }

      if (only && only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
        const { edits, surrogates } = await wholeDocument();
        if (edits.length > 0) {
          actions.push({ title: `De-identify whole document (${mode})`, kind: FIX_ALL_KIND, edit: versionedEdit(document, edits), command: recordCommand(document.uri, surrogates) });
        }
      }
      return isStale(document) ? [] : actions;
    } catch (error) {
      if (error instanceof CancelledError) return [];
      throw error;
    }
  });

  connection.onRequest(DeidentifyDocumentRequest, async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { edit: null, replaced: 0, refusedReason: 'The document is not open.' };
    if (document.version !== params.textDocument.version) {
      return { edit: null, replaced: 0, refusedReason: 'The document changed; run the command again.' };
    }
    const settings = await context.settings.get(document.uri);
    try {
      const { edits, surrogates } = await wholeDocumentEdits(context, document, params.mode ?? settings.deid.defaultMode, token);
      if (isStale(document)) return { edit: null, replaced: 0, refusedReason: 'The document changed; run the command again.' };
      return { edit: versionedEdit(document, edits), replaced: edits.length, surrogates };
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
