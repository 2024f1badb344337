import type { Objective } from '../playbook/signals';
import type { MessageParams } from './types';

/** Locales the analysis has words for; anything else falls back to English. */
export const MESSAGE_LOCALES = ['en', 'fr'] as const;
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** "fr-CA" → "fr"; unknown or missing → "en". */
export function messageLocale(locale: string | undefined): MessageLocale {
  const primary = locale?.toLowerCase().split(/[-_]/u)[0];
  return (MESSAGE_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as MessageLocale) : 'en';
}

/** A string parameter ('' when absent). */
export function str(p: MessageParams, key: string): string {
  const v = p[key];
  return v === undefined ? '' : String(v);
}

/** A numeric parameter (0 when absent). */
export function num(p: MessageParams, key: string): number {
  const v = p[key];
  return typeof v === 'number' ? v : Number(v ?? 0) || 0;
}

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/** A number written the locale's way ("63,206", "63 206"). */
export function formatNumber(n: number, locale: MessageLocale): string {
  // Small whole numbers are written the same in every supported locale; skip the formatter.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  let f = NUMBER_FORMATS.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale);
    NUMBER_FORMATS.set(locale, f);
  }
  return f.format(n);
}

/** Language name in the panel's language ("fr" → "French" / "français"), or the code if unknown. */
export function languageName(code: string, locale: MessageLocale): string {
  try {
    let names = LANGUAGE_NAMES.get(locale);
    if (names === undefined) {
      names = new Intl.DisplayNames([locale], { type: 'language' });
      LANGUAGE_NAMES.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

// Intl formatters are slow to build and cheap to use: one per locale.
const LANGUAGE_NAMES = new Map<string, Intl.DisplayNames>();
const WEEKDAYS = new Map<string, Intl.DateTimeFormat>();

/** Weekday name in the panel's language, 0 = Sunday. */
export function weekdayName(day: number, locale: MessageLocale): string {
  // 2023-01-01 was a Sunday.
  const date = new Date(Date.UTC(2023, 0, 1 + (((day % 7) + 7) % 7), 12));
  let f = WEEKDAYS.get(locale);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    WEEKDAYS.set(locale, f);
  }
  return f.format(date);
}

const OBJECTIVE_WORDS: Readonly<Record<MessageLocale, Readonly<Record<Objective, string>>>> = {
  en: {
    inform: 'to inform',
    explain: 'to explain',
    engage: 'to get people engaged',
    consult: 'to consult the public',
    invite: 'to invite people',
  },
  fr: {
    inform: 'à informer',
    explain: 'à expliquer',
    engage: 'à faire réagir le public',
    consult: 'à consulter le public',
    invite: 'à inviter le public',
  },
};

/** What a campaign objective aims at, to follow "The campaign aims …" / "La campagne vise …". */
export function objectiveWords(objective: string, locale: MessageLocale): string {
  return OBJECTIVE_WORDS[locale][objective as Objective] ?? objective;
}
