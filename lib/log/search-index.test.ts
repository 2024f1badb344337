import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type CatalogRecord } from './catalog';
import { queryNeedles, searchRows } from './search-index';
import { searchWords } from './search-words';

/** A segment whose row i holds the search words of `texts[i]`. */
function segment(texts: readonly string[]): CatalogRecord {
  return buildCatalog(
    texts.map((text, i) => {
      const id = `e${i}`;
      const entry = {
        id,
        createdAt: i,
        campaignId: null,
        platform: 'x',
        status: 'published' as const,
        tags: [],
      };
      return { id, key: [i, id], entry, words: searchWords(text) };
    }),
  );
}

const texts = ['Le DÉBAT sur le #Budget', 'Budget vote today', 'nothing here', 'a budgetary note'];
const record = segment(texts);
const search = (query: string): number[] => searchRows(record, queryNeedles(query));

describe('searchRows', () => {
  it('finds rows by word prefixes, at word starts only', () => {
    expect(search('budg')).toEqual([0, 1, 3]);
    expect(search('budgeta')).toEqual([3]);
    expect(search('udget')).toEqual([]);
    expect(search('get')).toEqual([]);
    expect(search('ote')).toEqual([]);
    // The segment has a word starting with 'budget', so only the row check can turn 'rebudgeted' down.
    expect(searchRows(segment(['budget talk', 'rebudgeted']), queryNeedles('budget'))).toEqual([0]);
  });

  it('ignores case and accents on both sides', () => {
    expect(search('DÉB')).toEqual([0]);
    expect(search('debat')).toEqual([0]);
    expect(search('BUDGET')).toEqual([0, 1, 3]);
    expect(searchRows(segment(['débat', 'Débat', 'DEBATE']), queryNeedles('débât'))).toEqual([0, 1, 2]);
  });

  it('keeps only rows matching every query word', () => {
    expect(search('débat BUDGET')).toEqual([0]);
    expect(search('budget vote')).toEqual([1]);
    expect(search('note budg')).toEqual([3]);
    expect(search('budget nothing')).toEqual([]);
  });

  it('handles queries of more than 30 words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}`);
    const without = (i: number) => words.filter((_, k) => k !== i).join(' ');
    const long = segment([words.join(' '), without(35), without(3), without(39), 'w00 w01']);
    expect(searchRows(long, words)).toEqual([0]);
    expect(searchRows(long, words.slice(0, 30))).toEqual([0, 1, 3]);
    expect(searchRows(long, words.slice(0, 31))).toEqual([0, 1, 3]);
    expect(searchRows(long, words.slice(30))).toEqual([0, 2]);
    // A match found in the first pass of 30 words is dropped when a later word misses.
    expect(searchRows(long, [...words.slice(0, 30), 'w39'])).toEqual([0, 1]);
  });

  it('finds nothing in a segment lacking a query word', () => {
    expect(search('zzz')).toEqual([]);
    expect(search('budget zzz')).toEqual([]);
    expect(searchRows(segment([]), ['budget'])).toEqual([]);
    expect(searchRows(segment(['', '...']), ['a'])).toEqual([]);
  });

  it('finds nothing with no query words or no segment', () => {
    expect(queryNeedles(' ,, ')).toEqual([]);
    expect(searchRows(record, [])).toEqual([]);
    expect(searchRows(undefined, ['budget'])).toEqual([]);
  });

  it('matches a plain reference for any rows and any number of query words', () => {
    const vocabulary = ['budget', 'budgetary', 'bud', 'vote', 'voter', 'debat', 'bill', 'session'];
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
    ];
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom(...vocabulary), { maxLength: 6 }), { maxLength: 20 }),
        fc.array(fc.constantFrom(...needlePool), { maxLength: 70 }),
        (rows, needles) => {
          const expected = rows.flatMap((words, i) =>
            needles.every((n) => words.some((w) => w.startsWith(n))) && needles.length > 0 ? [i] : [],
          );
          expect(searchRows(segment(rows.map((words) => words.join(' '))), needles)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
