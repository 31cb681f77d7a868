import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocol';

/** Shows the PHI count of the active note; a click opens the Problems panel. */
export class PhiStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('clinote.phiStatus', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly isAnalysed: (document: vscode.TextDocument) => boolean) {
    this.item.name = 'Clinote PHI';
    this.item.command = 'clinote.showProblems';
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.isAnalysed(document)) {
      this.item.hide();
      return;
    }
    const findings = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code !== 'analysis');
    const byCategory = new Map<string, number>();
    for (const d of findings) byCategory.set(String(d.code), (byCategory.get(String(d.code)) ?? 0) + 1);
    this.item.text = findings.length === 0 ? '$(shield) No PHI' : `$(shield) ${findings.length} PHI`;
    this.item.tooltip =
      findings.length === 0
        ? 'Clinote found no protected health information in this note.'
        : `Clinote: ${[...byCategory].map(([c, n]) => `${n} ${c}`).join(', ')}. Click to open the Problems panel.`;
    this.item.backgroundColor = findings.length > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
