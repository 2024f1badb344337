import { EXPORT_FORMAT_VERSION } from '../log/export-format';
import type { LogRepository } from '../log/repository';
import { parseDocId, type TeamDoc } from './team-doc';

/** The part of the log repository that incoming changes go through: the import path, and deletion. */
export type LogWriter = Pick<LogRepository, 'listCampaigns' | 'applyImport' | 'deleteEntries'>;

export interface AppliedChanges {
  /** Campaigns and entries written to the local log. */
  written: number;
  /** Entries deleted from the local log. */
  deleted: number;
  /** Entries of a campaign this browser does not have yet: applied when the campaign arrives. */
  waiting: TeamDoc[];
}

/**
 * Applies checked, conflict-free documents from the team database to the local log, which stays what
 * the panel reads. Campaigns and entries go through the log's import path in one transaction (all or
 * nothing, the same zod checks); deletions of entries after it. An entry whose campaign has not
 * arrived yet waits instead of failing the batch. Campaigns are archived in Rostrum, never deleted,
 * so a campaign deletion from the server is not applied.
 */
export async function applyIncoming(log: LogWriter, docs: readonly TeamDoc[]): Promise<AppliedChanges> {
  const campaigns = new Map<string, Extract<TeamDoc, { kind: 'campaign' }>['record']>();
  const entries = new Map<string, Extract<TeamDoc, { kind: 'entry' }>['record']>();
  const deletions = new Set<string>();
  // The last version of a document in the batch is the one that counts.
  for (const doc of docs) {
    const named = parseDocId(doc._id);
    if (!named) continue;
    if (doc._deleted === true) {
      if (named.kind === 'entry') {
        entries.delete(named.recordId);
        deletions.add(named.recordId);
      }
    } else if (doc.kind === 'campaign') {
      campaigns.set(doc.record.id, doc.record);
    } else {
      deletions.delete(doc.record.id);
      entries.set(doc.record.id, doc.record);
    }
  }
  const known = new Set((await log.listCampaigns()).map((c) => c.id));
  for (const id of campaigns.keys()) known.add(id);
  const ready = [...entries.values()].filter((e) => e.campaignId === null || known.has(e.campaignId));
  const waiting = docs.filter(
    (doc) =>
      doc._deleted !== true &&
      doc.kind === 'entry' &&
      doc.record.campaignId !== null &&
      !known.has(doc.record.campaignId),
  );
  let written = 0;
  if (campaigns.size > 0 || ready.length > 0) {
    const result = await log.applyImport({
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '',
      campaigns: { added: [], updated: [...campaigns.values()], unchanged: 0 },
      entries: { added: [], updated: ready, unchanged: 0 },
      invalid: [],
    });
    written = result.campaigns + result.entries;
  }
  const deleted = deletions.size > 0 ? (await log.deleteEntries([...deletions])).length : 0;
  return { written, deleted, waiting };
}
