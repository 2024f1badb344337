import { effect } from '@preact/signals';
import { browser } from '#imports';
import type { InstanceView } from '../../components/mastodon/InstanceSettings';
import type { PublishNoticeView } from '../../components/publish/PublishNotices';
import { analyzeDraftWith } from '../../lib/analysis/analyze';
import { t } from '../../lib/i18n';
import type { Campaign } from '../../lib/log/schema';
import { SETTING_KEYS, publishKey, type PublishItem } from '../../lib/messaging/protocol';
import type { DraftModel } from '../../lib/state/draft-model';
import type { InstancesModel } from '../../lib/state/instances-model';
import { createPublishModel, type PublishModel } from '../../lib/state/publish-model';
import { createBrowserInstancesModel, sendToBackground } from './background-channel';
import { panelSettingsStore } from './settings';

/**
 * The panel's side of publish capture, the in-page badge and Mastodon instances, fed from the browser.
 * Kept out of App.tsx so the composition root only renders; see the wiring block there.
 */
export interface PublishWiring {
  publish: PublishModel;
  instances: InstancesModel;
  /** Stops the listeners and effects. */
  dispose(): void;
}

export function createPublishWiring(draft: DraftModel, onLogChanged: () => void): PublishWiring {
  const publish = createPublishModel({
    readInbox: async (tabId) => (await browser.storage.session.get(publishKey(tabId)))[publishKey(tabId)],
    send: sendToBackground,
    settings: panelSettingsStore,
    onLogChanged,
    analyze: (item) => {
      const result = analyzeDraftWith({
        text: item.text,
        platform: item.platform,
        ...(item.media ? { media: item.media } : {}),
        ...(draft.campaign.value ? { campaign: draft.campaign.value } : {}),
        account: draft.account.value,
        locale: draft.locale.value,
        ...(draft.playbook.value ? { playbook: draft.playbook.value } : {}),
      });
      return { findings: result.findings.map((f) => f.id), tips: result.tips.map((r) => r.tip.id) };
    },
  });
  const instances = createBrowserInstancesModel();

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    const tabId = publish.tabId.value;
    if (area === 'session' && tabId !== null && publishKey(tabId) in changes) void publish.refresh();
    if (area === 'local' && SETTING_KEYS.mastodonInstances in changes) void instances.load();
  };
  browser.storage.onChanged.addListener(onChanged);
  void publish.load();
  void instances.load();

  const stops = [
    // Follow the panel's tab.
    effect(() => {
      const tabId = draft.tab.value?.tabId ?? null;
      if (tabId === publish.tabId.peek()) return;
      publish.tabId.value = tabId;
      void publish.refresh();
    }),
    // The badge's figures, and the findings a post published now is logged with.
    effect(() => {
      const tab = draft.tab.value;
      const analysis = draft.analysis.value;
      if (draft.source.value !== 'live' || !tab?.draft) return;
      publish.reportAnalysis({
        tabId: tab.tabId,
        composerId: tab.draft.composerId,
        draftAt: tab.draft.at,
        text: tab.draft.text,
        findings: analysis.findings,
        tips: analysis.tips.map((r) => r.tip.id),
      });
    }),
    // A Mastodon instance's own limit.
    effect(() => {
      const tab = draft.tab.value;
      draft.instanceLimit.value = tab?.platform === 'mastodon' ? instances.limitFor(tab.url) : undefined;
    }),
  ];

  return {
    publish,
    instances,
    dispose() {
      browser.storage.onChanged.removeListener(onChanged);
      stops.forEach((stop) => stop());
    },
  };
}

/** Captured posts as the notices show them. */
export function toNoticeViews(
  items: readonly PublishItem[],
  campaigns: readonly Campaign[],
): PublishNoticeView[] {
  return items.map((item) => ({
    id: item.id,
    state: item.state,
    platformLabel: t(`platform_${item.platform}`),
    campaignName: campaigns.find((c) => c.id === item.campaignId)?.name ?? t('publish_unknownCampaign'),
    excerpt: item.text.length > 140 ? `${item.text.slice(0, 139)}…` : item.text,
  }));
}

/** Instances as the settings list shows them. */
export function toInstanceViews(instances: InstancesModel): InstanceView[] {
  return instances.instances.value.map((i) => ({
    host: i.host,
    limit: i.limit,
    defaultLimit: i.limitSource === 'default',
  }));
}
