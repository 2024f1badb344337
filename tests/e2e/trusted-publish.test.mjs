/**
 * Only a real user action captures a post (docs/security.md, row 1; issue 18 item 1): a page script
 * that clicks the post button or fires Ctrl+Enter itself gets the site to publish, but Rostrum neither
 * logs nor offers to log that post. Real Chromium, the built extension, the X, Bluesky and Mastodon
 * fixtures at their real URLs.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DRIVERS, compose, publishedPosts, waitReady } from './fixtures/drivers.mjs';
import { waitFor } from './helpers/extension.mjs';
import { addMastodonInstance } from './helpers/mastodon.mjs';
import { publishSession } from './helpers/publish.mjs';

const session = publishSession({ campaign: 'Trusted only', query: 'trusted' });
const { choosePolicy, entriesWith, openSite, openX } = session;

/** The texts of the log entries that contain `marker`. */
const loggedWith = async (marker) => (await entriesWith(marker)).map((e) => e.text);

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
    await choosePolicy('Log it at once (with undo)');
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
    await choosePolicy('Ask me whether to log it');
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

  // The user's post follows the page's on the same page: captures reach the log in the order they
  // happen, so once the user's post is in, a captured scripted one would be too.
  for (const name of ['bluesky', 'mastodon']) {
    test(`${name}: a page script's click on Post logs nothing; the user's click that follows is logged`, async () => {
      await choosePolicy('Log it at once (with undo)');
      const driver = DRIVERS[name];
      if (name === 'mastodon') {
        const panel = await session.ext.openPanel();
        await addMastodonInstance(session.ext, panel, 'mastodon.example', '1,000 characters');
        await panel.close();
      }
      const page = await openSite(driver.url);
      await waitReady(page);
      const isPublished = (marker) => async () =>
        (await publishedPosts(page)).some((p) => p.text.includes(marker));

      const scripted = `SCRIPT ${name} marker: clicked by the page`;
      await compose(page, driver, { text: scripted });
      await driver.postButton(page).evaluate((b) => /** @type {HTMLElement} */ (b).click());
      await waitFor(isPublished(scripted), { message: `${name} to publish the scripted post` });

      const real = `USER ${name} marker: clicked by the user`;
      await compose(page, driver, { text: real });
      await driver.postButton(page).click();
      await waitFor(isPublished(real), { message: `${name} to publish the user's post` });
      await waitFor(async () => (await loggedWith(`USER ${name} marker`)).length === 1, {
        message: `${name}: the user's post to be logged`,
      });
      assert.deepEqual(await loggedWith(`SCRIPT ${name} marker`), []);
      await page.close();
    });
  }
});
