import { z } from 'zod';
import { CampaignDoc, DeletedDoc, EntryDoc, parseDocId, type TeamDoc } from './team-doc';

/** A document from the server that was not applied, and why (shown to the user, never thrown). */
export interface RejectedDoc {
  /** The document's id as the server gave it ('' when it had none), cut to 200 characters. */
  id: string;
  message: string;
}

export interface IncomingBatch {
  /** Documents that passed the schema, in the order they came. */
  accepted: TeamDoc[];
  rejected: RejectedDoc[];
}

/** Design documents and CouchDB's own local documents are not part of the log. */
function isServerOwn(id: string): boolean {
  return id.startsWith('_design/') || id.startsWith('_local/');
}

/**
 * Checks one document that arrived from the server with the same schema the export file and the local
 * log use. The id must name the record the document holds, so a document cannot overwrite another
 * record by carrying its id inside.
 */
export function parseIncomingDoc(
  value: unknown,
): { ok: true; doc: TeamDoc } | { ok: false; rejected: RejectedDoc } {
  const rawId =
    typeof value === 'object' && value !== null && typeof (value as { _id?: unknown })._id === 'string'
      ? (value as { _id: string })._id
      : '';
  const id = rawId.slice(0, 200);
  const fail = (message: string) => ({ ok: false as const, rejected: { id, message } });
  const named = parseDocId(rawId);
  if (!named) return fail('The document id is not one Rostrum writes (entry:… or campaign:…).');
  if ((value as { _deleted?: unknown })._deleted === true) {
    const deleted = DeletedDoc.safeParse(value);
    return deleted.success ? { ok: true, doc: deleted.data } : fail(z.prettifyError(deleted.error));
  }
  const parsed = (named.kind === 'entry' ? EntryDoc : CampaignDoc).safeParse(value);
  if (!parsed.success) return fail(z.prettifyError(parsed.error));
  if (parsed.data.record.id !== named.recordId) {
    return fail('The record inside has another id than the document.');
  }
  return { ok: true, doc: parsed.data };
}

/**
 * Sorts a batch of incoming documents into those to apply and those to report. A bad document never
 * stops the others: each is judged alone.
 */
export function sortIncoming(values: readonly unknown[]): IncomingBatch {
  const batch: IncomingBatch = { accepted: [], rejected: [] };
  for (const value of values) {
    const id = (value as { _id?: unknown } | null)?._id;
    if (typeof id === 'string' && isServerOwn(id)) continue;
    const result = parseIncomingDoc(value);
    if (result.ok) batch.accepted.push(result.doc);
    else batch.rejected.push(result.rejected);
  }
  return batch;
}
