import type { PostTypeRecogniser } from './types';

/** "1/" or "1/6" opening the post, a "(1/6)" or "🧵" in its first line, or "a thread": the first post of a thread. */
const OPENER =
  /^\s*\(?1\s?\/\s?\d{0,2}\)?(?=\s|$)|(?:^|\s)1\/(?=\s|$)|\(1\/\d{1,2}\)|🧵|\ba thread\b|\bun fil\b/iu;

/** The first post of a thread. */
export const threadOpener: PostTypeRecogniser = {
  id: 'thread-opener',
  strong: [],
  detect: ({ text }) => OPENER.exec(text.split('\n', 1)[0] ?? '')?.[0].trim(),
};
