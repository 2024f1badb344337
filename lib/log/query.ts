import type { IDBPTransaction, StoreNames } from 'idb';
import type { EntryQuery, LogDbSchema } from './schema';

export type { EntryQuery } from './schema';
import { searchBuckets } from './search-index';
import { queryWords } from './search-words';

type ReadTx = IDBPTransaction<LogDbSchema, Array<StoreNames<LogDbSchema>>, 'readonly' | 'readwrite'>;
type ResidualFilter = 'noCampaign' | 'platform' | 'status' | 'tag' | 'text';
type CompoundIndex = 'by-campaign-createdAt' | 'by-platform-createdAt' | 'by-status-createdAt';

/** True when the date range is empty (from after to): no index range can express that. */
export function emptyRange(query: EntryQuery): boolean {
  return query.from !== undefined && query.to !== undefined && query.from > query.to;
}

function timeBounds(query: EntryQuery): [number, number] {
  return [query.from ?? -Infinity, query.to ?? Infinity];
}

function compoundRange(value: string, [from, to]: [number, number]): IDBKeyRange {
  return IDBKeyRange.bound([value, from], [value, to]);
}

/** The index and range that give the query's entries in time order, and what is left to filter. */
export function plan(query: EntryQuery): {
  index: 'by-createdAt' | CompoundIndex;
  range: IDBKeyRange;
  /** Filters the driving index does not answer. */
  rest: Array<ResidualFilter>;
} {
  const bounds = timeBounds(query);
  const rest: Array<ResidualFilter> = [];
  if (query.tag !== undefined) rest.push('tag');
  if (query.text !== undefined && queryWords(query.text).length > 0) rest.push('text');
  if (query.campaignId === null) rest.push('noCampaign');

  let index: 'by-createdAt' | CompoundIndex = 'by-createdAt';
  let range = IDBKeyRange.bound(bounds[0], bounds[1]);
  // The campaign is usually the narrowest, then platform, then status.
  if (typeof query.campaignId === 'string') {
    index = 'by-campaign-createdAt';
    range = compoundRange(query.campaignId, bounds);
  } else if (query.platform !== undefined) {
    index = 'by-platform-createdAt';
    range = compoundRange(query.platform, bounds);
  } else if (query.status !== undefined) {
    index = 'by-status-createdAt';
    range = compoundRange(query.status, bounds);
  }
  if (query.platform !== undefined && index !== 'by-platform-createdAt') rest.push('platform');
  if (query.status !== undefined && index !== 'by-status-createdAt') rest.push('status');
  return { index, range, rest };
}

async function keySet(promise: Promise<string[]>): Promise<Set<string>> {
  return new Set(await promise);
}

/**
 * Ids of entries having, for every query word, a word starting with it: one read of the search
 * buckets and a scan of their lines (search-index.ts). The transaction must include `search`.
 */
async function textMatches(tx: ReadTx, text: string): Promise<Set<string>> {
  return searchBuckets(await tx.objectStore('search').getAll(), text);
}

/** A residual filter as a set of ids: `keep` ids in it, or (`exclude`) ids not in it. */
interface IdFilter {
  ids: Set<string>;
  exclude: boolean;
}

async function residualFilter(tx: ReadTx, query: EntryQuery, kind: ResidualFilter): Promise<IdFilter> {
  const store = tx.objectStore('entries');
  const bounds = timeBounds(query);
  switch (kind) {
    case 'tag':
      return { ids: await keySet(store.index('by-tag').getAllKeys(query.tag)), exclude: false };
    case 'text':
      return { ids: await textMatches(tx, query.text ?? ''), exclude: false };
    case 'noCampaign':
      // Entries with no campaign are exactly those missing from the campaign index.
      return { ids: await keySet(store.index('by-campaign-createdAt').getAllKeys()), exclude: true };
    case 'platform':
      return {
        ids: await keySet(
          store.index('by-platform-createdAt').getAllKeys(compoundRange(query.platform ?? '', bounds)),
        ),
        exclude: false,
      };
    case 'status':
      return {
        ids: await keySet(
          store.index('by-status-createdAt').getAllKeys(compoundRange(query.status ?? '', bounds)),
        ),
        exclude: false,
      };
  }
}

function passes(filters: readonly IdFilter[], id: string): boolean {
  return filters.every((f) => f.ids.has(id) !== f.exclude);
}

/** Ids of the entries matching `query`, in its order. Runs inside `tx`. */
export async function findEntryIds(tx: ReadTx, query: EntryQuery): Promise<string[]> {
  if (emptyRange(query)) return [];
  const store = tx.objectStore('entries');
  const { index, range, rest } = plan(query);
  const [driving, ...filters] = await Promise.all([
    store.index(index).getAllKeys(range),
    ...rest.map((kind) => residualFilter(tx, query, kind)),
  ]);
  const ids = filters.length === 0 ? driving : driving.filter((id) => passes(filters, id));
  return query.sort === 'oldest' ? ids : ids.reverse();
}

/**
 * Below this many candidates, reading and sorting them beats walking the time index. Not higher: in
 * Chromium 150 each single read costs about as much as a few hundred keys of a cursor walk.
 */
const FEW_CANDIDATES = 500;

/** A page of matching ids, and how many match in all. */
export interface IdPage {
  ids: string[];
  total: number;
}

/**
 * One page of ids for a query with residual filters, without listing every entry when it can be
 * avoided. With no date range, the residual filters alone decide the total (the intersection of their
 * id sets); then a few candidates are read and sorted, or, when there are many, the time index is
 * walked key by key until the page is full, which is short precisely because matches are common.
 * Otherwise it falls back to {@link findEntryIds}.
 */
export async function findEntryIdPage(
  tx: ReadTx,
  query: EntryQuery,
  offset: number,
  limit: number,
  fewCandidates = FEW_CANDIDATES,
): Promise<IdPage> {
  if (emptyRange(query)) return { ids: [], total: 0 };
  const { index, range, rest } = plan(query);
  const unbounded = query.from === undefined && query.to === undefined;
  if (!unbounded) {
    const ids = await findEntryIds(tx, query);
    return { ids: ids.slice(offset, offset + limit), total: ids.length };
  }
  // Without a date range, the driving index is one more key set like the others.
  const store = tx.objectStore('entries');
  const [driving, ...residual] = await Promise.all([
    index === 'by-createdAt'
      ? Promise.resolve<IdFilter | null>(null)
      : keySet(store.index(index).getAllKeys(range)).then((ids): IdFilter => ({ ids, exclude: false })),
    ...rest.map((kind) => residualFilter(tx, query, kind)),
  ]);
  const filters = driving ? [driving, ...residual] : residual;
  const including = filters.filter((f) => !f.exclude).sort((a, b) => a.ids.size - b.ids.size);
  const [smallest] = including;
  if (!smallest) {
    const ids = await findEntryIds(tx, query);
    return { ids: ids.slice(offset, offset + limit), total: ids.length };
  }
  const candidates: string[] = [];
  for (const id of smallest.ids) if (passes(filters, id)) candidates.push(id);
  const newestFirst = query.sort !== 'oldest';

  if (candidates.length <= fewCandidates) {
    const values = await Promise.all(candidates.map((id) => store.get(id)));
    const found = values.filter((v) => v !== undefined);
    // The index's own order: time, then id (code-unit order, as IndexedDB compares strings).
    const sorted = found.sort(
      (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    if (newestFirst) sorted.reverse();
    return { ids: sorted.slice(offset, offset + limit).map((r) => r.id), total: sorted.length };
  }

  const wanted = new Set(candidates);
  const ids: string[] = [];
  let skipped = 0;
  let cursor = await store.index('by-createdAt').openKeyCursor(null, newestFirst ? 'prev' : 'next');
  while (cursor && ids.length < limit) {
    if (wanted.has(cursor.primaryKey)) {
      if (skipped < offset) skipped++;
      else ids.push(cursor.primaryKey);
    }
    cursor = await cursor.continue();
  }
  return { ids, total: candidates.length };
}
