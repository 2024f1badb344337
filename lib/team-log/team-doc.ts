import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from '../log/export-format';
import {
  CampaignRecord,
  EntryRecord,
  METRICS,
  RecordId,
  TARGET_KEYS,
  Timestamp,
  type Campaign,
  type Entry,
} from '../log/schema';

/**
 * How a campaign or log entry travels through the team's CouchDB (docs/team-log.md). The record is
 * exactly the export format's record, so the server, the export file and the local log agree on one
 * schema; beside it the document keeps when each field was last edited and by which browser, which is
 * what the conflict rule (merge.ts) needs and the record alone does not say.
 */

export const TEAM_KINDS = ['entry', 'campaign'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** Record fields that are not edits: who made the record and when, and maps split into their keys. */
const ENTRY_NOT_EDITS = ['id', 'createdAt', 'updatedAt', 'metrics'] as const;
const CAMPAIGN_NOT_EDITS = ['id', 'createdAt', 'updatedAt', 'targets', 'startDate', 'endDate'] as const;
type EntryEditField =
  Exclude<keyof Entry, (typeof ENTRY_NOT_EDITS)[number]> | `metrics.${(typeof METRICS)[number]}`;
type CampaignEditField =
  | Exclude<keyof Campaign, (typeof CAMPAIGN_NOT_EDITS)[number]>
  | 'dates'
  | `targets.${(typeof TARGET_KEYS)[number]}`;

/** The schema's keys, in its order, except `not`. */
function keysExcept<K extends string>(keys: readonly K[], not: readonly string[]): K[] {
  return keys.filter((key) => !not.includes(key));
}

/**
 * Fields whose last edit is tracked one by one, taken from the record schemas (lib/log/schema.ts) so
 * a new field is tracked without a second list; a metric or target counts as its own field. The
 * server's validate_doc_update keeps the same lists in ES5 (tests/unit/team-log-design-doc.test.ts
 * checks they are equal).
 */
export const ENTRY_EDIT_FIELDS = [
  ...keysExcept(EntryRecord.keyof().options, ENTRY_NOT_EDITS),
  ...METRICS.map((m) => `metrics.${m}` as const),
] as [EntryEditField, ...EntryEditField[]];
export const CAMPAIGN_EDIT_FIELDS = [
  ...keysExcept(CampaignRecord.keyof().options, CAMPAIGN_NOT_EDITS),
  /** Start and end together: taken one by one, two edits could leave the end before the start. */
  'dates',
  ...TARGET_KEYS.map((t) => `targets.${t}` as const),
] as [CampaignEditField, ...CampaignEditField[]];

/** Most losing versions a document carries; older ones drop off (docs/team-log.md). */
export const MAX_SUPERSEDED = 10;

/** A browser's replica id: the tie-breaker when two edits carry the same time. */
export const ReplicaId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'A replica id has letters, digits and hyphens only.');

/** CouchDB's own revision fields; everything else starting with '_' is refused. */
const CouchFields = {
  _id: z.string(),
  _rev: z.string().optional(),
  _conflicts: z.array(z.string()).optional(),
  _revisions: z.unknown().optional(),
};

const editTimes = <F extends readonly string[]>(fields: F) => z.partialRecord(z.enum(fields), Timestamp);

/**
 * A losing version: who wrote it, when, and its record as it was; or a deletion that lost against an
 * edit (the record was kept; the user is shown who deleted it).
 */
function supersededOf<T extends z.ZodType>(record: T) {
  const common = { rev: z.string().max(200), by: ReplicaId, at: Timestamp };
  return z.discriminatedUnion('reason', [
    z.strictObject({ ...common, reason: z.literal('conflict'), record }),
    z.strictObject({ ...common, reason: z.literal('deleted') }),
  ]);
}

function liveDoc<K extends TeamKind, R extends z.ZodType, F extends readonly string[]>(
  kind: K,
  record: R,
  fields: F,
) {
  return z.strictObject({
    ...CouchFields,
    _deleted: z.literal(false).optional(),
    kind: z.literal(kind),
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_FORMAT_VERSION),
    by: ReplicaId,
    edits: editTimes(fields),
    record,
    superseded: z.array(supersededOf(record)).max(MAX_SUPERSEDED).default([]),
  });
}

export const EntryDoc = liveDoc('entry', EntryRecord, ENTRY_EDIT_FIELDS);
export const CampaignDoc = liveDoc('campaign', CampaignRecord, CAMPAIGN_EDIT_FIELDS);
export type EntryDoc = z.infer<typeof EntryDoc>;
export type CampaignDoc = z.infer<typeof CampaignDoc>;
export type EntryEdits = EntryDoc['edits'];
export type CampaignEdits = CampaignDoc['edits'];

/** A deletion: CouchDB keeps it as a tombstone revision; ours says when and by whom. */
export const DeletedDoc = z.strictObject({
  ...CouchFields,
  _deleted: z.literal(true),
  kind: z.enum(TEAM_KINDS).optional(),
  by: ReplicaId.optional(),
  deletedAt: Timestamp.optional(),
});
export type DeletedDoc = z.infer<typeof DeletedDoc>;

export type TeamDoc = EntryDoc | CampaignDoc | DeletedDoc;

/** `entry:<id>` / `campaign:<id>`: the kind in the id keeps ids of the two kinds apart on the server. */
export function docId(kind: TeamKind, recordId: string): string {
  return `${kind}:${recordId}`;
}

/** The kind and record id a document id names, or undefined for an id Rostrum never writes. */
export function parseDocId(id: string): { kind: TeamKind; recordId: string } | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const kind = id.slice(0, colon);
  const recordId = id.slice(colon + 1);
  if (!(TEAM_KINDS as readonly string[]).includes(kind)) return undefined;
  if (!RecordId.safeParse(recordId).success) return undefined;
  return { kind: kind as TeamKind, recordId };
}

export function entryToDoc(
  entry: Entry,
  edits: EntryEdits,
  by: string,
  superseded: EntryDoc['superseded'] = [],
): EntryDoc {
  return {
    _id: docId('entry', entry.id),
    kind: 'entry',
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    by,
    edits,
    record: entry,
    superseded,
  };
}

export function campaignToDoc(
  campaign: Campaign,
  edits: CampaignEdits,
  by: string,
  superseded: CampaignDoc['superseded'] = [],
): CampaignDoc {
  return {
    _id: docId('campaign', campaign.id),
    kind: 'campaign',
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    by,
    edits,
    record: campaign,
    superseded,
  };
}

export function deletionDoc(kind: TeamKind, recordId: string, by: string, at: number): DeletedDoc {
  return { _id: docId(kind, recordId), _deleted: true, kind, by, deletedAt: at };
}
