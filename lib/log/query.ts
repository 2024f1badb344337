import { catalogIds, matchingRows, type CatalogRecord } from './catalog';
import type { EntryKey } from './page-layout';
import { readCatalog, type LogTx } from './page-store';
import type { EntryQuery } from './schema';
import { queryNeedles, searchRows } from './search-index';

export type { EntryQuery } from './schema';

/**
 * Queries over the catalog (catalog.ts). A query reads the catalog segments its date range can touch —
 * segment keys are entry keys, so the range is a key range — and finds the matching rows segment by
 * segment, by text through the search words kept there. The result is every match's id and time;
 * entries themselves are read only for the rows a caller shows.
 */

/**
 * The matches of a query in one catalog segment: its matching rows, oldest first. Ids are split out of
 * the segment only for the rows asked for (a frequent word matches tens of thousands).
 */
export interface SegmentMatches {
  catalog: CatalogRecord;
  rows: number[];
}

/** A match and its key (which says where to find it). */
export interface MatchRef {
  id: string;
  key: EntryKey;
}

/** True when the date range is empty (from after to). */
export function emptyRange(query: EntryQuery): boolean {
  return query.from !== undefined && query.to !== undefined && query.from > query.to;
}

/** True when the query has no filter at all (only, perhaps, an order). */
export function unfiltered(query: EntryQuery): boolean {
  return (
    query.campaignId === undefined &&
    query.platform === undefined &&
    query.status === undefined &&
    query.tag === undefined &&
    query.from === undefined &&
    query.to === undefined &&
    (query.text === undefined || queryNeedles(query.text).length === 0)
  );
}

/** Above every key [to, id]: arrays sort after strings in IndexedDB's order. */
function afterTime(to: number): EntryKey {
  return [to, []] as unknown as EntryKey;
}

/** The key range of the segments that can hold entries from `from` to `to` (null: all of them). */
async function pageRange(tx: LogTx<IDBTransactionMode>, query: EntryQuery): Promise<IDBKeyRange | null> {
  let lower: EntryKey | undefined;
  if (query.from !== undefined) {
    // The segment holding the first entry at `from` or later may start before it: the last such one.
    const cursor = await tx
      .objectStore('catalog')
      .openKeyCursor(IDBKeyRange.upperBound([query.from, ''], true), 'prev');
    lower = cursor?.key;
  }
  const upper = query.to === undefined ? undefined : afterTime(query.to);
  if (lower && upper) return IDBKeyRange.bound(lower, upper);
  if (lower) return IDBKeyRange.lowerBound(lower);
  if (upper) return IDBKeyRange.upperBound(upper);
  return null;
}

/** Every match of `query`, page by page, oldest first. Runs inside `tx` (catalog store). */
export async function findMatches(
  tx: LogTx<IDBTransactionMode>,
  query: EntryQuery,
): Promise<SegmentMatches[]> {
  if (emptyRange(query)) return [];
  const range = await pageRange(tx, query);
  const needles = query.text === undefined ? [] : queryNeedles(query.text);
  const catalogs = await readCatalog(tx, range);
  const { campaignId, platform, status, tag, from, to } = query;
  const filter = { campaignId, platform, status, tag, from, to };
  const out: SegmentMatches[] = [];
  for (const { catalog } of catalogs) {
    let candidates: number[] | undefined;
    if (needles.length > 0) {
      candidates = searchRows(catalog, needles);
      if (candidates.length === 0) continue;
    }
    const rows = matchingRows(catalog, filter, candidates);
    if (rows.length > 0) out.push({ catalog, rows });
  }
  return out;
}

export function countMatches(matches: readonly SegmentMatches[]): number {
  let total = 0;
  for (const segment of matches) total += segment.rows.length;
  return total;
}

/** Matches `offset` to `offset + limit` in the query's order (newest first unless `oldest`). */
export function sliceMatches(
  matches: readonly SegmentMatches[],
  sort: EntryQuery['sort'],
  offset: number,
  limit: number,
): MatchRef[] {
  const out: MatchRef[] = [];
  const newestFirst = sort !== 'oldest';
  let skip = offset;
  for (let p = 0; p < matches.length && out.length < limit; p++) {
    const { catalog, rows } = matches[newestFirst ? matches.length - 1 - p : p] as SegmentMatches;
    if (skip >= rows.length) {
      skip -= rows.length;
      continue;
    }
    const ids = catalogIds(catalog);
    const n = rows.length;
    for (let i = skip; i < n && out.length < limit; i++) {
      const row = rows[newestFirst ? n - 1 - i : i] ?? 0;
      const id = ids[row] ?? '';
      out.push({ id, key: [catalog.createdAt[row] ?? 0, id] });
    }
    skip = 0;
  }
  return out;
}

/** Every matching id in the query's order. */
export function orderedIds(matches: readonly SegmentMatches[], sort: EntryQuery['sort']): string[] {
  const out: string[] = [];
  for (const { catalog, rows } of matches) {
    const ids = catalogIds(catalog);
    for (const row of rows) out.push(ids[row] ?? '');
  }
  return sort === 'oldest' ? out : out.reverse();
}
