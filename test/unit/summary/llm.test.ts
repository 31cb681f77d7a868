import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { CancellationSource, CancelledError } from '../../../server/src/core/cancellation';
import { LlmError, type LlmSummaryOptions, previewLlmPayload, summarizeWithLlm } from '../../../server/src/core/summary/llm';
import { type FakeOpenAi, type RecordedRequest, failWith, hang, jsonAnswer, notJson, sseAnswer, startFakeOpenAi } from './fakeOpenAi';
import { CLINIC_NOTE, CLINIC_NOTE_PHI } from './notes';

const servers: FakeOpenAi[] = [];
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function serve(...responders: Parameters<typeof startFakeOpenAi>[0]): Promise<FakeOpenAi> {
  const server = await startFakeOpenAi(responders);
  servers.push(server);
  return server;
}

function options(server: FakeOpenAi, extra: Partial<LlmSummaryOptions> = {}): LlmSummaryOptions {
  return { baseUrl: server.baseUrl, model: 'test-model', apiKey: 'sk-test', timeoutMs: 5000, maxRetries: 0, key: 'test-secret', ...extra };
}

function userContent(request: RecordedRequest): string {
  return request.body.messages?.find((m) => m.role === 'user')?.content ?? '';
}

/** A model answer that repeats the (surrogate) names it was sent and makes a few unsupported claims. */
function modelAnswer(request: RecordedRequest): string {
  const note = userContent(request);
  const patient = /Patient: (.+?)\s{2,}MRN/.exec(note)?.[1] ?? 'the patient';
  const doctor = /Seen by Dr\. (\S+ \S+)/.exec(note)?.[1] ?? 'the doctor';
  return '```json\n' + JSON.stringify({
    oneLiner: { text: `${patient} is a 68-year-old female with acute on chronic systolic heart failure.`, evidence: [`${patient}    MRN`, 'Acute on chronic systolic heart failure'] },
    items: [
      { section: 'medications', text: 'Increase furosemide to 40 mg twice daily', status: 'changed', evidence: ['Increase furosemide to 40 mg twice daily'] },
      { section: 'medications', text: 'Start warfarin 5 mg daily', status: 'new', evidence: [] },
      { section: 'findings', text: 'Left pleural effusion', evidence: ['bilateral  pleural effusions'] },
      { section: 'followup', text: `Follow up with Dr. ${doctor} in 1 week`, evidence: ['Follow up in clinic in 1 week'] },
      { section: 'nonsense', text: 'dropped' },
    ],
  }) + '\n```';
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

function assertLlmError(error: unknown, code: string): LlmError {
  assert.ok(error instanceof LlmError, `expected LlmError ${code}, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  for (const phi of CLINIC_NOTE_PHI) assert.ok(!error.message.includes(phi), 'error messages carry no PHI');
  return error;
}

test('default mode: no gold PHI reaches the server, surrogates are mapped back, claims are checked', async () => {
  const server = await serve(jsonAnswer(modelAnswer));
  const summary = await summarizeWithLlm(CLINIC_NOTE, options(server, { stream: false }));
  assert.equal(server.requests.length, 1);
  const [request] = server.requests;
  assert.equal(request.path, '/v1/chat/completions');
  assert.equal(request.headers.authorization, 'Bearer sk-test');
  for (const phi of CLINIC_NOTE_PHI) assert.ok(!request.raw.includes(phi), `"${phi}" leaked`);
  assert.ok(userContent(request).includes('Increase furosemide to 40 mg twice daily'), 'clinical content is sent');

  assert.equal(summary.engine, 'llm');
  assert.match(summary.oneLiner.text, /^Margaret Okonkwo is a 68-year-old female/);
  assert.deepEqual(summary.oneLiner.sources.map((r) => CLINIC_NOTE.slice(r.start, r.end)), ['Margaret Okonkwo    MRN', 'Acute on chronic systolic heart failure']);
  assert.deepEqual(summary.oneLiner.unsupported, []);
  const [furosemide, warfarin, effusion, followup] = summary.items;
  assert.equal(summary.items.length, 4, 'unknown sections are dropped');
  assert.equal(furosemide.status, 'changed');
  assert.deepEqual(furosemide.unsupported, []);
  assert.equal(CLINIC_NOTE.slice(furosemide.sources[0].start, furosemide.sources[0].end), 'Increase furosemide to 40 mg twice daily');
  assert.deepEqual(warfarin.unsupported?.map((c) => [c.kind, c.text]), [['drug', 'warfarin'], ['dose', '5 mg']]);
  assert.deepEqual(effusion.unsupported?.map((c) => [c.kind, c.text]), [['laterality', 'Left']]);
  assert.equal(CLINIC_NOTE.slice(effusion.sources[0].start, effusion.sources[0].end), 'bilateral pleural effusions');
  assert.equal(followup.text, 'Follow up with Dr. Harlan Whitfield in 1 week');
  assert.deepEqual(followup.unsupported, []);
});

test('previewLlmPayload is exactly the body that is sent', async () => {
  const server = await serve(sseAnswer(modelAnswer));
  await summarizeWithLlm(CLINIC_NOTE, options(server));
  const preview = previewLlmPayload(CLINIC_NOTE, options(server));
  assert.equal(preview.url, `${server.baseUrl}/chat/completions`);
  assert.equal(preview.deidentified, true);
  assert.equal(preview.needsConfirmation, false, 'loopback needs no confirmation');
  assert.deepEqual(server.requests[0].body, preview.body);
});

test('allowPhi sends the note as written', async () => {
  const server = await serve(jsonAnswer(modelAnswer));
  await summarizeWithLlm(CLINIC_NOTE, options(server, { allowPhi: true, stream: false }));
  assert.ok(userContent(server.requests[0]).includes(CLINIC_NOTE));
});

test('a remote endpoint needs confirmation; nothing is sent without it', async () => {
  const remote = { baseUrl: 'https://llm.example.com/v1', model: 'm' };
  const error = await rejection(summarizeWithLlm(CLINIC_NOTE, remote));
  assertLlmError(error, 'endpoint-not-confirmed');
  assert.match((error as Error).message, /https:\/\/llm\.example\.com/);
  const unconfirmed = previewLlmPayload(CLINIC_NOTE, remote);
  assert.equal(unconfirmed.needsConfirmation, true, 'the preview is what the user confirms');
  assert.equal(unconfirmed.url, 'https://llm.example.com/v1/chat/completions');
  const confirmed = previewLlmPayload(CLINIC_NOTE, { ...remote, confirmedEndpoints: ['https://LLM.example.com'] });
  assert.equal(confirmed.needsConfirmation, false);
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, { baseUrl: 'ftp://127.0.0.1/v1', model: 'm' })), 'bad-endpoint');
});

test('streaming: onDelta sees every piece in order', async () => {
  const server = await serve(sseAnswer(modelAnswer, { pieceLength: 7 }));
  const deltas: string[] = [];
  const summary = await summarizeWithLlm(CLINIC_NOTE, options(server, { onDelta: (d) => deltas.push(d) }));
  assert.ok(deltas.length > 10);
  assert.equal(deltas.join(''), modelAnswer(server.requests[0]));
  assert.equal(server.requests[0].body.stream, true);
  assert.equal(summary.items.length, 4);
});

test('429 is retried with backoff, then succeeds', async () => {
  const server = await serve(failWith(429, { message: 'slow down', type: 'rate_limit' }, { 'retry-after-ms': '20' }), jsonAnswer(modelAnswer));
  const summary = await summarizeWithLlm(CLINIC_NOTE, options(server, { maxRetries: 2, stream: false }));
  assert.equal(server.requests.length, 2);
  assert.equal(summary.items.length, 4);
});

test('429 until retries run out gives a rate-limit message', async () => {
  const server = await serve(failWith(429, { message: 'slow down' }, { 'retry-after-ms': '10' }));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(server, { maxRetries: 2 }))), 'rate-limited');
  assert.equal(server.requests.length, 3);
});

test('500, 401 and an unknown model (404) give clear messages; 401 and 404 are not retried', async () => {
  const failing = await serve(failWith(500, { message: 'boom' }, { 'retry-after-ms': '10' }));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(failing, { maxRetries: 1 }))), 'server-error');
  assert.equal(failing.requests.length, 2);
  const unauthorized = await serve(failWith(401, { message: `Incorrect API key for ${CLINIC_NOTE_PHI[0]}`, code: 'invalid_api_key' }));
  const denied = assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(unauthorized, { maxRetries: 2 }))), 'unauthorized');
  assert.match(denied.message, /API key/);
  assert.equal(unauthorized.requests.length, 1);
  const missing = await serve(failWith(404, { message: 'The model does not exist', code: 'model_not_found' }));
  const unknown = assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(missing, { model: 'gpt-nope', maxRetries: 2 }))), 'model-not-found');
  assert.match(unknown.message, /"gpt-nope"/);
  assert.equal(missing.requests.length, 1);
});

test('a server that never answers times out', async () => {
  const server = await serve(hang());
  const error = assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(server, { timeoutMs: 200, stream: false }))), 'timeout');
  assert.match(error.message, /did not answer within 200 ms/);
});

test('a stream that goes silent times out', async () => {
  const server = await serve(sseAnswer(modelAnswer, { stallAfterFirst: true }));
  const error = assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(server, { timeoutMs: 200 }))), 'timeout');
  assert.match(error.message, /stopped sending/);
});

test('a cut stream and a stream without a finish are reported as cut', async () => {
  const cut = await serve(sseAnswer(modelAnswer, { cut: true }));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(cut))), 'cut-stream');
  const unfinished = await serve(sseAnswer(modelAnswer, { noFinish: true }));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(unfinished))), 'cut-stream');
});

test('invalid JSON from the server or the model is reported', async () => {
  const garbled = await serve(notJson());
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(garbled, { stream: false }))), 'invalid-json');
  const prose = await serve(sseAnswer('Here is a summary: the patient is unwell.'));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(prose))), 'invalid-json');
});

test('content filter and length limit are reported', async () => {
  const filtered = await serve(sseAnswer('{"oneLiner":', { finish: 'content_filter' }));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(filtered))), 'content-filter');
  const azureFilter = await serve(failWith(400, { message: 'filtered', code: 'content_filter' }));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(azureFilter))), 'content-filter');
  const long = await serve(jsonAnswer('{"oneLiner": "a', 'length'));
  assertLlmError(await rejection(summarizeWithLlm(CLINIC_NOTE, options(long, { stream: false }))), 'truncated');
});

test('cancelling the token aborts the request in flight', async () => {
  const server = await serve(hang());
  const source = new CancellationSource();
  const pending = rejection(summarizeWithLlm(CLINIC_NOTE, options(server, { timeoutMs: 30_000 }), source));
  await server.arrived(1);
  source.cancel();
  assert.ok((await pending) instanceof CancelledError);
});

test("an exception in the caller's onDelta reaches the caller unchanged", async () => {
  const server = await serve(sseAnswer(modelAnswer));
  const failure = new RangeError('panel closed');
  const error = await rejection(summarizeWithLlm(CLINIC_NOTE, options(server, { onDelta: () => { throw failure; } })));
  assert.equal(error, failure);
});
