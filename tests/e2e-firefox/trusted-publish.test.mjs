/**
 * Only a real user action captures a post, in real Firefox too (issue 18 item 1): a page script's
 * `click()` or dispatched click on the Post button of X, Bluesky or Mastodon (an instance the user
 * adds in the panel) gets the site to publish, but Rostrum logs nothing; puppeteer's click, which
 * WebDriver BiDi delivers as the user's own input, is logged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { button, field, fill, present, until } from './helpers/dom.mjs';
import { launchFirefox } from './helpers/firefox.mjs';

const MASTODON_HOST = 'mastodon.example';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
/** @type {import('puppeteer-core').Page} the panel the campaign was created in; the log is read through it */
let settings;
before(async () => {
  // The instance's API is asked from the background page: answered through the proxy, not refused.
  ff = await launchFirefox({ log: blocked, extensionHosts: [MASTODON_HOST] });
  settings = await startCampaignLoggingAtOnce();
});
after(async () => ff?.close());

/**
 * Opens the panel, creates an active campaign and sets the log to "at once", as the user does: a post
 * is captured into the active campaign, and with none nothing is logged at all. Returns the panel.
 */
async function startCampaignLoggingAtOnce() {
  const panel = await ff.openPanel();
  await (await button(panel, 'New campaign')).click();
  await (await field(panel, 'Campaign name')).type('Trusted only');
  await fill(await field(panel, 'Start date'), '2026-11-01');
  await fill(await field(panel, 'End date'), '2026-12-31');
  await (await button(panel, 'Create campaign')).click();
  await until(panel, async () =>
    Boolean((await browser.storage.local.get('log.activeCampaignId'))['log.activeCampaignId']),
  );
  await (await button(panel, 'Settings')).click();
  await (await field(panel, 'Log it at once (with undo)')).click();
  await until(
    panel,
    async () => (await browser.storage.local.get('publish.policy'))['publish.policy'] === 'always',
  );
  return panel;
}

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

/** Waits until the fixture (X or Bluesky) has published `text`: the site did act on the click. */
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

/** Bluesky's Post button, in the composer dialog. */
const BLUESKY_POST = '[role="dialog"] [data-testid="composerPublishBtn"]';
const BLUESKY_EDITOR = '[role="dialog"][aria-label="Compose new post"] .ProseMirror[contenteditable="true"]';

/** Opens Bluesky's composer dialog (a publish closes it), types as the user does, and waits for the editor to show it. */
async function typeBlueskyDraft(page, text) {
  await (await button(page, 'New post')).click();
  await present(page, BLUESKY_EDITOR);
  await page.click(BLUESKY_EDITOR);
  await page.keyboard.type(text);
  await until(page, (s, t) => document.querySelector(s)?.textContent?.includes(t), BLUESKY_EDITOR, text);
}

/** Mastodon's compose form (a textarea) and its Post button. */
const MASTODON_EDITOR = '.compose-form textarea.autosuggest-textarea__textarea';
const MASTODON_POST = '.compose-form button[type="submit"]';

/** Types into Mastodon's textarea as the user does, and waits for it to hold exactly `text`. */
async function typeMastodonDraft(page, text) {
  await page.click(MASTODON_EDITOR);
  await page.keyboard.type(text);
  await until(page, (s, t) => document.querySelector(s)?.value === t, MASTODON_EDITOR, text);
}

describe('Firefox: publish capture counts only trusted actions', () => {
  test("X: a page script's click on Post logs nothing; puppeteer's click that follows is logged", async () => {
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

  test("Bluesky: a page script's click() and dispatched click on Post log nothing; puppeteer's click that follows is logged", async () => {
    const page = await ff.newPage();
    await page.goto('https://bsky.app/?e2e=trusted');
    const scripted = [
      'SCRIPT BSKY marker: click() by the page',
      'SCRIPT BSKY marker: dispatchEvent by the page',
    ];
    await typeBlueskyDraft(page, scripted[0]);
    // The selector is passed in: the function runs in the page, not here.
    await page.evaluate((s) => /** @type {HTMLElement} */ (document.querySelector(s)).click(), BLUESKY_POST);
    await published(page, scripted[0]);
    await typeBlueskyDraft(page, scripted[1]);
    await page.evaluate(
      (s) =>
        document
          .querySelector(s)
          ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })),
      BLUESKY_POST,
    );
    await published(page, scripted[1]);

    const real = 'USER BSKY marker: clicked by the user';
    await typeBlueskyDraft(page, real);
    await page.click(BLUESKY_POST);
    await published(page, real);
    // Captures reach the log in the order they happen: once the user's post is in, a captured
    // scripted one would be too.
    const texts = await loggedOnce(settings, 'USER BSKY marker');
    assert.deepEqual(
      texts.filter((t) => t.includes('SCRIPT BSKY marker')),
      [],
    );
    assert.deepEqual(blocked, [], 'no request left the browser');
  });

  test("Mastodon: a page script's click() on Post logs nothing; puppeteer's click that follows is logged", async () => {
    // The panel is open on Settings (before()); the instance is added there as the user does.
    await (await field(settings, 'Instance address')).type(MASTODON_HOST);
    await (await button(settings, 'Add instance')).click();
    await until(settings, (h) => document.querySelector(`[data-host="${h}"]`) !== null, MASTODON_HOST);

    const page = await ff.newPage();
    await page.goto(`https://${MASTODON_HOST}/home?e2e=trusted`);
    const scripted = 'SCRIPT MASTODON marker: click() by the page';
    await typeMastodonDraft(page, scripted);
    await page.evaluate((s) => /** @type {HTMLElement} */ (document.querySelector(s)).click(), MASTODON_POST);
    await published(page, scripted);

    const real = 'USER MASTODON marker: clicked by the user';
    await typeMastodonDraft(page, real);
    await page.click(MASTODON_POST);
    await published(page, real);
    const texts = await loggedOnce(settings, 'USER MASTODON marker');
    assert.deepEqual(
      texts.filter((t) => t.includes('SCRIPT MASTODON marker')),
      [],
    );
    assert.deepEqual(blocked, [], 'no request left the browser');
  });
});
