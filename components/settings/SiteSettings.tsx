import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { PlatformSwitches } from '../PlatformSwitches';

export interface SiteSettingsProps {
  /** Every site with its label, in the panel's order. */
  platforms: ReadonlyArray<{ id: string; label: string }>;
  /** Sites where Rostrum is switched off. */
  off: readonly string[];
  onSiteOn(platform: string, on: boolean): void;
}

/** "Sites": where Rostrum reads the compose box at all. */
export function SiteSettings({ platforms, off, onSiteOn }: SiteSettingsProps) {
  const id = useId();
  return (
    <section class="settings-section site-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_sitesTitle')}</h2>
      <p class="hint" id={`${id}-help`}>
        {t('settings_sitesHelp')}
      </p>
      <PlatformSwitches
        legend={t('settings_sitesLegend')}
        platforms={platforms}
        off={off}
        onSwitch={onSiteOn}
        describedBy={`${id}-help`}
      />
    </section>
  );
}
