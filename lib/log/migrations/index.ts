import type { IDBPDatabase } from 'idb';
import { migration001 } from './001-create-campaigns-and-entries';
import { migration002 } from './002-campaign-plan-fields';
import { migration003 } from './003-entry-review-fields';
import { migration004 } from './004-entry-search-words';
import { migration005 } from './005-search-buckets';
import { migration006 } from './006-entry-count';
import { migration007 } from './007-entry-pages';
import type { Migration, UpgradeTransaction } from './migration';

export type { Migration, UpgradeTransaction } from './migration';

/** Every migration, in order. Adding one: a new numbered file, appended here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
];

/**
 * Runs the steps after `oldVersion` up to `newVersion`, one after another, in the upgrade transaction
 * (the cumulative `if (oldVersion < N)` pattern, as a list).
 */
export async function runMigrations(
  db: IDBPDatabase<unknown>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (oldVersion < migration.version && migration.version <= newVersion) {
      await migration.migrate(db, tx);
    }
  }
}
