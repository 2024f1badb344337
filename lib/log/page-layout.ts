/**
 * How the log lays entries out (schema v7). Entries are kept in time order — createdAt, then id in
 * code-unit order, as IndexedDB compares strings — in two layers of parts:
 * - `pages` of about {@link PAGE_SIZE} entries, read when rows are shown, and
 * - catalog `segments` of about {@link SEGMENT_SIZE} entries' filter columns, read by queries.
 * A part's key is an entry key [createdAt, id] at or below each of its rows and above every row of the
 * part before it, so the part a row belongs to is the one with the greatest key at or below the row's.
 *
 * Why parts: in Chromium every IndexedDB record costs a fixed 0.1–0.3 ms to write and about as much to
 * read, whatever its size; 100,000 one-entry records took 12–30 s to import on our test machine, 200
 * pages of 500 entries about one second. Reading many bytes, large records win too: 15 MB came back
 * in ~100 ms as 600 KB records and ~600 ms as 16 KB ones (values over 64 KB travel as blobs). So the
 * catalog, which queries read whole, has large segments, and pages, read a few at a time, are small.
 */

/** [createdAt, id]: an entry's place in time order, and the key type of both layers. */
export type EntryKey = [number, string];

/**
 * Entries per page when pages are cut; a page is cut again once it holds more than twice this. A page
 * of typical posts (~450 bytes as JSON) then stays under the 64 KB past which Chromium keeps a value
 * in a file of its own: a search whose rows lie far apart reads one page per row, and with 250 a
 * page those reads took about a quarter longer.
 */
export const PAGE_SIZE = 140;

/** Rows per catalog segment when segments are cut (again once past twice this). */
export const SEGMENT_SIZE = 2_500;

/** Order of two entry keys, as IndexedDB orders them. */
export function compareKeys(a: EntryKey, b: EntryKey): number {
  return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** The key of a stored value; one without a time (damaged outside Rostrum) goes first. */
export function storedKey(value: unknown, id: string): EntryKey {
  const createdAt = (value as { createdAt?: unknown } | null | undefined)?.createdAt;
  // NaN and infinities are not valid in a key (and NaN would not sort).
  return [typeof createdAt === 'number' && Number.isFinite(createdAt) ? createdAt : 0, id];
}

/** A key's text, for maps. */
export function keyText(key: EntryKey): string {
  return `${key[0]}\u0000${key[1]}`;
}

/**
 * The position in `partKeys` (ascending) of the part `key` belongs to: the greatest part key at or
 * below it, or the first part when `key` comes before every part. -1 when there are no parts.
 */
export function partIndexFor(partKeys: readonly EntryKey[], key: EntryKey): number {
  if (partKeys.length === 0) return -1;
  let lo = 0;
  let hi = partKeys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (compareKeys(partKeys[mid] as EntryKey, key) <= 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The key of the part each row of `incoming` goes to; with no parts yet, one part from the first row. */
export function targetParts(
  partKeys: readonly EntryKey[],
  incoming: Iterable<{ key: EntryKey }>,
): (row: { key: EntryKey }) => EntryKey {
  if (partKeys.length > 0) return (row) => partKeys[partIndexFor(partKeys, row.key)] as EntryKey;
  let first: EntryKey | undefined;
  for (const row of incoming) if (!first || compareKeys(row.key, first) < 0) first = row.key;
  return () => first as EntryKey;
}

/**
 * Cuts one part's rows into parts: kept whole up to twice `size`, else cut into equal parts of about
 * `size`. Empty in, empty out (the part goes).
 */
export function cutPart<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  if (items.length <= 2 * size) return [items.slice()];
  const parts = Math.ceil(items.length / size);
  const out: T[][] = [];
  for (let p = 0; p < parts; p++) {
    out.push(
      items.slice(Math.floor((p * items.length) / parts), Math.floor(((p + 1) * items.length) / parts)),
    );
  }
  return out;
}

/** A part being rewritten: its key, the rows it will hold, and whether it is stored now. */
export interface PartDraft<R> {
  key: EntryKey;
  rows: R[];
  stored: boolean;
}

/**
 * The writes that turn `drafts` into parts: rows sorted, parts cut past twice `size`, the first piece
 * keeping its part's key unless a row came in before it (the first part only), empty parts deleted.
 * Deletes are listed first: issue them first, since a new key may equal a deleted one.
 */
export function relayout<R extends { key: EntryKey }>(
  drafts: Iterable<PartDraft<R>>,
  size: number,
): { deletes: EntryKey[]; writes: Array<{ key: EntryKey; rows: R[] }> } {
  const deletes: EntryKey[] = [];
  const writes: Array<{ key: EntryKey; rows: R[] }> = [];
  for (const { key, rows, stored } of drafts) {
    rows.sort((a, b) => compareKeys(a.key, b.key));
    const pieces = cutPart(rows, size);
    const keys = pieces.map((piece, p) => {
      const first = (piece[0] as R).key;
      return p === 0 && compareKeys(key, first) <= 0 ? key : first;
    });
    if (stored && !keys.some((k) => compareKeys(k, key) === 0)) deletes.push(key);
    pieces.forEach((piece, p) => writes.push({ key: keys[p] as EntryKey, rows: piece }));
  }
  return { deletes, writes };
}
