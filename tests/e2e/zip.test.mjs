/**
 * `npm run zip` makes what the stores take: the Chrome Web Store zip, the Firefox zip and the Firefox
 * sources zip, each named with package.json's version, each holding what it should and nothing more.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { zipEntries } from './helpers/zip-entries.mjs';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const CHROME = `.output/${name}-${version}-chrome.zip`;
const FIREFOX = `.output/${name}-${version}-firefox.zip`;
const SOURCES = `.output/${name}-${version}-sources.zip`;

before(() => {
  for (const file of [CHROME, FIREFOX, SOURCES]) rmSync(file, { force: true });
  execFileSync('npm', ['run', 'zip'], { stdio: 'ignore', timeout: 240_000 });
});

describe('store packages', () => {
  test('the three zips are made, versioned from package.json', () => {
    for (const file of [CHROME, FIREFOX, SOURCES]) assert.ok(existsSync(file), `${file} exists`);
  });

  test('the Chrome zip is the built extension with a side panel', () => {
    const files = zipEntries(CHROME);
    assert.ok(files.includes('manifest.json'));
    assert.ok(files.includes('sidepanel.html'));
    assert.ok(files.includes('_locales/en/messages.json'));
    assert.ok(!files.some((f) => f.endsWith('.map')), 'no source maps in the store package');
    const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
    assert.equal(manifest.version, version);
    assert.ok(manifest.side_panel);
  });

  test('the Firefox zip has the sidebar, and its sources zip can rebuild it', () => {
    const manifest = JSON.parse(readFileSync('.output/firefox-mv3/manifest.json', 'utf8'));
    assert.equal(manifest.version, version);
    assert.ok(manifest.sidebar_action);
    assert.ok(zipEntries(FIREFOX).includes('manifest.json'));

    const sources = zipEntries(SOURCES);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'])
      assert.ok(sources.includes(needed), `sources hold ${needed}`);
    assert.ok(sources.some((f) => f.startsWith('entrypoints/')));
    assert.ok(sources.some((f) => f.startsWith('lib/')));
    assert.ok(sources.some((f) => f.startsWith('locales/')));
    assert.ok(sources.includes('public/icon/128.png'), 'the icons the build copies');
    const unwanted = sources.filter((f) =>
      /^(node_modules|\.output|\.wxt|\.git|demo-output|e2e-artifacts|docs\/screenshots)\/|^tests\/e2e\/fixtures\/dist\/|^docs\/store\/.*\.png$/.test(
        f,
      ),
    );
    assert.deepEqual(unwanted, [], 'no dependencies, build output or screenshots in the sources zip');
  });
});
