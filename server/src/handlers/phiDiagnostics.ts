import {
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Yielder, type AnalysedSegment, type PhiAnalysis } from '../analysis';
import { CancelledError } from '../core/cancellation';
import { SurrogateGenerator } from '../core/phi/surrogate';
import { LOW_CONFIDENCE, PhiCategory, PhiFinding } from '../core/phi/types';
import {
  ClinoteSettings,
  DIAGNOSTIC_SOURCE,
  DiagnosticsComputedNotification,
  PhiDiagnosticData,
  SeverityName,
} from '../protocol';
import { describeError, type AppliedSurrogates, type ServerContext } from '../serverContext';

const SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Marks a diagnostic that is about the analysis itself (cap reached, binary), not a finding. */
export const ANALYSIS_NOTICE_CODE = 'analysis';

export function severityFor(finding: PhiFinding, settings: ClinoteSettings): DiagnosticSeverity | undefined {
  const configured = settings.phi.severity[finding.category];
  if (configured === 'off') return undefined;
  if (configured) return SEVERITY[configured];
  return finding.confidence < LOW_CONFIDENCE ? DiagnosticSeverity.Information : DiagnosticSeverity.Warning;
}

export function describeFinding(finding: PhiFinding): string {
  const subtype = finding.subtype === finding.category ? '' : ` (${finding.subtype.toLowerCase().replace(/_/g, ' ')})`;
  return `Possible PHI: ${finding.category}${subtype}, ${finding.reason}; confidence ${Math.round(finding.confidence * 100)}%`;
}

interface DiagnosticsResult {
  diagnostics: Diagnostic[];
  /** Every finding, also those beyond what is sent. */
  counts: Partial<Record<PhiCategory, number>>;
  truncated: boolean;
}

/** A finding's diagnostic as it looks wherever its segment moves: positions are relative to the segment's start. */
interface DiagnosticTemplate {
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  message: string;
  surrogate: string;
}

/**
 * What a segment's findings look like as diagnostics: the severity of each (undefined when not shown), its line
 * layout, so the next segment's start position follows without a lookup, and the templates of the findings that
 * were sent, built when first sent (a long note has far more findings than are sent).
 */
interface SegmentTemplates {
  key: string;
  applied: AppliedSurrogates;
  surrogates: SurrogateGenerator;
  severities: Array<DiagnosticSeverity | undefined>;
  lineStarts: number[];
  templates: Map<number, DiagnosticTemplate>;
}

/**
 * Per segment's findings array (the analyzer keeps that array while the segment's text and the names it picks up
 * stay the same), so a keystroke rebuilds the templates of the edited stretch only.
 */
const templatesBySegment = new WeakMap<readonly PhiFinding[], SegmentTemplates>();

/** Built diagnostics per document, reused while the analysis, the applied surrogates and the severities are the same. */
const built = new WeakMap<PhiAnalysis, { key: string; result: DiagnosticsResult }>();

/**
 * VS Code shows at most 1,000 diagnostics per file from one source (errors first, then warnings, information and
 * hints, each in the order given) and drops the rest. Sending only those it would show, with a notice in place of
 * the rest, leaves what the user sees unchanged while a keystroke in a long note no longer serialises tens of
 * thousands of diagnostics the editor throws away. Fix-all and exports work on the whole analysis, not on these.
 */
export const MAX_DIAGNOSTICS = 1000;

/** Line starts of text[start, end) as offsets relative to `start`, counting line ends as TextDocument does. */
function lineStartsOf(text: string, start: number, end: number): number[] {
  const starts = [0];
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1 - start);
    } else if (code === 10) {
      starts.push(i + 1 - start);
    }
  }
  return starts;
}

function relativePosition(lineStarts: readonly number[], offset: number): [number, number] {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo, offset - lineStarts[lo]];
}

function templatesFor(
  text: string,
  segment: AnalysedSegment,
  settings: ClinoteSettings,
  applied: AppliedSurrogates,
  surrogates: SurrogateGenerator,
  key: string,
): SegmentTemplates {
  const cached = templatesBySegment.get(segment.findings);
  if (cached && cached.key === key && cached.applied === applied && cached.surrogates === surrogates) return cached;
  const severities = segment.findings.map((finding) => (applied.has(finding.text, finding.category) ? undefined : severityFor(finding, settings)));
  const entry = { key, applied, surrogates, severities, lineStarts: lineStartsOf(text, segment.start, segment.end), templates: new Map() };
  templatesBySegment.set(segment.findings, entry);
  return entry;
}

function templateOf(segment: AnalysedSegment, entry: SegmentTemplates, index: number): DiagnosticTemplate {
  let template = entry.templates.get(index);
  if (!template) {
    const finding = segment.findings[index];
    const [startLine, startCharacter] = relativePosition(entry.lineStarts, finding.start);
    const [endLine, endCharacter] = relativePosition(entry.lineStarts, finding.end);
    template = { startLine, startCharacter, endLine, endCharacter, message: describeFinding(finding), surrogate: entry.surrogates.surrogateFor(finding) };
    entry.templates.set(index, template);
  }
  return template;
}

export async function computePhiDiagnostics(
  context: ServerContext,
  document: TextDocument,
  token: { isCancellationRequested: boolean },
): Promise<DiagnosticsResult> {
  const settings = await context.settings.get(document.uri);
  if (!settings.phi.enabled) return { diagnostics: [], counts: {}, truncated: false };
  const analysis = await context.analyzer.analyse(document, settings, token, context.knownIdentifiers(document.uri));
  const applied = context.appliedSurrogates(document.uri);
  const key = `${applied.revision}\u0000${JSON.stringify(settings.phi.severity)}`;
  const cached = built.get(analysis);
  if (cached && cached.key === key) return cached.result;

  const surrogates = context.surrogatesFor(document.uri);
  const text = document.getText();
  const yielder = new Yielder(token);
  const laidOut: Array<{ line: number; character: number; segment: AnalysedSegment; entry: SegmentTemplates }> = [];
  const counts: Partial<Record<PhiCategory, number>> = {};
  const perSeverity = new Map<DiagnosticSeverity, number>();
  // Segments are contiguous from offset 0, so each one starts where the previous one's lines end.
  let line = 0;
  let character = 0;
  for (const segment of analysis.segments) {
    await yielder.maybeYield();
    const entry = templatesFor(text, segment, settings, applied, surrogates, key);
    laidOut.push({ line, character, segment, entry });
    entry.severities.forEach((severity, index) => {
      if (severity === undefined) return;
      const category = segment.findings[index].category;
      counts[category] = (counts[category] ?? 0) + 1;
      perSeverity.set(severity, (perSeverity.get(severity) ?? 0) + 1);
    });
    const lineBreaks = entry.lineStarts.length - 1;
    if (lineBreaks > 0) {
      line += lineBreaks;
      character = segment.end - segment.start - entry.lineStarts[lineBreaks];
    } else {
      character += segment.end - segment.start;
    }
  }

  const total = [...perSeverity.values()].reduce((sum, n) => sum + n, 0);
  // The editor's own order of preference; places are kept for the notices, one of them saying what was left out.
  const otherNotices = analysis.binary || analysis.truncated ? 1 : 0;
  let room = total + otherNotices > MAX_DIAGNOSTICS ? MAX_DIAGNOSTICS - 1 - otherNotices : total;
  const allowance = new Map<DiagnosticSeverity, number>();
  for (const severity of [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint]) {
    const shown = Math.min(perSeverity.get(severity) ?? 0, room);
    allowance.set(severity, shown);
    room -= shown;
  }

  const diagnostics: Diagnostic[] = [];
  let firstLeftOut: { segment: AnalysedSegment; entry: SegmentTemplates; index: number; line: number; character: number } | undefined;
  const rangeOf = (template: DiagnosticTemplate, originLine: number, originCharacter: number) => ({
    start: { line: originLine + template.startLine, character: template.startLine === 0 ? originCharacter + template.startCharacter : template.startCharacter },
    end: { line: originLine + template.endLine, character: template.endLine === 0 ? originCharacter + template.endCharacter : template.endCharacter },
  });
  for (const { line: originLine, character: originCharacter, segment, entry } of laidOut) {
    await yielder.maybeYield();
    for (let index = 0; index < entry.severities.length; index++) {
      const severity = entry.severities[index];
      if (severity === undefined) continue;
      const left = allowance.get(severity) ?? 0;
      if (left === 0) {
        firstLeftOut ??= { segment, entry, index, line: originLine, character: originCharacter };
        continue;
      }
      allowance.set(severity, left - 1);
      const finding = segment.findings[index];
      const template = templateOf(segment, entry, index);
      const data: PhiDiagnosticData = {
        version: document.version,
        textHash: analysis.textHash,
        category: finding.category,
        subtype: finding.subtype,
        confidence: finding.confidence,
        text: finding.text,
        surrogate: template.surrogate,
      };
      diagnostics.push({ range: rangeOf(template, originLine, originCharacter), severity, source: DIAGNOSTIC_SOURCE, code: finding.category, message: template.message, data });
    }
  }
  if (firstLeftOut) {
    diagnostics.push({
      range: rangeOf(templateOf(firstLeftOut.segment, firstLeftOut.entry, firstLeftOut.index), firstLeftOut.line, firstLeftOut.character),
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: ANALYSIS_NOTICE_CODE,
      message: `Clinote marks ${diagnostics.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} possible PHI findings, as many as the editor shows in one file; De-identify Document replaces them all.`,
    });
  }
  if (analysis.binary) {
    diagnostics.push(notice(document, 0, 'Clinote did not analyse this file: it looks like binary data, not a note.'));
  } else if (analysis.truncated) {
    diagnostics.push(
      notice(
        document,
        analysis.analysedLength,
        `Clinote analysed the first ${analysis.analysedLength.toLocaleString('en-US')} characters only; the rest may hold PHI that is not marked (setting clinote.phi.maxDocumentLength).`,
      ),
    );
  }
  const result = { diagnostics, counts, truncated: analysis.truncated };
  built.set(analysis, { key, result });
  return result;
}

function notice(document: TextDocument, offset: number, message: string): Diagnostic {
  const position = document.positionAt(offset);
  return {
    range: { start: position, end: document.positionAt(Math.min(document.getText().length, offset + 1)) },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: ANALYSIS_NOTICE_CODE,
    message,
  };
}

export function registerPhiDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, context: ServerContext): void {
  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      const { diagnostics, counts, truncated } = await computePhiDiagnostics(context, document, token);
      if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
      void connection.sendNotification(DiagnosticsComputedNotification, {
        uri: document.uri,
        version: document.version,
        counts,
        total,
        truncated,
      });
      return { kind: DocumentDiagnosticReportKind.Full, items: diagnostics };
    } catch (error) {
      if (error instanceof CancelledError || token.isCancellationRequested) {
        return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      }
      connection.console.error(`PHI analysis failed: ${describeError(error)}`);
      return new ResponseError(LSPErrorCodes.ServerCancelled, 'PHI analysis failed', { retriggerRequest: false });
    }
  });
}
