/**
 * Rostrum in real Firefox (Debian's firefox-esr over WebDriver BiDi): the built Firefox extension as a
 * temporary add-on, the X and Bluesky fixtures served at their real URLs, and the panel opened as a
 * page that follows the site's tab. Nothing may leave the browser.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { button, field, present, textIn, until } from './helpers/dom.mjs';
import { launchFirefox } from './helpers/firefox.mjs';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
before(async () => {
  ff = await launchFirefox({ log: blocked });
});
after(async () => ff?.close());

let opened = 0;
/** Opens a site page; the query makes its URL unique, so its tab can be told from the others. */
async function open(url) {
  const page = await ff.newPage();
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}e2e=${++opened}`);
  return page;
}

describe('Firefox: drafts reach the panel', () => {
  test('X (Draft.js): the draft, its length and its checks', async () => {
    const page = await open('https://x.com/home');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Vote on the budget today #budgetvote');
    const panel = await ff.openPanel(await ff.tabIdOf(page));
    assert.equal(
      await textIn(panel, '[data-testid="draft-text"]', 'budget'),
      'Vote on the budget today #budgetvote',
    );
    await until(panel, () => document.querySelector('[data-testid="length-used"]')?.textContent === '36');
    await present(panel, '[data-testid="findings"] [data-finding="hashtag-not-camelcase"]');
    await page.keyboard.type(' AND VOTE NOW PLEASE EVERYONE');
    await present(panel, '[data-testid="findings"] [data-finding="all-caps"]');
    await panel.close();
    await page.close();
  });

  test('Bluesky (ProseMirror in a dialog): the draft and the 300 limit', async () => {
    const page = await open('https://bsky.app/');
    await (await button(page, 'New post')).click();
    const editor = '[role="dialog"][aria-label="Compose new post"] .ProseMirror[contenteditable="true"]';
    await present(page, editor);
    await page.click(editor);
    await page.keyboard.type('Committee hearing at 10:00 on bsky');
    const panel = await ff.openPanel(await ff.tabIdOf(page));
    await textIn(panel, '[data-testid="draft-text"]', 'Committee hearing at 10:00 on bsky');
    await textIn(panel, '[data-testid="length-meter"]', '/ 300');
    await panel.close();
    await page.close();
  });

  test('manual mode: a page with no composer says so; a typed draft gets the same help', async () => {
    const page = await open('https://x.com/explore');
    const panel = await ff.openPanel(await ff.tabIdOf(page));
    await present(panel, '[data-testid="composer-notice"][data-kind="no-composer"]');
    const box = await field(panel, 'Your draft');
    await box.type('Read the report: https://committees.parliament.uk/work/1234/housing-inquiry/');
    // X counts any URL as 23 characters.
    const expected = String('Read the report: '.length + 23);
    await until(
      panel,
      (n) => document.querySelector('[data-testid="length-used"]')?.textContent === n,
      expected,
    );
    await (await field(panel, 'Platform')).select('bluesky');
    await textIn(panel, '[data-testid="length-meter"]', '/ 300');
    await panel.close();
    await page.close();
  });

  test('no request left the browser', () => {
    assert.deepEqual(blocked, []);
  });
});
