import { z } from 'zod';
import { upgradeCampaignV1 } from './migrations/002-campaign-plan-fields';
import { upgradeEntryV1 } from './migrations/003-entry-review-fields';
import { CampaignRecord, EntryRecord, type Campaign, type Entry } from './schema';

/**
 * The JSON export file, documented in docs/export-format.md. Its version changes only when the shape
 * of campaigns or entries changes (not with every database version). Every version ever written
 * stays importable: its records are upgraded with the same functions the database migrations use.
 */
export const EXPORT_FORMAT = 'rostrum-log';
export const EXPORT_FORMAT_VERSION = 2;

/** The file's outer shape; records are checked one by one so one bad record does not hide the rest. */
export const ExportEnvelope = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { error: 'This is not a Rostrum campaign log export.' }),
  version: z.number({ error: 'The file has no format version.' }).int().positive(),
  exportedAt: z.string(),
  campaigns: z.array(z.unknown(), { error: 'The file has no list of campaigns.' }),
  entries: z.array(z.unknown(), { error: 'The file has no list of entries.' }),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelope>;

/** Format 1 (Rostrum 0.1): the foundation's records. Frozen. */
const CampaignV1 = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  hashtags: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  createdAt: z.number(),
});
const EntryV1 = z.strictObject({
  id: z.string().min(1),
  text: z.string(),
  platform: z.string(),
  url: z.string(),
  campaignId: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.number(),
});

/** Reads one record of a given format version as a current record. */
interface FormatReader {
  campaign: z.ZodType<Campaign>;
  entry: z.ZodType<Entry>;
}

/** Every format version this build reads, and how. */
export const FORMAT_READERS: ReadonlyMap<number, FormatReader> = new Map([
  [
    1,
    {
      campaign: CampaignV1.transform((c) => upgradeCampaignV1(c)).pipe(CampaignRecord),
      entry: EntryV1.transform((e) => upgradeEntryV1(e)).pipe(EntryRecord),
    },
  ],
  [2, { campaign: CampaignRecord, entry: EntryRecord }],
]);

/** A complete export in the current format. */
export interface LogExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  campaigns: Campaign[];
  entries: Entry[];
}

/**
 * The export as text: one record per line, so a 100,000-entry file stays diffable and can be read
 * by line-oriented tools, while remaining one plain JSON document.
 */
export function serializeExport(data: LogExport): string {
  const list = (records: readonly object[]) =>
    records.length === 0 ? '[]' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  return (
    `{"format":${JSON.stringify(data.format)},"version":${data.version},` +
    `"exportedAt":${JSON.stringify(data.exportedAt)},\n"campaigns":${list(data.campaigns)},\n` +
    `"entries":${list(data.entries)}}\n`
  );
}
