/**
 * Rostrum's own accessibility in real Firefox: axe-core (WCAG 2.0–2.2 A and AA rules) on the panel's
 * views and on the settings page, light and dark, with no serious or critical violation. The Chromium
 * suite (tests/e2e/a11y.test.mjs) covers the keyboard; this shows Firefox's rendering passes too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { button, present, textIn, until } from './helpers/dom.mjs';
import { launchFirefox } from './helpers/firefox.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
before(async () => {
  ff = await launchFirefox({ log: blocked });
});
after(async () => ff?.close());

/**
 * Serious and critical axe violations on the page, as "rule: target" lines. axe is evaluated through
 * WebDriver BiDi, which the extension page's content security policy does not apply to.
 * @param {import('puppeteer-core').Page} page
 */
async function violations(page) {
  if ((await page.evaluate('typeof window.axe')) === 'undefined') {
    await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  }
  const result = await page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`));
}

/** Runs `check` in light and then dark mode, and collects what it finds per scheme. */
async function inBothSchemes(page, check) {
  const found = [];
  for (const scheme of ['light', 'dark']) {
    await ff.setColorScheme(scheme);
    await until(page, (s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme);
    for (const line of await check()) found.push(`[${scheme}] ${line}`);
  }
  return found;
}

describe('Firefox: accessibility', () => {
  test('axe finds no serious or critical violation in the panel’s views, light or dark', async () => {
    const page = await ff.newPage();
    await page.goto('https://x.com/home?e2e=a11y');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('VOTE TODAY on the Finance Bill #budgetvote bit.ly/x');
    const panel = await ff.openPanel(await ff.tabIdOf(page));
    await textIn(panel, '[data-testid="draft-text"]', 'Finance Bill');
    await (await button(panel, 'Log this post')).click();
    await textIn(panel, '[role="status"]', 'Logged.');

    const found = await inBothSchemes(panel, async () => {
      const lines = [];
      await (await button(panel, 'Draft')).click();
      await present(panel, '[data-testid="findings"]');
      for (const l of await violations(panel)) lines.push(`draft: ${l}`);
      await (await button(panel, 'Playbook')).click();
      await button(panel, 'Case studies');
      for (const l of await violations(panel)) lines.push(`playbook: ${l}`);
      await (await button(panel, 'Log')).click();
      await textIn(panel, 'article', 'Finance Bill');
      for (const l of await violations(panel)) lines.push(`log: ${l}`);
      return lines;
    });
    assert.deepEqual(found, []);
    await panel.close();
    await page.close();
  });

  test('axe finds no serious or critical violation on the settings page, light or dark', async () => {
    const options = await ff.openExtensionPage('options.html', 'h1');
    await textIn(options, 'h1', 'Rostrum settings');
    assert.deepEqual(await inBothSchemes(options, () => violations(options)), []);
    await options.close();
  });

  test('no request left the browser', () => {
    assert.deepEqual(blocked, []);
  });
});
