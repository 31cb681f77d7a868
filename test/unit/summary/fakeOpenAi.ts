import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';

/** One request as the fake server received it. */
export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  body: { model?: string; stream?: boolean; messages?: { role: string; content: string }[] };
}

export type Responder = (request: RecordedRequest, res: ServerResponse) => void;

export interface FakeOpenAi {
  /** Base URL to give the client, ending in /v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Resolves when the n-th request (1-based) has arrived. */
  arrived(n: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A chat-completions server on 127.0.0.1 that answers the n-th request with `responders[n]` (the last
 * one repeats) and records every request body.
 */
export async function startFakeOpenAi(responders: Responder[]): Promise<FakeOpenAi> {
  const requests: RecordedRequest[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: RecordedRequest['body'] = {};
    try {
      body = JSON.parse(raw);
    } catch {
      body = {};
    }
    const recorded: RecordedRequest = { path: req.url ?? '', headers: req.headers, raw, body };
    requests.push(recorded);
    for (const waiter of waiters.filter((w) => w.n <= requests.length)) waiter.resolve();
    const responder = responders[Math.min(requests.length, responders.length) - 1];
    responder(recorded, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    arrived: (n) => (requests.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve }))),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function completion(content: string, finish: string | null) {
  return { id: 'chatcmpl-test', object: 'chat.completion', created: 0, model: 'test-model', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finish }] };
}

export function jsonAnswer(content: string | ((request: RecordedRequest) => string), finish: string | null = 'stop'): Responder {
  return (request, res) => {
    const text = typeof content === 'function' ? content(request) : content;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(completion(text, finish)));
  };
}

function sseChunk(delta: string | undefined, finish: string | null): string {
  const choice = { index: 0, delta: delta === undefined ? {} : { content: delta }, finish_reason: finish };
  return `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model: 'test-model', choices: [choice] })}\n\n`;
}

/** Streams `content` in pieces of `pieceLength`. `cut` drops the connection halfway; `noFinish` ends cleanly without a finish reason. */
export function sseAnswer(content: string | ((request: RecordedRequest) => string), options: { pieceLength?: number; finish?: string; cut?: boolean; noFinish?: boolean; stallAfterFirst?: boolean } = {}): Responder {
  return (request, res) => {
    const text = typeof content === 'function' ? content(request) : content;
    const size = options.pieceLength ?? 16;
    const pieces: string[] = [];
    for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (options.stallAfterFirst) {
      res.write(sseChunk(pieces[0], null));
      return;
    }
    if (options.cut) {
      const half = pieces.slice(0, Math.max(1, Math.floor(pieces.length / 2)));
      // Drop the connection only once the first half is on the wire, as a crashing proxy would.
      res.write(half.map((piece) => sseChunk(piece, null)).join(''), () => res.socket?.destroy());
      return;
    }
    for (const piece of pieces) res.write(sseChunk(piece, null));
    if (!options.noFinish) res.write(sseChunk(undefined, options.finish ?? 'stop'));
    res.end('data: [DONE]\n\n');
  };
}

export function failWith(status: number, error: { message: string; type?: string; code?: string }, headers: Record<string, string> = {}): Responder {
  return (_request, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify({ error }));
  };
}

export function notJson(): Responder {
  return (_request, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('<html>upstream proxy error</html>');
  };
}

/** Accepts the request and never answers. */
export function hang(): Responder {
  return () => undefined;
}
