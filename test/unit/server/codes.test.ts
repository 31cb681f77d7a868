import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationSource, neverCancelled } from '../../../server/src/core/cancellation';
import { CodeSuggestions } from '../../../server/src/handlers/codes';
import { ServerContext } from '../../../server/src/serverContext';
import { SettingsCache } from '../../../server/src/settings';

describe('code suggestions for concurrent requests', () => {
  it('a request still wanted gets its codes whatever happens to a cancelled request for the same note', async () => {
    const context = new ServerContext(new SettingsCache({} as Connection));
    const suggestions = new CodeSuggestions(context);
    const document = TextDocument.create('file:///shared.note', 'clinical-note', 1, 'ASSESSMENT:\nType 2 diabetes mellitus without complications.\n');
    const cancelled = new CancellationSource();
    cancelled.cancel();
    const [, wanted] = await Promise.allSettled([suggestions.get(document, cancelled), suggestions.get(document, neverCancelled)]);
    assert.equal(wanted.status, 'fulfilled');
    const codes = (wanted as PromiseFulfilledResult<Awaited<ReturnType<CodeSuggestions['get']>>>).value.codes;
    assert.ok(codes.some((c) => c.code.startsWith('E11')));
    // A finished result is reused for the same version.
    assert.equal((await suggestions.get(document, neverCancelled)).codes.length, codes.length);
  });
});
