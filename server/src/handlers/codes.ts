import { CodeLens, Connection, Hover, InlayHint, InlayHintKind, MarkupKind, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CancelledError } from '../core/cancellation';
import { loadIcdIndex, suggestCodes } from '../core/icd';
import type { IcdSuggestion } from '../core/icd/suggest';
import {
  COPY_CODE_COMMAND,
  INSERT_CODE_COMMAND,
  SHOW_CODES_COMMAND,
  SuggestCodesRequest,
  SuggestCodesResult,
} from '../protocol';
import { describeError, type ServerContext } from '../serverContext';

type Token = { isCancellationRequested: boolean };

function commandLink(title: string, command: string, args: unknown[]): string {
  return `[${title}](command:${command}?${encodeURIComponent(JSON.stringify(args))} "${title}")`;
}

export function hoverMarkdown(suggestion: IcdSuggestion): string {
  const traits = suggestion.traits.length ? ` · ${suggestion.traits.map((t) => t.toLowerCase().replace(/_/g, ' ')).join(', ')}` : '';
  const conflicts = suggestion.excludes1Conflicts.length ? `\n\nExcludes1 conflict with ${suggestion.excludes1Conflicts.join(', ')}` : '';
  return [
    `**ICD-10-CM ${suggestion.code}** — ${suggestion.description}`,
    '',
    `score ${suggestion.score.toFixed(2)} · ${suggestion.billable ? 'billable' : 'not billable (a header)'}${traits}${conflicts}`,
    '',
    `${commandLink('Insert code', INSERT_CODE_COMMAND, [suggestion.code])} · ${commandLink('Copy code', COPY_CODE_COMMAND, [suggestion.code])} · ${commandLink('All codes', SHOW_CODES_COMMAND, [suggestion.code])}`,
  ].join('\n');
}

/**
 * Suggestions are cached per document version once computed, so lenses, hovers, hints and the panel share one
 * result. Requests in flight do not share a computation: each runs under its own cancellation token (a few
 * milliseconds for a note), so one cancelled request can never leave another without an answer.
 */
export class CodeSuggestions {
  private readonly cache = new Map<string, { key: string; result: SuggestCodesResult }>();

  constructor(private readonly context: ServerContext) {}

  async get(document: TextDocument, token: Token): Promise<SuggestCodesResult> {
    const settings = await this.context.settings.get(document.uri);
    const boost = this.context.conditionCodes(document.uri);
    const key = `${document.version}\u0000${JSON.stringify(settings.icd)}\u0000${boost.join(',')}`;
    const cached = this.cache.get(document.uri);
    if (cached && cached.key === key) return cached.result;
    const result = await this.compute(document, settings.icd.codeTablePath, settings.icd.top, boost, token);
    if (!result.error) this.cache.set(document.uri, { key, result });
    return result;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async compute(document: TextDocument, codeTablePath: string, top: number, boostCodes: string[], token: Token): Promise<SuggestCodesResult> {
    const version = document.version;
    let index;
    try {
      index = await loadIcdIndex(codeTablePath ? { codeTablePath } : {});
    } catch (error) {
      return { version, codes: [], error: `The ICD-10-CM code index could not be loaded (${error instanceof Error ? error.message : 'unknown error'}).` };
    }
    return { version, codes: suggestCodes(index, document.getText(), { top, boostCodes }, token) };
  }
}

/**
 * Lenses and inlay hints sit in the text itself, so only confident suggestions get one; low-confidence codes stay
 * in the Codes panel and the hover, where a coder looks for them.
 */
function shownInEditor(suggestion: IcdSuggestion): boolean {
  return suggestion.evidence.length > 0 && !suggestion.traits.includes('LOW_CONFIDENCE');
}

export function registerCodes(connection: Connection, documents: TextDocuments<TextDocument>, context: ServerContext, suggestions: CodeSuggestions): void {
  const safely = async <T>(fallback: T, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof CancelledError)) connection.console.error(`ICD suggestions failed: ${describeError(error)}`);
      return fallback;
    }
  };

  connection.onRequest(SuggestCodesRequest, (params, token) =>
    safely<SuggestCodesResult>({ version: -1, codes: [], error: 'The note is not open.' }, async () => {
      const document = documents.get(params.uri);
      if (!document) return { version: -1, codes: [], error: 'The note is not open.' };
      return suggestions.get(document, token);
    }),
  );

  connection.onCodeLens((params, token) =>
    safely<CodeLens[]>([], async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document || (await context.settings.get(document.uri)).icd.display !== 'codeLens') return [];
      const { codes } = await suggestions.get(document, token);
      return codes
        .filter(shownInEditor)
        .map((s) => {
          const position = document.positionAt(s.evidence[0].start);
          return {
            range: { start: position, end: position },
            command: { title: `ICD-10-CM ${s.code} · ${s.description}`, command: SHOW_CODES_COMMAND, arguments: [s.code] },
          };
        });
    }),
  );

  connection.languages.inlayHint.on((params, token) =>
    safely<InlayHint[]>([], async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document || (await context.settings.get(document.uri)).icd.display !== 'inlayHint') return [];
      const { codes } = await suggestions.get(document, token);
      return codes
        .filter(shownInEditor)
        .map((s) => ({
          position: document.positionAt(s.evidence[0].end),
          label: s.code,
          kind: InlayHintKind.Type,
          paddingLeft: true,
          tooltip: { kind: MarkupKind.Markdown, value: hoverMarkdown(s) },
        }));
    }),
  );

  connection.onHover((params, token) =>
    safely<Hover | null>(null, async () => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const offset = document.offsetAt(params.position);
      const { codes } = await suggestions.get(document, token);
      const here = codes.filter((s) => s.evidence.some((e) => e.start <= offset && offset < e.end));
      if (here.length === 0) return null;
      const evidence = here[0].evidence.find((e) => e.start <= offset && offset < e.end)!;
      return {
        contents: { kind: MarkupKind.Markdown, value: here.map(hoverMarkdown).join('\n\n---\n\n') },
        range: { start: document.positionAt(evidence.start), end: document.positionAt(evidence.end) },
      };
    }),
  );
}
