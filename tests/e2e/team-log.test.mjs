/**
 * The team log against a real CouchDB-protocol server (pouchdb-server, in memory, on 127.0.0.1,
 * started and stopped here). So far the server's side: scripts/team-log-install.mjs sets up a team
 * database, and its design document refuses what breaks the export schema or comes from someone who
 * may not write. The browser side (replication between two profiles) is not built yet
 * (docs/team-log.md).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { entry as fixtureEntry } from '../../lib/team-log/__fixtures__/shared-records.mjs';
import { couch, startCouchServer } from './helpers/couch-server.mjs';

const run = promisify(execFile);
const ADMIN = ['admin', 'admin-password'];
const DB = '/rostrum-team';

/** @type {Awaited<ReturnType<typeof startCouchServer>>} */
let server;

/** The unit tests' entry, logged with no campaign. */
const entry = { ...fixtureEntry, campaignId: null };
const entryDoc = (record) => ({
  kind: 'entry',
  format: 'rostrum-log',
  version: 2,
  by: 'browser-a',
  edits: { text: record.createdAt },
  record,
  superseded: [],
});

async function addUser(name, roles) {
  const { status } = await couch(server.origin, 'PUT', `/_users/org.couchdb.user:${name}`, {
    auth: ADMIN,
    body: { name, password: `${name}-password`, roles, type: 'user' },
  });
  assert.equal(status, 201);
}

function install(...flags) {
  return run(process.execPath, ['scripts/team-log-install.mjs', `${server.origin}${DB}`, ...flags], {
    env: { ...process.env, COUCHDB_USER: ADMIN[0], COUCHDB_PASSWORD: ADMIN[1] },
  });
}

before(async () => {
  server = await startCouchServer();
  await couch(server.origin, 'PUT', `/_config/admins/${ADMIN[0]}`, { body: ADMIN[1] });
  await addUser('ana', ['rostrum']);
  await addUser('rui', ['rostrum-reader']);
  await addUser('eve', []);
});
after(() => server?.stop());

describe('team database set-up (scripts/team-log-install.mjs)', () => {
  test('creates the database, sets its members and installs _design/rostrum; a second run replaces it', async () => {
    const first = await install('--create', '--security');
    assert.match(first.stdout, /Database created/);
    assert.doesNotMatch(first.stdout + first.stderr, /admin-password/);
    const security = await couch(server.origin, 'GET', `${DB}/_security`, { auth: ADMIN });
    assert.deepEqual(security.json.members.roles, ['rostrum', 'rostrum-reader']);
    const design = await couch(server.origin, 'GET', `${DB}/_design/rostrum`, { auth: ADMIN });
    assert.match(design.json.validate_doc_update, /^function ?\(newDoc, oldDoc, userCtx, secObj\)/);

    const second = await install('--create');
    assert.match(second.stdout, /Database exists/);
    const again = await couch(server.origin, 'GET', `${DB}/_design/rostrum`, { auth: ADMIN });
    assert.match(again.json._rev, /^2-/);
  });

  test('a member writes a log entry; the server refuses one that breaks the schema, and says why', async () => {
    const ana = ['ana', 'ana-password'];
    const good = await couch(server.origin, 'PUT', `${DB}/entry:e1`, { auth: ana, body: entryDoc(entry) });
    assert.equal(good.status, 201);
    const bad = await couch(server.origin, 'PUT', `${DB}/entry:e2`, {
      auth: ana,
      body: entryDoc({ ...entry, id: 'e2', metrics: { impressions: -5 } }),
    });
    assert.equal(bad.status, 403);
    assert.match(bad.json.reason, /metrics\.impressions is not a count/);
    const stray = await couch(server.origin, 'PUT', `${DB}/note:1`, { auth: ana, body: { any: 'thing' } });
    assert.equal(stray.status, 403);
  });

  test('a reader, a non-member and a wrong password cannot write', async () => {
    const body = entryDoc({ ...entry, id: 'e3' });
    const reader = await couch(server.origin, 'PUT', `${DB}/entry:e3`, {
      auth: ['rui', 'rui-password'],
      body,
    });
    assert.equal(reader.status, 403, JSON.stringify(reader.json));
    assert.match(reader.json.reason, /read the team log but not write/);
    const stranger = await couch(server.origin, 'PUT', `${DB}/entry:e3`, {
      auth: ['eve', 'eve-password'],
      body,
    });
    // CouchDB 3 answers 403 to a logged-in non-member; pouchdb-server answers 401. Either refuses.
    assert.ok([401, 403].includes(stranger.status), String(stranger.status));
    const wrong = await couch(server.origin, 'PUT', `${DB}/entry:e3`, { auth: ['ana', 'not-hers'], body });
    assert.equal(wrong.status, 401);
    const read = await couch(server.origin, 'GET', `${DB}/entry:e3`, { auth: ADMIN });
    assert.equal(read.status, 404);
  });
});
