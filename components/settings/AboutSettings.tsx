import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface AboutSettingsProps {
  /** The extension's version (from its manifest). */
  version: string;
  /** Where the full privacy policy and the source live, when the manifest names a home page. */
  homepageUrl?: string | null;
}

/** "About and privacy": the version, and the privacy policy in a few plain sentences. */
export function AboutSettings({ version, homepageUrl }: AboutSettingsProps) {
  const id = useId();
  return (
    <section class="settings-section about-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_aboutTitle')}</h2>
      <p data-testid="version">{t('settings_version', version)}</p>
      <p>
        <strong>{t('settings_privacyNothingLeaves')}</strong> {t('settings_privacyMastodon')}
      </p>
      <h3>{t('settings_privacySummary')}</h3>
      <ul>
        <li>{t('settings_privacyReads')}</li>
        <li>{t('settings_privacyKeeps')}</li>
        <li>{t('settings_privacyRemove')}</li>
      </ul>
      {homepageUrl && (
        <p>
          <a href={homepageUrl} target="_blank" rel="noopener noreferrer">
            {t('settings_privacyFull')}
          </a>
        </p>
      )}
    </section>
  );
}
