import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';

describe('migration 001', () => {
  it('creates both stores with the indexes the log filters by', async () => {
    // Untyped: the current schema type describes the latest version, not v1.
    const db = (await openLogDb('m001-fresh', { version: 1 })) as unknown as IDBPDatabase<unknown>;
    expect([...db.objectStoreNames].sort()).toEqual(['campaigns', 'entries']);
    const tx = db.transaction(['campaigns', 'entries']);
    expect([...tx.objectStore('campaigns').indexNames]).toEqual(['by-createdAt']);
    const entries = tx.objectStore('entries');
    expect([...entries.indexNames].sort()).toEqual([
      'by-campaign-createdAt',
      'by-createdAt',
      'by-platform-createdAt',
      'by-tag',
    ]);
    expect(entries.index('by-tag').multiEntry).toBe(true);
    expect(entries.keyPath).toBe('id');
    db.close();
  });

  it('indexes entries by campaign and time, and by each tag', async () => {
    (await openLogDb('m001-seed-2', { version: 1 })).close();
    // Untyped: the current schema type describes the latest version, not v1.
    const log = await openDB('m001-seed-2', 1);
    await log.put('entries', {
      id: 'a',
      text: 't',
      platform: 'x',
      url: '',
      campaignId: 'c',
      tags: ['p', 'q'],
      createdAt: 2,
    });
    await log.put('entries', {
      id: 'b',
      text: 't',
      platform: 'x',
      url: '',
      campaignId: null,
      tags: [],
      createdAt: 1,
    });
    expect(await log.getAllKeysFromIndex('entries', 'by-tag', 'q')).toEqual(['a']);
    expect(await log.countFromIndex('entries', 'by-campaign-createdAt')).toBe(1);
    expect(await log.count('entries')).toBe(2);
    log.close();
  });
});
