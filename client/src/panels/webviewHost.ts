import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

export type PanelMessage = { type: string; [key: string]: unknown };

/**
 * One side-panel webview: strict CSP with a nonce, scripts and styles only from media/, no remote content.
 * The page renders data with DOM text APIs only, so nothing from a note or a FHIR server is ever parsed as HTML.
 * The last state is replayed whenever the page asks (it asks on every load, until answered).
 */
export class WebviewHost implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private lastState: PanelMessage | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly becameVisible = new vscode.EventEmitter<void>();
  /** Fires when the view is first shown and whenever it is shown again, so its owner can bring it up to date. */
  readonly onDidBecomeVisible = this.becameVisible.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    readonly viewId: string,
    private readonly script: string,
    private readonly onMessage: (message: PanelMessage) => void | Promise<void>,
    private readonly initialState: PanelMessage = { type: 'state' },
  ) {}

  get visible(): boolean {
    return this.view?.visible ?? false;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    view.webview.options = { enableScripts: true, localResourceRoots: [media] };
    view.webview.html = this.html(view.webview, media);
    this.disposables.push(
      view.webview.onDidReceiveMessage(async (message: PanelMessage) => {
        if (message?.type === 'ready') {
          // Always answered, so the page knows it is connected and shows at least its empty state.
          void view.webview.postMessage(this.lastState ?? this.initialState);
          return;
        }
        await this.onMessage(message);
      }),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.becameVisible.fire();
      }),
      view.onDidDispose(() => {
        if (this.view === view) this.view = undefined;
      }),
    );
    if (view.visible) this.becameVisible.fire();
  }

  /** Sends the panel its new state; kept for when the panel is shown later. */
  setState(state: PanelMessage): void {
    this.lastState = state;
    void this.view?.webview.postMessage(state);
  }

  post(message: PanelMessage): void {
    void this.view?.webview.postMessage(message);
  }

  state(): PanelMessage | undefined {
    return this.lastState;
  }

  set badge(value: vscode.ViewBadge | undefined) {
    if (this.view) this.view.badge = value;
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const style = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.css'));
    const shared = webview.asWebviewUri(vscode.Uri.joinPath(media, 'panel.js'));
    const script = webview.asWebviewUri(vscode.Uri.joinPath(media, this.script));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `img-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
</head>
<body data-view="${this.viewId}">
<main id="root" aria-live="polite"></main>
<script nonce="${nonce}" src="${shared}"></script>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.becameVisible.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
