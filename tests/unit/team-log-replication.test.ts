import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogRepository } from '../../lib/log/repository';
import type { Entry } from '../../lib/log/schema';
import type { RejectedDoc } from '../../lib/team-log/incoming';
import MemoryAdapter from 'pouchdb-adapter-memory';
import {
  PouchDB,
  createTeamReplicator,
  type SyncState,
  type TeamReplicator,
} from '../../lib/team-log/replicator';
import type { TeamDoc } from '../../lib/team-log/team-doc';
import { campaign, entry } from '../../lib/team-log/__fixtures__/records';
import { couch, startCouchServer, type CouchServer } from '../e2e/helpers/couch-server.mjs';

/**
 * Two replicas (two local logs, two local PouchDBs on fake-indexeddb) against a real CouchDB-protocol
 * server (pouchdb-server, in memory, 127.0.0.1). Every wait is for a reported state, not for time.
 */
PouchDB.plugin(MemoryAdapter);

const ADMIN: [string, string] = ['admin', 'admin-password'];
let server: CouchServer;

/** Resolves when `check` holds, tested again each time the replica reports something. */
function watcher() {
  const waiting: Array<() => void> = [];
  return {
    poke: () => waiting.splice(0).forEach((wake) => wake()),
    async until(check: () => boolean | Promise<boolean>) {
      while (!(await check())) await new Promise<void>((wake) => waiting.push(wake));
    },
  };
}

function replica(
  name: string,
  connection: { password?: string; database?: string; fetch?: typeof fetch } = {},
) {
  const log = createLogRepository(`team-replica-${name}`);
  const seen = watcher();
  const rejected: RejectedDoc[] = [];
  const states: SyncState[] = [];
  const applied: TeamDoc[] = [];
  const replicator: TeamReplicator = createTeamReplicator({
    settings: {
      url: `${server.origin}/${connection.database ?? 'team'}`,
      user: 'ana',
      password: connection.password ?? 'ana-password',
    },
    log,
    fetch: connection.fetch,
    replicaId: `browser-${name}`,
    localName: `team-local-${name}`,
    localAdapter: 'memory',
    onApplied: (docs) => {
      applied.push(...docs);
      seen.poke();
    },
    onState: (state) => {
      states.push(state);
      seen.poke();
    },
    onRejected: (docs) => {
      rejected.push(...docs);
      seen.poke();
    },
  });
  return { log, seen, rejected, applied, states, replicator };
}

/** A team database with one member, ana, as the admin sets it up. */
async function setUpTeam() {
  await couch(server.origin, 'PUT', `/_config/admins/${ADMIN[0]}`, { body: ADMIN[1] });
  await couch(server.origin, 'PUT', '/_users/org.couchdb.user:ana', {
    auth: ADMIN,
    body: { name: 'ana', password: 'ana-password', roles: ['rostrum'], type: 'user' },
  });
  await couch(server.origin, 'PUT', '/team', { auth: ADMIN });
  await couch(server.origin, 'PUT', '/team/_security', {
    auth: ADMIN,
    body: { admins: { names: [], roles: [] }, members: { names: [], roles: ['rostrum'] } },
  });
}

beforeAll(async () => {
  server = await startCouchServer();
  await setUpTeam();
});
afterAll(() => server?.stop());

describe('team replication', () => {
  it('an entry logged on A appears in B’s log; a bad document on the server is refused without harm', async () => {
    const a = replica('a');
    const b = replica('b');
    a.replicator.start();
    b.replicator.start();
    try {
      const logged: Entry = { ...entry, campaignId: null };
      await a.replicator.sendEntry(undefined, logged);
      await b.seen.until(async () => (await b.log.getEntry(logged.id)) !== undefined);
      expect(await b.log.getEntry(logged.id)).toEqual(logged);
      expect(a.states).toContainEqual({ state: 'sending', pending: 1 });
      await a.seen.until(() => a.states.at(-1)?.state === 'synced');

      // Put on the server directly (this database has no design document to stop it).
      const bad = { kind: 'entry', format: 'rostrum-log', version: 2, by: 'x', edits: {}, superseded: [] };
      const put = await couch(server.origin, 'PUT', '/team/entry:bad', {
        auth: ADMIN,
        body: { ...bad, record: { ...entry, id: 'bad', metrics: { impressions: -1 } } },
      });
      expect(put.status).toBe(201);
      await b.seen.until(() => b.rejected.some((r) => r.id === 'entry:bad'));
      expect(await b.log.getEntry('bad')).toBeUndefined();

      // And the rest goes on.
      const next: Entry = { ...logged, id: 'e-next', text: 'After the bad one' };
      await a.replicator.sendEntry(undefined, next);
      await b.seen.until(async () => (await b.log.getEntry('e-next')) !== undefined);
      expect((await b.log.getEntry('e-next'))?.text).toBe('After the bad one');
    } finally {
      await a.replicator.stop();
      await b.replicator.stop();
    }
  });

  it('sendChanged: a campaign and its entry from A’s log reach B’s; what B received is not sent back', async () => {
    const a = replica('e');
    const b = replica('f');
    const own = { ...campaign, id: 'c-changed' };
    const posted: Entry = { ...entry, id: 'e-changed', campaignId: own.id };
    a.replicator.start();
    b.replicator.start();
    try {
      expect(await a.replicator.sendChanged([own], [posted])).toBe(2);
      await b.seen.until(async () => (await b.log.getEntry(posted.id)) !== undefined);
      expect(await b.log.getEntry(posted.id)).toEqual(posted);
      expect(await b.log.getCampaign(own.id)).toEqual(own);
      expect(await b.replicator.sendChanged([own], [posted])).toBe(0);
      expect(await a.replicator.sendChanged([own], [posted])).toBe(0);
    } finally {
      await a.replicator.stop();
      await b.replicator.stop();
    }
  });

  it('both edit one entry offline and converge to the same record, the losing version kept', async () => {
    const a = replica('c');
    const b = replica('d');
    const shared: Entry = { ...entry, id: 'e-shared', campaignId: null };
    a.replicator.start();
    b.replicator.start();
    try {
      await a.replicator.sendEntry(undefined, shared);
      await b.seen.until(async () => (await b.log.getEntry(shared.id)) !== undefined);
      a.replicator.pause();
      b.replicator.pause();

      const byA: Entry = { ...shared, text: 'A’s text', updatedAt: shared.updatedAt + 100 };
      const byB: Entry = {
        ...shared,
        metrics: { impressions: 10, shares: 7 },
        updatedAt: shared.updatedAt + 200,
      };
      await a.replicator.sendEntry(shared, byA);
      await b.replicator.sendEntry(shared, byB);
      a.replicator.start();
      b.replicator.start();

      const expected = {
        ...shared,
        text: 'A’s text',
        metrics: { impressions: 10, shares: 7 },
        updatedAt: byB.updatedAt,
      };
      const converged = async (log: typeof a.log) =>
        JSON.stringify(await log.getEntry(shared.id)) === JSON.stringify(expected);
      await a.seen.until(() => converged(a.log));
      await b.seen.until(() => converged(b.log));
      const merged = [...a.applied, ...b.applied].find(
        (doc) => doc._id === 'entry:e-shared' && doc._deleted !== true && doc.superseded.length > 0,
      );
      expect(merged && merged._deleted !== true ? merged.superseded.map((s) => s.reason) : []).toContain(
        'conflict',
      );
    } finally {
      await a.replicator.stop();
      await b.replicator.stop();
    }
  });

  // In Chromium the requests of a server that cannot be reached fail, PouchDB pauses each direction on
  // that error, and the Sync object's own 'paused' event (without the error) read as synced.
  it('a server that cannot be reached reads as offline, never as synced', async () => {
    const unreachable = replica('e', { fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    unreachable.replicator.start();
    try {
      await unreachable.seen.until(() => unreachable.states.length > 0);
      expect(unreachable.states).toEqual([{ state: 'offline' }]);
    } finally {
      await unreachable.replicator.stop();
    }
  });

  it('a wrong password reads as refused: wrong password', async () => {
    const refused = replica('f', { password: 'not-her-password' });
    refused.replicator.start();
    try {
      await refused.seen.until(() => refused.states.length > 0);
      expect(refused.states[0]).toEqual({ state: 'refused', reason: 'wrong-password' });
    } finally {
      await refused.replicator.stop();
    }
  });

  it('a database that does not exist reads as refused: database missing', async () => {
    const missing = replica('g', { database: 'no-such-team' });
    missing.replicator.start();
    try {
      await missing.seen.until(() => missing.states.length > 0);
      expect(missing.states[0]).toEqual({ state: 'refused', reason: 'missing-database' });
    } finally {
      await missing.replicator.stop();
    }
  });
});
