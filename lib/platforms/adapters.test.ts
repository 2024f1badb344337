/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from './bluesky';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { platformForUrl } from './sites';
import { threadsAdapter } from './threads';
import { PLATFORM_IDS, type PlatformAdapter, type PlatformId } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

/**
 * Architecture test: every platform with a static site (all but Mastodon, whose instances are added at
 * run time) has its adapter, selectors module, content script and saved markup, and the manifest
 * grants every host a content script runs on.
 */

// Typed as a full record so a new platform id fails to compile here until it has an adapter.
const ADAPTERS: Record<Exclude<PlatformId, 'mastodon'>, PlatformAdapter> = {
  x: xAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  threads: threadsAdapter,
  linkedin: linkedinAdapter,
  bluesky: blueskyAdapter,
  youtube: youtubeAdapter,
};

const SITES = PLATFORM_IDS.filter((id) => id !== 'mastodon');
// Vite reads the files at transform time, so this test needs no file system access of its own.
const adapterFiles = import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true });
const selectorModules = import.meta.glob<Record<string, unknown>>('./*.selectors.ts', { eager: true });
const contentScripts = import.meta.glob<string>('../../entrypoints/*.content.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const savedMarkup = Object.keys(import.meta.glob('./__fixtures__/*/*.html'));
const wxtConfig =
  Object.values(
    import.meta.glob<string>('../../wxt.config.ts', { query: '?raw', import: 'default', eager: true }),
  )[0] ?? '';

/** The quoted patterns of `const SUPPORTED_HOSTS = [...]` in wxt.config.ts (the manifest's host_permissions). */
function hostPermissions(): string[] {
  const list = /const SUPPORTED_HOSTS\s*=\s*\[([^\]]*)\]/.exec(wxtConfig)?.[1] ?? '';
  return Array.from(list.matchAll(/'([^']+)'/g), (m) => m[1]!);
}

/** Whether match pattern `granted` covers every URL `pattern` matches (scheme, host, path). */
function covers(granted: string, pattern: string): boolean {
  const parse = (p: string) => /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(p);
  const g = parse(granted);
  const p = parse(pattern);
  if (!g || !p) return false;
  const [, gScheme, gHost, gPath] = g;
  const [, pScheme, pHost, pPath] = p;
  const scheme = gScheme === pScheme || (gScheme === '*' && pScheme !== '*');
  const host =
    gHost === '*' ||
    gHost === pHost ||
    (gHost!.startsWith('*.') && (pHost === gHost!.slice(2) || pHost!.endsWith(gHost!.slice(1))));
  const path = gPath === '/*' || gPath === pPath;
  return scheme && host && path;
}

/** Every selector string a selectors module exports (strings and arrays of strings). */
function selectorStrings(module: Record<string, unknown>): string[] {
  return Object.values(module).flatMap((value) =>
    typeof value === 'string'
      ? [value]
      : Array.isArray(value)
        ? value.filter((v): v is string => typeof v === 'string')
        : [],
  );
}

describe('platform adapters', () => {
  it.each(SITES)('%s has an adapter with its own id', (id) => {
    expect(ADAPTERS[id].id).toBe(id);
    expect(ADAPTERS[id].matches.length).toBeGreaterThan(0);
  });

  it.each(SITES)('%s has an adapter file, a selectors module, a content script and saved markup', (id) => {
    expect(adapterFiles[`./${id}.ts`], `lib/platforms/${id}.ts`).toBeDefined();
    expect(selectorModules[`./${id}.selectors.ts`], `lib/platforms/${id}.selectors.ts`).toBeDefined();
    const entry = contentScripts[`../../entrypoints/${id}.content.ts`];
    expect(entry, `entrypoints/${id}.content.ts`).toBeDefined();
    // The content script declares the adapter's own matches, so the two never drift apart.
    expect(entry).toContain(`${id}Adapter.matches`);
    const saved = savedMarkup.filter((file) => file.startsWith(`./__fixtures__/${id}/`));
    expect(saved.length, `saved markup in lib/platforms/__fixtures__/${id}/`).toBeGreaterThan(0);
  });

  it.each(SITES)('%s: every match pattern is granted by the manifest and known to sites.ts', (id) => {
    const granted = hostPermissions();
    expect(granted.length).toBeGreaterThan(0);
    for (const pattern of ADAPTERS[id].matches) {
      expect(
        granted.some((g) => covers(g, pattern)),
        `${pattern} in wxt.config.ts SUPPORTED_HOSTS`,
      ).toBe(true);
      const host = new URL(pattern.replace('/*', '/')).hostname;
      expect(platformForUrl(`https://${host}/`), `sites.ts knows ${host}`).toBe(id);
    }
  });

  it.each(Object.keys(selectorModules))('%s: every selector parses', (file) => {
    const selectors = selectorStrings(selectorModules[file]!);
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) {
      expect(() => document.querySelectorAll(selector), selector).not.toThrow();
    }
  });

  it.each(SITES.filter((id) => id !== 'x'))(
    '%s: every exported selector says when its layout was seen',
    (id) => {
      // Each export's doc comment, or a comment line inside its list, names a year.
      const source = adapterFiles[`./${id}.selectors.ts`] ?? '';
      const blocks = source.split(/\n(?=\/\*\*)/).filter((b) => /^export /m.test(b));
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) {
        const name = /^export (?:const|function) (\w+)/m.exec(block)?.[1];
        expect(block, `${id}.selectors.ts ${name}`).toMatch(/20\d\d/);
      }
    },
  );

  it('reads the manifest’s host permissions', () => {
    expect(hostPermissions()).toContain('https://x.com/*');
  });

  it('the match-pattern check itself tells covered from uncovered', () => {
    expect(covers('https://www.facebook.com/*', 'https://www.facebook.com/*')).toBe(true);
    expect(covers('https://*.facebook.com/*', 'https://web.facebook.com/*')).toBe(true);
    expect(covers('https://www.facebook.com/*', 'https://web.facebook.com/*')).toBe(false);
    expect(covers('https://x.com/home', 'https://x.com/*')).toBe(false);
  });
});
