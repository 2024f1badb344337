import type { CatalogRecord } from './catalog';
import { queryWords } from './search-words';

/**
 * Text search over the catalog (schema v7). Each segment's catalog record (catalog.ts) holds the
 * distinct search words of its entries once (`words`, joined with " ") and, for each row, the numbers
 * of its words. A query word matches an entry word it starts, after the same folding of case, accents and
 * styled letters (search-words.ts): "budg" finds "Budget", "debat" finds "débat".
 *
 * A search reads the catalog segments in range, skips a segment at once when some query word starts
 * none of its words, marks the words each query word starts, and keeps the rows holding a marked word
 * for every query word. (v4 kept a multiEntry index over the words: ~25 index rows per entry made a
 * 100,000-entry import take minutes in Chromium; v5–v6 kept each entry's words written out, three
 * times the bytes to read.)
 */

type SearchColumns = Pick<CatalogRecord, 'words' | 'wordStart' | 'wordCodes'>;

/** The words of a search box's query, each a prefix to look for. */
export function queryNeedles(query: string): string[] {
  return queryWords(query);
}

/** Query words are matched 30 at a time, one bit each. */
const NEEDLES_PER_PASS = 30;

/** Rows of a segment holding, for every needle, a word it starts; ascending. */
export function searchRows(record: SearchColumns | undefined, needles: readonly string[]): number[] {
  if (!record || needles.length === 0) return [];
  // " w0 w1 w2…": the word a match starts is the number of spaces before the match.
  const joined = ` ${record.words}`;
  // Most segments lack a rare word altogether: one scan of the segment's words rules them out.
  if (!needles.every((needle) => joined.includes(` ${needle}`))) return [];
  let rows: number[] | undefined;
  for (let first = 0; first < needles.length; first += NEEDLES_PER_PASS) {
    const pass = needles.slice(first, first + NEEDLES_PER_PASS);
    const all = 2 ** pass.length - 1;
    // Each word holds at least one letter and a space: at most half the string's length of them.
    const marks = new Int32Array((joined.length >> 1) + 1);
    pass.forEach((needle, bit) => {
      const probe = ` ${needle}`;
      let code = 0;
      let counted = 0;
      for (let at = joined.indexOf(probe); at >= 0; at = joined.indexOf(probe, at + 1)) {
        for (; counted < at; counted++) if (joined.charCodeAt(counted) === 32) code++;
        marks[code] = (marks[code] ?? 0) | (1 << bit);
      }
    });
    const { wordStart, wordCodes } = record;
    const test = (row: number): boolean => {
      let seen = 0;
      for (let k = wordStart[row] ?? 0; k < (wordStart[row + 1] ?? 0) && seen !== all; k++) {
        seen |= marks[wordCodes[k] ?? 0] ?? 0;
      }
      return seen === all;
    };
    if (rows) rows = rows.filter(test);
    else {
      rows = [];
      for (let row = 0; row + 1 < wordStart.length; row++) if (test(row)) rows.push(row);
    }
  }
  return rows ?? [];
}
