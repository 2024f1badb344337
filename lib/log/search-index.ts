import { queryWords } from './search-words';

/**
 * The text search index (schema v7): for each catalog segment (catalog.ts), its entries' search words
 * grouped by their first character, one record of the `words` store per character, keyed
 * [...segment key, character]. A record lists its words once and, for each, the rows (positions in
 * the segment) whose entry has it: an inverted index, cut by initial so a search reads only the
 * records of its words' initials — for "zanzib", the words starting with "z", a few percent of all.
 *
 * A query word matches an entry word it starts, after the same folding of case, accents and styled
 * letters (search-words.ts): "budg" finds "Budget", "debat" finds "débat". (v4 kept a multiEntry index
 * over the words: ~25 index rows per entry made a 100,000-entry import take minutes in Chromium;
 * v5–v6 kept each entry's words written out and read them all for every search.)
 */
export interface WordBucket {
  /** The first character (code point) of every word here. */
  initial: string;
  /** How many rows the segment has. */
  size: number;
  /** The words, joined with " ". */
  words: string;
  /** Word k's rows are `rows[start[k] .. start[k + 1])`, ascending. */
  start: Uint32Array;
  rows: Uint16Array | Uint32Array;
}

/** The first character of a word (a whole code point, so letters beyond the BMP stay whole). */
export function initialOf(word: string): string {
  return String.fromCodePoint(word.codePointAt(0) ?? 0);
}

/** The words of a search box's query, each a prefix to look for. */
export function queryNeedles(query: string): string[] {
  return queryWords(query);
}

/** The distinct initials of `needles`: the word records a search must read. */
export function needleInitials(needles: readonly string[]): string[] {
  return [...new Set(needles.map(initialOf))];
}

/** The word records of a segment whose rows have these words (row i has `rowWords[i]`, distinct). */
export function buildWordBuckets(rowWords: ReadonlyArray<readonly string[]>): WordBucket[] {
  const postings = new Map<string, Map<string, number[]>>();
  rowWords.forEach((words, row) => {
    for (const word of words) {
      const initial = initialOf(word);
      let bucket = postings.get(initial);
      if (!bucket) postings.set(initial, (bucket = new Map()));
      let rows = bucket.get(word);
      if (!rows) bucket.set(word, (rows = []));
      rows.push(row);
    }
  });
  const large = rowWords.length > 0x10000;
  return [...postings].map(([initial, bucket]) => {
    const start = new Uint32Array(bucket.size + 1);
    const rows: number[] = [];
    let k = 0;
    for (const list of bucket.values()) {
      start[k++] = rows.length;
      for (const row of list) rows.push(row);
    }
    start[k] = rows.length;
    return {
      initial,
      size: rowWords.length,
      words: [...bucket.keys()].join(' '),
      start,
      rows: large ? Uint32Array.from(rows) : Uint16Array.from(rows),
    };
  });
}

/** The words of each of `rowCount` rows, from a segment's word records. */
export function wordsByRow(buckets: readonly WordBucket[], rowCount: number): string[][] {
  const out: string[][] = Array.from({ length: rowCount }, () => []);
  for (const { words, start, rows } of buckets) {
    (words === '' ? [] : words.split(' ')).forEach((word, k) => {
      for (let i = start[k] ?? 0; i < (start[k + 1] ?? 0); i++) out[rows[i] ?? 0]?.push(word);
    });
  }
  return out;
}

/** Query words are matched 30 at a time, one bit each. */
const NEEDLES_PER_PASS = 30;

/**
 * Rows of a segment holding, for every needle, a word it starts; ascending. `bucketFor` gives the
 * segment's word record for an initial (undefined: no word of the segment starts with it).
 */
export function searchRows(
  bucketFor: (initial: string) => WordBucket | undefined,
  needles: readonly string[],
): number[] {
  if (needles.length === 0) return [];
  const buckets = needles.map((needle) => bucketFor(initialOf(needle)));
  if (buckets.some((bucket) => !bucket)) return [];
  const rowCount = buckets[0]?.size ?? 0;
  let rows: number[] | undefined;
  for (let first = 0; first < needles.length; first += NEEDLES_PER_PASS) {
    const pass = needles.slice(first, first + NEEDLES_PER_PASS);
    const all = 2 ** pass.length - 1;
    const marks = new Int32Array(rowCount);
    for (const [bit, needle] of pass.entries()) {
      const bucket = buckets[first + bit];
      if (!bucket) return [];
      // " w0 w1 w2…": the word a match starts is the number of spaces before the match.
      const joined = ` ${bucket.words}`;
      const probe = ` ${needle}`;
      let word = 0;
      let counted = 0;
      let found = false;
      for (let at = joined.indexOf(probe); at >= 0; at = joined.indexOf(probe, at + 1)) {
        for (; counted < at; counted++) if (joined.charCodeAt(counted) === 32) word++;
        found = true;
        for (let i = bucket.start[word] ?? 0; i < (bucket.start[word + 1] ?? 0); i++) {
          const row = bucket.rows[i] ?? 0;
          marks[row] = (marks[row] ?? 0) | (1 << bit);
        }
      }
      if (!found) return [];
    }
    const keep = (row: number) => marks[row] === all;
    if (rows) rows = rows.filter(keep);
    else {
      rows = [];
      for (let row = 0; row < rowCount; row++) if (keep(row)) rows.push(row);
    }
  }
  return rows ?? [];
}
