import * as vscode from 'vscode';
import { endpointOrigin, isLoopbackUrl } from '../../server/src/core/endpoints';

const CONFIRMED_KEY = 'clinote.confirmedLlmEndpoints';

/** A confirmation covers one origin in one mode: allowing de-identified text never allows notes as written. */
function confirmationKey(origin: string, sendsPhi: boolean): string {
  return `${origin}|${sendsPhi ? 'as-written' : 'de-identified'}`;
}

/**
 * Loopback servers need no confirmation. Any other endpoint must be confirmed once by the user, who says it
 * may receive (de-identified) notes; the answer is remembered per origin and mode. Returns the origins confirmed
 * for the current mode, or undefined when the user declines.
 */
export async function confirmLlmEndpoint(globalState: vscode.Memento): Promise<string[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Clinote: LLM summaries are off in an untrusted workspace; nothing is sent from it.');
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('clinote');
  const baseUrl = config.get<string>('llm.baseUrl', '');
  const sendsPhi = config.get<boolean>('llm.allowPhi', false);
  const origin = endpointOrigin(baseUrl);
  if (!origin) {
    void vscode.window.showErrorMessage('Clinote: clinote.llm.baseUrl is not a valid http(s) URL.');
    return undefined;
  }
  const confirmed = globalState.get<string[]>(CONFIRMED_KEY, []);
  const forThisMode = () =>
    globalState
      .get<string[]>(CONFIRMED_KEY, [])
      .filter((entry) => entry.endsWith(sendsPhi ? '|as-written' : '|de-identified'))
      .map((entry) => entry.slice(0, entry.lastIndexOf('|')));
  if (isLoopbackUrl(baseUrl) || confirmed.includes(confirmationKey(origin, sendsPhi))) return forThisMode();
  const answer = await vscode.window.showWarningMessage(
    `Send notes to ${origin}?`,
    {
      modal: true,
      detail: sendsPhi
        ? 'clinote.llm.allowPhi is on: notes are sent AS WRITTEN, with identifiers. Confirm only if this endpoint is covered by a Business Associate Agreement.'
        : 'Notes are de-identified with surrogates before they are sent. Confirm that this endpoint may receive de-identified clinical text.',
    },
    'Allow this endpoint',
  );
  if (answer !== 'Allow this endpoint') return undefined;
  await globalState.update(CONFIRMED_KEY, [...confirmed, confirmationKey(origin, sendsPhi)]);
  return forThisMode();
}
