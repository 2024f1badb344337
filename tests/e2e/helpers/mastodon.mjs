/**
 * Adding a Mastodon instance in Chromium as a user does, for the e2e files that need one.
 *
 * Headless Chromium cannot answer the permission prompt, and leaves permissions.request() pending; so
 * the extension is first given access to the site the way a person can in chrome://extensions ("Site
 * access → On specific sites", the developerPrivate API behind that page). The panel's own button then
 * runs the real code path: permissions.request() resolves at once without a prompt.
 */

/**
 * What a person does in chrome://extensions → Details → Site access → "On specific sites".
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} ext
 * @param {string} origin a match pattern, e.g. `https://mastodon.example/*`
 */
export async function allowSiteInExtensionsPage(ext, origin) {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, o]) => chrome.developerPrivate.addHostPermission(id, o),
    [ext.extensionId, origin],
  );
  await page.close();
}

/**
 * Adds `host` in the panel's "Mastodon instances" settings, and waits until its limit is shown.
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string }} ext
 * @param {import('playwright-core').Page} panel
 * @param {string} host
 * @param {string} limit the limit as the panel shows it, e.g. `1,000 characters`
 */
export async function addMastodonInstance(ext, panel, host, limit) {
  await allowSiteInExtensionsPage(ext, `https://${host}/*`);
  if (!(await panel.locator('details.panel__more').evaluate((d) => d.open))) {
    await panel.getByText('Settings', { exact: true }).click();
  }
  const section = panel.getByRole('region', { name: 'Mastodon instances' });
  await section.getByLabel('Instance address').fill(host);
  await section.getByRole('button', { name: 'Add instance' }).click();
  await section.locator(`[data-host="${host}"]`).getByText(limit).waitFor();
}
