import type { MastodonService } from './mastodon-instances';
import {
  MessageSchema,
  TabStateSchema,
  tabStateKey,
  type CsDraftChanged,
  type CsStatusChanged,
  type HandlerResult,
  type TabState,
} from './protocol';
import type { PublishService } from './publish-inbox';
import { classifySender, type SenderInfo } from './sender';
import { refusedPage } from './sender-page';
import type { SitesLastReadRecorder } from './sites-last-read';

export type { HandlerResult };

/** Where tab states live: storage.session in the extension, a Map in tests. */
export interface TabStateStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface HandlerDeps {
  store: TabStateStore;
  extensionId: string;
  extensionOrigin: string;
  now?: () => number;
  /**
   * Opens the side panel for a tab. Called synchronously, inside the badge click's user gesture:
   * chrome.sidePanel.open() refuses to run once anything has been awaited.
   */
  openPanel?: (tabId: number, windowId: number | undefined) => void;
  publish?: PublishService;
  mastodon?: MastodonService;
  /** Hosts of the Mastodon instances the user added: their pages may send page messages too. */
  mastodonHosts?: () => Promise<readonly string[]>;
  /** The team log (lib/team-log/service.ts): hands the panel's local changes to the replication. */
  teamLog?: { sendLocalChanges(): Promise<void> };
  /** Notes when each site's composer was last read (sites-last-read.ts), for the settings page. */
  sitesRead?: Pick<SitesLastReadRecorder, 'record'>;
}

/** Read a tab's state back, or null when there is none or it does not parse. */
export async function readTabState(store: TabStateStore, tabId: number): Promise<TabState | null> {
  const parsed = TabStateSchema.safeParse(await store.get(tabStateKey(tabId)));
  return parsed.success ? parsed.data : null;
}

/**
 * The background's message handler: validates every message, checks who may send it, and keeps the
 * latest draft and composer status per tab, so a panel opened later shows it at once.
 */
export function createMessageHandler(deps: HandlerDeps) {
  const now = deps.now ?? Date.now;
  // Messages from one tab are applied in order: each reads the state the previous one wrote.
  const queues = new Map<number, Promise<unknown>>();
  const inOrder = <T>(tabId: number, task: () => Promise<T>): Promise<T> => {
    const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
    queues.set(tabId, run);
    void run.finally(() => {
      if (queues.get(tabId) === run) queues.delete(tabId);
    });
    return run;
  };
  return async (raw: unknown, sender: SenderInfo): Promise<HandlerResult> => {
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: 'invalid message' };
    const message = parsed.data;
    const kind = classifySender(sender, deps.extensionId, deps.extensionOrigin);
    if (kind === 'foreign') return { ok: false, error: 'unknown sender' };

    if (message.type.startsWith('panel:')) {
      if (kind !== 'extension-page') return { ok: false, error: 'expected an extension page' };
      switch (message.type) {
        case 'panel:analysis':
          return deps.publish ? deps.publish.analysis(message) : unsupported();
        case 'panel:publish-action':
          return deps.publish ? inOrder(message.tabId, () => deps.publish!.action(message)) : unsupported();
        case 'panel:publish-findings':
          return deps.publish ? inOrder(message.tabId, () => deps.publish!.findings(message)) : unsupported();
        case 'panel:mastodon-add':
          return deps.mastodon ? deps.mastodon.add(message) : unsupported();
        case 'panel:mastodon-remove':
          return deps.mastodon ? deps.mastodon.remove(message) : unsupported();
        case 'panel:team-log-changed':
          if (!deps.teamLog) return unsupported();
          // Answered at once: the panel never waits for the team database.
          void deps.teamLog.sendLocalChanges().catch(() => undefined);
          return { ok: true };
      }
    }

    if (kind !== 'content-script') return { ok: false, error: 'expected a content script' };
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: false, error: 'no tab' };
    switch (message.type) {
      case 'cs:open-panel':
        // Synchronous on purpose: no await may come before this call (user gesture).
        if (!deps.openPanel) return unsupported();
        deps.openPanel(tabId, sender.tab?.windowId);
        return { ok: true };
      case 'cs:published':
      case 'cs:publish-given-up':
      case 'cs:draft-changed':
      case 'cs:status-changed':
        if ((message.type === 'cs:published' || message.type === 'cs:publish-given-up') && !deps.publish) {
          return unsupported();
        }
        // Checked inside the tab's queue, so the check's own await cannot reorder the tab's messages.
        return inOrder(tabId, async () => {
          const refused = refusedPage(message, sender, (await deps.mastodonHosts?.()) ?? []);
          if (refused) return { ok: false, error: refused };
          if (message.type === 'cs:published') return deps.publish!.published(tabId, message);
          if (message.type === 'cs:publish-given-up') return deps.publish!.givenUp(tabId, message);
          return applyContentMessage(tabId, message);
        });
    }
    return { ok: false, error: 'invalid message' };
  };

  function unsupported(): HandlerResult {
    return { ok: false, error: 'not supported here' };
  }

  async function applyContentMessage(
    tabId: number,
    message: CsDraftChanged | CsStatusChanged,
  ): Promise<HandlerResult> {
    const previous = await readTabState(deps.store, tabId);
    const samePage = previous?.url === message.url && previous.platform === message.platform;
    const base: TabState = samePage
      ? previous
      : {
          tabId,
          platform: message.platform,
          url: message.url,
          status: 'composer',
          composers: 0,
          draft: null,
          updatedAt: 0,
        };
    const next: TabState =
      message.type === 'cs:status-changed'
        ? {
            ...base,
            status: message.status,
            composers: message.composers,
            // Switched off on this site: the draft read before is forgotten with it.
            ...(message.status === 'site-off' ? { draft: null } : {}),
            updatedAt: now(),
          }
        : {
            ...base,
            status: 'composer',
            composers: Math.max(base.composers, 1),
            draft: {
              composerId: message.composerId,
              text: message.text,
              ...(message.media ? { media: message.media } : {}),
              ...(message.contentWarning ? { contentWarning: message.contentWarning } : {}),
              at: message.at,
            },
            updatedAt: now(),
          };
    // In-app navigation keeps the draft: the same composer can survive a route change.
    if (
      !samePage &&
      previous?.draft &&
      message.type === 'cs:status-changed' &&
      message.status === 'composer'
    ) {
      next.draft = previous.draft;
    }
    await deps.store.set(tabStateKey(tabId), next);
    if (next.status === 'composer') {
      // A missed time only makes the settings page a little out of date; the draft is what matters.
      void deps.sitesRead?.record(message.platform).catch(() => undefined);
    }
    return { ok: true };
  }
}
