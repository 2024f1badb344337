import { METRICS, type Campaign, type Entry } from './schema';
import { isoTime } from './time-range';

/**
 * CSV for spreadsheets. Cells that a spreadsheet would run as a formula (starting with = + - @, also
 * after leading spaces or line breaks, which some spreadsheets skip, or with a tab, a carriage return
 * or a line feed) get a leading apostrophe, the OWASP advice for CSV injection: the value
 * shows as text and nothing runs. The file starts with a byte-order mark so Excel reads it as UTF-8.
 */

/** The UTF-8 byte-order mark, as the first character of the file. */
export const BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A formula character (= + - @, or their full-width forms) after any white space, or a cell that opens
 * with a tab or a line break. One regular expression, anchored, so it costs the same on a 100,000-character post.
 */
const FORMULA_START = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

/** True when a spreadsheet could read `text` as a formula (see FORMULA_START). */
function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One cell: neutralised if it could be a formula, quoted if it holds a comma, quote or line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers we write ourselves are safe (metrics are never negative); strings come from users.
  if (typeof value === 'number') return String(value);
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text (RFC 4180: CRLF line ends), with the byte-order mark. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Column headers of the entries CSV (stable: scripts may read them). */
export const ENTRY_CSV_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'campaign_id',
  'campaign',
  'platform',
  'status',
  'url',
  'tags',
  'findings',
  'tips',
  'impressions',
  'engagements',
  'link_clicks',
  'shares',
  'replies',
  'video_views',
  'text',
] as const;

/** Entries as CSV, one row each, times in ISO 8601 (UTC), lists joined with "; ". */
export function entriesToCsv(entries: readonly Entry[], campaigns: readonly Campaign[]): string {
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const rows: Array<Array<string | number | undefined>> = [[...ENTRY_CSV_COLUMNS]];
  for (const e of entries) {
    rows.push([
      e.id,
      // Empty for a time out of range (a record damaged outside Rostrum): the rest of the file is kept.
      isoTime(e.createdAt),
      isoTime(e.updatedAt),
      e.campaignId ?? '',
      e.campaignId === null ? '' : (names.get(e.campaignId) ?? ''),
      e.platform,
      e.status,
      e.url,
      e.tags.join('; '),
      e.findings.join('; '),
      e.tips.join('; '),
      ...METRICS.map((m) => e.metrics[m]),
      e.text,
    ]);
  }
  return toCsv(rows);
}
