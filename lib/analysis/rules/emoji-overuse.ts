import type { RawFinding, Rule } from '../types';

/** More emoji than this in one post is a lot for screen-reader users, who hear each one's full name. */
const MAX_EMOJI = 3;
const RUN = 3;

/**
 * Too many emoji, long strings of them, or emoji used as bullet points: each is read out by name,
 * so strings and bullets turn into noise (accessibility rule 3, GS-63).
 */
export const emojiOveruse: Rule = {
  id: 'emoji-overuse',
  check({ emoji, text }) {
    if (emoji.length === 0) return [];
    const out: RawFinding[] = [];
    // Strings: emoji separated by nothing but spaces.
    let runStart = 0;
    for (let i = 1; i <= emoji.length; i++) {
      const prev = emoji[i - 1]!;
      const cur = emoji[i];
      const joined = cur !== undefined && /^[ \t\u00a0]*$/u.test(text.slice(prev.end, cur.start));
      if (joined) continue;
      if (i - runStart >= RUN) {
        out.push({
          id: 'emoji-overuse',
          severity: 'warning',
          range: [emoji[runStart]!.start, prev.end],
          params: { variant: 'run', count: i - runStart },
        });
      }
      runStart = i;
    }
    // Bullets: two or more lines that start with an emoji.
    const bullets = emoji.filter((e) => startsLine(text, e.start));
    if (bullets.length >= 2) {
      out.push({
        id: 'emoji-overuse',
        severity: 'warning',
        range: [bullets[0]!.start, bullets[0]!.end],
        params: { variant: 'bullets', count: bullets.length },
      });
    }
    if (out.length === 0 && emoji.length > MAX_EMOJI) {
      const extra = emoji[MAX_EMOJI]!;
      out.push({
        id: 'emoji-overuse',
        severity: 'info',
        range: [extra.start, extra.end],
        params: { variant: 'many', count: emoji.length, max: MAX_EMOJI },
      });
    }
    return out;
  },
};

function startsLine(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}
