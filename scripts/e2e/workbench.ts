// Drives the VS Code workbench in Chromium the way a user does (Explorer, command palette, Problems panel, quick
// fixes), waiting on selectors only. Selectors are VS Code 1.100's DOM.
import { createWriteStream } from 'node:fs';
import { resolve, sep } from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import { chromiumPath } from './paths';
import { onCleanup } from './processes';


const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Containers often have a tiny /dev/shm; Chromium then crashes tabs unless it uses /tmp.
  '--disable-dev-shm-usage',
];

export async function launchBrowser(): Promise<Browser> {
  // Playwright's own signal handlers would exit the process before our cleanup stops code-server; ours close it.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumFlags,
    timeout: 60_000,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  onCleanup(() => browser.close().catch(() => undefined));
  return browser;
}

/** Builds the workbench URL; `payload` entries are VS Code's web development options (extensionTestsPath…). */
export function workbenchUrl(baseUrl: string, folder: string, payload?: ReadonlyArray<readonly [string, string]>) {
  const url = new URL(baseUrl);
  url.searchParams.set('folder', folder);
  if (payload) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

export class Workbench {
  constructor(readonly page: Page) {}

  /**
   * `consoleLog` collects the page's (and its webviews') console errors and uncaught exceptions for diagnosis.
   * `webviewResourceRoots` are folders webviews may load scripts and styles from (the installed extensions).
   */
  static async open(
    browser: Browser,
    url: string,
    options: { consoleLog: string; webviewResourceRoots: readonly string[] },
    timeoutMs = 90_000,
  ): Promise<Workbench> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const log = createWriteStream(options.consoleLog, { flags: 'a' });
    await serveWebviewResourcesOffline(page, options.webviewResourceRoots, (line) => log.write(`${line}\n`));
    onCleanup(() => new Promise<void>((resolve) => log.end(resolve)));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || /webview|service worker/i.test(text)) {
        log.write(`[console.${message.type()}] ${message.location().url} ${text}\n`);
      }
    });
    page.on('pageerror', (error) => log.write(`[pageerror] ${error.stack ?? error.message}\n`));
    await page.goto(url, { timeout: timeoutMs });
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: timeoutMs });
    await page.locator('.explorer-folders-view').waitFor({ timeout: timeoutMs });
    return new Workbench(page);
  }

  explorerRow(fileName: string): Locator {
    return this.page.locator('.explorer-folders-view .monaco-list-row', { has: this.page.getByText(fileName, { exact: true }) });
  }

  /** Opens a file at the workspace root by clicking it in the Explorer and waits for its editor tab. */
  async openFromExplorer(fileName: string, timeoutMs = 30_000): Promise<void> {
    if (!(await this.page.locator('.explorer-folders-view').isVisible())) await this.runCommand('View: Show Explorer');
    await this.explorerRow(fileName).click({ timeout: timeoutMs });
    await this.activeTab(fileName).waitFor({ timeout: timeoutMs });
  }

  /**
   * Opens a workspace file through "Go to File..." and waits for its editor tab. Unlike the Explorer, this leaves the
   * side bar as it is, so the webviews of a view container on show are not disposed and created again.
   */
  async openWithQuickOpen(fileName: string, timeoutMs = 30_000): Promise<void> {
    await this.runCommand('Go to File...');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill(fileName);
    const row = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(fileName)}$`) }),
    });
    await row.first().click({ timeout: timeoutMs });
    await this.activeTab(fileName).waitFor({ timeout: timeoutMs });
  }

  activeTab(fileName: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: fileName });
  }

  get activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The visible text of the active editor (notes in the tests are short enough to be fully visible). */
  async activeEditorText(): Promise<string> {
    const lines = await this.activeEditor.locator('.view-lines .view-line').evaluateAll((elements) =>
      elements
        .map((element) => ({ top: parseFloat((element as { style: { top: string } }).style.top), text: (element as { textContent: string | null }).textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text.replace(/\u00a0/g, ' ')),
    );
    return lines.join('\n');
  }

  async focusActiveEditor(): Promise<void> {
    await this.activeEditor.locator('.view-lines').click({ position: { x: 5, y: 5 } });
  }

  /** Runs a command by its palette title, e.g. "Clinote: De-identify Document". */
  async runCommand(title: string, timeoutMs = 15_000): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: timeoutMs });
    await input.fill(`>${title}`);
    const item = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', {
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
    });
    await item.first().waitFor({ timeout: timeoutMs }).catch(() => {
      throw new Error(`command "${title}" is not in the command palette`);
    });
    await item.first().click({ timeout: timeoutMs });
    // The palette closes, or the command replaces it at once with its own quick pick (then the input changes).
    const widget = this.page.locator('.quick-input-widget');
    await waitUntil(
      async () => !(await widget.isVisible()) || (await input.inputValue().catch(() => '')) !== `>${title}`,
      timeoutMs,
      () => `the command palette stayed open after choosing "${title}"`,
    );
  }

  async showProblems(): Promise<void> {
    if (await this.page.locator('.markers-panel').isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor({ timeout: 10_000 });
  }

  /** Problem rows (not file rows) from `source`, optionally only those with diagnostic code `code`. */
  problemRows(source: string, code?: string): Locator {
    const rows = this.page.locator('.markers-panel .monaco-list-row', {
      has: this.page.locator('.marker-source', { hasText: new RegExp(`^${escapeRegExp(source)}$`) }),
    });
    return code ? rows.filter({ has: this.page.locator('.marker-code', { hasText: new RegExp(`^${escapeRegExp(code)}$`) }) }) : rows;
  }

  /** Problem rows as "message source code [Ln N, Col M]" texts. */
  async problemTexts(source: string): Promise<string[]> {
    return (await this.problemRows(source).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Waits until `predicate` holds for the problem texts; fails with what was last seen. */
  async waitForProblems(source: string, predicate: (texts: string[]) => boolean, what: string, timeoutMs: number) {
    await this.showProblems();
    let last: string[] = [];
    await waitUntil(
      async () => predicate((last = await this.problemTexts(source))),
      timeoutMs,
      () => `${what}; Problems panel showed ${last.length} '${source}' rows: ${JSON.stringify(last.slice(0, 8))}`,
    );
    return last;
  }

  /** The code action (lightbulb / Ctrl+.) menu's actionable rows. */
  get codeActionItems(): Locator {
    return this.page.locator('.action-widget .monaco-list-row.action');
  }

  /**
   * Waits until the view whose title matches `title` shows content matching `content`, whether it is a tree (text
   * in its pane) or a webview. A webview's iframe is not inside its pane in the DOM but laid over it, so the
   * webview belonging to the pane is the one whose iframe lies within the pane's body.
   */
  async waitForPanelText(title: RegExp, content: RegExp, timeoutMs: number): Promise<string> {
    let found = '';
    let seen = 'no pane with that title';
    let unloadedSince: number | undefined;
    let recoveries = 0;
    await waitUntil(
      async () => {
        if (seen === 'its webview has not loaded') {
          unloadedSince ??= Date.now();
          if (Date.now() - unloadedSince > webviewLoadGraceMs && recoveries < webviewRecoveries.length) {
            const recovery = webviewRecoveries[recoveries++];
            unloadedSince = undefined;
            await this.recoverWebview(recovery, title);
          }
        } else {
          unloadedSince = undefined;
        }
        // Clinote's panels name their view on the page's body (data-view="clinote.summary"), which finds the webview
        // whatever code-server does with the iframes' geometry while panes resize.
        for (const frame of this.page.frames()) {
          if (!/fake\.html/.test(frame.url())) continue;
          const view = await frame.evaluate<string>('document.body ? document.body.dataset.view || "" : ""').catch(() => '');
          if (!view || !title.test(view)) continue;
          const text = await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '');
          seen = `its webview shows ${text.length} characters`;
          if (content.test(text)) return Boolean((found = text));
        }
        const pane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: title }) }).first();
        const body = pane.locator('.pane-body');
        if ((await body.count()) === 0) return false;
        const paneText = await body.innerText().catch(() => '');
        if (content.test(paneText)) return Boolean((found = paneText));
        const paneBox = await body.boundingBox();
        if (!paneBox) return Boolean((seen = 'the pane is collapsed or hidden'));
        for (const iframe of await this.page.locator('iframe.webview').elementHandles()) {
          const box = await iframe.boundingBox();
          if (!box || !within(box, paneBox)) continue;
          const contentFrame = (await iframe.contentFrame())?.childFrames().find((child) => /fake\.html/.test(child.url()));
          const text = contentFrame ? await contentFrame.locator('body').innerText({ timeout: 1000 }).catch(() => '') : '';
          seen = contentFrame ? `its webview shows ${text.length} characters` : 'its webview has not loaded';
          if (content.test(text)) return Boolean((found = text));
        }
        return false;
      },
      timeoutMs,
      () => `the view titled ${title} did not show ${content} (${seen})`,
    );
    return found;
  }

  /**
   * code-server serves every webview from one origin, so webviews created together (a view container's three panels)
   * each register VS Code's webview service worker for the same scope, and a page whose registration was overtaken can
   * wait forever for its worker (its console says "Found unexpected service worker controller ... Waiting for
   * controllerchange"; desktop VS Code gives each webview its own origin). "Developer: Reload Webviews" only sends
   * the content again to the same stuck page. Collapsing the view releases its webview and expanding it creates a
   * new one, alone, which wins the worker; that is the first recovery, as a user would collapse and expand a blank
   * section. Reloading the webviews stays as the second, for a page that loaded but lost its content.
   */
  private async recoverWebview(recovery: WebviewRecovery, title: RegExp): Promise<void> {
    if (recovery === 'reload') {
      console.log(`  (a webview of code-server did not load in ${webviewLoadGraceMs / 1000} s: running "Developer: Reload Webviews")`);
      await this.runCommand('Developer: Reload Webviews').catch(() => this.page.keyboard.press('Escape'));
      return;
    }
    const viewPane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: title }) }).first();
    const header = viewPane.locator('.pane-header').first();
    const body = viewPane.locator('.pane-body');
    const toggled = async (state: 'hidden' | 'visible'): Promise<boolean> => {
      // On the chevron: the middle of a header can be one of the view's title actions ("Link Note to Patient…").
      await header.click({ position: { x: 8, y: 11 }, timeout: 5_000 }).catch(() => undefined);
      return body.waitFor({ state, timeout: 5_000 }).then(() => true, () => false);
    };
    const collapsed = await toggled('hidden');
    const expanded = await toggled('visible');
    console.log(`  (a webview of code-server did not load in ${webviewLoadGraceMs / 1000} s: collapsing and expanding its view: ${collapsed && expanded ? 'done' : `collapsed ${collapsed}, expanded ${expanded}`})`);
  }

  /** The document inside the webview of the view titled `title` (for checks on what the page really holds). */
  async panelFrame(title: RegExp): Promise<Frame> {
    const pane = this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: title }) }).first();
    const paneBox = await pane.locator('.pane-body').boundingBox();
    if (!paneBox) throw new Error(`the view titled ${title} is collapsed or hidden`);
    for (const iframe of await this.page.locator('iframe.webview').elementHandles()) {
      const box = await iframe.boundingBox();
      if (!box || !within(box, paneBox)) continue;
      const frame = (await iframe.contentFrame())?.childFrames().find((child) => /fake\.html/.test(child.url()));
      if (frame) return frame;
    }
    throw new Error(`the view titled ${title} has no loaded webview`);
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, timeout: 15_000 });
  }
}

const webviewLoadGraceMs = 6_000;

type WebviewRecovery = 'reopen' | 'reload';
const webviewRecoveries: readonly WebviewRecovery[] = ['reopen', 'reload', 'reopen', 'reopen', 'reload', 'reopen'];

type Box = { x: number; y: number; width: number; height: number };

function within(inner: Box, outer: Box, slack = 2): boolean {
  return (
    inner.x >= outer.x - slack &&
    inner.y >= outer.y - slack &&
    inner.x + inner.width <= outer.x + outer.width + slack &&
    inner.y + inner.height <= outer.y + outer.height + slack
  );
}

/**
 * Webviews load their scripts from https://<authority>.vscode-resource.vscode-cdn.net/<file path>, which VS Code's
 * webview service worker answers from the server. code-server serves all webviews from one origin, so webviews
 * created together (a view container's panels) race for that worker and the loser's requests go to the network:
 * offline they fail to resolve and the panel stays blank (desktop VS Code gives each webview its own origin).
 * Requests the worker did not take are answered here from the same files, limited to `roots`.
 */
async function serveWebviewResourcesOffline(page: Page, roots: readonly string[], log: (line: string) => void) {
  const allowed = roots.map((root) => resolve(root) + sep);
  await page.route(/^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\//, async (route) => {
    const path = resolve(decodeURIComponent(new URL(route.request().url()).pathname));
    if (!allowed.some((root) => path.startsWith(root))) {
      log(`[webview resource refused] ${path}`);
      return route.abort('accessdenied');
    }
    log(`[webview resource served without the service worker] ${path}`);
    await route.fulfill({ path }).catch(() => route.abort('filenotfound'));
  });
}

/**
 * Polls a condition driven by the browser DOM. Playwright's locators cannot express every condition the steps need
 * (e.g. "no row mentions X any more"), so this re-checks on animation-frame cadence instead of sleeping blindly.
 */
export async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number, describe: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
