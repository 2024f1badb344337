import { describe, expect, it } from 'vitest';
import { createMessageHandler, readTabState, type TabStateStore } from './tab-states';

const EXT_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}/`;

function memoryStore(): TabStateStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

const fromTab = (tabId: number) => ({ id: EXT_ID, url: 'https://x.com/home', tab: { id: tabId } });
const draft = (text: string, url = 'https://x.com/home') => ({
  type: 'cs:draft-changed',
  platform: 'x',
  url,
  composerId: 'c1',
  text,
  at: 1,
});

describe('background message handler', () => {
  it('notes a site as read when its composer is read, not when the page has none', async () => {
    const read: string[] = [];
    const handle = createMessageHandler({
      store: memoryStore(),
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      sitesRead: { record: async (platform) => void read.push(platform) },
    });
    const status = (value: string) => ({
      type: 'cs:status-changed',
      platform: 'x',
      url: 'https://x.com/home',
      status: value,
      composers: value === 'composer' ? 1 : 0,
      at: 1,
    });
    await handle(status('layout-changed'), fromTab(4));
    await handle(status('no-composer'), fromTab(4));
    expect(read).toEqual([]);
    await handle(status('composer'), fromTab(4));
    await handle(draft('hello'), fromTab(4));
    expect(read).toEqual(['x', 'x']);
    // A message refused for its page reads nothing.
    await handle(draft('elsewhere', 'https://example.com/'), fromTab(4));
    expect(read).toEqual(['x', 'x']);
  });

  it('keeps the latest draft per tab', async () => {
    const store = memoryStore();
    const handle = createMessageHandler({
      store,
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      now: () => 42,
    });
    expect(await handle(draft('first'), fromTab(7))).toEqual({ ok: true });
    expect(await handle(draft('second'), fromTab(7))).toEqual({ ok: true });
    expect(await handle(draft('other tab'), fromTab(8))).toEqual({ ok: true });
    const state = await readTabState(store, 7);
    expect(state).toMatchObject({ tabId: 7, platform: 'x', status: 'composer', draft: { text: 'second' } });
    expect((await readTabState(store, 8))?.draft?.text).toBe('other tab');
  });

  it("keeps a Mastodon draft's content warning with its text", async () => {
    const store = memoryStore();
    const handle = createMessageHandler({
      store,
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      mastodonHosts: async () => ['social.example'],
    });
    const sender = { id: EXT_ID, url: 'https://social.example/home', tab: { id: 5 } };
    const message = {
      ...draft('Tonight', 'https://social.example/home'),
      platform: 'mastodon',
      contentWarning: 'Budget',
    };
    expect(await handle(message, sender)).toEqual({ ok: true });
    expect((await readTabState(store, 5))?.draft).toMatchObject({
      text: 'Tonight',
      contentWarning: 'Budget',
    });
  });

  it('applies one tab’s messages in the order they arrive', async () => {
    const store = memoryStore();
    const slow: TabStateStore = {
      ...store,
      get: async (key) => {
        await new Promise((r) => setTimeout(r, 5));
        return store.get(key);
      },
    };
    const handle = createMessageHandler({ store: slow, extensionId: EXT_ID, extensionOrigin: ORIGIN });
    await Promise.all([
      handle(draft('a'), fromTab(1)),
      handle(
        {
          type: 'cs:status-changed',
          platform: 'x',
          url: 'https://x.com/home',
          status: 'composer',
          composers: 2,
          at: 1,
        },
        fromTab(1),
      ),
      handle(draft('b'), fromTab(1)),
    ]);
    expect(await readTabState(store, 1)).toMatchObject({ composers: 2, draft: { text: 'b' } });
  });

  it('records a page without a composer, and drops the old draft when the page changes', async () => {
    const store = memoryStore();
    const handle = createMessageHandler({ store, extensionId: EXT_ID, extensionOrigin: ORIGIN });
    await handle(draft('hello'), fromTab(3));
    await handle(
      {
        type: 'cs:status-changed',
        platform: 'x',
        url: 'https://x.com/explore',
        status: 'no-composer',
        composers: 0,
        at: 2,
      },
      fromTab(3),
    );
    expect(await readTabState(store, 3)).toMatchObject({
      status: 'no-composer',
      draft: null,
      url: 'https://x.com/explore',
    });
  });

  it('forgets the draft when Rostrum is switched off on the site', async () => {
    const store = memoryStore();
    const handle = createMessageHandler({ store, extensionId: EXT_ID, extensionOrigin: ORIGIN });
    await handle(draft('hello'), fromTab(4));
    const off = {
      type: 'cs:status-changed',
      platform: 'x',
      url: 'https://x.com/home',
      status: 'site-off',
      composers: 0,
      at: 2,
    };
    expect(await handle(off, fromTab(4))).toEqual({ ok: true });
    expect(await readTabState(store, 4)).toMatchObject({ status: 'site-off', composers: 0, draft: null });
  });

  it.each([
    ['an unknown type', { type: 'cs:delete-everything' }],
    ['a wrong platform', { ...draft('x'), platform: 'myspace' }],
    ['an extra field', { ...draft('x'), extra: true }],
    ['a non-URL', { ...draft('x'), url: 'javascript:alert(1)x' }],
    ['text too long', draft('a'.repeat(100_001))],
    ['a content warning that is not text', { ...draft('x'), contentWarning: 42 }],
    ['an empty content warning', { ...draft('x'), contentWarning: '' }],
    ['not an object', 'hello'],
  ])('rejects %s and stores nothing', async (_name, message) => {
    const store = memoryStore();
    const handle = createMessageHandler({ store, extensionId: EXT_ID, extensionOrigin: ORIGIN });
    expect(await handle(message, fromTab(1))).toEqual({ ok: false, error: 'invalid message' });
    expect(store.data.size).toBe(0);
  });

  it("hands the panel's team-log change to the team log, from extension pages only", async () => {
    let handedOver = 0;
    const handle = createMessageHandler({
      store: memoryStore(),
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      teamLog: { sendLocalChanges: async () => void handedOver++ },
    });
    const message = { type: 'panel:team-log-changed' };
    expect(await handle(message, { id: EXT_ID, url: `${ORIGIN}sidepanel.html` })).toEqual({ ok: true });
    expect(await handle(message, fromTab(1))).toEqual({ ok: false, error: 'expected an extension page' });
    expect(await handle({ ...message, extra: 1 }, { id: EXT_ID, url: `${ORIGIN}sidepanel.html` })).toEqual({
      ok: false,
      error: 'invalid message',
    });
    expect(handedOver).toBe(1);
  });

  it('refuses drafts from other extensions and from extension pages', async () => {
    const store = memoryStore();
    const handle = createMessageHandler({ store, extensionId: EXT_ID, extensionOrigin: ORIGIN });
    expect(await handle(draft('x'), { id: 'another-extension', tab: { id: 1 } })).toEqual({
      ok: false,
      error: 'unknown sender',
    });
    expect(await handle(draft('x'), { id: EXT_ID, url: `${ORIGIN}sidepanel.html` })).toEqual({
      ok: false,
      error: 'expected a content script',
    });
    expect(store.data.size).toBe(0);
  });
});

const services = () => {
  const calls: Array<[string, unknown]> = [];
  const ok =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push([name, args]);
      return { ok: true as const };
    };
  return {
    calls,
    publish: {
      published: ok('published'),
      givenUp: ok('givenUp'),
      analysis: ok('analysis'),
      action: ok('action'),
      findings: ok('findings'),
      forget: async () => undefined,
    },
    mastodon: {
      add: ok('add'),
      remove: ok('remove'),
      sync: async () => undefined,
      list: async () => [],
      fetchLimit: async () => ({ limit: 500, limitSource: 'default' as const }),
    },
  };
};

describe('the sender decides the page', () => {
  const post = (platform: string, url: string) => ({
    type: 'cs:published',
    platform,
    url,
    composerId: 'c1',
    text: 'Forged',
    at: 1,
  });
  const onPage = (url: string, tabId = 5) => ({ id: EXT_ID, url, tab: { id: tabId } });

  it.each([
    [
      'a URL on another origin',
      draft('hi', 'https://bsky.app/'),
      onPage('https://x.com/home'),
      "refused: the message's address is not on the sender's page (https://x.com)",
    ],
    [
      'another platform than the sender’s site',
      { ...draft('hi', 'https://bsky.app/'), platform: 'bluesky' },
      onPage('https://x.com/home'),
      "refused: the message says bluesky, the sender's page is on x",
    ],
    [
      'a sender on a site Rostrum does not read',
      draft('hi'),
      onPage('https://evil.example/x.com/home'),
      "refused: the sender's page (https://evil.example) is not a site Rostrum reads",
    ],
    [
      'a sender with no page address',
      draft('hi'),
      { id: EXT_ID, tab: { id: 5 } },
      'refused: the browser gave no page address for the sender',
    ],
    [
      'Mastodon on an instance the user did not add',
      { ...draft('hi', 'https://other.example/home'), platform: 'mastodon' },
      onPage('https://other.example/home'),
      "refused: the sender's page (https://other.example) is not a site Rostrum reads",
    ],
  ])(
    'refuses a content-script message with %s and changes nothing',
    async (_name, message, sender, error) => {
      const store = memoryStore();
      const handle = createMessageHandler({
        store,
        extensionId: EXT_ID,
        extensionOrigin: ORIGIN,
        mastodonHosts: async () => ['mastodon.example'],
      });
      expect(await handle(message, sender)).toEqual({ ok: false, error });
      expect(store.data.size).toBe(0);
    },
  );

  it('refuses a published post claimed for another site, and the publish service never hears of it', async () => {
    const s = services();
    const handle = createMessageHandler({
      store: memoryStore(),
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      publish: s.publish,
    });
    const result = await handle(post('bluesky', 'https://bsky.app/profile/me'), onPage('https://x.com/home'));
    expect(result).toMatchObject({ ok: false });
    expect(s.calls).toEqual([]);
  });

  it('takes the tab’s URL when the frame’s is missing, a later path on the same origin, and added instances', async () => {
    const store = memoryStore();
    const handle = createMessageHandler({
      store,
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      mastodonHosts: async () => ['mastodon.example'],
    });
    // In-app navigation: the message can be about a newer path than the one the browser reported.
    expect(
      await handle(draft('hi', 'https://x.com/compose/post'), {
        id: EXT_ID,
        tab: { id: 1, url: 'https://x.com/home' },
      }),
    ).toEqual({ ok: true });
    expect(
      await handle(
        { ...draft('toot', 'https://mastodon.example/home'), platform: 'mastodon' },
        onPage('https://mastodon.example/home', 2),
      ),
    ).toEqual({ ok: true });
    expect((await readTabState(store, 2))?.platform).toBe('mastodon');
  });
});

describe('message routing', () => {
  const PANEL = { id: EXT_ID, url: `${ORIGIN}sidepanel.html?tabId=7` };
  const analysis = {
    type: 'panel:analysis',
    tabId: 7,
    composerId: 'c1',
    draftAt: 3,
    textHash: 'a-b',
    count: 1,
    worst: 'info',
    findings: ['all-caps'],
    tips: [],
  };

  it('opens the panel synchronously, inside the click’s user gesture', () => {
    const opened: Array<[number, number | undefined]> = [];
    const handle = createMessageHandler({
      store: memoryStore(),
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      openPanel: (tabId, windowId) => opened.push([tabId, windowId]),
    });
    const result = handle({ type: 'cs:open-panel' }, { ...fromTab(4), tab: { id: 4, windowId: 2 } });
    // Before anything is awaited.
    expect(opened).toEqual([[4, 2]]);
    return expect(result).resolves.toEqual({ ok: true });
  });

  it('hands published posts from content scripts, and the panel’s messages, to their services', async () => {
    const s = services();
    const handle = createMessageHandler({
      store: memoryStore(),
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      publish: s.publish,
      mastodon: s.mastodon,
    });
    const post = {
      type: 'cs:published',
      platform: 'x',
      url: 'https://x.com/home',
      composerId: 'c1',
      text: 'Hi',
      at: 1,
    };
    expect(await handle(post, fromTab(7))).toEqual({ ok: true });
    const givenUp = { ...post, type: 'cs:publish-given-up' };
    expect(await handle(givenUp, fromTab(7))).toEqual({ ok: true });
    expect(await handle(analysis, PANEL)).toEqual({ ok: true });
    expect(
      await handle({ type: 'panel:publish-action', tabId: 7, itemId: 'i1', action: 'undo' }, PANEL),
    ).toEqual({ ok: true });
    expect(await handle({ type: 'panel:mastodon-add', host: 'mastodon.example' }, PANEL)).toEqual({
      ok: true,
    });
    expect(s.calls.map(([name]) => name)).toEqual(['published', 'givenUp', 'analysis', 'action', 'add']);
    expect(s.calls[0]![1]).toEqual([7, post]);
    expect(s.calls[1]![1]).toEqual([7, givenUp]);
  });

  it('refuses panel messages from a content script, and published posts from a page', async () => {
    const s = services();
    const handle = createMessageHandler({
      store: memoryStore(),
      extensionId: EXT_ID,
      extensionOrigin: ORIGIN,
      publish: s.publish,
      mastodon: s.mastodon,
    });
    expect(await handle(analysis, fromTab(7))).toEqual({ ok: false, error: 'expected an extension page' });
    expect(await handle({ type: 'panel:mastodon-add', host: 'evil.example' }, fromTab(7))).toEqual({
      ok: false,
      error: 'expected an extension page',
    });
    expect(
      await handle(
        {
          type: 'cs:published',
          platform: 'x',
          url: 'https://x.com/home',
          composerId: 'c1',
          text: 'x',
          at: 1,
        },
        PANEL,
      ),
    ).toEqual({ ok: false, error: 'expected a content script' });
    expect(await handle({ type: 'cs:open-panel', extra: 1 }, fromTab(7))).toEqual({
      ok: false,
      error: 'invalid message',
    });
    expect(await handle({ ...analysis, findings: ['<script>'] }, PANEL)).toEqual({
      ok: false,
      error: 'invalid message',
    });
    expect(s.calls).toEqual([]);
  });
});
