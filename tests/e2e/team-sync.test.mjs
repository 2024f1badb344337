/**
 * The team log in Chromium against a real CouchDB-protocol server (pouchdb-server, in memory, on
 * 127.0.0.1, started and stopped here), set up through Settings → Team log as a user does. The
 * fixture router lets the service worker's requests to that server through (`servers`) and aborts
 * anything else, which is recorded: an aborted request once read as "synced", so each case also checks
 * that nothing was aborted. So far: the panel shows "synced" once the team log is on, and a wrong
 * password or a missing database as refused. Two-profile cases (docs/team-log.md) are to come.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { couch, startCouchServer } from './helpers/couch-server.mjs';
import { launchWithExtension } from './helpers/extension.mjs';
import { allowSiteInExtensionsPage } from './helpers/mastodon.mjs';

const run = promisify(execFile);
const ADMIN = ['admin', 'admin-password'];
const DB = '/rostrum-team';

/** @type {Awaited<ReturnType<typeof startCouchServer>>} */
let server;
/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
/** Requests the fixture router aborted (they would have left the machine). */
const aborted = [];

before(async () => {
  server = await startCouchServer();
  await couch(server.origin, 'PUT', `/_config/admins/${ADMIN[0]}`, { body: ADMIN[1] });
  const { status } = await couch(server.origin, 'PUT', '/_users/org.couchdb.user:ana', {
    auth: ADMIN,
    body: { name: 'ana', password: 'ana-password', roles: ['rostrum'], type: 'user' },
  });
  assert.equal(status, 201);
  await run(
    process.execPath,
    ['scripts/team-log-install.mjs', `${server.origin}${DB}`, '--create', '--security'],
    {
      env: { ...process.env, COUCHDB_USER: ADMIN[0], COUCHDB_PASSWORD: ADMIN[1] },
    },
  );
  ext = await launchWithExtension({ servers: [server.origin], log: aborted });
  // Headless Chromium cannot answer the prompt: the access a person grants in chrome://extensions.
  await allowSiteInExtensionsPage(ext, 'http://127.0.0.1/*');
});
after(async () => {
  await ext?.close();
  await server?.stop();
});

/** Fills in and saves Settings → Team log, and waits for the page to say it is on. */
async function saveTeamSettings(password, database = DB) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const section = options.getByRole('region', { name: 'Team log', exact: true });
  await section.getByLabel('Database address').fill(`${server.origin}${database}`);
  await section.getByLabel('User name').fill('ana');
  await section.getByLabel('Password').fill(password);
  await section.getByLabel('Send my log to the team database').check();
  await section.getByRole('button', { name: 'Save' }).click();
  await section.getByTestId('team-log-settings-outcome').getByText('Saved. The team log is on.').waitFor();
  await options.close();
}

describe('team log in the panel', () => {
  test('the panel shows nothing while the team log is off, then synced once Settings turns it on', async () => {
    const panel = await ext.openPanel();
    assert.equal(await panel.getByTestId('team-log-state').count(), 0);

    const state = panel.getByTestId('team-log-state');
    await saveTeamSettings('ana-password');
    await state.getByText(/^Team log: synced at /).waitFor();
    assert.deepEqual(aborted, []);
    await panel.close();
  });

  test('a wrong password, after a right one, shows refused: wrong password, with what to do', async () => {
    const panel = await ext.openPanel();
    const state = panel.getByTestId('team-log-state');
    await saveTeamSettings('not-her-password');
    await state.getByText('Team log refused: wrong user name or password.').waitFor();
    await state.getByText('Check them in Settings → Team log.').waitFor();
    assert.deepEqual(aborted, []);
    await panel.close();
  });

  test('a database that does not exist shows refused: database missing', async () => {
    const panel = await ext.openPanel();
    const state = panel.getByTestId('team-log-state');
    await saveTeamSettings('ana-password', '/no-such-team');
    await state.getByText('Team log refused: the database does not exist.').waitFor();
    assert.deepEqual(aborted, []);
    await panel.close();
  });
});
