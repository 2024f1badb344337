import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { createLogRepository } from '../log/repository';
import { createLogModel, PAGE_SIZE } from './log-model';

let n = 0;
const post = { text: 'Sitting starts at 2pm', platform: 'x', url: 'https://x.com/home' };

describe('log model', () => {
  it('logs a post to the active campaign and puts it on top', async () => {
    const repository = createLogRepository(`log-model-${++n}`);
    const campaign = await repository.saveCampaign({
      name: 'C',
      startDate: '2025-01-01',
      endDate: '2025-01-31',
    });
    const active = signal<string | null>(campaign.id);
    const model = createLogModel({ repository, activeCampaignId: active });
    await model.load();
    const first = await model.logPost(post);
    active.value = null;
    const second = await model.logPost({ ...post, text: 'No campaign', tags: ['live'] });
    expect(first?.campaignId).toBe(campaign.id);
    expect(second).toMatchObject({ campaignId: null, tags: ['live'] });
    expect(model.entries.value.map((e) => e.text)).toEqual(['No campaign', 'Sitting starts at 2pm']);
    expect(model.status.value).toBe('saved');

    const again = createLogModel({ repository, activeCampaignId: active });
    await again.load();
    expect(again.entries.value).toEqual(model.entries.value);
  });

  it('shows why a post could not be logged', async () => {
    const repository = createLogRepository(`log-model-${++n}`);
    const model = createLogModel({ repository, activeCampaignId: signal('deleted-campaign') });
    expect(await model.logPost(post)).toBeNull();
    expect(model.status.value).toBe('error');
    expect(model.error.value).toContain('deleted-campaign');
    expect(model.entries.value).toEqual([]);
  });
});

describe('log model: review', () => {
  async function seeded(count: number) {
    let clock = 1_700_000_000_000;
    const repository = createLogRepository(`log-model-${++n}`, { now: () => (clock += 1000) });
    for (let i = 0; i < count; i++) {
      await repository.addEntry({
        text: `post ${i}`,
        platform: i % 2 ? 'x' : 'bluesky',
        tags: i % 3 ? [] : ['live'],
      });
    }
    const persist = vi.fn(async () => true);
    const model = createLogModel({
      repository,
      activeCampaignId: signal(null),
      storage: { persist },
      now: () => Date.UTC(2025, 4, 6, 12),
    });
    await model.load();
    return { repository, model, persist };
  }

  it('loads the first page with the total, then other windows on demand', async () => {
    const { model } = await seeded(250);
    expect(model.total.value).toBe(250);
    expect(model.rows.value.size).toBe(PAGE_SIZE);
    expect(model.rows.value.get(0)?.text).toBe('post 249');
    await model.ensureRows(180, 230);
    expect(model.rows.value.get(229)?.text).toBe('post 20');
    expect(model.rows.value.has(150)).toBe(true);
    expect(model.tags.value).toEqual([{ tag: 'live', count: 84 }]);
  });

  it('counts once: pages reached by scrolling are read without recounting', async () => {
    const { model, repository } = await seeded(250);
    const counted = vi.spyOn(repository, 'queryEntries');
    const paged = vi.spyOn(repository, 'pageEntries');
    await model.ensureRows(100, 250);
    expect(counted).not.toHaveBeenCalled();
    expect(paged).toHaveBeenCalledTimes(Math.ceil(250 / PAGE_SIZE) - Math.floor(100 / PAGE_SIZE));
    expect(model.total.value).toBe(250);
    expect(model.rows.value.get(249)?.text).toBe('post 0');
  });

  it('filters, and a new query replaces every row', async () => {
    const { model } = await seeded(250);
    await model.ensureRows(200, 250);
    await model.setQuery({ platform: 'x', tag: 'live', sort: 'oldest' });
    expect(model.total.value).toBe(42);
    const texts = [...model.rows.value.values()].map((e) => e.text);
    expect(texts).toHaveLength(42);
    expect(texts[0]).toBe('post 3');
    expect(model.entries.value[0]?.text).toBe('post 3');
  });

  it('drops the answer to an old query that arrives late', async () => {
    const { model } = await seeded(20);
    const slow = model.setQuery({ text: 'post 1' });
    const fast = model.setQuery({ platform: 'x' });
    await Promise.all([slow, fast]);
    expect(model.query.value).toEqual({ platform: 'x' });
    expect([...model.rows.value.values()].every((e) => e.platform === 'x')).toBe(true);
  });

  it('edits in place, deletes with undo, and re-tags the selection', async () => {
    const { model, repository } = await seeded(5);
    const first = model.rows.value.get(0);
    if (!first) throw new Error('no rows');
    await model.updateEntry(first.id, { metrics: { impressions: 10 } });
    expect(model.rows.value.get(0)?.metrics).toEqual({ impressions: 10 });

    model.toggleSelected(first.id);
    const second = model.rows.value.get(1)?.id ?? '';
    model.toggleSelected(second);
    expect(await model.updateMany([...model.selection.value], { addTags: ['batch'] })).toBe(2);
    expect(await repository.findEntryIds({ tag: 'batch' })).toHaveLength(2);

    await model.deleteEntries([first.id, second]);
    expect(model.total.value).toBe(3);
    expect(model.lastDeleted.value).toHaveLength(2);
    expect(model.selection.value.size).toBe(0);
    await model.undoDelete();
    expect(model.total.value).toBe(5);
    expect(model.lastDeleted.value).toEqual([]);
    expect(model.rows.value.get(0)?.metrics).toEqual({ impressions: 10 });
  });

  it('exports, wipes, previews an import and brings everything back', async () => {
    const { model } = await seeded(12);
    const json = await model.exportJson();
    const csv = await model.exportCsv();
    expect(json?.filename).toBe('rostrum-log-2025-05-06.json');
    expect(csv?.text.startsWith('\uFEFF')).toBe(true);
    expect(await model.clearAll()).toBe(true);
    expect(model.total.value).toBe(0);
    const preview = await model.previewImport({ text: async () => json?.text ?? '' });
    expect(preview?.entries.added).toHaveLength(12);
    expect(model.importPreview.value).toBe(preview);
    expect(await model.applyImport()).toBe(true);
    expect(model.total.value).toBe(12);
    expect(model.importPreview.value).toBeNull();
  });

  it('reports a bad import file as an invalid problem and keeps no preview', async () => {
    const { model } = await seeded(1);
    expect(await model.previewImport({ text: async () => '{"format":' })).toBeNull();
    expect(model.problem.value?.kind).toBe('invalid');
    expect(model.importPreview.value).toBeNull();
  });

  it('says plainly when the disk is full, and asks once for persistent storage', async () => {
    const { model, persist } = await seeded(0);
    await model.logPost(post);
    await model.logPost(post);
    expect(persist).toHaveBeenCalledOnce();
    expect(model.persisted.value).toBe(true);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await model.logPost(post)).toBeNull();
    expect(model.problem.value?.kind).toBe('quota');
    expect(model.status.value).toBe('error');
  });

  it('logs the findings and tips shown with the draft', async () => {
    const { model } = await seeded(0);
    const entry = await model.logPost({
      ...post,
      findings: ['jargon'],
      tips: ['plan-one-key-message'],
      status: 'draft',
    });
    expect(entry).toMatchObject({ findings: ['jargon'], tips: ['plan-one-key-message'], status: 'draft' });
  });
});
