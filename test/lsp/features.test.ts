import { strict as assert } from 'node:assert';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { Hover } from 'vscode-languageserver-protocol';
import {
  PatientContextChangedNotification,
  PatientContextRequest,
  SuggestCodesRequest,
  SummarizeRequest,
  type PhiDiagnosticData,
} from '../../server/src/protocol';
import { TestClient, settingsWith } from './harness';

const NOTE = `SYNTHETIC TEST NOTE
Patient: 1f456f0a-acb1-4728-82af-01ca57083c7b

HPI:
67 year old man with type 2 diabetes mellitus with diabetic chronic kidney disease and hypertension.
Denies chest pain. Family history of colon cancer in his father.

ASSESSMENT AND PLAN:
1. Type 2 diabetes with diabetic CKD stage 3 - continue metformin 500 mg BID.
2. Essential hypertension - start lisinopril 10 mg daily.
Follow up in 3 months. Mr. Trantow agrees with the plan.
`;

let counter = 0;
const freshUri = () => `file:///tmp/clinote-features-${process.pid}-${++counter}.note`;

describe('language server: codes, summaries and patient context over the real protocol', () => {
  let client: TestClient;
  let fhir: ChildProcess;
  let fhirUrl: string;

  before(async () => {
    fhir = spawn(process.execPath, [join(__dirname, '..', '..', 'dist', 'cli.js'), 'serve-fhir', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const [line] = (await once(createInterface({ input: fhir.stdout! }), 'line')) as [string];
    fhirUrl = line.trim();
    assert.match(fhirUrl, /^http:\/\/127\.0\.0\.1:\d+\//);
    client = await TestClient.start({ settings: settingsWith({ fhir: { serverUrl: fhirUrl } }) });
  });

  after(async () => {
    await client.stop();
    fhir.kill('SIGTERM');
    await once(fhir, 'exit');
  });

  it('suggests ICD-10-CM codes with evidence, and never a negated or family mention', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const result = await client.connection.sendRequest(SuggestCodesRequest, { uri });
    assert.equal(result.error, undefined);
    const codes = result.codes.map((c) => c.code);
    assert.ok(codes.some((c) => c.startsWith('E11.2')), `diabetes with CKD among ${codes.join(', ')}`);
    // With CKD, ICD-10-CM presumes hypertensive CKD (I12.-) rather than essential hypertension.
    assert.ok(codes.some((c) => c === 'I10' || c.startsWith('I12')), `hypertension among ${codes.join(', ')}`);
    assert.ok(!codes.some((c) => c.startsWith('R07')), 'denied chest pain is not suggested');
    assert.ok(!codes.some((c) => c.startsWith('C18')), "the father's colon cancer is not suggested");
    for (const suggestion of result.codes) {
      for (const evidence of suggestion.evidence) assert.equal(NOTE.slice(evidence.start, evidence.end), evidence.text);
    }
  });

  it('shows code lenses at the evidence and a hover with insert/copy command links', async () => {
    const uri = freshUri();
    const document = await client.open(uri, NOTE);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ range: { start: { line: number } }; command: { title: string; command: string } }>;
    assert.ok(lenses.some((l) => /ICD-10-CM E11\.2/.test(l.command.title)), lenses.map((l) => l.command.title).join(' | '));
    const { codes } = await client.connection.sendRequest(SuggestCodesRequest, { uri });
    const confident = codes.filter((c) => c.evidence.length > 0 && !c.traits.includes('LOW_CONFIDENCE'));
    assert.equal(lenses.length, confident.length, 'one lens per confident suggestion; low-confidence codes stay in the panel and hover');
    const offset = NOTE.indexOf('type 2 diabetes mellitus');
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: document.positionAt(offset + 2) })) as Hover;
    const markdown = (hover.contents as { value: string }).value;
    assert.match(markdown, /E11\.2/);
    assert.match(markdown, /\(command:clinote\.insertCode\?/);
    assert.match(markdown, /\(command:clinote\.copyCode\?/);

    await client.changeSettings(settingsWith({ fhir: { serverUrl: fhirUrl }, icd: { display: 'inlayHint' } }));
    const noLenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as unknown[];
    assert.deepEqual(noLenses, []);
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } })) as Array<{ label: string }>;
    assert.ok(hints.some((h) => h.label.startsWith('E11.2')));
    await client.changeSettings(settingsWith({ fhir: { serverUrl: fhirUrl } }));
  });

  it('summarises offline with every item grounded in the note, also for a selection', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const whole = await client.connection.sendRequest(SummarizeRequest, { uri, engine: 'embedded', requestId: 'r1' });
    assert.ok(whole.summary, whole.error);
    assert.equal(whole.summary.engine, 'embedded');
    assert.ok(whole.summary.items.length > 0);
    for (const item of whole.summary.items) {
      assert.ok(item.sources.length > 0);
      for (const source of item.sources) assert.ok(source.start >= 0 && source.end <= NOTE.length && source.end > source.start);
    }
    const planStart = NOTE.indexOf('ASSESSMENT AND PLAN:');
    const part = await client.connection.sendRequest(SummarizeRequest, { uri, engine: 'embedded', requestId: 'r2', range: { start: planStart, end: NOTE.length } });
    assert.ok(part.summary);
    for (const item of part.summary.items) for (const source of item.sources) assert.ok(source.start >= planStart, 'selection sources are offsets into the whole note');
  });

  it('refuses the LLM engine while it is switched off, saying why', async () => {
    const uri = freshUri();
    await client.open(uri, NOTE);
    const refused = await client.connection.sendRequest(SummarizeRequest, { uri, engine: 'llm', requestId: 'r3' });
    assert.equal(refused.summary, undefined);
    assert.match(refused.error ?? '', /clinote\.llm\.enabled/);
  });

  it('links the note to its patient from the header line, fetches the chart over HTTP and flags the patient name with certainty', async () => {
    const uri = freshUri();
    const changed = new Promise<void>((resolve) => {
      const listener = client.connection.onNotification(PatientContextChangedNotification, (params) => {
        if (params.uri === uri) {
          listener.dispose();
          resolve();
        }
      });
    });
    await client.open(uri, NOTE);
    await changed;
    const result = await client.connection.sendRequest(PatientContextRequest, { uri });
    assert.equal(result.error, undefined);
    assert.equal(result.link?.source, 'note');
    assert.match(result.context!.patient.name, /Kermit Trantow/);
    assert.ok(result.context!.conditions.length > 0);
    const diagnostics = await client.diagnostics(uri);
    const trantow = diagnostics.find((d) => (d.data as PhiDiagnosticData | undefined)?.text === 'Trantow');
    assert.ok(trantow, 'the linked patient\u2019s family name is flagged');
    assert.ok((trantow.data as PhiDiagnosticData).confidence >= 0.95);
    const summarized = await client.connection.sendRequest(SummarizeRequest, { uri, engine: 'embedded', requestId: 'r4' });
    assert.match(summarized.patient?.name ?? '', /Kermit Trantow/, 'the summary carries a header from the chart');
    assert.ok((summarized.patient?.activeProblems.length ?? 0) > 0);
  });
});
