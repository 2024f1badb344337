import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';
import { readStore, seedAtVersion, uniqueDbName } from './test-seed';

const v2Entry = {
  id: 'e1',
  text: 'Sitting at 2pm',
  platform: 'x',
  url: 'https://x.com/home',
  campaignId: null,
  tags: ['live'],
  createdAt: 1_700_000_000_000,
};

describe('migration 003 (from v2)', () => {
  it('adds findings, tips, status, metrics and updatedAt to every entry', async () => {
    const name = uniqueDbName('m003');
    await seedAtVersion(name, 2, { entries: [v2Entry, { ...v2Entry, id: 'e2', createdAt: 5 }] });
    const db = await openLogDb(name, { version: 3 });
    db.close();
    expect(await readStore(name, 'entries')).toEqual([
      { ...v2Entry, findings: [], tips: [], status: 'published', metrics: {}, updatedAt: v2Entry.createdAt },
      expect.objectContaining({ id: 'e2', status: 'published', updatedAt: 5 }),
    ]);
  });

  it('indexes entries by status and time', async () => {
    const name = uniqueDbName('m003-index');
    await seedAtVersion(name, 2, { entries: [v2Entry] });
    (await openLogDb(name, { version: 3 })).close();
    const raw = await openDB(name);
    const keys = await raw.getAllKeysFromIndex(
      'entries',
      'by-status-createdAt',
      IDBKeyRange.bound(['published', 0], ['published', Infinity]),
    );
    raw.close();
    expect(keys).toEqual(['e1']);
  });
});
