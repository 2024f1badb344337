import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  catalogIds,
  catalogRows,
  countTags,
  matchingRows,
  UNREADABLE,
  type CatalogRow,
  type RowFilter,
} from './catalog';
import { compareKeys } from './page-layout';
import type { EntryStatus } from './schema';

const CAMPAIGNS = ['c1', 'c2', 'c3'];
const PLATFORMS = ['x', 'bluesky', 'facebook'];
const TAGS = ['live', 'vote', 'Budget', 'youth'];
const WORDS = ['budget', 'debat', 'vote', 'bill', 'session'];

const rowSpecArb = fc.record({
  createdAt: fc.integer({ min: 0, max: 12 }),
  campaignId: fc.constantFrom(null, ...CAMPAIGNS),
  platform: fc.constantFrom(...PLATFORMS),
  status: fc.constantFrom<EntryStatus>('draft', 'published'),
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  words: fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 4 }),
  readable: fc.nat(4).map((n) => n > 0),
});

/** A segment's rows, in time order; about one in five unreadable. */
const rowsArb = fc.array(rowSpecArb, { maxLength: 40, size: 'medium' }).map((specs) =>
  specs
    .map(({ readable, words, ...spec }, i): CatalogRow => {
      const id = `e${String(i).padStart(3, '0')}`;
      const row: CatalogRow = { id, key: [spec.createdAt, id], words };
      if (readable) row.entry = { id, ...spec };
      return row;
    })
    .sort((a, b) => compareKeys(a.key, b.key)),
);

const filterArb: fc.Arbitrary<RowFilter> = fc.record(
  {
    campaignId: fc.constantFrom(null, ...CAMPAIGNS, 'c-absent'),
    platform: fc.constantFrom(...PLATFORMS, 'youtube'),
    status: fc.constantFrom<EntryStatus>('draft', 'published'),
    tag: fc.constantFrom(...TAGS, 'absent'),
    from: fc.integer({ min: 0, max: 12 }),
    to: fc.integer({ min: 0, max: 12 }),
  },
  { requiredKeys: [] },
);

/** Naive reference: which rows a filter means, written as plainly as possible. */
function oracle(rows: readonly CatalogRow[], filter: RowFilter, candidates?: readonly number[]): number[] {
  return (candidates ?? rows.map((_, i) => i)).filter((i) => {
    const e = rows[i]?.entry;
    return (
      e !== undefined &&
      (filter.campaignId === undefined || e.campaignId === filter.campaignId) &&
      (filter.platform === undefined || e.platform === filter.platform) &&
      (filter.status === undefined || e.status === filter.status) &&
      (filter.tag === undefined || e.tags.includes(filter.tag)) &&
      (filter.from === undefined || e.createdAt >= filter.from) &&
      (filter.to === undefined || e.createdAt <= filter.to)
    );
  });
}

function readable(
  id: string,
  createdAt: number,
  over: Partial<NonNullable<CatalogRow['entry']>> = {},
): CatalogRow {
  const entry = {
    id,
    createdAt,
    campaignId: null,
    platform: 'x',
    status: 'published' as const,
    tags: [],
    ...over,
  };
  return { id, key: [createdAt, id], entry, words: [] };
}

function unreadable(id: string, createdAt: number): CatalogRow {
  return { id, key: [createdAt, id], words: ['lost'] };
}

describe('catalog records', () => {
  it('give back the rows they were built from', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const record = buildCatalog(rows);
        expect(catalogRows(record)).toStrictEqual(rows);
        expect(catalogIds(record)).toEqual(rows.map((r) => r.id));
      }),
    );
  });

  it.each([
    ['exactly 65,536', 0x10000, Uint16Array],
    ['more than 65,536', 0x10001, Uint32Array],
  ])('round-trip %s distinct words, coded in the smallest array', (_name, distinct, kind) => {
    const perRow = 1000;
    const rows: CatalogRow[] = [];
    for (let first = 0; first < distinct; first += perRow) {
      const id = `e${first}`;
      const words = Array.from({ length: Math.min(perRow, distinct - first) }, (_, k) => `w${first + k}`);
      rows.push({ id, key: [first, id], words });
    }
    const record = buildCatalog(rows);
    expect(record.wordCodes).toBeInstanceOf(kind);
    expect(catalogRows(record)).toStrictEqual(rows);
  });
});

describe('matchingRows', () => {
  it('matches a plain reference filter, with and without candidates', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            filterArb,
            fc.option(fc.subarray(rows.map((_, i) => i)), { nil: undefined }),
          ),
        ),
        ([rows, filter, candidates]) => {
          expect(matchingRows(buildCatalog(rows), filter, candidates)).toEqual(
            oracle(rows, filter, candidates),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never lists an unreadable row, whatever the filter', () => {
    const rows = [
      unreadable('a', 1),
      readable('b', 2, { tags: ['t'] }),
      unreadable('c', 3),
      readable('d', 4, { campaignId: 'c1' }),
    ];
    const record = buildCatalog(rows);
    expect(record.status[0]).toBe(UNREADABLE);
    expect(matchingRows(record, {})).toEqual([1, 3]);
    // An unreadable row has no campaign, but is not a row "without a campaign" either.
    expect(matchingRows(record, { campaignId: null })).toEqual([1]);
    expect(matchingRows(record, { from: 0, to: 10 })).toEqual([1, 3]);
    expect(matchingRows(record, {}, [0, 2, 3])).toEqual([3]);
  });

  it.each<[string, RowFilter]>([
    ['a campaign', { campaignId: 'c-absent' }],
    ['a platform', { platform: 'youtube' }],
    ['a tag', { tag: 'absent' }],
    ['a tag that is only a campaign id', { tag: 'c1' }],
    ['a platform that is only a tag', { platform: 't' }],
  ])('finds nothing for %s the segment does not hold', (_name, filter) => {
    const record = buildCatalog([readable('a', 1, { campaignId: 'c1', tags: ['t'] }), readable('b', 2)]);
    expect(matchingRows(record, filter)).toEqual([]);
    expect(matchingRows(record, filter, [0, 1])).toEqual([]);
  });
});

describe('countTags', () => {
  it('counts the readable rows carrying each tag, across records', () => {
    fc.assert(
      fc.property(fc.array(rowsArb, { maxLength: 4 }), (segments) => {
        const expected = new Map<string, number>();
        for (const row of segments.flat()) {
          for (const tag of row.entry?.tags ?? []) expected.set(tag, (expected.get(tag) ?? 0) + 1);
        }
        const counts = countTags(segments.map(buildCatalog));
        expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(expected));
      }),
    );
  });

  it('counts a row once for a tag repeated in it (a record damaged outside Rostrum)', () => {
    const entry = { id: 'a', createdAt: 1, campaignId: null, platform: 'x', status: 'draft' as const };
    const record = buildCatalog([
      { id: 'a', key: [1, 'a'], entry: { ...entry, tags: ['t', 't'] }, words: [] },
      { id: 'b', key: [2, 'b'], entry: { ...entry, id: 'b', tags: ['t'] }, words: [] },
    ]);
    expect(countTags([record]).get('t')).toBe(2);
  });
});
