import { applySearchChanges } from '../search-index';
import type { Migration } from './migration';

/**
 * v5: text search moves from the multiEntry index `by-word` (one index row per word of every entry,
 * which made large imports crawl) to the store `search`: a fixed number of bucket records holding each
 * entry's search line (see search-index.ts). Entries lose their derived `words`.
 *
 * Like v4, this step uses the live tokenizer and bucket layout on purpose: the index is derived data,
 * and any later change to either must come with its own migration that rebuilds it.
 */
export const migration005: Migration = {
  version: 5,
  description: 'Replace the by-word index with search buckets; drop the words of each entry.',
  async migrate(db, tx) {
    const store = tx.objectStore('entries');
    store.deleteIndex('by-word');
    db.createObjectStore('search', { keyPath: 'bucket' });
    const set: Array<{ id: string; text: string }> = [];
    let cursor = await store.openCursor();
    while (cursor) {
      const { words: _words, ...entry } = cursor.value as { id: string; text: string; words?: unknown };
      set.push({ id: entry.id, text: entry.text });
      await cursor.update(entry);
      cursor = await cursor.continue();
    }
    const search = tx.objectStore('search');
    for (const bucket of applySearchChanges(new Map(), { set })) await search.put(bucket);
  },
};
