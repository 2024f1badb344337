import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { isLogError } from '../log/errors';
import type { ImportPreview } from '../log/import';
import type { EntryQuery, LogRepository } from '../log/repository';
import type { BulkEntryChange, Entry, EntryPatch, EntryStatus } from '../log/schema';

/** The post to log, as the panel has it. */
export interface PostToLog {
  text: string;
  platform: string;
  url: string;
  tags?: string[];
  /** Finding ids the analysis raised on this draft. */
  findings?: string[];
  /** Tip ids the panel showed for this draft. */
  tips?: string[];
  status?: EntryStatus;
}

export type LogStatus = 'idle' | 'saving' | 'saved' | 'error';

/** What went wrong, so the panel can say it plainly; `quota` means "disk full: export, then free space". */
export interface LogProblem {
  kind: 'quota' | 'invalid' | 'other';
  message: string;
}

/** A file to read for an import: a File in the panel, anything with text() in tests. */
export interface TextSource {
  text(): Promise<string>;
  name?: string;
}

/** A file for the panel to offer as a download. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

export interface LogModelDeps {
  repository: Pick<
    LogRepository,
    | 'addEntry'
    | 'listEntries'
    | 'queryEntries'
    | 'pageEntries'
    | 'getEntries'
    | 'updateEntry'
    | 'updateEntries'
    | 'deleteEntries'
    | 'restoreEntries'
    | 'listTags'
    | 'exportJson'
    | 'exportCsv'
    | 'previewImport'
    | 'applyImport'
    | 'clearAll'
  >;
  /** The campaign new entries go to (the campaign model's `activeCampaignId`). */
  activeCampaignId: ReadonlySignal<string | null>;
  /** navigator.storage in the panel: asking for persistent storage keeps the log from being evicted. */
  storage?: { persist(): Promise<boolean> };
  /** Today, for export file names; tests fix it. */
  now?: () => number;
}

/**
 * Rows per page fetched for the windowed log view. The panel shows about a dozen rows; 50 fill a few
 * screens, and a search whose matches lie far apart reads about one stored page of entries per row
 * (lib/log/page-layout.ts), so fewer rows come back sooner. bench/log.bench.mjs measures this size.
 */
export const PAGE_SIZE = 50;

export interface LogModel {
  /** Entries, newest first: the first page of the current query (the v1 list). */
  entries: ReadonlySignal<Entry[]>;
  status: ReadonlySignal<LogStatus>;
  /** Why the last operation failed; null otherwise. */
  error: ReadonlySignal<string | null>;
  /** The same failure, with its kind. */
  problem: ReadonlySignal<LogProblem | null>;
  /** Whether the browser agreed to keep the log's storage (null: not asked or not available). */
  persisted: ReadonlySignal<boolean | null>;
  load(): Promise<void>;
  /** Logs the post to the active campaign; resolves to the entry, or null (see `problem`). */
  logPost(post: PostToLog): Promise<Entry | null>;

  // Review: a windowed view over the entries matching `query`.
  query: ReadonlySignal<EntryQuery>;
  /** How many entries match the query. */
  total: ReadonlySignal<number>;
  /** Loaded rows by position; a position not loaded yet is missing. Changes on every load. */
  rows: ReadonlySignal<ReadonlyMap<number, Entry>>;
  /** Free tags in use, most used first (for the tag filter and re-tagging). */
  tags: ReadonlySignal<Array<{ tag: string; count: number }>>;
  setQuery(query: EntryQuery): Promise<void>;
  /** Makes sure rows start…end-1 are loaded (the visible window plus some). */
  ensureRows(start: number, end: number): Promise<void>;
  /** Reloads the current query (after another window wrote, or an import). */
  refresh(): Promise<void>;

  selection: ReadonlySignal<ReadonlySet<string>>;
  toggleSelected(id: string): void;
  setSelected(ids: Iterable<string>): void;
  clearSelection(): void;

  updateEntry(id: string, patch: EntryPatch): Promise<Entry | null>;
  /** Re-tags (or moves, or marks) many entries at once. Resolves to how many changed. */
  updateMany(ids: readonly string[], change: BulkEntryChange): Promise<number>;
  /** Deletes entries; they can be put back with `undoDelete` until the next delete. */
  deleteEntries(ids: readonly string[]): Promise<void>;
  /** The last deleted entries, while they can still be put back. */
  lastDeleted: ReadonlySignal<readonly Entry[]>;
  undoDelete(): Promise<void>;
  dismissUndo(): void;

  exportJson(): Promise<ExportFile | null>;
  exportCsv(query?: EntryQuery): Promise<ExportFile | null>;
  /** The checked file waiting for confirmation, or null. */
  importPreview: ReadonlySignal<ImportPreview | null>;
  previewImport(file: TextSource): Promise<ImportPreview | null>;
  /** Writes the previewed import (one transaction) and reloads; resolves to success. */
  applyImport(): Promise<boolean>;
  cancelImport(): void;
  /** Deletes everything (the user confirmed, after an export). */
  clearAll(): Promise<boolean>;
}

function problemOf(error: unknown): LogProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (isLogError(error, 'quota-exceeded')) return { kind: 'quota', message };
  if (isLogError(error, 'invalid-input') || isLogError(error, 'invalid-import'))
    return { kind: 'invalid', message };
  return { kind: 'other', message };
}

function stamp(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The campaign log as signals over an injected repository: logging a post, and the review view
 * (windowed rows of a query, selection, edit, delete with undo, bulk changes, export and import).
 */
export function createLogModel(deps: LogModelDeps): LogModel {
  const { repository, activeCampaignId } = deps;
  const now = deps.now ?? (() => Date.now());
  const entries = signal<Entry[]>([]);
  const status = signal<LogStatus>('idle');
  const problem = signal<LogProblem | null>(null);
  const error = signal<string | null>(null);
  const persisted = signal<boolean | null>(null);
  const query = signal<EntryQuery>({});
  const total = signal(0);
  const rows = signal<ReadonlyMap<number, Entry>>(new Map());
  const tags = signal<Array<{ tag: string; count: number }>>([]);
  const selection = signal<ReadonlySet<string>>(new Set());
  const lastDeleted = signal<readonly Entry[]>([]);
  const importPreview = signal<ImportPreview | null>(null);

  /** Bumped on every new query or reload, so a late answer to an old one is dropped. */
  let generation = 0;
  /** Pages being fetched or fetched for the current generation. */
  let pages = new Map<number, Promise<void>>();
  let persistAsked = false;

  function fail(e: unknown): void {
    const p = problemOf(e);
    batch(() => {
      problem.value = p;
      error.value = p.message;
    });
  }

  function succeed(): void {
    batch(() => {
      problem.value = null;
      error.value = null;
    });
  }

  async function askPersistence(): Promise<void> {
    if (persistAsked || !deps.storage) return;
    persistAsked = true;
    try {
      persisted.value = await deps.storage.persist();
    } catch {
      persisted.value = false;
    }
  }

  /** Loads one page of the current query; `fresh` starts the row map over (a reload's first page). */
  function loadPage(page: number, gen: number, fresh = false): Promise<void> {
    const existing = pages.get(page);
    if (existing) return existing;
    const task = (async () => {
      const range = { offset: page * PAGE_SIZE, limit: PAGE_SIZE };
      // The first page brings the total; later pages (scrolling) skip the costly count.
      const result =
        page === 0
          ? await repository.queryEntries(query.value, range)
          : { entries: await repository.pageEntries(query.value, range), total: undefined };
      if (gen !== generation) return;
      const next = fresh ? new Map<number, Entry>() : new Map(rows.value);
      result.entries.forEach((entry, i) => next.set(page * PAGE_SIZE + i, entry));
      batch(() => {
        rows.value = next;
        if (result.total !== undefined) total.value = result.total;
        if (page === 0) entries.value = result.entries;
      });
    })();
    pages.set(page, task);
    // A failed page may be asked for again.
    task.catch(() => pages.delete(page));
    return task;
  }

  async function reload(): Promise<void> {
    const gen = ++generation;
    pages = new Map();
    try {
      // The old rows stay on screen until the new first page replaces them all at once.
      await loadPage(0, gen, true);
      if (gen !== generation) return;
      tags.value = await repository.listTags();
      succeed();
    } catch (e) {
      fail(e);
    }
  }

  function replaceRow(entry: Entry): void {
    const next = new Map(rows.value);
    for (const [i, e] of next) if (e.id === entry.id) next.set(i, entry);
    batch(() => {
      rows.value = next;
      entries.value = entries.value.map((e) => (e.id === entry.id ? entry : e));
    });
  }

  const model: LogModel = {
    entries,
    status,
    error,
    problem,
    persisted,
    query,
    total,
    rows,
    tags,
    selection,
    lastDeleted,
    importPreview,

    async load() {
      rows.value = new Map();
      await reload();
    },

    async logPost(post) {
      status.value = 'saving';
      try {
        const entry = await repository.addEntry({
          text: post.text,
          platform: post.platform,
          url: post.url,
          campaignId: activeCampaignId.value,
          tags: post.tags ?? [],
          findings: post.findings ?? [],
          tips: post.tips ?? [],
          ...(post.status ? { status: post.status } : {}),
        });
        // Newest first: the new entry goes on top at once; the windowed view reloads behind it.
        batch(() => {
          entries.value = [entry, ...entries.value.filter((e) => e.id !== entry.id)];
          status.value = 'saved';
        });
        succeed();
        void askPersistence();
        void reload();
        return entry;
      } catch (e) {
        status.value = 'error';
        fail(e);
        return null;
      }
    },

    async setQuery(next) {
      query.value = next;
      selection.value = new Set();
      await reload();
    },

    async ensureRows(start, end) {
      const gen = generation;
      const first = Math.max(0, Math.floor(start / PAGE_SIZE));
      const last = Math.max(first, Math.floor(Math.max(start, end - 1) / PAGE_SIZE));
      const tasks: Array<Promise<void>> = [];
      for (let page = first; page <= last; page++) {
        if (page * PAGE_SIZE < Math.max(total.value, PAGE_SIZE)) tasks.push(loadPage(page, gen));
      }
      try {
        await Promise.all(tasks);
      } catch (e) {
        fail(e);
      }
    },

    refresh: reload,

    toggleSelected(id) {
      const next = new Set(selection.value);
      if (!next.delete(id)) next.add(id);
      selection.value = next;
    },
    setSelected(ids) {
      selection.value = new Set(ids);
    },
    clearSelection() {
      selection.value = new Set();
    },

    async updateEntry(id, patch) {
      try {
        const entry = await repository.updateEntry(id, patch);
        replaceRow(entry);
        succeed();
        return entry;
      } catch (e) {
        fail(e);
        return null;
      }
    },

    async updateMany(ids, change) {
      try {
        const changed = await repository.updateEntries(ids, change);
        await reload();
        return changed;
      } catch (e) {
        fail(e);
        return 0;
      }
    },

    async deleteEntries(ids) {
      try {
        const deleted = await repository.deleteEntries(ids);
        batch(() => {
          lastDeleted.value = deleted;
          const left = new Set(selection.value);
          for (const id of ids) left.delete(id);
          selection.value = left;
        });
        await reload();
      } catch (e) {
        fail(e);
      }
    },

    async undoDelete() {
      const deleted = lastDeleted.value;
      if (deleted.length === 0) return;
      try {
        await repository.restoreEntries(deleted);
        lastDeleted.value = [];
        await reload();
      } catch (e) {
        fail(e);
      }
    },

    dismissUndo() {
      lastDeleted.value = [];
    },

    async exportJson() {
      try {
        const text = await repository.exportJson();
        succeed();
        return { filename: `rostrum-log-${stamp(now())}.json`, mimeType: 'application/json', text };
      } catch (e) {
        fail(e);
        return null;
      }
    },

    async exportCsv(csvQuery) {
      try {
        const text = await repository.exportCsv(csvQuery ?? query.value);
        succeed();
        return { filename: `rostrum-log-${stamp(now())}.csv`, mimeType: 'text/csv;charset=utf-8', text };
      } catch (e) {
        fail(e);
        return null;
      }
    },

    async previewImport(file) {
      try {
        const preview = await repository.previewImport(await file.text());
        importPreview.value = preview;
        succeed();
        return preview;
      } catch (e) {
        importPreview.value = null;
        fail(e);
        return null;
      }
    },

    async applyImport() {
      const preview = importPreview.value;
      if (!preview) return false;
      try {
        await repository.applyImport(preview);
        importPreview.value = null;
        await reload();
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },

    cancelImport() {
      importPreview.value = null;
    },

    async clearAll() {
      try {
        await repository.clearAll();
        batch(() => {
          lastDeleted.value = [];
          selection.value = new Set();
        });
        await reload();
        return true;
      } catch (e) {
        fail(e);
        return false;
      }
    },
  };
  return model;
}
