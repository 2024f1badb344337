import { parseTweet } from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { PROFILES } from '../platforms/profiles';
import { PLATFORM_IDS } from '../platforms/types';
import { countDraft, measureDraft } from './count';

const FAMILY = '👩‍👩‍👧‍👦'; // one ZWJ sequence: 7 code points, 11 UTF-16 units, 1 grapheme
const FLAG = '🇫🇷';
const E_ACUTE_DECOMPOSED = 'e\u0301'; // 2 code points, 1 grapheme, NFC "é"

describe('profiles', () => {
  it('has one profile per platform, keyed by its own id', () => {
    for (const id of PLATFORM_IDS) expect(PROFILES[id].id).toBe(id);
  });

  it('holds the published limits', () => {
    expect(PROFILES.x.maxLength).toBe(280);
    expect(PROFILES.bluesky.maxLength).toBe(300);
    expect(PROFILES.mastodon.maxLength).toBe(500);
    expect(PROFILES.threads).toMatchObject({ maxLength: 500, maxLinks: 5 });
    expect(PROFILES.linkedin).toMatchObject({ maxLength: 3000, foldAt: 210 });
    expect(PROFILES.facebook.maxLength).toBe(63206);
    expect(PROFILES.instagram).toMatchObject({ maxLength: 2200, maxHashtags: 5 });
  });
});

describe('X (twitter-text v3)', () => {
  const x = PROFILES.x;
  it.each([
    ['plain ASCII', 'Committee meets at 10:00 today.'],
    [
      'a URL with a scheme',
      'Read the report: https://committees.parliament.uk/work/1234/some-very-long-inquiry-name/publications/',
    ],
    ['a URL without a scheme', 'Details at parliament.uk/business and www.assemblee-nationale.fr'],
    ['CJK (weight 2)', '議会は本日、予算案を審議しました。'],
    ['Arabic (weight 2)', 'يناقش البرلمان اليوم مشروع قانون الميزانية'],
    ['emoji and a ZWJ sequence (weight 2 each)', `Family day ${FAMILY} ${FLAG} 🏛️`],
    ['combining marks (NFC first)', `Assembl${E_ACUTE_DECOMPOSED}e nationale`],
    ['a lone surrogate', 'broken \uD83C text'],
  ])('matches parseTweet for %s', (_name, text) => {
    expect(countDraft(text, x).used).toBe(parseTweet(text).weightedLength);
  });

  it('counts every URL as 23 whatever its length', () => {
    const short = countDraft('https://a.co', x).used;
    const long = countDraft(`https://example.org/${'a'.repeat(200)}`, x).used;
    expect(short).toBe(23);
    expect(long).toBe(23);
  });

  it('counts CJK characters double', () => {
    expect(countDraft('議会', x).used).toBe(4);
  });

  it('takes a paid-tier limit and says where the text runs over', () => {
    const text = 'a'.repeat(300);
    expect(countDraft(text, x)).toEqual({ used: 300, limit: 280, remaining: -20 });
    expect(countDraft(text, x, { limit: 25000 })).toEqual({ used: 300, limit: 25000, remaining: 24700 });
    expect(measureDraft(text, x).overflowAt).toBe(280);
  });
});

describe('Bluesky (graphemes)', () => {
  const b = PROFILES.bluesky;
  it.each([
    ['ASCII', 'Hello', 5],
    ['a ZWJ family is one grapheme', FAMILY, 1],
    ['a flag is one grapheme', FLAG, 1],
    ['a decomposed é is one grapheme', E_ACUTE_DECOMPOSED, 1],
    ['CJK counts one each', '議会', 2],
    ['CRLF is one grapheme', 'a\r\nb', 3],
  ])('%s', (_name, text, expected) => {
    expect(countDraft(text, b).used).toBe(expected);
  });

  it('counts links as the short form bsky.app shows', () => {
    // host + first 13 characters of a path longer than 15 + "..."
    expect(countDraft('https://www.parliament.uk/business/committees/some-inquiry', b).used).toBe(
      'www.parliament.uk/business/com...'.length,
    );
    expect(countDraft('https://parliament.uk/', b).used).toBe('parliament.uk'.length);
  });

  it('finds the overflow at a grapheme boundary', () => {
    const text = `${'a'.repeat(299)}${FAMILY}${FAMILY}`;
    const m = measureDraft(text, b);
    expect(m.used).toBe(301);
    expect(m.overflowAt).toBe(299 + FAMILY.length);
  });
});

describe('Mastodon', () => {
  const m = PROFILES.mastodon;
  it('counts code points', () => {
    expect(countDraft(`${FAMILY}é`, m).used).toBe(8);
    expect(countDraft('議会', m).used).toBe(2);
  });

  it('counts every http(s) link as 23', () => {
    expect(countDraft(`Report: https://example.org/${'x'.repeat(100)}`, m).used).toBe('Report: '.length + 23);
  });

  it('counts @user@domain as @user', () => {
    expect(countDraft('Thanks @clerk@social.parliament.example!', m).used).toBe('Thanks @clerk!'.length);
    expect(countDraft('Thanks @clerk!', m).used).toBe(14);
  });

  it("uses the instance's own limit", () => {
    expect(countDraft('a'.repeat(600), m, { limit: 1000 })).toEqual({
      used: 600,
      limit: 1000,
      remaining: 400,
    });
    expect(countDraft('a'.repeat(600), m)).toEqual({ used: 600, limit: 500, remaining: -100 });
  });

  it('counts the content warning toward the same limit, its links as they are', () => {
    const warning = 'Budget https://parliament.example/budget';
    expect(countDraft('Hello', m, { contentWarning: warning })).toEqual({
      used: warning.length + 5,
      limit: 500,
      remaining: 500 - warning.length - 5,
    });
    expect(countDraft('Hello', m, { contentWarning: `${FAMILY}é`, limit: 10 }).used).toBe(13);
  });

  it('marks the overflow in the text at what the content warning leaves of the limit', () => {
    const text = 'a'.repeat(495);
    expect(measureDraft(text, m).overflowAt).toBeUndefined();
    const over = measureDraft(text, m, { contentWarning: 'Budget vote' });
    expect(over).toMatchObject({ used: 506, remaining: -6, overflowAt: 489 });
    // A warning longer than the limit leaves the whole text over it.
    expect(measureDraft('abc', m, { contentWarning: 'w'.repeat(501) })).toMatchObject({
      used: 504,
      overflowAt: 0,
    });
  });

  it('has no content warning on other platforms', () => {
    expect(countDraft('Hello', PROFILES.bluesky, { contentWarning: 'Budget' }).used).toBe(5);
  });

  it('ignores a nonsensical limit', () => {
    expect(countDraft('abc', m, { limit: -5 }).limit).toBe(500);
    expect(countDraft('abc', m, { limit: Number.NaN }).limit).toBe(500);
  });
});

describe('UTF-16 platforms', () => {
  it.each([
    ['facebook', 63206],
    ['instagram', 2200],
    ['threads', 500],
    ['linkedin', 3000],
    ['youtube', 7700],
  ] as const)('%s counts UTF-16 units against %i', (id, limit) => {
    expect(countDraft(`${FAMILY}ab`, PROFILES[id])).toEqual({
      used: FAMILY.length + 2,
      limit,
      remaining: limit - FAMILY.length - 2,
    });
  });

  it('never puts the overflow inside a surrogate pair', () => {
    const text = `${'a'.repeat(499)}😀😀`;
    expect(measureDraft(text, PROFILES.threads).overflowAt).toBe(499);
  });
});

describe('X on drafts twitter-text is slow on', () => {
  const x = PROFILES.x;
  it.each([
    [
      'ordinary text',
      'The committee meets today. Watch: https://parliamentlive.tv/event/123 #PMQs @HouseofCommons',
    ],
    ['CJK and emoji', '議会は本日 👩‍👩‍👧‍👦 🇫🇷 予算案 ✅'],
    ['URLs without a scheme', 'see parliament.uk and www.senat.fr/travaux for more'],
    ['a decomposed accent', 'Assemble\u0301e'],
    ['long words', `${'x'.repeat(400)} and more`],
  ])('the own port agrees with parseTweet on %s', async (_name, text) => {
    const { twitterWeight } = await import('./text/twitter-weight');
    expect(twitterWeight(text, 280, 23).weightedLength).toBe(parseTweet(text).weightedLength);
  });

  it('answers quickly on a long dotted run', () => {
    const text = 'a.'.repeat(20000);
    const t = performance.now();
    const m = measureDraft(text, x);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(m.used).toBeGreaterThan(280);
    expect(m.overflowAt).toBeGreaterThan(0);
  });
});
