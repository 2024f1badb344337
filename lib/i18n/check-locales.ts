/**
 * Checks the locale fragments (`locales/<locale>/<area>.json`) against English, the reference: the
 * same files, the same keys, the same `$1`…`$9` placeholders, no empty message, and keys and
 * messages that chrome.i18n accepts. Returns every problem found, as readable lines.
 */
import type { MessageTable } from './merge-locales';

/** Fragments of one locale, keyed by file name (`panel.json`). */
export type LocaleFragments = Record<string, MessageTable>;

/** chrome.i18n message names: ASCII letters, digits and underscores; `@@` names are reserved. */
const KEY = /^[A-Za-z0-9_]+$/;
/** Chrome's limits for the localised manifest strings. */
export const MANIFEST_LIMITS: Readonly<Record<string, number>> = { extName: 75, extDescription: 132 };

const placeholders = (message: string): string[] =>
  [...message.matchAll(/\$(\d)/g)].map((m) => `$${m[1]}`).sort();

/**
 * A `$` that is not `$1`…`$9` or an escaped `$$`: chrome.i18n would read it as the start of a named
 * placeholder and drop it.
 */
const strayDollar = (message: string): boolean => /\$(?![\d$])/.test(message.replace(/\$\$/g, ''));

export function localeProblems(
  reference: LocaleFragments,
  locales: Readonly<Record<string, LocaleFragments>>,
): string[] {
  const problems: string[] = [];
  for (const [file, table] of Object.entries(reference)) {
    for (const [key, entry] of Object.entries(table)) {
      if (!KEY.test(key)) problems.push(`en/${file}: key "${key}" has characters chrome.i18n refuses`);
      if (typeof entry?.message !== 'string') problems.push(`en/${file}: "${key}" has no message`);
    }
  }
  for (const [locale, fragments] of Object.entries(locales)) {
    const files = new Set([...Object.keys(reference), ...Object.keys(fragments)]);
    for (const file of [...files].sort()) {
      const where = `${locale}/${file}`;
      const ref = reference[file];
      const own = fragments[file];
      if (!ref) {
        problems.push(`${where}: no such fragment in English`);
        continue;
      }
      if (!own) {
        problems.push(`${where}: missing (English has it)`);
        continue;
      }
      for (const key of Object.keys(ref)) if (!(key in own)) problems.push(`${where}: missing "${key}"`);
      for (const [key, entry] of Object.entries(own)) {
        const english = ref[key];
        if (!english) {
          problems.push(`${where}: "${key}" is not in English`);
          continue;
        }
        const message = typeof entry?.message === 'string' ? entry.message : '';
        if (!KEY.test(key)) problems.push(`${where}: key "${key}" has characters chrome.i18n refuses`);
        if (message.trim() === '') problems.push(`${where}: "${key}" is empty`);
        const want = placeholders(english.message).join(' ');
        const got = placeholders(message).join(' ');
        if (want !== got) problems.push(`${where}: "${key}" has placeholders [${got}], English [${want}]`);
        if (strayDollar(message)) problems.push(`${where}: "${key}" has a "$" that is not $1…$9`);
        const limit = MANIFEST_LIMITS[key];
        if (limit !== undefined && message.length > limit) {
          problems.push(`${where}: "${key}" is ${message.length} characters, Chrome allows ${limit}`);
        }
      }
    }
  }
  return problems;
}
