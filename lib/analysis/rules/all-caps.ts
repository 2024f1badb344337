import { KNOWN_ACRONYMS } from '../lexicon/acronyms';
import type { RawFinding, Rule } from '../types';

/** A single capitalised word this long is shouting rather than an acronym. */
const SHOUTED_WORD = 6;

/**
 * Words in capitals: harder to read, read letter by letter by some screen readers, and taken as
 * shouting. Acronyms are left to the acronym check.
 */
export const allCaps: Rule = {
  id: 'all-caps',
  check({ words, capsRuns }) {
    const out: RawFinding[] = [];
    for (const run of capsRuns) {
      const first = words[run.firstWord]!;
      const last = words[run.firstWord + run.words - 1]!;
      const shouted =
        (run.words >= 3 && run.letters >= 10) ||
        (run.words <= 2 &&
          words
            .slice(run.firstWord, run.firstWord + run.words)
            .some(
              (w) => w.text.length >= SHOUTED_WORD && !/\d/u.test(w.text) && !KNOWN_ACRONYMS.has(w.text),
            ));
      if (!shouted) continue;
      out.push({
        id: 'all-caps',
        severity: 'warning',
        range: [first.start, last.end],
        params: { words: run.words },
      });
    }
    return out;
  },
};
