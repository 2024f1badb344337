import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  catalogIds,
  catalogRows,
  countTags,
  matchingRows,
  UNREADABLE,
  type CatalogRecord,
  type CatalogRow,
  type RowFilter,
} from './catalog';
import { compareKeys } from './page-layout';
import type { EntryStatus } from './schema';
import { buildWordBuckets } from './search-index';
import { searchWords } from './search-words';

const CAMPAIGNS = ['c1', 'c2', 'c3'];
const PLATFORMS = ['x', 'bluesky', 'facebook'];
const TAGS = ['live', 'vote', 'Budget', 'youth'];
/** Search words as searchWords gives them, some starting outside Latin script and outside the BMP. */
const WORDS = [
  'budget',
  'bill',
  'debat',
  'vote',
  'session',
  'заседание',
  'мая',
  'مجلس',
  '議会',
  '𐐷abc',
  '2025',
];

/** A lower-case UUID, as Rostrum makes ids. */
const LOWER_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const U1 = '00112233-4455-6677-8899-aabbccddeeff';
const U2 = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const U1_BYTES = [
  0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff,
];
const U2_BYTES = [
  0xf4, 0x7a, 0xc1, 0x0b, 0x58, 0xcc, 0x43, 0x72, 0xa5, 0x67, 0x0e, 0x02, 0xb2, 0xc3, 0xd4, 0x79,
];

const rowSpecArb = fc.record({
  createdAt: fc.integer({ min: 0, max: 12 }),
  campaignId: fc.constantFrom(null, ...CAMPAIGNS),
  platform: fc.constantFrom(...PLATFORMS),
  status: fc.constantFrom<EntryStatus>('draft', 'published'),
  tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 3 }),
  words: fc.uniqueArray(fc.constantFrom(...WORDS), { maxLength: 4 }),
  readable: fc.nat(4).map((n) => n > 0),
});

const uuidArb = fc.uuid().map((id) => id.toLowerCase());

/** `n` distinct ids: plain text, lower-case UUIDs, or lower-case UUIDs but one (plain or upper-case). */
function idsArb(n: number): fc.Arbitrary<string[]> {
  const uuids = fc.uniqueArray(uuidArb, { minLength: n, maxLength: n });
  return fc.oneof(
    fc.constant(Array.from({ length: n }, (_, i) => `e${String(i).padStart(3, '0')}`)),
    uuids,
    n === 0
      ? fc.constant<string[]>([])
      : fc.tuple(uuids, fc.nat(n - 1), fc.constantFrom('plain', 'upper')).map(([ids, at, kind]) => {
          const odd = ids[at] ?? '';
          ids[at] = kind === 'plain' ? `e-${at}` : odd.toUpperCase().replace(/^[0-9]/, 'A');
          return ids;
        }),
  );
}

/** A segment's rows, in time order; about one in five unreadable; ids of every kind. */
const rowsArb = fc
  .array(rowSpecArb, { maxLength: 40, size: 'medium' })
  .chain((specs) => fc.tuple(fc.constant(specs), idsArb(specs.length)))
  .map(([specs, ids]) =>
    specs
      .map(({ readable, words, ...spec }, i): CatalogRow => {
        const id = ids[i] ?? '';
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
  words: readonly string[] = [],
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
  return { id, key: [createdAt, id], entry, words };
}

function unreadable(id: string, createdAt: number, words: readonly string[] = []): CatalogRow {
  return { id, key: [createdAt, id], words };
}

/** A segment's catalog and word records, read back as rows. */
function roundTrip(rows: readonly CatalogRow[]): CatalogRow[] {
  return catalogRows(buildCatalog(rows), buildWordBuckets(rows.map((r) => r.words)));
}

/** Rows with each row's words sorted: the word records do not keep a row's word order. */
function sortedWords(rows: readonly CatalogRow[]): CatalogRow[] {
  return rows.map((row) => ({ ...row, words: [...row.words].sort() }));
}

describe('catalog records', () => {
  it('give back, with their word records, the rows they were built from', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        expect(sortedWords(roundTrip(rows))).toStrictEqual(sortedWords(rows));
        expect(catalogIds(buildCatalog(rows))).toEqual(rows.map((r) => r.id));
      }),
      { numRuns: 200 },
    );
  });

  it('keep no search words: buildCatalog ignores them', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const record = buildCatalog(rows);
        expect(record).not.toHaveProperty('words');
        expect(record).not.toHaveProperty('wordStart');
        expect(record).not.toHaveProperty('wordCodes');
        const other = rows.map((row, i) => ({ ...row, words: i % 2 === 0 ? [] : ['other', 'words'] }));
        expect(buildCatalog(other)).toStrictEqual(record);
      }),
    );
  });

  it('give rows no words without word records, and the words of the records given', () => {
    const rows = [
      readable('a', 1, {}, searchWords('Le DÉBAT sur le #Budget')),
      unreadable('b', 2),
      readable('c', 3, { tags: ['t'] }, searchWords('Заседание 12 мая — 𐐏ABC')),
      readable('d', 4),
    ];
    const record = buildCatalog(rows);
    expect(catalogRows(record, []).map((r) => r.words)).toEqual([[], [], [], []]);
    expect(catalogRows(record, []).map((r) => r.entry)).toEqual(rows.map((r) => r.entry));
    const words = catalogRows(record, buildWordBuckets(rows.map((r) => r.words))).map((r) =>
      [...r.words].sort(),
    );
    expect(words).toEqual([['budget', 'debat', 'le', 'sur'], [], ['12', 'заседание', 'мая', '𐐷abc'], []]);
  });

  it('of no rows are empty', () => {
    const record = buildCatalog([]);
    expect(record.ids).toBe('');
    expect(record.uuids).toBeUndefined();
    expect(record.status).toHaveLength(0);
    expect(Array.from(record.tagStart)).toEqual([0]);
    expect(catalogIds(record)).toEqual([]);
    expect(catalogRows(record, [])).toEqual([]);
    expect(matchingRows(record, {})).toEqual([]);
  });

  it.each([
    ['exactly 65,536', 0x10000, Uint16Array],
    ['more than 65,536', 0x10001, Uint32Array],
  ])('round-trip %s distinct tags, coded in the smallest array', (_name, distinct, kind) => {
    const perRow = 1000;
    const rows: CatalogRow[] = [];
    for (let first = 0; first < distinct; first += perRow) {
      const tags = Array.from({ length: Math.min(perRow, distinct - first) }, (_, k) => `t${first + k}`);
      rows.push(readable(`e${first}`, first, { tags }));
    }
    const record = buildCatalog(rows);
    expect(record.tagCodes).toBeInstanceOf(kind);
    expect(catalogRows(record, [])).toStrictEqual(rows);
    const last = `t${distinct - 1}`;
    expect(matchingRows(record, { tag: last })).toEqual([rows.length - 1]);
    expect(countTags([record]).get(last)).toBe(1);
  });
});

describe('catalog ids', () => {
  it('keeps lower-case UUIDs as 16 bytes each, and no id text', () => {
    const rows = [readable(U1, 1, { tags: ['t'] }, ['budget']), unreadable(U2, 2)];
    const record = buildCatalog(rows);
    expect(record.ids).toBe('');
    expect(record.uuids).toBeInstanceOf(Uint8Array);
    expect(Array.from(record.uuids ?? [])).toEqual([...U1_BYTES, ...U2_BYTES]);
    expect(catalogIds(record)).toEqual([U1, U2]);
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('round-trips any lower-case UUIDs through their bytes', () => {
    fc.assert(
      fc.property(fc.uniqueArray(uuidArb, { minLength: 1, maxLength: 60 }), (ids) => {
        const rows = ids.map((id, i) => (i % 3 === 2 ? unreadable(id, i) : readable(id, i)));
        const record = buildCatalog(rows);
        expect(record.ids).toBe('');
        expect(record.uuids).toHaveLength(16 * ids.length);
        expect(catalogIds(record)).toEqual(ids);
        expect(catalogRows(record, [])).toStrictEqual(rows);
      }),
    );
  });

  it('chooses bytes exactly when every id of the segment is a lower-case UUID', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const ids = rows.map((r) => r.id);
        const record = buildCatalog(rows);
        if (ids.length > 0 && ids.every((id) => LOWER_UUID.test(id))) {
          expect(record.ids).toBe('');
          expect(record.uuids).toHaveLength(16 * ids.length);
        } else {
          expect(record.ids).toBe(ids.join('\n'));
          expect(record).not.toHaveProperty('uuids');
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each<[string, string[]]>([
    ['a UUID beside another id', [U1, 'e1', U2]],
    ['an upper-case UUID', [U2, U1.toUpperCase()]],
    ['a UUID with one upper-case letter', [U1.replace('a', 'A')]],
    ['a UUID without hyphens', [U1.replaceAll('-', '')]],
    ['a UUID in braces', [`{${U1}}`]],
    ['a UUID with a letter that is not hex', [U1.replace('a', 'g')]],
    ['a UUID one digit short', [U1.slice(1)]],
    ['a UUID one digit long', [`${U1}0`]],
    ['plain text ids', ['a', 'b b', 'c']],
  ])('keeps the ids as text for %s', (_name, ids) => {
    const rows = ids.map((id, i) => readable(id, i, { tags: [`t${i}`] }, [`w${i}`]));
    const record = buildCatalog(rows);
    expect(record).not.toHaveProperty('uuids');
    expect(record.ids).toBe(ids.join('\n'));
    expect(catalogIds(record)).toEqual(ids);
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('decodes a record once, and a copy (as IndexedDB reads it) on its own', () => {
    for (const ids of [
      [U1, U2],
      ['a', 'b'],
    ]) {
      const record = buildCatalog(ids.map((id, i) => readable(id, i)));
      const first = catalogIds(record);
      expect(catalogIds(record)).toBe(first);
      const copy: CatalogRecord = structuredClone(record);
      expect(catalogIds(copy)).toEqual(ids);
      expect(catalogIds(copy)).not.toBe(first);
    }
  });
});

describe('matchingRows', () => {
  it('matches a plain reference filter, with and without candidates, in the candidates’ order', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(
            fc.constant(rows),
            filterArb,
            fc.option(
              fc.oneof(fc.subarray(rows.map((_, i) => i)), fc.shuffledSubarray(rows.map((_, i) => i))),
              { nil: undefined },
            ),
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

  it('keeps the order of the candidates', () => {
    const rows = [readable('a', 1), readable('b', 2, { tags: ['t'] }), readable('c', 3), readable('d', 4)];
    const record = buildCatalog(rows);
    expect(matchingRows(record, {}, [3, 0, 2])).toEqual([3, 0, 2]);
    expect(matchingRows(record, { from: 2 }, [3, 0, 1])).toEqual([3, 1]);
    expect(matchingRows(record, { tag: 't' }, [3, 1, 0])).toEqual([1]);
    expect(matchingRows(record, {}, [])).toEqual([]);
  });

  it('never lists an unreadable row, whatever the filter', () => {
    const rows = [
      unreadable('a', 1, ['lost']),
      readable('b', 2, { tags: ['t'] }),
      unreadable('c', 3),
      readable('d', 4, { campaignId: 'c1' }),
    ];
    const record = buildCatalog(rows);
    expect(record.status[0]).toBe(UNREADABLE);
    expect(record.status[2]).toBe(UNREADABLE);
    expect(matchingRows(record, {})).toEqual([1, 3]);
    // An unreadable row has no campaign, but is not a row "without a campaign" either.
    expect(matchingRows(record, { campaignId: null })).toEqual([1]);
    expect(matchingRows(record, { from: 0, to: 10 })).toEqual([1, 3]);
    expect(matchingRows(record, { status: 'published' })).toEqual([1, 3]);
    expect(matchingRows(record, { platform: 'x' })).toEqual([1, 3]);
    expect(matchingRows(record, {}, [0, 2, 3])).toEqual([3]);
    expect(matchingRows(record, {}, [3, 2, 1, 0])).toEqual([3, 1]);
  });

  it.each<[string, RowFilter]>([
    ['a campaign', { campaignId: 'c-absent' }],
    ['a platform', { platform: 'youtube' }],
    ['a tag', { tag: 'absent' }],
    ['a tag that is only a campaign id', { tag: 'c1' }],
    ['a platform that is only a tag', { platform: 't' }],
    ['a campaign that is only a platform', { campaignId: 'x' }],
  ])('finds nothing for %s the segment does not hold', (_name, filter) => {
    const record = buildCatalog([readable('a', 1, { campaignId: 'c1', tags: ['t'] }), readable('b', 2)]);
    expect(matchingRows(record, filter)).toEqual([]);
    expect(matchingRows(record, filter, [0, 1])).toEqual([]);
    expect(matchingRows(record, filter, [1, 0])).toEqual([]);
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
    const record = buildCatalog([
      readable('a', 1, { status: 'draft', tags: ['t', 't'] }),
      readable('b', 2, { tags: ['t'] }),
      readable('c', 3, { tags: ['t', 'u', 't', 'u', 't'] }),
      readable('d', 4, { tags: ['u'] }),
    ]);
    const other = buildCatalog([readable('e', 5, { tags: ['u', 'u'] }), readable('f', 6, { tags: ['t'] })]);
    expect(Object.fromEntries(countTags([record]))).toEqual({ t: 3, u: 2 });
    expect(Object.fromEntries(countTags([record, other]))).toEqual({ t: 4, u: 3 });
  });

  it('counts rows once per tag whatever the repeats, as a plain reference does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.array(fc.constantFrom(...TAGS), { maxLength: 6 }), { maxLength: 20 }), {
          maxLength: 3,
        }),
        (segments) => {
          const expected = new Map<string, number>();
          for (const tags of segments.flat()) {
            for (const tag of new Set(tags)) expected.set(tag, (expected.get(tag) ?? 0) + 1);
          }
          const records = segments.map((rows) =>
            buildCatalog(rows.map((tags, i) => readable(`e${i}`, i, { tags }))),
          );
          expect(Object.fromEntries(countTags(records))).toEqual(Object.fromEntries(expected));
        },
      ),
    );
  });

  it('does not count unreadable rows, nor records without tags', () => {
    const record = buildCatalog([unreadable('a', 1), readable('b', 2, { tags: ['t'] }), unreadable('c', 3)]);
    expect(
      Object.fromEntries(countTags([record, buildCatalog([]), buildCatalog([readable('d', 4)])])),
    ).toEqual({
      t: 1,
    });
    expect(countTags([]).size).toBe(0);
  });
});
