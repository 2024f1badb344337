import type { RawFinding, Rule } from '../types';

/** Public link shorteners. Platform-owned short links (youtu.be, t.co) are not flagged. */
const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'tinyurl.com',
  'ow.ly',
  'buff.ly',
  'goo.gl',
  'is.gd',
  'rebrand.ly',
  'shorturl.at',
  'cutt.ly',
  'tiny.cc',
  'bl.ink',
  't.ly',
  'rb.gy',
  's.id',
  'v.gd',
  'shorte.st',
  'adf.ly',
  'dlvr.it',
  'trib.al',
  'soo.gd',
  'po.st',
  'snip.ly',
  'lnkd.in',
  'tiny.one',
  'shorturl.com',
  'bitly.com',
  'urlz.fr',
  'huit.re',
]);

/**
 * A link through a shortener: it hides where it goes (which looks like spam and phishing, and
 * undermines trust in an official account), and X and Mastodon count every link as 23 anyway.
 */
export const linkShortener: Rule = {
  id: 'link-shortener',
  check({ urls }) {
    const out: RawFinding[] = [];
    for (const u of urls) {
      if (!SHORTENERS.has(u.host)) continue;
      out.push({
        id: 'link-shortener',
        severity: 'warning',
        range: [u.start, u.end],
        params: { host: u.host },
      });
    }
    return out;
  },
};
