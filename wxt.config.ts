import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, AliasOptions, Plugin } from 'vite';
import { mergeLocaleFragments, type MessageTable } from './lib/i18n/merge-locales';
import { LOCAL_SERVER_HOSTS } from './lib/team-log/connection';

// Sites whose pages Rostrum reads. Content scripts declare their own matches; the manifest's
// host_permissions stay this list so the side panel can be enabled per tab.
const SUPPORTED_HOSTS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://mobile.x.com/*',
  'https://mobile.twitter.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.threads.com/*',
  'https://www.threads.net/*',
  'https://www.linkedin.com/*',
  'https://bsky.app/*',
  'https://www.youtube.com/*',
];

/** Reads every `locales/<locale>/<area>.json` fragment. */
function readLocaleFragments(root: string): Record<string, MessageTable> {
  const fragments: Record<string, MessageTable> = {};
  for (const locale of readdirSync(root)) {
    for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.json'))) {
      const path = `locales/${locale}/${file}`;
      fragments[path] = JSON.parse(readFileSync(join(root, locale, file), 'utf8')) as MessageTable;
    }
  }
  return fragments;
}

/** Vite accepts aliases as a record or a list; the list form keeps their order. */
function aliasList(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias as Alias[];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
}

/**
 * twitter-text's ES5 build imports core-js 2 polyfills (es6.regexp.*, es6.array.*) for browsers from
 * before 2015. Every browser Rostrum runs in has them natively, so the panel does not ship them.
 */
const dropCoreJsPolyfills: Plugin = {
  name: 'rostrum:drop-core-js-polyfills',
  enforce: 'pre',
  resolveId: (id) => (id.startsWith('core-js/modules/') ? '\0native-feature' : null),
  load: (id) => (id === '\0native-feature' ? 'export {};' : null),
};

export default defineConfig({
  // Every dependency is a visible import, so the boundary lint can check it.
  imports: false,
  vite: () => ({ plugins: [preact(), dropCoreJsPolyfills] }),
  hooks: {
    // webextension-polyfill for the background and the extension pages, not for the content scripts:
    // its API table is about 8 KB of each content script's 25 KB budget, and what they use (runtime
    // messages, storage.local, i18n) is promise-based natively in both browsers' MV3. Without the alias
    // `browser` from wxt/browser is WXT's own one-liner: Firefox's `browser` global, else `chrome`.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [
        { find: 'wxt/browser', replacement: '@wxt-dev/webextension-polyfill/browser' },
        ...aliasList(config.resolve.alias),
      ];
    },
    // browser.i18n wants one _locales/<locale>/messages.json; the source keeps one fragment per area.
    'build:publicAssets': (_wxt, files) => {
      const tables = mergeLocaleFragments(readLocaleFragments(resolve('locales')));
      for (const [locale, table] of Object.entries(tables)) {
        files.push({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(table) });
      }
    },
  },
  zip: {
    // Firefox reviewers rebuild from this zip: everything needed to build, no build output or screenshots.
    excludeSources: [
      'tests/e2e/fixtures/dist/**',
      'demo-output/**',
      'e2e-artifacts/**',
      'docs/screenshots/**',
      'docs/store/*.png',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: registers the Mastodon content script for the instances the user adds (and grants)
    // at run time, since no static match list can cover thousands of instance domains.
    permissions: ['storage', 'scripting'],
    host_permissions: SUPPORTED_HOSTS,
    // Mastodon runs on thousands of domains, and a team log's server is the team's own: the user grants
    // that one host at run time. Plain http only for a team server on this machine (docs/team-log.md).
    optional_host_permissions: ['https://*/*', ...LOCAL_SERVER_HOSTS.map((host) => `http://${host}/*`)],
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rostrum@rostrum.example',
              // 142: the first Firefox (desktop and Android) that knows data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
