import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueDbName } from './migrations/test-seed';
import { createLogRepository, type EntryQuery, type LogRepository } from './repository';
import type { PartSizes } from './page-store';
import type { Entry, EntryStatus } from './schema';
import { foldText, queryWords, searchWords } from './search-words';

const PLATFORMS = ['x', 'bluesky', 'facebook'];
const TAGS = ['live', 'vote', 'Budget', 'youth'];
const WORDS = ['budget', 'débat', 'vote', 'committee', 'session', 'Youth', 'bill', 'budgetary'];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** Naive reference: what a query means, written as plainly as possible. */
function oracle(entries: readonly Entry[], q: EntryQuery): string[] {
  const words = q.text === undefined ? [] : queryWords(q.text);
  const matches = entries.filter(
    (e) =>
      (q.campaignId === undefined || e.campaignId === q.campaignId) &&
      (q.platform === undefined || e.platform === q.platform) &&
      (q.status === undefined || e.status === q.status) &&
      (q.tag === undefined || e.tags.includes(q.tag)) &&
      (q.from === undefined || e.createdAt >= q.from) &&
      (q.to === undefined || e.createdAt <= q.to) &&
      words.every((w) => searchWords(e.text).some((ew) => ew.startsWith(w))),
  );
  matches.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  if (q.sort !== 'oldest') matches.reverse();
  return matches.map((e) => e.id);
}

let repo: LogRepository;
let entries: Entry[];
let campaignIds: string[];

async function fill(partSizes: PartSizes | undefined): Promise<void> {
  let clock = START;
  let n = 0;
  repo = createLogRepository(uniqueDbName('query'), {
    partSizes,
    // Several entries share a time, so ties are exercised too.
    now: () => (clock += ((n % 3 === 0 ? 0 : 1) * DAY) / 4),
    newId: () => `e${String(++n).padStart(4, '0')}`,
  });
  const c1 = await repo.saveCampaign({ name: 'One', startDate: '2025-01-01', endDate: '2025-02-01' });
  const c2 = await repo.saveCampaign({ name: 'Two', startDate: '2025-01-01', endDate: '2025-02-01' });
  campaignIds = [c1.id, c2.id];
  const statuses: EntryStatus[] = ['draft', 'published'];
  for (let i = 0; i < 240; i++) {
    await repo.addEntry({
      text: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} #n${i % 11}`,
      platform: PLATFORMS[i % 3] ?? 'x',
      campaignId: i % 5 === 0 ? null : (campaignIds[i % 2] ?? null),
      tags: TAGS.filter((_, t) => (i >> t) % 3 === 0),
      status: statuses[(i >> 2) % 2],
    });
  }
  entries = await repo.listEntries();
  expect(entries).toHaveLength(240);
}

const queryArb = fc.record(
  {
    campaignId: fc.constantFrom<string | null | 'c-none'>(null, 'c0', 'c1', 'c-none'),
    platform: fc.constantFrom('x', 'bluesky', 'facebook', 'youtube'),
    status: fc.constantFrom<EntryStatus>('draft', 'published'),
    tag: fc.constantFrom(...TAGS, 'absent'),
    text: fc.constantFrom('budg', 'DEBAT', 'vote bill', 'n1', 'zzz', '  ', 'budget session'),
    from: fc.integer({ min: 0, max: 60 }),
    to: fc.integer({ min: 0, max: 60 }),
    sort: fc.constantFrom<'newest' | 'oldest'>('newest', 'oldest'),
  },
  { requiredKeys: [] },
);

type RawQuery = typeof queryArb extends fc.Arbitrary<infer T> ? T : never;

function toQuery(raw: RawQuery): EntryQuery {
  const q: EntryQuery = {};
  if (raw.campaignId !== undefined)
    q.campaignId =
      raw.campaignId === 'c0' ? campaignIds[0] : raw.campaignId === 'c1' ? campaignIds[1] : raw.campaignId;
  if (raw.platform !== undefined) q.platform = raw.platform;
  if (raw.status !== undefined) q.status = raw.status;
  if (raw.tag !== undefined) q.tag = raw.tag;
  if (raw.text !== undefined) q.text = raw.text;
  if (raw.from !== undefined) q.from = START + raw.from * DAY;
  if (raw.to !== undefined) q.to = START + raw.to * DAY;
  if (raw.sort !== undefined) q.sort = raw.sort;
  return q;
}

// The same queries over one page and one segment (the default sizes at this scale), and over many
// small ones, where every boundary between parts is crossed.
describe.each([
  ['one page', undefined],
  ['many small parts', { page: 4, segment: 9 }],
] as const)('entry queries (%s)', (_layout, partSizes) => {
  beforeAll(() => fill(partSizes));

  it('match a plain reference filter for any combination of filters', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, async (raw) => {
        const query = toQuery(raw);
        expect(await repo.findEntryIds(query)).toEqual(oracle(entries, query));
      }),
      { numRuns: 150 },
    );
  });

  it('page through the same order, with the total, on both the index-only and the filtered path', async () => {
    for (const query of [{}, { campaignId: campaignIds[0] }, { tag: 'live', sort: 'oldest' as const }]) {
      const expected = oracle(entries, query);
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length + 20; offset += 37) {
        const page = await repo.queryEntries(query, { offset, limit: 37 });
        expect(page.total).toBe(expected.length);
        // The same page without its total (what scrolling asks for).
        expect(await repo.pageEntries(query, { offset, limit: 37 })).toEqual(page.entries);
        seen.push(...page.entries.map((e) => e.id));
      }
      expect(seen).toEqual(expected);
    }
  });

  it('search ignores case and accents and matches word starts only', async () => {
    const ids = await repo.findEntryIds({ text: 'debat' });
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const entry = entries.find((e) => e.id === id);
      expect(foldText(entry?.text ?? '')).toContain('debat');
    }
    expect(await repo.findEntryIds({ text: 'udget' })).toEqual([]);
  });

  it('lists tags with counts, most used first', async () => {
    const tags = await repo.listTags();
    for (const { tag, count } of tags) expect(count).toBe(entries.filter((e) => e.tags.includes(tag)).length);
    expect(tags.map((t) => t.tag).sort()).toEqual([...new Set(entries.flatMap((e) => e.tags))].sort());
    expect(tags.map((t) => t.count)).toEqual([...tags.map((t) => t.count)].sort((a, b) => b - a));
  });
});
