/**
 * Rostrum's own accessibility, in real Chromium: axe-core (WCAG 2.0–2.2 A and AA rules) on every view
 * of the panel in light and dark mode, with no serious or critical violation; and the panel used with
 * the keyboard alone.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './helpers/extension.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

/**
 * Serious and critical axe violations on the page, as "rule: target" lines. axe is evaluated through
 * the DevTools protocol, which the extension page's content security policy does not apply to.
 * @param {import('playwright-core').Page} page
 */
async function violations(page) {
  const loaded = await page.evaluate('typeof window.axe');
  if (loaded === 'undefined') await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const result = await page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`));
}

/** Opens an X page with a draft in its composer and the panel beside it. */
async function panelWithDraft() {
  const page = await ext.context.newPage();
  await page.goto(`https://x.com/home?a11y=${Date.now()}`);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  await page.keyboard.type('VOTE TODAY on the Finance Bill #budgetvote bit.ly/x');
  const panel = await ext.openPanel(await ext.tabIdOf(page));
  await panel.getByTestId('draft-text').filter({ hasText: 'Finance Bill' }).waitFor();
  return { page, panel };
}

/** Every view the panel has, reached as a user would; `check` runs on each. */
async function eachView(panel, check) {
  await check('draft');
  await panel.getByRole('button', { name: 'New campaign' }).click();
  await panel.getByLabel('Campaign name').waitFor();
  await check('draft, campaign form open');
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await panel.getByRole('tab', { name: 'Playbook' }).click();
  await check('playbook tips');
  await panel.getByRole('button', { name: 'Case studies' }).click();
  await check('playbook case studies');
  await panel.getByRole('button', { name: 'Your packs' }).click();
  await check('playbook packs');
  await panel.getByRole('tab', { name: 'Log' }).click();
  await panel.getByRole('heading', { name: 'Campaign log' }).waitFor();
  await check('log');
  // The campaign made before the views are checked has a dashboard; wait for its button rather than
  // counting buttons the log view may not have rendered yet.
  await panel.getByRole('button', { name: 'Dashboard' }).first().click();
  await panel.locator('.campaign-dashboard').waitFor();
  await check('campaign dashboard');
  await panel.getByRole('button', { name: 'Close dashboard' }).click();
  await panel.getByRole('tab', { name: 'Draft' }).click();
}

describe('accessibility', () => {
  test('axe finds no serious or critical violation in any view, light or dark', async () => {
    const { page, panel } = await panelWithDraft();
    // Something to show in the log and the dashboard.
    await panel.getByRole('button', { name: 'New campaign' }).click();
    await panel.getByLabel('Campaign name').fill('Finance Bill');
    await panel.getByLabel('Start date').fill('2026-11-01');
    await panel.getByLabel('End date').fill('2026-12-31');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    await panel.getByRole('button', { name: 'Log this post' }).click();
    await panel.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();

    const found = [];
    for (const scheme of ['light', 'dark']) {
      await panel.emulateMedia({ colorScheme: scheme });
      await eachView(panel, async (view) => {
        for (const line of await violations(panel)) found.push(`[${scheme}, ${view}] ${line}`);
      });
    }
    assert.deepEqual(found, []);
    await panel.close();
    await page.close();
  });

  test('axe finds no serious or critical violation on the settings page, light or dark', async () => {
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Rostrum settings', level: 1 }).waitFor();
    const found = [];
    for (const scheme of ['light', 'dark']) {
      await options.emulateMedia({ colorScheme: scheme });
      for (const line of await violations(options)) found.push(`[${scheme}] ${line}`);
    }
    assert.deepEqual(found, []);
    await options.close();
  });

  test('the panel works with the keyboard alone, with focus always visible', async () => {
    const { page, panel } = await panelWithDraft();
    const focused = () =>
      panel.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          role: el.getAttribute('role') ?? el.tagName.toLowerCase(),
          name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '',
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });

    // Tab to the view tabs, then move between them with the arrow keys.
    let reached = null;
    for (let i = 0; i < 30 && reached?.role !== 'tab'; i++) {
      await panel.keyboard.press('Tab');
      reached = await focused();
      assert.ok(reached === null || reached.visible, `focus is visible on ${JSON.stringify(reached)}`);
    }
    assert.equal(reached?.role, 'tab', 'the view tabs are reachable with Tab');
    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.press('ArrowRight');
    assert.equal(
      await panel.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected'),
      'true',
      'arrow keys choose the Log view',
    );
    await panel.getByRole('heading', { name: 'Campaign log' }).waitFor();

    // Back to the draft, then open the campaign form and close it with the keyboard.
    await panel.keyboard.press('Home');
    await panel.getByTestId('draft-text').waitFor();
    let onNew = false;
    for (let i = 0; i < 60 && !onNew; i++) {
      await panel.keyboard.press('Tab');
      const now = await focused();
      assert.ok(now === null || now.visible, `focus is visible on ${JSON.stringify(now)}`);
      onNew = now?.name === 'New campaign';
    }
    assert.ok(onNew, '"New campaign" is reachable with Tab');
    await panel.keyboard.press('Enter');
    await panel.getByLabel('Campaign name').waitFor();
    await panel.close();
    await page.close();
  });
});
