import { z } from 'zod';

/**
 * Where the team database is and how to reach it (Settings → Team log), and what the server's answer
 * to a connection test means for the user. The password is only ever put in the Authorization header;
 * nothing here returns or reports it (docs/team-log.md).
 */

/**
 * Hosts on this machine where a team server may answer over plain http (a CouchDB on the officer's own
 * machine, or the tests' server). The manifest's optional host permissions list exactly these, since
 * an address Rostrum could never be granted is no use to accept.
 */
export const LOCAL_SERVER_HOSTS = ['127.0.0.1', 'localhost'] as const;
const LOOPBACK: ReadonlySet<string> = new Set(LOCAL_SERVER_HOSTS);

// Each check's message is a locale key (settings.json): Settings → Team log shows it in the user's language.

/** A team database URL: https (http only on this machine), with a database path, without a password in it. */
export const TeamDatabaseUrl = z
  .string()
  .trim()
  .max(2000, 'settings_teamUrlNotUrl')
  .refine((text) => URL.canParse(text), 'settings_teamUrlNotUrl')
  .transform((text) => new URL(text))
  .refine(
    (url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)),
    'settings_teamUrlNotHttps',
  )
  .refine((url) => url.username === '' && url.password === '', 'settings_teamUrlHasCredentials')
  .refine((url) => url.search === '' && url.hash === '', 'settings_teamUrlHasQuery')
  .refine((url) => url.pathname.replace(/\/+$/, '') !== '', 'settings_teamUrlNoDatabase')
  .transform((url) => `${url.origin}${url.pathname.replace(/\/+$/, '')}`);

export const TeamLogSettings = z.strictObject({
  enabled: z.boolean(),
  url: TeamDatabaseUrl,
  user: z.string().trim().min(1, 'settings_teamUserMissing').max(200, 'settings_teamUserTooLong'),
  password: z.string().min(1, 'settings_teamPasswordMissing').max(1000, 'settings_teamPasswordTooLong'),
});
export type TeamLogSettings = z.output<typeof TeamLogSettings>;

/** The host permission to ask for: that one host, any port and path (match patterns ignore ports). */
export function hostPermissionFor(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** HTTP basic auth, with the name and password as UTF-8 (CouchDB reads them so). */
export function authorizationFor(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

/** What a connection test or a sync attempt found; each has a message and what to do (locales). */
export type ConnectionState =
  | { state: 'connected'; documents: number }
  | { state: 'offline' }
  | { state: 'refused'; reason: 'wrong-password' | 'no-access' | 'missing-database' | 'not-couchdb' };

/** The meaning of the server's answer to a request for the database. */
export function stateOfAnswer(status: number, body: unknown): ConnectionState {
  if (status === 401) return { state: 'refused', reason: 'wrong-password' };
  if (status === 403) return { state: 'refused', reason: 'no-access' };
  if (status === 404) return { state: 'refused', reason: 'missing-database' };
  const info = body as { db_name?: unknown; doc_count?: unknown } | null;
  if (status === 200 && typeof info?.db_name === 'string' && typeof info.doc_count === 'number') {
    return { state: 'connected', documents: info.doc_count };
  }
  // A proxy's error page, a gateway timeout: the server is not answering as CouchDB now; try later.
  if (status >= 500) return { state: 'offline' };
  return { state: 'refused', reason: 'not-couchdb' };
}

export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; credentials: 'omit'; signal?: AbortSignal },
) => Promise<{ status: number; json(): Promise<unknown> }>;

/**
 * Settings → Team log's "Test connection": reads the database's info with the given name and
 * password. A network failure is "offline", never an error carrying the request (and so the header).
 */
export async function testConnection(
  settings: Pick<TeamLogSettings, 'url' | 'user' | 'password'>,
  fetch: FetchLike,
  signal?: AbortSignal,
): Promise<ConnectionState> {
  try {
    const response = await fetch(`${settings.url}/`, {
      headers: {
        accept: 'application/json',
        authorization: authorizationFor(settings.user, settings.password),
      },
      credentials: 'omit',
      signal,
    });
    const body = await response.json().catch(() => null);
    return stateOfAnswer(response.status, body);
  } catch {
    return { state: 'offline' };
  }
}
