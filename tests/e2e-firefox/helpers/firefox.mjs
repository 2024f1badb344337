/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) with the built Firefox extension
 * installed as a temporary add-on, its moz-extension UUID pinned so its pages have a known URL, and
 * the social sites answered from the same fixture router as the Chromium suite (../../e2e/helpers/
 * routes.mjs), through an adapter from puppeteer's request interception to Playwright's route API.
 *
 * Build first: `npm run build:firefox && npm run build:fixtures`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { routeSites } from '../../e2e/helpers/routes.mjs';
import { until } from './dom.mjs';
import { startTlsProxy } from './tls-proxy.mjs';

export const EXTENSION_DIR = path.resolve('.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'rostrum@rostrum.example';
/** Any fixed v4 UUID: Firefox gives the add-on this one, so `moz-extension://UUID/` is its origin. */
export const UUID = '3f1c2a9e-7b4d-4e8a-9c61-2d5b8f0e4a17';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** The discard port: nothing listens on it here, so a connection to it is refused at once. */
const CLOSED_PORT = 9;
/** Protocols that never reach the network, so the router is not asked about them. */
const LOCAL_PROTOCOLS = new Set(['moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'resource:']);

/**
 * The fixture router's handler, captured from `routeSites` through a context that only records it.
 * @param {Parameters<typeof routeSites>[1]} options
 */
async function fixtureHandler(options) {
  /** @type {((route: any) => Promise<void>) | undefined} */
  let handler;
  await routeSites(/** @type {any} */ ({ route: async (_pattern, h) => void (handler = h) }), options);
  if (!handler) throw new Error('routeSites installed no route');
  return handler;
}

/**
 * Puppeteer's intercepted request, seen as a Playwright route (what the router is written for).
 * @param {import('puppeteer-core').HTTPRequest} request
 */
function asRoute(request) {
  return {
    // BiDi has no resource types; a navigation is what the router calls a 'document'.
    request: () => ({
      url: () => request.url(),
      resourceType: () => (request.isNavigationRequest() ? 'document' : 'other'),
    }),
    continue: () => request.continue(),
    /** @param {{ status?: number, contentType: string, body: string, headers?: Record<string, string> }} r */
    fulfill: (r) =>
      request.respond({
        status: r.status ?? 200,
        contentType: r.contentType,
        headers: r.headers,
        body: r.body,
      }),
    abort: () => request.abort('internetdisconnected'),
  };
}

/**
 * Requests BiDi does not see (the add-on's background page) go through a TLS proxy on 127.0.0.1
 * (tls-proxy.mjs): `extensionHosts` are fixture hosts it answers; any other https host it refuses and
 * records in `log`.
 * @param {{ headless?: boolean, userDataDir?: string, log?: string[], served?: string[], mastodon?: object, extensionHosts?: string[] }} [options]
 */
export async function launchFirefox(options = {}) {
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(os.tmpdir(), 'rostrum-e2e-ff-'));
  const route = await fixtureHandler({
    log: options.log,
    served: options.served,
    mastodon: options.mastodon,
  });
  // Always on: besides answering `extensionHosts`, it records where else the add-on connects.
  const proxy = await startTlsProxy(options.extensionHosts ?? [], route, options.log);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    userDataDir,
    // Lets the session open moz-extension:// pages in a tab and reach the chrome window (the sidebar).
    args: ['--remote-allow-system-access'],
    // The proxy's throwaway certificate.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // A temporary add-on is removed when Firefox quits; keep its data and origin for the restart.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Requests BiDi cannot intercept (the add-on's background page is no browsing context it sees)
      // go to the proxy (https) or a closed local port (plain http): they never leave this machine.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': CLOSED_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Headless Firefox shows no permission prompt; this pref is the user's yes to an optional host
      // permission asked for in a click (a Mastodon instance, a team server).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);

  /** Every page goes through the fixture router: fixture sites answered, anything else aborted. */
  async function newPage() {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (LOCAL_PROTOCOLS.has(new URL(request.url()).protocol)) return void request.continue();
      void route(asRoute(request));
    });
    return page;
  }

  /**
   * Opens an extension page in a tab. Puppeteer never sees 'load' on moz-extension pages, so the
   * navigation is started without awaiting it and the page's own heading is waited for instead.
   * @param {string} pathAndQuery e.g. `sidepanel.html?tabId=3`
   * @param {string} heading a selector present once the page has rendered
   */
  async function openExtensionPage(pathAndQuery, heading) {
    const page = await newPage();
    page.goto(`${EXTENSION_ORIGIN}/${pathAndQuery}`).catch(() => {});
    // The wait may begin in the tab's about:blank, whose realm the navigation discards: `until`
    // starts it again in the new document.
    await until(
      page,
      (h, origin) => location.origin === origin && document.querySelector(h) !== null,
      heading,
      EXTENSION_ORIGIN,
    );
    return page;
  }

  /** Opens the panel as a page, following `tabId` (or the active tab when omitted). */
  async function openPanel(tabId) {
    return openExtensionPage(`sidepanel.html${tabId === undefined ? '' : `?tabId=${tabId}`}`, 'h1');
  }

  /** @type {import('puppeteer-core').Page | undefined} */
  let probe;
  /** Runs `fn` with the extension's APIs, in an extension page kept open for that. */
  async function inExtension(fn, ...args) {
    probe ??= await openExtensionPage('sidepanel.html', 'h1');
    return probe.evaluate(fn, ...args);
  }

  /** The tab id Firefox gave `page` (a supported site, so its URL is visible to the extension). */
  async function tabIdOf(page) {
    const href = page.url();
    const id = await inExtension(async (url) => {
      const tabs = await browser.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? null;
    }, href);
    if (id === null) throw new Error(`No tab shows ${href}`);
    return id;
  }

  /**
   * Evaluates `expression` (awaited) in the browser's own chrome window, where prefs, the sidebar and
   * the add-on manager are reachable; allowed by `--remote-allow-system-access`.
   * @param {string} expression
   */
  async function inChrome(expression) {
    const conn = /** @type {any} */ (browser).connection;
    const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = tree.result.contexts[0].context;
    const { result } = await conn.send('script.evaluate', {
      target: { context },
      expression,
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`In the chrome window: ${result.exceptionDetails.text}`);
    return result.result;
  }

  /**
   * The colour scheme web content is told it prefers (BiDi has no media emulation in Firefox; this is
   * the pref behind about:preferences' "Website appearance").
   * @param {'light' | 'dark'} scheme
   */
  async function setColorScheme(scheme) {
    await inChrome(
      `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`,
    );
  }

  /**
   * Opens the browser's real sidebar on Rostrum's panel, as the toolbar toggle ends in (headless
   * Firefox has no toolbar to click), and returns the sidebar's id. The sidebar then follows the
   * active tab; its document is reached from any extension page with
   * `browser.extension.getViews({ type: 'sidebar' })`.
   */
  async function openSidebar() {
    // Firefox's widget id for an add-on: its id with every character but letters and digits as '_'.
    const id = `${ADDON_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
    const shown = await inChrome(
      `SidebarController.show(${JSON.stringify(id)}).then(() => SidebarController.currentID)`,
    );
    if (shown.value !== id) throw new Error(`The sidebar shows ${JSON.stringify(shown.value)}, not ${id}`);
    return id;
  }

  async function close() {
    await browser.close();
    await proxy.close();
    if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
  }

  return {
    browser,
    userDataDir,
    newPage,
    openPanel,
    openExtensionPage,
    inExtension,
    inChrome,
    setColorScheme,
    openSidebar,
    tabIdOf,
    close,
  };
}
