/**
 * Rostrum makes no network request of its own. Every request of a session is recorded — the social
 * sites' pages, the side panel, the background service worker — while a draft is written on each
 * supported site and the panel is used in every view; then nothing may have gone anywhere but the
 * fixture sites themselves and the extension's own files. (The one request Rostrum may make, the
 * Mastodon instance limit lookup, happens only after the user adds an instance: mastodon.test.mjs
 * checks it is the only one.)
 */
// Lets Playwright see (and route) the service worker's own requests; read when the browser launches.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DRIVERS, compose } from './fixtures/drivers.mjs';
import { launchWithExtension } from './helpers/extension.mjs';

/** Requests that would have left the browser (aborted by the fixture router). */
const aborted = [];
/** @type {{ url: string, from: string }[]} */
const fromExtension = [];
/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;

const LOCAL = /^(chrome-extension|data|blob):/;
const PROBE = 'https://probe.example/recorder-check';

before(async () => {
  ext = await launchWithExtension({ log: aborted });
  ext.context.setDefaultTimeout(8000);
  ext.context.on('request', (request) => {
    if (request.serviceWorker()) return fromExtension.push({ url: request.url(), from: 'service worker' });
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      return;
    }
    if (frameUrl.startsWith('chrome-extension:')) fromExtension.push({ url: request.url(), from: frameUrl });
  });
});
after(async () => ext?.close());

describe('privacy', () => {
  test('the recorder sees what the service worker fetches (so the check below can fail)', async () => {
    await ext.worker.evaluate((url) => fetch(url).catch(() => undefined), PROBE);
    const seen = fromExtension.findIndex((r) => r.url === PROBE);
    assert.notEqual(seen, -1, 'the probe request was recorded');
    fromExtension.splice(seen, 1);
    const blocked = aborted.indexOf(PROBE);
    if (blocked !== -1) aborted.splice(blocked, 1);
  });

  test('drafting on every site and using every view makes no request beyond the browser', async () => {
    // One composer per site (DRIVERS also lists each site's other composers).
    const bySite = new Map(
      Object.values(DRIVERS)
        .map((d) => [d.site, d])
        .reverse(),
    );
    bySite.delete('mastodon');
    const sites = [...bySite.values()];
    assert.equal(sites.length, 7);
    for (const driver of sites) {
      const page = await ext.context.newPage();
      await page.goto(driver.url);
      await compose(page, driver, { text: `Privacy check on ${driver.site} #Budget2027` });
      const panel = await ext.openPanel(await ext.tabIdOf(page));
      await panel.getByTestId('draft-text').filter({ hasText: 'Privacy check' }).waitFor();
      if (driver.site === 'x') {
        await panel.getByRole('button', { name: 'Log this post' }).click();
        await panel.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
        await panel.getByRole('tab', { name: 'Playbook' }).click();
        await panel.getByRole('button', { name: 'Case studies' }).click();
        await panel.getByRole('tab', { name: 'Log' }).click();
        await panel.getByText('1 post logged').waitFor();
        const [download] = await Promise.all([
          panel.waitForEvent('download'),
          panel.getByRole('button', { name: 'Export everything (JSON)' }).click(),
        ]);
        await download.path();
      }
      await panel.close();
      await page.close();
    }
    assert.ok(
      fromExtension.some((r) => r.url.includes('/chunks/')),
      'the panel’s own script loads were recorded as the extension’s',
    );
    const outside = fromExtension.filter((r) => !LOCAL.test(r.url));
    assert.deepEqual(outside, [], 'the extension requested nothing outside itself');
    assert.deepEqual(aborted, [], 'no request tried to leave the browser');
  });
});
