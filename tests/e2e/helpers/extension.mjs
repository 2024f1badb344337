/**
 * Launches Debian's Chromium with the built extension loaded, the social sites answered from local
 * fixtures (routes.mjs), and helpers to reach the extension: its id, a site tab's id, and the side
 * panel opened as a page that follows that tab (`sidepanel.html?tabId=N`).
 *
 * Build first: `npm run build && npm run build:fixtures`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { routeSites } from './routes.mjs';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * @param {{ headless?: boolean, userDataDir?: string, log?: string[], served?: string[], mastodon?: object, servers?: string[], viewport?: { width: number, height: number }, locale?: string }} [options]
 */
export async function launchWithExtension(options = {}) {
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'rostrum-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1100, height: 900 },
    locale: options.locale ?? 'en-GB',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await routeSites(context, {
    log: options.log,
    served: options.served,
    mastodon: options.mastodon,
    servers: options.servers,
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;

  /** The tab id Chrome gave the page now showing `url` (a supported site, so the URL is visible). */
  async function tabIdOf(page) {
    const url = page.url();
    const id = await worker.evaluate(async (href) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === href)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  }

  /** The background's stored state for a tab (what the panel reads). */
  async function tabState(tabId) {
    return worker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] ?? null,
      `tab-${tabId}`,
    );
  }

  /** Opens the side panel as a page, following `tabId` (or the active tab when omitted). */
  async function openPanel(tabId, { width = 400, height = 900 } = {}) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width, height });
    const query = tabId === undefined ? '' : `?tabId=${tabId}`;
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html${query}`);
    await panel.getByRole('heading', { name: 'Rostrum', level: 1 }).waitFor();
    return panel;
  }

  async function close() {
    await context.close();
    if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
  }

  return { context, worker, extensionId, userDataDir, tabIdOf, tabState, openPanel, close };
}

/** Polls `fn` until it returns a truthy value (or throws after `timeout` ms), for state outside the DOM. */
export async function waitFor(fn, { timeout = 5000, interval = 50, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out waiting for ${message} (last value: ${JSON.stringify(last)})`);
}
