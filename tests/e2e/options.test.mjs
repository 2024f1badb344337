/**
 * The settings page in real Chromium: switching Rostrum off on a site stops its content script at once
 * (no reload), switching it on again brings the draft back; the default account persists; everything
 * can be exported and then deleted after a confirmation.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
/** @type {import('playwright-core').Page} */
let options;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Rostrum settings', level: 1 }).waitFor();
});
after(async () => ext?.close());

const stored = (key) => ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
const sitesGroup = () =>
  options.getByRole('region', { name: 'Sites' }).getByRole('group', { name: 'Rostrum is on for' });

/** Saves the file the next click on `name` downloads, and parses it. */
async function exportJson() {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^rostrum-log-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

describe('settings page', () => {
  test('is the manifest’s options page, with a labelled section for each area', async () => {
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    assert.deepEqual(manifest.options_ui, { page: 'options.html', open_in_tab: true });
    for (const name of [
      'Sites',
      'Sites last read',
      'Publishing and badge',
      'Mastodon instances',
      'Account and language',
      'Team log',
      'Your data',
      'About and privacy',
    ]) {
      // Exact names: "Sites" is also the start of "Sites last read".
      await options
        .getByRole('region', { name, exact: true })
        .getByRole('heading', { name, exact: true })
        .waitFor();
    }
    assert.equal(await options.getByTestId('version').innerText(), `Version ${manifest.version}`);
  });

  test('a site switched off is not read at all, and is read again once switched on', async () => {
    const x = sitesGroup().getByLabel('X', { exact: true });
    assert.equal(await x.isChecked(), true);
    await x.uncheck();
    await waitFor(async () => JSON.stringify(await stored('sites.off')) === '["x"]', {
      message: 'X to be stored as switched off',
    });

    const page = await ext.context.newPage();
    await page.goto('https://x.com/home?e2e=options');
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.tabState(tabId))?.status === 'site-off', {
      message: 'the tab to say Rostrum is off here',
    });
    const composer = page.locator('[data-testid="tweetTextarea_0"]').first();
    await composer.click();
    await page.keyboard.type('Not for Rostrum');
    await composer.filter({ hasText: 'Not for Rostrum' }).waitFor();
    // A site still on, typed into afterwards: once its draft is in, X's, had it been read, would be.
    const barrier = await ext.context.newPage();
    await barrier.goto('https://bsky.app/?e2e=options-barrier');
    await barrier.getByRole('button', { name: 'New post' }).click();
    await barrier.locator('[role="dialog"] .ProseMirror[contenteditable="true"]').click();
    await barrier.keyboard.type('Barrier');
    const barrierTab = await ext.tabIdOf(barrier);
    await waitFor(async () => (await ext.tabState(barrierTab))?.draft?.text === 'Barrier', {
      message: 'the Bluesky draft typed afterwards to be read',
    });
    await barrier.close();
    const off = await ext.tabState(tabId);
    assert.equal(off.status, 'site-off');
    assert.equal(off.draft, null, 'no draft is read while off');
    assert.equal(await page.locator('rostrum-badge').count(), 0, 'no badge while off');

    // Back on, without reloading the site: the text already there is read, and typing flows again.
    await x.check();
    await waitFor(async () => (await ext.tabState(tabId))?.draft?.text === 'Not for Rostrum', {
      message: 'the draft to be read once switched on',
    });
    assert.equal((await ext.tabState(tabId)).status, 'composer');
    await composer.click();
    await page.keyboard.type(' any more');
    await waitFor(async () => (await ext.tabState(tabId))?.draft?.text === 'Not for Rostrum any more', {
      message: 'the draft to follow typing again',
    });
    assert.equal(await page.locator('rostrum-badge').count(), 1, 'the badge is back');

    // Off again while the page is open: the draft is forgotten at once.
    await x.uncheck();
    await waitFor(async () => (await ext.tabState(tabId))?.status === 'site-off', { message: 'off again' });
    assert.equal((await ext.tabState(tabId)).draft, null);
    assert.equal(await page.locator('rostrum-badge').count(), 0);
    await x.check();
    await page.close();
  });

  test('the default account type is kept across a reload, and the panel starts with it', async () => {
    const member = options.getByRole('group', { name: 'Default account type' }).getByLabel("Member's office");
    await member.check();
    await waitFor(async () => (await stored('account')) === 'member', {
      message: 'the account to be stored',
    });
    await options.reload();
    await options.getByRole('heading', { name: 'Rostrum settings', level: 1 }).waitFor();
    await waitFor(
      () =>
        options
          .getByRole('group', { name: 'Default account type' })
          .getByLabel("Member's office")
          .isChecked(),
      { message: 'the account to be shown after reload' },
    );
    const panel = await ext.openPanel();
    await waitFor(async () => (await panel.getByLabel('Account').inputValue()) === 'member', {
      message: 'the panel to start with the member account',
    });
    await panel.close();
  });

  test('everything is exported, then deleted only after a confirmation', async () => {
    // A campaign to delete, made in the panel.
    const panel = await ext.openPanel();
    await panel.getByRole('button', { name: 'New campaign' }).click();
    await panel.getByLabel('Campaign name').fill('Budget week');
    await panel.getByLabel('Hashtags').fill('#Budget2027');
    await panel.getByLabel('Start date').fill('2026-11-01');
    await panel.getByLabel('End date').fill('2026-12-31');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    await waitFor(async () => (await panel.getByLabel('Active campaign').inputValue()) !== '', {
      message: 'the new campaign to become active',
    });
    await panel.close();

    const before = await exportJson();
    assert.equal(before.format, 'rostrum-log');
    assert.deepEqual(
      before.campaigns.map((c) => c.name),
      ['Budget week'],
    );
    await options.getByRole('status').filter({ hasText: 'Saved as rostrum-log-' }).waitFor();

    const data = options.getByRole('region', { name: 'Your data' });
    await data.getByRole('button', { name: 'Delete everything…' }).click();
    await data.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await exportJson()).campaigns.length, 1, 'cancelling deletes nothing');

    await data.getByRole('button', { name: 'Delete everything…' }).click();
    await data.getByRole('alertdialog').getByRole('button', { name: 'Yes, delete everything' }).click();
    await data.getByRole('status').filter({ hasText: 'Everything was deleted.' }).waitFor();
    const after = await exportJson();
    assert.deepEqual([after.campaigns.length, after.entries.length], [0, 0]);
    assert.equal(await stored('log.activeCampaignId'), undefined, 'no campaign stays active');
    assert.equal(await stored('account'), 'member', 'settings stay');
  });

  test('the panel opens the settings page', async () => {
    // Chrome focuses an options tab that is already open rather than opening another.
    await options.close();
    const panel = await ext.openPanel();
    await panel.getByText('Settings', { exact: true }).click();
    const [opened] = await Promise.all([
      ext.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'All settings…' }).click(),
    ]);
    await opened.waitForURL(/\/options\.html/);
    await opened.getByRole('heading', { name: 'Rostrum settings', level: 1 }).waitFor();
    await opened.close();
    await panel.close();
  });
});
