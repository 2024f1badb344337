import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';

export type AccountChoice = 'institution' | 'member';

export interface AccountSettingsProps {
  account: AccountChoice;
  onAccount(account: AccountChoice): void;
  /** The chosen language, or null to follow the browser. */
  locale: string | null;
  /** The interface languages, each named in its own language. */
  locales: ReadonlyArray<{ id: string; label: string }>;
  /** The language the browser's setting gives, named (for the "same as the browser" choice). */
  browserLocaleLabel: string;
  onLocale(locale: string | null): void;
}

const ACCOUNTS: ReadonlyArray<{ value: AccountChoice; key: string }> = [
  { value: 'institution', key: 'panel_accountInstitution' },
  { value: 'member', key: 'panel_accountMember' },
];

/** "Account and language": the account type the panel starts with, and the interface language. */
export function AccountSettings(props: AccountSettingsProps) {
  const id = useId();
  return (
    <section class="settings-section account-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_accountTitle')}</h2>
      <fieldset aria-describedby={`${id}-help`}>
        <legend>{t('settings_accountLegend')}</legend>
        <p class="hint" id={`${id}-help`}>
          {t('settings_accountHelp')}
        </p>
        {ACCOUNTS.map(({ value, key }) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={`${id}-account`}
              value={value}
              checked={props.account === value}
              onChange={() => props.onAccount(value)}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${id}-locale`}>{t('settings_language')}</label>
        <select
          id={`${id}-locale`}
          value={props.locale ?? ''}
          onChange={(e) => props.onLocale(e.currentTarget.value || null)}
        >
          <option value="">{t('settings_languageAuto', props.browserLocaleLabel)}</option>
          {props.locales.map((l) => (
            <option key={l.id} value={l.id} lang={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
