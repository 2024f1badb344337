import type { IDBPTransaction, StoreNames } from 'idb';
import { buildCatalog, catalogIds, catalogRows, type CatalogRecord, type CatalogRow } from './catalog';
import {
  keyText,
  storedKey,
  PAGE_SIZE,
  partIndexFor,
  relayout,
  SEGMENT_SIZE,
  targetParts,
  type EntryKey,
  type PartDraft,
} from './page-layout';
import { storedEntryOrUndefined } from './record-guard';
import type { LogDbSchema, StoredEntry } from './schema';
import { buildWordBuckets } from './search-index';
import { searchWords } from './search-words';

/**
 * Reading and writing entries in their two layers (schema v7; see page-layout.ts): pages of entries
 * (`pages`, with their sizes in `sizes`) and catalog segments (`catalog`, see catalog.ts, with their
 * sizes in `segments` and their search words by initial in `words`, see search-index.ts). Every change
 * goes through {@link writeEntries}, which rewrites the parts it touches in both layers in the
 * caller's transaction.
 */

export type LogTx<M extends IDBTransactionMode> = IDBPTransaction<
  LogDbSchema,
  Array<StoreNames<LogDbSchema>>,
  M
>;

/**
 * A record of the `pages` store: entry i has id `ids[i]` (the by-entry index is over `ids`), time
 * `times[i]` and stored value `entries[i]`, kept as JSON text. Text because Chromium copies a
 * page of strings out of IndexedDB faster than as many objects of a dozen fields, and a caller showing one entry
 * of a page then parses that entry alone (about half the time for a search's scattered rows).
 */
export interface StoredPage {
  ids: string[];
  times: Float64Array;
  entries: string[];
}

/** Entry i of a page as stored (parse it through the record guard or the schema), or its raw text if it is not JSON. */
export function pageValue(page: StoredPage, i: number): unknown {
  const text = page.entries[i];
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A value as page text; one JSON cannot hold (only ever a record damaged outside Rostrum) keeps its text form. */
function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return JSON.stringify(String(value));
  }
}

/** One catalog segment, with its key. */
export interface CatalogSegment {
  key: EntryKey;
  catalog: CatalogRecord;
}

/** How big parts are cut; tests make them small to exercise many parts. */
export interface PartSizes {
  page: number;
  segment: number;
}

export const DEFAULT_SIZES: PartSizes = { page: PAGE_SIZE, segment: SEGMENT_SIZE };

/** Up to this many ids are looked up one by one in the by-entry index; more, through the catalog. */
const FEW_LOOKUPS = 200;

/** The catalog segments in `range` (all by default), in key order. */
export async function readCatalog(
  tx: LogTx<IDBTransactionMode>,
  range?: IDBKeyRange | null,
): Promise<CatalogSegment[]> {
  const store = tx.objectStore('catalog');
  const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  return keys.map((key, i) => ({ key, catalog: values[i] as CatalogRecord }));
}

/**
 * Every page's key, read from `sizes` (same keys): listing the keys of the large page records took
 * Chromium ~40 ms cold where the small size records took ~7 ms.
 */
function pageKeysOf(tx: LogTx<IDBTransactionMode>): Promise<EntryKey[]> {
  return tx.objectStore('sizes').getAllKeys();
}

/** The pages under `keys` (each read once), by their key's text. */
export async function readPages(
  tx: LogTx<IDBTransactionMode>,
  keys: Iterable<EntryKey>,
): Promise<Map<string, StoredPage>> {
  const unique = new Map<string, EntryKey>();
  for (const key of keys) unique.set(keyText(key), key);
  const store = tx.objectStore('pages');
  const list = [...unique.values()];
  const pages = await Promise.all(list.map((key) => store.get(key)));
  const out = new Map<string, StoredPage>();
  list.forEach((key, i) => {
    const page = pages[i];
    if (page) out.set(keyText(key), page);
  });
  return out;
}

/** Where stored entries are: the page of each, and the pages read to find them. */
export interface Located {
  /** Page key of each id found. */
  pageOf: Map<string, EntryKey>;
  /** The pages holding them, by key text. */
  pages: Map<string, StoredPage>;
}

/** The stored value of `id` in what {@link locate} found. */
export function storedValue(found: Located, id: string): unknown {
  const key = found.pageOf.get(id);
  const page = key ? found.pages.get(keyText(key)) : undefined;
  const at = page ? page.ids.indexOf(id) : -1;
  return page && at >= 0 ? pageValue(page, at) : undefined;
}

/** The key `id` is stored under in what {@link locate} found (undefined if not found). */
function storedKeyOf(found: Located, id: string): EntryKey | undefined {
  const key = found.pageOf.get(id);
  const page = key ? found.pages.get(keyText(key)) : undefined;
  const at = page ? page.ids.indexOf(id) : -1;
  return page && at >= 0 ? [page.times[at] ?? 0, id] : undefined;
}

/**
 * Finds the pages of `ids`. A few are looked up in the by-entry index. For many, their keys come from
 * the catalog and each page is the one its key falls in; an id not in the page its key names (only
 * after damage outside Rostrum) is looked up in the index after all.
 */
export async function locate(tx: LogTx<IDBTransactionMode>, ids: Iterable<string>): Promise<Located> {
  const wanted = [...new Set(ids)];
  const pageOf = new Map<string, EntryKey>();
  const byIndex = async (list: readonly string[]) => {
    const index = tx.objectStore('pages').index('by-entry');
    const found = await Promise.all(list.map((id) => index.getKey(id)));
    list.forEach((id, i) => {
      const key = found[i];
      if (key !== undefined) pageOf.set(id, key);
    });
  };
  if (wanted.length <= FEW_LOOKUPS) {
    await byIndex(wanted);
    return { pageOf, pages: await readPages(tx, pageOf.values()) };
  }
  const want = new Set(wanted);
  const known = new Map<string, EntryKey>();
  for (const { catalog } of await readCatalog(tx)) {
    catalogIds(catalog).forEach((id, i) => {
      if (want.has(id)) known.set(id, [catalog.createdAt[i] ?? 0, id]);
    });
  }
  const pageKeys = await pageKeysOf(tx);
  for (const [id, key] of known) {
    const at = partIndexFor(pageKeys, key);
    if (at >= 0) pageOf.set(id, pageKeys[at] as EntryKey);
  }
  const pages = await readPages(tx, pageOf.values());
  const holds = new Map<string, Set<string>>();
  const misplaced = [...pageOf].filter(([id, key]) => {
    const text = keyText(key);
    let set = holds.get(text);
    if (!set) holds.set(text, (set = new Set(pages.get(text)?.ids ?? [])));
    return !set.has(id);
  });
  if (misplaced.length > 0) {
    for (const [id] of misplaced) pageOf.delete(id);
    await byIndex(misplaced.map(([id]) => id));
    for (const [text, page] of await readPages(tx, pageOf.values())) pages.set(text, page);
  }
  return { pageOf, pages };
}

/**
 * Starts every request at once (the transaction queues them) and waits for all. A request that throws
 * while being started (a full disk, say) must not leave the ones already started rejecting unheard
 * when the transaction is then aborted.
 */
export function runAll(requests: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  const started: Array<Promise<unknown>> = [];
  try {
    for (const request of requests) started.push(request());
  } catch (error) {
    for (const promise of started) promise.catch(() => undefined);
    throw error;
  }
  return Promise.all(started).then(() => undefined);
}

/** The key range of a segment's word records: [...segment key, initial] for every initial. */
function segmentWords(key: EntryKey): IDBKeyRange {
  return IDBKeyRange.bound(key, [...key, []]);
}

/** A segment's rows (with their words), or undefined when there is no segment under `key`. */
async function readSegmentRows(
  tx: LogTx<IDBTransactionMode>,
  key: EntryKey,
): Promise<CatalogRow[] | undefined> {
  const [record, buckets] = await Promise.all([
    tx.objectStore('catalog').get(key),
    tx.objectStore('words').getAll(segmentWords(key)),
  ]);
  return record ? catalogRows(record, buckets) : undefined;
}

/** What a write changes: entries put (new, or replacing the one with their id) and ids removed. */
export interface EntryChanges {
  put?: readonly StoredEntry[];
  remove?: readonly string[];
}

/** A page row being rewritten. */
interface PageRow {
  id: string;
  key: EntryKey;
  json: string;
}

/** What the catalog keeps of a stored value: its filter fields if it is readable. */
function catalogRow(id: string, key: EntryKey, value: unknown): CatalogRow {
  const entry = storedEntryOrUndefined(value);
  return entry ? { id, key, entry, words: searchWords(entry.text) } : { id, key, words: [] };
}

/**
 * Applies `changes` in `tx`. In each layer it reads the parts the changes touch, takes out the rows
 * of every id changed, puts the new rows in the part their key falls in, cuts parts that grew past
 * twice their size, drops parts left empty, and writes the parts back. An entry put with an id already
 * stored replaces it, wherever it was.
 */
export async function writeEntries(
  tx: LogTx<'readwrite'>,
  changes: EntryChanges,
  sizes: PartSizes = DEFAULT_SIZES,
): Promise<void> {
  const put = new Map<string, StoredEntry>();
  for (const entry of changes.put ?? []) put.set(entry.id, entry);
  const touched = new Set<string>([...put.keys(), ...(changes.remove ?? [])]);
  if (touched.size === 0) return;
  const incoming = [...put.values()].map((entry) => ({
    id: entry.id,
    key: storedKey(entry, entry.id),
    entry,
    json: toJson(entry),
  }));

  const pagesStore = tx.objectStore('pages');
  const catalogStore = tx.objectStore('catalog');
  const sizesStore = tx.objectStore('sizes');
  const [found, pageKeys, segmentKeys] = await Promise.all([
    locate(tx, touched),
    pageKeysOf(tx),
    catalogStore.getAllKeys(),
  ]);

  // Pages: where the changed entries are, and where the new rows go.
  const pageDrafts = new Map<string, PartDraft<PageRow>>();
  const draftOf = <R>(drafts: Map<string, PartDraft<R>>, key: EntryKey) => {
    const text = keyText(key);
    let draft = drafts.get(text);
    if (!draft) drafts.set(text, (draft = { key, rows: [], stored: false }));
    return draft;
  };
  const pageFor = targetParts(pageKeys, incoming);
  for (const key of found.pageOf.values()) draftOf(pageDrafts, key);
  for (const row of incoming) draftOf(pageDrafts, pageFor(row));
  const pages = new Map(found.pages);
  const unread = [...pageDrafts.values()].filter((d) => !pages.has(keyText(d.key))).map((d) => d.key);
  for (const [text, page] of await readPages(tx, unread)) pages.set(text, page);
  for (const draft of pageDrafts.values()) {
    const page = pages.get(keyText(draft.key));
    if (!page) continue;
    draft.stored = true;
    page.ids.forEach((id, i) => {
      if (!touched.has(id))
        draft.rows.push({ id, key: [page.times[i] ?? 0, id], json: page.entries[i] ?? 'null' });
    });
  }
  for (const row of incoming) draftOf(pageDrafts, pageFor(row)).rows.push(row);

  // Segments: where the changed entries' rows are (by their old key), and where the new rows go.
  const oldKeys = new Map<string, EntryKey>();
  for (const id of touched) {
    const key = storedKeyOf(found, id);
    if (key) oldKeys.set(id, key);
  }
  const segmentDrafts = new Map<string, PartDraft<CatalogRow>>();
  const segmentFor = targetParts(segmentKeys, incoming);
  for (const key of oldKeys.values()) {
    const at = partIndexFor(segmentKeys, key);
    if (at >= 0) draftOf(segmentDrafts, segmentKeys[at] as EntryKey);
  }
  for (const row of incoming) draftOf(segmentDrafts, segmentFor(row));
  const drafts = [...segmentDrafts.values()];
  const segments = await Promise.all(drafts.map((d) => readSegmentRows(tx, d.key)));
  const seen = new Set<string>();
  drafts.forEach((draft, i) => {
    const rows = segments[i];
    if (!rows) return;
    draft.stored = true;
    for (const row of rows) {
      if (touched.has(row.id)) seen.add(row.id);
      else draft.rows.push(row);
    }
  });
  // A row not where its key says (only after damage outside Rostrum): find it in every segment.
  if ([...oldKeys.keys()].some((id) => !seen.has(id))) {
    for (const { key, catalog } of await readCatalog(tx)) {
      if (segmentDrafts.get(keyText(key))?.stored) continue;
      if (!catalogIds(catalog).some((id) => touched.has(id))) continue;
      const added = draftOf(segmentDrafts, key);
      added.stored = true;
      added.rows = ((await readSegmentRows(tx, key)) ?? []).filter((row) => !touched.has(row.id));
    }
  }
  for (const row of incoming)
    draftOf(segmentDrafts, segmentFor(row)).rows.push(catalogRow(row.id, row.key, row.entry));

  const pageWrites = relayout(pageDrafts.values(), sizes.page);
  const segmentWrites = relayout(segmentDrafts.values(), sizes.segment);
  // Deletes first: a new part may take the key of one deleted.
  const requests: Array<() => Promise<unknown>> = [];
  for (const key of pageWrites.deletes) {
    requests.push(
      () => pagesStore.delete(key),
      () => sizesStore.delete(key),
    );
  }
  const wordsStore = tx.objectStore('words');
  const segmentsStore = tx.objectStore('segments');
  for (const key of segmentWrites.deletes) {
    requests.push(
      () => catalogStore.delete(key),
      () => segmentsStore.delete(key),
      () => wordsStore.delete(segmentWords(key)),
    );
  }
  for (const { key, rows } of pageWrites.writes) {
    const page: StoredPage = {
      ids: rows.map((r) => r.id),
      times: Float64Array.from(rows, (r) => r.key[0]),
      entries: rows.map((r) => r.json),
    };
    requests.push(
      () => pagesStore.put(page, key),
      () => sizesStore.put(rows.length, key),
    );
  }
  for (const { key, rows } of segmentWrites.writes) {
    const record = buildCatalog(rows);
    // The segment's old word records go first: its words may start with other letters now.
    requests.push(
      () => catalogStore.put(record, key),
      () => segmentsStore.put(rows.length, key),
      () => wordsStore.delete(segmentWords(key)),
    );
    for (const bucket of buildWordBuckets(rows.map((r) => r.words))) {
      requests.push(() => wordsStore.put(bucket, [...key, bucket.initial]));
    }
  }
  await runAll(requests);
}

/**
 * Where the pages or the catalog segments start in the log's order: each one's key, number of
 * entries, and the position of its first entry. The two layers hold the same entries in the same
 * order, so a row's position found in a segment names its page too.
 */
export async function partStarts(
  tx: LogTx<IDBTransactionMode>,
  layer: 'sizes' | 'segments',
): Promise<Array<{ key: EntryKey; size: number; start: number }>> {
  const store = tx.objectStore(layer);
  const [keys, sizes] = await Promise.all([store.getAllKeys(), store.getAll()]);
  let start = 0;
  return keys.map((key, i) => {
    const size = sizes[i] ?? 0;
    const part = { key, size, start };
    start += size;
    return part;
  });
}

/** An entry as stored at a position of the log's order, or undefined if there is none there. */
export interface PositionedValue {
  id: string;
  value: unknown;
}

/** The stored entries at `positions` (0 = the oldest), in that order: only their pages are read. */
export async function valuesAt(
  tx: LogTx<IDBTransactionMode>,
  positions: readonly number[],
  /** The pages' starts, when the caller read them already. */
  starts?: ReadonlyArray<{ key: EntryKey; size: number; start: number }>,
): Promise<Array<PositionedValue | undefined>> {
  const pages = starts ?? (await partStarts(tx, 'sizes'));
  const pageAt = (position: number) => {
    let lo = 0;
    let hi = pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((pages[mid]?.start ?? 0) <= position) lo = mid;
      else hi = mid - 1;
    }
    return pages[lo];
  };
  const places = positions.map((position) => {
    const page = pageAt(position);
    return page && position >= page.start && position < page.start + page.size
      ? { key: page.key, row: position - page.start }
      : undefined;
  });
  const read = await readPages(
    tx,
    places.flatMap((place) => (place ? [place.key] : [])),
  );
  return places.map((place) => {
    const page = place ? read.get(keyText(place.key)) : undefined;
    const id = page && place ? page.ids[place.row] : undefined;
    return page && place && id !== undefined ? { id, value: pageValue(page, place.row) } : undefined;
  });
}
