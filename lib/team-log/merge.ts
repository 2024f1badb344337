import { CampaignRecord, EntryRecord, type Campaign, type Entry } from '../log/schema';
import { CAMPAIGN_FIELDS, ENTRY_FIELDS, type FieldSpec } from './fields';
import { MAX_SUPERSEDED, type CampaignDoc, type DeletedDoc, type EntryDoc, type TeamDoc } from './team-doc';

/**
 * The conflict rule (docs/team-log.md). Given every open version of one document (CouchDB's winner and
 * its conflicting revisions), it decides one result, the same on every browser whatever order the
 * versions come in:
 * - each field (each metric and target on its own) takes the value of its latest edit; equal times are
 *   decided by the replica id, then the revision, so there is never a draw;
 * - tag lists (entry tags, campaign hashtags) are merged: every tag of every version is kept;
 * - a deletion against an edit keeps the record (nothing is lost silently) and says so, for the user to
 *   delete it again or keep it;
 * - every version that lost is kept in the result's `superseded` list, and can be shown.
 */

type LiveDoc = EntryDoc | CampaignDoc;
type Superseded = EntryDoc['superseded'][number] | CampaignDoc['superseded'][number];

export type MergeResult =
  | { state: 'deleted' }
  | {
      state: 'live';
      doc: LiveDoc;
      /** Deletions that lost against an edit: shown to the user. */
      deletions: DeletedDoc[];
    };

const revOf = (doc: TeamDoc) => doc._rev ?? '';
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Later edit first; then the greater replica id; then the greater revision. A total order. */
function compareEdit(a: { at: number; doc: LiveDoc }, b: { at: number; doc: LiveDoc }): number {
  return b.at - a.at || compareText(b.doc.by, a.doc.by) || compareText(revOf(b.doc), revOf(a.doc));
}

function isLive(doc: TeamDoc): doc is LiveDoc {
  return doc._deleted !== true;
}

/** Merges lists in order of the versions (newest first), each item once, at most `max`. */
function unionOf(lists: readonly unknown[], max: number): string[] {
  const out: string[] = [];
  for (const list of lists) {
    for (const item of list as string[]) if (!out.includes(item)) out.push(item);
  }
  return out.slice(0, max);
}

function mergeRecords<R extends Entry | Campaign>(
  versions: readonly LiveDoc[],
  fields: readonly FieldSpec<R>[],
): { record: R; edits: Record<string, number> } {
  const newestFirst = [...versions].sort((a, b) =>
    compareEdit({ at: a.record.updatedAt, doc: a }, { at: b.record.updatedAt, doc: b }),
  );
  const newest = newestFirst[0]!;
  const record = structuredClone(newest.record) as R;
  const edits: Record<string, number> = {};
  for (const field of fields) {
    const timed = newestFirst.map((doc) => ({
      at: (doc.edits as Record<string, number | undefined>)[field.name] ?? 0,
      doc,
    }));
    const latest = [...timed].sort(compareEdit)[0]!;
    edits[field.name] = latest.at;
    const value =
      field.merge === 'union'
        ? unionOf(
            newestFirst.map((doc) => field.get(doc.record as R)),
            50,
          )
        : structuredClone(field.get(latest.doc.record as R));
    field.set(record, value);
  }
  record.createdAt = Math.min(...versions.map((v) => v.record.createdAt));
  record.updatedAt = newest.record.updatedAt;
  return { record, edits };
}

/** Every superseded version any side carried, plus the versions that lost now; newest first, capped. */
function supersededAfter(
  versions: readonly LiveDoc[],
  deletions: readonly DeletedDoc[],
  merged: Entry | Campaign,
): Superseded[] {
  const all = new Map<string, Superseded>();
  const add = (item: Superseded) => {
    const key = `${item.reason}:${item.rev}`;
    if (!all.has(key)) all.set(key, item);
  };
  for (const doc of versions) {
    for (const item of doc.superseded) add(item);
    if (JSON.stringify(doc.record) !== JSON.stringify(merged)) {
      add({
        rev: revOf(doc),
        by: doc.by,
        at: doc.record.updatedAt,
        reason: 'conflict',
        record: doc.record,
      } as Superseded);
    }
  }
  for (const deletion of deletions) {
    add({
      rev: revOf(deletion),
      by: deletion.by ?? 'unknown',
      at: deletion.deletedAt ?? 0,
      reason: 'deleted',
    });
  }
  return [...all.values()]
    .sort((a, b) => b.at - a.at || compareText(b.rev, a.rev) || compareText(a.reason, b.reason))
    .slice(0, MAX_SUPERSEDED);
}

/** Decides one result from every open version of a document (see the file comment). */
export function mergeVersions(versions: readonly TeamDoc[]): MergeResult {
  const live = versions.filter(isLive).sort((a, b) => compareText(revOf(a), revOf(b)));
  const deletions = versions
    .filter((doc): doc is DeletedDoc => !isLive(doc))
    .sort((a, b) => compareText(revOf(a), revOf(b)));
  if (live.length === 0) return { state: 'deleted' };
  const first = live[0]!;
  if (live.some((doc) => doc.kind !== first.kind)) {
    throw new Error('Versions of one document cannot be of two kinds.');
  }
  if (live.length === 1 && deletions.length === 0) return { state: 'live', doc: first, deletions: [] };

  const merged =
    first.kind === 'entry'
      ? mergeRecords<Entry>(live, ENTRY_FIELDS)
      : mergeRecords<Campaign>(live, CAMPAIGN_FIELDS);
  // Parts of valid records make a valid record, but a check is cheap and keeps the rule honest.
  const valid = (first.kind === 'entry' ? EntryRecord : CampaignRecord).safeParse(merged.record);
  const newest = [...live].sort((a, b) =>
    compareEdit({ at: a.record.updatedAt, doc: a }, { at: b.record.updatedAt, doc: b }),
  )[0]!;
  const record = valid.success ? merged.record : newest.record;
  const doc = {
    _id: first._id,
    kind: first.kind,
    format: first.format,
    version: first.version,
    by: newest.by,
    edits: valid.success ? merged.edits : newest.edits,
    record,
    superseded: supersededAfter(live, deletions, record),
  } as LiveDoc;
  return { state: 'live', doc, deletions };
}
