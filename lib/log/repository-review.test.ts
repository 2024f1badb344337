import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLogError, LogQuotaError, LogValidationError } from './errors';
import { uniqueDbName } from './migrations/test-seed';
import type { PartSizes } from './page-store';
import { createLogRepository } from './repository';

function freshRepo(name = uniqueDbName('review'), partSizes?: PartSizes) {
  let clock = 1_000_000;
  let ids = 0;
  return createLogRepository(name, { now: () => (clock += 1000), newId: () => `id-${++ids}`, partSizes });
}

const plan = {
  name: 'Budget week',
  objective: 'explain' as const,
  audience: 'Young voters',
  keyMessages: ['What the budget pays for', ' ', 'How to follow the debate'],
  hashtags: ['Budget2025'],
  platforms: ['x', 'instagram'],
  startDate: '2025-03-01',
  endDate: '2025-03-08',
  account: 'institution' as const,
  language: 'fr-CA',
  targets: { posts: 10, impressions: 50_000 },
};

afterEach(() => vi.restoreAllMocks());

describe('campaign plan fields', () => {
  it('stores every plan field', async () => {
    const repo = freshRepo();
    const saved = await repo.saveCampaign(plan);
    expect(saved).toMatchObject({
      ...plan,
      keyMessages: ['What the budget pays for', 'How to follow the debate'],
    });
  });

  it('keeps plan fields a v1-style update leaves out, and clears them when given null', async () => {
    const repo = freshRepo();
    const saved = await repo.saveCampaign(plan);
    const renamed = await repo.saveCampaign({
      id: saved.id,
      name: 'Renamed',
      hashtags: ['Budget2025'],
      startDate: plan.startDate,
      endDate: plan.endDate,
    });
    expect(renamed).toMatchObject({ name: 'Renamed', objective: 'explain', targets: plan.targets });
    expect(renamed.updatedAt).toBeGreaterThan(saved.updatedAt);
    const cleared = await repo.saveCampaign({ ...plan, id: saved.id, objective: null, account: null });
    expect(cleared).toMatchObject({ objective: null, account: null });
  });

  it.each([
    [{ objective: 'persuade' }, 'objective'],
    [{ targets: { impressions: -1 } }, 'targets'],
    [{ targets: { likes: 3 } }, 'targets'],
    [{ language: 'French' }, 'language'],
    [{ platforms: ['x', 'X!'] }, 'platforms'],
  ])('rejects bad plan values %j', async (bad, field) => {
    const repo = freshRepo();
    const error = await repo.saveCampaign({ ...plan, ...bad } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogValidationError);
    expect((error as LogValidationError).fieldErrors()[field]).toBeTruthy();
  });

  it('archives and restores a campaign, keeping its entries', async () => {
    const repo = freshRepo();
    const c = await repo.saveCampaign(plan);
    await repo.addEntry({ text: 'a', platform: 'x', campaignId: c.id });
    expect((await repo.archiveCampaign(c.id)).archived).toBe(true);
    expect((await repo.listCampaigns())[0]?.archived).toBe(true);
    expect(await repo.listEntries({ campaignId: c.id })).toHaveLength(1);
    expect((await repo.archiveCampaign(c.id, false)).archived).toBe(false);
    await expect(repo.archiveCampaign('nope')).rejects.toSatisfy((e) => isLogError(e, 'not-found'));
  });
});

describe('entry review', () => {
  it('logs findings, tips, status and metrics', async () => {
    const repo = freshRepo();
    const e = await repo.addEntry({
      text: 't',
      platform: 'x',
      findings: ['jargon', 'jargon', 'all-caps'],
      tips: ['plan-one-key-message'],
      status: 'draft',
      metrics: { impressions: 10 },
    });
    expect(e).toMatchObject({
      findings: ['jargon', 'all-caps'],
      status: 'draft',
      metrics: { impressions: 10 },
    });
    expect(e.updatedAt).toBe(e.createdAt);
  });

  it('edits given fields only, merges metrics and clears a metric with null', async () => {
    const repo = freshRepo();
    const e = await repo.addEntry({
      text: 'old words',
      platform: 'x',
      metrics: { impressions: 10, shares: 1 },
    });
    const edited = await repo.updateEntry(e.id, {
      text: 'new words',
      status: 'published',
      metrics: { engagements: 4, shares: null },
    });
    expect(edited).toMatchObject({
      text: 'new words',
      platform: 'x',
      metrics: { impressions: 10, engagements: 4 },
    });
    expect(edited.metrics).not.toHaveProperty('shares');
    expect(edited.updatedAt).toBeGreaterThan(e.updatedAt);
    expect(await repo.findEntryIds({ text: 'new' })).toEqual([e.id]);
    expect(await repo.findEntryIds({ text: 'old' })).toEqual([]);
  });

  it('refuses bad edits and unknown ids, changing nothing', async () => {
    const repo = freshRepo();
    const e = await repo.addEntry({ text: 't', platform: 'x' });
    await expect(repo.updateEntry(e.id, { metrics: { impressions: 1.5 } })).rejects.toBeInstanceOf(
      LogValidationError,
    );
    await expect(repo.updateEntry(e.id, { campaignId: 'gone' })).rejects.toSatisfy((x) =>
      isLogError(x, 'not-found'),
    );
    await expect(repo.updateEntry('gone', { text: 'x' })).rejects.toSatisfy((x) =>
      isLogError(x, 'not-found'),
    );
    expect(await repo.getEntry(e.id)).toEqual(e);
  });

  it('deletes entries and undoes the deletion exactly', async () => {
    const repo = freshRepo();
    const a = await repo.addEntry({ text: 'a', platform: 'x', tags: ['t'] });
    const b = await repo.addEntry({ text: 'b', platform: 'x' });
    const deleted = await repo.deleteEntries([a.id, b.id, 'never-there']);
    expect(deleted).toEqual([a, b]);
    expect(await repo.listEntries()).toEqual([]);
    await repo.restoreEntries(deleted);
    expect(await repo.listEntries()).toEqual([b, a]);
    expect(await repo.findEntryIds({ tag: 't', text: 'a' })).toEqual([a.id]);
  });

  it('re-tags, moves and marks many entries in one go', async () => {
    const repo = freshRepo();
    const c = await repo.saveCampaign(plan);
    const a = await repo.addEntry({ text: 'a', platform: 'x', tags: ['old', 'keep'], status: 'draft' });
    const b = await repo.addEntry({ text: 'b', platform: 'x', tags: ['old'] });
    const untouched = await repo.addEntry({ text: 'c', platform: 'x', tags: ['old'] });
    const changed = await repo.updateEntries([a.id, b.id, 'gone'], {
      addTags: ['new', 'keep'],
      removeTags: ['old'],
      campaignId: c.id,
      status: 'published',
    });
    expect(changed).toBe(2);
    expect((await repo.getEntry(a.id))?.tags).toEqual(['keep', 'new']);
    expect(await repo.getEntry(b.id)).toMatchObject({
      tags: ['new', 'keep'],
      campaignId: c.id,
      status: 'published',
    });
    expect(await repo.getEntry(untouched.id)).toEqual(untouched);
    expect(await repo.findEntryIds({ tag: 'old' })).toEqual([untouched.id]);
  });

  it('re-tags all or nothing: an unknown campaign leaves every entry as it was', async () => {
    const repo = freshRepo();
    const a = await repo.addEntry({ text: 'a', platform: 'x', tags: ['old'] });
    await expect(repo.updateEntries([a.id], { addTags: ['x'], campaignId: 'gone' })).rejects.toSatisfy((e) =>
      isLogError(e, 'not-found'),
    );
    expect(await repo.getEntry(a.id)).toEqual(a);
    await expect(repo.updateEntries([a.id], {})).rejects.toBeInstanceOf(LogValidationError);
  });
});

describe('storage errors', () => {
  it('surfaces a full disk as a LogQuotaError and keeps the earlier data', async () => {
    const repo = freshRepo();
    const kept = await repo.addEntry({ text: 'kept', platform: 'x' });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await repo.addEntry({ text: 'lost', platform: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LogQuotaError);
    expect(isLogError(error, 'quota-exceeded')).toBe(true);
    expect((error as Error).message).toMatch(/no more room/);
    vi.restoreAllMocks();
    expect(await repo.listEntries()).toEqual([kept]);
  });

  it('turns a quota error in the middle of an import into nothing written', async () => {
    const source = freshRepo();
    for (let i = 0; i < 5; i++) await source.addEntry({ text: `e${i}`, platform: 'x' });
    const file = await source.exportJson();
    // Pages of two entries: the import writes several pages, and the disk fills after the first ones.
    const target = freshRepo(undefined, { page: 2, segment: 2 });
    const preview = await target.previewImport(file);
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 5) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(target.applyImport(preview)).rejects.toBeInstanceOf(LogQuotaError);
    vi.restoreAllMocks();
    expect(calls).toBe(5);
    expect(await target.listEntries()).toEqual([]);
  });
});

describe('two windows writing at once', () => {
  it('loses no entry and no edit', async () => {
    const name = uniqueDbName('concurrent');
    const left = createLogRepository(name);
    const right = createLogRepository(name);
    const shared = await left.addEntry({ text: 'shared', platform: 'x' });
    await Promise.all([
      ...Array.from({ length: 50 }, (_, i) => left.addEntry({ text: `left ${i}`, platform: 'x' })),
      ...Array.from({ length: 50 }, (_, i) => right.addEntry({ text: `right ${i}`, platform: 'bluesky' })),
      left.updateEntry(shared.id, { metrics: { impressions: 100 } }),
      right.updateEntry(shared.id, { metrics: { shares: 3 } }),
      left.updateEntries([shared.id], { addTags: ['left'] }),
      right.updateEntries([shared.id], { addTags: ['right'] }),
    ]);
    const all = await right.listEntries();
    expect(all).toHaveLength(101);
    expect(new Set(all.map((e) => e.id)).size).toBe(101);
    const merged = await left.getEntry(shared.id);
    expect(merged?.metrics).toEqual({ impressions: 100, shares: 3 });
    expect([...(merged?.tags ?? [])].sort()).toEqual(['left', 'right']);
    await Promise.all([left.close(), right.close()]);
  });
});

describe('schema upgrades from another window', () => {
  it('lets a newer window upgrade, and then says to reload instead of failing obscurely', async () => {
    const name = uniqueDbName('upgrade-elsewhere');
    const old = createLogRepository(name);
    await old.addEntry({ text: 'before', platform: 'x' });
    const { openDB } = await import('idb');
    const newer = await openDB(name, 99);
    newer.close();
    const error = await old.listEntries().catch((e: unknown) => e);
    expect(isLogError(error, 'storage-failed')).toBe(true);
    expect((error as Error).message).toMatch(/Reload this panel/);
  });
});
