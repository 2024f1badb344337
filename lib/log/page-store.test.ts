import fc from 'fast-check';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { catalogRows, type CatalogRecord } from './catalog';
import { uniqueDbName } from './migrations/test-seed';
import { compareKeys, storedKey, type EntryKey } from './page-layout';
import type { PartSizes, StoredPage } from './page-store';
import { createLogRepository } from './repository';
import type { Entry } from './schema';
import type { WordBucket } from './search-index';
import { searchWords } from './search-words';

const SIZES: PartSizes = { page: 2, segment: 3 };

/**
 * Checks the stored layout of `name` against what its entries should be: both layers in time order
 * with their keys in place, sizes right, every entry in exactly one page and one catalog row (holding
 * the entry's own fields), and the by-entry index pointing at each entry's page.
 */
async function expectSoundLayout(name: string, expected: readonly Entry[]): Promise<void> {
  const db = await openDB(name);
  try {
    const pageKeys = (await db.getAllKeys('pages')) as EntryKey[];
    const pages = (await db.getAll('pages')) as StoredPage[];
    const sizeKeys = (await db.getAllKeys('sizes')) as EntryKey[];
    const sizes = (await db.getAll('sizes')) as number[];
    const segmentKeys = (await db.getAllKeys('catalog')) as EntryKey[];
    const segments = (await db.getAll('catalog')) as CatalogRecord[];
    expect(await db.getAllKeys('segments')).toEqual(segmentKeys);
    expect(await db.getAll('segments')).toEqual(segments.map((segment) => segment.createdAt.length));

    const inOrder = [...expected].sort((a, b) => compareKeys([a.createdAt, a.id], [b.createdAt, b.id]));
    const layer = (keys: EntryKey[], rows: Array<Array<{ id: string; key: EntryKey }>>, size: number) => {
      rows.forEach((part, p) => {
        expect(part.length).toBeGreaterThan(0);
        expect(part.length).toBeLessThanOrEqual(2 * size);
        expect(compareKeys(keys[p] as EntryKey, (part[0] as { key: EntryKey }).key)).toBeLessThanOrEqual(0);
        const next = keys[p + 1];
        if (next) expect(compareKeys((part.at(-1) as { key: EntryKey }).key, next)).toBeLessThan(0);
      });
      const flat = rows.flat();
      for (let i = 1; i < flat.length; i++) {
        const [before, after] = [flat[i - 1], flat[i]] as Array<{ key: EntryKey }>;
        expect(compareKeys(before?.key as EntryKey, after?.key as EntryKey)).toBeLessThan(0);
      }
      expect(flat.map((r) => r.id)).toEqual(inOrder.map((e) => e.id));
    };
    const values = pages.map((page) => page.entries.map((text) => JSON.parse(text) as unknown));
    const pageRows = pages.map((page, p) =>
      page.ids.map((id, i) => {
        // The time kept beside each entry is the entry's own.
        expect(page.times[i]).toBe(storedKey(values[p]?.[i], id)[0]);
        return { id, key: storedKey(values[p]?.[i], id) };
      }),
    );
    layer(pageKeys, pageRows, SIZES.page);
    expect(values.flat()).toEqual(inOrder);
    expect(sizeKeys).toEqual(pageKeys);
    expect(sizes).toEqual(pages.map((page) => page.ids.length));

    const words = (await db.getAll('words')) as WordBucket[];
    const wordKeys = (await db.getAllKeys('words')) as Array<[number, string, string]>;
    // Every word record sits under its segment's key and its own initial.
    wordKeys.forEach((key, i) => {
      expect(segmentKeys.some((k) => k[0] === key[0] && k[1] === key[1])).toBe(true);
      expect(key[2]).toBe(words[i]?.initial);
    });
    const rows = segments.map((segment, s) =>
      catalogRows(
        segment,
        words.filter(
          (_, i) => wordKeys[i]?.[0] === segmentKeys[s]?.[0] && wordKeys[i]?.[1] === segmentKeys[s]?.[1],
        ),
      ),
    );
    layer(segmentKeys, rows, SIZES.segment);
    rows.flat().forEach((row, i) => {
      const entry = inOrder[i] as Entry;
      expect(row.entry).toEqual({
        id: entry.id,
        createdAt: entry.createdAt,
        campaignId: entry.campaignId,
        platform: entry.platform,
        status: entry.status,
        tags: entry.tags,
      });
      expect([...row.words].sort()).toEqual(searchWords(entry.text).sort());
    });

    const index = db.transaction('pages').store.index('by-entry');
    for (const [p, page] of pages.entries()) {
      for (const id of page.ids) expect(await index.getKey(id)).toEqual(pageKeys[p]);
    }
  } finally {
    db.close();
  }
}

describe('pages and catalog segments', () => {
  it('stay in time order, in step with each other, through any sequence of writes', async () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), n: fc.integer({ min: 1, max: 6 }), at: fc.nat(30) }),
      fc.record({
        kind: fc.constant('edit' as const),
        pick: fc.nat(40),
        text: fc.constantFrom('vote', 'budget day'),
      }),
      fc.record({ kind: fc.constant('retag' as const), picks: fc.array(fc.nat(40), { maxLength: 5 }) }),
      fc.record({ kind: fc.constant('delete' as const), picks: fc.array(fc.nat(40), { maxLength: 5 }) }),
      fc.record({ kind: fc.constant('undo' as const) }),
      fc.record({
        kind: fc.constant('move' as const),
        picks: fc.array(fc.nat(40), { maxLength: 4 }),
        to: fc.nat(30),
      }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        const name = uniqueDbName(`layout-${++run}`);
        // Times jump around, so entries land before, between and after the parts there are.
        let time = 0;
        let ids = 0;
        const repo = createLogRepository(name, {
          now: () => time,
          newId: () => `e${String(++ids).padStart(3, '0')}`,
          partSizes: SIZES,
        });
        await repo.listCampaigns(); // creates the database before anything reads it raw
        const model = new Map<string, Entry>();
        let lastDeleted: Entry[] = [];
        const pick = (n: number) => [...model.keys()].sort()[n % Math.max(1, model.size)];
        try {
          for (const o of ops) {
            if (o.kind === 'add') {
              for (let i = 0; i < o.n; i++) {
                time = (o.at * 7 + i * 3) % 40;
                const entry = await repo.addEntry({
                  text: `post ${ids}`,
                  platform: i % 2 ? 'x' : 'bluesky',
                  tags: [`t${i % 3}`],
                });
                model.set(entry.id, entry);
              }
            } else if (o.kind === 'edit') {
              const id = pick(o.pick);
              if (id) model.set(id, await repo.updateEntry(id, { text: o.text, status: 'draft' }));
            } else if (o.kind === 'retag') {
              const chosen = o.picks.map(pick).filter((id): id is string => id !== undefined);
              await repo.updateEntries(chosen, { addTags: ['bulk'] });
              for (const id of chosen) {
                const entry = await repo.getEntry(id);
                if (entry) model.set(id, entry);
              }
            } else if (o.kind === 'delete') {
              const chosen = [...o.picks.map(pick).filter((id): id is string => id !== undefined), 'missing'];
              lastDeleted = await repo.deleteEntries(chosen);
              for (const id of chosen) model.delete(id);
            } else if (o.kind === 'undo') {
              await repo.restoreEntries(lastDeleted);
              for (const entry of lastDeleted) model.set(entry.id, entry);
              lastDeleted = [];
            } else if (o.kind === 'move') {
              // An import that changes entries' times moves them to other parts.
              const exported = JSON.parse(await repo.exportJson()) as { entries: Entry[] };
              const chosen = new Set(o.picks.map(pick));
              for (const entry of exported.entries) {
                if (chosen.has(entry.id)) entry.createdAt = (o.to * 5 + entry.createdAt) % 45;
              }
              await repo.applyImport(await repo.previewImport(JSON.stringify(exported)));
              for (const entry of exported.entries) model.set(entry.id, entry);
            } else {
              await repo.clearAll();
              model.clear();
            }
            await expectSoundLayout(name, [...model.values()]);
            expect((await repo.queryEntries({}, { limit: 1 })).total).toBe(model.size);
          }
        } finally {
          await repo.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('puts a large import into pages and segments of about their size', async () => {
    const name = uniqueDbName('bulk');
    const repo = createLogRepository(name, { partSizes: { page: 10, segment: 25 } });
    const entries = Array.from({ length: 333 }, (_, i) => ({
      id: `e${i}`,
      text: `Post ${i}`,
      platform: 'x',
      url: '',
      campaignId: null,
      tags: [],
      findings: [],
      tips: [],
      status: 'published' as const,
      metrics: {},
      createdAt: 1000 + ((i * 37) % 333),
      updatedAt: 1000,
    }));
    const file = JSON.stringify({
      format: 'rostrum-log',
      version: 2,
      exportedAt: '2025-01-01T00:00:00.000Z',
      campaigns: [],
      entries,
    });
    await repo.applyImport(await repo.previewImport(file));
    const db = await openDB(name);
    const pageSizes = (await db.getAll('pages')).map((p: StoredPage) => p.ids.length);
    const segmentSizes = (await db.getAll('catalog')).map((c: CatalogRecord) => c.createdAt.length);
    db.close();
    expect(pageSizes.reduce((a, b) => a + b, 0)).toBe(333);
    expect(Math.max(...pageSizes) - Math.min(...pageSizes)).toBeLessThanOrEqual(1);
    expect(pageSizes).toHaveLength(34);
    expect(segmentSizes).toHaveLength(14);
    expect((await repo.listEntries()).map((e) => e.createdAt)).toEqual(
      entries.map((e) => e.createdAt).sort((a, b) => b - a),
    );
    await repo.close();
  });
});
