// What a user does with Clinote in VS Code, step by step. Steps run in order in one browser page; each re-opens
// the note it needs, so a failed step does not hide the next one's result.
import type { E2eStep, StepContext } from '../../scripts/e2e/stepRunner';
import { waitUntil } from '../../scripts/e2e/workbench';

import { fixtureNote as e2eNote } from '../../scripts/e2e/workspace';
const source = 'clinote';
/** PHI the fixture note certainly contains (test/e2e/fixtures/e2e-visit.note). */
const expectedCategories = ['NAME', 'DATE'];
/** The fixture's main diagnosis, type 2 diabetes mellitus, is ICD-10-CM category E11. */
const diabetesCodePattern = /\bE11(?:\.[0-9A-Z]{1,4})?\b/;

function categoriesOf(problemTexts: string[]): Set<string> {
  return new Set(problemTexts.flatMap((text) => text.match(/\bclinote\s*\(?([A-Z][A-Z_]*)\)?\s*\[Ln/)?.[1] ?? []));
}

async function openNoteWithFindings(context: StepContext): Promise<string[]> {
  await context.workbench.openFromExplorer(e2eNote);
  return context.workbench.waitForProblems(
    source,
    (texts) => expectedCategories.every((category) => categoriesOf(texts).has(category)),
    `expected PHI findings of categories ${expectedCategories.join(', ')} for ${e2eNote}`,
    30_000,
  );
}

/** Panel text a user would see as broken rendering: stringified DOM nodes or objects, undefined values. */
function assertRenderedCleanly(panel: string, text: string): void {
  const broken = text.match(/\[object \w+\]|\bundefined\b|\bNaN\b/);
  if (broken) throw new Error(`the ${panel} panel shows "${broken[0]}" (broken rendering)`);
}

/** Which of the expected terms a panel shows, lower-cased and de-duplicated (never the panel text itself). */
function mentioned(text: string, terms: RegExp): string {
  return [...new Set([...text.matchAll(terms)].map((match) => match[0].toLowerCase()))].join(', ');
}

function missingCommand(context: StepContext, command: string): string | undefined {
  return context.manifest.commands.has(command) ? undefined : `package.json does not contribute ${command} yet`;
}

const phiInProblems: E2eStep = {
  name: 'open a note from the Explorer: Problems panel lists PHI findings with categories',
  timeoutMs: 60_000,
  async run(context) {
    const texts = await openNoteWithFindings(context);
    context.log(`PHI findings: ${texts.length}; categories ${[...categoriesOf(texts)].sort().join(', ')}`);
  },
};

const quickFixAndDeidentify: E2eStep = {
  name: 'Ctrl+. quick fix de-identifies a finding; De-identify Document clears all PHI',
  timeoutMs: 90_000,
  async run(context) {
    const { workbench } = context;
    await openNoteWithFindings(context);
    const nameRow = workbench.problemRows(source, 'NAME').first();
    const position = (await nameRow.innerText()).match(/\[Ln (\d+), Col (\d+)\]/);
    if (!position) throw new Error('a NAME problem row has no [Ln, Col] position');
    const lineIndex = Number(position[1]) - 1;
    const before = (await workbench.activeEditorText()).split('\n')[lineIndex];

    // Selecting a problem and pressing Enter puts the cursor on the finding in the editor.
    await nameRow.click();
    await workbench.page.keyboard.press('Enter');
    await workbench.page.keyboard.press('Control+.');
    const items = workbench.codeActionItems;
    await items.first().waitFor({ timeout: 10_000 }).catch(() => {
      throw new Error('Ctrl+. on a NAME finding showed no code actions');
    });
    const labels = (await items.allInnerTexts()).map((text) => text.trim());
    // Labels quote note text and surrogates; the log keeps only their shape.
    context.log(`quick fixes offered: ${JSON.stringify(labels.map((label) => label.replace(/“[^”]*”|"[^"]*"/g, '“…”')))}`);
    // A fix for this one finding, not the whole-document action.
    const choice = labels.findIndex((label) => /replace|redact|surrogate|tag|mask/i.test(label));
    if (choice < 0) throw new Error(`no de-identifying quick fix among ${labels.length} code actions`);
    // The menu has keyboard focus on its first action; a user picks with the arrow keys and Enter.
    for (let step = 0; step < choice; step++) await workbench.page.keyboard.press('ArrowDown');
    await workbench.page.keyboard.press('Enter');
    let after: string | undefined;
    await waitUntil(
      async () => (after = (await workbench.activeEditorText()).split('\n')[lineIndex]) !== before,
      10_000,
      () => `line ${lineIndex + 1} did not change after the quick fix (still ${JSON.stringify(after?.length)} chars)`,
    );

    await workbench.focusActiveEditor();
    await workbench.runCommand('Clinote: De-identify Document');
    await workbench.waitForProblems(source, (texts) => texts.length === 0, 'PHI findings remained after De-identify Document', 20_000);
    const text = await workbench.activeEditorText();
    if (text.includes('Whitcombe') || text.includes('617-555-0142')) {
      throw new Error('the note still contains the fixture name or phone number after De-identify Document');
    }
  },
};

const icdSuggestion: E2eStep = {
  name: 'hover or code lens on a diagnosis shows its ICD-10-CM code (E11 for type 2 diabetes)',
  timeoutMs: 60_000,
  skipReason: (context) => missingCommand(context, 'clinote.suggestCodes'),
  async run(context) {
    const { workbench, page } = { workbench: context.workbench, page: context.workbench.page };
    await workbench.openFromExplorer(e2eNote);
    // Code lenses arrive a moment after the note opens; a hover is the fallback when none shows up.
    const codeLens = workbench.activeEditor.locator('.codelens-decoration', { hasText: diabetesCodePattern });
    const lensShown = await codeLens.first().waitFor({ timeout: 20_000 }).then(() => true, () => false);
    if (lensShown) {
      context.log(`code lens: ${(await codeLens.first().innerText()).match(diabetesCodePattern)?.[0]}`);
      return;
    }
    // The pointer goes onto the word itself: a token's span can hold a whole line, and its middle may be another word.
    const line = workbench.activeEditor.locator('.view-line', { hasText: /type\s2\sdiabetes/i }).first();
    await line.waitFor({ timeout: 10_000 });
    const point = await line.evaluate((element) => {
      const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').toLowerCase().indexOf('diabetes');
        if (at < 0) continue;
        const range = element.ownerDocument.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 4);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return undefined;
    });
    if (!point) throw new Error('the word "diabetes" is not on screen');
    await page.mouse.move(point.x, point.y);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: diabetesCodePattern });
    await hover.first().waitFor({ timeout: 15_000 }).catch(() => {
      throw new Error('hovering "diabetes" showed no E11 code, and no code lens has one');
    });
    context.log(`hover: ${(await hover.first().innerText()).match(diabetesCodePattern)?.[0]}`);
  },
};

const summaryPanel: E2eStep = {
  name: '"Clinote: Summarize Note" renders the Summary panel',
  timeoutMs: 60_000,
  skipReason: (context) => missingCommand(context, 'clinote.summarizeNote'),
  async run(context) {
    const { workbench } = context;
    await workbench.openFromExplorer(e2eNote);
    await workbench.focusActiveEditor();
    await workbench.runCommand(context.manifest.commands.get('clinote.summarizeNote')!);
    // Room for code-server's webview recoveries (reload, reopen) within the step's minute.
    const text = await workbench.waitForPanelText(/summary/i, /diabetes|hypertension|metformin/i, 45_000);
    assertRenderedCleanly('Summary', text);
    context.log(`summary panel: ${text.length} characters, mentions ${mentioned(text, /diabetes|hypertension|metformin/gi)}`);
  },
};

const patientPanel: E2eStep = {
  name: 'linking the note to a patient shows their problems from the FHIR server',
  timeoutMs: 90_000,
  skipReason: needsPatientLinking,
  async run(context) {
    const { workbench } = context;
    // The synthetic patient with diabetes and hypertension.
    await linkPatient(context, 'Lockman', /Lockman/, 'the synthetic patient Morris Lockman');
    const text = await workbench.waitForPanelText(/patient/i, /diabetes|hypertension/i, 45_000);
    assertRenderedCleanly('Patient', text);
    context.log(`patient panel: ${text.length} characters, mentions ${mentioned(text, /diabetes|hypertension/gi)}`);
  },
};

function needsPatientLinking(context: StepContext): string | undefined {
  return (
    missingCommand(context, 'clinote.linkPatient') ??
    (context.fhirBaseUrl ? undefined : 'the embedded FHIR server (clinote serve-fhir) is not available')
  );
}

/** Runs "Link Note to Patient…" on the e2e note and picks the patient the search finds. */
async function linkPatient(context: StepContext, query: string, row: RegExp, who: string): Promise<void> {
  const { workbench } = context;
  const page = workbench.page;
  // Not from the Explorer: showing it would hide the Clinote panels, and showing them again creates their three
  // webviews at once, which code-server races (see Workbench.recoverWebview).
  await workbench.openWithQuickOpen(e2eNote);
  await workbench.focusActiveEditor();
  await workbench.runCommand(context.manifest.commands.get('clinote.linkPatient')!);
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(query);
  const patient = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: row }).first();
  await patient.waitFor({ timeout: 20_000 }).catch(() => {
    throw new Error(`the patient picker did not list ${who}`);
  });
  await patient.click();
}

const hostileChart: E2eStep = {
  name: 'a chart carrying <script> and onerror= payloads renders as inert text in the Patient panel',
  timeoutMs: 90_000,
  skipReason: needsPatientLinking,
  async run(context) {
    const { workbench } = context;
    await linkPatient(context, 'Payload', /Payload/, 'the test patient Xavier Payload (test/e2e/fixtures/fhir-xss)');
    // The payloads must be shown as the characters they are...
    const text = await workbench.waitForPanelText(/patient/i, /onerror=/, 45_000);
    if (!/<script>/.test(text)) throw new Error('the <script> payload should be visible as text in the Patient panel');
    // ...and nothing in them may have become markup or run.
    const frame = await workbench.panelFrame(/patient/i);
    // A string, because this file is compiled without the DOM library; it runs inside the webview page.
    const page_ = (await frame.evaluate(`({
      injected: window.__clinoteXss ?? null,
      images: document.querySelectorAll('img').length,
      handlers: document.querySelectorAll('[onerror]').length,
      payloadScripts: [...document.querySelectorAll('script')].filter((script) => script.textContent.includes('__clinoteXss')).length,
    })`)) as { injected: number | null; images: number; handlers: number; payloadScripts: number };
    if (page_.injected !== null || page_.images > 0 || page_.handlers > 0 || page_.payloadScripts > 0) {
      throw new Error(`a payload became live markup: ${JSON.stringify(page_)}`);
    }
    context.log(`hostile chart rendered inert: ${JSON.stringify(page_)}`);
  },
};

export const e2eSteps: readonly E2eStep[] = [phiInProblems, quickFixAndDeidentify, icdSuggestion, summaryPanel, patientPanel, hostileChart];
