import * as vscode from 'vscode';

const CONFIRMED_KEY = 'clinote.confirmedLlmEndpoints';

function origin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/**
 * Loopback servers need no confirmation. Any other endpoint must be confirmed once by the user, who says it
 * may receive (de-identified) notes; the answer is remembered per origin. Undefined when the user declines.
 */
export async function confirmLlmEndpoint(globalState: vscode.Memento): Promise<string[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Clinote: LLM summaries are off in an untrusted workspace; nothing is sent from it.');
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('clinote');
  const baseUrl = config.get<string>('llm.baseUrl', '');
  const endpoint = origin(baseUrl);
  if (!endpoint) {
    void vscode.window.showErrorMessage('Clinote: clinote.llm.baseUrl is not a valid URL.');
    return undefined;
  }
  const confirmed = globalState.get<string[]>(CONFIRMED_KEY, []);
  if (isLoopback(baseUrl) || confirmed.includes(endpoint)) return confirmed;
  const sendsPhi = config.get<boolean>('llm.allowPhi', false);
  const answer = await vscode.window.showWarningMessage(
    `Send notes to ${endpoint}?`,
    {
      modal: true,
      detail: sendsPhi
        ? 'clinote.llm.allowPhi is on: notes are sent AS WRITTEN, with identifiers. Confirm only if this endpoint is covered by a Business Associate Agreement.'
        : 'Notes are de-identified with surrogates before they are sent. Confirm that this endpoint may receive de-identified clinical text.',
    },
    'Allow this endpoint',
  );
  if (answer !== 'Allow this endpoint') return undefined;
  const updated = [...confirmed, endpoint];
  await globalState.update(CONFIRMED_KEY, updated);
  return updated;
}
