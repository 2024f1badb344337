import { browser, defineBackground } from '#imports';
import { createLogRepository } from '../lib/log/repository';
import { createMastodonService, type MastodonDeps } from '../lib/messaging/mastodon-instances';
import { openPanelFor, setUpPanel } from '../lib/messaging/panel-behaviour';
import { tabStateKey } from '../lib/messaging/protocol';
import { createPublishService } from '../lib/messaging/publish-inbox';
import { createMessageHandler, type TabStateStore } from '../lib/messaging/tab-states';

const sessionStore: TabStateStore = {
  get: async (key) => (await browser.storage.session.get(key))[key],
  set: (key, value) => browser.storage.session.set({ [key]: value }),
  remove: (key) => browser.storage.session.remove(key),
};

const localStore = {
  get: async (key: string): Promise<unknown> => (await browser.storage.local.get(key))[key],
  set: (key: string, value: unknown): Promise<void> => browser.storage.local.set({ [key]: value }),
};

/** chrome.scripting, typed to what the Mastodon service uses (registered content scripts). */
const scripting = (browser as unknown as { scripting: MastodonDeps['scripting'] }).scripting;

export default defineBackground(() => {
  setUpPanel();
  const publish = createPublishService({
    session: sessionStore,
    local: localStore,
    log: createLogRepository(),
    notifyTab: (tabId, message) => void browser.tabs.sendMessage(tabId, message).catch(() => undefined),
  });
  const mastodon = createMastodonService({
    local: localStore,
    scripting,
    permissions: browser.permissions,
    tabsOn: (pattern) => browser.tabs.query({ url: pattern }),
    fetch: (url, init) => fetch(url, init),
    scriptFile: 'content-scripts/mastodon.js',
  });
  const handle = createMessageHandler({
    store: sessionStore,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    openPanel: openPanelFor,
    publish,
    mastodon,
    mastodonHosts: async () => (await mastodon.list()).map((instance) => instance.host),
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    void sessionStore.remove(tabStateKey(tabId));
    void publish.forget(tabId);
  });
  // Registered scripts outlive restarts, but not always updates; a revoked permission ends them.
  const sync = () => void mastodon.sync().catch((e: unknown) => console.error('[Rostrum] Mastodon sync', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
});
