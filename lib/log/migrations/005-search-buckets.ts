import { searchWords } from '../search-words';
import type { Migration } from './migration';

/**
 * v5: text search moves from the multiEntry index `by-word` (one index row per word of every entry,
 * which made large imports crawl) to the store `search`: a fixed number of bucket records holding each
 * entry's search line. Entries lose their derived `words`. (v7 replaced the buckets by per-page search
 * records; the bucket layout is kept here, frozen, as this step wrote it.)
 *
 * Like v4, this step uses the live tokenizer (`searchWords`) on purpose: the index is derived data, and
 * any later change to it must come with its own migration that rebuilds it.
 */

/** The search line of a text: its distinct folded words, each preceded by a space. */
function searchLine(text: string): string {
  const words = searchWords(text);
  return words.length === 0 ? '' : ` ${words.join(' ')}`;
}

/** Number of bucket records; an entry's bucket is a hash of its id modulo this. */
export const SEARCH_BUCKETS = 64;

/** One record of the v5 `search` store: parallel lists of entry ids and their search lines. */
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

export const migration005: Migration = {
  version: 5,
  description: 'Replace the by-word index with search buckets; drop the words of each entry.',
  async migrate(db, tx) {
    const store = tx.objectStore('entries');
    store.deleteIndex('by-word');
    db.createObjectStore('search', { keyPath: 'bucket' });
    const buckets = new Map<number, SearchBucket>();
    let cursor = await store.openCursor();
    while (cursor) {
      const { words: _words, ...entry } = cursor.value as { id: string; text: string; words?: unknown };
      const bucket = bucketOf(entry.id);
      let record = buckets.get(bucket);
      if (!record) buckets.set(bucket, (record = { bucket, ids: [], lines: [] }));
      record.ids.push(entry.id);
      record.lines.push(searchLine(entry.text));
      await cursor.update(entry);
      cursor = await cursor.continue();
    }
    const search = tx.objectStore('search');
    for (const record of buckets.values()) await search.put(record);
  },
};
