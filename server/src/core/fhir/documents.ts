import type { DocumentReference } from 'fhir/r4';
import { CancellationToken, neverCancelled } from '../cancellation';
import type { FhirClient } from './client';

const TEXT_TYPE = /^text\/plain\b/i;

/**
 * The plain-text notes carried inline (base64 `attachment.data`) in a DocumentReference, decoded. Attachments that
 * only point elsewhere (`attachment.url`) or hold other formats are skipped.
 */
export function documentNoteTexts(document: DocumentReference): string[] {
  return (document.content ?? [])
    .map((content) => content.attachment)
    .filter((attachment) => attachment.data && TEXT_TYPE.test(attachment.contentType ?? ''))
    .map((attachment) => Buffer.from(attachment.data as string, 'base64').toString('utf8'));
}

/** One document's note text for opening beside the current note; undefined when it carries no inline text. */
export async function fetchDocumentText(
  client: FhirClient,
  documentId: string,
  token: CancellationToken = neverCancelled,
): Promise<string | undefined> {
  const texts = documentNoteTexts(await client.read<DocumentReference>('DocumentReference', documentId, token));
  return texts.length ? texts.join('\n\n') : undefined;
}
