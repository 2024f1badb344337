import { unwrap, type IDBPTransaction, type StoreNames } from 'idb';
import { putMany } from './bulk-put';
import type { z } from 'zod';
import { entriesToCsv } from './csv';
import { LOG_DB_NAME, openLogDb, type LogDb } from './db';
import { LogError, LogValidationError, toLogError } from './errors';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, serializeExport, type LogExport } from './export-format';
import { parseImportFile, planImport, type ImportPreview } from './import';
import { storedEntryOrUndefined } from './record-guard';
import { emptyRange, findEntryIdPage, findEntryIds, plan, type EntryQuery } from './query';
import {
  BulkEntryChange,
  CampaignInput,
  CampaignRecord,
  EntryInput,
  EntryPatch,
  EntryRecord,
  METRICS,
  StoredEntryRecord,
  type Campaign,
  type Entry,
  type LogDbSchema,
} from './schema';
import { applySearchChanges, bucketsTouched, type SearchBucket, type SearchChanges } from './search-index';
import { computeCampaignStats, type CampaignStats } from './stats';

export type { EntryQuery } from './query';
export type { ImportPreview, InvalidRecord } from './import';

/** What the log needs from its surroundings; tests replace the clock and the id maker. */
export interface LogRepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Told about stored records that no longer pass the schema; they are left out of results. */
  onCorruptRecord?: (store: 'campaigns' | 'entries', key: unknown, error: z.ZodError) => void;
}

/** Which entries `listEntries` returns (the v1 call; `queryEntries` does more). */
export interface ListEntriesOptions {
  /** Only this campaign's entries; `null` for entries logged with no campaign. */
  campaignId?: string | null;
  /** At most this many (the newest). */
  limit?: number;
}

/** One page of a query, and how many entries match in all. */
export interface EntryPage {
  entries: Entry[];
  total: number;
}

/** How many records an import wrote. */
export interface ImportResult {
  campaigns: number;
  entries: number;
}

/** The only way into the campaign log. Every write is one transaction: all of it happens, or none. */
export interface LogRepository {
  /** All campaigns (archived ones too), the latest start date first, then by name. */
  listCampaigns(): Promise<Campaign[]>;
  getCampaign(id: string): Promise<Campaign | undefined>;
  /**
   * Creates a campaign, or updates it when `input.id` names one (keeping its `createdAt`, and plan
   * fields left out). Throws LogValidationError on bad input, LogError('not-found') for an unknown id.
   */
  saveCampaign(input: CampaignInput): Promise<Campaign>;
  /** Archives (or, with false, restores) a campaign. Its entries stay. */
  archiveCampaign(id: string, archived?: boolean): Promise<Campaign>;

  /** Logs a post. Throws LogValidationError on bad input, LogError('not-found') for an unknown campaign. */
  addEntry(input: EntryInput): Promise<Entry>;
  getEntry(id: string): Promise<Entry | undefined>;
  /** The entries with these ids, in the same order; ids no longer there are skipped. */
  getEntries(ids: readonly string[]): Promise<Entry[]>;
  /** Entries, newest first. */
  listEntries(options?: ListEntriesOptions): Promise<Entry[]>;
  /** Ids of all entries matching `query`, in its order (for a windowed list: fetch rows with getEntries). */
  findEntryIds(query?: EntryQuery): Promise<string[]>;
  /** One page of the entries matching `query`, with the total. */
  queryEntries(query?: EntryQuery, page?: { offset?: number; limit?: number }): Promise<EntryPage>;
  /** One page of the entries matching `query`, without the total (cheaper: for the pages after the first). */
  pageEntries(query?: EntryQuery, page?: { offset?: number; limit?: number }): Promise<Entry[]>;
  /** Changes the given fields of one entry. `metrics` merge; a null metric is cleared. */
  updateEntry(id: string, patch: EntryPatch): Promise<Entry>;
  /** Changes many entries in one transaction; ids no longer there are skipped. Returns how many changed. */
  updateEntries(ids: readonly string[], change: BulkEntryChange): Promise<number>;
  /** Deletes entries and returns them as they were, for `restoreEntries` (undo). */
  deleteEntries(ids: readonly string[]): Promise<Entry[]>;
  /** Puts deleted entries back exactly as they were. */
  restoreEntries(entries: readonly Entry[]): Promise<void>;
  /** Every free tag in use, with how many entries carry it, most used first. */
  listTags(): Promise<Array<{ tag: string; count: number }>>;
  /** The figures of a campaign's dashboard. */
  campaignStats(campaignId: string): Promise<CampaignStats>;

  /** Everything, in the current export format. */
  exportData(): Promise<LogExport>;
  /** {@link exportData} as the text of a .json file. */
  exportJson(): Promise<string>;
  /** Entries matching `query` (all by default) as the text of a .csv file, with byte-order mark. */
  exportCsv(query?: EntryQuery): Promise<string>;
  /** Reads an export file and says what importing it would do. Throws LogError('invalid-import'). */
  previewImport(text: string): Promise<ImportPreview>;
  /** Writes a previewed import (new and updated records) in one transaction: all or nothing. */
  applyImport(preview: ImportPreview): Promise<ImportResult>;
  /** Deletes every campaign and entry (after an export, when the user asks). */
  clearAll(): Promise<void>;

  /** Closes the connection; the next call reopens it. */
  close(): Promise<void>;
}

type LogStore = StoreNames<LogDbSchema>;
/**
 * A transaction typed as if it spanned every store: each call names its stores at run time, and
 * helpers shared between calls would otherwise need one type per combination.
 */
type LogTx<M extends IDBTransactionMode> = IDBPTransaction<LogDbSchema, LogStore[], M>;

function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new LogValidationError(result.error, what);
  return result.data;
}

/**
 * Starts every request at once (the transaction queues them) and waits for all. A request that throws
 * while being started (a full disk, say) must not leave the ones already started rejecting unheard
 * when the transaction is then aborted.
 */
function runAll(requests: ReadonlyArray<() => Promise<unknown>>): Promise<void> {
  const started: Array<Promise<unknown>> = [];
  try {
    for (const request of requests) started.push(request());
  } catch (error) {
    for (const promise of started) promise.catch(() => undefined);
    throw error;
  }
  return Promise.all(started).then(() => undefined);
}

/** How many entries there are, as kept in `meta` (counted when missing). */
async function entryCount(tx: LogTx<IDBTransactionMode>): Promise<number> {
  const kept = await tx.objectStore('meta').get('entries');
  return typeof kept === 'number' ? kept : tx.objectStore('entries').count();
}

/** Moves the kept number of entries by `delta`; called after the writing transaction's own writes. */
async function addToCount(tx: LogTx<'readwrite'>, delta: number): Promise<void> {
  const meta = tx.objectStore('meta');
  const kept = await meta.get('entries');
  // Missing (never expected after v6): count what is there now, writes included.
  if (typeof kept !== 'number') await meta.put(await tx.objectStore('entries').count(), 'entries');
  else if (delta !== 0) await meta.put(kept + delta, 'entries');
}

/** How many of `ids` (each once) are stored now. */
async function existing(tx: LogTx<IDBTransactionMode>, ids: readonly string[]): Promise<number> {
  const store = tx.objectStore('entries');
  const keys = await Promise.all([...new Set(ids)].map((id) => store.getKey(id)));
  return keys.filter((k) => k !== undefined).length;
}

function notFound(what: string, id: string): LogError {
  return new LogError('not-found', `There is no ${what} with id "${id}".`);
}

/**
 * Creates the log repository over the IndexedDB database `dbName`. The connection opens on first use,
 * and reopens after another window upgraded the schema or the browser closed it.
 */
export function createLogRepository(
  dbName: string = LOG_DB_NAME,
  options: LogRepositoryOptions = {},
): LogRepository {
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());
  let dbPromise: Promise<LogDb> | null = null;
  /** Previews made by previewImport (their records already passed the schema). */
  const checkedPreviews = new WeakSet<ImportPreview>();

  /**
   * One page of `query`; with `count`, also how many entries match. Counting is the costly part when
   * one index answers the query (Chromium counts 100,000 rows in about 0.3 s), so pages after the first
   * are read without it.
   */
  function readPage(
    query: EntryQuery,
    page: { offset?: number; limit?: number },
    count: boolean,
  ): Promise<{ entries: Entry[]; total?: number }> {
    const offset = Math.max(0, page.offset ?? 0);
    const limit = Math.max(0, page.limit ?? 50);
    return inTransaction(['entries', 'search', 'meta'], 'readonly', async (tx) => {
      if (emptyRange(query)) return { entries: [], total: 0 };
      const { index, range, rest } = plan(query);
      if (rest.length > 0) {
        // The residual filters' id sets give the total as a by-product.
        const ids = await findEntryIdPage(tx, query, offset, limit);
        return { entries: await getEntriesIn(tx, ids.ids), total: ids.total };
      }
      // One index answers the whole query: walk only the requested page (and count it if asked).
      const store = tx.objectStore('entries');
      const source = store.index(index);
      const unbounded = index === 'by-createdAt' && query.from === undefined && query.to === undefined;
      const [total, entries] = await Promise.all([
        // Every entry has createdAt: the whole log's number is the one kept in `meta`.
        !count ? undefined : unbounded ? entryCount(tx) : source.count(range),
        (async () => {
          const out: Entry[] = [];
          if (limit === 0) return out;
          let cursor = await source.openCursor(range, query.sort === 'oldest' ? 'next' : 'prev');
          if (cursor && offset > 0) cursor = await cursor.advance(offset);
          while (cursor && out.length < limit) {
            const entry = readEntry(cursor.value, cursor.primaryKey);
            if (entry) out.push(entry);
            cursor = await cursor.continue();
          }
          return out;
        })(),
      ]);
      return { entries, total };
    });
  }

  function getDb(): Promise<LogDb> {
    dbPromise ??= openLogDb(dbName, {
      onClosedForUpgrade: () => {
        dbPromise = null;
      },
      onTerminated: () => {
        dbPromise = null;
      },
    }).catch((error: unknown) => {
      dbPromise = null;
      throw toLogError(error);
    });
    return dbPromise;
  }

  /**
   * Runs `body` in one transaction and waits for it to commit. If `body` throws, the transaction is
   * aborted so nothing it wrote survives; storage errors come out as LogErrors.
   */
  async function inTransaction<M extends IDBTransactionMode, T>(
    stores: LogStore[],
    mode: M,
    body: (tx: LogTx<M>) => Promise<T>,
  ): Promise<T> {
    const db = await getDb();
    let tx: LogTx<M>;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      throw toLogError(error);
    }
    try {
      const result = await body(tx);
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // The transaction already finished or was aborted by the failing request.
      }
      await tx.done.catch(() => undefined);
      throw toLogError(error);
    }
  }

  function readCampaign(value: unknown, key: unknown): Campaign | undefined {
    if (value === undefined) return undefined;
    const result = CampaignRecord.safeParse(value);
    if (result.success) return result.data;
    options.onCorruptRecord?.('campaigns', key, result.error);
    return undefined;
  }

  function readEntry(value: unknown, key: unknown): Entry | undefined {
    if (value === undefined) return undefined;
    const result = StoredEntryRecord.safeParse(value);
    if (!result.success) {
      options.onCorruptRecord?.('entries', key, result.error);
      return undefined;
    }
    return result.data;
  }

  async function getEntriesIn(
    tx: LogTx<'readonly' | 'readwrite'>,
    ids: readonly string[],
    bulk = false,
  ): Promise<Entry[]> {
    const store = tx.objectStore('entries');
    const values = await Promise.all(ids.map((id) => store.get(id)));
    const out: Entry[] = [];
    values.forEach((value, i) => {
      // Bulk reads (export, dashboard) take the quick check first; see record-guard.ts.
      const entry = (bulk ? storedEntryOrUndefined(value) : undefined) ?? readEntry(value, ids[i]);
      if (entry) out.push(entry);
    });
    return out;
  }

  async function requireCampaign(
    tx: LogTx<'readwrite'>,
    campaignId: string | null | undefined,
  ): Promise<void> {
    if (typeof campaignId !== 'string') return;
    if (!(await tx.objectStore('campaigns').get(campaignId))) throw notFound('campaign', campaignId);
  }

  /** Brings the search buckets up to date with `changes`, in the write's transaction. */
  async function writeSearch(tx: LogTx<'readwrite'>, changes: SearchChanges): Promise<void> {
    const buckets = bucketsTouched(changes);
    if (buckets.length === 0) return;
    const store = tx.objectStore('search');
    // Many buckets: one getAll beats hundreds of gets.
    const values =
      buckets.length > 16 ? await store.getAll() : await Promise.all(buckets.map((b) => store.get(b)));
    const existing = new Map<number, SearchBucket>();
    for (const value of values) if (value) existing.set(value.bucket, value);
    await runAll(applySearchChanges(existing, changes).map((bucket) => () => store.put(bucket)));
  }

  async function allCampaigns(): Promise<Campaign[]> {
    const db = await getDb();
    const campaigns: Campaign[] = [];
    for (const value of await db.getAll('campaigns')) {
      const campaign = readCampaign(value, value.id);
      if (campaign) campaigns.push(campaign);
    }
    return campaigns;
  }

  /** Every entry matching `query`, for exports and the dashboard. */
  async function readAll(query: EntryQuery): Promise<Entry[]> {
    if (emptyRange(query)) return [];
    const { index, range, rest } = plan(query);
    if (rest.length === 0) {
      // One index answers the query: one getAll is far faster than thousands of single reads.
      const db = await getDb();
      const values = await db.getAllFromIndex('entries', index, range);
      const out: Entry[] = [];
      for (const value of values) {
        const entry = storedEntryOrUndefined(value) ?? readEntry(value, value.id);
        if (entry) out.push(entry);
      }
      return query.sort === 'oldest' ? out : out.reverse();
    }
    return inTransaction(['entries', 'search'], 'readonly', async (tx) =>
      getEntriesIn(tx, await findEntryIds(tx, query), true),
    );
  }

  const repository: LogRepository = {
    async listCampaigns() {
      const campaigns = await allCampaigns();
      return campaigns.sort(
        (a, b) =>
          b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      );
    },

    async getCampaign(id) {
      const db = await getDb();
      return readCampaign(await db.get('campaigns', id), id);
    },

    async saveCampaign(input) {
      const data = parseInput(CampaignInput, input, 'The campaign was not saved');
      return inTransaction(['campaigns'], 'readwrite', async (tx) => {
        const store = tx.objectStore('campaigns');
        const time = now();
        let old: Campaign | undefined;
        if (data.id !== undefined) {
          old = await store.get(data.id);
          if (!old) throw notFound('campaign', data.id);
        }
        const record = CampaignRecord.parse({
          id: data.id ?? newId(),
          name: data.name,
          objective: data.objective === undefined ? (old?.objective ?? null) : data.objective,
          audience: data.audience ?? old?.audience ?? '',
          keyMessages: data.keyMessages ?? old?.keyMessages ?? [],
          hashtags: data.hashtags,
          platforms: data.platforms ?? old?.platforms ?? [],
          startDate: data.startDate,
          endDate: data.endDate,
          account: data.account === undefined ? (old?.account ?? null) : data.account,
          language: data.language ?? old?.language ?? '',
          targets: data.targets ?? old?.targets ?? {},
          archived: data.archived ?? old?.archived ?? false,
          createdAt: old?.createdAt ?? time,
          updatedAt: time,
        });
        await store.put(record);
        return record;
      });
    },

    async archiveCampaign(id, archived = true) {
      return inTransaction(['campaigns'], 'readwrite', async (tx) => {
        const store = tx.objectStore('campaigns');
        const old = await store.get(id);
        if (!old) throw notFound('campaign', id);
        const record = CampaignRecord.parse({ ...old, archived, updatedAt: now() });
        await store.put(record);
        return record;
      });
    },

    async addEntry(input) {
      const data = parseInput(EntryInput, input, 'The post was not logged');
      return inTransaction(['entries', 'campaigns', 'search', 'meta'], 'readwrite', async (tx) => {
        await requireCampaign(tx, data.campaignId);
        const time = now();
        const entry = EntryRecord.parse({ id: newId(), ...data, createdAt: time, updatedAt: time });
        await tx.objectStore('entries').put(entry);
        await writeSearch(tx, { set: [entry] });
        await addToCount(tx, 1);
        return entry;
      });
    },

    async getEntry(id) {
      const db = await getDb();
      return readEntry(await db.get('entries', id), id);
    },

    async getEntries(ids) {
      if (ids.length === 0) return [];
      return inTransaction(['entries'], 'readonly', (tx) => getEntriesIn(tx, ids));
    },

    async listEntries(listOptions = {}) {
      const query: EntryQuery =
        listOptions.campaignId === undefined ? {} : { campaignId: listOptions.campaignId };
      if (listOptions.limit === undefined) return readAll(query);
      return (await repository.queryEntries(query, { limit: listOptions.limit })).entries;
    },

    async findEntryIds(query = {}) {
      return inTransaction(['entries', 'search'], 'readonly', (tx) => findEntryIds(tx, query));
    },

    async queryEntries(query = {}, page = {}) {
      const { entries, total } = await readPage(query, page, true);
      return { entries, total: total ?? entries.length };
    },

    async pageEntries(query = {}, page = {}) {
      return (await readPage(query, page, false)).entries;
    },

    async updateEntry(id, patch) {
      const data = parseInput(EntryPatch, patch, 'The entry was not changed');
      return inTransaction(['entries', 'campaigns', 'search'], 'readwrite', async (tx) => {
        const store = tx.objectStore('entries');
        // Read and write in one transaction: two windows editing one entry change it one after the
        // other, and each keeps the other's fields.
        const old = readEntry(await store.get(id), id);
        if (!old) throw notFound('entry', id);
        await requireCampaign(tx, data.campaignId);
        const metrics = { ...old.metrics };
        for (const m of METRICS) {
          const value = data.metrics?.[m];
          if (value === null) delete metrics[m];
          else if (value !== undefined) metrics[m] = value;
        }
        const { metrics: _metrics, ...fields } = data;
        const entry = EntryRecord.parse({
          ...old,
          ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
          metrics,
          updatedAt: now(),
        });
        await store.put(entry);
        if (entry.text !== old.text) await writeSearch(tx, { set: [entry] });
        return entry;
      });
    },

    async updateEntries(ids, change) {
      const data = parseInput(BulkEntryChange, change, 'The entries were not changed');
      return inTransaction(['entries', 'campaigns'], 'readwrite', async (tx) => {
        await requireCampaign(tx, data.campaignId);
        const store = tx.objectStore('entries');
        const remove = new Set(data.removeTags ?? []);
        const time = now();
        let changed = 0;
        for (const old of await getEntriesIn(tx, ids)) {
          const tags = old.tags.filter((tag) => !remove.has(tag));
          for (const tag of data.addTags ?? []) if (!tags.includes(tag)) tags.push(tag);
          const entry = EntryRecord.parse({
            ...old,
            tags,
            campaignId: data.campaignId === undefined ? old.campaignId : data.campaignId,
            status: data.status ?? old.status,
            updatedAt: time,
          });
          // Tags, campaign and status only: the text, hence the search index, stays.
          await store.put(entry);
          changed++;
        }
        return changed;
      });
    },

    async deleteEntries(ids) {
      return inTransaction(['entries', 'search', 'meta'], 'readwrite', async (tx) => {
        const deleted = await getEntriesIn(tx, ids);
        const store = tx.objectStore('entries');
        // Counted by key, not by the entries read: a record that no longer parses is deleted too.
        const present = await existing(tx, ids);
        await runAll(ids.map((id) => () => store.delete(id)));
        await writeSearch(tx, { remove: ids });
        await addToCount(tx, -present);
        return deleted;
      });
    },

    async restoreEntries(entries) {
      const records = entries.map((e) => parseInput(EntryRecord, e, 'The entries were not restored'));
      await inTransaction(['entries', 'search', 'meta'], 'readwrite', async (tx) => {
        const store = tx.objectStore('entries');
        const ids = records.map((r) => r.id);
        const present = await existing(tx, ids);
        await runAll(records.map((r) => () => store.put(r)));
        await writeSearch(tx, { set: records });
        await addToCount(tx, new Set(ids).size - present);
      });
    },

    async listTags() {
      return inTransaction(['entries'], 'readonly', async (tx) => {
        const index = tx.objectStore('entries').index('by-tag');
        const out: Array<{ tag: string; count: number }> = [];
        // Unique keys of the multiEntry index are the tags; counting each is an index lookup.
        let cursor = await index.openKeyCursor(null, 'nextunique');
        const tags: string[] = [];
        while (cursor) {
          tags.push(cursor.key);
          cursor = await cursor.continue();
        }
        const counts = await Promise.all(tags.map((tag) => index.count(tag)));
        tags.forEach((tag, i) => out.push({ tag, count: counts[i] ?? 0 }));
        return out.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
      });
    },

    async campaignStats(campaignId) {
      const campaign = await repository.getCampaign(campaignId);
      if (!campaign) throw notFound('campaign', campaignId);
      return computeCampaignStats(campaign, await readAll({ campaignId, sort: 'oldest' }));
    },

    async exportData() {
      const [campaigns, entries] = await Promise.all([allCampaigns(), readAll({ sort: 'oldest' })]);
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_FORMAT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        campaigns: campaigns.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
        entries,
      };
    },

    async exportJson() {
      return serializeExport(await repository.exportData());
    },

    async exportCsv(query = {}) {
      const [campaigns, entries] = await Promise.all([allCampaigns(), readAll({ sort: 'oldest', ...query })]);
      return entriesToCsv(entries, campaigns);
    },

    async previewImport(text) {
      const parsed = parseImportFile(text);
      const fileEntryIds = new Set(parsed.entries.map((e) => e.id));
      const existing = await inTransaction(['campaigns', 'entries'], 'readonly', async (tx) => {
        const campaigns = new Map<string, Campaign>();
        for (const value of await tx.objectStore('campaigns').getAll()) {
          const campaign = readCampaign(value, value.id);
          if (campaign) campaigns.set(campaign.id, campaign);
        }
        // Keys first: only entries present on both sides are read, to compare them.
        const keys = await tx.objectStore('entries').getAllKeys();
        const shared = keys.filter((key) => fileEntryIds.has(key));
        const entries = new Map((await getEntriesIn(tx, shared)).map((e) => [e.id, e]));
        return { campaigns, entries };
      });
      const preview = planImport(parsed, existing);
      checkedPreviews.add(preview);
      return preview;
    },

    async applyImport(preview) {
      // A preview made here was checked record by record already; any other object is checked now.
      const checked = checkedPreviews.has(preview);
      const campaigns = [...preview.campaigns.added, ...preview.campaigns.updated].map((c) =>
        checked ? c : parseInput(CampaignRecord, c, 'The import was not applied'),
      );
      const entries = [...preview.entries.added, ...preview.entries.updated].map((e) =>
        checked ? e : parseInput(EntryRecord, e, 'The import was not applied'),
      );
      return inTransaction(['campaigns', 'entries', 'search', 'meta'], 'readwrite', async (tx) => {
        const campaignStore = tx.objectStore('campaigns');
        // Referential check inside the transaction, against what is there now.
        const known = new Set<string>(await campaignStore.getAllKeys());
        for (const c of campaigns) known.add(c.id);
        const orphan = entries.find((e) => e.campaignId !== null && !known.has(e.campaignId));
        if (orphan) throw notFound('campaign', orphan.campaignId ?? '');
        await runAll(campaigns.map((c) => () => campaignStore.put(c)));
        // One transaction for everything: if any put fails, none of the import stays.
        await Promise.all([
          putMany(unwrap(tx.objectStore('entries')), entries),
          writeSearch(tx, { set: entries }),
        ]);
        // An import may add and replace many entries at once: count them afresh, once.
        await tx.objectStore('meta').put(await tx.objectStore('entries').count(), 'entries');
        return { campaigns: campaigns.length, entries: entries.length };
      });
    },

    async clearAll() {
      await inTransaction(['campaigns', 'entries', 'search', 'meta'], 'readwrite', async (tx) => {
        await Promise.all([
          tx.objectStore('campaigns').clear(),
          tx.objectStore('entries').clear(),
          tx.objectStore('search').clear(),
          tx.objectStore('meta').put(0, 'entries'),
        ]);
      });
    },

    async close() {
      const pending = dbPromise;
      dbPromise = null;
      if (pending) (await pending.catch(() => null))?.close();
    },
  };
  return repository;
}
