import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { z } from 'zod';
import { browser } from '#imports';
import { InstanceSettings } from '../../components/mastodon/InstanceSettings';
import { SitesLastRead } from '../../components/options/SitesLastRead';
import { TeamLogSettings } from '../../components/options/TeamLogSettings';
import { browserTeamLogStore } from './team-log-settings-store';
import { PublishSettings } from '../../components/publish/PublishSettings';
import { AboutSettings } from '../../components/settings/AboutSettings';
import { AccountSettings } from '../../components/settings/AccountSettings';
import { DataSettings, type DataOutcome } from '../../components/settings/DataSettings';
import { SiteSettings } from '../../components/settings/SiteSettings';
import {
  currentLocale,
  isUiLocale,
  resolveLocale,
  changeLocale,
  t,
  textDirection,
  UI_LOCALES,
} from '../../lib/i18n';
import { readSitesLastRead } from '../../lib/messaging/sites-last-read';
import { isPlatformId, PLATFORM_IDS } from '../../lib/platforms/types';
import { downloadFile } from '../sidepanel/download';
import { panelSettingsStore } from '../sidepanel/settings';
import { createOptionsWiring } from './options-wiring';

/** Only a web page may be linked from the About section (the manifest names none by default). */
const HomepageSchema = z
  .url({ protocol: /^https$/ })
  .nullable()
  .catch(null);

const languageName = (locale: string) =>
  new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

/** The settings page: every section reads and writes the same storage the panel and content scripts use. */
export function OptionsApp() {
  const wiring = useMemo(() => createOptionsWiring(), []);
  useEffect(() => () => wiring.dispose(), [wiring]);
  const { sites, publish, instances, log } = wiring;
  const busy = useSignal<'export' | 'delete' | null>(null);
  const outcome = useSignal<DataOutcome | null>(null);
  const manifest = useMemo(() => browser.runtime.getManifest(), []);
  const browserLocale = resolveLocale(browser.i18n.getUILanguage());

  // The page speaks the chosen language, or the browser's.
  const chosen = wiring.locale.value;
  const locale = currentLocale.value;
  useEffect(() => void changeLocale(chosen ?? browserLocale), [chosen, browserLocale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dir = textDirection(locale);
    document.title = t('settings_title');
  }, [locale]);

  const platforms = PLATFORM_IDS.map((p) => ({ id: p, label: t(`platform_${p}`) }));

  async function run(kind: 'export' | 'delete', task: () => Promise<DataOutcome>) {
    busy.value = kind;
    outcome.value = null;
    try {
      outcome.value = await task();
    } catch (e) {
      outcome.value = { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
    } finally {
      busy.value = null;
    }
  }

  return (
    <main class="options">
      <header class="options__header">
        <h1>{t('settings_title')}</h1>
        <p class="hint">{t('settings_intro')}</p>
      </header>
      <SiteSettings
        platforms={platforms}
        off={sites.off.value}
        onSiteOn={(p, on) => {
          if (isPlatformId(p)) void sites.setSiteOn(p, on);
        }}
      />
      <SitesLastRead platforms={platforms} load={() => readSitesLastRead(panelSettingsStore)} />
      <PublishSettings
        policy={publish.policy.value}
        onPolicy={(p) => void publish.setPolicy(p)}
        platforms={platforms}
        badgeHiddenOn={publish.badgeHiddenOn.value}
        onBadgeShown={(p, shown) => {
          if (isPlatformId(p)) void publish.setBadgeShown(p, shown);
        }}
      />
      <InstanceSettings
        instances={instances.instances.value.map((i) => ({
          host: i.host,
          limit: i.limit,
          defaultLimit: i.limitSource === 'default',
        }))}
        adding={instances.adding.value}
        added={instances.added.value}
        error={instances.problem.value}
        onAdd={(host) => void instances.add(host)}
        onRemove={(host) => void instances.remove(host)}
      />
      <AccountSettings
        account={wiring.account.value}
        onAccount={(a) => void wiring.setAccount(a)}
        locale={chosen}
        locales={UI_LOCALES.map((l) => ({ id: l, label: languageName(l) }))}
        browserLocaleLabel={languageName(browserLocale)}
        onLocale={(l) => void wiring.setLocale(isUiLocale(l) ? l : null)}
      />
      <TeamLogSettings store={browserTeamLogStore} />
      <DataSettings
        busy={busy.value}
        outcome={outcome.value}
        onExport={() =>
          void run('export', async () => {
            const file = await log.exportJson();
            if (!file) throw new Error(log.error.value ?? 'export failed');
            downloadFile(file);
            return { kind: 'exported', filename: file.filename };
          })
        }
        onDeleteAll={() =>
          void run('delete', async () => {
            await wiring.deleteEverything();
            return { kind: 'deleted' };
          })
        }
      />
      <AboutSettings
        version={manifest.version}
        homepageUrl={HomepageSchema.parse(manifest.homepage_url ?? null)}
      />
    </main>
  );
}
