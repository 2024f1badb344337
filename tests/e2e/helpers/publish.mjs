/**
 * What the publish-capture e2e files share: a Chromium with the extension and one active campaign, a
 * panel page kept open for the settings, the publish policy set the way a user sets it, the campaign
 * log read straight from the extension's IndexedDB, and an X page with the panel following it.
 *
 * `publishSession()` registers its own `before`/`after`, so a test file calls it once at the top.
 */
import { after, before } from 'node:test';
import { launchWithExtension, waitFor } from './extension.mjs';

/** The panel's publish policy choices, by the label the user picks. */
export const POLICIES = {
  'Ask me whether to log it': 'ask',
  'Log it at once (with undo)': 'always',
  'Do not log it': 'never',
};

/**
 * @param {{ campaign: string, hashtags?: string, query: string }} options the campaign created before
 *   the tests, and the query name that makes each opened X page's URL unique
 */
export function publishSession({ campaign, hashtags, query }) {
  /** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
  let ext;
  /** @type {import('playwright-core').Page} */
  let settingsPanel;
  let opened = 0;

  before(async () => {
    ext = await launchWithExtension();
    ext.context.setDefaultTimeout(8000);
    // One panel page for the campaign and the settings; each test opens its own panel on its tab.
    settingsPanel = await ext.openPanel();
    await settingsPanel.getByRole('button', { name: 'New campaign' }).click();
    await settingsPanel.getByLabel('Campaign name').fill(campaign);
    if (hashtags) await settingsPanel.getByLabel('Hashtags').fill(hashtags);
    await settingsPanel.getByLabel('Start date').fill('2026-11-01');
    await settingsPanel.getByLabel('End date').fill('2026-12-31');
    await settingsPanel.getByRole('button', { name: 'Create campaign' }).click();
    await waitFor(async () => (await local('log.activeCampaignId')) ?? false, {
      message: 'the new campaign to become active',
    });
  });
  after(async () => ext?.close());

  /** A value of the extension's storage.local. */
  function local(key) {
    return ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k] ?? null, key);
  }

  /**
   * Sets the publish policy the way a user does: in the panel's settings.
   * @param {keyof typeof POLICIES} label
   */
  async function choosePolicy(label) {
    if (!(await settingsPanel.locator('details.panel__more').evaluate((d) => d.open))) {
      await settingsPanel.getByText('Settings', { exact: true }).click();
    }
    await settingsPanel.getByLabel(label).check();
    const expected = POLICIES[label];
    await waitFor(async () => (await local('publish.policy')) === expected, {
      message: `policy ${expected}`,
    });
  }

  /** Every entry of the campaign log, read straight from the extension's IndexedDB. */
  function entries() {
    return ext.worker.evaluate(async () => {
      const dbs = await indexedDB.databases();
      if (!dbs.some((d) => d.name === 'rostrum-log')) return [];
      return new Promise((resolve, reject) => {
        const open = indexedDB.open('rostrum-log');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          // Entries are stored in pages (schema v7).
          const request = db.transaction('pages').objectStore('pages').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(
              request.result
                .flatMap((page) => page.entries.map((text) => JSON.parse(text)))
                .map(({ id, text, platform, url, status, campaignId, findings }) => ({
                  id,
                  text,
                  platform,
                  url,
                  status,
                  campaignId,
                  findings,
                })),
            );
          };
        };
      });
    });
  }

  /** Entries whose text contains `marker`. */
  async function entriesWith(marker) {
    return (await entries()).filter((e) => e.text.includes(marker));
  }

  /**
   * The background's publish inbox for a tab (storage.session `publish-<tabId>`): `last` is set once
   * it has handled a capture from that tab, whatever the policy; `items` are the posts it kept.
   * @param {number} tabId
   * @returns {Promise<{ items: Array<{ text: string, state: string }>, last: { hash: string, at: number } | null } | null>}
   */
  function inboxOf(tabId) {
    return ext.worker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] ?? null,
      `publish-${tabId}`,
    );
  }

  /** The posts the background kept from `tabId`'s captures whose text contains `marker`. */
  async function capturedWith(tabId, marker) {
    return ((await inboxOf(tabId))?.items ?? []).filter((i) => i.text.includes(marker));
  }

  /**
   * Opens `url` with a query that makes it unique, so its tab can be told from the others.
   * @param {string} url
   * @param {string} [extra] more query, e.g. `&delay=600`
   */
  async function openSite(url, extra = '') {
    const page = await ext.context.newPage();
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}${query}=${++opened}${extra}`);
    return page;
  }

  /** An X page and the panel following it. */
  async function openX(extra = '') {
    const page = await openSite('https://x.com/home', extra);
    const composer = page.locator('[data-testid="tweetTextarea_0"]').first();
    await composer.waitFor();
    const tabId = await ext.tabIdOf(page);
    const panel = await ext.openPanel(tabId);
    return { page, composer, panel, tabId, button: page.getByTestId('tweetButtonInline') };
  }

  return {
    /** The launched browser and extension (set once `before` has run). */
    get ext() {
      return ext;
    },
    local,
    choosePolicy,
    entries,
    entriesWith,
    inboxOf,
    capturedWith,
    openSite,
    openX,
  };
}
