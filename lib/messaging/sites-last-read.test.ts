import { describe, expect, it } from 'vitest';
import {
  createSitesLastReadRecorder,
  readSitesLastRead,
  SITES_LAST_READ_KEY,
  type LocalStore,
} from './sites-last-read';

function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  let writes = 0;
  const store: LocalStore = {
    get: async (key) => data.get(key),
    set: async (key, value) => {
      writes++;
      data.set(key, structuredClone(value));
    },
  };
  return { store, data, writes: () => writes };
}

describe('sites last read', () => {
  it('records each site with the time its composer was read', async () => {
    const { store } = memoryStore();
    let clock = 1_000;
    const recorder = createSitesLastReadRecorder({ local: store, now: () => clock, everyMs: 60_000 });
    await recorder.record('x');
    clock = 2_000;
    await recorder.record('bluesky');
    expect(await readSitesLastRead(store)).toEqual({ x: 1_000, bluesky: 2_000 });
  });

  it('writes a site again only once its time is older than the interval', async () => {
    const { store, writes } = memoryStore();
    let clock = 0;
    const recorder = createSitesLastReadRecorder({ local: store, now: () => clock, everyMs: 60_000 });
    for (clock = 0; clock < 60_000; clock += 1_000) await recorder.record('x');
    expect(writes()).toBe(1);
    expect(await readSitesLastRead(store)).toEqual({ x: 0 });
    clock = 60_000;
    await recorder.record('x');
    expect(writes()).toBe(2);
    expect(await readSitesLastRead(store)).toEqual({ x: 60_000 });
  });

  it('keeps what was stored before, and loses no site when reads come together', async () => {
    const { store } = memoryStore({ [SITES_LAST_READ_KEY]: { youtube: 5 } });
    const recorder = createSitesLastReadRecorder({ local: store, now: () => 10 });
    await Promise.all([recorder.record('x'), recorder.record('threads'), recorder.record('mastodon')]);
    expect(await readSitesLastRead(store)).toEqual({ youtube: 5, x: 10, threads: 10, mastodon: 10 });
  });

  it('reads a record that does not parse as empty, and overwrites it', async () => {
    const { store } = memoryStore({ [SITES_LAST_READ_KEY]: { x: 'yesterday', nowhere: 3 } });
    expect(await readSitesLastRead(store)).toEqual({});
    await createSitesLastReadRecorder({ local: store, now: () => 7 }).record('linkedin');
    expect(await readSitesLastRead(store)).toEqual({ linkedin: 7 });
  });
});
