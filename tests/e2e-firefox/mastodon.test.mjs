/**
 * Mastodon on an instance added at run time, in real Firefox (issue 14 §1): the user adds
 * mastodon.example in the panel's settings; Firefox grants the origin as an optional host permission
 * (the prompt's yes is a pref: headless Firefox shows no prompt), Rostrum registers the Mastodon
 * content script for it and reads the instance's limit (1000) from its API. That request comes from
 * the background page, which BiDi does not intercept, so it is answered by the fixture router through
 * the TLS proxy on 127.0.0.1 (helpers/tls-proxy.mjs). A draft typed on the instance then reaches the
 * panel with that limit. Before the user adds it, nothing of Rostrum runs there.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { button, field, textIn, until } from './helpers/dom.mjs';
import { launchFirefox } from './helpers/firefox.mjs';

const HOST = 'mastodon.example';
const TEXTAREA = 'textarea.autosuggest-textarea__textarea';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
/** @type {string[]} */
const served = [];
before(async () => {
  ff = await launchFirefox({ log: blocked, served, extensionHosts: [HOST] });
});
after(async () => ff?.close());

/** The platforms of the tab states the background keeps (what the panel reads). */
const statePlatforms = () =>
  ff.inExtension(async () =>
    Object.entries(await browser.storage.session.get(null))
      .filter(([key]) => key.startsWith('tab-'))
      .map(([, value]) => /** @type {{ platform?: string }} */ (value).platform),
  );

describe('Firefox: Mastodon on an instance added at run time', () => {
  test('nothing runs on the instance before the user adds it', async () => {
    const page = await ff.newPage();
    await page.goto(`https://${HOST}/home?before=1`);
    await page.click(TEXTAREA);
    await page.keyboard.type('Not followed yet');
    await until(page, (s) => document.querySelector(s)?.value === 'Not followed yet', TEXTAREA);
    // A site Rostrum does read, typed into afterwards: once its draft is in, a Mastodon one would be.
    const barrier = await ff.newPage();
    await barrier.goto('https://x.com/home?e2e=mastodon-barrier');
    await barrier.click('[data-testid="tweetTextarea_0"]');
    await barrier.keyboard.type('Barrier');
    const barrierPanel = await ff.openPanel(await ff.tabIdOf(barrier));
    await textIn(barrierPanel, '[data-testid="draft-text"]', 'Barrier');
    assert.deepEqual(
      (await statePlatforms()).filter((p) => p === 'mastodon'),
      [],
      'no Mastodon tab state before the instance is added',
    );
    await Promise.all([barrierPanel.close(), barrier.close(), page.close()]);
  });

  test('the user adds the instance in the panel; its limit (1000) comes from its API', async () => {
    const panel = await ff.openPanel();
    await (await button(panel, 'Settings')).click();
    await (await field(panel, 'Instance address')).type(`https://${HOST}/@parliament`);
    await (await button(panel, 'Add instance')).click();
    await textIn(panel, '[role="status"]', `${HOST} added.`);
    await textIn(panel, `[data-host="${HOST}"]`, '1,000 characters');

    const registered = await ff.inExtension(() => browser.scripting.getRegisteredContentScripts());
    assert.deepEqual(
      registered.map((s) => [s.id, s.matches, s.js]),
      [[`mastodon:${HOST}`, [`https://${HOST}/*`], ['content-scripts/mastodon.js']]],
    );
    const stored = await ff.inExtension(
      async () => (await browser.storage.local.get('mastodon.instances'))['mastodon.instances'],
    );
    assert.deepEqual(
      stored.map((i) => [i.host, i.limit, i.limitSource]),
      [[HOST, 1000, 'v2']],
      'the limit came from the instance’s v2 API',
    );
    assert.ok(served.includes(`https://${HOST}/api/v2/instance`), 'the API was answered by the fixture');
    assert.deepEqual(blocked, [], 'no other request left the browser');
  });

  test('typing in the instance’s textarea: the panel follows with the instance’s 1000-character limit', async () => {
    const page = await ff.newPage();
    await page.goto(`https://${HOST}/home?e2e=firefox`);
    const text = 'Budget debate tonight from 19:00, with sign-language interpretation. #BudgetDebate';
    await page.click(TEXTAREA);
    await page.keyboard.type(text);
    await until(page, (s, t) => document.querySelector(s)?.value === t, TEXTAREA, text);

    const panel = await ff.openPanel(await ff.tabIdOf(page));
    const shown = await until(
      panel,
      (t) => document.querySelector('[data-testid="draft-text"]')?.textContent === t && t,
      text,
    );
    assert.equal(shown, text);
    // The same reading as the first test's, now that the script runs: it does see a Mastodon tab.
    assert.ok((await statePlatforms()).includes('mastodon'), 'a Mastodon tab state once added');
    await textIn(panel, '[data-testid="length-meter"]', '/ 1,000');
    const used = await panel.evaluate(
      () => document.querySelector('[data-testid="length-used"]')?.textContent ?? null,
    );
    assert.equal(used, String([...text].length));
    assert.deepEqual(blocked, [], 'no request left the browser');
  });
});
