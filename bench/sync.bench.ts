/**
 * Team log sync (issue 15), in Node: a real pouchdb-server (in memory, 127.0.0.1) and replicas whose
 * local PouchDB uses the memory adapter and whose campaign log runs on fake-indexeddb. Not yet the
 * browser figure the issue asks for (the replicator is not wired into the extension); it measures the
 * replication, the checks and the writes to the log.
 * Targets: first sync of 10,000 entries ≤ 60 s; logged on A → in B's log p95 ≤ 5 s.
 * Run: npm run bench sync
 */
import 'fake-indexeddb/auto';
import MemoryAdapter from 'pouchdb-adapter-memory';
import { createLogRepository } from '../lib/log/repository';
import type { Entry } from '../lib/log/schema';
import { PouchDB, createTeamReplicator } from '../lib/team-log/replicator';
import { entryEditsAfter } from '../lib/team-log/edits';
import { entryToDoc } from '../lib/team-log/team-doc';
import { couch, startCouchServer } from '../tests/e2e/helpers/couch-server.mjs';

PouchDB.plugin(MemoryAdapter);
const ADMIN: [string, string] = ['admin', 'admin-password'];
const ENTRIES = 10_000;
const ROUNDS = 40;

const server = await startCouchServer();
await couch(server.origin, 'PUT', `/_config/admins/${ADMIN[0]}`, { body: ADMIN[1] });
await couch(server.origin, 'PUT', '/_users/org.couchdb.user:ana', {
  auth: ADMIN,
  body: { name: 'ana', password: 'ana-password', roles: ['rostrum'], type: 'user' },
});
await couch(server.origin, 'PUT', '/team', { auth: ADMIN });

const entryAt = (i: number): Entry => ({
  id: `bench-${i}`,
  text: `Committee update number ${i}: the hearing starts at 10:00 #Budget`,
  platform: i % 2 ? 'x' : 'bluesky',
  url: '',
  campaignId: null,
  tags: ['bench'],
  findings: [],
  tips: [],
  status: 'published',
  metrics: { impressions: i },
  createdAt: 1_700_000_000_000 + i * 1000,
  updatedAt: 1_700_000_000_000 + i * 1000,
});
for (let start = 0; start < ENTRIES; start += 1000) {
  const docs = [];
  for (let i = start; i < start + 1000; i++) {
    const e = entryAt(i);
    docs.push(entryToDoc(e, entryEditsAfter(undefined, e, {}), 'bench-server'));
  }
  const { status } = await couch(server.origin, 'POST', '/team/_bulk_docs', { auth: ADMIN, body: { docs } });
  if (status !== 201) throw new Error(`bulk upload failed: ${status}`);
}

function replica(name: string, onApplied: (ids: string[]) => void) {
  return createTeamReplicator({
    settings: { url: `${server.origin}/team`, user: 'ana', password: 'ana-password' },
    log: createLogRepository(`bench-${name}`),
    replicaId: `bench-${name}`,
    localName: `bench-local-${name}`,
    localAdapter: 'memory',
    onApplied: (docs) => onApplied(docs.map((d) => d._id)),
  });
}

// First sync into an empty replica; then B stays on, and each entry A logs is timed until B applied it.
const waiting = new Map<string, () => void>();
let received = 0;
let firstDone: () => void = () => {};
const first = new Promise<void>((resolve) => (firstDone = resolve));
const t0 = performance.now();
const b = replica('b', (ids) => {
  received += ids.length;
  if (received >= ENTRIES) firstDone();
  for (const id of ids) waiting.get(id)?.();
});
b.start();
await first;
const firstSync = performance.now() - t0;

const a = replica('a', () => {});
a.start();
const latencies: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const e = { ...entryAt(ENTRIES + r), id: `live-${r}` };
  const arrived = new Promise<void>((resolve) => waiting.set(`entry:${e.id}`, resolve));
  const start = performance.now();
  await a.sendEntry(undefined, e);
  await arrived;
  latencies.push(performance.now() - start);
}
latencies.sort((x, y) => x - y);
const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)]!;

console.log('| measure | value | target |');
console.log('| --- | --- | --- |');
console.log(
  `| first sync, ${ENTRIES.toLocaleString('en')} entries into an empty replica | ${(firstSync / 1000).toFixed(1)} s | ≤ 60 s |`,
);
console.log(`| logged on A → in B's log, p50 (${ROUNDS} rounds) | ${p(0.5).toFixed(0)} ms | |`);
console.log(`| logged on A → in B's log, p95 | ${p(0.95).toFixed(0)} ms | ≤ 5,000 ms |`);
await a.stop();
await b.stop();
await server.stop();
