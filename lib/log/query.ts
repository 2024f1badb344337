import { buildCatalog, catalogIds, matchingRows, type CatalogRecord } from './catalog';
import { keyText, partIndexFor, type EntryKey } from './page-layout';
import { partStarts, readCatalog, type LogTx } from './page-store';
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
 * The matches of a query in one catalog segment: its matching rows, oldest first, and the position in
 * the log's order of the segment's first row (so of every match: pages hold the same order). A text
 * search alone needs no columns to find its rows (the word records give them), so the segment's
 * catalog is read only when the query needed it or its ids are asked for.
 */
export interface SegmentMatches {
  key: EntryKey;
  start: number;
  rows: number[];
  catalog?: CatalogRecord;
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

/**
 * The segments (of all, in key order) that can hold entries from `from` to `to`, and the key range
 * they span (null: all of them).
 */
function segmentsInRange<S extends { key: EntryKey }>(
  segments: readonly S[],
  query: EntryQuery,
): { inRange: S[]; range: IDBKeyRange | null } {
  if (query.from === undefined && query.to === undefined) return { inRange: [...segments], range: null };
  const keys = segments.map((segment) => segment.key);
  // The segment holding the first entry at `from` or later may start before it: the last such one.
  const first = query.from === undefined ? 0 : Math.max(0, partIndexFor(keys, [query.from, '']));
  const to = query.to ?? Infinity;
  const inRange = segments.slice(first).filter((segment) => segment.key[0] <= to);
  const [low, high] = [inRange[0], inRange.at(-1)];
  return { inRange, range: low && high ? IDBKeyRange.bound(low.key, high.key) : null };
}

/** Every match of `query`, segment by segment, oldest first. Runs inside `tx` (catalog stores). */
export async function findMatches(
  tx: LogTx<IDBTransactionMode>,
  query: EntryQuery,
): Promise<SegmentMatches[]> {
  if (emptyRange(query)) return [];
  const { inRange, range } = segmentsInRange(await partStarts(tx, 'segments'), query);
  if (inRange.length === 0) return [];
  const needles = query.text === undefined ? [] : queryNeedles(query.text);
  const { campaignId, platform, status, tag, from, to } = query;
  const filter = { campaignId, platform, status, tag, from, to };
  const columns = needles.length === 0 || Object.values(filter).some((value) => value !== undefined);
  // The word records a text search needs: one per segment and initial of the query's words.
  const initials = needleInitials(needles);
  const wordsStore = tx.objectStore('words');
  const [catalogs, buckets] = await Promise.all([
    columns ? tx.objectStore('catalog').getAll(range) : Promise.resolve<CatalogRecord[]>([]),
    Promise.all(inRange.flatMap(({ key }) => initials.map((initial) => wordsStore.get([...key, initial])))),
  ]);
  const out: SegmentMatches[] = [];
  inRange.forEach(({ key, start }, s) => {
    const catalog = catalogs[s];
    let candidates: number[] | undefined;
    if (needles.length > 0) {
      const bucketFor = (initial: string) => buckets[s * initials.length + initials.indexOf(initial)];
      // Unreadable rows have no words, so a text search never finds them.
      candidates = searchRows(bucketFor, needles);
      if (candidates.length === 0) return;
    }
    const rows = catalog ? matchingRows(catalog, filter, candidates) : (candidates ?? []);
    if (rows.length > 0) out.push({ key, start, rows, catalog });
  });
  return out;
}

export function countMatches(matches: readonly SegmentMatches[]): number {
  let total = 0;
  for (const segment of matches) total += segment.rows.length;
  return total;
}

/**
 * Positions in the log's order of matches `offset` to `offset + limit`, in the query's order (newest
 * first unless `oldest`).
 */
export function matchPositions(
  matches: readonly SegmentMatches[],
  sort: EntryQuery['sort'],
  offset: number,
  limit: number,
): number[] {
  const out: number[] = [];
  const newestFirst = sort !== 'oldest';
  let skip = offset;
  for (let p = 0; p < matches.length && out.length < limit; p++) {
    const { start, rows } = matches[newestFirst ? matches.length - 1 - p : p] as SegmentMatches;
    if (skip >= rows.length) {
      skip -= rows.length;
      continue;
    }
    const n = rows.length;
    for (let i = skip; i < n && out.length < limit; i++)
      out.push(start + (rows[newestFirst ? n - 1 - i : i] ?? 0));
    skip = 0;
  }
  return out;
}

/**
 * Every matching id in the query's order. Catalogs not read yet are read with one getAll over the
 * key range they span: in Chromium a large record read alone costs several milliseconds.
 */
export async function orderedIds(
  tx: LogTx<IDBTransactionMode>,
  matches: readonly SegmentMatches[],
  sort: EntryQuery['sort'],
): Promise<string[]> {
  const missing = matches.filter((m) => !m.catalog).map((m) => m.key);
  const read = new Map<string, CatalogRecord>();
  const [first] = missing;
  const last = missing.at(-1);
  if (first && last) {
    for (const { key, catalog } of await readCatalog(tx, IDBKeyRange.bound(first, last))) {
      read.set(keyText(key), catalog);
    }
  }
  const out: string[] = [];
  for (const { key, rows, catalog } of matches) {
    const ids = catalogIds(catalog ?? read.get(keyText(key)) ?? buildCatalog([]));
    for (const row of rows) out.push(ids[row] ?? '');
  }
  return sort === 'oldest' ? out : out.reverse();
}
