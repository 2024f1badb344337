/**
 * The campaign log in real Firefox survives a browser restart: a post logged from X's composer is
 * listed again when Firefox starts anew on the same profile (the temporary add-on installed again at
 * the same UUID, so it finds its own IndexedDB).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { button, textIn } from './helpers/dom.mjs';
import { launchFirefox } from './helpers/firefox.mjs';

const profile = mkdtempSync(path.join(os.tmpdir(), 'rostrum-e2e-ff-profile-'));
after(() => rmSync(profile, { recursive: true, force: true }));

describe('Firefox: campaign log', () => {
  test('a logged post is listed after a restart with the same profile', async () => {
    /** @type {string[]} */
    const blocked = [];
    const first = await launchFirefox({ userDataDir: profile, log: blocked });
    try {
      const page = await first.newPage();
      await page.goto('https://x.com/home?e2e=log');
      await page.click('[data-testid="tweetTextarea_0"]');
      await page.keyboard.type('Budget debate live from 14:00 today #Budget2027');
      const panel = await first.openPanel(await first.tabIdOf(page));
      await textIn(panel, '[data-testid="draft-text"]', 'Budget debate live');
      await (await button(panel, 'Log this post')).click();
      await textIn(panel, '[role="status"]', 'Logged.');
    } finally {
      await first.close();
    }

    const second = await launchFirefox({ userDataDir: profile, log: blocked });
    try {
      const panel = await second.openPanel();
      await (await button(panel, 'Log')).click();
      await textIn(panel, 'body', '1 post logged');
      await textIn(panel, 'article', 'Budget debate live from 14:00 today #Budget2027');
    } finally {
      await second.close();
    }
    assert.deepEqual(blocked, [], 'no request left the browser');
  });
});
