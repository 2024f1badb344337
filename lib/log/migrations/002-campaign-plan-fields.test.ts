import { describe, expect, it } from 'vitest';
import { openLogDb } from '../db';
import { readStore, seedAtVersion, uniqueDbName } from './test-seed';

const v1Campaign = {
  id: 'c1',
  name: 'Budget week',
  hashtags: ['Budget2025'],
  startDate: '2025-03-01',
  endDate: '2025-03-08',
  createdAt: 1_700_000_000_000,
};

describe('migration 002 (from v1)', () => {
  it('adds empty plan fields to every campaign and keeps what was there', async () => {
    const name = uniqueDbName('m002');
    await seedAtVersion(name, 1, {
      campaigns: [v1Campaign, { ...v1Campaign, id: 'c2', name: 'Open day' }],
      entries: [{ id: 'e1', text: 't', platform: 'x', url: '', campaignId: 'c1', tags: [], createdAt: 1 }],
    });
    const db = await openLogDb(name, { version: 2 });
    db.close();
    const campaigns = await readStore(name, 'campaigns');
    expect(campaigns).toEqual([
      {
        ...v1Campaign,
        objective: null,
        audience: '',
        keyMessages: [],
        platforms: [],
        account: null,
        language: '',
        targets: {},
        archived: false,
        updatedAt: v1Campaign.createdAt,
      },
      expect.objectContaining({ id: 'c2', name: 'Open day', archived: false }),
    ]);
    // Entries are not this step's business.
    expect(await readStore(name, 'entries')).toEqual([
      { id: 'e1', text: 't', platform: 'x', url: '', campaignId: 'c1', tags: [], createdAt: 1 },
    ]);
  });
});
