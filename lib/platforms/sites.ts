import type { PlatformId } from './types';

/** Which platform a page belongs to, by host. Mastodon instances are the user's own, added at run time. */
const HOSTS: ReadonlyMap<string, PlatformId> = new Map(
  Object.entries({
    'x.com': 'x',
    'twitter.com': 'x',
    'mobile.x.com': 'x',
    'mobile.twitter.com': 'x',
    'www.facebook.com': 'facebook',
    'web.facebook.com': 'facebook',
    'www.instagram.com': 'instagram',
    'www.threads.com': 'threads',
    'www.threads.net': 'threads',
    'threads.com': 'threads',
    'threads.net': 'threads',
    'www.linkedin.com': 'linkedin',
    'bsky.app': 'bluesky',
    'www.youtube.com': 'youtube',
  } satisfies Record<string, PlatformId>),
);

/** The platform of `url`, or null for any other site. */
export function platformForUrl(
  url: string | undefined,
  mastodonHosts: readonly string[] = [],
): PlatformId | null {
  if (!url) return null;
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return null;
    host = parsed.hostname;
  } catch {
    return null;
  }
  // A Map: a page on a host named "constructor" is no platform.
  return HOSTS.get(host) ?? (mastodonHosts.includes(host) ? 'mastodon' : null);
}
