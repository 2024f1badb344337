import type { Migration } from './migration';

/** An entry as versions 1 and 2 stored it. */
interface EntryV1 {
  id: string;
  text: string;
  platform: string;
  url: string;
  campaignId: string | null;
  tags: string[];
  createdAt: number;
}

/** An entry as version 3 stores it. */
interface EntryV3 extends EntryV1 {
  findings: string[];
  tips: string[];
  status: 'draft' | 'published';
  metrics: Record<string, number>;
  updatedAt: number;
}

/** The v1 → v3 change of one entry; exported for the import of files in export format 1. */
export function upgradeEntryV1(entry: EntryV1): EntryV3 {
  return {
    ...entry,
    findings: [],
    tips: [],
    // v1 logged posts with one button, pressed as they went out.
    status: 'published',
    metrics: {},
    updatedAt: entry.createdAt,
  };
}

/**
 * v3: entries get the findings and tips at logging time, a status (draft or published), metrics and
 * updatedAt; a [status, createdAt] index serves the status filter.
 */
export const migration003: Migration = {
  version: 3,
  description: 'Add findings, tips, status, metrics and updatedAt to entries; index by status.',
  async migrate(_db, tx) {
    const store = tx.objectStore('entries');
    store.createIndex('by-status-createdAt', ['status', 'createdAt']);
    let cursor = await store.openCursor();
    while (cursor) {
      await cursor.update(upgradeEntryV1(cursor.value as EntryV1));
      cursor = await cursor.continue();
    }
  },
};
