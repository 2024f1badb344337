import { z } from 'zod';

/**
 * The team log's state as the background records it (storage.local) and the panel shows it. A file of
 * its own, without PouchDB, so the panel and the options page can read it without loading the
 * replicator.
 */
export const REFUSED_REASONS = ['wrong-password', 'no-access', 'missing-database', 'not-couchdb'] as const;

export const SyncStateSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('synced'), at: z.number().int().nonnegative() }),
  z.strictObject({ state: z.literal('sending'), pending: z.number().int().min(1) }),
  z.strictObject({ state: z.literal('offline') }),
  z.strictObject({ state: z.literal('refused'), reason: z.enum(REFUSED_REASONS) }),
]);
export type SyncState = z.infer<typeof SyncStateSchema>;

/** What the panel reads: off (nothing is sent), or on with the replication's latest state. */
export const TeamLogStatusSchema = z.discriminatedUnion('enabled', [
  z.strictObject({ enabled: z.literal(false) }),
  z.strictObject({
    enabled: z.literal(true),
    /** Null until the first attempt reports. */
    sync: SyncStateSchema.nullable(),
    /** Documents from the server refused by the zod check since the replication started. */
    rejected: z.number().int().nonnegative(),
  }),
]);
export type TeamLogStatus = z.infer<typeof TeamLogStatusSchema>;

/** storage.local keys of the team log. */
export const TEAM_LOG_KEYS = {
  /** TeamLogSettings (connection.ts): only the background and Settings → Team log read it. */
  settings: 'teamLog.settings',
  /** TeamLogStatus. */
  status: 'teamLog.status',
  /** This browser's replica id (team-doc.ts ReplicaId). */
  replicaId: 'teamLog.replicaId',
  /** The updatedAt up to which local records were handed to the replicator. */
  sentUpTo: 'teamLog.sentUpTo',
} as const;

/** The recorded status, or "off" for anything that does not pass the schema. */
export function readStatus(value: unknown): TeamLogStatus {
  const parsed = TeamLogStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : { enabled: false };
}
