import { describe, expect, it } from 'vitest';
import { createLogRepository } from '../repository';
import { CampaignRecord, LOG_DB_VERSION, StoredEntryRecord } from '../schema';
import { MIGRATIONS } from './index';
import { readPagedEntries, readStore, seedAtVersion, uniqueDbName } from './test-seed';

describe('upgrading from version 1 to the current version', () => {
  it('keeps every v1 record, and every one parses with the current schema', async () => {
    const name = uniqueDbName('all');
    const campaigns = Array.from({ length: 3 }, (_, i) => ({
      id: `c${i}`,
      name: `Campaign ${i}`,
      hashtags: [`Tag${i}`],
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      createdAt: 1000 + i,
    }));
    const entries = Array.from({ length: 250 }, (_, i) => ({
      id: `e${i}`,
      text: `Post number ${i} about the budget`,
      platform: i % 2 ? 'x' : 'bluesky',
      url: '',
      campaignId: i % 4 === 0 ? null : `c${i % 3}`,
      tags: i % 5 === 0 ? ['live'] : [],
      createdAt: 10_000 + i,
    }));
    await seedAtVersion(name, 1, { campaigns, entries });

    const repo = createLogRepository(name);
    expect(await repo.listEntries()).toHaveLength(250);
    expect((await repo.listCampaigns()).map((c) => c.id).sort()).toEqual(['c0', 'c1', 'c2']);
    await repo.close();

    const storedCampaigns = await readStore(name, 'campaigns');
    const storedEntries = await readPagedEntries(name);
    expect(storedCampaigns.every((c) => CampaignRecord.safeParse(c).success)).toBe(true);
    expect(storedEntries.every((e) => StoredEntryRecord.safeParse(e).success)).toBe(true);
    for (const original of entries) {
      expect(storedEntries).toContainEqual(expect.objectContaining(original));
    }
    expect(MIGRATIONS).toHaveLength(LOG_DB_VERSION);
  });
});
