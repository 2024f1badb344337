/**
 * Mastodon on an instance added at run time, end to end in real Chromium: the user adds
 * mastodon.example in the panel, Rostrum gets the origin as an optional host permission, registers the
 * Mastodon content script for it and reads the instance's limit (1000) from its API; the fixture's
 * textarea is then followed by the panel with that limit.
 *
 * Headless Chromium cannot answer the permission prompt, and leaves permissions.request() pending.
 * The test therefore first gives the extension access to the site the way a person can in
 * chrome://extensions ("Site access → On specific sites", the developerPrivate API behind that page);
 * the panel's own button then runs the real code path: permissions.request() resolves at once without a
 * prompt, and the script registration and the instance request follow.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';
import { allowSiteInExtensionsPage } from './helpers/mastodon.mjs';

const HOST = 'mastodon.example';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
/** @type {string[]} */
const blocked = [];

before(async () => {
  ext = await launchWithExtension({ log: blocked });
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

const tabStates = () =>
  ext.worker.evaluate(async () =>
    Object.entries(await chrome.storage.session.get(null))
      .filter(([key]) => key.startsWith('tab-'))
      .map(([, value]) => value),
  );

async function openPanelSettings(panel) {
  await panel.getByText('Settings', { exact: true }).click();
  return panel.getByRole('region', { name: 'Mastodon instances' });
}

describe('Mastodon on an instance added at run time', () => {
  test('nothing runs on the instance before the user adds it', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://${HOST}/home?before=1`);
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('Not followed yet');
    await page.waitForFunction(
      () => document.querySelector('textarea.autosuggest-textarea__textarea')?.value === 'Not followed yet',
    );
    // A site Rostrum does read, typed into afterwards: once its draft is in, a Mastodon one would be.
    const barrier = await ext.context.newPage();
    await barrier.goto('https://x.com/home?e2e=mastodon-barrier');
    await barrier.locator('[data-testid="tweetTextarea_0"]').first().click();
    await barrier.keyboard.type('Barrier');
    const barrierTab = await ext.tabIdOf(barrier);
    await waitFor(async () => (await ext.tabState(barrierTab))?.draft?.text === 'Barrier', {
      message: 'the X draft typed afterwards to be read',
    });
    await barrier.close();
    assert.deepEqual(
      (await tabStates()).filter((s) => s.platform === 'mastodon'),
      [],
      'no Mastodon tab state before the instance is added',
    );
    await page.close();
  });

  test('the user adds the instance in the panel; its limit (1000) comes from its API', async () => {
    await allowSiteInExtensionsPage(ext, `https://${HOST}/*`);
    const panel = await ext.openPanel();
    const section = await openPanelSettings(panel);
    await section.getByLabel('Instance address').fill(`https://${HOST}/@parliament`);
    await section.getByRole('button', { name: 'Add instance' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `${HOST} added.` })
      .waitFor();
    const item = section.locator(`[data-host="${HOST}"]`);
    await item.getByText('1,000 characters').waitFor();

    const registered = await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    assert.deepEqual(
      registered.map((s) => [s.id, s.matches, s.js]),
      [[`mastodon:${HOST}`, [`https://${HOST}/*`], ['content-scripts/mastodon.js']]],
    );
    const stored = await ext.worker.evaluate(
      async () => (await chrome.storage.local.get('mastodon.instances'))['mastodon.instances'],
    );
    assert.deepEqual(
      stored.map((i) => [i.host, i.limit, i.limitSource]),
      [[HOST, 1000, 'v2']],
      'the limit came from the instance’s v2 API',
    );
    assert.deepEqual(blocked, [], 'no other request left the browser');
    await panel.close();
  });

  test('typing in the instance’s textarea: the panel follows with the instance’s 1000-character limit', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://${HOST}/home?e2e=1`);
    const textarea = page.locator('textarea.autosuggest-textarea__textarea');
    await textarea.click();
    const text = 'Budget debate tonight from 19:00, with sign-language interpretation. #BudgetDebate';
    await page.keyboard.type(text);
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.tabState(tabId))?.platform === 'mastodon', {
      message: 'the Mastodon content script to report',
    });
    const panel = await ext.openPanel(tabId);
    await panel.getByTestId('draft-text').filter({ hasText: 'Budget debate tonight' }).waitFor();
    assert.equal(await panel.getByTestId('draft-text').innerText(), text);
    await waitFor(async () => (await panel.getByTestId('length-meter').innerText()).includes('/ 1,000'), {
      message: 'the instance limit 1,000',
    });
    assert.equal(await panel.getByTestId('length-used').innerText(), String([...text].length));
    await panel.close();
    await page.close();
  });

  test('the content warning counts toward the limit with the text, until it is switched off', async () => {
    const page = await ext.context.newPage();
    await page.goto(`https://${HOST}/home?e2e=cw`);
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    const text = 'Budget debate tonight from 19:00';
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Add content warning' }).click();
    const warning = 'Budget figures 🗳️';
    await page.getByLabel('Content warning (optional)').fill(warning);
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await panel.getByTestId('draft-text').filter({ hasText: 'Budget debate tonight' }).waitFor();
    const expected = String([...text].length + [...warning].length);
    await waitFor(async () => (await panel.getByTestId('length-used').innerText()) === expected, {
      message: `the text and the content warning counted together, ${expected}`,
    });
    // The warning is counted, not shown as the post's text.
    assert.equal(await panel.getByTestId('draft-text').innerText(), text);
    // Switched off, it counts no more at once, with no edit after.
    await page.getByRole('button', { name: 'Add content warning' }).click();
    await waitFor(
      async () => (await panel.getByTestId('length-used').innerText()) === String([...text].length),
      {
        message: 'the text alone counted once the content warning is off',
      },
    );
    await panel.close();
    await page.close();
  });

  test('a tab opened before the instance was added is picked up without a reload', async () => {
    // Remove, open a tab, then add again: the script is started in the open tab.
    const panel = await ext.openPanel();
    const section = await openPanelSettings(panel);
    await section.getByRole('button', { name: `Remove ${HOST}` }).click();
    await section.getByText('No instance added yet.').waitFor();
    assert.deepEqual(await ext.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);

    const page = await ext.context.newPage();
    await page.goto(`https://${HOST}/home?e2e=2`);
    await page.locator('textarea.autosuggest-textarea__textarea').waitFor();
    await allowSiteInExtensionsPage(ext, `https://${HOST}/*`);
    await section.getByLabel('Instance address').fill(HOST);
    await section.getByRole('button', { name: 'Add instance' }).click();
    await section.locator(`[data-host="${HOST}"]`).getByText('1,000 characters').waitFor();

    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('Picked up in place');
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.tabState(tabId))?.draft?.text === 'Picked up in place', {
      message: 'the injected script to report the draft',
    });
    await page.close();
    await panel.close();
  });

  test('a post published on the instance is logged once (policy "always", active campaign)', async () => {
    const panel = await ext.openPanel();
    await panel.getByRole('button', { name: 'New campaign' }).click();
    await panel.getByLabel('Campaign name').fill('Open day');
    await panel.getByLabel('Start date').fill('2026-11-01');
    await panel.getByLabel('End date').fill('2026-12-31');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    const section = await openPanelSettings(panel);
    await panel.getByLabel('Log it at once (with undo)').check();
    await waitFor(
      () =>
        ext.worker.evaluate(async () => {
          const s = await chrome.storage.local.get(['publish.policy', 'log.activeCampaignId']);
          return s['publish.policy'] === 'always' && !!s['log.activeCampaignId'];
        }),
      { message: 'the policy and the campaign' },
    );
    assert.ok(await section.isVisible());

    const page = await ext.context.newPage();
    await page.goto(`https://${HOST}/home?e2e=3`);
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('MASTODON marker: the open day is on Saturday');
    await page.keyboard.press('Control+Enter');
    await page.locator('.status__content').filter({ hasText: 'MASTODON marker' }).waitFor();
    const entriesWith = (marker) =>
      ext.worker.evaluate(
        (marker) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('rostrum-log');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              // Entries are stored in pages (schema v7).
              const request = open.result.transaction('pages').objectStore('pages').getAll();
              request.onsuccess = () => {
                open.result.close();
                resolve(
                  request.result
                    .flatMap((page) => page.entries.map((text) => JSON.parse(text)))
                    .filter((e) => e.text.includes(marker)),
                );
              };
            };
          }),
        marker,
      );
    const logged = async () => (await entriesWith('MASTODON marker')).map((e) => e.platform);
    await waitFor(async () => (await logged()).length === 1, { message: 'one entry' });
    // A second post from the same page, with a content warning: once it is logged, a repeat capture
    // of the first would be too.
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.type('SECOND marker: doors open at 10:00');
    await page.getByRole('button', { name: 'Add content warning' }).click();
    await page.getByLabel('Content warning (optional)').fill('Opening times');
    await page.locator('textarea.autosuggest-textarea__textarea').click();
    await page.keyboard.press('Control+Enter');
    await waitFor(
      async () =>
        await ext.worker
          .evaluate(() => chrome.storage.session.get(null))
          .then((all) =>
            Object.entries(all).some(
              ([k, v]) =>
                k.startsWith('publish-') && v.items?.some((i) => i.text.startsWith('SECOND marker')),
            ),
          ),
      { message: 'the second post to be captured' },
    );
    assert.deepEqual(await logged(), ['mastodon']);
    const [second] = await waitFor(async () => {
      const found = await entriesWith('SECOND marker');
      return found.length > 0 && found;
    });
    assert.equal(second.contentWarning, 'Opening times', 'the entry keeps its content warning');
    assert.equal((await entriesWith('MASTODON marker'))[0].contentWarning, undefined);
    await page.close();
    await panel.close();
  });

  test('refuses an address that is not an instance, without asking the browser for anything', async () => {
    const panel = await ext.openPanel();
    const section = await openPanelSettings(panel);
    await section.getByLabel('Instance address').fill('x.com');
    await section.getByRole('button', { name: 'Add instance' }).click();
    await section.getByRole('alert').filter({ hasText: 'not a server address' }).waitFor();
    await panel.close();
  });
});
