import { signal, type Signal } from '@preact/signals';
import { z } from 'zod';
import { browser } from '#imports';
import { isUiLocale, type UiLocale } from '../../lib/i18n';
import { createLogRepository } from '../../lib/log/repository';
import { SETTING_KEYS } from '../../lib/messaging/protocol';
import { ACTIVE_CAMPAIGN_KEY } from '../../lib/state/campaign-model';
import type { InstancesModel } from '../../lib/state/instances-model';
import { createLogModel, type LogModel } from '../../lib/state/log-model';
import { createPublishModel, type PublishModel } from '../../lib/state/publish-model';
import { createSitesModel, type SitesModel } from '../../lib/state/sites-model';
import type { Account } from '../../lib/playbook/signals';
import { createBrowserInstancesModel, sendToBackground } from '../sidepanel/background-channel';
import { savePacks } from '../sidepanel/packs';
import { accountSetting, localeSetting, panelSettingsStore } from '../sidepanel/settings';

/** The settings page's models, fed from the browser; OptionsApp only renders them. */
export interface OptionsWiring {
  sites: SitesModel;
  publish: PublishModel;
  instances: InstancesModel;
  log: LogModel;
  /** The default account type the panel starts with. */
  account: Signal<Account>;
  /** The chosen interface language; null follows the browser. */
  locale: Signal<UiLocale | null>;
  setAccount(account: Account): Promise<void>;
  setLocale(locale: UiLocale | null): Promise<void>;
  /** Deletes the log, the active campaign choices and the added content packs; settings stay. */
  deleteEverything(): Promise<void>;
  dispose(): void;
}

const AccountSchema = z.enum(['institution', 'member']).catch('institution');
const LocaleSchema = z
  .string()
  .nullable()
  .catch(null)
  .transform((value): UiLocale | null => (isUiLocale(value) ? value : null));

export function createOptionsWiring(): OptionsWiring {
  const settings = panelSettingsStore;
  const sites = createSitesModel({ settings });
  // The page follows no tab: the publish model serves only its settings (policy, badge) here.
  const publish = createPublishModel({ readInbox: async () => undefined, send: sendToBackground, settings });
  const instances = createBrowserInstancesModel();
  const log = createLogModel({ repository: createLogRepository(), activeCampaignId: signal(null) });
  const account = signal<Account>('institution');
  const locale = signal<UiLocale | null>(null);

  const loadAccount = async () => (account.value = AccountSchema.parse(await accountSetting.getValue()));
  const loadLocale = async () => (locale.value = LocaleSchema.parse(await localeSetting.getValue()));

  // Another page (the panel, a second settings tab) may change the same settings: follow it.
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (SETTING_KEYS.sitesOff in changes) void sites.load();
    if (SETTING_KEYS.publishPolicy in changes || SETTING_KEYS.badgeHiddenOn in changes) void publish.load();
    if (SETTING_KEYS.mastodonInstances in changes) void instances.load();
    if ('account' in changes) void loadAccount();
    if ('locale' in changes) void loadLocale();
  };
  browser.storage.onChanged.addListener(onChanged);
  void Promise.all([sites.load(), publish.load(), instances.load(), loadAccount(), loadLocale()]);

  return {
    sites,
    publish,
    instances,
    log,
    account,
    locale,
    async setAccount(next) {
      account.value = next;
      await accountSetting.setValue(next);
    },
    async setLocale(next) {
      locale.value = next;
      await localeSetting.setValue(next);
    },
    async deleteEverything() {
      if (!(await log.clearAll())) throw new Error(log.error.value ?? 'the log could not be cleared');
      const stored = await browser.storage.local.get(null);
      const active = Object.keys(stored).filter(
        (key) => key === ACTIVE_CAMPAIGN_KEY || key.startsWith(`${ACTIVE_CAMPAIGN_KEY}.`),
      );
      await browser.storage.local.remove(active);
      await savePacks([]);
    },
    dispose() {
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
