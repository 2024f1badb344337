import { signal } from '@preact/signals';
import { inTimeRange } from '../log/time-range';
import { mergeLocaleFragments, type MessageTable } from './merge-locales';

/** Interface languages. Arabic is written right to left. */
export const UI_LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = 'en';

const RTL_LOCALES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

// One lazy chunk per fragment: a panel loads the strings of the language it shows, not all four.
const fragmentLoaders = import.meta.glob<MessageTable>('../../locales/*/*.json', { import: 'default' });

/** The tables loaded so far, by locale. A signal, so text written before a table arrived is redrawn. */
const tables = signal<Readonly<Record<string, MessageTable>>>({});
const loading = new Map<UiLocale, Promise<void>>();

/** The panel's current language. Components that call t() re-render when it changes. */
export const currentLocale = signal<UiLocale>(DEFAULT_LOCALE);

/** Loads the messages of `locale` once; later calls share the first load. */
export function loadLocale(locale: UiLocale): Promise<void> {
  let pending = loading.get(locale);
  if (!pending) {
    const files = Object.entries(fragmentLoaders).filter(([file]) => file.includes(`/locales/${locale}/`));
    pending = Promise.all(files.map(async ([file, load]) => [file, await load()] as const)).then((loaded) => {
      const merged = mergeLocaleFragments(Object.fromEntries(loaded))[locale] ?? {};
      tables.value = { ...tables.value, [locale]: merged };
    });
    loading.set(locale, pending);
    // A failed load may be retried.
    pending.catch(() => loading.delete(locale));
  }
  return pending;
}

/** The messages of `locale`, once loaded (tests and checks). */
export function messagesOf(locale: UiLocale): Readonly<MessageTable> | undefined {
  return tables.value[locale];
}

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === 'string' && (UI_LOCALES as readonly string[]).includes(value);
}

/** Best interface language for a BCP 47 tag such as the browser's ("fr-CA" → "fr"). */
export function resolveLocale(tag: string | undefined | null): UiLocale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return isUiLocale(base) ? base : DEFAULT_LOCALE;
}

let wanted: UiLocale = DEFAULT_LOCALE;

/** Switches to `locale` at once; its text follows as soon as its messages are loaded. */
export function setLocale(locale: UiLocale): void {
  wanted = locale;
  currentLocale.value = locale;
  void loadLocale(locale);
}

/** Other data in a language that a page shows with its strings (the panel's playbook words). */
const companionLoads: Array<(locale: UiLocale) => Promise<unknown>> = [];

/** Makes every later changeLocale(locale) also wait for `load(locale)` before it switches. */
export function loadWithLocale(load: (locale: UiLocale) => Promise<unknown>): void {
  companionLoads.push(load);
}

/**
 * Loads `locale`'s messages (and what loadWithLocale added), then switches to it, so the interface
 * never shows keys or a half-changed language. When several languages are asked for in a row, the
 * last one asked for wins.
 */
export async function changeLocale(locale: UiLocale): Promise<void> {
  wanted = locale;
  await Promise.all([loadLocale(locale), ...companionLoads.map((load) => load(locale))]);
  if (wanted === locale) currentLocale.value = locale;
}

export function textDirection(locale: string = currentLocale.value): 'ltr' | 'rtl' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The message `key` in the current language, with $1…$9 replaced by `subs`. Falls back to English
 * when it is loaded, then to the key itself so a missing string is visible rather than blank.
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
  const loaded = tables.value;
  const table = Object.hasOwn(loaded, locale) ? loaded[locale] : undefined;
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
