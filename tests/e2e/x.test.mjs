/**
 * Rostrum end to end on X, in real Chromium: the built extension, the X fixture (Draft.js, as on
 * x.com) served at https://x.com by request interception, and the side panel opened as a page.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';
import { EXAMPLE_URL } from './helpers/routes.mjs';

const twitter = createRequire(import.meta.url)('twitter-text');

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

let opened = 0;
/** Opens an X page; the query makes its URL unique, so its tab can be told from the others. */
async function openX(path = '/home') {
  const page = await ext.context.newPage();
  await page.goto(`https://x.com${path}?e2e=${++opened}`);
  const composer = page.locator('[data-testid="tweetTextarea_0"]').first();
  return { page, composer };
}

describe('X', () => {
  test('the panel shows the typed draft with X’s weighted count and reacting checks', async () => {
    const { page, composer } = await openX();
    await composer.click();
    const line1 = 'Vote on the budget today 🗳️ 議会 #budgetvote';
    const line2 = 'Details: parliament.example/budget-2027';
    await page.keyboard.type(line1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(line2);
    const text = `${line1}\n${line2}`;
    const expected = twitter.parseTweet(text).weightedLength;
    assert.ok(expected !== [...text].length, 'the draft must weigh differently from its length');

    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await panel.getByTestId('draft-text').filter({ hasText: 'Details: parliament.example' }).waitFor();
    assert.equal(await panel.getByTestId('draft-text').innerText(), text);
    await waitFor(async () => (await panel.getByTestId('length-used').innerText()) === String(expected), {
      message: `weighted length ${expected}`,
    });
    const findings = panel.getByTestId('findings');
    await findings.locator('[data-finding="hashtag-not-camelcase"]').waitFor();
    assert.ok((await panel.getByTestId('tips').locator('li').count()) > 0, 'tips are shown');

    // The panel follows as the user keeps typing.
    await page.keyboard.type(' AND VOTE NOW PLEASE EVERYONE');
    await findings.locator('[data-finding="all-caps"]').waitFor();
    await page.close();
    await panel.close();
  });

  test('a post is logged to a new campaign, listed, and still there when the panel reopens', async () => {
    const { page, composer } = await openX();
    await composer.click();
    await page.keyboard.type('Committee hearing on housing at 10:00 #HousingInquiry');
    const tabId = await ext.tabIdOf(page);
    let panel = await ext.openPanel(tabId);
    await panel.getByTestId('draft-text').filter({ hasText: 'Committee hearing' }).waitFor();

    await panel.getByRole('button', { name: 'New campaign' }).click();
    await panel.getByLabel('Campaign name').fill('Housing inquiry');
    await panel.getByLabel('Hashtags').fill('#HousingInquiry');
    await panel.getByLabel('Start date').fill('2026-11-01');
    await panel.getByLabel('End date').fill('2026-12-15');
    await panel.getByRole('button', { name: 'Create campaign' }).click();
    await waitFor(async () => (await panel.getByLabel('Active campaign').inputValue()) !== '', {
      message: 'the new campaign to become active',
    });
    await panel.getByRole('button', { name: 'Log this post' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /logged/i })
      .waitFor();

    await panel.getByRole('tab', { name: 'Log' }).click();
    const list = panel.getByRole('heading', { name: 'Campaign log' });
    await list.waitFor();
    await panel.getByText('Committee hearing on housing').waitFor();
    await panel.getByText('Housing inquiry').first().waitFor();

    await panel.close();
    panel = await ext.openPanel(tabId);
    // The draft is there at once, from the background's per-tab state.
    await panel.getByTestId('draft-text').filter({ hasText: 'Committee hearing' }).waitFor();
    await panel.getByRole('tab', { name: 'Log' }).click();
    await panel.getByText('Committee hearing on housing').waitFor();
    await panel.close();
    await page.close();
  });

  test('a page with no composer says so, and manual mode gives the same help', async () => {
    const { page } = await openX('/explore');
    const tabId = await ext.tabIdOf(page);
    await waitFor(async () => (await ext.tabState(tabId))?.status === 'no-composer', {
      message: 'the content script to report no composer',
    });
    const panel = await ext.openPanel(tabId);
    await panel.locator('[data-testid="composer-notice"][data-kind="no-composer"]').waitFor();
    const box = panel.getByLabel('Your draft');
    const text = 'Read the report: https://committees.parliament.uk/work/1234/housing-inquiry/publications/';
    await box.fill(text);
    const expected = String(twitter.parseTweet(text).weightedLength);
    assert.equal(expected, String('Read the report: '.length + 23));
    await waitFor(async () => (await panel.getByTestId('length-used').innerText()) === expected, {
      message: 'X count with the URL as 23',
    });
    await panel.getByLabel('Platform').selectOption('bluesky');
    await waitFor(async () => (await panel.getByTestId('length-meter').innerText()).includes('/ 300'), {
      message: 'the Bluesky limit',
    });
    await panel.close();
    await page.close();
  });

  test('in-app navigation to the composer keeps the panel following', async () => {
    const { page } = await openX('/explore');
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await page.evaluate(() => {
      history.pushState({}, '', '/home');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    const composer = page.locator('[data-testid="tweetTextarea_0"]').first();
    await composer.click();
    await page.keyboard.type('After navigation');
    await panel.getByTestId('draft-text').filter({ hasText: 'After navigation' }).waitFor();
    await panel.close();
    await page.close();
  });

  test('the content script does not run on other sites', async () => {
    const before = await ext.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
    const page = await ext.context.newPage();
    await page.goto(EXAMPLE_URL);
    const editable = page.locator('[contenteditable="true"], textarea').first();
    await editable.click();
    await page.keyboard.type('Not a social site');
    await page.waitForFunction(
      (t) =>
        [...document.querySelectorAll('[contenteditable="true"], textarea')].some((el) =>
          ('value' in el ? el.value : el.textContent).includes(t),
        ),
      'Not a social site',
    );
    // A site Rostrum does read, typed into afterwards: once its draft is in, a draft from the example
    // page, had it been read, would be in too (same debounce, earlier keystrokes).
    const barrier = await ext.context.newPage();
    await barrier.goto('https://x.com/home?e2e=barrier');
    await barrier.locator('[data-testid="tweetTextarea_0"]').first().click();
    await barrier.keyboard.type('Barrier');
    const barrierTab = await ext.tabIdOf(barrier);
    await waitFor(async () => (await ext.tabState(barrierTab))?.draft?.text === 'Barrier', {
      message: 'the X draft typed afterwards to be read',
    });
    await barrier.close();
    const afterKeys = await ext.worker.evaluate(async () =>
      Object.keys(await chrome.storage.session.get(null)),
    );
    // Tabs closed by earlier tests may still be dropping their keys; none may appear.
    assert.deepEqual(
      afterKeys.filter((key) => !before.includes(key) && !key.endsWith(`-${barrierTab}`)),
      [],
    );
    await page.close();
  });
});

describe('after a browser restart', () => {
  test('logged entries are still listed', async () => {
    const { page, composer } = await openX();
    await composer.click();
    await page.keyboard.type('Survives a restart');
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    await panel.getByTestId('draft-text').filter({ hasText: 'Survives a restart' }).waitFor();
    await panel.getByRole('button', { name: 'Log this post' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: /logged/i })
      .waitFor();
    const userDataDir = ext.userDataDir;
    await ext.context.close();

    const again = await launchWithExtension({ userDataDir });
    try {
      const reopened = await again.openPanel();
      await reopened.getByRole('tab', { name: 'Log' }).click();
      await reopened.getByText('Survives a restart').waitFor({ timeout: 8000 });
    } finally {
      await again.context.close();
    }
  });
});
