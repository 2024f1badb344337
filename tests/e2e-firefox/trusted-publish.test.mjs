/**
 * Only a real user action captures a post, in real Firefox too (issue 18 item 1): a page script's
 * `click()` on X's Post button gets the site to publish, but Rostrum logs nothing; puppeteer's click,
 * which WebDriver BiDi delivers as the user's own input, is logged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { button, field, fill, until } from './helpers/dom.mjs';
import { launchFirefox } from './helpers/firefox.mjs';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
before(async () => {
  ff = await launchFirefox({ log: blocked });
});
after(async () => ff?.close());

/**
 * Waits until the campaign log, read straight from the extension's IndexedDB in the extension page
 * `page`, holds an entry containing `marker`, and returns every entry's text.
 * @param {import('puppeteer-core').Page} page
 * @param {string} marker
 */
function loggedOnce(page, marker) {
  return until(
    page,
    async (m) => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'rostrum-log')) return null;
      /** @type {string[]} */
      const texts = await new Promise((resolve, reject) => {
        const open = indexedDB.open('rostrum-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('pages').objectStore('pages').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(request.result.flatMap((p) => p.entries.map((text) => JSON.parse(text).text)));
          };
        };
      });
      return texts.some((t) => t.includes(m)) ? texts : null;
    },
    marker,
  );
}

/** Waits until the X fixture has published `text`: the site did act on the click. */
const published = (page, text) => until(page, (t) => window.__fixture.posts.some((p) => p.text === t), text);

/** Types into X's composer as the user does, and waits for the editor to show it. */
async function typeDraft(page, text) {
  await page.click('[data-testid="tweetTextarea_0"]');
  await page.keyboard.type(text);
  await until(
    page,
    (t) => document.querySelector('[data-testid="tweetTextarea_0"]')?.textContent?.includes(t),
    text,
  );
}

describe('Firefox: publish capture counts only trusted actions', () => {
  test("a page script's click on Post logs nothing; puppeteer's click that follows is logged", async () => {
    const settings = await ff.openPanel();
    // A post is captured into the active campaign; with none, nothing is logged at all.
    await (await button(settings, 'New campaign')).click();
    await (await field(settings, 'Campaign name')).type('Trusted only');
    await fill(await field(settings, 'Start date'), '2026-11-01');
    await fill(await field(settings, 'End date'), '2026-12-31');
    await (await button(settings, 'Create campaign')).click();
    await until(settings, async () =>
      Boolean((await browser.storage.local.get('log.activeCampaignId'))['log.activeCampaignId']),
    );
    await (await button(settings, 'Settings')).click();
    await (await field(settings, 'Log it at once (with undo)')).click();
    await until(
      settings,
      async () => (await browser.storage.local.get('publish.policy'))['publish.policy'] === 'always',
    );

    const page = await ff.newPage();
    await page.goto('https://x.com/home?e2e=trusted');
    const scripted = 'SCRIPT CLICK marker: clicked by the page';
    await typeDraft(page, scripted);
    await page.evaluate(() => document.querySelector('[data-testid="tweetButtonInline"]').click());
    await published(page, scripted);
    // The fixture's Draft.js editor takes no typing once a publish has emptied it.
    await page.reload();

    const real = 'USER CLICK marker: clicked by the user';
    await typeDraft(page, real);
    await page.click('[data-testid="tweetButtonInline"]');
    await published(page, real);
    // Captures reach the log in the order they happen: once the user's post is in, a captured
    // scripted one would be too.
    const texts = await loggedOnce(settings, 'USER CLICK marker');
    assert.deepEqual(
      texts.filter((t) => t.includes('SCRIPT CLICK marker')),
      [],
    );
    assert.deepEqual(blocked, [], 'no request left the browser');
  });
});
