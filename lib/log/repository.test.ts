import { describe, expect, it } from 'vitest';
import { isLogError, LogValidationError } from './errors';
import { createLogRepository, type LogRepositoryOptions } from './repository';

let dbCounter = 0;
function freshRepo(options: LogRepositoryOptions = {}) {
  let clock = 1_700_000_000_000;
  let ids = 0;
  return createLogRepository(`repo-test-${++dbCounter}`, {
    now: () => (clock += 1000),
    newId: () => `id-${++ids}`,
    ...options,
  });
}

const campaignInput = {
  name: 'Budget week',
  hashtags: '#Budget2025, #AskParliament',
  startDate: '2025-03-01',
  endDate: '2025-03-08',
};

describe('campaigns', () => {
  it('creates a campaign with normalised hashtags and reads it back', async () => {
    const repo = freshRepo();
    const saved = await repo.saveCampaign(campaignInput);
    expect(saved).toEqual({
      id: 'id-1',
      name: 'Budget week',
      objective: null,
      audience: '',
      keyMessages: [],
      hashtags: ['Budget2025', 'AskParliament'],
      platforms: [],
      startDate: '2025-03-01',
      endDate: '2025-03-08',
      account: null,
      language: '',
      targets: {},
      archived: false,
      createdAt: 1_700_000_001_000,
      updatedAt: 1_700_000_001_000,
    });
    expect(await repo.getCampaign('id-1')).toEqual(saved);
    expect(await repo.listCampaigns()).toEqual([saved]);
  });

  it('updates by id and keeps createdAt', async () => {
    const repo = freshRepo();
    const first = await repo.saveCampaign(campaignInput);
    const updated = await repo.saveCampaign({ ...campaignInput, id: first.id, name: 'Budget fortnight' });
    expect(updated.createdAt).toBe(first.createdAt);
    expect(updated.name).toBe('Budget fortnight');
    expect(await repo.listCampaigns()).toHaveLength(1);
  });

  it('refuses an update of an unknown id', async () => {
    const repo = freshRepo();
    await expect(repo.saveCampaign({ ...campaignInput, id: 'nope' })).rejects.toSatisfy((e) =>
      isLogError(e, 'not-found'),
    );
    expect(await repo.listCampaigns()).toEqual([]);
  });

  it.each([
    [{ ...campaignInput, name: '   ' }, 'name', 'Give the campaign a name.'],
    [{ ...campaignInput, endDate: '2025-02-01' }, 'endDate', 'The end date cannot be before the start date.'],
    [{ ...campaignInput, startDate: '1 March' }, 'startDate', 'Use a date in the form YYYY-MM-DD.'],
    [
      { ...campaignInput, hashtags: '#bad-tag' },
      'hashtags',
      'A hashtag has letters, digits and underscores only.',
    ],
  ])('rejects bad input with a readable message (%#)', async (input, field, message) => {
    const repo = freshRepo();
    const error = await repo.saveCampaign(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogValidationError);
    const validation = error as LogValidationError;
    expect(validation.code).toBe('invalid-input');
    expect(validation.message).toContain(message);
    expect(validation.fieldErrors()[field]).toBe(message);
    expect(await repo.listCampaigns()).toEqual([]);
  });

  it('lists the latest start date first', async () => {
    const repo = freshRepo();
    await repo.saveCampaign({
      ...campaignInput,
      name: 'Old',
      startDate: '2024-01-01',
      endDate: '2024-01-02',
    });
    await repo.saveCampaign({
      ...campaignInput,
      name: 'New',
      startDate: '2025-06-01',
      endDate: '2025-06-02',
    });
    expect((await repo.listCampaigns()).map((c) => c.name)).toEqual(['New', 'Old']);
  });
});

describe('entries', () => {
  it('logs a post and lists entries newest first', async () => {
    const repo = freshRepo();
    const campaign = await repo.saveCampaign(campaignInput);
    const a = await repo.addEntry({
      text: 'first',
      platform: 'x',
      url: 'https://x.com/home',
      campaignId: campaign.id,
    });
    const b = await repo.addEntry({ text: 'second', platform: 'bluesky', tags: [' vote ', 'vote', ''] });
    expect(b).toMatchObject({ campaignId: null, url: '', tags: ['vote'] });
    expect((await repo.listEntries()).map((e) => e.text)).toEqual(['second', 'first']);
    expect(await repo.getEntry(a.id)).toEqual(a);
  });

  it('filters by campaign (and by no campaign) and limits', async () => {
    const repo = freshRepo();
    const c1 = await repo.saveCampaign(campaignInput);
    const c2 = await repo.saveCampaign({ ...campaignInput, name: 'Other' });
    await repo.addEntry({ text: '1', platform: 'x', campaignId: c1.id });
    await repo.addEntry({ text: '2', platform: 'x', campaignId: c2.id });
    await repo.addEntry({ text: '3', platform: 'x', campaignId: c1.id });
    await repo.addEntry({ text: '4', platform: 'x' });
    expect((await repo.listEntries({ campaignId: c1.id })).map((e) => e.text)).toEqual(['3', '1']);
    expect((await repo.listEntries({ campaignId: null })).map((e) => e.text)).toEqual(['4']);
    expect((await repo.listEntries({ limit: 2 })).map((e) => e.text)).toEqual(['4', '3']);
  });

  it('refuses an entry for an unknown campaign and stores nothing', async () => {
    const repo = freshRepo();
    await expect(repo.addEntry({ text: 'x', platform: 'x', campaignId: 'missing' })).rejects.toSatisfy((e) =>
      isLogError(e, 'not-found'),
    );
    expect(await repo.listEntries()).toEqual([]);
  });

  it('rejects unknown fields and bad platforms', async () => {
    const repo = freshRepo();
    await expect(repo.addEntry({ text: 'x', platform: 'X!' })).rejects.toBeInstanceOf(LogValidationError);
    // @ts-expect-error unknown keys are refused at runtime too
    await expect(repo.addEntry({ text: 'x', platform: 'x', extra: 1 })).rejects.toBeInstanceOf(
      LogValidationError,
    );
  });

  it('survives closing and reopening (a browser restart)', async () => {
    const name = `restart-${++dbCounter}`;
    const first = createLogRepository(name);
    const entry = await first.addEntry({ text: 'kept', platform: 'x' });
    await first.close();
    const second = createLogRepository(name);
    expect(await second.listEntries()).toEqual([entry]);
    await second.close();
  });

  it('leaves out stored records that no longer parse, and says so', async () => {
    const seen: unknown[] = [];
    const name = `corrupt-${++dbCounter}`;
    const repo = createLogRepository(name, { onCorruptRecord: (_store, key) => seen.push(key) });
    await repo.addEntry({ text: 'good', platform: 'x' });
    const victim = await repo.addEntry({ text: 'damaged later', platform: 'x' });
    // Damage the stored value in place, as something outside Rostrum might.
    const { openDB } = await import('idb');
    const raw = await openDB(name);
    const [key] = await raw.getAllKeys('pages');
    const page = (await raw.get('pages', key as IDBValidKey)) as { ids: string[]; entries: string[] };
    page.entries[page.ids.indexOf(victim.id)] = JSON.stringify({
      id: victim.id,
      text: 42,
      createdAt: victim.createdAt,
    });
    await raw.put('pages', page, key as IDBValidKey);
    raw.close();

    expect((await repo.listEntries()).map((e) => e.text)).toEqual(['good']);
    expect(seen).toEqual([victim.id]);
    expect((await repo.queryEntries({}, { limit: 10 })).entries.map((e) => e.text)).toEqual(['good']);
    expect(await repo.getEntry(victim.id)).toBeUndefined();
    // Still there to delete, and then gone for good.
    await repo.deleteEntries([victim.id]);
    expect((await repo.queryEntries({}, { limit: 10 })).total).toBe(1);
    const again = await openDB(name);
    expect(JSON.stringify(await again.getAll('pages'))).not.toContain(victim.id);
    again.close();
  });
});
