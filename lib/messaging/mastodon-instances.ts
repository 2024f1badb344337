import { instanceOrigin, normalizeInstanceHost } from './mastodon-host';
import {
  MastodonInstancesSchema,
  type HandlerResult,
  type MastodonInstance,
  type PanelMastodonAdd,
  type PanelMastodonRemove,
} from './protocol';
import { SETTING_KEYS } from './setting-keys';

/** The subset of chrome.scripting's registered content scripts the service uses. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface MastodonDeps {
  local: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  scripting: {
    registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    /** Starts the script in tabs already open on the instance (optional: they may also be reloaded). */
    executeScript?(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
  /** Tabs open on a match pattern (tabs.query({ url })). */
  tabsOn?(pattern: string): Promise<Array<{ id?: number }>>;
  fetch: (
    url: string,
    init?: { signal?: AbortSignal; credentials?: 'omit' },
  ) => Promise<{
    ok: boolean;
    json(): Promise<unknown>;
  }>;
  /** The built content script, as the extension serves it. */
  scriptFile: string;
  now?: () => number;
  /** How long to wait for an instance's API (ms). */
  timeoutMs?: number;
}

/** Mastodon's own default, used when the instance API does not answer. */
export const DEFAULT_MASTODON_LIMIT = 500;
const SCRIPT_PREFIX = 'mastodon:';

/** The limit an instance API document reports, if it reports one. */
function limitIn(document: unknown): number | null {
  const doc = document as {
    configuration?: { statuses?: { max_characters?: unknown } };
    max_toot_chars?: unknown;
  } | null;
  // Mastodon (v1 since 3.4, v2); Pleroma and Akkoma put it at the top of v1 as max_toot_chars.
  const value = doc?.configuration?.statuses?.max_characters ?? doc?.max_toot_chars;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 1_000_000
    ? value
    : null;
}

export interface MastodonService {
  add(message: PanelMastodonAdd): Promise<HandlerResult>;
  remove(message: PanelMastodonRemove): Promise<HandlerResult>;
  /** Makes the registered scripts match the stored instances whose permission is still granted. */
  sync(): Promise<void>;
  /** The stored instances. */
  list(): Promise<MastodonInstance[]>;
  /** The instance's limit from /api/v2/instance, then /api/v1/instance, else 500. */
  fetchLimit(host: string): Promise<Pick<MastodonInstance, 'limit' | 'limitSource'>>;
}

/**
 * Mastodon on the user's own instances. The panel asks for the instance's origin as an optional host
 * permission (in the click that adds it); this service then registers the Mastodon content script for
 * that origin (scripting.registerContentScripts, kept across sessions), starts it in tabs already open
 * there, and reads the instance's character limit from its public API: the only network request
 * Rostrum makes, sent without cookies.
 */
export function createMastodonService(deps: MastodonDeps): MastodonService {
  const now = deps.now ?? Date.now;
  const timeoutMs = deps.timeoutMs ?? 5000;

  async function list(): Promise<MastodonInstance[]> {
    const parsed = MastodonInstancesSchema.safeParse(await deps.local.get(SETTING_KEYS.mastodonInstances));
    return parsed.success ? parsed.data : [];
  }

  async function fetchJson(url: string): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await deps.fetch(url, { signal: controller.signal, credentials: 'omit' });
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  async function fetchLimit(host: string): Promise<Pick<MastodonInstance, 'limit' | 'limitSource'>> {
    const v2 = limitIn(await fetchJson(`https://${host}/api/v2/instance`));
    if (v2) return { limit: v2, limitSource: 'v2' };
    const v1 = limitIn(await fetchJson(`https://${host}/api/v1/instance`));
    if (v1) return { limit: v1, limitSource: 'v1' };
    return { limit: DEFAULT_MASTODON_LIMIT, limitSource: 'default' };
  }

  async function register(hosts: string[]): Promise<void> {
    const ids = hosts.map((host) => SCRIPT_PREFIX + host);
    const existing = new Set((await deps.scripting.getRegisteredContentScripts()).map((s) => s.id));
    const stale = ids.filter((id) => existing.has(id));
    if (stale.length > 0) await deps.scripting.unregisterContentScripts({ ids: stale });
    if (hosts.length === 0) return;
    await deps.scripting.registerContentScripts(
      hosts.map((host) => ({
        id: SCRIPT_PREFIX + host,
        matches: [instanceOrigin(host)],
        js: [deps.scriptFile],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      })),
    );
  }

  async function startInOpenTabs(host: string): Promise<void> {
    if (!deps.tabsOn || !deps.scripting.executeScript) return;
    const tabs = await deps.tabsOn(instanceOrigin(host)).catch(() => []);
    await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? undefined
          : deps.scripting.executeScript!({ target: { tabId: tab.id }, files: [deps.scriptFile] }).catch(
              () => undefined,
            ),
      ),
    );
  }

  return {
    list,
    fetchLimit,

    async add({ host: input }) {
      const host = normalizeInstanceHost(input);
      if (!host) return { ok: false, error: 'invalid host' };
      if (!(await deps.permissions.contains({ origins: [instanceOrigin(host)] }))) {
        return { ok: false, error: 'permission not granted' };
      }
      const limit = await fetchLimit(host);
      const instance: MastodonInstance = { host, ...limit, addedAt: now() };
      const others = (await list()).filter((i) => i.host !== host);
      await deps.local.set(SETTING_KEYS.mastodonInstances, [...others, instance]);
      try {
        await register([host]);
      } catch (error) {
        return { ok: false, error: `could not register the content script: ${String(error)}` };
      }
      await startInOpenTabs(host);
      return { ok: true, data: instance };
    },

    async remove({ host: input }) {
      const host = normalizeInstanceHost(input);
      if (!host) return { ok: false, error: 'invalid host' };
      await deps.local.set(
        SETTING_KEYS.mastodonInstances,
        (await list()).filter((i) => i.host !== host),
      );
      const id = SCRIPT_PREFIX + host;
      const registered = await deps.scripting.getRegisteredContentScripts();
      if (registered.some((s) => s.id === id)) await deps.scripting.unregisterContentScripts({ ids: [id] });
      await deps.permissions.remove({ origins: [instanceOrigin(host)] }).catch(() => false);
      return { ok: true };
    },

    async sync() {
      const instances = await list();
      const granted: string[] = [];
      for (const { host } of instances) {
        if (await deps.permissions.contains({ origins: [instanceOrigin(host)] }).catch(() => false)) {
          granted.push(host);
        }
      }
      const registered = await deps.scripting.getRegisteredContentScripts();
      const wanted = new Set(granted.map((h) => SCRIPT_PREFIX + h));
      const extra = registered
        .map((s) => s.id)
        .filter((id) => id.startsWith(SCRIPT_PREFIX) && !wanted.has(id));
      if (extra.length > 0) await deps.scripting.unregisterContentScripts({ ids: extra });
      const have = new Set(registered.map((s) => s.id));
      const missing = granted.filter((h) => !have.has(SCRIPT_PREFIX + h));
      if (missing.length > 0) await register(missing);
    },
  };
}
