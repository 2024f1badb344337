import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import IndexedDbAdapter from 'pouchdb-adapter-indexeddb';
import Replication from 'pouchdb-replication';
import type { Campaign, Entry } from '../log/schema';
import { applyIncoming, type LogWriter } from './apply-incoming';
import { authorizationFor, stateOfAnswer, type TeamLogSettings } from './connection';
import { campaignEditsAfter, entryEditsAfter } from './edits';
import { sameValue } from './fields';
import { sortIncoming, type RejectedDoc } from './incoming';
import type { SyncState } from './sync-state';
import { mergeVersions } from './merge';
import { combinedState, DIRECTIONS, type Direction, type Pauses } from './replication-state';
import {
  campaignToDoc,
  deletionDoc,
  docId,
  entryToDoc,
  parseDocId,
  type CampaignDoc,
  type EntryDoc,
  type TeamDoc,
} from './team-doc';

PouchDB.plugin(IndexedDbAdapter).plugin(HttpAdapter).plugin(Replication);

/**
 * The team log's replication (docs/team-log.md): a local PouchDB in the extension's IndexedDB,
 * synced both ways with the team database by PouchDB's replication, live and retrying. The local
 * PouchDB is the outbox and the mirror; the campaign log stays what the panel reads, and gets what
 * arrives only after the zod check and the conflict rule.
 */

export type { SyncState };

export interface TeamReplicatorOptions {
  settings: Pick<TeamLogSettings, 'url' | 'user' | 'password'>;
  log: LogWriter;
  /** This browser's replica id (team-doc.ts). */
  replicaId: string;
  /** Name of the local PouchDB (tests give each replica its own). */
  localName?: string;
  /**
   * The local PouchDB's adapter: 'indexeddb' in the extension. Node tests register PouchDB's
   * 'memory' adapter instead: the indexeddb adapter's start-up check of Blob support does not run on
   * fake-indexeddb.
   */
  localAdapter?: string;
  onState?(state: SyncState): void;
  onRejected?(rejected: RejectedDoc[]): void;
  /** After incoming documents were applied to the local log. */
  onApplied?(docs: TeamDoc[]): void;
  /** The local log could not take a batch (storage full, say); it stays in the local PouchDB. */
  onApplyFailed?(error: unknown): void;
  now?: () => number;
  fetch?: typeof fetch;
}

export interface TeamReplicator {
  start(): void;
  /** Stops syncing (as when offline); local changes keep queuing in the local PouchDB. */
  pause(): void;
  stop(): Promise<void>;
  /** Queues a local change of an entry for the team database. */
  sendEntry(before: Entry | undefined, after: Entry): Promise<void>;
  sendEntryDeletion(id: string): Promise<void>;
  /**
   * Queues the campaigns and entries of the local log that differ from what this replica last sent
   * or received; records that came from the team database are not sent back. Returns how many went.
   */
  sendChanged(campaigns: readonly Campaign[], entries: readonly Entry[]): Promise<number>;
}

type Stored = PouchDB.Core.ExistingDocument<Record<string, unknown>>;

/** An error of PouchDB as the user's state: its HTTP status only, never its message (it may hold the URL). */
function stateOfError(error: unknown): SyncState {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const state = stateOfAnswer(status, null);
    if (state.state === 'refused') return state;
  }
  return { state: 'offline' };
}

/** PouchDB with this file's plugins, for tests that add a local adapter of their own. */
export { PouchDB };

export function createTeamReplicator(options: TeamReplicatorOptions): TeamReplicator {
  const now = options.now ?? Date.now;
  const local = new PouchDB<Record<string, unknown>>(options.localName ?? 'rostrum-team', {
    adapter: options.localAdapter ?? 'indexeddb',
  });
  const authorization = authorizationFor(options.settings.user, options.settings.password);
  const baseFetch = options.fetch ?? fetch;
  // A cancelled sync can leave a checkpoint or batch request running; stop() waits for them, so that
  // nothing of a stopped replicator fails later (when the server goes away, or the settings change).
  const inFlight = new Set<Promise<Response>>();
  const remote = new PouchDB<Record<string, unknown>>(options.settings.url, {
    adapter: 'http',
    skip_setup: true,
    fetch: (url: string | Request, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set('Authorization', authorization);
      const request = baseFetch(url, { ...init, headers, credentials: 'omit' });
      inFlight.add(request);
      const settled = () => inFlight.delete(request);
      request.then(settled, settled);
      return request;
    },
  } as PouchDB.Configuration.RemoteDatabaseConfiguration);
  type Replication = PouchDB.Replication.Replication<Record<string, unknown>>;
  let running: Record<Direction, Replication> | undefined;
  let pending = 0;
  /** The running replications' latest pauses (replication-state.ts); emptied at each start. */
  let paused: Pauses = {};
  let queue = Promise.resolve();

  const report = (state: SyncState) => options.onState?.(state);
  const settle = () => {
    const state = combinedState(paused, pending, stateOfError, now());
    if (state) report(state);
  };

  /** Cancels both directions and waits until they have let go of their requests. */
  async function cancelSync() {
    const current = running;
    running = undefined;
    paused = {};
    if (!current) return;
    for (const direction of DIRECTIONS) current[direction].cancel();
    // Each replication is also the promise of its end: settled once cancelled, or on a fatal error
    // (a refusal), after which it sends no 'complete' event.
    await Promise.allSettled(DIRECTIONS.map((direction) => current[direction]));
  }

  /** Every open version of a document; the conflict rule decides, the result is written back. */
  async function resolved(doc: TeamDoc): Promise<TeamDoc> {
    const current = (await local.get(doc._id, { conflicts: true })) as Stored & { _conflicts?: string[] };
    const losers = current._conflicts ?? [];
    if (losers.length === 0) return doc;
    const versions = [current, ...(await Promise.all(losers.map((rev) => local.get(doc._id, { rev }))))];
    const checked = sortIncoming(versions).accepted;
    const merged = mergeVersions(checked);
    const winner: Record<string, unknown> =
      merged.state === 'live'
        ? { ...merged.doc, _rev: current._rev }
        : { _id: doc._id, _rev: current._rev, _deleted: true };
    delete winner._conflicts;
    await local.bulkDocs([
      winner as Stored,
      ...losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }) as Stored),
    ]);
    if (merged.state === 'live') return merged.doc;
    const named = parseDocId(doc._id);
    return named ? deletionDoc(named.kind, named.recordId, options.replicaId, now()) : doc;
  }

  async function receive(docs: readonly unknown[]) {
    const batch = sortIncoming(docs);
    if (batch.rejected.length > 0) options.onRejected?.(batch.rejected);
    const ready: TeamDoc[] = [];
    for (const doc of batch.accepted) ready.push(await resolved(doc));
    await applyIncoming(options.log, ready);
    options.onApplied?.(ready);
  }

  return {
    start() {
      if (running) return;
      const live = {
        live: true,
        retry: true,
        back_off_function: (d: number) => Math.min(60_000, (d || 500) * 2),
      };
      // Two replications rather than local.sync(): the Sync object's 'paused' event drops the error a
      // direction paused on (pouchdb-replication 9), so a server that cannot be reached read as synced.
      const current = { push: local.replicate.to(remote, live), pull: local.replicate.from(remote, live) };
      running = current;
      paused = {};
      for (const direction of DIRECTIONS) {
        // A fatal error also rejects the replication's promise; the 'error' event reports it.
        current[direction].catch(() => undefined);
        void current[direction]
          .on('change', (info) => {
            if (direction === 'pull') {
              queue = queue
                .then(() => receive(info.docs))
                .catch((error: unknown) => options.onApplyFailed?.(error));
            } else {
              pending = Math.max(0, pending - info.docs.length);
              // Through settle(): a pull that paused on an error is not overwritten by "synced".
              settle();
            }
          })
          .on('active', () => delete paused[direction])
          .on('paused', (error) => {
            paused[direction] = { error };
            settle();
          })
          .on('denied', () => report({ state: 'refused', reason: 'no-access' }))
          .on('error', (error) => report(stateOfError(error)));
      }
    },
    pause() {
      void cancelSync();
    },
    async stop() {
      await cancelSync();
      await Promise.allSettled([...inFlight]);
      await queue;
      await local.close();
    },
    async sendEntry(before, after) {
      const id = docId('entry', after.id);
      const existing = (await local.get(id).catch(() => undefined)) as
        (Stored & Partial<EntryDoc>) | undefined;
      const edits = entryEditsAfter(before, after, existing?.edits ?? {});
      const doc = entryToDoc(after, edits, options.replicaId, existing?.superseded ?? []);
      await local.put({ ...doc, ...(existing ? { _rev: existing._rev } : {}) } as Stored);
      pending++;
      settle();
    },
    async sendChanged(campaigns, entries) {
      let campaignsSent = 0;
      let entriesSent = 0;
      const known = async <D>(id: string) =>
        (await local.get(id).catch(() => undefined)) as (Stored & Partial<D>) | undefined;
      for (const campaign of campaigns) {
        const existing = await known<CampaignDoc>(docId('campaign', campaign.id));
        if (existing?.record && sameValue(existing.record, campaign)) continue;
        const edits = campaignEditsAfter(existing?.record, campaign, existing?.edits ?? {});
        const doc = campaignToDoc(campaign, edits, options.replicaId, existing?.superseded ?? []);
        await local.put({ ...doc, ...(existing ? { _rev: existing._rev } : {}) } as Stored);
        campaignsSent++;
      }
      if (campaignsSent > 0) {
        pending += campaignsSent;
        settle();
      }
      for (const entry of entries) {
        const existing = await known<EntryDoc>(docId('entry', entry.id));
        if (existing?.record && sameValue(existing.record, entry)) continue;
        await this.sendEntry(existing?.record, entry);
        entriesSent++;
      }
      return campaignsSent + entriesSent;
    },
    async sendEntryDeletion(id) {
      const existing = await local.get(docId('entry', id)).catch(() => undefined);
      if (!existing) return;
      await local.put({
        ...deletionDoc('entry', id, options.replicaId, now()),
        _rev: existing._rev,
      } as Stored);
      pending++;
      settle();
    },
  };
}
