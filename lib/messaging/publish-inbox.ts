import type { LogRepository } from '../log/repository';
import {
  AnalysisSummarySchema,
  DEFAULT_PUBLISH_POLICY,
  PublishInboxSchema,
  PublishPolicySchema,
  publishKey,
  summaryKey,
  type BgBadge,
  type CsPublishGivenUp,
  type CsPublished,
  type HandlerResult,
  type PanelAnalysis,
  type PanelPublishAction,
  type PanelPublishFindings,
  type PublishInbox,
  type PublishItem,
  type PublishPolicy,
} from './protocol';
import { SETTING_KEYS } from './setting-keys';
import { hashText } from './text-hash';
import type { TabStateStore } from './tab-states';

/** What the publish service needs; the background passes storage and the log, tests pass fakes. */
export interface PublishDeps {
  /** storage.session: per-tab inboxes and analysis summaries. */
  session: TabStateStore;
  /** storage.local: the policy and the active campaign. */
  local: { get(key: string): Promise<unknown> };
  log: Pick<LogRepository, 'addEntry' | 'deleteEntries' | 'updateEntry' | 'getCampaign'>;
  /** Passes the badge's figures on to the tab (tabs.sendMessage); failures are the caller's to swallow. */
  notifyTab?: (tabId: number, message: BgBadge) => void;
  now?: () => number;
  newId?: () => string;
}

/** The same text published again from one tab this soon is the same post (a double click, a retry). */
export const REPEAT_WINDOW_MS = 10_000;
/** Captured posts kept per tab for the panel. */
export const MAX_ITEMS = 5;

const EMPTY_INBOX: PublishInbox = { items: [], last: null };

/** The inbox's items but the "not published" notice for the text of `hash`, if there is one. */
function withoutGivenUp(items: readonly PublishItem[], hash: string): PublishItem[] {
  return items.filter((i) => i.state !== 'given-up' || hashText(i.text) !== hash);
}

export interface PublishService {
  /** A content script saw a post go out on tab `tabId`. */
  published(tabId: number, message: CsPublished): Promise<HandlerResult>;
  /** A content script gave up a publish the site never confirmed on tab `tabId`. */
  givenUp(tabId: number, message: CsPublishGivenUp): Promise<HandlerResult>;
  /** The panel's latest analysis of a tab: kept for publish time and passed on to the badge. */
  analysis(message: PanelAnalysis): Promise<HandlerResult>;
  /** The panel logs, undoes or dismisses a captured post. */
  action(message: PanelPublishAction): Promise<HandlerResult>;
  /** The panel worked out findings for a post captured without them. */
  findings(message: PanelPublishFindings): Promise<HandlerResult>;
  /** The tab closed. */
  forget(tabId: number): Promise<void>;
}

/**
 * Publish capture in the background. Per the user's setting ('ask' | 'always' | 'never', default
 * 'ask') and only while a campaign is active, a published post is logged at once (and offered for
 * undo) or kept for the panel to offer. The analysis at that moment comes from the panel's last summary
 * for the tab when it is about this very text (the background never runs the analysis: it would pull
 * the whole playbook into the service worker); otherwise the panel works the findings out afterwards.
 */
export function createPublishService(deps: PublishDeps): PublishService {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());

  async function readInbox(tabId: number): Promise<PublishInbox> {
    const parsed = PublishInboxSchema.safeParse(await deps.session.get(publishKey(tabId)));
    return parsed.success ? parsed.data : { ...EMPTY_INBOX, items: [] };
  }

  async function writeInbox(tabId: number, inbox: PublishInbox): Promise<void> {
    if (inbox.items.length === 0 && !inbox.last) await deps.session.remove(publishKey(tabId));
    else await deps.session.set(publishKey(tabId), inbox);
  }

  async function policy(): Promise<PublishPolicy> {
    const parsed = PublishPolicySchema.safeParse(await deps.local.get(SETTING_KEYS.publishPolicy));
    return parsed.success ? parsed.data : DEFAULT_PUBLISH_POLICY;
  }

  /** The active campaign's id, when there is one and it still exists and is not archived. */
  async function activeCampaign(): Promise<string | null> {
    const id = await deps.local.get(SETTING_KEYS.activeCampaignId);
    if (typeof id !== 'string' || id === '') return null;
    const campaign = await deps.log.getCampaign(id).catch(() => undefined);
    return campaign && !campaign.archived ? campaign.id : null;
  }

  async function addEntry(item: PublishItem): Promise<string> {
    const entry = await deps.log.addEntry({
      text: item.text,
      platform: item.platform,
      url: item.url,
      campaignId: item.campaignId,
      findings: item.findings,
      tips: item.tips,
      status: 'published',
      ...(item.contentWarning ? { contentWarning: item.contentWarning } : {}),
    });
    return entry.id;
  }

  return {
    async published(tabId, message) {
      const inbox = await readInbox(tabId);
      const hash = hashText(message.text);
      const at = now();
      if (inbox.last && inbox.last.hash === hash && at - inbox.last.at < REPEAT_WINDOW_MS) {
        return { ok: true, data: { outcome: 'repeat' } };
      }
      inbox.last = { hash, at };
      const [mode, campaignId] = await Promise.all([policy(), activeCampaign()]);
      if (mode === 'never' || !campaignId) {
        await writeInbox(tabId, inbox);
        return { ok: true, data: { outcome: mode === 'never' ? 'never' : 'no-campaign' } };
      }
      const summary = AnalysisSummarySchema.safeParse(await deps.session.get(summaryKey(tabId)));
      const known = summary.success && summary.data.textHash === hash;
      const item: PublishItem = {
        id: newId(),
        state: 'pending',
        platform: message.platform,
        url: message.url,
        text: message.text,
        ...(message.media ? { media: message.media } : {}),
        ...(message.contentWarning ? { contentWarning: message.contentWarning } : {}),
        publishedAt: at,
        campaignId,
        findings: known ? summary.data.findings : [],
        tips: known ? summary.data.tips : [],
        findingsKnown: known,
      };
      if (mode === 'always') {
        try {
          item.entryId = await addEntry(item);
          item.state = 'logged';
        } catch (error) {
          // Keep it for the panel to offer rather than lose the post.
          console.error('[Rostrum] could not log a published post', error);
        }
      }
      // A retry that went out answers the earlier attempt the site did not confirm.
      inbox.items = [item, ...withoutGivenUp(inbox.items, hash)].slice(0, MAX_ITEMS);
      await writeInbox(tabId, inbox);
      return { ok: true, data: { outcome: item.state, itemId: item.id } };
    },

    async givenUp(tabId, message) {
      // Said only where a published post would have been logged or offered: elsewhere nothing was lost.
      const [mode, campaignId] = await Promise.all([policy(), activeCampaign()]);
      if (mode === 'never' || !campaignId) return { ok: true, data: { outcome: 'ignored' } };
      const inbox = await readInbox(tabId);
      const hash = hashText(message.text);
      const item: PublishItem = {
        id: newId(),
        state: 'given-up',
        platform: message.platform,
        url: message.url,
        text: message.text,
        publishedAt: now(),
        campaignId,
        findings: [],
        tips: [],
        // Nothing to log it with: the panel need not work findings out.
        findingsKnown: true,
      };
      // One notice per text: a second failed attempt replaces the first.
      inbox.items = [item, ...withoutGivenUp(inbox.items, hash)].slice(0, MAX_ITEMS);
      await writeInbox(tabId, inbox);
      return { ok: true, data: { outcome: item.state, itemId: item.id } };
    },

    async analysis(message) {
      const { type: _type, ...summary } = message;
      await deps.session.set(summaryKey(message.tabId), summary);
      try {
        deps.notifyTab?.(message.tabId, {
          type: 'bg:badge',
          composerId: message.composerId,
          draftAt: message.draftAt,
          count: message.count,
          worst: message.worst,
        });
      } catch {
        // The tab may have closed or have no content script: the badge simply is not there.
      }
      return { ok: true };
    },

    async action({ tabId, itemId, action }) {
      const inbox = await readInbox(tabId);
      const item = inbox.items.find((i) => i.id === itemId);
      if (!item) return { ok: false, error: 'no such post' };
      if (action === 'log') {
        if (item.state === 'given-up') return { ok: false, error: 'not published' };
        if (item.state === 'logged') return { ok: true, data: { entryId: item.entryId } };
        try {
          item.entryId = await addEntry(item);
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) };
        }
        item.state = 'logged';
      } else {
        if (action === 'undo' && item.state === 'logged' && item.entryId) {
          await deps.log.deleteEntries([item.entryId]);
        }
        inbox.items = inbox.items.filter((i) => i !== item);
      }
      await writeInbox(tabId, inbox);
      return { ok: true, data: { entryId: item.entryId } };
    },

    async findings({ tabId, itemId, findings, tips }) {
      const inbox = await readInbox(tabId);
      const item = inbox.items.find((i) => i.id === itemId);
      if (!item) return { ok: false, error: 'no such post' };
      if (item.findingsKnown) return { ok: true };
      Object.assign(item, { findings, tips, findingsKnown: true });
      if (item.entryId) await deps.log.updateEntry(item.entryId, { findings, tips }).catch(() => undefined);
      await writeInbox(tabId, inbox);
      return { ok: true };
    },

    async forget(tabId) {
      await Promise.all([deps.session.remove(publishKey(tabId)), deps.session.remove(summaryKey(tabId))]);
    },
  };
}
