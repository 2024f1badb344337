import type { UrlToken } from '../text/urls';
import type { Rule } from '../types';

/** One link per post keeps the call to action clear (GS-43); more than two is a lot. */
const ADVISED_LINKS = 2;

/**
 * More links than the platform accepts (Threads: 5), more than reads well, or any link on Instagram,
 * where links in captions are not clickable.
 */
export const tooManyLinks: Rule = {
  id: 'too-many-links',
  check({ urls, profile, platform }) {
    if (urls.length === 0) return [];
    if (platform === 'instagram') {
      const first = urls[0]!;
      return [
        {
          id: 'too-many-links',
          severity: 'warning',
          range: [first.start, first.end],
          params: { variant: 'not-clickable', count: urls.length },
        },
      ];
    }
    const unique = new Set(urls.map(linkKey));
    const hard = profile.maxLinks;
    const over = hard !== undefined && unique.size > hard;
    const max = over ? hard : ADVISED_LINKS;
    if (unique.size <= max) return [];
    const first = urls[Math.min(max, urls.length - 1)]!;
    const last = urls[urls.length - 1]!;
    return [
      {
        id: 'too-many-links',
        severity: over ? 'error' : 'warning',
        range: [first.start, last.end],
        params: { variant: over ? 'hard' : 'many', count: unique.size, max, platform: profile.label },
      },
    ];
  },
};

/** The same page however it is written: no scheme, no "www.", no trailing slash, lower case. */
function linkKey(u: UrlToken): string {
  let t = u.text.toLowerCase();
  if (t.startsWith('https://')) t = t.slice(8);
  else if (t.startsWith('http://')) t = t.slice(7);
  if (t.startsWith('www.')) t = t.slice(4);
  return t.endsWith('/') ? t.slice(0, -1) : t;
}
