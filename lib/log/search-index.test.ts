import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWordBuckets,
  initialOf,
  needleInitials,
  queryNeedles,
  searchRows,
  wordsByRow,
  type WordBucket,
} from './search-index';
import { searchWords } from './search-words';

/** A segment's word records, and its `bucketFor` as a query gives it (asked initials in `asked`). */
function index(rowWords: ReadonlyArray<readonly string[]>) {
  const buckets = buildWordBuckets(rowWords);
  const byInitial = new Map(buckets.map((bucket) => [bucket.initial, bucket]));
  const asked: string[] = [];
  const bucketFor = (initial: string): WordBucket | undefined => {
    asked.push(initial);
    return byInitial.get(initial);
  };
  return { buckets, bucketFor, asked };
}

/** The rows of a segment whose row i has the words of `texts[i]` matching a search box's query. */
function searchTexts(texts: readonly string[], query: string): number[] {
  return searchRows(index(texts.map(searchWords)).bucketFor, queryNeedles(query));
}

/** Naive reference: rows holding, for every needle, a word it starts. */
function reference(rowWords: ReadonlyArray<readonly string[]>, needles: readonly string[]): number[] {
  if (needles.length === 0) return [];
  return rowWords.flatMap((words, i) =>
    needles.every((needle) => words.some((word) => word.startsWith(needle))) ? [i] : [],
  );
}

/** Each word of a bucket and its rows. */
function postings(bucket: WordBucket): Record<string, number[]> {
  const words = bucket.words === '' ? [] : bucket.words.split(' ');
  return Object.fromEntries(
    words.map((word, k) => [word, Array.from(bucket.rows.subarray(bucket.start[k], bucket.start[k + 1]))]),
  );
}

const sorted = (rows: ReadonlyArray<readonly string[]>): string[][] => rows.map((words) => [...words].sort());

/** Letters of several scripts, some outside the BMP (𐐷 and 𐐸 share a high surrogate; 𝐛 is styled). */
const LETTERS = ['a', 'b', 'z', 'é', 'ß', 'з', 'я', 'م', '議', '会', '1', '𐐷', '𐐸', '𝐛', '😀'];
const wordArb = fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 5 });
/** Rows of distinct words (no spaces, not empty), as buildWordBuckets takes them. */
const rowWordsArb = fc.array(fc.uniqueArray(wordArb, { maxLength: 6 }), { maxLength: 30 });

/** Row words from any text, through searchWords, as the log makes them. */
const textRowWordsArb = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc
        .array(fc.string({ unit: fc.constantFrom(...LETTERS, ' ', 'A', 'É', 'З', '𐐏', '#'), maxLength: 6 }))
        .map((words) => words.join(' ')),
    ),
    { maxLength: 25 },
  )
  .map((texts) => texts.map(searchWords));

/** The first `n` code points of a word. */
const prefix = (word: string, n: number): string => [...word].slice(0, Math.max(1, n)).join('');

describe('initialOf, needleInitials and queryNeedles', () => {
  it('take a word’s first character as a whole code point', () => {
    expect(initialOf('budget')).toBe('b');
    expect(initialOf('b')).toBe('b');
    expect(initialOf('2025')).toBe('2');
    expect(initialOf('заседание')).toBe('з');
    expect(initialOf('مجلس')).toBe('م');
    expect(initialOf('議会')).toBe('議');
    expect(initialOf('𐐷abc')).toBe('𐐷');
    expect(initialOf('𐐷abc')).toHaveLength(2);
    expect(initialOf('😀x')).toBe('😀');
  });

  it('list the distinct initials of the needles, whole', () => {
    expect(needleInitials(['budg', 'vote', 'bill', '𐐷a', '𐐸b', '𐐷c', 'зал'])).toEqual([
      'b',
      'v',
      '𐐷',
      '𐐸',
      'з',
    ]);
    expect(needleInitials([])).toEqual([]);
  });

  it('fold a query as entry words are folded', () => {
    expect(queryNeedles('  Débat,  BUDG 𝐁𝐨𝐥𝐝 #Zanzib @Élu 𐐏A ')).toEqual([
      'debat',
      'budg',
      'bold',
      'zanzib',
      'elu',
      '𐐷a',
    ]);
    expect(queryNeedles(' ,, ')).toEqual([]);
    expect(queryNeedles('')).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (query) => {
        expect(queryNeedles(query)).toEqual(searchWords(query));
      }),
    );
  });
});

describe('buildWordBuckets', () => {
  it('cuts a segment’s words by initial code point, listing each word’s rows', () => {
    const rowWords = [
      ['budget', 'vote'],
      ['bill', 'budget'],
      [],
      ['𐐷abc', 'заседание', '議会'],
      ['𐐸x', '𐐷abc', 'зал', 'مجلس', '𐐷'],
    ];
    const buckets = buildWordBuckets(rowWords);
    const byInitial = Object.fromEntries(buckets.map((b) => [b.initial, postings(b)]));
    expect(byInitial).toEqual({
      b: { budget: [0, 1], bill: [1] },
      v: { vote: [0] },
      '𐐷': { '𐐷abc': [3, 4], '𐐷': [4] },
      '𐐸': { '𐐸x': [4] },
      з: { заседание: [3], зал: [4] },
      م: { مجلس: [4] },
      議: { 議会: [3] },
    });
    expect(buckets).toHaveLength(7);
    for (const bucket of buckets) {
      expect(bucket.size).toBe(5);
      expect(bucket.rows).toBeInstanceOf(Uint16Array);
      expect(bucket.start).toBeInstanceOf(Uint32Array);
    }
  });

  it('keeps every word whole in the bucket of its initial, each once, rows ascending', () => {
    fc.assert(
      fc.property(rowWordsArb, (rowWords) => {
        const buckets = buildWordBuckets(rowWords);
        const initials = new Set(rowWords.flat().map(initialOf));
        expect(buckets.map((b) => b.initial).sort()).toEqual([...initials].sort());
        for (const bucket of buckets) {
          expect(bucket.size).toBe(rowWords.length);
          expect([...bucket.initial]).toHaveLength(1);
          const words = bucket.words.split(' ');
          expect(new Set(words).size).toBe(words.length);
          for (const word of words) expect(initialOf(word)).toBe(bucket.initial);
          expect(bucket.start).toHaveLength(words.length + 1);
          expect(bucket.start[0]).toBe(0);
          expect(bucket.start[words.length]).toBe(bucket.rows.length);
          for (const [word, rows] of Object.entries(postings(bucket))) {
            expect(rows.length).toBeGreaterThan(0);
            expect(rows).toEqual([...new Set(rows)].sort((a, b) => a - b));
            expect(rows).toEqual(rowWords.flatMap((list, i) => (list.includes(word) ? [i] : [])));
          }
        }
      }),
    );
  });

  it('round-trips through wordsByRow (a row’s words in any order)', () => {
    fc.assert(
      fc.property(fc.oneof(rowWordsArb, textRowWordsArb), (rowWords) => {
        const back = wordsByRow(buildWordBuckets(rowWords), rowWords.length);
        expect(sorted(back)).toEqual(sorted(rowWords));
      }),
      { numRuns: 300 },
    );
  });

  it('makes nothing of rows without words', () => {
    expect(buildWordBuckets([])).toEqual([]);
    expect(buildWordBuckets([[], []])).toEqual([]);
    expect(wordsByRow([], 3)).toEqual([[], [], []]);
    expect(wordsByRow([], 0)).toEqual([]);
  });

  it.each([
    ['exactly 65,536', 0x10000, Uint16Array],
    ['more than 65,536', 0x10001, Uint32Array],
  ])('keeps rows of a segment of %s rows in the smallest array', (_name, rowCount, kind) => {
    const rowWords = Array.from({ length: rowCount }, (_, i) =>
      i === rowCount - 1 ? ['last', 'word'] : i % 2 === 0 ? ['word'] : [],
    );
    const buckets = buildWordBuckets(rowWords);
    for (const bucket of buckets) {
      expect(bucket.rows).toBeInstanceOf(kind);
      expect(bucket.size).toBe(rowCount);
    }
    const back = wordsByRow(buckets, rowCount);
    expect(sorted([back[rowCount - 1] ?? []])).toEqual([['last', 'word']]);
    expect(back[rowCount - 2]).toEqual(rowCount % 2 === 0 ? ['word'] : []);
    const byInitial = new Map(buckets.map((b) => [b.initial, b]));
    expect(searchRows((initial) => byInitial.get(initial), ['la'])).toEqual([rowCount - 1]);
    expect(searchRows((initial) => byInitial.get(initial), ['la', 'wo'])).toEqual([rowCount - 1]);
  });
});

describe('searchRows', () => {
  const texts = ['Le DÉBAT sur le #Budget', 'Budget vote today', 'nothing here', 'a budgetary note'];
  const search = (query: string): number[] => searchTexts(texts, query);

  it('finds rows by word prefixes, at word starts only', () => {
    expect(search('budg')).toEqual([0, 1, 3]);
    expect(search('b')).toEqual([0, 1, 3]);
    expect(search('budgeta')).toEqual([3]);
    expect(search('budgetary')).toEqual([3]);
    expect(search('budgetaryx')).toEqual([]);
    expect(search('udget')).toEqual([]);
    expect(search('get')).toEqual([]);
    expect(search('ote')).toEqual([]);
    expect(search('to')).toEqual([1]);
    // The segment has a word starting with 'budget', so only the row check can turn 'rebudgeted' down.
    expect(searchTexts(['budget talk', 'rebudgeted'], 'budget')).toEqual([0]);
    // Nor does a match run on across two words.
    expect(searchTexts(['bud get', 'budget'], 'budget')).toEqual([1]);
  });

  it('ignores case, accents and styled letters on both sides (via searchWords)', () => {
    expect(search('DÉB')).toEqual([0]);
    expect(search('debat')).toEqual([0]);
    expect(search('BUDGET')).toEqual([0, 1, 3]);
    expect(searchTexts(['débat', 'Débat', 'DEBATE', 'bat'], 'débât')).toEqual([0, 1, 2]);
    expect(searchTexts(['𝐁𝐮𝐝𝐠𝐞𝐭 today', 'nothing'], 'budg')).toEqual([0]);
    expect(searchTexts(['budget', 'other'], '𝐛𝐮𝐝')).toEqual([0]);
    expect(searchTexts(['Straße', 'STRASSE'], 'straß')).toEqual([0]);
  });

  it('finds words of other scripts, and of letters beyond the BMP', () => {
    const other = ['Заседание 12 мая', 'مجلس الأمة', '議会 報告', '𐐏ABC notes', '𐐸abc', 'зал'];
    expect(searchTexts(other, 'ЗАСЕД')).toEqual([0]);
    expect(searchTexts(other, 'з')).toEqual([0, 5]);
    expect(searchTexts(other, 'мая 12')).toEqual([0]);
    expect(searchTexts(other, 'مج')).toEqual([1]);
    expect(searchTexts(other, 'الأ')).toEqual([1]);
    expect(searchTexts(other, '議')).toEqual([2]);
    expect(searchTexts(other, '報告')).toEqual([2]);
    expect(searchTexts(other, '会')).toEqual([]);
    // 𐐏 folds to 𐐷; 𐐷 and 𐐸 share their first UTF-16 unit but are different initials.
    expect(searchTexts(other, '𐐷')).toEqual([3]);
    expect(searchTexts(other, '𐐏a')).toEqual([3]);
    expect(searchTexts(other, '𐐸')).toEqual([4]);
    expect(searchTexts(other, '𐐸abcd')).toEqual([]);
    expect(searchTexts(other, '𐐷abc notes')).toEqual([3]);
  });

  it('keeps only rows matching every needle', () => {
    expect(search('débat BUDGET')).toEqual([0]);
    expect(search('budget vote')).toEqual([1]);
    expect(search('note budg')).toEqual([3]);
    expect(search('budget nothing')).toEqual([]);
    expect(search('budget budget budg')).toEqual([0, 1, 3]);
    // Both needles match words of the segment, but no row holds both.
    expect(search('nothing vote')).toEqual([]);
  });

  it('handles more than 30 needles, in passes of 30', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    const without = (i: number) => words.filter((_, k) => k !== i).join(' ');
    const long = index([words.join(' '), without(35), without(3), without(39), 'w00 w01'].map(searchWords));
    expect(searchRows(long.bucketFor, words)).toEqual([0]);
    expect(searchRows(long.bucketFor, words.slice(0, 30))).toEqual([0, 1, 3]);
    expect(searchRows(long.bucketFor, words.slice(0, 31))).toEqual([0, 1, 3]);
    expect(searchRows(long.bucketFor, words.slice(30))).toEqual([0, 2]);
    // A match found in the first pass of 30 needles is dropped when a later needle misses.
    expect(searchRows(long.bucketFor, [...words.slice(0, 30), 'w39'])).toEqual([0, 1]);
    expect(searchRows(long.bucketFor, [...words.slice(0, 30), 'w3'])).toEqual([0, 1, 3]);
    expect(searchRows(long.bucketFor, [...words.slice(0, 30), 'w35'])).toEqual([0, 3]);
    expect(
      searchRows(
        long.bucketFor,
        Array.from({ length: 61 }, () => 'w0'),
      ),
    ).toEqual([0, 1, 2, 3, 4]);
  });

  it('handles more than 30 needles of many initials', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyzабвгдежзийк'.split('');
    const full = letters.map((c) => `${c}${c}x`);
    const rows = [full, full.slice(1), full.slice(0, -1), [...full, '𐐷q']];
    const { bucketFor } = index(rows);
    expect(letters.length).toBeGreaterThan(30);
    expect(searchRows(bucketFor, letters)).toEqual([0, 3]);
    expect(
      searchRows(
        bucketFor,
        letters.map((c) => `${c}${c}`),
      ),
    ).toEqual([0, 3]);
    expect(searchRows(bucketFor, [...letters, '𐐷'])).toEqual([3]);
    expect(searchRows(bucketFor, [...letters.slice(1), 'я'])).toEqual([]);
  });

  it('finds nothing when a needle’s initial has no word record in the segment', () => {
    expect(search('zzz')).toEqual([]);
    expect(search('budget zzz')).toEqual([]);
    expect(search('zzz budget')).toEqual([]);
    expect(search('𐐷')).toEqual([]);
    const segment = index(texts.map(searchWords));
    const other = (initial: string) => (initial === 'v' ? undefined : segment.bucketFor(initial));
    expect(searchRows(other, ['budget'])).toEqual([0, 1, 3]);
    expect(searchRows(other, ['budget', 'vote'])).toEqual([]);
    expect(searchRows(() => undefined, ['budget'])).toEqual([]);
    expect(searchRows(index([]).bucketFor, ['budget'])).toEqual([]);
    expect(searchRows(index([[], []]).bucketFor, ['a'])).toEqual([]);
    expect(searchTexts(['', '...'], 'a')).toEqual([]);
  });

  it('reads only the word records of the needles’ initials', () => {
    const segment = index(texts.map(searchWords));
    const needles = queryNeedles('vote budget bu');
    expect(searchRows(segment.bucketFor, needles)).toEqual([1]);
    const initials = needleInitials(needles);
    expect(initials).toEqual(['v', 'b']);
    expect(segment.asked.length).toBeGreaterThan(0);
    for (const initial of segment.asked) expect(initials).toContain(initial);
  });

  it('finds nothing with no needles, and reads no word record', () => {
    const segment = index(texts.map(searchWords));
    expect(queryNeedles(' ,, ')).toEqual([]);
    expect(searchRows(segment.bucketFor, [])).toEqual([]);
    expect(searchRows(segment.bucketFor, queryNeedles(' ,, '))).toEqual([]);
    expect(segment.asked).toEqual([]);
  });

  it('matches a plain reference for any rows and any number of needles', () => {
    const vocabulary = ['budget', 'budgetary', 'bud', 'vote', 'voter', 'debat', 'bill', 'зал', '𐐷abc', '𐐸'];
    const needlePool = [
      'b',
      'bu',
      'budg',
      'budget',
      'budgeta',
      'v',
      'vot',
      'voter',
      'deb',
      'bill',
      'udget',
      'zz',
      'з',
      'за',
      'зб',
      '𐐷',
      '𐐷ab',
      '𐐸',
      '𐐸a',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 6 }), { maxLength: 20 }),
        fc.array(fc.constantFrom(...needlePool), { maxLength: 70 }),
        (rowWords, needles) => {
          expect(searchRows(index(rowWords).bucketFor, needles)).toEqual(reference(rowWords, needles));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches a plain reference on words from any text, with needles cut from them', () => {
    /** Prefixes (at least one code point) of the words given. */
    const cuts = (words: readonly string[]) =>
      fc.tuple(fc.constantFrom(...words), fc.nat(6)).map(([word, n]) => prefix(word, n));
    const caseArb = textRowWordsArb.chain((rowWords) => {
      const all = rowWords.flat();
      const full = rowWords.filter((words) => words.length > 0);
      if (all.length === 0) return fc.tuple(fc.constant(rowWords), fc.array(wordArb, { maxLength: 3 }));
      const needles = fc.oneof(
        // A few needles: some rows match, some not.
        fc.array(fc.oneof(cuts(all), cuts(all), cuts(all), wordArb), { maxLength: 4 }),
        // Up to 70 needles from one row's words: that row (at least) matches, over several passes.
        fc
          .constantFrom(...full)
          .chain((words) => fc.array(cuts(words), { minLength: 1, maxLength: 70, size: 'max' })),
        // Up to 70 needles from anywhere: mostly none match.
        fc.array(fc.oneof(cuts(all), wordArb), { maxLength: 70, size: 'max' }),
      );
      return fc.tuple(fc.constant(rowWords), needles);
    });
    fc.assert(
      fc.property(caseArb, ([rowWords, needles]) => {
        expect(searchRows(index(rowWords).bucketFor, needles)).toEqual(reference(rowWords, needles));
      }),
      { numRuns: 300 },
    );
  });
});
