import { describe, expect, it } from 'vitest';
import { createMastodonService, DEFAULT_MASTODON_LIMIT, type RegisteredScript } from './mastodon-instances';

type Answer = { status: number; body?: unknown } | 'network-error' | 'hang';

function setup(options: { answers?: Record<string, Answer>; granted?: string[] } = {}) {
  const local = new Map<string, unknown>();
  let registered: RegisteredScript[] = [];
  const granted = new Set(options.granted ?? ['https://mastodon.example/*']);
  const requests: string[] = [];
  const injected: number[] = [];
  const service = createMastodonService({
    local: { get: async (key) => local.get(key), set: async (key, value) => void local.set(key, value) },
    scripting: {
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        }
        registered.push(...scripts);
      },
      unregisterContentScripts: async ({ ids }) => {
        registered = registered.filter((s) => !ids.includes(s.id));
      },
      getRegisteredContentScripts: async () => registered,
      executeScript: async ({ target }) => void injected.push(target.tabId),
    },
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      remove: async ({ origins }) => origins.every((o) => granted.delete(o)),
    },
    tabsOn: async (pattern) => (pattern === 'https://mastodon.example/*' ? [{ id: 11 }, { id: 12 }] : []),
    fetch: async (url, init) => {
      requests.push(url);
      expect(init?.credentials).toBe('omit');
      const answer = options.answers?.[url] ?? { status: 404 };
      if (answer === 'network-error') throw new TypeError('Failed to fetch');
      if (answer === 'hang') {
        return new Promise((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      }
      return { ok: answer.status === 200, json: async () => answer.body };
    },
    scriptFile: 'content-scripts/mastodon.js',
    now: () => 42,
    timeoutMs: 50,
  });
  return { service, local, granted, requests, injected, registered: () => registered };
}

const v2 = (max: number) => ({ status: 200, body: { configuration: { statuses: { max_characters: max } } } });

describe('Mastodon instances', () => {
  it('reads the limit from /api/v2/instance', async () => {
    const t = setup({ answers: { 'https://mastodon.example/api/v2/instance': v2(1000) } });
    expect(await t.service.fetchLimit('mastodon.example')).toEqual({ limit: 1000, limitSource: 'v2' });
    expect(t.requests).toEqual(['https://mastodon.example/api/v2/instance']);
  });

  it('falls back to /api/v1/instance (Mastodon, or Pleroma’s max_toot_chars), then to 500', async () => {
    const v1 = setup({ answers: { 'https://a.example/api/v1/instance': v2(640) } });
    expect(await v1.service.fetchLimit('a.example')).toEqual({ limit: 640, limitSource: 'v1' });
    const pleroma = setup({
      answers: { 'https://b.example/api/v1/instance': { status: 200, body: { max_toot_chars: 5000 } } },
    });
    expect(await pleroma.service.fetchLimit('b.example')).toEqual({ limit: 5000, limitSource: 'v1' });
    const down = setup({
      answers: {
        'https://c.example/api/v2/instance': 'network-error',
        'https://c.example/api/v1/instance': 'hang',
      },
    });
    expect(await down.service.fetchLimit('c.example')).toEqual({
      limit: DEFAULT_MASTODON_LIMIT,
      limitSource: 'default',
    });
    const nonsense = setup({
      answers: {
        'https://d.example/api/v2/instance': {
          status: 200,
          body: { configuration: { statuses: { max_characters: -3 } } },
        },
      },
    });
    expect((await nonsense.service.fetchLimit('d.example')).limit).toBe(DEFAULT_MASTODON_LIMIT);
  });

  it('adds a granted instance: stores its limit, registers the script for its origin, starts it in open tabs', async () => {
    const t = setup({ answers: { 'https://mastodon.example/api/v2/instance': v2(1000) } });
    const result = await t.service.add({ type: 'panel:mastodon-add', host: 'https://Mastodon.Example/home' });
    const instance = { host: 'mastodon.example', limit: 1000, limitSource: 'v2', addedAt: 42 };
    expect(result).toEqual({ ok: true, data: instance });
    expect(await t.service.list()).toEqual([instance]);
    expect(t.registered()).toEqual([
      {
        id: 'mastodon:mastodon.example',
        matches: ['https://mastodon.example/*'],
        js: ['content-scripts/mastodon.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(t.injected).toEqual([11, 12]);
    // Adding it again refreshes it rather than failing on a duplicate registration.
    expect((await t.service.add({ type: 'panel:mastodon-add', host: 'mastodon.example' })).ok).toBe(true);
    expect(t.registered()).toHaveLength(1);
    expect(await t.service.list()).toHaveLength(1);
  });

  it('refuses an instance without its permission, and a host that is not one', async () => {
    const t = setup({ granted: [] });
    expect(await t.service.add({ type: 'panel:mastodon-add', host: 'mastodon.example' })).toEqual({
      ok: false,
      error: 'permission not granted',
    });
    expect(await t.service.add({ type: 'panel:mastodon-add', host: 'x.com' })).toEqual({
      ok: false,
      error: 'invalid host',
    });
    expect(t.requests).toEqual([]);
    expect(t.registered()).toEqual([]);
  });

  it('removes an instance: its registration, its stored limit and its permission', async () => {
    const t = setup();
    await t.service.add({ type: 'panel:mastodon-add', host: 'mastodon.example' });
    expect(await t.service.remove({ type: 'panel:mastodon-remove', host: 'mastodon.example' })).toEqual({
      ok: true,
    });
    expect(t.registered()).toEqual([]);
    expect(await t.service.list()).toEqual([]);
    expect(t.granted.has('https://mastodon.example/*')).toBe(false);
  });

  it('sync registers what is stored and granted, and drops the rest', async () => {
    const t = setup({ granted: ['https://one.example/*'] });
    t.local.set('mastodon.instances', [
      { host: 'one.example', limit: 500, limitSource: 'default', addedAt: 1 },
      { host: 'revoked.example', limit: 500, limitSource: 'default', addedAt: 1 },
    ]);
    await t.service.sync();
    expect(t.registered().map((s) => s.id)).toEqual(['mastodon:one.example']);
    t.granted.delete('https://one.example/*');
    await t.service.sync();
    expect(t.registered()).toEqual([]);
  });

  it('never fetches anything but the instance API', async () => {
    const t = setup();
    await t.service.add({ type: 'panel:mastodon-add', host: 'mastodon.example' });
    expect(t.requests.every((u) => /^https:\/\/mastodon\.example\/api\/v[12]\/instance$/.test(u))).toBe(true);
  });
});
