import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { PlatformSwitches } from '../PlatformSwitches';

export type PublishPolicyChoice = 'ask' | 'always' | 'never';

export interface PublishSettingsProps {
  policy: PublishPolicyChoice;
  onPolicy(policy: PublishPolicyChoice): void;
  /** Every site with its label, in the panel's order. */
  platforms: ReadonlyArray<{ id: string; label: string }>;
  /** Sites where the badge is switched off. */
  badgeHiddenOn: readonly string[];
  onBadgeShown(platform: string, shown: boolean): void;
}

const POLICIES: ReadonlyArray<{ value: PublishPolicyChoice; key: string }> = [
  { value: 'ask', key: 'publish_policyAsk' },
  { value: 'always', key: 'publish_policyAlways' },
  { value: 'never', key: 'publish_policyNever' },
];

/** What happens when a post is published during a campaign, and where the in-page badge shows. */
export function PublishSettings({
  policy,
  onPolicy,
  platforms,
  badgeHiddenOn,
  onBadgeShown,
}: PublishSettingsProps) {
  const id = useId();
  return (
    <section class="publish-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('publish_settingsTitle')}</h2>
      <fieldset>
        <legend>{t('publish_policyLegend')}</legend>
        {POLICIES.map(({ value, key }) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={`${id}-policy`}
              value={value}
              checked={policy === value}
              onChange={() => onPolicy(value)}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <PlatformSwitches
        legend={t('publish_badgeLegend')}
        platforms={platforms}
        off={badgeHiddenOn}
        onSwitch={onBadgeShown}
      />
    </section>
  );
}
