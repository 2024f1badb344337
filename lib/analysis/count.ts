import twitterText, { type ParseTweetOptions } from 'twitter-text';
import type { PlatformProfile } from '../platforms/types';
import { codePointCount, codePointOffset, safeBoundary } from './text/code-points';
import { graphemeCount, graphemeOffset } from './text/graphemes';
import { twitterWeight } from './text/twitter-weight';
import { findMentions } from './text/mentions';
import { findUrls, type UrlToken } from './text/urls';

/** How long a draft is in its platform's own unit, against the limit that applies. */
export interface DraftLength {
  used: number;
  limit: number;
  /** Negative when the draft is over the limit. */
  remaining: number;
}

/** A {@link DraftLength} plus where the text starts to run over, for highlighting. */
export interface DraftMeasure extends DraftLength {
  /** UTF-16 index of the first character past the limit; absent when the draft fits. */
  overflowAt?: number;
}

export interface CountOptions {
  /** A limit that replaces the profile's (a Mastodon instance's own, X's paid tiers). */
  limit?: number;
  /**
   * Mastodon's content warning: it counts toward the post's own limit, as it is (its links are not
   * shortened): `[spoiler_text, countable_text(text)]` in the server's status_length_validator.rb,
   * `countableText(text) + spoilerText` in the web composer's counter. Other platforms have none.
   */
  contentWarning?: string;
}

/** twitter-text's v3 configuration (the one x.com uses), with the limit made adjustable. */
const TWITTER_V3: Required<ParseTweetOptions> = {
  version: 3,
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  emojiParsingEnabled: true,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
};

/** Counts `text` by the platform's own rules. */
export function countDraft(text: string, profile: PlatformProfile, options: CountOptions = {}): DraftLength {
  const { used, limit, remaining } = measureDraft(text, profile, options);
  return { used, limit, remaining };
}

/** Like {@link countDraft}, and also says where the text passes the limit. */
export function measureDraft(
  text: string,
  profile: PlatformProfile,
  options: CountOptions = {},
): DraftMeasure {
  const limit = validLimit(options.limit) ?? profile.maxLength;
  switch (profile.counting) {
    case 'twitter':
      return measureTwitter(text, limit, profile.urlLength ?? TWITTER_V3.transformedURLLength);
    case 'graphemes':
      return measureWeighted(text, limit, blueskyLinks(text), graphemeCount, graphemeOffset);
    case 'mastodon': {
      const warning = codePointCount(options.contentWarning ?? '');
      // The text has what the warning leaves of the limit; where it runs over is a place in the text
      // (none when the warning alone is too long: there is nothing in the text to mark).
      const body = measureWeighted(
        text,
        Math.max(0, limit - warning),
        mastodonFixed(text, profile.urlLength ?? 23),
        codePointCount,
        codePointOffset,
      );
      const used = body.used + warning;
      return { ...body, used, limit, remaining: limit - used };
    }
    case 'utf16':
      return finish(text.length, limit, () => safeBoundary(text, limit));
  }
}

function validLimit(limit: number | undefined): number | undefined {
  return limit !== undefined && Number.isFinite(limit) && limit > 0 ? Math.floor(limit) : undefined;
}

function finish(used: number, limit: number, overflowAt: () => number): DraftMeasure {
  const out: DraftMeasure = { used, limit, remaining: limit - used };
  if (used > limit) out.overflowAt = overflowAt();
  return out;
}

function measureTwitter(text: string, limit: number, urlLength: number): DraftMeasure {
  if (!twitterTextIsSafe(text)) {
    const w = twitterWeight(text, limit, urlLength);
    return finish(w.weightedLength, limit, () =>
      safeBoundary(text, Math.min(text.length, Math.max(0, w.overflowAt))),
    );
  }
  const parsed = twitterText.parseTweet(text, {
    ...TWITTER_V3,
    maxWeightedTweetLength: limit,
    transformedURLLength: urlLength,
  });
  // validRangeEnd indexes the NFC text; for text that NFC changes this is close, and clamped to be safe.
  return finish(parsed.weightedLength, limit, () =>
    safeBoundary(text, Math.min(text.length, parsed.validRangeEnd + 1)),
  );
}

/** Longer than any X post can be (25,000 on paid tiers), with room to spare. */
const TWITTER_TEXT_MAX = 30000;
/** twitter-text's link pattern takes quadratic time on long runs without spaces ("a.b.c.d…"). */
const TWITTER_TEXT_MAX_RUN = 300;

/** True when parseTweet is known to answer quickly on `text`. */
function twitterTextIsSafe(text: string): boolean {
  if (text.length > TWITTER_TEXT_MAX) return false;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029)
      run = 0;
    else if (++run > TWITTER_TEXT_MAX_RUN) return false;
  }
  return true;
}

/** A part of the draft that counts as a fixed number of units (a link, a mention's domain). */
interface FixedSpan {
  start: number;
  end: number;
  weight: number;
}

function measureWeighted(
  text: string,
  limit: number,
  fixed: readonly FixedSpan[],
  count: (s: string) => number,
  offset: (s: string, n: number) => number,
): DraftMeasure {
  if (fixed.length === 0) return finish(count(text), limit, () => offset(text, limit));
  const chunks: number[] = [];
  let used = 0;
  let pos = 0;
  for (const f of fixed) {
    const c = count(text.slice(pos, f.start));
    chunks.push(c);
    used += c + f.weight;
    pos = f.end;
  }
  used += count(text.slice(pos));
  return finish(used, limit, () => {
    let acc = 0;
    let at = 0;
    for (let i = 0; i < fixed.length; i++) {
      const f = fixed[i]!;
      const c = chunks[i]!;
      if (acc + c > limit) return at + offset(text.slice(at, f.start), limit - acc);
      acc += c;
      if (acc + f.weight > limit) return f.start;
      acc += f.weight;
      at = f.end;
    }
    return at + offset(text.slice(at), limit - acc);
  });
}

/**
 * Mastodon's composer counts every http(s) link as `urlLength` and `@user@domain` as `@user`.
 * Its web counter counts code points (the server counts graphemes, which is never more).
 */
function mastodonFixed(text: string, urlLength: number): FixedSpan[] {
  const urls = findUrls(text).filter((u) => u.scheme);
  const spans: FixedSpan[] = urls.map((u) => ({ start: u.start, end: u.end, weight: urlLength }));
  for (const m of findMentions(text, urls)) {
    if (m.domain === undefined) continue;
    const domainStart = m.end - m.domain.length - 1;
    spans.push({ start: domainStart, end: m.end, weight: 0 });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * bsky.app counts a link as the short form it displays: host, then at most 13 characters of the path
 * and "..." when the path is longer than 15 (shortenLinks/toShortUrl in the social-app composer).
 */
function blueskyLinks(text: string): FixedSpan[] {
  return findUrls(text).map((u) => ({ start: u.start, end: u.end, weight: graphemeCount(shortUrl(u)) }));
}

function shortUrl(u: UrlToken): string {
  try {
    const url = new URL(u.scheme ? u.text : `https://${u.text}`);
    const path = (url.pathname === '/' ? '' : url.pathname) + url.search + url.hash;
    return path.length > 15 ? `${url.host}${path.slice(0, 13)}...` : url.host + path;
  } catch {
    return u.text;
  }
}
