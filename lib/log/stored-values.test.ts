import { describe, expect, it } from 'vitest';
import { openLogDb } from './db';
import { isLogError } from './errors';
import { uniqueDbName } from './migrations/test-seed';
import { writeEntries } from './page-store';
import { createLogRepository } from './repository';
import type { Entry } from './schema';

/** Links, times and figures: the rules on every write, and what reads make of records stored before them. */

function freshRepo(name = uniqueDbName('stored')) {
  let clock = Date.UTC(2026, 11, 1);
  let ids = 0;
  return createLogRepository(name, { now: () => (clock += 1000), newId: () => `id-${++ids}` });
}

const damaged: Entry = {
  id: 'damaged',
  text: 'Written by another program',
  platform: 'x',
  url: 'javascript:alert(1)',
  campaignId: null,
  tags: ['old'],
  findings: [],
  tips: [],
  status: 'published',
  metrics: { impressions: 9e15 },
  createdAt: 9e15,
  updatedAt: 9e15,
};

/** Puts a record into the store as another program (or an older Rostrum) could have, past the schema. */
async function storeRaw(name: string, entry: Entry): Promise<void> {
  const db = await openLogDb(name);
  const tx = db.transaction(['pages', 'sizes', 'catalog', 'segments', 'words'], 'readwrite');
  await writeEntries(tx, { put: [entry] });
  await tx.done;
  db.close();
}

describe('links', () => {
  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x'])(
    'a post published with the link %j is logged without it',
    async (url) => {
      const repo = freshRepo();
      const entry = await repo.addEntry({ text: 'Hello', platform: 'x', url });
      expect(entry.url).toBe('');
      expect((await repo.getEntry(entry.id))?.url).toBe('');
    },
  );

  it('keeps http and https links', async () => {
    const repo = freshRepo();
    expect((await repo.addEntry({ text: 'a', platform: 'x', url: 'https://x.com/home' })).url).toBe(
      'https://x.com/home',
    );
    expect((await repo.addEntry({ text: 'b', platform: 'x', url: 'http://intranet.example/' })).url).toBe(
      'http://intranet.example/',
    );
  });

  it('refuses an edit to a javascript: link, with the reason, and changes nothing', async () => {
    const repo = freshRepo();
    const entry = await repo.addEntry({ text: 'Hello', platform: 'x', url: 'https://x.com/home' });
    const error = await repo
      .updateEntry(entry.id, { url: 'javascript:alert(1)', text: 'Changed' })
      .catch((e) => e);
    expect(isLogError(error, 'invalid-input')).toBe(true);
    expect((error as Error).message).toMatch(/http:\/\/ or https:\/\//);
    expect(await repo.getEntry(entry.id)).toEqual(entry);
  });
});

describe('times and figures on write', () => {
  it('refuses a metric above 1,000,000,000 and a target above it', async () => {
    const repo = freshRepo();
    const entry = await repo.addEntry({ text: 'Hello', platform: 'x' });
    const error = await repo
      .updateEntry(entry.id, { metrics: { impressions: 1_000_000_001 } })
      .catch((e) => e);
    expect((error as Error).message).toMatch(/at most 1,000,000,000/);
    expect((await repo.updateEntry(entry.id, { metrics: { impressions: 1_000_000_000 } })).metrics).toEqual({
      impressions: 1_000_000_000,
    });
    await expect(
      repo.saveCampaign({
        name: 'Big',
        startDate: '2026-01-01',
        endDate: '2026-01-02',
        targets: { posts: 2e9 },
      }),
    ).rejects.toThrow(/at most 1,000,000,000/);
  });

  it('refuses campaign dates outside 1970–2199', async () => {
    const repo = freshRepo();
    await expect(
      repo.saveCampaign({ name: 'Far', startDate: '2026-01-01', endDate: '2500-01-01' }),
    ).rejects.toThrow(/between 1970 and 2199/);
  });
});

describe('a record stored with values out of range', () => {
  it('is listed, exported and counted, with its time empty in the CSV and its link dropped', async () => {
    const name = uniqueDbName('stored');
    const repo = freshRepo(name);
    const campaign = await repo.saveCampaign({
      name: 'Week',
      startDate: '2026-11-30',
      endDate: '2026-12-06',
    });
    const good = await repo.addEntry({ text: 'Good', platform: 'x', campaignId: campaign.id });
    await repo.close();
    await storeRaw(name, { ...damaged, campaignId: campaign.id });

    const listed = await repo.listEntries();
    expect(listed.map((e) => e.id).sort()).toEqual(['damaged', good.id].sort());
    const shown = await repo.getEntry('damaged');
    expect(shown).toMatchObject({ url: '', createdAt: 9e15 });
    expect((await repo.queryEntries({ platform: 'x' })).total).toBe(2);

    const csv = await repo.exportCsv();
    expect(csv).toMatch(/\r\ndamaged,,,/);
    expect(csv).not.toContain('javascript:');
    expect(await repo.exportJson()).not.toContain('javascript:');
    const stats = await repo.campaignStats(campaign.id);
    expect(stats.posts).toBe(2);
    expect(stats.overTime.reduce((sum, b) => sum + b.count, 0)).toBe(1);

    // It can be deleted; an edit that would write its time back is refused with the reason.
    await expect(repo.updateEntry('damaged', { text: 'x' })).rejects.toThrow(/before the year 2200/);
    expect(await repo.deleteEntries(['damaged'])).toHaveLength(1);
    expect((await repo.listEntries()).map((e) => e.id)).toEqual([good.id]);
  });
});
