/** Hosts of the other platforms: never a Mastodon instance, whatever the user types. */
const RESERVED = new Set([
  'x.com',
  'twitter.com',
  'www.facebook.com',
  'facebook.com',
  'www.instagram.com',
  'instagram.com',
  'www.threads.com',
  'www.threads.net',
  'threads.com',
  'threads.net',
  'www.linkedin.com',
  'linkedin.com',
  'bsky.app',
  'www.youtube.com',
  'youtube.com',
]);

/**
 * The hostname of a Mastodon instance as the user may type it ("mastodon.social",
 * "https://Mastodon.Social/@parliament", "@someone@social.example"), lower-cased and in ASCII (IDN
 * punycode), or null when it cannot be one: no dot, a port, credentials, a non-https scheme, an IP
 * address, or one of the other platforms' sites.
 */
export function normalizeInstanceHost(input: string): string | null {
  let text = input.trim();
  // A handle: @user@instance.
  const handle = /^@?[^@\s/]+@([^@\s/]+)$/.exec(text);
  if (handle?.[1]) text = handle[1];
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return null;
  const host = url.hostname.replace(/\.$/, '');
  if (!host.includes('.') || host.length > 253) return null;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  if (!/^[a-z0-9.-]+$/.test(host) || host.split('.').some((label) => label === '' || label.length > 63)) {
    return null;
  }
  return RESERVED.has(host) ? null : host;
}

/** The host permission (and content-script match pattern) for an instance. */
export function instanceOrigin(host: string): string {
  return `https://${host}/*`;
}
