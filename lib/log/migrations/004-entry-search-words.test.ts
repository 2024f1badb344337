import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';
import { readStore, seedAtVersion, uniqueDbName } from './test-seed';

const v3Entry = {
  id: 'e1',
  text: 'Le débat sur le #Budget',
  platform: 'x',
  url: '',
  campaignId: null,
  tags: [],
  findings: ['jargon'],
  tips: [],
  status: 'draft',
  metrics: { impressions: 10 },
  createdAt: 1,
  updatedAt: 2,
};

describe('migration 004 (from v3)', () => {
  it('adds the words of each text and indexes them', async () => {
    const name = uniqueDbName('m004');
    await seedAtVersion(name, 3, { entries: [v3Entry] });
    (await openLogDb(name, { version: 4 })).close();
    const [stored] = await readStore(name, 'entries');
    expect(stored).toEqual({ ...v3Entry, words: ['le', 'debat', 'sur', 'budget'] });
    const raw = await openDB(name);
    expect(await raw.getAllKeysFromIndex('entries', 'by-word', 'debat')).toEqual(['e1']);
    raw.close();
  });

  it('aborts the whole upgrade on a bad record, leaving version 3 and its data as they were', async () => {
    const name = uniqueDbName('m004-abort');
    await seedAtVersion(name, 3, { entries: [v3Entry, { ...v3Entry, id: 'e2', text: 42 }] });
    await expect(openLogDb(name, { version: 4 })).rejects.toThrow(TypeError);
    const raw = await openDB(name);
    expect(raw.version).toBe(3);
    expect(raw.objectStoreNames.contains('entries')).toBe(true);
    expect(await raw.getAll('entries')).toEqual([v3Entry, { ...v3Entry, id: 'e2', text: 42 }]);
    raw.close();
  });
});
