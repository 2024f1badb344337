import type { PlatformId } from '../../platforms/types';
import type { RawFinding, Rule } from '../types';

/** Platforms where a post can be continued as a thread. */
const THREADED: ReadonlySet<PlatformId> = new Set(['x', 'threads', 'bluesky', 'mastodon']);

// "1/5", "(1/5)", "1/" or "1/n" at the very start or end of the post (a date or a score mid-text is left alone).
const AT_START = /^\s*\(?(\d{1,2})\s?\/\s?(\d{1,2}|n)?\)?(?=\s|$)/u;
const EDGE = 48;
const AT_END = /(?<=^|\s)\(?(\d{1,2})\s?\/\s?(\d{1,2}|n)?\)?\s*$/u;

/**
 * Thread numbering: on a platform without threads it means nothing; where the numbers do not add up
 * ("6/5") they confuse; and "1/5" may be read aloud as a fraction or a date, so "(1 of 5)" or a
 * thread emoji reads better.
 */
export const threadNumbering: Rule = {
  id: 'thread-numbering',
  check({ text, platform, profile }) {
    // Only the ends of the post matter; looking at a bounded slice keeps this cheap on huge drafts.
    const tailFrom = Math.max(0, text.length - EDGE);
    const tail = text.slice(tailFrom);
    const atEnd = AT_END.exec(tail);
    const m =
      atEnd !== null && (tailFrom === 0 || atEnd.index > 0) ? atEnd : AT_START.exec(text.slice(0, EDGE));
    if (m === null) return [];
    const offset = m === atEnd ? tailFrom : 0;
    const lead = m[0].length - m[0].trimStart().length;
    const start = offset + m.index + lead;
    const end = offset + m.index + m[0].trimEnd().length;
    if (end <= start) return [];
    const n = Number(m[1]);
    const total = m[2] === undefined || m[2] === 'n' ? undefined : Number(m[2]);
    const variant = !THREADED.has(platform)
      ? 'no-threads'
      : total !== undefined && (n > total || n === 0)
        ? 'inconsistent'
        : 'fraction';
    const finding: RawFinding = {
      id: 'thread-numbering',
      severity: variant === 'fraction' ? 'info' : 'warning',
      range: [start, end],
      params: { variant, number: text.slice(start, end), platform: profile.label },
    };
    return [finding];
  },
};
