import { openDB } from 'idb';
import { openLogDb } from '../db';

let counter = 0;

/** A database name no other test uses. */
export function uniqueDbName(prefix: string): string {
  return `${prefix}-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates a database at `version` (running the real migrations up to it), writes `records` into its
 * stores as they were at that version, and closes it: the starting point of an upgrade test.
 */
export async function seedAtVersion(
  name: string,
  version: number,
  records: Record<string, readonly object[]>,
): Promise<void> {
  const db = await openLogDb(name, { version });
  db.close();
  const raw = await openDB(name, version);
  const tx = raw.transaction(Object.keys(records), 'readwrite');
  for (const [store, values] of Object.entries(records)) {
    for (const value of values) await tx.objectStore(store).put(value);
  }
  await tx.done;
  raw.close();
}

/** Every entry stored in the pages of `name` (schema v7 and later, as JSON text), in page order. */
export async function readPagedEntries(name: string): Promise<unknown[]> {
  const pages = (await readStore(name, 'pages')) as Array<{ entries: string[] }>;
  return pages.flatMap((page) => page.entries.map((text) => JSON.parse(text) as unknown));
}

/** Everything in one store of `name`, opened without upgrading. */
export async function readStore(name: string, store: string): Promise<unknown[]> {
  const raw = await openDB(name);
  const all = await raw.getAll(store);
  raw.close();
  return all;
}
