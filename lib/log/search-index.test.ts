import { describe, expect, it } from 'vitest';
import {
  applySearchChanges,
  bucketOf,
  SEARCH_BUCKETS,
  searchBuckets,
  searchLine,
  type SearchBucket,
} from './search-index';

describe('search index', () => {
  it('puts each id in a fixed bucket', () => {
    for (const id of ['e1', 'e2', crypto.randomUUID()]) {
      expect(bucketOf(id)).toBe(bucketOf(id));
      expect(bucketOf(id)).toBeGreaterThanOrEqual(0);
      expect(bucketOf(id)).toBeLessThan(SEARCH_BUCKETS);
    }
  });

  it('finds entries by word prefixes, ignoring case and accents, at word starts only', () => {
    const buckets = applySearchChanges(new Map(), {
      set: [
        { id: 'a', text: 'Le DÉBAT sur le #Budget' },
        { id: 'b', text: 'Budget vote today' },
        { id: 'c', text: 'nothing here' },
      ],
    });
    expect(searchLine('Le DÉBAT sur le #Budget')).toBe(' le debat sur budget');
    expect([...searchBuckets(buckets, 'budg')].sort()).toEqual(['a', 'b']);
    expect([...searchBuckets(buckets, 'débat BUDGET')]).toEqual(['a']);
    expect([...searchBuckets(buckets, 'udget')]).toEqual([]);
    expect([...searchBuckets(buckets, ' ,, ')]).toEqual([]);
  });

  it('replaces and removes lines in the buckets they live in', () => {
    const first = applySearchChanges(new Map(), {
      set: [
        { id: 'a', text: 'old words' },
        { id: 'b', text: 'keep' },
      ],
    });
    const existing = new Map<number, SearchBucket>(first.map((b) => [b.bucket, b]));
    const next = applySearchChanges(existing, { set: [{ id: 'a', text: 'new words' }], remove: ['b'] });
    for (const b of next) existing.set(b.bucket, b);
    const all = [...existing.values()];
    expect([...searchBuckets(all, 'new')]).toEqual(['a']);
    expect([...searchBuckets(all, 'old')]).toEqual([]);
    expect([...searchBuckets(all, 'keep')]).toEqual([]);
  });
});
