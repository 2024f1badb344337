import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TeamLogSettings,
  hostPermissionFor,
  stateOfAnswer,
  testConnection,
  type FetchLike,
} from '../../lib/team-log/connection';
import { couch, startCouchServer, type CouchServer } from '../e2e/helpers/couch-server.mjs';
import englishSettings from '../../locales/en/settings.json';

/** "Test connection" against a real CouchDB-protocol server (pouchdb-server, in memory, 127.0.0.1). */
let server: CouchServer;
const ADMIN: [string, string] = ['admin', 'admin-password'];
const PASSWORD = 'ana-pässword';

beforeAll(async () => {
  server = await startCouchServer();
  await couch(server.origin, 'PUT', `/_config/admins/${ADMIN[0]}`, { body: ADMIN[1] });
  await couch(server.origin, 'PUT', '/_users/org.couchdb.user:ana', {
    auth: ADMIN,
    body: { name: 'ana', password: PASSWORD, roles: ['rostrum'], type: 'user' },
  });
  await couch(server.origin, 'PUT', '/team', { auth: ADMIN });
  await couch(server.origin, 'PUT', '/team/_security', {
    auth: ADMIN,
    body: { admins: { names: [], roles: [] }, members: { names: [], roles: ['rostrum'] } },
  });
  await couch(server.origin, 'PUT', '/team/entry:e1', { auth: ADMIN, body: { any: 1 } });
});
afterAll(() => server?.stop());

const realFetch: FetchLike = (url, init) => fetch(url, init);

describe('testConnection against a real server', () => {
  it('connects with the right name and password (UTF-8 included) and counts the documents', async () => {
    const state = await testConnection(
      { url: `${server.origin}/team`, user: 'ana', password: PASSWORD },
      realFetch,
    );
    expect(state).toEqual({ state: 'connected', documents: 1 });
  });

  it('tells a wrong password from a missing database', async () => {
    const url = `${server.origin}/team`;
    expect(await testConnection({ url, user: 'ana', password: 'wrong' }, realFetch)).toEqual({
      state: 'refused',
      reason: 'wrong-password',
    });
    const missing = `${server.origin}/no-such-team`;
    expect(await testConnection({ url: missing, user: 'ana', password: PASSWORD }, realFetch)).toEqual({
      state: 'refused',
      reason: 'missing-database',
    });
  });

  it('is offline when nothing answers, and the error never carries the password', async () => {
    const stopped = await startCouchServer();
    await stopped.stop();
    const seen: unknown[] = [];
    const watching: FetchLike = (url, init) =>
      fetch(url, init).catch((error: unknown) => {
        seen.push(error);
        throw error;
      });
    const state = await testConnection(
      { url: `${stopped.origin}/team`, user: 'ana', password: PASSWORD },
      watching,
    );
    expect(state).toEqual({ state: 'offline' });
    expect(seen).toHaveLength(1);
    expect(JSON.stringify(state)).not.toContain(PASSWORD);
  });
});

describe('stateOfAnswer', () => {
  it('reads no access and a server that is not CouchDB', () => {
    expect(stateOfAnswer(403, {})).toEqual({ state: 'refused', reason: 'no-access' });
    expect(stateOfAnswer(200, '<html>')).toEqual({ state: 'refused', reason: 'not-couchdb' });
    expect(stateOfAnswer(502, null)).toEqual({ state: 'offline' });
  });
});

describe('TeamLogSettings', () => {
  const base = { enabled: true, user: 'ana', password: 'x' };
  it('keeps a database address without its trailing slash', () => {
    const parsed = TeamLogSettings.parse({ ...base, url: ' https://couch.example.org/team/ ' });
    expect(parsed.url).toBe('https://couch.example.org/team');
    expect(hostPermissionFor(parsed.url)).toBe('https://couch.example.org/*');
  });
  // The schema's messages are locale keys, shown in the user's language by the settings page.
  it.each([
    ['http://couch.example.org/team', 'settings_teamUrlNotHttps', /https/],
    ['https://ana:pw@couch.example.org/team', 'settings_teamUrlHasCredentials', /own fields/],
    ['https://couch.example.org/', 'settings_teamUrlNoDatabase', /database name/],
    ['couch.example.org/team', 'settings_teamUrlNotUrl', /full address/],
  ])('refuses %s', (url, key, english) => {
    const result = TeamLogSettings.safeParse({ ...base, url });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(key);
    expect(englishSettings[key as keyof typeof englishSettings]?.message).toMatch(english);
  });
  it('allows plain http on this machine only', () => {
    expect(TeamLogSettings.parse({ ...base, url: 'http://127.0.0.1:5984/team' }).url).toBe(
      'http://127.0.0.1:5984/team',
    );
    const local = TeamLogSettings.parse({ ...base, url: 'http://localhost:5984/team' }).url;
    expect(local).toBe('http://localhost:5984/team');
    // Any port: the manifest's optional http://localhost/* covers it (manifest.test.mjs).
    expect(hostPermissionFor(local)).toBe('http://localhost/*');
  });
  it('refuses plain http to [::1]: the manifest offers no permission for it', () => {
    const result = TeamLogSettings.safeParse({ ...base, url: 'http://[::1]:5984/team' });
    expect(result.error?.issues[0]?.message).toBe('settings_teamUrlNotHttps');
  });
});
