import { signal, type ReadonlySignal } from '@preact/signals';
import { z } from 'zod';
import { SETTING_KEYS } from '../messaging/setting-keys';
import { PLATFORM_IDS, withPlatform, type PlatformId } from '../platforms/types';

/** Sites switched off, as stored: unknown or repeated entries (an older or damaged value) are dropped. */
const SitesOffSchema = z
  .array(z.unknown())
  .catch([])
  .transform((list) => PLATFORM_IDS.filter((id) => list.includes(id)));

export interface SitesModelDeps {
  /** storage.local. */
  settings: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
}

export interface SitesModel {
  /** Sites where Rostrum is switched off, in the panel's order. */
  off: ReadonlySignal<PlatformId[]>;
  /** Reads the stored list (again, after a change elsewhere). */
  load(): Promise<void>;
  /** Switches Rostrum on or off for one site; every tab of that site follows at once. */
  setSiteOn(platform: PlatformId, on: boolean): Promise<void>;
}

/** Settings → Sites: where the content scripts may read at all (lib/platforms/watch-composer). */
export function createSitesModel(deps: SitesModelDeps): SitesModel {
  const off = signal<PlatformId[]>([]);
  return {
    off,
    async load() {
      off.value = SitesOffSchema.parse(await deps.settings.get(SETTING_KEYS.sitesOff));
    },
    async setSiteOn(platform, on) {
      const next = withPlatform(off.peek(), platform, !on);
      off.value = next;
      await deps.settings.set(SETTING_KEYS.sitesOff, next);
    },
  };
}
