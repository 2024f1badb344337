import { computed, effect, signal, untracked, type ReadonlySignal, type Signal } from '@preact/signals';
import type { NoticeKind } from '../../components/draft/ComposerNotice';
import type { PlanChecklistItem } from '../../components/campaigns/CampaignForm';
import { changeLocale, currentLocale, isUiLocale, textDirection, type UiLocale } from '../../lib/i18n';
import type { Account } from '../../lib/playbook/signals';
import type { PlatformId } from '../../lib/platforms/types';
import type { TabState } from '../../lib/messaging/protocol';
import { createDraftModel, type DraftModel } from '../../lib/state/draft-model';
import type { CampaignModel } from '../../lib/state/campaign-model';
import type { LogModel } from '../../lib/state/log-model';
import type { PublishModel } from '../../lib/state/publish-model';
import type { InstancesModel } from '../../lib/state/instances-model';
import type { PanelPlaybook } from './panel-playbook';

export type PanelView = 'draft' | 'playbook' | 'log';

export interface CampaignFormState {
  open: boolean;
  busy: boolean;
  fieldErrors?: Record<string, string>;
  error?: string;
}

/** A stored setting as the panel uses it: read once, written on change, watched for other pages. */
interface Setting<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
}

/** What the store is built from; the defaults are the browser's, a test passes its own. */
export interface PanelStoreDeps {
  followTab(onState: (state: TabState | null) => void): Promise<() => void>;
  loadPlaybook(): Promise<PanelPlaybook>;
  logWiring(windowId: number | undefined): { campaigns: CampaignModel; log: LogModel };
  publishWiring(
    draft: DraftModel,
    onLogChanged: () => void,
  ): { publish: PublishModel; instances: InstancesModel; dispose(): void };
  planChecklist(book: NonNullable<DraftModel['playbook']['value']>): PlanChecklistItem[];
  settings: {
    account: Setting<Account>;
    manualPlatform: Setting<PlatformId>;
    locale: Setting<UiLocale | null>;
  };
  /** Where the language's lang/dir attributes go (the panel page's root element). */
  root: HTMLElement;
}

/**
 * The panel's state, built once outside the component tree (as preact-devtools builds its signals
 * store): the models, the settings they start from, and the effects that tie them together. App only
 * renders it; `start()` connects it to the browser and returns the function that disconnects it.
 */
export interface PanelStore {
  model: DraftModel;
  campaigns: CampaignModel;
  log: LogModel;
  publish: PublishModel;
  instances: InstancesModel;
  view: Signal<PanelView>;
  postTags: Signal<string>;
  postStatus: Signal<'published' | 'draft'>;
  campaignForm: Signal<CampaignFormState>;
  /** The playbook's model and packs, null until their code and words have loaded after first paint. */
  playbook: ReadonlySignal<PanelPlaybook | null>;
  /** The campaign form's reminders: they change with the language, not with each keystroke. */
  checklist: ReadonlySignal<PlanChecklistItem[]>;
  notice: ReadonlySignal<NoticeKind>;
  setAccount(account: Account): void;
  setLocale(locale: string): void;
  setManualPlatform(platform: PlatformId): void;
  start(): () => void;
}

export function createPanelStore(windowId: number | undefined, deps: PanelStoreDeps): PanelStore {
  const model = createDraftModel();
  const { campaigns, log } = deps.logWiring(windowId);
  const wiring = deps.publishWiring(model, () => void log.refresh());
  const playbook = signal<PanelPlaybook | null>(null);
  const book = computed(() => playbook.value?.model.playbook.value ?? undefined);

  const notice = computed((): NoticeKind => {
    const tab = model.tab.value;
    if (model.source.value === 'live') return 'live';
    if (model.preferManual.value && tab?.status === 'composer') return 'manual-chosen';
    if (!tab) return 'no-site';
    if (tab.status === 'layout-changed') return 'layout-changed';
    if (tab.status === 'site-off') return 'site-off';
    return 'no-composer';
  });

  function start(): () => void {
    let stopFollowing: (() => void) | undefined;
    let stopped = false;
    void deps
      .followTab((state) => (model.tab.value = state))
      .then((stop) => {
        if (stopped) stop();
        else stopFollowing = stop;
      });
    void deps.settings.account.getValue().then((a) => (model.account.value = a));
    void deps.settings.manualPlatform.getValue().then((p) => (model.manualPlatform.value = p));
    void campaigns.load().then(() => campaigns.setPlatform(model.platform.peek()));
    void deps.loadPlaybook().then((loaded) => {
      if (!stopped) playbook.value = loaded;
    });
    void log.load();

    const stops = [
      // Choices made on the settings page reach an open panel at once.
      deps.settings.account.watch((a) => (model.account.value = a)),
      deps.settings.locale.watch((saved) => {
        if (saved && isUiLocale(saved)) void changeLocale(saved);
      }),
      effect(() => {
        model.playbook.value = book.value;
      }),
      effect(() => {
        const platform = model.platform.value;
        untracked(() => void campaigns.setPlatform(platform));
      }),
      effect(() => {
        const active = campaigns.activeCampaign.value;
        model.campaign.value = active ? { hashtags: active.hashtags } : undefined;
      }),
      effect(() => {
        const locale = currentLocale.value;
        model.locale.value = locale;
        deps.root.lang = locale;
        deps.root.dir = textDirection(locale);
      }),
    ];
    return () => {
      stopped = true;
      stopFollowing?.();
      for (const stop of stops) stop();
      wiring.dispose();
    };
  }

  return {
    model,
    campaigns,
    log,
    publish: wiring.publish,
    instances: wiring.instances,
    view: signal<PanelView>('draft'),
    postTags: signal(''),
    postStatus: signal<'published' | 'draft'>('published'),
    campaignForm: signal<CampaignFormState>({ open: false, busy: false }),
    playbook,
    checklist: computed(() => (book.value ? deps.planChecklist(book.value) : [])),
    notice,
    setAccount(account) {
      model.account.value = account;
      void deps.settings.account.setValue(account);
    },
    setLocale(locale) {
      if (!isUiLocale(locale)) return;
      void changeLocale(locale);
      void deps.settings.locale.setValue(locale);
    },
    setManualPlatform(platform) {
      model.manualPlatform.value = platform;
      void deps.settings.manualPlatform.setValue(platform);
    },
    start,
  };
}
