/**
 * A page Rostrum cannot read says so: on a supported site, the user clicking into a reply box whose
 * markup no adapter knows turns the panel's notice into "the layout may have changed", with the
 * button to type in the panel instead, which puts the cursor in the panel's own box.
 *
 * Build first: `npm run build && npm run build:fixtures`; run: `node --test tests/e2e/unread-composer.test.mjs`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';

const twitter = createRequire(import.meta.url)('twitter-text');

/** A post page, where X shows no composer on load: only the user's click tells the layout changed. */
const POST_URL = 'https://x.com/Parliament/status/1';
const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures/static/x-unknown-reply.html',
);

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
  // Registered after the fixture router, so it answers this page first (Playwright's order).
  await ext.context.route(POST_URL, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(FIXTURE, 'utf8') }),
  );
});
after(async () => ext?.close());

test('clicking into a reply box no adapter knows shows the layout notice, and its button starts manual mode', async () => {
  const page = await ext.context.newPage();
  await page.goto(POST_URL);
  const tabId = await ext.tabIdOf(page);
  await waitFor(async () => (await ext.tabState(tabId))?.status === 'no-composer', {
    message: 'the content script to report no composer',
  });
  const panel = await ext.openPanel(tabId);
  await panel.locator('[data-testid="composer-notice"][data-kind="no-composer"]').waitFor();

  await page.getByLabel('Post your reply').click();
  const notice = panel.locator('[data-testid="composer-notice"][data-kind="layout-changed"]');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.innerText(), /X/);

  await notice.getByRole('button', { name: 'Type in the panel instead' }).click();
  await waitFor(async () => panel.evaluate(() => document.activeElement?.id === 'manual-draft'), {
    message: "the cursor in the panel's draft box",
  });
  const text = 'Reply: the debate is on parliament.example/live';
  await panel.keyboard.type(text);
  const expected = String(twitter.parseTweet(text).weightedLength);
  await waitFor(async () => (await panel.getByTestId('length-used').innerText()) === expected, {
    message: `X's count of the panel's draft, ${expected}`,
  });
  await panel.close();
  await page.close();
});
