import { ENTRY_STATUSES, METRICS, type Entry } from './schema';
import { storedUrl } from './web-url';

/**
 * A quick structural check of a stored entry, for reads of thousands of records at once (export, CSV,
 * dashboard). Every write goes through the zod schema, so what is stored was valid; this only guards
 * against records damaged outside Rostrum, and costs a fraction of a full parse (no regexes).
 * Single reads and pages still use the zod schema. Like StoredEntryRecord, it takes any whole-number
 * time and metric (views cope with them) and reads a link that is not http(s) as ''.
 */
export function storedEntryOrUndefined(value: unknown): Entry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (
    typeof v.id !== 'string' ||
    typeof v.text !== 'string' ||
    typeof v.platform !== 'string' ||
    typeof v.url !== 'string' ||
    (v.campaignId !== null && typeof v.campaignId !== 'string') ||
    !isStringArray(v.tags) ||
    !isStringArray(v.findings) ||
    !isStringArray(v.tips) ||
    !(ENTRY_STATUSES as readonly unknown[]).includes(v.status) ||
    !isMetrics(v.metrics) ||
    !isTime(v.createdAt) ||
    !isTime(v.updatedAt) ||
    (v.contentWarning !== undefined && typeof v.contentWarning !== 'string')
  ) {
    return undefined;
  }
  return {
    id: v.id,
    text: v.text,
    platform: v.platform,
    url: storedUrl(v.url),
    campaignId: v.campaignId as string | null,
    tags: v.tags,
    findings: v.findings,
    tips: v.tips,
    status: v.status as Entry['status'],
    metrics: v.metrics as Entry['metrics'],
    createdAt: v.createdAt as number,
    updatedAt: v.updatedAt as number,
    ...(typeof v.contentWarning === 'string' ? { contentWarning: v.contentWarning } : {}),
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTime(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isMetrics(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const [key, n] of Object.entries(value)) {
    if (!(METRICS as readonly string[]).includes(key)) return false;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return false;
  }
  return true;
}
