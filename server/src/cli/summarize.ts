import { readKeyFile, readNote, BufferedWriter } from './common';
import { type CliCommand, type CliIO, EXIT_OK, type ParsedArgs, UsageError, forEachJsonLine, intFlag, parseArgs, stringFlag } from './io';
import { summarizeNote } from '../core/summary/embedded';
import { LlmError, type LlmSummaryOptions, summarizeWithLlm } from '../core/summary/llm';
import { endpointOrigin, isLoopbackUrl } from '../core/summary/privacy';
import type { NoteSummary } from '../core/summary/types';

const HELP = `usage: clinote summarize FILE [--json] [--llm --base-url URL --model NAME [options]]
       clinote summarize --jsonl [--llm ...] < notes.jsonl   (lines {"id","text"} in, {"id","summary"} out, same order)
LLM options (the API key comes from OPENAI_API_KEY):
  --confirm-endpoint   allow sending to a server that is not on this machine (notes are de-identified first)
  --allow-phi          send the note as written instead of de-identified
  --timeout-ms N       per attempt and longest silence while streaming (default 60000)
  --retries N          retries on 429/5xx/timeouts (default 2)
  --key-file FILE      surrogate key, so repeated runs use the same surrogates`;

/** Exit code when the model server fails (after retries) or answers unusably. */
export const EXIT_LLM_FAILED = 3;

/** The JSON contract: UTF-16 offsets, `end` exclusive. */
export function summaryJson(summary: NoteSummary): object {
  const range = ({ start, end }: { start: number; end: number }) => ({ start, end });
  return {
    oneLiner: { text: summary.oneLiner.text, sources: summary.oneLiner.sources.map(range), ...(summary.oneLiner.unsupported ? { unsupported: summary.oneLiner.unsupported } : {}) },
    items: summary.items.map((item) => ({
      section: item.section,
      text: item.text,
      sources: item.sources.map(range),
      ...(item.status ? { status: item.status } : {}),
      ...(item.unsupported ? { unsupported: item.unsupported } : {}),
    })),
    text: summary.text,
  };
}

function llmOptions(args: ParsedArgs, io: CliIO): LlmSummaryOptions | undefined {
  const llmOnly = ['--base-url', '--model', '--timeout-ms', '--retries', '--key-file', '--confirm-endpoint', '--allow-phi'];
  if (!args.flags.has('--llm')) {
    const stray = llmOnly.find((flag) => args.flags.has(flag));
    if (stray) throw new UsageError(`${stray} needs --llm`);
    return undefined;
  }
  const baseUrl = stringFlag(args, '--base-url');
  const model = stringFlag(args, '--model');
  if (!baseUrl || !model) throw new UsageError('--llm needs --base-url URL and --model NAME');
  const origin = endpointOrigin(baseUrl);
  if (!origin) throw new UsageError('--base-url must be an http(s) URL');
  const confirmed = args.flags.has('--confirm-endpoint');
  if (!isLoopbackUrl(baseUrl) && !confirmed) {
    throw new UsageError(`${origin} is not on this machine; add --confirm-endpoint to send notes there (they are de-identified first unless --allow-phi)`);
  }
  return {
    baseUrl,
    model,
    apiKey: io.env.OPENAI_API_KEY,
    timeoutMs: intFlag(args, '--timeout-ms', 100, 3_600_000),
    maxRetries: intFlag(args, '--retries', 0, 10),
    allowPhi: args.flags.has('--allow-phi'),
    key: readKeyFile(args, io.cwd),
    confirmedEndpoints: confirmed ? [origin] : [],
    stream: true,
  };
}

async function summarize(text: string, llm: LlmSummaryOptions | undefined): Promise<NoteSummary> {
  return llm ? summarizeWithLlm(text, llm) : summarizeNote(text);
}

export const summarizeCommand: CliCommand = async (argv, io) => {
  const args = parseArgs(argv, ['--base-url', '--model', '--timeout-ms', '--retries', '--key-file'], ['--json', '--jsonl', '--llm', '--confirm-endpoint', '--allow-phi', '--help']);
  if (args.flags.has('--help')) {
    io.stdout.write(HELP + '\n');
    return EXIT_OK;
  }
  const llm = llmOptions(args, io);
  const out = new BufferedWriter(io.stdout);

  if (args.flags.has('--jsonl')) {
    if (args.positionals.length > 0) throw new UsageError('--jsonl reads notes from standard input; give no FILE');
    if (args.flags.has('--json')) throw new UsageError('--json and --jsonl exclude each other');
    await forEachJsonLine(
      io.stdin,
      async (record, lineNumber) => {
        try {
          return JSON.stringify({ id: record.id ?? null, summary: summaryJson(await summarize(record.text, llm)) });
        } catch (error) {
          if (error instanceof LlmError) return JSON.stringify({ id: record.id ?? null, error: `line ${lineNumber}: ${error.message}` });
          throw error;
        }
      },
      (line) => out.writeLine(line),
    );
    await out.flush();
    return EXIT_OK;
  }

  if (args.positionals.length !== 1) throw new UsageError('give exactly one FILE (or --jsonl; see clinote summarize --help)');
  const text = readNote(args.positionals[0], io.cwd);
  let summary: NoteSummary;
  try {
    summary = await summarize(text, llm);
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    io.stderr.write(`clinote summarize: ${error.message}\n`);
    return EXIT_LLM_FAILED;
  }
  await out.writeLine(args.flags.has('--json') ? JSON.stringify(summaryJson(summary), null, 2) : summary.text);
  await out.flush();
  return EXIT_OK;
};
