import { findEmoji } from './emoji';
import { findUrls } from './urls';

/** twitter-text v3 weights: code points in these ranges weigh 1, every other one 2. */
const LIGHT: readonly (readonly [number, number])[] = [
  [0, 4351],
  [8192, 8205],
  [8208, 8223],
  [8242, 8247],
];

function weightOf(cp: number): number {
  for (const [lo, hi] of LIGHT) if (cp >= lo && cp <= hi) return 1;
  return 2;
}

/** The weighted length of a post, and the UTF-16 index (into the NFC text) where `limit` is passed. */
export interface TwitterWeight {
  weightedLength: number;
  /** Index of the first character past the limit, or -1 when the post fits. */
  overflowAt: number;
}

/**
 * A port of twitter-text's parseTweet (v3: NFC first, every link 23, every emoji 2, other code points
 * 1 or 2 by range), using Rostrum's own link and emoji scanners. Used for drafts on which twitter-text's
 * link pattern takes quadratic time (very long runs without spaces); tests check it agrees with
 * parseTweet on ordinary drafts.
 */
export function twitterWeight(text: string, limit: number, urlLength: number): TwitterWeight {
  const nfc = text.normalize('NFC');
  const urls = findUrls(nfc);
  const emoji = findEmoji(nfc);
  let weight = 0;
  let overflowAt = -1;
  let u = 0;
  let e = 0;
  let i = 0;
  while (i < nfc.length) {
    let next: number;
    let w: number;
    if (u < urls.length && urls[u]!.start === i) {
      w = urlLength;
      next = urls[u++]!.end;
    } else if (e < emoji.length && emoji[e]!.start === i) {
      w = 2;
      next = emoji[e++]!.end;
    } else {
      const cp = nfc.codePointAt(i)!;
      w = weightOf(cp);
      next = i + (cp > 0xffff ? 2 : 1);
    }
    while (u < urls.length && urls[u]!.start < next) u++;
    while (e < emoji.length && emoji[e]!.start < next) e++;
    weight += w;
    if (overflowAt === -1 && weight > limit) overflowAt = i;
    i = next;
  }
  return { weightedLength: weight, overflowAt };
}
