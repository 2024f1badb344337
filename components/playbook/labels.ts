import { currentLocale, formatNumber, t } from '../../lib/i18n';
import type { Parliament } from '../../lib/playbook/schema';
import type { Account, Objective, Stage, Topic } from '../../lib/playbook/signals';
import type { PlatformId } from '../../lib/platforms/types';

/**
 * Words for the playbook's vocabulary, through t(). Message keys allow only [A-Za-z0-9_], so hyphens
 * in ids ("plain-language") become underscores.
 */
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/-/g, '_')}`;

export const stageLabel = (stage: Stage): string => t(key('playbook_stage', stage));
export const topicLabel = (topic: Topic): string => t(key('playbook_topic', topic));
export const objectiveLabel = (objective: Objective): string => t(key('playbook_objective', objective));
export const accountLabel = (account: Account): string => t(key('playbook_account', account));
/** Platform names are shared with the rest of the panel (locales/<locale>/panel.json). */
export const platformLabel = (platform: PlatformId): string => t(`platform_${platform}`);

/** "All platforms", or the platforms' names. */
export function platformsLabel(platforms: 'all' | readonly PlatformId[]): string {
  return platforms === 'all' ? t('playbook_allPlatforms') : platforms.map(platformLabel).join(', ');
}

/** When an example happened, with the word "undated" in the reader's language. */
export function whenLabel(when: string): string {
  return when.replace(/\bundated\b/g, t('playbook_undated'));
}

/** A parliament's name in the content language, English if the playbook has none in it. */
export function parliamentName(parliament: Parliament, locale: string): string {
  const names = parliament.name as Record<string, string>;
  return (Object.hasOwn(names, locale) ? names[locale] : undefined) ?? parliament.name.en;
}

export function parliamentCountry(parliament: Parliament, locale: string): string {
  const countries = parliament.country as Record<string, string>;
  return (Object.hasOwn(countries, locale) ? countries[locale] : undefined) ?? parliament.country.en;
}

/**
 * A counted phrase: `${base}_one` or `${base}_other`, as the current language's plural rules pick
 * (French uses the singular for 0 and 1).
 */
export function counted(base: string, n: number): string {
  const form = new Intl.PluralRules(currentLocale.value).select(n) === 'one' ? 'one' : 'other';
  return t(`${base}_${form}`, formatNumber(n));
}
