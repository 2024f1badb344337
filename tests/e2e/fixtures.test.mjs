/**
 * Smoke test of the fixture sites in real Chromium, without the extension: each site's editor takes
 * typed text with line breaks, publishes (or fails to, with ?fail=1), takes media and alt text, and
 * navigates in-app; the request router answers only what it should.
 *
 * Run: npm run build:fixtures && node --test tests/e2e/fixtures.test.mjs
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  DRAFT,
  DRIVERS,
  compose,
  describeFirstImage,
  editorText,
  lines,
  publishedPosts,
  waitReady,
} from './fixtures/drivers.mjs';
import { MP4_FILE, PNG_FILE } from './fixtures/media.mjs';
import { EXAMPLE_URL, routeSites } from './helpers/routes.mjs';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */
/** @typedef {import('./fixtures/drivers.mjs').SiteDriver} SiteDriver */

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
});

/**
 * Run `body` with a fresh context (router installed) and page; closes them afterwards.
 * @param {(env: { page: Page, log: string[], errors: Error[] }) => Promise<void>} body
 * @param {Parameters<typeof routeSites>[1]} [options]
 * @param {{ width: number, height: number }} [viewport] the window size the layout needs
 */
async function withPage(body, options = {}, viewport = { width: 1100, height: 800 }) {
  /** @type {string[]} */
  const log = [];
  const context = await browser.newContext({ viewport });
  // Fixtures answer locally in milliseconds; fail well before Playwright's default 30 s.
  context.setDefaultTimeout(10_000);
  try {
    await routeSites(context, { log, ...options });
    const page = await context.newPage();
    /** @type {Error[]} */
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await body({ page, log, errors });
  } finally {
    await context.close();
  }
}

/** @param {Page} page */
const attempts = (page) => page.evaluate(() => /** @type {any} */ (window).__fixture.attempts);
/** @param {Page} page @param {number} n */
const waitForPosts = (page, n) =>
  page.waitForFunction((count) => /** @type {any} */ (window).__fixture.posts.length === count, n);

/**
 * Follow in-app links and check the page never reloads.
 * @param {Page} page
 * @param {Array<[link: Locator, url: string]>} steps
 */
async function followLinks(page, steps) {
  await page.evaluate(() => Object.assign(window, { __samePage: true }));
  for (const [link, url] of steps) {
    await link.click();
    await page.waitForURL(url);
  }
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__samePage), true, 'no page load');
}

describe('router', () => {
  test('serves the example page, aborts and logs everything else', () =>
    withPage(async ({ page, log }) => {
      const response = await page.goto(EXAMPLE_URL);
      assert.equal(response?.status(), 200);
      assert.equal(await page.title(), 'Example Domain');
      const fetched = await page.evaluate(() =>
        fetch('https://tracker.invalid/pixel').then(
          () => 'ok',
          () => 'failed',
        ),
      );
      assert.equal(fetched, 'failed');
      await assert.rejects(page.goto('https://unknown.invalid/'));
      assert.deepEqual(log, ['https://tracker.invalid/pixel', 'https://unknown.invalid/']);
    }));
});

describe('every site', () => {
  for (const [name, driver] of Object.entries(DRIVERS)) {
    test(`${name}: type two lines; a failed publish keeps them; publish, the feed shows the post`, () =>
      withPage(
        async ({ page, log, errors }) => {
          const url = new URL(driver.url);
          url.searchParams.set('fail', '1');
          await page.goto(url.href);
          await waitReady(page);
          const editor = await compose(page, driver);
          assert.equal(await page.locator(driver.editor).count(), 1, `${driver.editor} finds the editor`);
          assert.equal(await editorText(editor), driver.innerText);
          assert.deepEqual(lines(await editorText(editor)), ['Hello #Test', 'Second line']);

          await driver.postButton(page).click();
          await page.getByRole('alert').waitFor();
          assert.equal(await editorText(editor), driver.innerText, 'draft kept after a failed publish');
          assert.deepEqual(await publishedPosts(page), []);
          assert.equal(await attempts(page), 1);

          await page.evaluate(() => /** @type {any} */ (window).__fixture.setFail(false));
          await driver.postButton(page).click();
          await waitForPosts(page, 1);
          if ((await editor.count()) > 0)
            assert.deepEqual(lines(await editorText(editor)), [], 'composer cleared');
          assert.equal((await driver.latestPost(page).innerText()).trim(), DRAFT);
          assert.equal((await publishedPosts(page))[0]?.text, DRAFT);
          assert.deepEqual(log, [], 'no request left the fixture');
          assert.deepEqual(errors, []);
        },
        {},
        driver.viewport,
      ));

    if (!driver.fileInput && !driver.mediaFirst) continue;
    const describes = Boolean(driver.alt || driver.describeFirstImage);
    test(`${name}: attach images${describes ? ', describe one' : ''}${driver.video ? ' and a video' : ''}; publish`, () =>
      withPage(
        async ({ page, errors }) => {
          await page.goto(driver.url);
          await waitReady(page);
          const files = driver.video ? [PNG_FILE, PNG_FILE, MP4_FILE] : [PNG_FILE, PNG_FILE];
          await compose(page, driver, {
            text: 'With pictures',
            files,
            alt: describes ? 'MPs voting in the chamber' : undefined,
          });
          await driver.postButton(page).click();
          await waitForPosts(page, 1);
          const [post] = await publishedPosts(page);
          assert.equal(post?.text, 'With pictures');
          assert.deepEqual(
            post?.media.map((m) => [m.kind, m.alt]),
            [
              ['image', describes ? 'MPs voting in the chamber' : ''],
              ['image', ''],
              ...(driver.video ? [['video', '']] : []),
            ],
          );
          assert.deepEqual(errors, []);
        },
        {},
        driver.viewport,
      ));
  }
});

describe('x', () => {
  const EDITOR = '[data-testid="tweetTextarea_0"]';

  test('Draft.js markup; post button disabled while empty; Ctrl+Enter publishes', () =>
    withPage(async ({ page }) => {
      await page.goto('https://x.com/home');
      await waitReady(page);
      const editor = page.locator(EDITOR);
      assert.equal(await editor.getAttribute('role'), 'textbox');
      assert.equal(await editor.getAttribute('aria-label'), 'Post text');
      assert.equal(await editor.getAttribute('aria-multiline'), 'true');
      assert.equal(await editor.getAttribute('contenteditable'), 'true');
      assert.match((await editor.getAttribute('class')) ?? '', /public-DraftEditor-content/);
      assert.equal(await page.locator(`.DraftEditor-root ${EDITOR}`).count(), 1);
      assert.equal(await page.locator('[data-testid="toolBar"] [data-testid="fileInput"]').count(), 1);
      const button = page.locator('[data-testid="tweetButtonInline"]');
      assert.equal(await button.isDisabled(), true);

      await editor.click();
      await page.keyboard.type(DRAFT);
      assert.equal(await editor.locator('[data-block="true"]').count(), 2, 'one Draft.js block per line');
      assert.equal(await button.isDisabled(), false);
      await page.keyboard.press('Control+Enter');
      await waitForPosts(page, 1);
      assert.deepEqual(lines(await editorText(editor)), []);
    }));

  test('attachment preview: the ALT badge and the img alt follow the description dialog', () =>
    withPage(async ({ page }) => {
      await page.goto('https://x.com/home');
      await waitReady(page);
      await compose(page, DRIVERS.x, { files: [PNG_FILE, PNG_FILE, MP4_FILE] });
      const attachments = page.locator('[data-testid="attachments"]');
      const alts = () =>
        attachments.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt')));
      const badges = () => attachments.locator('.x-alt-badge').count();
      // X's default alt for an undescribed picture; only the ALT badge says it is described.
      assert.deepEqual(await alts(), ['Image', 'Image']);
      assert.equal(await badges(), 0);
      assert.equal(await attachments.locator('video').count(), 1);
      await describeFirstImage(page, DRIVERS.x, 'MPs voting in the chamber');
      assert.deepEqual(await alts(), ['MPs voting in the chamber', 'Image']);
      assert.equal(await badges(), 1);
    }));

  test('/compose/post over home, reply dialog, pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://x.com/compose/post');
      await waitReady(page);
      const dialog = page.getByRole('dialog');
      assert.equal(await page.locator(EDITOR).count(), 2, 'inline composer stays under the dialog');
      await compose(page, DRIVERS['x-dialog']);
      await dialog.locator('[data-testid="tweetButton"]').click();
      await dialog.waitFor({ state: 'detached' });
      assert.equal(new URL(page.url()).pathname, '/home');

      await page.locator('[data-testid="reply"]').first().click();
      const reply = page.getByRole('dialog', { name: 'Reply' });
      await reply.locator(EDITOR).click();
      await page.keyboard.type('Thanks');
      await reply.locator('[data-testid="tweetButton"]').click();
      await reply.waitFor({ state: 'detached' });
      const posts = await publishedPosts(page);
      assert.equal(posts[1]?.text, 'Thanks');
      assert.equal(typeof posts[1]?.replyTo, 'number');

      await followLinks(page, [
        [page.locator('[data-testid="AppTabBar_Explore_Link"]'), 'https://x.com/explore'],
      ]);
      // The URL changes before the app re-renders: wait for the explore screen, then count.
      await page.getByRole('heading', { name: 'Explore', level: 1 }).waitFor();
      assert.equal(await page.locator(EDITOR).count(), 0, 'no composer on /explore');
      await followLinks(page, [
        [page.locator('[data-testid="SideNav_NewTweet_Button"]'), 'https://x.com/compose/post'],
        [page.getByRole('button', { name: 'Close' }), 'https://x.com/home'],
      ]);
      await page.goBack();
      await page.waitForURL('https://x.com/compose/post');
      await page.getByRole('dialog').locator(EDITOR).waitFor();
    }));

  test('twitter.com serves the same app; x.com/ lands on /home', () =>
    withPage(async ({ page }) => {
      await page.goto('https://twitter.com/compose/post');
      await waitReady(page);
      await page.getByRole('dialog').locator(EDITOR).waitFor();
      await page.goto('https://x.com/');
      await waitReady(page);
      assert.equal(page.url(), 'https://x.com/home');
    }));
});

describe('linkedin', () => {
  test('comment box is Quill too; pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://www.linkedin.com/');
      await waitReady(page);
      assert.equal(page.url(), 'https://www.linkedin.com/feed/');
      const editor = await compose(page, DRIVERS['linkedin-comment']);
      assert.equal(await editor.getAttribute('role'), 'textbox');
      await DRIVERS['linkedin-comment'].postButton(page).click();
      await waitForPosts(page, 1);
      assert.equal(typeof (await publishedPosts(page))[0]?.replyTo, 'number');

      await followLinks(page, [
        [page.getByRole('link', { name: 'My Network' }), 'https://www.linkedin.com/mynetwork/'],
      ]);
      await page.getByRole('heading', { name: 'Grow your network', level: 1 }).waitFor();
      assert.equal(await page.locator('.ql-editor').count(), 0, 'no editor on /mynetwork/');
      await followLinks(page, [[page.getByRole('link', { name: 'Home' }), 'https://www.linkedin.com/feed/']]);
      await (await DRIVERS.linkedin.openComposer(page)).waitFor();
      assert.equal(await page.locator('[data-test-modal-id="sharebox"] .ql-container .ql-editor').count(), 1);
    }));
});

describe('facebook', () => {
  test('Post is aria-disabled while empty; Page variant; pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://www.facebook.com/');
      await waitReady(page);
      const editor = await DRIVERS.facebook.openComposer(page);
      const post = DRIVERS.facebook.postButton(page);
      assert.equal(await post.getAttribute('aria-disabled'), 'true');
      await editor.click();
      await page.keyboard.type('x');
      assert.equal(await post.getAttribute('aria-disabled'), 'false');
      await page.getByRole('button', { name: 'Close' }).click();
      await followLinks(page, [
        [page.getByRole('link', { name: 'Video' }), 'https://www.facebook.com/watch/'],
        [
          page.getByRole('link', { name: 'Parliament of Exampleland' }),
          'https://www.facebook.com/ParliamentOfExampleland',
        ],
      ]);
      await DRIVERS['facebook-page'].openComposer(page);
      await page
        .getByRole('dialog', { name: 'Create post' })
        .getByText('Posting as Parliament of Exampleland')
        .waitFor();
    }));
});

describe('instagram', () => {
  test('alt text under Accessibility; Advanced settings; pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://www.instagram.com/');
      await waitReady(page);
      await followLinks(page, [
        [page.getByRole('link', { name: 'Explore' }), 'https://www.instagram.com/explore/'],
        [page.getByRole('link', { name: 'Home' }), 'https://www.instagram.com/'],
      ]);
      await compose(page, DRIVERS.instagram, { files: [PNG_FILE, PNG_FILE, MP4_FILE] });
      const dialog = page.getByRole('dialog', { name: 'Create new post' });
      await dialog.getByRole('button', { name: 'Accessibility' }).click();
      assert.equal(await dialog.getByLabel('Write alt text...').count(), 2, 'one alt field per image');
      const advanced = dialog.getByRole('button', { name: 'Advanced settings' });
      await advanced.click();
      assert.equal(await advanced.getAttribute('aria-expanded'), 'true');
      await dialog.getByText('Turn off commenting').waitFor();
      await DRIVERS.instagram.postButton(page).click();
      await dialog.getByText('Your post has been shared.').waitFor();
      assert.equal(await page.locator(DRIVERS.instagram.editor).count(), 0);
    }));
});

describe('threads', () => {
  test('Ctrl+Enter posts; pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://www.threads.com/');
      await waitReady(page);
      await followLinks(page, [
        [page.getByRole('link', { name: 'Search' }), 'https://www.threads.com/search'],
        [page.getByRole('link', { name: 'Home' }), 'https://www.threads.com/'],
      ]);
      await compose(page, DRIVERS.threads);
      await page.keyboard.press('Control+Enter');
      await waitForPosts(page, 1);
      assert.equal((await publishedPosts(page))[0]?.text, DRAFT);
    }));
});

describe('bluesky', () => {
  test('Ctrl+Enter posts; the prompt opens the composer; pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://bsky.app/');
      await waitReady(page);
      await followLinks(page, [
        [page.getByRole('link', { name: 'Search' }), 'https://bsky.app/search'],
        [page.getByRole('link', { name: 'Home' }), 'https://bsky.app/'],
      ]);
      await page.getByRole('button', { name: "What's up?" }).click();
      const editor = page.locator(DRIVERS.bluesky.editor);
      await editor.click();
      await page.keyboard.type(DRAFT);
      await page.keyboard.press('Control+Enter');
      await waitForPosts(page, 1);
      assert.equal((await publishedPosts(page))[0]?.text, DRAFT);
      await editor.waitFor({ state: 'detached' });
    }));
});

describe('mastodon', () => {
  test('instance API: limit 1000 in the counter, on any instance host', () =>
    withPage(
      async ({ page, log }) => {
        await page.goto('https://social.parliament.example/');
        await waitReady(page);
        assert.equal(page.url(), 'https://social.parliament.example/home');
        assert.equal(await page.locator('.character-counter').innerText(), '1000');
        await compose(page, DRIVERS.mastodon);
        assert.equal(await page.locator('.character-counter').innerText(), String(1000 - DRAFT.length));
        const api = await page.evaluate(async () => {
          const v1 = await (await fetch('/api/v1/instance')).json();
          const v2 = await (await fetch('/api/v2/instance')).json();
          return [
            v1.configuration.statuses.max_characters,
            v2.configuration.statuses.max_characters,
            v2.domain,
          ];
        });
        assert.deepEqual(api, [1000, 1000, 'social.parliament.example']);
        assert.deepEqual(log, []);
      },
      { mastodon: { hosts: ['social.parliament.example'] } },
    ));

  test('instance API answering 404: the counter falls back to 500', () =>
    withPage(
      async ({ page }) => {
        await page.goto('https://mastodon.example/home');
        await waitReady(page);
        assert.equal(await page.locator('.character-counter').innerText(), '500');
        assert.equal(await page.evaluate(async () => (await fetch('/api/v1/instance')).status), 404);
      },
      { mastodon: { maxCharacters: null } },
    ));

  test('Ctrl+Enter posts; composer survives pushState navigation, absent on /about', () =>
    withPage(async ({ page }) => {
      await page.goto('https://mastodon.example/home');
      await waitReady(page);
      await followLinks(page, [
        [page.getByRole('link', { name: 'About' }), 'https://mastodon.example/about'],
      ]);
      await page.getByRole('heading', { name: 'About', level: 1 }).waitFor();
      assert.equal(await page.locator(DRIVERS.mastodon.editor).count(), 0);
      await followLinks(page, [
        [page.getByRole('link', { name: 'Explore' }), 'https://mastodon.example/explore'],
      ]);
      const textarea = await compose(page, DRIVERS.mastodon);
      await page.keyboard.press('Control+Enter');
      await waitForPosts(page, 1);
      assert.equal(await textarea.inputValue(), '');
      assert.equal((await publishedPosts(page))[0]?.text, DRAFT);
    }));
});

describe('youtube', () => {
  test('composer only on the posts tab; pushState navigation', () =>
    withPage(async ({ page }) => {
      await page.goto('https://www.youtube.com/@somechannel/videos');
      await waitReady(page);
      assert.equal(await page.locator('#placeholder-area, #contenteditable-root').count(), 0);
      await followLinks(page, [
        [page.getByRole('tab', { name: 'Posts' }), 'https://www.youtube.com/@somechannel/posts'],
      ]);
      const editor = await compose(page, DRIVERS.youtube, { text: 'Draft' });
      await followLinks(page, [
        [page.getByRole('tab', { name: 'Home' }), 'https://www.youtube.com/@somechannel'],
      ]);
      await page.getByText('Channel home', { exact: true }).waitFor();
      assert.equal(await editor.count(), 0);
    }));
});

describe('compose links', () => {
  const cases = [
    ['https://x.com/intent/post?text=Hello%0AWorld', DRIVERS['x-dialog']],
    ['https://www.threads.com/intent/post?text=Hello%0AWorld', DRIVERS.threads],
    ['https://bsky.app/intent/compose?text=Hello%0AWorld', DRIVERS.bluesky],
  ];
  for (const [url, driver] of cases) {
    test(`${url} opens the composer with the text filled in`, () =>
      withPage(async ({ page }) => {
        await page.goto(/** @type {string} */ (url));
        await waitReady(page);
        const editor = page.locator(/** @type {SiteDriver} */ (driver).editor);
        await editor.waitFor();
        assert.deepEqual(lines(await editorText(editor)), ['Hello', 'World']);
      }));
  }

  test('linkedin ?shareActive=true opens the share box; x /compose/tweet becomes /compose/post', () =>
    withPage(async ({ page }) => {
      await page.goto('https://www.linkedin.com/feed/?shareActive=true');
      await waitReady(page);
      await page.locator(DRIVERS.linkedin.editor).waitFor();
      await page.goto('https://x.com/compose/tweet');
      await waitReady(page);
      assert.equal(page.url(), 'https://x.com/compose/post');
      await page.locator(DRIVERS['x-dialog'].editor).waitFor();
    }));
});
