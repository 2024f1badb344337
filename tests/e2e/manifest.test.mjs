/**
 * The built packages: Chrome's side panel and Firefox's sidebar, the least permissions that work, no
 * remote code, and content scripts small enough to run on every keystroke in busy sites.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';

const read = (dir) => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

describe('Chrome build (.output/chrome-mv3)', () => {
  const dir = path.resolve('.output/chrome-mv3');
  const manifest = read(dir);

  test('is MV3 with a side panel and an action', () => {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.side_panel.default_path, 'sidepanel.html');
    assert.ok(manifest.action, 'toolbar button');
    assert.equal(manifest.background.service_worker, 'background.js');
  });

  test('asks only for what it uses', () => {
    assert.deepEqual([...manifest.permissions].sort(), ['scripting', 'sidePanel', 'storage']);
    for (const host of manifest.host_permissions) assert.match(host, /^https:\/\/[a-z.]+\/\*$/);
    // Any https host (a Mastodon instance, a team server), plain http only for a team server on this machine.
    assert.deepEqual(manifest.optional_host_permissions, [
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
    assert.equal(manifest.content_security_policy, undefined, 'the default, strict policy');
    // No web page may message the extension: a page's only way in is the content script (docs/security.md).
    assert.equal(manifest.externally_connectable, undefined, 'not externally connectable');
  });

  test('names, describes and shows itself in every language it ships', () => {
    assert.equal(manifest.name, '__MSG_extName__');
    for (const size of ['16', '32', '48', '128'])
      assert.ok(statSync(path.join(dir, manifest.icons[size])).size > 0);
    for (const locale of ['en', 'fr', 'es', 'ar']) {
      const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
      assert.ok(messages.extName.message && messages.extDescription.message.length <= 132, locale);
    }
  });

  test('content scripts stay small and carry no zod or Preact', () => {
    const scripts = readdirSync(path.join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
    assert.ok(scripts.includes('x.js'));
    for (const file of scripts) {
      const source = readFileSync(path.join(dir, 'content-scripts', file), 'utf8');
      assert.ok(source.length < 25_000, `${file} is ${source.length} bytes`);
      assert.doesNotMatch(source, /ZodError|__PREACT_DEVTOOLS__|preact/i, file);
    }
  });

  test('loads no remote code', () => {
    const walk = (d) =>
      readdirSync(d).flatMap((f) =>
        statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)],
      );
    for (const file of walk(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const source = readFileSync(file, 'utf8');
      assert.doesNotMatch(source, /<script[^>]+src=["']https?:/i, file);
      assert.doesNotMatch(source, /import\(\s*["']https?:/, file);
    }
  });
});

describe('Firefox build', () => {
  const manifest = read(path.resolve('.output/firefox-mv3'));

  test('is MV3 with a sidebar and a gecko id', () => {
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.sidebar_action.default_panel, 'sidepanel.html');
    assert.equal(manifest.side_panel, undefined);
    assert.ok(manifest.browser_specific_settings.gecko.id);
    assert.ok(!manifest.permissions.includes('sidePanel'));
  });
});
