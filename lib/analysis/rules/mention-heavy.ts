import type { Rule } from '../types';

const MANY = 5;

/**
 * So many @mentions that the post reads as a list of handles: hard to follow, read out one by one by
 * screen readers, and it can look like tagging for reach (GS-68: mentions go at the end).
 */
export const mentionHeavy: Rule = {
  id: 'mention-heavy',
  check({ mentions, words }) {
    const n = mentions.length;
    if (n < 3 || (n < MANY && words.length >= n * 4)) return [];
    const first = mentions[0]!;
    const last = mentions[n - 1]!;
    return [
      { id: 'mention-heavy', severity: 'warning', range: [first.start, last.end], params: { count: n } },
    ];
  },
};
