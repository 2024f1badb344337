import type { DBSchema } from 'idb';
import { z } from 'zod';
import type { CatalogRecord } from './catalog';
import type { EntryKey } from './page-layout';
import type { StoredPage } from './page-store';
import type { WordBucket } from './search-index';
import { MAX_TIME, MAX_YEAR, MIN_YEAR } from './time-range';
import { isWebUrl, storedUrl } from './web-url';

/**
 * The campaign log's records: zod schemas (the runtime truth, used on every write and every read) and
 * the idb `DBSchema` of the current database version. Older versions' shapes live in their migration
 * files, frozen; this file always describes the newest one.
 *
 * lib/log may import only idb and zod, so platform, finding and tip ids are checked by shape here, not
 * against lib/platforms or lib/playbook: an entry keeps what it was logged with even if those lists
 * change later. The objective and account lists mirror lib/playbook/signals.ts (a test in lib/state
 * keeps them equal).
 */

/** Current version of the IndexedDB schema; equals the number of the last migration. */
export const LOG_DB_VERSION = 7;

const MAX_NAME = 120;
const MAX_TEXT = 100_000;
const MAX_TAG = 64;
const MAX_TAGS = 50;
const MAX_LONG_TEXT = 2_000;

/** What a campaign sets out to do (mirrors OBJECTIVES in lib/playbook/signals.ts). */
export const OBJECTIVES = ['inform', 'explain', 'engage', 'consult', 'invite'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** Whose account posts (mirrors ACCOUNTS in lib/playbook/signals.ts). */
export const ACCOUNTS = ['institution', 'member'] as const;
export type Account = (typeof ACCOUNTS)[number];

/** Whether a logged post is still a draft or went out. */
export const ENTRY_STATUSES = ['draft', 'published'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

/** Figures entered after publishing, read from the platform's own analytics. */
export const METRICS = [
  'impressions',
  'engagements',
  'linkClicks',
  'shares',
  'replies',
  'videoViews',
] as const;
export type Metric = (typeof METRICS)[number];

/** What a campaign can set a target for: every metric, and the number of posts. */
export const TARGET_KEYS = ['posts', ...METRICS] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** Stable record id: any non-empty string without surrounding spaces (UUIDs when we make them). */
export const RecordId = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(200, 'An id is at most 200 characters.')
  .regex(/^\S(.*\S)?$/, 'An id cannot start or end with a space.');

/** A calendar date as stored; what is read back is checked for its form only (see the Stored* schemas). */
const StoredIsoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD.' });

/** A calendar date as an `<input type="date">` gives it, YYYY-MM-DD, in the years of time-range.ts. */
export const IsoDate = StoredIsoDate.refine((day) => {
  const year = Number(day.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}, `Use a date between ${MIN_YEAR} and ${MAX_YEAR}.`);

/** Milliseconds since the Unix epoch, from 1970 to the start of 2200 (time-range.ts), on every write. */
export const Timestamp = z
  .number()
  .int('A time is a whole number of milliseconds.')
  .nonnegative('A time cannot be before 1970.')
  .lt(MAX_TIME, 'A time must be before the year 2200.');

/**
 * A time as read back: any whole number, so one damaged record still shows (as "time unknown") and
 * can be deleted, instead of vanishing or breaking the list. Views format times with isoTime().
 */
const StoredTimestamp = z.number().int().nonnegative();

/** A platform id such as `x` or `bluesky` (checked by shape; see the file comment). */
export const PlatformKey = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, 'A platform is a short lower-case id such as "x" or "bluesky".');

/** A finding or tip id as lib/analysis and the playbook make them: lower-case words and hyphens. */
export const SignalKey = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,99}$/,
    'An id of a finding or tip has lower-case letters, digits and hyphens.',
  );

/** A hashtag as stored: without the leading '#', letters, digits and underscores only. */
export const Hashtag = z
  .string()
  .min(1)
  .max(MAX_TAG)
  .regex(/^[\p{L}\p{M}\p{N}_]+$/u, 'A hashtag has letters, digits and underscores only.');

/** A free tag on an entry: trimmed, not empty. */
export const Tag = z
  .string()
  .min(1, 'A tag cannot be empty.')
  .max(MAX_TAG, `A tag is at most ${MAX_TAG} characters.`)
  .regex(/^\S(.*\S)?$/, 'A tag cannot start or end with a space.');

/** A content language: '' when not set, else a BCP 47 tag such as "en" or "fr-CA". */
export const LanguageTag = z
  .string()
  .regex(/^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/, 'A language is a code such as "en" or "fr-CA".');

/** The largest figure a metric or target may hold: more than any post's audience, far from 2^53 in sums. */
export const MAX_COUNT = 1_000_000_000;

/** A count entered by hand: a whole number, zero or more, at most {@link MAX_COUNT}. */
const Count = z
  .number()
  .int('Use a whole number.')
  .nonnegative('A count cannot be negative.')
  .max(MAX_COUNT, 'A figure is at most 1,000,000,000.');

/** A count as read back (see StoredTimestamp). */
const StoredCount = z.number().int().nonnegative();

/** Metrics of one post; a metric not entered yet is absent (not zero). */
export const EntryMetrics = z.strictObject(
  Object.fromEntries(METRICS.map((m) => [m, Count.optional()])) as Record<
    Metric,
    z.ZodOptional<typeof Count>
  >,
);
export type EntryMetrics = z.infer<typeof EntryMetrics>;
const StoredEntryMetrics = z.strictObject(
  Object.fromEntries(METRICS.map((m) => [m, StoredCount.optional()])) as Record<
    Metric,
    z.ZodOptional<typeof StoredCount>
  >,
);

/** A campaign's targets; a metric without a target is absent. */
export const CampaignTargets = z.strictObject(
  Object.fromEntries(TARGET_KEYS.map((m) => [m, Count.optional()])) as Record<
    TargetKey,
    z.ZodOptional<typeof Count>
  >,
);
export type CampaignTargets = z.infer<typeof CampaignTargets>;

function uniqueStrings(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

const ShortText = z.string().max(MAX_LONG_TEXT, `At most ${MAX_LONG_TEXT} characters.`);
const KeyMessages = z
  .array(z.string().trim().min(1).max(280, 'A key message is at most 280 characters.'))
  .max(10, 'At most 10 key messages.');
const Platforms = z.array(PlatformKey).max(20).refine(uniqueStrings, 'Platforms must not repeat.');
const Hashtags = z.array(Hashtag).max(MAX_TAGS).refine(uniqueStrings, 'Hashtags must not repeat.');
const Tags = z.array(Tag).max(MAX_TAGS).refine(uniqueStrings, 'Tags must not repeat.');
const SignalKeys = z.array(SignalKey).max(200);

const endNotBeforeStart = {
  message: 'The end date cannot be before the start date.',
  path: ['endDate'],
};

/** A link an entry keeps: '' or an http(s) URL (web-url.ts), on every write. */
const WebUrl = z
  .string()
  .max(4096, 'A link is at most 4,096 characters.')
  .refine((url) => url === '' || isWebUrl(url), 'A link must be an http:// or https:// address.');

const campaignFields = {
  id: RecordId,
  name: z.string().trim().min(1).max(MAX_NAME),
  objective: z.enum(OBJECTIVES).nullable(),
  audience: ShortText,
  keyMessages: KeyMessages,
  hashtags: Hashtags,
  platforms: Platforms,
  startDate: IsoDate,
  endDate: IsoDate,
  account: z.enum(ACCOUNTS).nullable(),
  language: LanguageTag,
  targets: CampaignTargets,
  archived: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A campaign as written (v2 onwards: the plan-stage fields). */
export const CampaignRecord = z
  .strictObject(campaignFields)
  .refine((c) => c.endDate >= c.startDate, endNotBeforeStart);
export type Campaign = z.infer<typeof CampaignRecord>;

/** A campaign as read back: dates and times checked for their form only (see StoredTimestamp). */
export const StoredCampaignRecord = z
  .strictObject({
    ...campaignFields,
    startDate: StoredIsoDate,
    endDate: StoredIsoDate,
    createdAt: StoredTimestamp,
    updatedAt: StoredTimestamp,
  })
  .refine((c) => c.endDate >= c.startDate, endNotBeforeStart);

/** A logged post as the rest of the app sees it. `campaignId` is null when logged with no campaign. */
export const EntryRecord = z.strictObject({
  id: RecordId,
  text: z.string().max(MAX_TEXT),
  platform: PlatformKey,
  /** Page the post was drafted on; empty in manual mode. */
  url: WebUrl,
  campaignId: RecordId.nullable(),
  tags: Tags,
  /** Finding ids the analysis raised when the post was logged. */
  findings: SignalKeys,
  /** Tip ids the panel showed when the post was logged. */
  tips: SignalKeys,
  status: z.enum(ENTRY_STATUSES),
  metrics: EntryMetrics,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Mastodon's content warning the post went out with; absent when it had none. */
  contentWarning: z.string().min(1).max(MAX_TEXT).optional(),
});
export type Entry = z.infer<typeof EntryRecord>;

/**
 * An entry as read back. Since v5 exactly the entry: its search words live in the `search` store
 * (search-index.ts); v4 kept them in the record as `words`. Times and metrics are checked for their
 * form only (see StoredTimestamp), and a link that is not http(s) reads as '' (web-url.ts).
 */
export const StoredEntryRecord = EntryRecord.extend({
  url: z.string().transform(storedUrl),
  metrics: StoredEntryMetrics,
  createdAt: StoredTimestamp,
  updatedAt: StoredTimestamp,
});
export type StoredEntry = z.infer<typeof StoredEntryRecord>;

/** Splits "#a, b #c" (or an array of such strings) into hashtags without '#', dropping blanks. */
function toHashtagList(value: unknown): unknown {
  const parts = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(parts)) return value;
  const out: unknown[] = [];
  for (const part of parts) {
    if (typeof part !== 'string') {
      out.push(part);
      continue;
    }
    for (const piece of part.split(/[\s,]+/)) {
      const tag = piece.replace(/^#+/, '');
      if (tag !== '' && !out.includes(tag)) out.push(tag);
    }
  }
  return out;
}

/** Trims strings in a list, drops blanks and repeats (same spelling), keeps order. */
function toCleanList(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const out: unknown[] = [];
  for (const item of value) {
    const clean = typeof item === 'string' ? item.trim() : item;
    if (clean === '' || out.includes(clean)) continue;
    out.push(clean);
  }
  return out;
}

const TagsInput = z.preprocess(toCleanList, z.array(Tag).max(MAX_TAGS, `At most ${MAX_TAGS} tags.`));
const HashtagsInput = z.preprocess(
  toHashtagList,
  z.array(Hashtag).max(MAX_TAGS, `At most ${MAX_TAGS} hashtags.`),
);

/** Optional campaign fields; when updating, the ones left out keep their stored value. */
const CampaignPlanFields = {
  objective: z
    .enum(OBJECTIVES, { error: `Choose one of: ${OBJECTIVES.join(', ')}.` })
    .nullable()
    .optional(),
  audience: z.string().trim().max(MAX_LONG_TEXT, `At most ${MAX_LONG_TEXT} characters.`).optional(),
  keyMessages: z.preprocess(toCleanList, KeyMessages).optional(),
  platforms: z.preprocess(toCleanList, Platforms).optional(),
  account: z.enum(ACCOUNTS, { error: 'Choose the institution or a member’s office.' }).nullable().optional(),
  language: LanguageTag.optional(),
  targets: CampaignTargets.optional(),
  archived: z.boolean().optional(),
};

/**
 * What a caller gives to create or update a campaign. Hashtags may be one string ("#a, #b") or a list,
 * with or without '#'. An `id` updates that campaign: its `createdAt` is kept, and plan fields left
 * out keep their values (so a v1 caller that knows only name, hashtags and dates erases nothing).
 */
export const CampaignInput = z
  .strictObject({
    id: RecordId.optional(),
    name: z
      .string()
      .trim()
      .min(1, 'Give the campaign a name.')
      .max(MAX_NAME, `A name is at most ${MAX_NAME} characters.`),
    hashtags: HashtagsInput.default([]),
    startDate: IsoDate,
    endDate: IsoDate,
    ...CampaignPlanFields,
  })
  .refine((c) => c.endDate >= c.startDate, endNotBeforeStart);
export type CampaignInput = z.input<typeof CampaignInput>;

/** What a caller gives to log a post. */
export const EntryInput = z.strictObject({
  text: z.string().max(MAX_TEXT, `A post is at most ${MAX_TEXT} characters.`),
  platform: PlatformKey,
  /** A link that is not http(s) is dropped: the post is logged without it (web-url.ts). */
  url: z
    .string()
    .max(4096, 'A link is at most 4,096 characters.')
    .transform((url) => (url === '' || isWebUrl(url) ? url : ''))
    .default(''),
  campaignId: RecordId.nullable().default(null),
  tags: TagsInput.default([]),
  findings: z.preprocess(toCleanList, SignalKeys).default([]),
  tips: z.preprocess(toCleanList, SignalKeys).default([]),
  /** Posts are usually logged as they go out, hence the default. */
  status: z.enum(ENTRY_STATUSES).default('published'),
  metrics: EntryMetrics.default({}),
  contentWarning: z
    .string()
    .min(1)
    .max(MAX_TEXT, `A content warning is at most ${MAX_TEXT} characters.`)
    .optional(),
});
export type EntryInput = z.input<typeof EntryInput>;

/** A change to one entry: only the fields given change. `metrics` merges; a `null` metric clears it. */
export const EntryPatch = z.strictObject({
  text: z.string().max(MAX_TEXT, `A post is at most ${MAX_TEXT} characters.`).optional(),
  platform: PlatformKey.optional(),
  url: WebUrl.optional(),
  campaignId: RecordId.nullable().optional(),
  tags: TagsInput.optional(),
  findings: z.preprocess(toCleanList, SignalKeys).optional(),
  tips: z.preprocess(toCleanList, SignalKeys).optional(),
  status: z.enum(ENTRY_STATUSES).optional(),
  metrics: z
    .strictObject(
      Object.fromEntries(METRICS.map((m) => [m, Count.nullable().optional()])) as Record<
        Metric,
        z.ZodOptional<z.ZodNullable<typeof Count>>
      >,
    )
    .optional(),
});
export type EntryPatch = z.input<typeof EntryPatch>;

/** A change to many entries at once (re-tagging, moving to a campaign, marking published). */
export const BulkEntryChange = z
  .strictObject({
    addTags: TagsInput.optional(),
    removeTags: z.array(z.string()).optional(),
    campaignId: RecordId.nullable().optional(),
    status: z.enum(ENTRY_STATUSES).optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'Say what to change.');
export type BulkEntryChange = z.input<typeof BulkEntryChange>;

/** The database as of {@link LOG_DB_VERSION}. Index names say what they are keyed by. */
export interface LogDbSchema extends DBSchema {
  campaigns: {
    key: string;
    value: Campaign;
    indexes: { 'by-createdAt': number };
  };
  /**
   * Entries in time order, about 500 to a record (see page-layout.ts), keyed by an entry key at or
   * below each of theirs. `by-entry` (multiEntry over `ids`) finds the page of an entry.
   */
  pages: {
    key: EntryKey;
    value: StoredPage;
    indexes: { 'by-entry': string };
  };
  /** Per catalog segment (about 2,500 entries), under its key: the columns every filter reads (catalog.ts). */
  catalog: {
    key: EntryKey;
    value: CatalogRecord;
  };
  /** Per catalog segment and initial, under [...segment key, initial]: its words and their rows. */
  words: {
    key: [number, string, string];
    value: WordBucket;
  };
  /** Per catalog segment, under its key: how many entries it holds. */
  segments: {
    key: EntryKey;
    value: number;
  };
  /** Per page, under the page's key: how many entries it holds. */
  sizes: {
    key: EntryKey;
    value: number;
  };
}

// ---- Shapes shared with the UI (components may import types from this file only). ----

/**
 * Which entries to show, and in what order. Every filter is answered from the catalog (a compact
 * column index of the entries, catalog.ts): entries are read just for the page on screen, so a filter
 * over 100,000 entries reads a few megabytes of columns, not 100,000 records.
 */
export interface EntryQuery {
  /** One campaign's entries; `null` for entries logged with no campaign. */
  campaignId?: string | null;
  platform?: string;
  status?: EntryStatus;
  /** Entries with this free tag (exact spelling). */
  tag?: string;
  /** Every word typed must start a word of the text; case and accents ignored. */
  text?: string;
  /** Logged at or after this time (ms since epoch). */
  from?: number;
  /** Logged at or before this time (ms since epoch). */
  to?: number;
  /** Newest first (the default) or oldest first. */
  sort?: 'newest' | 'oldest';
}

/** A record of the file that will not be imported, and why (shown in the preview). */
export interface InvalidRecord {
  kind: 'campaign' | 'entry';
  /** 1-based position in its list in the file. */
  position: number;
  id?: string;
  reason: string;
}

/** What an import will do, for the preview; `applyImport` writes exactly `added` and `updated`. */
export interface ImportPreview {
  formatVersion: number;
  exportedAt: string;
  campaigns: { added: Campaign[]; updated: Campaign[]; unchanged: number };
  entries: { added: Entry[]; updated: Entry[]; unchanged: number };
  invalid: InvalidRecord[];
}

/** Buckets of the "posts over time" chart: days for short campaigns, then weeks, then months. */
export type Period = 'day' | 'week' | 'month';

export interface TimeBucket {
  /** First day of the bucket, YYYY-MM-DD (local time). */
  start: string;
  count: number;
}

export interface TargetProgress {
  key: TargetKey;
  target: number;
  actual: number;
  /** actual / target (0 when the target is 0). */
  ratio: number;
}

export interface PostEngagement {
  id: string;
  platform: string;
  createdAt: number;
  text: string;
  engagements: number;
  impressions?: number;
  /** engagements / impressions, when impressions are known and not 0. */
  rate?: number;
}

/** Everything the campaign dashboard and report show, computed from the campaign's entries. */
export interface CampaignStats {
  posts: number;
  published: number;
  drafts: number;
  period: Period;
  overTime: TimeBucket[];
  /** Most used platform first. */
  perPlatform: Array<{ platform: string; count: number }>;
  /** Sums over published entries; a metric nobody entered is 0 and `metricsEntered` says how many had any. */
  totals: Record<Metric, number>;
  /** Published posts with at least one metric entered. */
  metricsEntered: number;
  targets: TargetProgress[];
  /** Published posts with engagements entered, most engaging first. */
  engagementPerPost: PostEngagement[];
  /** Mean engagements per post among `engagementPerPost`; undefined when none. */
  averageEngagements?: number;
  /** Findings raised at logging time, most frequent first (at most 10). */
  topFindings: Array<{ finding: string; count: number }>;
}

/**
 * Words of the Markdown campaign report (see report.ts); the panel fills them from its translations.
 */
export interface ReportLabels {
  /** "$1" is the campaign name. */
  title: string;
  plan: string;
  objective: string;
  audience: string;
  keyMessages: string;
  dates: string;
  account: string;
  language: string;
  hashtags: string;
  platforms: string;
  summary: string;
  posts: string;
  published: string;
  drafts: string;
  overTime: string;
  perPlatform: string;
  platform: string;
  period: string;
  count: string;
  targets: string;
  metric: string;
  target: string;
  actual: string;
  progress: string;
  totals: string;
  engagementPerPost: string;
  post: string;
  engagements: string;
  rate: string;
  /** "$1" is the number of posts with metrics entered, "$2" the number published. */
  metricsEntered: string;
  topFindings: string;
  finding: string;
  none: string;
  archived: string;
  /** "$1" is the date. */
  generated: string;
  targetNames: Record<TargetKey, string>;
  objectives: Record<string, string>;
  accounts: Record<string, string>;
}
