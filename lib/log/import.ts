import { z } from 'zod';
import { cutText, MAX_SHOWN_ID, MAX_SHOWN_REASON } from './cut-text';
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

/** The id of a record that did not pass, as a message may show it (cut: see cut-text.ts). */
function shownIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'id')) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? cutText(id, MAX_SHOWN_ID) : undefined;
}

/** A reason for the preview: zod's words, cut, so the size of the bad value never shows through. */
function reasonOf(error: z.ZodError): string {
  return cutText(z.prettifyError(error), MAX_SHOWN_REASON);
}

/**
 * The records of one list that pass `schema`. Ids are compared after validation: a second, valid copy
 * of a record whose first copy is invalid is kept, and only valid records can make a later one a repeat.
 */
function readList<T extends { id: string }>(
  kind: 'campaign' | 'entry',
  values: readonly unknown[],
  schema: z.ZodType<T>,
  invalid: InvalidRecord[],
  firstSeen = new Map<string, number>(),
): T[] {
  const out: T[] = [];
  values.forEach((value, i) => {
    const position = i + 1;
    const result = schema.safeParse(value);
    if (!result.success) {
      const id = shownIdOf(value);
      invalid.push({ kind, position, ...(id === undefined ? {} : { id }), reason: reasonOf(result.error) });
      return;
    }
    const { id } = result.data;
    const first = firstSeen.get(id);
    if (first !== undefined) {
      const shown = cutText(id, MAX_SHOWN_ID);
      invalid.push({
        kind,
        position,
        id: shown,
        reason: `The id "${shown}" is used twice in the file (first at ${first}).`,
      });
      return;
    }
    firstSeen.set(id, position);
    out.push(result.data);
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
      `The file is not valid JSON; it may be cut short or not be an export. (${cutText(error instanceof Error ? error.message : String(error), MAX_SHOWN_REASON)})`,
      { cause: error },
    );
  }
  const envelope = ExportEnvelope.safeParse(json);
  if (!envelope.success) {
    throw new LogError(
      'invalid-import',
      `The file is not a campaign log export:\n${reasonOf(envelope.error)}`,
      {
        cause: envelope.error,
      },
    );
  }
  const { version, exportedAt } = envelope.data;
  const reader = FORMAT_READERS.get(version);
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
  // Shown in the preview as written when it is not a date: cut like any other echoed value.
  return {
    formatVersion: version,
    exportedAt: cutText(exportedAt, MAX_SHOWN_ID),
    campaigns,
    entries,
    entryPositions,
    invalid,
  };
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
        reason: `It belongs to campaign "${cutText(entry.campaignId, MAX_SHOWN_ID)}", which is neither in the file nor in the log.`,
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
