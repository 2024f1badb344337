import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { putMany } from './bulk-put';

let n = 0;
async function freshDb() {
  return openDB(`bulk-put-${++n}`, 1, {
    upgrade(db) {
      const store = db.createObjectStore('items', { keyPath: 'id' });
      store.createIndex('by-code', 'code', { unique: true });
    },
  });
}

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ id: i, code: `c${i}` }));

describe('putMany', () => {
  it('writes every record, in chunks', async () => {
    const db = await freshDb();
    const tx = db.transaction('items', 'readwrite');
    await putMany(unwrap(tx.objectStore('items')), items(1234), 100);
    await tx.done;
    expect(await db.count('items')).toBe(1234);
    db.close();
  });

  it('fails as a whole when a put fails midway: the transaction aborts and nothing stays', async () => {
    const db = await freshDb();
    await db.put('items', { id: -1, code: 'before' });
    const values = items(1000);
    values[555] = { id: 555, code: 'c3' }; // breaks the unique index, asynchronously
    const tx = db.transaction('items', 'readwrite');
    const done = tx.done.catch((e: unknown) => e);
    await expect(putMany(unwrap(tx.objectStore('items')), values, 100)).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await done).toHaveProperty('name'); // the transaction was aborted, not committed
    expect(await db.getAll('items')).toEqual([{ id: -1, code: 'before' }]);
    db.close();
  });
});
