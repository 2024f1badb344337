/** Writes of a bulk put are started this many at a time (see {@link putMany}). */
export const PUT_CHUNK = 2_000;

/**
 * Puts many records in the store's transaction, as one part of it (all or nothing with the rest): plain requests (no promise per record), started in
 * chunks, waiting for the previous chunk while the next one is queued, so the page never holds
 * 100,000 pending requests at once and the database is never idle. Requests of one store complete in
 * order, so the last request of a chunk succeeding means the whole chunk did. A failing put aborts
 * the transaction (its error is unhandled), and the wait rejects.
 */
export async function putMany(
  /** A plain store of a readwrite transaction (idb's `unwrap(store)`). */
  raw: IDBObjectStore,
  values: readonly unknown[],
  chunk = PUT_CHUNK,
): Promise<void> {
  // The first failing request's error bubbles to the transaction; the requests after it then fail
  // with AbortError, so that first error is the one to report.
  let firstError: unknown;
  raw.transaction.addEventListener('error', (event) => {
    firstError ??= (event.target as IDBRequest | null)?.error;
  });
  const requestDone = (request: IDBRequest) =>
    new Promise<void>((resolve, reject) => {
      request.addEventListener('success', () => resolve());
      request.addEventListener('error', () => reject(firstError ?? request.error));
    });
  let previous: Promise<void> | undefined;
  for (let start = 0; start < values.length; start += chunk) {
    let last: IDBRequest | undefined;
    const end = Math.min(values.length, start + chunk);
    for (let i = start; i < end; i++) last = raw.put(values[i]);
    const done = last ? requestDone(last) : Promise.resolve();
    done.catch(() => undefined); // awaited below or in the next round
    if (previous) await previous;
    previous = done;
  }
  await previous;
}
