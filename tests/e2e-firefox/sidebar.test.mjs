/**
 * The real sidebar in Firefox (issue 14 §1): Rostrum's sidebar action opens on the panel page, and the
 * panel in it follows the active tab's draft as the user types. The sidebar's document is read from
 * another extension page through `browser.extension.getViews({ type: 'sidebar' })`: its inner browser
 * is remote, so neither BiDi nor the chrome window can read it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { until } from './helpers/dom.mjs';
import { EXTENSION_ORIGIN, launchFirefox } from './helpers/firefox.mjs';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
before(async () => {
  ff = await launchFirefox({ log: blocked });
});
after(async () => ff?.close());

/**
 * Waits until the sidebar's panel shows exactly `text` as the draft, reading it from `reader` (an
 * extension page), and returns the sidebar's address.
 * @param {import('puppeteer-core').Page} reader
 * @param {string} text
 */
function sidebarShows(reader, text) {
  return until(
    reader,
    (t) => {
      const [view] = browser.extension.getViews({ type: 'sidebar' });
      const draft = view?.document.querySelector('[data-testid="draft-text"]')?.textContent;
      return draft === t && view.location.href;
    },
    text,
  );
}

describe('Firefox: the real sidebar', () => {
  test('opens on the panel, which follows the active tab’s draft as the user types', async () => {
    // Opened first: the sidebar follows the active tab, which must be the site's.
    const reader = await ff.openPanel();
    const page = await ff.newPage();
    await page.goto('https://x.com/home?e2e=sidebar');
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('Question time at noon');
    await page.bringToFront();
    await ff.openSidebar();

    assert.equal(await sidebarShows(reader, 'Question time at noon'), `${EXTENSION_ORIGIN}/sidepanel.html`);
    await page.keyboard.type(' #PMQs');
    await sidebarShows(reader, 'Question time at noon #PMQs');
    assert.deepEqual(blocked, [], 'no request left the browser');
  });
});
