import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';
import { createLogRepository } from '../repository';
import { readPagedEntries, readStore, seedAtVersion, uniqueDbName } from './test-seed';

const v6Entry = (i: number) => ({
  id: `e${String(i).padStart(3, '0')}`,
  text: i % 3 === 0 ? `Le débat sur le budget ${i}` : `Vote ${i}`,
  platform: i % 2 ? 'x' : 'bluesky',
  url: '',
  campaignId: null,
  tags: i % 4 === 0 ? ['live'] : [],
  findings: [],
  tips: [],
  status: i % 5 === 0 ? 'draft' : 'published',
  metrics: i % 7 === 0 ? { impressions: i } : {},
  createdAt: 1_000 + ((i * 13) % 40),
  updatedAt: 2_000,
});

describe('migration 007 (from v6)', () => {
  it('moves every entry into pages with a catalog and sizes, and drops the old stores', async () => {
    const name = uniqueDbName('m007');
    const entries = Array.from({ length: 40 }, (_, i) => v6Entry(i));
    // A record damaged outside Rostrum: no time, a number for text. It must survive the move.
    const damaged = { id: 'damaged', text: 42 };
    await seedAtVersion(name, 6, { entries: [...entries, damaged] });
    (await openLogDb(name, { version: 7 })).close();

    const raw = await openDB(name);
    expect(raw.version).toBe(7);
    expect([...raw.objectStoreNames].sort()).toEqual([
      'campaigns',
      'catalog',
      'pages',
      'segments',
      'sizes',
      'words',
    ]);
    raw.close();

    const stored = await readPagedEntries(name);
    expect(stored).toHaveLength(41);
    for (const entry of [...entries, damaged]) expect(stored).toContainEqual(entry);
    expect(await readStore(name, 'sizes')).toEqual([41]);

    const repo = createLogRepository(name);
    const newestFirst = [...entries].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
    expect((await repo.listEntries()).map((e) => e.id)).toEqual(newestFirst.map((e) => e.id));
    expect(new Set(await repo.findEntryIds({ text: 'DEB' }))).toEqual(
      new Set(entries.filter((e) => e.text.startsWith('Le')).map((e) => e.id)),
    );
    expect(await repo.findEntryIds({ tag: 'live', status: 'draft', sort: 'oldest' })).toEqual(
      entries
        .filter((e) => e.tags.includes('live') && e.status === 'draft')
        .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
        .map((e) => e.id),
    );
    // The damaged record is counted, never listed, and can be deleted.
    expect((await repo.queryEntries({}, { limit: 1 })).total).toBe(41);
    await repo.deleteEntries(['damaged']);
    expect((await repo.queryEntries({}, { limit: 1 })).total).toBe(40);
    await repo.close();
  });

  it('leaves an empty log empty', async () => {
    const name = uniqueDbName('m007-empty');
    await seedAtVersion(name, 6, { entries: [] });
    const repo = createLogRepository(name);
    expect(await repo.queryEntries({}, { limit: 5 })).toEqual({ entries: [], total: 0 });
    await repo.addEntry({ text: 'first', platform: 'x' });
    expect((await repo.queryEntries({}, { limit: 5 })).total).toBe(1);
    await repo.close();
  });
});
