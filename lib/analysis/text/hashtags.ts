import { overlapsAny, type Token } from './span';

/** A hashtag; `body` is the text after the # sign. */
export interface HashtagToken extends Token {
  body: string;
}

// Not after a letter, digit or "&" (so "AT&T#1" and "a#b" are not tags); the body must hold a letter.
const HASHTAG_RE = /(?<![\p{L}\p{M}\p{N}_&#＃\/])[#＃](?![\uFE0F\u20E3])([\p{L}\p{M}\p{N}_]+)/gu;
const HAS_LETTER = /\p{L}/u;

/** Hashtags in `text`, in order, leaving out those inside links. */
export function findHashtags(text: string, urls: readonly Token[]): HashtagToken[] {
  const out: HashtagToken[] = [];
  HASHTAG_RE.lastIndex = 0;
  for (let m = HASHTAG_RE.exec(text); m !== null; m = HASHTAG_RE.exec(text)) {
    const body = m[1] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    if (!HAS_LETTER.test(body) || overlapsAny(start, end, urls)) continue;
    out.push({ start, end, text: m[0], body });
  }
  return out;
}
