import type { RawFinding, Rule } from '../types';

/** Public-sector plain-language guides cap sentences at 20–25 words (GS-41). */
export const MAX_SENTENCE_WORDS = 25;

/** A sentence too long to take in at a glance in a feed. */
export const longSentence: Rule = {
  id: 'long-sentence',
  check({ sentences }) {
    const out: RawFinding[] = [];
    for (const s of sentences) {
      if (s.words <= MAX_SENTENCE_WORDS) continue;
      out.push({
        id: 'long-sentence',
        severity: 'warning',
        range: [s.start, s.end],
        params: { words: s.words, max: MAX_SENTENCE_WORDS },
      });
    }
    return out;
  },
};
