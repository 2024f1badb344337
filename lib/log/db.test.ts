import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from './db';
import { MIGRATIONS } from './migrations/index';
import { LOG_DB_VERSION } from './schema';

describe('openLogDb', () => {
  it('opens at the current version, which is the last migration', async () => {
    const db = await openLogDb('db-current');
    expect(db.version).toBe(LOG_DB_VERSION);
    expect(MIGRATIONS.at(-1)?.version).toBe(LOG_DB_VERSION);
    db.close();
  });

  it('numbers migrations 1, 2, 3… with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('closes itself when another connection needs to upgrade, so the upgrade is not stuck', async () => {
    let closed = 0;
    const old = await openLogDb('db-blocking', { version: 1, onClosedForUpgrade: () => closed++ });
    const newer = await openDB('db-blocking', 99);
    expect(closed).toBe(1);
    expect(newer.version).toBe(99);
    newer.close();
    expect(() => old.transaction('campaigns')).toThrow();
  });
});
