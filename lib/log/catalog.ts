import type { EntryKey } from './page-layout';
import { ENTRY_STATUSES, type EntryStatus } from './schema';
import { wordsByRow, type WordBucket } from './search-index';

/**
 * The catalog (schema v7): for each segment of about 2,500 entries (page-layout.ts), one record holding
 * the fields every filter needs, column by column — ids as one string, times and codes in typed
 * arrays, each distinct campaign, platform and tag once per segment. It is the log's index: a query
 * reads the segments in its date range, finds the matching rows there, and reads entries only for the
 * rows shown. A segment's search words are kept beside it, by initial (search-index.ts).
 *
 * Why this shape: Chromium copies a few large values out of IndexedDB far faster than many small ones
 * (on our test machine 15 MB came back in ~100 ms as 600 KB records and ~600 ms as 16 KB ones; values
 * over 64 KB travel as blobs), and typed arrays and long strings are what it copies fastest. The same
 * fields as 100,000 small objects took ten times longer to read.
 *
 * Rows are in time order. An entry that fails the structural check (damaged outside Rostrum) keeps its
 * row, with status {@link UNREADABLE}, so it can still be found by id and deleted, but no query lists
 * it.
 */
export interface CatalogRecord {
  /**
   * Entry ids. When every id of the segment is a UUID in lower case (as Rostrum makes them), 16 bytes
   * each in `uuids` (less than half the text, the largest column) and `ids` is empty; else joined
   * with "\n" (an id never contains a line break).
   */
  ids: string;
  uuids?: Uint8Array;
  createdAt: Float64Array;
  /** Distinct campaign ids of the segment; `campaign[i]` is 0 for no campaign, else position + 1. */
  campaigns: string[];
  campaign: Uint16Array;
  platforms: string[];
  platform: Uint16Array;
  /** Position in ENTRY_STATUSES, or UNREADABLE. */
  status: Uint8Array;
  tags: string[];
  /** Row i's tags are `tagCodes[tagStart[i] .. tagStart[i + 1])`, positions in `tags`. */
  tagStart: Uint32Array;
  tagCodes: Uint16Array | Uint32Array;
}

/** Status code of a row whose entry failed the structural check. */
export const UNREADABLE = 255;

/** What the catalog keeps of an entry. */
export interface CatalogSource {
  id: string;
  createdAt: number;
  campaignId: string | null;
  platform: string;
  status: EntryStatus;
  tags: readonly string[];
}

/** One row of a segment: the entry's key, what the catalog keeps of it (none when unreadable), its words. */
export interface CatalogRow {
  id: string;
  key: EntryKey;
  entry?: CatalogSource;
  words: readonly string[];
}

/** The filters a catalog answers (all but text, which the search records answer). */
export interface RowFilter {
  campaignId?: string | null;
  platform?: string;
  status?: EntryStatus;
  tag?: string;
  from?: number;
  to?: number;
}

function coder(): { list: string[]; code: (value: string) => number } {
  const list: string[] = [];
  const codes = new Map<string, number>();
  return {
    list,
    code(value) {
      let code = codes.get(value);
      if (code === undefined) {
        code = list.push(value) - 1;
        codes.set(value, code);
      }
      return code;
    },
  };
}

/** Codes in the smallest array that holds them. */
function codes(list: readonly number[], distinct: number): Uint16Array | Uint32Array {
  return distinct <= 0x10000 ? Uint16Array.from(list) : Uint32Array.from(list);
}

/** The catalog record of a segment's rows. */
export function buildCatalog(rows: readonly CatalogRow[]): CatalogRecord {
  const n = rows.length;
  const campaigns = coder();
  const platforms = coder();
  const tags = coder();
  const createdAt = new Float64Array(n);
  const campaign = new Uint16Array(n);
  const platform = new Uint16Array(n);
  const status = new Uint8Array(n);
  const tagStart = new Uint32Array(n + 1);
  const tagCodes: number[] = [];
  rows.forEach((row, i) => {
    tagStart[i] = tagCodes.length;
    createdAt[i] = row.key[0];
    const { entry } = row;
    if (!entry) {
      status[i] = UNREADABLE;
      return;
    }
    campaign[i] = entry.campaignId === null ? 0 : campaigns.code(entry.campaignId) + 1;
    platform[i] = platforms.code(entry.platform);
    status[i] = ENTRY_STATUSES.indexOf(entry.status);
    for (const tag of entry.tags) tagCodes.push(tags.code(tag));
  });
  tagStart[n] = tagCodes.length;
  return {
    ...encodeIds(rows.map((r) => r.id)),
    createdAt,
    campaigns: campaigns.list,
    campaign,
    platforms: platforms.list,
    platform,
    status,
    tags: tags.list,
    tagStart,
    tagCodes: codes(tagCodes, tags.list.length),
  };
}

/**
 * The rows of a segment, as {@link buildCatalog} and buildWordBuckets were given them, from its
 * catalog record and its word records (search-index.ts).
 */
export function catalogRows(record: CatalogRecord, buckets: readonly WordBucket[]): CatalogRow[] {
  const ids = catalogIds(record);
  const words = wordsByRow(buckets, ids.length);
  return ids.map((id, i) => {
    const createdAt = record.createdAt[i] ?? 0;
    const row: CatalogRow = { id, key: [createdAt, id], words: words[i] ?? [] };
    const status = record.status[i] ?? UNREADABLE;
    if (status !== UNREADABLE) {
      const code = record.campaign[i] ?? 0;
      const tags: string[] = [];
      for (let k = record.tagStart[i] ?? 0; k < (record.tagStart[i + 1] ?? 0); k++) {
        tags.push(record.tags[record.tagCodes[k] ?? 0] ?? '');
      }
      row.entry = {
        id,
        createdAt,
        campaignId: code === 0 ? null : (record.campaigns[code - 1] ?? null),
        platform: record.platforms[record.platform[i] ?? 0] ?? '',
        status: ENTRY_STATUSES[status] ?? 'published',
        tags,
      };
    }
    return row;
  });
}

/** The ids of a catalog's rows, in row order. */
export function catalogIds(record: CatalogRecord): string[] {
  let ids = decoded.get(record);
  if (!ids) {
    // By the number of rows, not the text: one row whose id is '' (damaged) joins to ''.
    ids = record.uuids
      ? decodeUuids(record.uuids)
      : record.createdAt.length === 0
        ? []
        : record.ids.split('\n');
    decoded.set(record, ids);
  }
  return ids;
}

/** Ids already decoded, per record read (a query may ask for a segment's ids more than once). */
const decoded = new WeakMap<CatalogRecord, string[]>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function encodeIds(ids: readonly string[]): Pick<CatalogRecord, 'ids' | 'uuids'> {
  if (ids.length === 0 || !ids.every((id) => UUID.test(id))) return { ids: ids.join('\n') };
  const uuids = new Uint8Array(ids.length * 16);
  ids.forEach((id, i) => {
    const hex = id.replaceAll('-', '');
    for (let b = 0; b < 16; b++) uuids[i * 16 + b] = Number.parseInt(hex.slice(2 * b, 2 * b + 2), 16);
  });
  return { ids: '', uuids };
}

function decodeUuids(bytes: Uint8Array): string[] {
  const out: string[] = [];
  for (let at = 0; at + 16 <= bytes.length; at += 16) {
    let id = '';
    for (let b = 0; b < 16; b++) {
      if (b === 4 || b === 6 || b === 8 || b === 10) id += '-';
      id += HEX[bytes[at + b] ?? 0];
    }
    out.push(id);
  }
  return out;
}

/**
 * Rows of `record` passing `filter`: all rows in ascending order, or those of `candidates` in their
 * order (ascending, as searchRows gives them). Filters on a campaign, platform or tag the segment does
 * not hold end at once.
 */
export function matchingRows(
  record: CatalogRecord,
  filter: RowFilter,
  candidates?: readonly number[],
): number[] {
  let campaignCode: number | undefined;
  if (filter.campaignId === null) campaignCode = 0;
  else if (filter.campaignId !== undefined) {
    const at = record.campaigns.indexOf(filter.campaignId);
    if (at < 0) return [];
    campaignCode = at + 1;
  }
  let platformCode: number | undefined;
  if (filter.platform !== undefined) {
    platformCode = record.platforms.indexOf(filter.platform);
    if (platformCode < 0) return [];
  }
  let tagCode: number | undefined;
  if (filter.tag !== undefined) {
    tagCode = record.tags.indexOf(filter.tag);
    if (tagCode < 0) return [];
  }
  const statusCode = filter.status === undefined ? undefined : ENTRY_STATUSES.indexOf(filter.status);
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const { createdAt, campaign, platform, status, tagStart, tagCodes } = record;
  const out: number[] = [];
  const test = (i: number): void => {
    const s = status[i] ?? UNREADABLE;
    if (s === UNREADABLE || (statusCode !== undefined && s !== statusCode)) return;
    const t = createdAt[i] ?? 0;
    if (t < from || t > to) return;
    if (campaignCode !== undefined && campaign[i] !== campaignCode) return;
    if (platformCode !== undefined && platform[i] !== platformCode) return;
    if (tagCode !== undefined) {
      const end = tagStart[i + 1] ?? 0;
      let found = false;
      for (let k = tagStart[i] ?? 0; k < end && !found; k++) found = tagCodes[k] === tagCode;
      if (!found) return;
    }
    out.push(i);
  };
  if (candidates) for (const i of candidates) test(i);
  else for (let i = 0; i < status.length; i++) test(i);
  return out;
}

/** How many readable rows carry each tag. */
export function countTags(records: Iterable<CatalogRecord>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) {
    const perCode = new Array<number>(record.tags.length).fill(0);
    // The last row counted for each tag: a tag repeated in one row (only if damaged) counts once.
    const lastRow = new Int32Array(record.tags.length).fill(-1);
    for (let i = 0; i < record.status.length; i++) {
      if (record.status[i] === UNREADABLE) continue;
      for (let k = record.tagStart[i] ?? 0; k < (record.tagStart[i + 1] ?? 0); k++) {
        const code = record.tagCodes[k] ?? 0;
        if (lastRow[code] === i) continue;
        lastRow[code] = i;
        perCode[code] = (perCode[code] ?? 0) + 1;
      }
    }
    record.tags.forEach((tag, code) => counts.set(tag, (counts.get(tag) ?? 0) + (perCode[code] ?? 0)));
  }
  return counts;
}
