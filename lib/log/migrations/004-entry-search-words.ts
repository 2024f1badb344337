import { searchWords } from '../search-words';
import type { Migration } from './migration';

/**
 * v4: entries get `words`, the normalised words of their text, and a multiEntry index over them, so
 * text search is an index lookup instead of a scan of every entry.
 *
 * This step uses the live tokenizer on purpose: `words` is derived data, and any later change to the
 * tokenizer must come with its own migration that recomputes it, so upgrading from v3 always ends with
 * words made by the tokenizer of the final version.
 */
export const migration004: Migration = {
  version: 4,
  description: 'Index the words of each entry for text search.',
  async migrate(_db, tx) {
    const store = tx.objectStore('entries');
    store.createIndex('by-word', 'words', { multiEntry: true });
    let cursor = await store.openCursor();
    while (cursor) {
      const entry = cursor.value as { text: string };
      await cursor.update({ ...entry, words: searchWords(entry.text) });
      cursor = await cursor.continue();
    }
  },
};
