import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { TabState } from '../../lib/messaging/protocol';
import type { CampaignModel } from '../../lib/state/campaign-model';
import type { LogModel } from '../../lib/state/log-model';
import type { PublishModel } from '../../lib/state/publish-model';
import type { InstancesModel } from '../../lib/state/instances-model';
import type { PlatformId } from '../../lib/platforms/types';
import type { PanelPlaybook } from './panel-playbook';
import { createPanelStore, type PanelStoreDeps } from './panel-store';

/** A stored setting: read, written, and watched for writes made on another page. */
function setting<T>(initial: T) {
  let stored = initial;
  const watchers = new Set<(value: T) => void>();
  return {
    getValue: vi.fn(async () => stored),
    setValue: vi.fn(async (value: T) => void (stored = value)),
    watch: (onChange: (value: T) => void) => {
      watchers.add(onChange);
      return () => void watchers.delete(onChange);
    },
    changeElsewhere(value: T) {
      stored = value;
      for (const w of watchers) w(value);
    },
    get watching() {
      return watchers.size;
    },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function harness() {
  const activeCampaign = signal<{ hashtags: string[] } | null>(null);
  const campaigns = {
    load: vi.fn(async () => {}),
    setPlatform: vi.fn(async (_p: PlatformId) => {}),
    activeCampaign,
  };
  const log = { load: vi.fn(async () => {}), refresh: vi.fn(async () => {}) };
  const dispose = vi.fn();
  let onTab: ((state: TabState | null) => void) | undefined;
  const stopFollowing = vi.fn();
  const following = deferred<() => void>();
  const playbookLoad = deferred<PanelPlaybook>();
  const settings = {
    account: setting<'institution' | 'member'>('member'),
    manualPlatform: setting<PlatformId>('bluesky'),
    locale: setting<'en' | 'fr' | null>(null),
  };
  const root = { lang: '', dir: '' } as HTMLElement;
  const deps: PanelStoreDeps = {
    followTab: (cb) => {
      onTab = cb;
      return following.promise;
    },
    loadPlaybook: () => playbookLoad.promise,
    logWiring: () => ({
      campaigns: campaigns as unknown as CampaignModel,
      log: log as unknown as LogModel,
    }),
    publishWiring: () => ({
      publish: {} as PublishModel,
      instances: {} as InstancesModel,
      dispose,
    }),
    planChecklist: (book) => book.tips.map((tip) => ({ id: tip.id, title: tip.title, body: tip.body })),
    settings,
    root,
  };
  const store = createPanelStore(7, deps);
  return {
    store,
    campaigns,
    log,
    dispose,
    settings,
    root,
    stopFollowing,
    following,
    playbookLoad,
    tab: (state: TabState | null) => onTab!(state),
  };
}

const tabState = (over: Partial<TabState>): TabState => ({
  tabId: 3,
  platform: 'x',
  url: 'https://x.com/home',
  status: 'composer',
  composers: 1,
  draft: { composerId: 'c1', text: 'Hello', at: 1 },
  updatedAt: 1,
  ...over,
});

const flush = () => new Promise<void>((r) => setTimeout(r, 0));

describe('createPanelStore', () => {
  it('starts from the stored settings and follows the tab it serves', async () => {
    const h = harness();
    h.store.start();
    await flush();
    expect(h.store.model.account.value).toBe('member');
    expect(h.store.model.manualPlatform.value).toBe('bluesky');
    expect(h.store.notice.value).toBe('no-site');
    h.tab(tabState({ status: 'layout-changed', draft: null }));
    expect(h.store.notice.value).toBe('layout-changed');
    h.tab(tabState({}));
    expect(h.store.notice.value).toBe('live');
    expect(h.store.model.text.value).toBe('Hello');
  });

  it('picks the campaign for the platform on screen, and hands the active campaign to the checks', async () => {
    const h = harness();
    h.store.start();
    await flush();
    h.campaigns.setPlatform.mockClear();
    h.tab(tabState({ platform: 'mastodon', url: 'https://mastodon.social/home' }));
    expect(h.campaigns.setPlatform).toHaveBeenCalledWith('mastodon');
    h.campaigns.activeCampaign.value = { hashtags: ['#budget'] };
    expect(h.store.model.campaign.value).toEqual({ hashtags: ['#budget'] });
    h.campaigns.activeCampaign.value = null;
    expect(h.store.model.campaign.value).toBeUndefined();
  });

  it('gives the checks the playbook once it has loaded, and the campaign form its reminders', async () => {
    const h = harness();
    h.store.start();
    expect(h.store.model.playbook.value).toBeUndefined();
    expect(h.store.checklist.value).toEqual([]);
    const book = { tips: [{ id: 'plan-a', title: 'A', body: 'B' }] };
    h.playbookLoad.resolve({
      model: { playbook: signal(book) },
      packs: signal([]),
    } as unknown as PanelPlaybook);
    await flush();
    expect(h.store.model.playbook.value).toBe(book);
    expect(h.store.checklist.value).toEqual([{ id: 'plan-a', title: 'A', body: 'B' }]);
  });

  it('writes a choice made in the panel to its setting, and takes in one made on another page', async () => {
    const h = harness();
    h.store.start();
    await flush();
    h.store.setAccount('institution');
    expect(h.store.model.account.value).toBe('institution');
    expect(h.settings.account.setValue).toHaveBeenCalledWith('institution');
    h.settings.account.changeElsewhere('member');
    expect(h.store.model.account.value).toBe('member');
    h.store.setManualPlatform('youtube');
    expect(h.settings.manualPlatform.setValue).toHaveBeenCalledWith('youtube');
    h.store.setLocale('xx');
    expect(h.settings.locale.setValue).not.toHaveBeenCalled();
  });

  it('puts the language on the page root', async () => {
    const h = harness();
    h.store.start();
    expect(h.root.lang).toBe(h.store.model.locale.value);
    expect(h.root.dir).toMatch(/^(ltr|rtl)$/);
  });

  it('lets go of everything when stopped, even what was still starting', async () => {
    const h = harness();
    const stop = h.store.start();
    expect(h.settings.account.watching).toBe(1);
    stop();
    expect(h.settings.account.watching).toBe(0);
    expect(h.settings.locale.watching).toBe(0);
    expect(h.dispose).toHaveBeenCalledOnce();
    // The tab follower and the playbook finish after the stop: neither may take hold.
    h.following.resolve(h.stopFollowing);
    h.playbookLoad.resolve({ model: { playbook: signal({ tips: [] }) } } as unknown as PanelPlaybook);
    await flush();
    expect(h.stopFollowing).toHaveBeenCalledOnce();
    expect(h.store.playbook.value).toBeNull();
    h.campaigns.setPlatform.mockClear();
    h.store.model.manualPlatform.value = 'threads';
    expect(h.campaigns.setPlatform).not.toHaveBeenCalled();
  });
});
