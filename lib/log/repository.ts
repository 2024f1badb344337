import type { StoreNames } from 'idb';
import type { z } from 'zod';
import { entriesToCsv } from './csv';
import { LOG_DB_NAME, openLogDb, type LogDb } from './db';
import { LogError, LogValidationError, toLogError } from './errors';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, serializeExport, type LogExport } from './export-format';
import { parseImportFile, planImport, type ImportPreview } from './import';
import { catalogIds, countTags } from './catalog';
import {
  DEFAULT_SIZES,
  locate,
  pageValue,
  partStarts,
  readCatalog,
  runAll,
  storedValue,
  valuesAt,
  writeEntries,
  type EntryChanges,
  type LogTx,
  type PartSizes,
  type StoredPage,
} from './page-store';
import { storedEntryOrUndefined } from './record-guard';
import {
  countMatches,
  emptyRange,
  findMatches,
  matchPositions,
  orderedIds,
  unfiltered,
  type EntryQuery,
} from './query';
import {
  BulkEntryChange,
  CampaignInput,
  CampaignRecord,
  EntryInput,
  EntryPatch,
  EntryRecord,
  METRICS,
  StoredCampaignRecord,
  StoredEntryRecord,
  type Campaign,
  type Entry,
  type LogDbSchema,
} from './schema';
import { computeCampaignStats, type CampaignStats } from './stats';

export type { EntryQuery } from './query';
export type { ImportPreview, InvalidRecord } from './import';

/** What the log needs from its surroundings; tests replace the clock and the id maker. */
export interface LogRepositoryOptions {
  now?: () => number;
  newId?: () => string;
  /** Entries per page and per catalog segment (see page-layout.ts); tests make them small. */
  partSizes?: PartSizes;
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
  /** One page of the entries matching `query`, without the total (for pages after the first). */
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

/** Every store holding entries: a write to entries spans all of them. */
const ENTRY_STORES: LogStore[] = ['pages', 'sizes', 'catalog', 'segments', 'words'];

function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new LogValidationError(result.error, what);
  return result.data;
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
  const partSizes = options.partSizes ?? DEFAULT_SIZES;
  let dbPromise: Promise<LogDb> | null = null;
  /** Previews made by previewImport (their records already passed the schema). */
  const checkedPreviews = new WeakSet<ImportPreview>();

  /**
   * One page of `query`, and how many entries match. Entries are found by their position in the log's
   * order: from the pages' sizes alone when nothing is filtered, else from the catalog's matches.
   */
  function readPage(query: EntryQuery, page: { offset?: number; limit?: number }): Promise<EntryPage> {
    const offset = Math.max(0, page.offset ?? 0);
    const limit = Math.max(0, page.limit ?? 50);
    return inTransaction(ENTRY_STORES, 'readonly', async (tx) => {
      if (emptyRange(query)) return { entries: [], total: 0 };
      if (unfiltered(query)) {
        const pages = await partStarts(tx, 'sizes');
        const total = pages.reduce((sum, part) => sum + part.size, 0);
        const count = Math.max(0, Math.min(limit, total - offset));
        const positions = Array.from({ length: count }, (_, i) =>
          query.sort === 'oldest' ? offset + i : total - 1 - offset - i,
        );
        return { entries: await entriesAt(tx, positions, false, pages), total };
      }
      const matches = await findMatches(tx, query);
      const entries = await entriesAt(tx, matchPositions(matches, query.sort, offset, limit));
      return { entries, total: countMatches(matches) };
    });
  }

  /**
   * The entries at `positions` of the log's order, in that order, each checked with the schema
   * (`bulk`: with the quick check first, for thousands at once; see record-guard.ts).
   */
  async function entriesAt(
    tx: LogTx<IDBTransactionMode>,
    positions: readonly number[],
    bulk = false,
    pages?: Parameters<typeof valuesAt>[2],
  ): Promise<Entry[]> {
    const out: Entry[] = [];
    for (const found of await valuesAt(tx, positions, pages)) {
      if (!found) continue;
      const entry = readEntry(found.value, found.id, bulk);
      if (entry) out.push(entry);
    }
    return out;
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
    const result = StoredCampaignRecord.safeParse(value);
    if (result.success) return result.data;
    options.onCorruptRecord?.('campaigns', key, result.error);
    return undefined;
  }

  /**
   * A stored entry checked with the schema. `bulk` reads (export, dashboard: thousands at once) take
   * the quick structural check first and parse only what fails it; see record-guard.ts.
   */
  function readEntry(value: unknown, key: unknown, bulk = false): Entry | undefined {
    if (value === undefined) return undefined;
    if (bulk) {
      const quick = storedEntryOrUndefined(value);
      if (quick) return quick;
    }
    const result = StoredEntryRecord.safeParse(value);
    if (!result.success) {
      options.onCorruptRecord?.('entries', key, result.error);
      return undefined;
    }
    return result.data;
  }

  /** Entries by id, in the order of `ids`; ids not stored (or unreadable) are skipped. */
  async function getEntriesIn(
    tx: LogTx<'readonly' | 'readwrite'>,
    ids: readonly string[],
    bulk = false,
  ): Promise<Entry[]> {
    const found = await locate(tx, ids);
    const out: Entry[] = [];
    for (const id of ids) {
      const entry = readEntry(storedValue(found, id), id, bulk);
      if (entry) out.push(entry);
    }
    return out;
  }

  function write(tx: LogTx<'readwrite'>, changes: EntryChanges): Promise<void> {
    return writeEntries(tx, changes, partSizes);
  }

  async function requireCampaign(
    tx: LogTx<'readwrite'>,
    campaignId: string | null | undefined,
  ): Promise<void> {
    if (typeof campaignId !== 'string') return;
    if (!(await tx.objectStore('campaigns').get(campaignId))) throw notFound('campaign', campaignId);
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

  /** Every entry of the pages, in time order, through the quick check (then the schema). */
  function flatten(pages: readonly StoredPage[]): Entry[] {
    const out: Entry[] = [];
    for (const page of pages) {
      page.ids.forEach((id, i) => {
        const entry = readEntry(pageValue(page, i), id, true);
        if (entry) out.push(entry);
      });
    }
    return out;
  }

  /** Every entry matching `query`, for exports and the dashboard. */
  async function readAll(query: EntryQuery): Promise<Entry[]> {
    if (emptyRange(query)) return [];
    return inTransaction(ENTRY_STORES, 'readonly', async (tx) => {
      if (unfiltered(query)) {
        // One getAll of the pages: a few hundred records for 100,000 entries.
        const all = flatten(await tx.objectStore('pages').getAll());
        return query.sort === 'oldest' ? all : all.reverse();
      }
      const matches = await findMatches(tx, query);
      const out = await entriesAt(tx, matchPositions(matches, 'oldest', 0, Infinity), true);
      return query.sort === 'oldest' ? out : out.reverse();
    });
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
        // A campaign stored with dates out of range is refused here, with the reason, not thrown as is.
        const record = parseInput(
          CampaignRecord,
          { ...old, archived, updatedAt: now() },
          'The campaign was not changed',
        );
        await store.put(record);
        return record;
      });
    },

    async addEntry(input) {
      const data = parseInput(EntryInput, input, 'The post was not logged');
      return inTransaction([...ENTRY_STORES, 'campaigns'], 'readwrite', async (tx) => {
        await requireCampaign(tx, data.campaignId);
        const time = now();
        const entry = EntryRecord.parse({ id: newId(), ...data, createdAt: time, updatedAt: time });
        await write(tx, { put: [entry] });
        return entry;
      });
    },

    async getEntry(id) {
      return inTransaction(ENTRY_STORES, 'readonly', async (tx) => {
        const [entry] = await getEntriesIn(tx, [id]);
        return entry;
      });
    },

    async getEntries(ids) {
      if (ids.length === 0) return [];
      return inTransaction(ENTRY_STORES, 'readonly', (tx) => getEntriesIn(tx, ids));
    },

    async listEntries(listOptions = {}) {
      const query: EntryQuery =
        listOptions.campaignId === undefined ? {} : { campaignId: listOptions.campaignId };
      if (listOptions.limit === undefined) return readAll(query);
      return (await repository.queryEntries(query, { limit: listOptions.limit })).entries;
    },

    async findEntryIds(query = {}) {
      return inTransaction(ENTRY_STORES, 'readonly', async (tx) =>
        orderedIds(tx, await findMatches(tx, query), query.sort),
      );
    },

    async queryEntries(query = {}, page = {}) {
      return readPage(query, page);
    },

    async pageEntries(query = {}, page = {}) {
      return (await readPage(query, page)).entries;
    },

    async updateEntry(id, patch) {
      const data = parseInput(EntryPatch, patch, 'The entry was not changed');
      return inTransaction([...ENTRY_STORES, 'campaigns'], 'readwrite', async (tx) => {
        // Read and write in one transaction: two windows editing one entry change it one after the
        // other, and each keeps the other's fields.
        const [old] = await getEntriesIn(tx, [id]);
        if (!old) throw notFound('entry', id);
        await requireCampaign(tx, data.campaignId);
        const metrics = { ...old.metrics };
        for (const m of METRICS) {
          const value = data.metrics?.[m];
          if (value === null) delete metrics[m];
          else if (value !== undefined) metrics[m] = value;
        }
        const { metrics: _metrics, ...fields } = data;
        // Through the write schema: a record stored before a rule (a time out of range) is refused.
        const entry = parseInput(
          EntryRecord,
          {
            ...old,
            ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
            metrics,
            updatedAt: now(),
          },
          'The entry was not changed',
        );
        await write(tx, { put: [entry] });
        return entry;
      });
    },

    async updateEntries(ids, change) {
      const data = parseInput(BulkEntryChange, change, 'The entries were not changed');
      return inTransaction([...ENTRY_STORES, 'campaigns'], 'readwrite', async (tx) => {
        await requireCampaign(tx, data.campaignId);
        const remove = new Set(data.removeTags ?? []);
        const time = now();
        const changed: Entry[] = [];
        for (const old of await getEntriesIn(tx, [...new Set(ids)])) {
          const tags = old.tags.filter((tag) => !remove.has(tag));
          for (const tag of data.addTags ?? []) if (!tags.includes(tag)) tags.push(tag);
          const entry = parseInput(
            EntryRecord,
            {
              ...old,
              tags,
              campaignId: data.campaignId === undefined ? old.campaignId : data.campaignId,
              status: data.status ?? old.status,
              updatedAt: time,
            },
            'The entries were not changed',
          );
          changed.push(entry);
        }
        await write(tx, { put: changed });
        return changed.length;
      });
    },

    async deleteEntries(ids) {
      return inTransaction(ENTRY_STORES, 'readwrite', async (tx) => {
        const deleted = await getEntriesIn(tx, [...new Set(ids)]);
        // By id, not by the entries read: a record that no longer parses is deleted too.
        await write(tx, { remove: ids });
        return deleted;
      });
    },

    async restoreEntries(entries) {
      const records = entries.map((e) => parseInput(EntryRecord, e, 'The entries were not restored'));
      await inTransaction(ENTRY_STORES, 'readwrite', (tx) => write(tx, { put: records }));
    },

    async listTags() {
      return inTransaction(['catalog'], 'readonly', async (tx) => {
        const counts = countTags((await readCatalog(tx)).map((segment) => segment.catalog));
        return [...counts]
          .filter(([, count]) => count > 0)
          .map(([tag, count]) => ({ tag, count }))
          .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
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
      const existing = await inTransaction([...ENTRY_STORES, 'campaigns'], 'readonly', async (tx) => {
        const campaigns = new Map<string, Campaign>();
        for (const value of await tx.objectStore('campaigns').getAll()) {
          const campaign = readCampaign(value, value.id);
          if (campaign) campaigns.set(campaign.id, campaign);
        }
        // Keys first: only entries present on both sides are read, to compare them.
        const shared: string[] = [];
        for (const { catalog } of await readCatalog(tx)) {
          for (const id of catalogIds(catalog)) if (fileEntryIds.has(id)) shared.push(id);
        }
        const entries = new Map((await getEntriesIn(tx, shared, true)).map((e) => [e.id, e]));
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
      return inTransaction([...ENTRY_STORES, 'campaigns'], 'readwrite', async (tx) => {
        const campaignStore = tx.objectStore('campaigns');
        // Referential check inside the transaction, against what is there now.
        const known = new Set<string>(await campaignStore.getAllKeys());
        for (const c of campaigns) known.add(c.id);
        const orphan = entries.find((e) => e.campaignId !== null && !known.has(e.campaignId));
        if (orphan) throw notFound('campaign', orphan.campaignId ?? '');
        await runAll(campaigns.map((c) => () => campaignStore.put(c)));
        // One transaction for everything: if any put fails, none of the import stays.
        await write(tx, { put: entries });
        return { campaigns: campaigns.length, entries: entries.length };
      });
    },

    async clearAll() {
      await inTransaction([...ENTRY_STORES, 'campaigns'], 'readwrite', async (tx) => {
        await Promise.all([
          tx.objectStore('campaigns').clear(),
          tx.objectStore('pages').clear(),
          tx.objectStore('catalog').clear(),
          tx.objectStore('words').clear(),
          tx.objectStore('segments').clear(),
          tx.objectStore('sizes').clear(),
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
