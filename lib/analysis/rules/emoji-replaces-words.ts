import type { RawFinding, Rule } from '../types';

const WORD_BEFORE = /[\p{L}\p{N}][ \t\u00a0]?$/u;
// The sentence goes on with a lower-case word (a capital usually starts a new sentence; a number
// after a clock or ballot box usually labels it).
const WORD_AFTER = /^[ \t\u00a0]?\p{Ll}/u;

/**
 * An emoji in the middle of a sentence, standing for a word ("Join us at 🏛️ on Monday"): screen
 * readers say its official name, which rarely fits, and some readers do not know what it stands for.
 */
export const emojiReplacesWords: Rule = {
  id: 'emoji-replaces-words',
  check({ emoji, text }) {
    const out: RawFinding[] = [];
    for (const e of emoji) {
      const before = text.slice(Math.max(0, e.start - 2), e.start);
      const after = text.slice(e.end, e.end + 2);
      if (!WORD_BEFORE.test(before) || !WORD_AFTER.test(after)) continue;
      out.push({
        id: 'emoji-replaces-words',
        severity: 'warning',
        range: [e.start, e.end],
        params: { emoji: e.text },
      });
    }
    return out;
  },
};
