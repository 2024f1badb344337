import { browser, defineBackground } from '#imports';
import { createLogRepository } from '../lib/log/repository';
import { createMastodonService, type MastodonDeps } from '../lib/messaging/mastodon-instances';
import { openPanelFor, setUpPanel } from '../lib/messaging/panel-behaviour';
import { tabStateKey } from '../lib/messaging/protocol';
import { createPublishService } from '../lib/messaging/publish-inbox';
import { createSitesLastReadRecorder } from '../lib/messaging/sites-last-read';
import { createMessageHandler, type TabStateStore } from '../lib/messaging/tab-states';
import { hostPermissionFor } from '../lib/team-log/connection';
import { createTeamLogService } from '../lib/team-log/service';
import { TEAM_LOG_KEYS } from '../lib/team-log/sync-state';

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
  const log = createLogRepository();
  const team = createTeamLogService({
    local: localStore,
    log,
    hasAccess: (url) => browser.permissions.contains({ origins: [hostPermissionFor(url)] }),
    // PouchDB is loaded only once the team log is on: its own chunk, never in a page's bundle.
    loadReplicator: () => import('../lib/team-log/replicator').then((m) => m.createTeamReplicator),
    newReplicaId: () => crypto.randomUUID(),
  });
  const teamFailed = (e: unknown) =>
    console.error('[Rostrum] team log', (e as Error | null)?.name ?? 'error');
  const teamRefresh = () => void team.refresh().catch(teamFailed);
  const publish = createPublishService({
    session: sessionStore,
    local: localStore,
    log: {
      // A post the background logs goes to the team database too.
      addEntry: async (input) => {
        const added = await log.addEntry(input);
        void team.sendLocalChanges().catch(teamFailed);
        return added;
      },
      updateEntry: (id, patch) => log.updateEntry(id, patch),
      deleteEntries: (ids) => log.deleteEntries(ids),
      getCampaign: (id) => log.getCampaign(id),
    },
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
    teamLog: team,
    sitesRead: createSitesLastReadRecorder({ local: localStore }),
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
  teamRefresh();
  browser.storage.local.onChanged.addListener((changes) => {
    if (TEAM_LOG_KEYS.settings in changes) teamRefresh();
  });
  browser.permissions.onAdded.addListener(teamRefresh);
  browser.permissions.onRemoved.addListener(teamRefresh);
});
