/**
 * Only a real user action captures a post (docs/security.md, row 1; issue 18 item 1): a page script
 * that clicks the post button or fires Ctrl+Enter itself gets the site to publish, but Rostrum neither
 * logs nor offers to log that post. Real Chromium, the built extension, the X fixture at https://x.com.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
/** @type {import('playwright-core').Page} */
let settingsPanel;

before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
  settingsPanel = await ext.openPanel();
  await settingsPanel.getByRole('button', { name: 'New campaign' }).click();
  await settingsPanel.getByLabel('Campaign name').fill('Trusted only');
  await settingsPanel.getByLabel('Start date').fill('2026-11-01');
  await settingsPanel.getByLabel('End date').fill('2026-12-31');
  await settingsPanel.getByRole('button', { name: 'Create campaign' }).click();
  await waitFor(async () => (await local('log.activeCampaignId')) ?? false, {
    message: 'the new campaign to become active',
  });
});
after(async () => ext?.close());

/** A value of the extension's storage.local. */
function local(key) {
  return ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);
}

/** Sets the publish policy the way a user does: in the panel's settings. */
async function choosePolicy(label, expected) {
  if (!(await settingsPanel.locator('details.panel__more').evaluate((d) => d.open))) {
    await settingsPanel.getByText('Settings', { exact: true }).click();
  }
  await settingsPanel.getByLabel(label).check();
  await waitFor(async () => (await local('publish.policy')) === expected, { message: `policy ${expected}` });
}

/** The texts of the campaign log's entries, read straight from the extension's IndexedDB. */
function loggedTexts() {
  return ext.worker.evaluate(async () => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'rostrum-log')) return [];
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('rostrum-log');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('pages').objectStore('pages').getAll();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          db.close();
          resolve(request.result.flatMap((page) => page.entries.map((text) => JSON.parse(text).text)));
        };
      };
    });
  });
}

const loggedWith = async (marker) => (await loggedTexts()).filter((text) => text.includes(marker));

let opened = 0;
/** An X page (unique URL, so its tab can be found) and the panel following it. */
async function openX() {
  const page = await ext.context.newPage();
  await page.goto(`https://x.com/home?trusted=${++opened}`);
  const composer = page.locator('[data-testid="tweetTextarea_0"]').first();
  await composer.waitFor();
  const panel = await ext.openPanel(await ext.tabIdOf(page));
  return { page, composer, panel, button: page.getByTestId('tweetButtonInline') };
}

/** Types into the composer as the user does, and waits for the editor to show it. */
async function typeDraft({ page, composer }, text) {
  await composer.click();
  await page.keyboard.type(text);
  await composer.filter({ hasText: text }).waitFor();
}

/**
 * Reloads the tab (the panel keeps following it): the fixture's Draft.js editor takes no typing once
 * it has been emptied by a publish.
 */
async function freshComposer({ page, composer }) {
  await page.reload();
  await composer.waitFor();
}

/** The fixture's own record of what it published: the site did act on the event. */
const waitPublished = (page, text) =>
  waitFor(async () => (await page.evaluate(() => window.__fixture.posts.map((p) => p.text))).includes(text), {
    message: `the site to publish “${text}”`,
  });

describe('publish capture counts only trusted actions', () => {
  test("a page script's click on Post logs nothing; the user's click that follows is logged", async () => {
    await choosePolicy('Log it at once (with undo)', 'always');
    const x = await openX();
    const scripted = 'SCRIPT CLICK marker: clicked by the page';
    await typeDraft(x, scripted);
    await x.page.evaluate(() => document.querySelector('[data-testid="tweetButtonInline"]').click());
    await waitPublished(x.page, scripted);
    await freshComposer(x);

    const real = 'USER CLICK marker: clicked by the user';
    await typeDraft(x, real);
    await x.button.click();
    await waitPublished(x.page, real);
    // Captures reach the log in the order they happen: once the user's post is in, a captured
    // scripted one would be too.
    await waitFor(async () => (await loggedWith('USER CLICK marker')).length === 1, {
      message: "the user's post to be logged",
    });
    assert.deepEqual(await loggedWith('SCRIPT CLICK marker'), []);
    await x.page.close();
    await x.panel.close();
  });

  test("a page script's Ctrl+Enter is not offered for the log; the user's that follows is", async () => {
    await choosePolicy('Ask me whether to log it', 'ask');
    const x = await openX();
    const scripted = 'SCRIPT KEY marker: sent by the page';
    await typeDraft(x, scripted);
    await x.page.evaluate(() => {
      // The caret is in the composer: the editor itself has focus.
      const editor = document.activeElement;
      editor.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: 'Enter',
          code: 'Enter',
          keyCode: 13,
          ctrlKey: true,
          bubbles: true,
        }),
      );
    });
    await waitPublished(x.page, scripted);
    await freshComposer(x);

    const real = 'USER KEY marker: sent by the user';
    await typeDraft(x, real);
    await x.page.keyboard.press('Control+Enter');
    await waitPublished(x.page, real);
    const offers = x.panel.getByTestId('publish-notices').locator('[data-state="pending"]');
    await offers.getByText('Log this published post?').waitFor();
    assert.equal(await offers.count(), 1, 'one offer, for the post the user sent');
    await offers.getByRole('button', { name: 'Log it' }).click();
    await waitFor(async () => (await loggedWith('USER KEY marker')).length === 1, {
      message: "the user's post to be logged",
    });
    assert.deepEqual(await loggedWith('SCRIPT KEY marker'), []);
    await x.page.close();
    await x.panel.close();
  });
});
