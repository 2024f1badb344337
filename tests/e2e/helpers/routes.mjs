/**
 * Answers the social sites' real URLs from the local fixture apps (tests/e2e/fixtures), so end-to-end
 * tests run in Chromium with no internet. Anything that is not a fixture, or a server the test harness
 * started on 127.0.0.1, is aborted as 'internetdisconnected' at once, so nothing waits on DNS, and its
 * URL is recorded.
 *
 * Build the fixtures first: `npm run build:fixtures`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const DIST = path.join(FIXTURES, 'dist');

/** Fixture site → the hosts that serve it. */
export const SITE_HOSTS = {
  x: ['x.com', 'twitter.com'],
  linkedin: ['www.linkedin.com'],
  facebook: ['www.facebook.com'],
  instagram: ['www.instagram.com'],
  threads: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  bluesky: ['bsky.app'],
  mastodon: ['mastodon.example'],
  youtube: ['www.youtube.com'],
};

/** A page per site where a composer is (or opens from), for tests that just need "the site". */
export const SITE_URLS = {
  x: 'https://x.com/home',
  linkedin: 'https://www.linkedin.com/feed/',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  threads: 'https://www.threads.com/',
  bluesky: 'https://bsky.app/',
  mastodon: 'https://mastodon.example/home',
  youtube: 'https://www.youtube.com/@somechannel/community',
};

/** An unsupported site with editable fields but no supported composer. */
export const EXAMPLE_URL = 'https://example.com/';

/** Where each site's bundle is served, on the site's own origin. */
const ASSET_PATH = /^\/__fixture__\/([a-z0-9-]+\.(?:js|css))$/;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * @param {string} file absolute path
 * @returns {{ status: number, contentType: string, body: string }}
 */
function serveFile(file) {
  const contentType = CONTENT_TYPES[/** @type {keyof typeof CONTENT_TYPES} */ (path.extname(file))];
  try {
    return { status: 200, contentType, body: readFileSync(file, 'utf8') };
  } catch {
    return {
      status: 500,
      contentType: 'text/plain; charset=utf-8',
      body: `Fixture file ${path.relative(process.cwd(), file)} is missing: run \`npm run build:fixtures\`.`,
    };
  }
}

/**
 * Mastodon's public instance API, the two versions the extension may ask for.
 * @param {string} host
 * @param {number} maxCharacters
 * @param {'v1' | 'v2'} version
 */
function mastodonInstance(host, maxCharacters, version) {
  const configuration = {
    statuses: { max_characters: maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 },
    media_attachments: { description_limit: 1500, image_size_limit: 16777216 },
  };
  return version === 'v1'
    ? { uri: host, title: 'Mastodon fixture', version: '4.4.0', configuration }
    : { domain: host, title: 'Mastodon fixture', version: '4.4.0', configuration };
}

/**
 * Install the fixture router on a Playwright browser context.
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {{
 *   log?: string[],
 *   served?: string[],
 *   mastodon?: { hosts?: string[], maxCharacters?: number | null },
 *   servers?: string[],
 * }} [options]
 *   `log` receives the URL of every request that was aborted (would have gone to the internet);
 *   `served` the URL of every request answered from a fixture.
 *   `mastodon.hosts` are extra instance hosts (besides mastodon.example) that serve the Mastodon
 *   fixture; `mastodon.maxCharacters` is the limit the instance API reports (default 1000), or null
 *   to make the instance API answer 404.
 *   `servers` are the origins of servers the test harness started on 127.0.0.1 (a team log's
 *   CouchDB): requests to them go through, the extension's service worker's included.
 */
export async function routeSites(context, { log, served, mastodon = {}, servers = [] } = {}) {
  /** @type {Map<string, string>} host → fixture site */
  const siteByHost = new Map();
  for (const [site, hosts] of Object.entries(SITE_HOSTS))
    for (const host of hosts) siteByHost.set(host, site);
  for (const host of mastodon.hosts ?? []) siteByHost.set(host, 'mastodon');
  const maxCharacters = mastodon.maxCharacters === undefined ? 1000 : mastodon.maxCharacters;

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
      return route.continue();
    }
    if (url.hostname === '127.0.0.1' && servers.includes(url.origin)) return route.continue();

    /** @param {{ status?: number, contentType: string, body: string, headers?: Record<string, string> }} response */
    const fulfill = (response) => {
      served?.push(url.href);
      return route.fulfill(response);
    };

    if (url.protocol === 'https:' && url.host === 'example.com' && request.resourceType() === 'document') {
      return fulfill(serveFile(path.join(FIXTURES, 'static', 'example.html')));
    }

    const site = url.protocol === 'https:' ? siteByHost.get(url.host) : undefined;
    if (site) {
      const asset = ASSET_PATH.exec(url.pathname);
      if (asset?.[1]) return fulfill(serveFile(path.join(DIST, asset[1])));

      if (site === 'mastodon') {
        const api = /^\/api\/(v1|v2)\/instance\/?$/.exec(url.pathname);
        if (api) {
          const headers = { 'access-control-allow-origin': '*' };
          if (maxCharacters === null) {
            return fulfill({
              status: 404,
              contentType: 'application/json',
              headers,
              body: '{"error":"Not found"}',
            });
          }
          const version = /** @type {'v1' | 'v2'} */ (api[1]);
          const body = JSON.stringify(mastodonInstance(url.host, maxCharacters, version));
          return fulfill({ status: 200, contentType: 'application/json; charset=utf-8', headers, body });
        }
      }

      // Every path is the single-page app; it picks the screen from location.pathname.
      if (request.resourceType() === 'document') return fulfill(serveFile(path.join(DIST, `${site}.html`)));
    }

    log?.push(url.href);
    return route.abort('internetdisconnected');
  });
}
