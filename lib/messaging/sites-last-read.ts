import { z } from 'zod';
import { PLATFORM_IDS, type PlatformId } from '../platforms/types';

/** storage.local key of the one record: when each site's composer was last read. */
export const SITES_LAST_READ_KEY = 'sites.lastRead';

/** A read is recorded at most this often per site, so typing does not write storage on every key. */
export const SITES_LAST_READ_EVERY_MS = 60_000;

/** Site id → epoch ms of the last successful read. Unknown sites and bad times are dropped on read. */
export const SitesLastReadSchema = z.partialRecord(z.enum(PLATFORM_IDS), z.number().int().nonnegative());
export type SitesLastRead = z.infer<typeof SitesLastReadSchema>;

export interface LocalStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** The stored record, or an empty one when there is none or it does not parse. */
export async function readSitesLastRead(local: Pick<LocalStore, 'get'>): Promise<SitesLastRead> {
  const parsed = SitesLastReadSchema.safeParse(await local.get(SITES_LAST_READ_KEY));
  return parsed.success ? parsed.data : {};
}

export interface SitesLastReadRecorder {
  /** Notes that `platform`'s composer was read now; writes only when the site's time is stale. */
  record(platform: PlatformId): Promise<void>;
}

export function createSitesLastReadRecorder(deps: {
  local: LocalStore;
  now?: () => number;
  everyMs?: number;
}): SitesLastReadRecorder {
  const now = deps.now ?? Date.now;
  const everyMs = deps.everyMs ?? SITES_LAST_READ_EVERY_MS;
  // What this background wrote, so most reads are skipped without touching storage.
  const written = new Map<PlatformId, number>();
  let queue: Promise<void> = Promise.resolve();
  return {
    record(platform) {
      const at = now();
      const last = written.get(platform);
      if (last !== undefined && at - last < everyMs) return queue;
      written.set(platform, at);
      // One write at a time: each reads the record the previous one wrote, so no site's time is lost.
      const task = async () => {
        const stored = await readSitesLastRead(deps.local);
        await deps.local.set(SITES_LAST_READ_KEY, { ...stored, [platform]: at });
      };
      queue = queue.then(task, task);
      return queue;
    },
  };
}
