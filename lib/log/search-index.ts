import { queryWords, searchWords } from './search-words';

/**
 * The text search index (since schema v5): the store `search` holds {@link SEARCH_BUCKETS} records,
 * each listing, for the entries whose id hashes to it, the entry's search words as one line
 * (" le debat sur budget"). A search reads the whole store with one `getAll` and scans the lines.
 *
 * Why not a multiEntry index over the words (v4)? A 100,000-entry log has ~2.5 million word rows, and
 * every row is an index write: an import spent most of its time maintaining them (minutes in Chromium).
 * Buckets cost one extra record write per bucket touched, and the scan of ~100,000 short lines takes
 * tens of milliseconds. Words keep their meaning: a query word matches an entry word it starts, after
 * the same folding of case, accents and styled letters (search-words.ts).
 */

/** Number of bucket records; fixed, since an entry's bucket is a hash of its id modulo this. */
export const SEARCH_BUCKETS = 64;

/** One record of the `search` store: parallel lists of entry ids and their search lines. */
export interface SearchBucket {
  bucket: number;
  ids: string[];
  lines: string[];
}

/** The bucket of an entry id (FNV-1a over UTF-16 code units). */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SEARCH_BUCKETS;
}

/** The search line of a text: its distinct folded words, each preceded by a space. */
export function searchLine(text: string): string {
  const words = searchWords(text);
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}

/**
 * A predicate on search lines for a query ("budg débat" → lines with a word starting "budg" and one
 * starting "debat"), or undefined when the query has no words. Words hold only letters and digits, so
 * " " + prefix can only match at the start of a word.
 */
export function lineMatcher(query: string): ((line: string) => boolean) | undefined {
  const needles = queryWords(query).map((w) => ` ${w}`);
  if (needles.length === 0) return undefined;
  if (needles.length === 1) {
    const [needle = ''] = needles;
    return (line) => line.includes(needle);
  }
  return (line) => needles.every((needle) => line.includes(needle));
}

/** Ids in `buckets` whose line matches `query`. */
export function searchBuckets(buckets: readonly SearchBucket[], query: string): Set<string> {
  const out = new Set<string>();
  const matches = lineMatcher(query);
  if (!matches) return out;
  for (const { ids, lines } of buckets) {
    for (let i = 0; i < lines.length; i++) {
      const id = ids[i];
      if (id !== undefined && matches(lines[i] ?? '')) out.add(id);
    }
  }
  return out;
}

/**
 * Changes to the search index within one write: `set` gives entries (new text or new entries) their
 * line, `remove` takes entries out. Buckets are read and written once each.
 */
export interface SearchChanges {
  set?: ReadonlyArray<{ id: string; text: string }>;
  remove?: readonly string[];
}

/** Applies `changes` to the bucket records (missing ones are created); returns the records to put. */
export function applySearchChanges(
  existing: ReadonlyMap<number, SearchBucket>,
  changes: SearchChanges,
): SearchBucket[] {
  const touched = new Map<number, Map<string, string>>();
  const bucketMap = (bucket: number): Map<string, string> => {
    let map = touched.get(bucket);
    if (!map) {
      const old = existing.get(bucket);
      map = new Map();
      if (old) old.ids.forEach((id, i) => map?.set(id, old.lines[i] ?? ''));
      touched.set(bucket, map);
    }
    return map;
  };
  for (const id of changes.remove ?? []) bucketMap(bucketOf(id)).delete(id);
  for (const { id, text } of changes.set ?? []) bucketMap(bucketOf(id)).set(id, searchLine(text));
  return [...touched].map(([bucket, map]) => ({ bucket, ids: [...map.keys()], lines: [...map.values()] }));
}

/** The buckets `changes` touch. */
export function bucketsTouched(changes: SearchChanges): number[] {
  const out = new Set<number>();
  for (const id of changes.remove ?? []) out.add(bucketOf(id));
  for (const { id } of changes.set ?? []) out.add(bucketOf(id));
  return [...out];
}
