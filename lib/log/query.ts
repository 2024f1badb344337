import { buildCatalog, catalogIds, matchingRows, type CatalogRecord } from './catalog';
import { compareKeys, keyText, type EntryKey } from './page-layout';
import { readCatalog, type LogTx } from './page-store';
import type { EntryQuery } from './schema';
import { needleInitials, queryNeedles, searchRows } from './search-index';

export type { EntryQuery } from './schema';

/**
 * Queries over the catalog (catalog.ts). A query reads the catalog segments its date range can touch —
 * segment keys are entry keys, so the range is a key range — and finds the matching rows segment by
 * segment, by text through the search words kept there. The result is every match's id and time;
 * entries themselves are read only for the rows a caller shows.
 */

/**
 * The matches of a query in one catalog segment: its matching rows, oldest first. A text search alone
 * needs no columns to find its rows (the word records give them), so the segment's catalog is read
 * only when the query needed it or rows of the segment are shown.
 */
export interface SegmentMatches {
  key: EntryKey;
  rows: number[];
  catalog?: CatalogRecord;
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

/** Every match of `query`, segment by segment, oldest first. Runs inside `tx` (catalog and words stores). */
export async function findMatches(
  tx: LogTx<IDBTransactionMode>,
  query: EntryQuery,
): Promise<SegmentMatches[]> {
  if (emptyRange(query)) return [];
  const range = await pageRange(tx, query);
  const needles = query.text === undefined ? [] : queryNeedles(query.text);
  const { campaignId, platform, status, tag, from, to } = query;
  const filter = { campaignId, platform, status, tag, from, to };
  const columns = needles.length === 0 || Object.values(filter).some((value) => value !== undefined);
  const catalogStore = tx.objectStore('catalog');
  const wordsStore = tx.objectStore('words');
  const keys = await catalogStore.getAllKeys(range);
  // The word records a text search needs: one per segment and initial of the query's words.
  const initials = needleInitials(needles);
  const [catalogs, buckets] = await Promise.all([
    columns ? catalogStore.getAll(range) : Promise.resolve<CatalogRecord[]>([]),
    Promise.all(keys.flatMap((key) => initials.map((initial) => wordsStore.get([...key, initial])))),
  ]);
  const out: SegmentMatches[] = [];
  keys.forEach((key, s) => {
    const catalog = catalogs[s];
    let candidates: number[] | undefined;
    if (needles.length > 0) {
      const bucketFor = (initial: string) => buckets[s * initials.length + initials.indexOf(initial)];
      // Unreadable rows have no words, so a text search never finds them.
      candidates = searchRows(bucketFor, needles);
      if (candidates.length === 0) return;
    }
    const rows = catalog ? matchingRows(catalog, filter, candidates) : (candidates ?? []);
    if (rows.length > 0) out.push({ key, rows, catalog });
  });
  return out;
}

export function countMatches(matches: readonly SegmentMatches[]): number {
  let total = 0;
  for (const segment of matches) total += segment.rows.length;
  return total;
}

/**
 * Reads the catalogs of `segments` not read yet, with one getAll over the key range they span: in
 * Chromium a large record read alone costs several milliseconds, the same records read together a
 * fraction of that.
 */
async function withCatalogs(
  tx: LogTx<IDBTransactionMode>,
  segments: readonly SegmentMatches[],
): Promise<Array<Required<SegmentMatches>>> {
  const missing = segments.filter((m) => !m.catalog).map((m) => m.key);
  const read = new Map<string, CatalogRecord>();
  if (missing.length > 0) {
    missing.sort(compareKeys);
    const range = IDBKeyRange.bound(missing[0], missing.at(-1));
    for (const { key, catalog } of await readCatalog(tx, range)) read.set(keyText(key), catalog);
  }
  return segments.map((m) => ({ ...m, catalog: m.catalog ?? read.get(keyText(m.key)) ?? buildCatalog([]) }));
}

/** Matches `offset` to `offset + limit` in the query's order (newest first unless `oldest`). */
export async function sliceMatches(
  tx: LogTx<IDBTransactionMode>,
  matches: readonly SegmentMatches[],
  sort: EntryQuery['sort'],
  offset: number,
  limit: number,
): Promise<MatchRef[]> {
  const newestFirst = sort !== 'oldest';
  const ordered = newestFirst ? [...matches].reverse() : matches;
  // The segments the slice falls in, with where in the first one it starts.
  const wanted: SegmentMatches[] = [];
  let skip = offset;
  let first = 0;
  let listed = 0;
  for (const segment of ordered) {
    if (listed >= limit) break;
    if (wanted.length === 0 && skip >= segment.rows.length) {
      skip -= segment.rows.length;
      continue;
    }
    if (wanted.length === 0) first = skip;
    wanted.push(segment);
    listed += segment.rows.length - (wanted.length === 1 ? first : 0);
  }
  const out: MatchRef[] = [];
  for (const [w, { catalog, rows }] of (await withCatalogs(tx, wanted)).entries()) {
    const ids = catalogIds(catalog);
    const n = rows.length;
    for (let i = w === 0 ? first : 0; i < n && out.length < limit; i++) {
      const row = rows[newestFirst ? n - 1 - i : i] ?? 0;
      const id = ids[row] ?? '';
      out.push({ id, key: [catalog.createdAt[row] ?? 0, id] });
    }
  }
  return out;
}

/** Every matching id in the query's order. */
export async function orderedIds(
  tx: LogTx<IDBTransactionMode>,
  matches: readonly SegmentMatches[],
  sort: EntryQuery['sort'],
): Promise<string[]> {
  const out: string[] = [];
  for (const { catalog, rows } of await withCatalogs(tx, matches)) {
    const ids = catalogIds(catalog);
    for (const row of rows) out.push(ids[row] ?? '');
  }
  return sort === 'oldest' ? out : out.reverse();
}
