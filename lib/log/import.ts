import { z } from 'zod';
import { LogError } from './errors';
import { EXPORT_FORMAT_VERSION, ExportEnvelope, FORMAT_READERS } from './export-format';
import type { Campaign, Entry, ImportPreview, InvalidRecord } from './schema';

export type { ImportPreview, InvalidRecord } from './schema';

/** Larger files are refused before parsing (about 100 MB of text; a 100,000-entry export is ~40 MB). */
export const MAX_IMPORT_CHARS = 100 * 1024 * 1024;

/** The file's records that passed the checks, in file order, upgraded to the current shape. */
export interface ParsedImport {
  formatVersion: number;
  exportedAt: string;
  campaigns: Campaign[];
  entries: Entry[];
  /** 1-based position in the file of each kept entry, by id (for messages about it). */
  entryPositions: Map<string, number>;
  invalid: InvalidRecord[];
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function readList<T>(
  kind: 'campaign' | 'entry',
  values: readonly unknown[],
  schema: z.ZodType<T>,
  invalid: InvalidRecord[],
  firstSeen = new Map<string, number>(),
): T[] {
  const out: T[] = [];
  values.forEach((value, i) => {
    const position = i + 1;
    const id = idOf(value);
    if (id !== undefined) {
      const first = firstSeen.get(id);
      if (first !== undefined) {
        invalid.push({
          kind,
          position,
          id,
          reason: `The id "${id}" is used twice in the file (first at ${first}).`,
        });
        return;
      }
      firstSeen.set(id, position);
    }
    const result = schema.safeParse(value);
    if (result.success) out.push(result.data);
    else
      invalid.push({
        kind,
        position,
        ...(id === undefined ? {} : { id }),
        reason: z.prettifyError(result.error),
      });
  });
  return out;
}

/**
 * Reads an export file. Problems with the whole file (not JSON, cut short, not a Rostrum export, a
 * format from a newer Rostrum, too big) throw LogError('invalid-import'); problems with single
 * records (wrong types, repeated ids) are listed in `invalid` and the rest is kept.
 */
export function parseImportFile(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_CHARS) {
    const mb = Math.round(MAX_IMPORT_CHARS / 1024 / 1024);
    throw new LogError(
      'invalid-import',
      `The file is larger than ${mb} MB, more than a campaign log export can be.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new LogError(
      'invalid-import',
      `The file is not valid JSON; it may be cut short or not be an export. (${error instanceof Error ? error.message : String(error)})`,
      { cause: error },
    );
  }
  const envelope = ExportEnvelope.safeParse(json);
  if (!envelope.success) {
    throw new LogError(
      'invalid-import',
      `The file is not a campaign log export:\n${z.prettifyError(envelope.error)}`,
      {
        cause: envelope.error,
      },
    );
  }
  const { version, exportedAt } = envelope.data;
  const reader = FORMAT_READERS[version];
  if (!reader) {
    throw new LogError(
      'invalid-import',
      version > EXPORT_FORMAT_VERSION
        ? `The file was made by a newer Rostrum (format ${version}; this one reads up to ${EXPORT_FORMAT_VERSION}). Update Rostrum to import it.`
        : `The file has an unknown format version (${version}).`,
    );
  }
  const invalid: InvalidRecord[] = [];
  const campaigns = readList('campaign', envelope.data.campaigns, reader.campaign, invalid);
  const entryPositions = new Map<string, number>();
  const entries = readList('entry', envelope.data.entries, reader.entry, invalid, entryPositions);
  return { formatVersion: version, exportedAt, campaigns, entries, entryPositions, invalid };
}

/** What is in the log now, as far as an import needs to know. */
export interface ExistingRecords {
  campaigns: ReadonlyMap<string, Campaign>;
  /** Entries of the log with ids that also appear in the file. */
  entries: ReadonlyMap<string, Entry>;
}

function sameRecord(a: object, b: object): boolean {
  // Both come out of the same zod schema, so their keys are in the same order.
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Sorts the file's records into new, updated and unchanged; entries of unknown campaigns are invalid. */
export function planImport(parsed: ParsedImport, existing: ExistingRecords): ImportPreview {
  const invalid = [...parsed.invalid];
  const campaigns: ImportPreview['campaigns'] = { added: [], updated: [], unchanged: 0 };
  const entries: ImportPreview['entries'] = { added: [], updated: [], unchanged: 0 };
  const knownCampaigns = new Set(existing.campaigns.keys());

  for (const campaign of parsed.campaigns) {
    knownCampaigns.add(campaign.id);
    const old = existing.campaigns.get(campaign.id);
    if (!old) campaigns.added.push(campaign);
    else if (sameRecord(old, campaign)) campaigns.unchanged++;
    else campaigns.updated.push(campaign);
  }
  for (const entry of parsed.entries) {
    if (entry.campaignId !== null && !knownCampaigns.has(entry.campaignId)) {
      invalid.push({
        kind: 'entry',
        position: parsed.entryPositions.get(entry.id) ?? 0,
        id: entry.id,
        reason: `It belongs to campaign "${entry.campaignId}", which is neither in the file nor in the log.`,
      });
      continue;
    }
    const old = existing.entries.get(entry.id);
    if (!old) entries.added.push(entry);
    else if (sameRecord(old, entry)) entries.unchanged++;
    else entries.updated.push(entry);
  }
  return { formatVersion: parsed.formatVersion, exportedAt: parsed.exportedAt, campaigns, entries, invalid };
}
