/**
 * Publish capture and the in-page badge, end to end in real Chromium: the built extension, the X
 * fixture (Draft.js) at https://x.com, the side panel opened as a page that follows the X tab, and the
 * campaign log read back from the extension's IndexedDB.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DRIVERS, compose, publishedPosts, waitReady } from './fixtures/drivers.mjs';
import { PNG_FILE } from './fixtures/media.mjs';
import { waitFor } from './helpers/extension.mjs';
import { publishSession } from './helpers/publish.mjs';

const session = publishSession({ campaign: 'Budget week', hashtags: '#Budget2027', query: 'e2e' });
const { local, choosePolicy, entriesWith, inboxOf, capturedWith, openSite, openX } = session;

async function typeDraft(page, composer, text) {
  await composer.click();
  await page.keyboard.type(text);
}

/** The fixture's own record of what it published. */
const postsOf = (page) => page.evaluate(() => window.__fixture.posts.map((p) => p.text));

describe('publish capture on X', () => {
  test("'always': a published post is logged once, with its findings, and the panel offers undo", async () => {
    await choosePolicy('Log it at once (with undo)');
    const { page, composer, panel, button, tabId } = await openX();
    const text = 'ALWAYS marker: the committee votes on the budget today #budgetvote';
    await typeDraft(page, composer, text);
    await panel.getByTestId('draft-text').filter({ hasText: 'ALWAYS marker' }).waitFor();
    await button.click();
    await waitFor(async () => (await postsOf(page)).includes(text), { message: 'the fixture to publish' });
    // With its findings: from the panel's last analysis of this text, or worked out by the panel
    // right after when that analysis had not reached the background yet.
    const [entry, ...more] = await waitFor(async () => {
      const found = await entriesWith('ALWAYS marker');
      return found.length > 0 && found[0].findings.length > 0 && found;
    });
    assert.equal(more.length, 0, 'exactly one entry');
    assert.equal(entry.text, text);
    assert.equal(entry.platform, 'x');
    assert.equal(entry.status, 'published');
    assert.equal(entry.campaignId, await local('log.activeCampaignId'));
    assert.match(entry.url, /^https:\/\/x\.com\/home/);
    assert.ok(
      entry.findings.includes('hashtag-not-camelcase'),
      `findings at publish time: ${entry.findings}`,
    );

    const notice = panel.getByTestId('publish-notices').locator('[data-state="logged"]');
    await notice.getByText('Published post logged').waitFor();
    // The background kept one capture of it; a repeat within its window would be dropped as such.
    assert.equal((await capturedWith(tabId, 'ALWAYS marker')).length, 1, 'one capture');
    assert.equal((await entriesWith('ALWAYS marker')).length, 1, 'still one entry');

    await notice.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await entriesWith('ALWAYS marker')).length === 0, {
      message: 'undo to delete it',
    });
    await notice.waitFor({ state: 'detached' });
    await page.close();
    await panel.close();
  });

  test('a double click on Post logs one entry', async () => {
    await choosePolicy('Log it at once (with undo)');
    // A slow network: the second click lands while the first publish is in flight.
    const { page, composer, panel, button, tabId } = await openX('&delay=600');
    await typeDraft(page, composer, 'DOUBLE marker: two clicks, one post');
    await button.dblclick();
    await waitFor(async () => (await postsOf(page)).length === 1, { message: 'the fixture to publish' });
    const [capture, ...more] = await waitFor(
      async () => {
        const found = await capturedWith(tabId, 'DOUBLE marker');
        return found.length > 0 && found;
      },
      { message: 'the background to handle the capture' },
    );
    assert.equal(more.length, 0, 'one capture for the two clicks');
    assert.equal(capture.state, 'logged');
    assert.equal((await entriesWith('DOUBLE marker')).length, 1);
    await page.close();
    await panel.close();
  });

  test('Ctrl+Enter in the composer is noticed as a publish', async () => {
    await choosePolicy('Log it at once (with undo)');
    const { page, composer, panel } = await openX();
    await typeDraft(page, composer, 'SHORTCUT marker: posted from the keyboard');
    await page.keyboard.press('Control+Enter');
    await waitFor(async () => (await entriesWith('SHORTCUT marker')).length === 1, {
      message: 'the keyboard publish to be logged',
    });
    await page.close();
    await panel.close();
  });

  test('a failed publish (the text stays, an error shows) logs nothing', async () => {
    await choosePolicy('Log it at once (with undo)');
    const { page, composer, panel, button } = await openX('&fail=1');
    await typeDraft(page, composer, 'FAIL marker: this will not go out');
    await button.click();
    await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
    // The watcher gives the publish up once its window is over, and the panel says so.
    const notice = panel.getByTestId('publish-notices').locator('[data-state="given-up"]');
    await notice.getByText('Not published').waitFor();
    await notice.getByText('X did not confirm this post').waitFor();
    await notice.getByText('FAIL marker: this will not go out').waitFor();
    assert.deepEqual(await entriesWith('FAIL marker'), []);
    assert.equal(await notice.getByRole('button', { name: 'Log it' }).count(), 0, 'nothing offered to log');
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.close();
    await panel.close();
  });

  test("'ask': the panel offers to log the published post; logging works and undo removes it", async () => {
    await choosePolicy('Ask me whether to log it');
    const { page, composer, panel, button } = await openX();
    await typeDraft(page, composer, 'ASK marker: hearing on housing at 10:00');
    await button.click();
    const notice = panel.getByTestId('publish-notices').locator('[data-state="pending"]');
    await notice.getByText('Log this published post?').waitFor();
    await notice.getByText('Add it to the campaign “Budget week”?').waitFor();
    assert.deepEqual(await entriesWith('ASK marker'), [], 'nothing logged before the user says so');

    await notice.getByRole('button', { name: 'Log it' }).click();
    await waitFor(async () => (await entriesWith('ASK marker')).length === 1, { message: 'the entry' });
    const logged = panel.getByTestId('publish-notices').locator('[data-state="logged"]');
    await logged.getByRole('button', { name: 'Undo' }).click();
    await waitFor(async () => (await entriesWith('ASK marker')).length === 0, { message: 'undo' });
    await page.close();
    await panel.close();
  });

  test("'never' logs nothing and offers nothing", async () => {
    await choosePolicy('Do not log it');
    const { page, composer, panel, button, tabId } = await openX();
    await typeDraft(page, composer, 'NEVER marker: not for the log');
    await button.click();
    await waitFor(async () => (await postsOf(page)).length === 1, { message: 'the fixture to publish' });
    // The background has handled the capture (it records the last one even when it keeps nothing).
    await waitFor(async () => (await inboxOf(tabId))?.last, { message: 'the capture to be handled' });
    assert.deepEqual(await capturedWith(tabId, 'NEVER marker'), []);
    assert.deepEqual(await entriesWith('NEVER marker'), []);
    assert.equal(await panel.getByTestId('publish-notices').count(), 0);
    await page.close();
    await panel.close();
  });
});

describe('publish capture on every site', () => {
  // Each site's own composer and post button (X's dialog too; Mastodon is in mastodon.test.mjs).
  const drivers = [
    'x-dialog',
    'facebook',
    'facebook-page',
    'instagram',
    'threads',
    'linkedin',
    'linkedin-comment',
    'bluesky',
    'youtube',
  ];
  for (const name of drivers) {
    test(`${name}: one published post, one log entry`, async () => {
      await choosePolicy('Log it at once (with undo)');
      const driver = DRIVERS[name];
      const page = await openSite(driver.url);
      await waitReady(page);
      const marker = `SITE ${name} marker`;
      const text = `${marker}: the chamber sits at 2 pm`;
      await compose(page, driver, { text, files: driver.mediaFirst ? [PNG_FILE] : [] });
      await driver.postButton(page).click();
      await waitFor(async () => (await publishedPosts(page)).some((p) => p.text.includes(marker)), {
        message: `${name} to publish`,
      });
      const found = await waitFor(
        async () => {
          const e = await entriesWith(marker);
          return e.length > 0 && e;
        },
        { message: `${name}: the entry` },
      );
      assert.equal(found[0].text, text);
      assert.equal(found[0].platform, driver.site);
      const tabId = await session.ext.tabIdOf(page);
      assert.equal((await capturedWith(tabId, marker)).length, 1, 'one capture');
      assert.equal((await entriesWith(marker)).length, 1, 'exactly one entry');
      await page.close();
    });
  }
});

/**
 * The badge lives in a closed shadow root, out of reach of page scripts and of Playwright's
 * selectors; the DevTools protocol (DOM.getDocument with pierce) sees it, as a person sees it.
 */
async function badgeOf(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (node, test) => {
      if (test(node)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child, test);
        if (found) return found;
      }
      return null;
    };
    const host = find(root, (n) => n.nodeName === 'ROSTRUM-BADGE');
    if (!host) return null;
    const button = find(host, (n) => n.nodeName === 'BUTTON');
    if (!button) return null;
    const attrs = Object.fromEntries(
      (button.attributes ?? []).flatMap((v, i, a) => (i % 2 === 0 ? [[v, a[i + 1]]] : [])),
    );
    const text = (button.children ?? []).map((c) => c.nodeValue ?? '').join('');
    const shadowMode = host.shadowRoots?.[0]?.shadowRootType;
    const parent = find(root, (n) => (n.children ?? []).some((c) => c.nodeId === host.nodeId));
    let box = null;
    try {
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId });
      const [x1, y1, x2, , , y3] = model.border;
      box = { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
    } catch {
      box = null; // not rendered
    }
    return {
      text,
      label: attrs['aria-label'],
      severity: attrs['data-severity'],
      shadowMode,
      parent: parent?.nodeName,
      box,
    };
  } finally {
    await cdp.detach();
  }
}

const layoutOf = (page) =>
  page.evaluate(() => {
    const composer = document.querySelector('[data-testid="tweetTextarea_0"]');
    const { x, y, width, height } = composer.getBoundingClientRect();
    return {
      composer: { x, y, width, height },
      scrollHeight: document.scrollingElement.scrollHeight,
      scrollWidth: document.scrollingElement.scrollWidth,
      focused: document.activeElement?.closest('[data-testid="tweetTextarea_0"]') !== null,
    };
  });

describe('in-page badge on X', () => {
  test('sits beside the composer with the findings count, moves nothing, takes no focus, opens the panel', async () => {
    await session.ext.worker.evaluate(() => chrome.storage.local.set({ 'badge.hiddenOn': ['x'] }));
    const { page, composer, panel } = await openX();
    await typeDraft(page, composer, 'Vote on the budget today #budgetvote');
    await panel.getByTestId('draft-text').filter({ hasText: 'Vote on the budget' }).waitFor();
    assert.equal(await badgeOf(page), null, 'switched off for X');
    const without = await layoutOf(page);
    assert.ok(without.focused, 'the caret is in the composer');

    await session.ext.worker.evaluate(() => chrome.storage.local.set({ 'badge.hiddenOn': [] }));
    const findings = await panel.getByTestId('findings').locator('[data-finding]').count();
    assert.ok(findings > 0, 'the draft has findings');
    const badge = await waitFor(
      async () => {
        const b = await badgeOf(page);
        return b?.text === String(findings) && b;
      },
      { message: `the badge to show ${findings}` },
    );
    assert.equal(badge.shadowMode, 'closed');
    assert.equal(badge.parent, 'HTML', 'outside <body>');
    assert.match(badge.label, new RegExp(`^Rostrum, to check: ${findings} \\(the most serious: `));
    const withBadge = await layoutOf(page);
    assert.deepEqual(withBadge.composer, without.composer, 'the composer did not move or resize');
    assert.equal(withBadge.scrollHeight, without.scrollHeight, 'the page is as tall as before');
    assert.equal(withBadge.scrollWidth, without.scrollWidth, 'and as wide');
    assert.ok(withBadge.focused, 'the composer kept focus');
    // Beside the composer, never inside it.
    const c = withBadge.composer;
    const b = badge.box;
    const inside =
      b.x >= c.x && b.x + b.width <= c.x + c.width && b.y >= c.y && b.y + b.height <= c.y + c.height;
    assert.ok(!inside, `badge ${JSON.stringify(b)} outside composer ${JSON.stringify(c)}`);
    assert.ok(
      Math.abs(b.x - (c.x + c.width)) < 40 && Math.abs(b.y + b.height - (c.y + c.height)) < 40,
      'next to it',
    );

    // More text: the count follows.
    await page.keyboard.type(' AND VOTE NOW PLEASE EVERYONE');
    await panel.getByTestId('findings').locator('[data-finding="all-caps"]').waitFor();
    const more = await panel.getByTestId('findings').locator('[data-finding]').count();
    await waitFor(async () => (await badgeOf(page))?.text === String(more), {
      message: `the badge to show ${more}`,
    });

    // A click opens the side panel for this tab and leaves the caret in the editor.
    const sidePanels = () =>
      session.ext.worker.evaluate(
        async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
      );
    assert.equal(await sidePanels(), 0);
    const now = await badgeOf(page);
    await page.mouse.click(now.box.x + now.box.width / 2, now.box.y + now.box.height / 2);
    await waitFor(async () => (await sidePanels()) === 1, { message: 'the side panel to open' });
    assert.ok((await layoutOf(page)).focused, 'focus stayed in the composer');
    await page.keyboard.type(' still typing');
    await panel.getByTestId('draft-text').filter({ hasText: 'still typing' }).waitFor();
    await page.close();
    await panel.close();
  });
});
