import { signal } from '@preact/signals';
import { inTimeRange } from '../log/time-range';
import { mergeLocaleFragments, type MessageTable } from './merge-locales';

/** Interface languages. Arabic is written right to left. */
export const UI_LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = 'en';

const RTL_LOCALES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

const fragments = import.meta.glob<MessageTable>('../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every locale's messages, merged from the area fragments. */
export const MESSAGES: Readonly<Record<string, MessageTable>> = mergeLocaleFragments(fragments);

/** The panel's current language. Components that call t() re-render when it changes. */
export const currentLocale = signal<UiLocale>(DEFAULT_LOCALE);

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** Best interface language for a BCP 47 tag such as the browser's ("fr-CA" → "fr"). */
export function resolveLocale(tag: string | undefined | null): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isUiLocale(base) ? base : DEFAULT_LOCALE;
}

export function setLocale(locale: UiLocale): void {
  currentLocale.value = locale;
}

export function textDirection(locale: string = currentLocale.value): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The message `key` in the current language, with $1…$9 replaced by `subs`. Falls back to English,
 * then to the key itself so a missing string is visible rather than blank.
 */
export function t(key: string, ...subs: Array<string | number>): string {
  const locale = currentLocale.value;
  const entry = messageIn(locale, key) ?? messageIn(DEFAULT_LOCALE, key);
  if (!entry) return key;
  return entry.message.replace(/\$(\d)/g, (whole, digit: string) => {
    const value = subs[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}

/** A message of one locale, looked up as data: a key such as "constructor" is not a message. */
function messageIn(locale: string, key: string): MessageTable[string] | undefined {
  const table = Object.hasOwn(MESSAGES, locale) ? MESSAGES[locale] : undefined;
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * True when a time can be shown: Intl throws on what Date cannot hold, and a time outside 1970–2200
 * is a damaged record (lib/log/time-range.ts). Those show as "(date unknown)" instead.
 */
function showable(value: Date | number): boolean {
  return inTimeRange(typeof value === 'number' ? value : value.getTime());
}

/** Format a number in the current language. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLocale.value).format(value);
}

/** Format a calendar date (no time) in the current language. */
export function formatDate(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
  if (!showable(value)) return t('log_timeUnknown');
  return new Intl.DateTimeFormat(currentLocale.value, options ?? { dateStyle: 'medium' }).format(value);
}

/**
 * Format a calendar day stored as `YYYY-MM-DD` (campaign start and end) in the current language,
 * without shifting it by the time zone. Anything else is returned as it is.
 */
export function formatDay(day: string, options?: Intl.DateTimeFormatOptions): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const value = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(value)) return day;
  return formatDate(value, { dateStyle: 'medium', ...options, timeZone: 'UTC' });
}

/** Format a date and time in the current language. */
export function formatDateTime(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
  if (!showable(value)) return t('log_timeUnknown');
  return new Intl.DateTimeFormat(
    currentLocale.value,
    options ?? { dateStyle: 'medium', timeStyle: 'short' },
  ).format(value);
}
