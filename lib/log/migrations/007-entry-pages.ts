import type { IDBPDatabase } from 'idb';
import { writeEntries, type LogTx } from '../page-store';
import type { StoredEntry } from '../schema';
import type { Migration } from './migration';

/**
 * v7: entries move from one record each (`entries`, with five indexes) into pages of about 140 in time
 * order (`pages`, with their `sizes`) and catalog segments of about 2,500 (`catalog`: filter columns;
 * `words`: search words by initial); v5's search buckets and v6's kept count go. See page-layout.ts
 * for why: in Chromium each record costs a fixed 0.1–0.3 ms to write, so 100,000 entries as 100,000
 * records could not be imported in under 10 s, nor searched or exported at the speeds the log needs.
 *
 * The parts are written by the live `writeEntries`, on purpose: their layout is the current one by
 * definition, and a later change to it comes with its own migration.
 */
export const migration007: Migration = {
  version: 7,
  description: 'Move entries into pages and catalog segments, with search words by initial.',
  async migrate(db: IDBPDatabase<unknown>, tx) {
    const values = (await tx.objectStore('entries').getAll()) as StoredEntry[];
    db.deleteObjectStore('entries');
    db.deleteObjectStore('search');
    db.createObjectStore('pages').createIndex('by-entry', 'ids', { multiEntry: true });
    db.createObjectStore('catalog');
    db.createObjectStore('segments');
    db.createObjectStore('words');
    // The number of entries is now the sum of the pages' sizes.
    db.deleteObjectStore('meta');
    db.createObjectStore('sizes');
    await writeEntries(tx as unknown as LogTx<'readwrite'>, { put: values });
  },
};
