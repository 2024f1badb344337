import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';
import { createLogRepository } from '../repository';
import { StoredEntryRecord } from '../schema';
import { bucketOf, SEARCH_BUCKETS, type SearchBucket } from './005-search-buckets';
import { readStore, seedAtVersion, uniqueDbName } from './test-seed';

const v4Entry = {
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
  words: ['le', 'debat', 'sur', 'budget'],
};

describe('migration 005 (from v4)', () => {
  it('drops by-word and the words of each entry, and fills the search buckets', async () => {
    const name = uniqueDbName('m005');
    const others = Array.from({ length: 40 }, (_, i) => ({
      ...v4Entry,
      id: `e${i + 2}`,
      text: `Vote ${i}`,
      words: ['vote', String(i)],
    }));
    await seedAtVersion(name, 4, { entries: [v4Entry, ...others] });
    (await openLogDb(name, { version: 5 })).close();

    const stored = await readStore(name, 'entries');
    const { words: _words, ...withoutWords } = v4Entry;
    expect(stored).toContainEqual(withoutWords);
    expect(stored.every((e) => StoredEntryRecord.safeParse(e).success)).toBe(true);

    const buckets = (await readStore(name, 'search')) as SearchBucket[];
    expect(buckets.every((b) => b.bucket >= 0 && b.bucket < SEARCH_BUCKETS)).toBe(true);
    const lines = new Map(
      buckets.flatMap((b) => b.ids.map((id, i) => [id, [b.bucket, b.lines[i]]] as const)),
    );
    expect(lines.size).toBe(41);
    expect(lines.get('e1')).toEqual([bucketOf('e1'), ' le debat sur budget']);
    expect(lines.get('e2')).toEqual([bucketOf('e2'), ' vote 0']);

    const raw = await openDB(name);
    expect(raw.version).toBe(5);
    expect(raw.transaction('entries').store.indexNames.contains('by-word')).toBe(false);
    raw.close();

    const repo = createLogRepository(name);
    expect(await repo.findEntryIds({ text: 'DÉB' })).toEqual(['e1']);
    expect(await repo.findEntryIds({ text: 'vot 1' })).toHaveLength(11); // 1, 10…19
    expect(await repo.findEntryIds({ text: 'vote 12' })).toEqual(['e14']);
    await repo.close();
  });

  it('aborts the whole upgrade on a bad record, leaving version 4 and its data as they were', async () => {
    const name = uniqueDbName('m005-abort');
    const bad = { ...v4Entry, id: 'e2', text: 42 };
    await seedAtVersion(name, 4, { entries: [v4Entry, bad] });
    await expect(openLogDb(name, { version: 5 })).rejects.toThrow(TypeError);
    const raw = await openDB(name);
    expect(raw.version).toBe(4);
    expect(raw.objectStoreNames.contains('search')).toBe(false);
    expect(raw.transaction('entries').store.indexNames.contains('by-word')).toBe(true);
    expect(await raw.getAll('entries')).toEqual([v4Entry, bad]);
    raw.close();
  });
});
