import { browser, storage } from '#imports';
import type { UiLocale } from '../../lib/i18n';
import type { Account } from '../../lib/playbook/signals';
import type { PlatformId } from '../../lib/platforms/types';

/** The panel's own choices, kept in storage.local so they survive restarts. */
export const localeSetting = storage.defineItem<UiLocale | null>('local:locale', { fallback: null });
export const accountSetting = storage.defineItem<Account>('local:account', { fallback: 'institution' });
export const manualPlatformSetting = storage.defineItem<PlatformId>('local:manualPlatform', {
  fallback: 'x',
});

/** A key–value view of storage.local for the models (they never touch browser APIs themselves). */
export const panelSettingsStore = {
  get: async (key: string): Promise<unknown> => (await browser.storage.local.get(key))[key],
  set: (key: string, value: unknown): Promise<void> => browser.storage.local.set({ [key]: value }),
};
