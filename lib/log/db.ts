import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations/index';
import { LOG_DB_VERSION, type LogDbSchema } from './schema';

/** Name of the extension's log database. */
export const LOG_DB_NAME = 'rostrum-log';

/** A connection to the log database at the current version. */
export type LogDb = IDBPDatabase<LogDbSchema>;

export interface OpenLogDbOptions {
  /**
   * Version to open. Tests pass an older one to seed data as it was, then reopen at the current
   * version to run the next migration; the app never sets it.
   */
  version?: number;
  /** Another connection (a newer panel) needs to upgrade: this one has been closed. */
  onClosedForUpgrade?: () => void;
  /** The browser closed the connection abnormally (storage cleared, disk error). */
  onTerminated?: () => void;
}

/**
 * Opens (creating or upgrading) the log database. Migrations run in the upgrade transaction; if one
 * fails the transaction is aborted, the database stays at its old version with its data, and the
 * migration's own error is thrown rather than the browser's generic AbortError.
 */
export async function openLogDb(name: string = LOG_DB_NAME, options: OpenLogDbOptions = {}): Promise<LogDb> {
  const version = options.version ?? LOG_DB_VERSION;
  let migrationError: unknown;
  try {
    const db = await openDB<LogDbSchema>(name, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        // An aborted upgrade rejects `done`; the open itself reports the failure, so mute this copy.
        tx.done.catch(() => undefined);
        // Migrations are written against their own (older) shapes, so they get the untyped handles.
        const untypedDb = database as unknown as IDBPDatabase<unknown>;
        const untypedTx = tx as unknown as Parameters<typeof runMigrations>[3];
        runMigrations(untypedDb, oldVersion, newVersion ?? version, untypedTx).catch((error: unknown) => {
          migrationError = error;
          try {
            tx.abort();
          } catch {
            // Already finished or aborted by the failing request itself.
          }
        });
      },
      blocking() {
        // Keeping an old connection open would stall the other window's upgrade forever.
        db.close();
        options.onClosedForUpgrade?.();
      },
      terminated() {
        options.onTerminated?.();
      },
    });
    return db;
  } catch (error) {
    throw migrationError ?? error;
  }
}
