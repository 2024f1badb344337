/**
 * Locale fragments: each area of the UI keeps its strings in `locales/<locale>/<area>.json`
 * (Chrome's messages.json format), so parallel work never edits one shared file. This merges them
 * into one table per locale, for the panel at run time and for `_locales/<locale>/messages.json`
 * at build time (manifest strings, browser.i18n).
 */
export interface ChromeMessage {
  message: string;
  description?: string;
}
export type MessageTable = Record<string, ChromeMessage>;

/** Merge fragments keyed by file path (`…/locales/<locale>/<area>.json`) into tables per locale. */
export function mergeLocaleFragments(fragments: Record<string, MessageTable>): Record<string, MessageTable> {
  const tables: Record<string, MessageTable> = {};
  for (const [file, fragment] of Object.entries(fragments).sort(([a], [b]) => a.localeCompare(b))) {
    const match = /locales\/([a-z]{2}(?:_[A-Z]{2})?)\/[^/]+\.json$/.exec(file);
    if (!match) continue;
    const locale = match[1]!;
    const table = (tables[locale] ??= {});
    for (const [key, value] of Object.entries(fragment)) {
      if (key in table) throw new Error(`Message "${key}" is defined twice (again in ${file})`);
      table[key] = value;
    }
  }
  return tables;
}
