import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * One step of the log's schema history. Migrations are frozen once released: they describe the shapes
 * of their own time with local types, never the current `LogDbSchema`, so later changes to the schema
 * cannot change what an old step does.
 */
export interface Migration {
  /** The database version this step brings the schema to (1, 2, 3…; no gaps). */
  version: number;
  /** One line for humans: what changes and why. */
  description: string;
  /**
   * Runs inside the upgrade transaction. Reach stores through `tx`, never `db.transaction()` (that
   * fails while a version change runs), and await nothing but requests of `tx`, or it auto-commits.
   */
  migrate(db: IDBPDatabase<unknown>, tx: UpgradeTransaction): Promise<void> | void;
}

/** The versionchange transaction of an upgrade, untyped because each migration knows its own stores. */
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;
