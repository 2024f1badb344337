/** The relevance bench's measures (bench/relevance/metrics.ts), on cases worked out by hand. */
import { describe, expect, it } from 'vitest';
import { dcg, ndcgAt, scoreDraft, summarise } from '../../bench/relevance/metrics';

const grades = { a: 2, b: 2, c: 1, d: 1 };

describe('nDCG@3', () => {
  it('discounts by log2(rank + 1)', () => {
    // 2/1 + 1/log2(3) + 0/2
    expect(dcg([2, 1, 0])).toBeCloseTo(2 + 1 / Math.log2(3), 10);
  });

  it('is 1 for the ideal order and less for a worse one', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades)).toBeCloseTo(1, 10);
    expect(ndcgAt(['b', 'a', 'd'], grades)).toBeCloseTo(1, 10);
    // shown c, x, a: gains 1, 0, 2 → 1 + 0 + 2/2 = 2; ideal 2, 2, 1 → 2 + 2/log2(3) + 1/2
    expect(ndcgAt(['c', 'x', 'a'], grades)).toBeCloseTo(2 / (2.5 + 2 / Math.log2(3)), 10);
  });

  it('takes its ideal from the judgments, not from what was shown', () => {
    // Only one 1 is judged: showing it first is ideal, showing it second is 1/log2(3).
    expect(ndcgAt(['z'], { z: 1 })).toBe(1);
    expect(ndcgAt(['y', 'z'], { z: 1 })).toBeCloseTo(1 / Math.log2(3), 10);
  });

  it('looks at the first three only', () => {
    expect(ndcgAt(['x', 'y', 'w', 'a'], grades)).toBe(0);
  });

  it('scores silence 1 and anything shown 0 when nothing is relevant', () => {
    expect(ndcgAt([], {})).toBe(1);
    expect(ndcgAt(['x'], {})).toBe(0);
    expect(ndcgAt([], grades)).toBe(0);
  });
});

describe('per-draft score', () => {
  it('counts 2s, shown items, the first hit and unjudged items in the top 3', () => {
    const universe = new Set(['a', 'b', 'c', 'd', 'x']);
    expect(scoreDraft({ shown: ['a', 'new-tip', 'b', 'c'], grades, judgedUniverse: universe })).toMatchObject(
      {
        twos: 2,
        shown: 3,
        firstIsTwo: true,
        unjudged: 1,
      },
    );
    expect(scoreDraft({ shown: ['c', 'a'], grades })).toMatchObject({ twos: 1, shown: 2, firstIsTwo: false });
    expect(scoreDraft({ shown: [], grades })).toMatchObject({ twos: 0, shown: 0, firstIsTwo: false });
  });
});

describe('summary', () => {
  it('divides 2s by 3 slots per draft, and separately by items shown', () => {
    const scores = [
      scoreDraft({ shown: ['a', 'b', 'x'], grades }), // two 2s of 3 shown, first hit
      scoreDraft({ shown: ['c'], grades }), // no 2, one shown
      scoreDraft({ shown: [], grades }), // nothing shown
    ];
    const s = summarise(scores);
    expect(s.drafts).toBe(3);
    expect(s.slotShareOfTwos).toBeCloseTo(2 / 9, 10);
    expect(s.shownShareOfTwos).toBeCloseTo(2 / 4, 10);
    expect(s.firstHits).toBe(1);
    expect(s.empty).toBe(1);
    // nDCG: (2 + 2/log2 3) / (2 + 2/log2 3 + 1/2), then 1/ideal, then 0
    const ideal = 2.5 + 2 / Math.log2(3);
    expect(s.ndcg).toBeCloseTo(((2 + 2 / Math.log2(3)) / ideal + 1 / ideal + 0) / 3, 10);
  });

  it('has no shown share when nothing was shown at all', () => {
    expect(summarise([scoreDraft({ shown: [], grades })]).shownShareOfTwos).toBeNull();
  });
});
