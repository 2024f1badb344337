// `npm run screenshots`: Rostrum as a user sees it, from the built extension in Chromium: each view of
// the panel (docs/screenshots/) and the store screenshots, page and panel side by side at 1280 × 800
// (docs/store/). Build first: npm run build && npm run build:fixtures.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/extension.mjs';

const SHOTS = path.resolve('docs/screenshots');
const STORE = path.resolve('docs/store');
mkdirSync(SHOTS, { recursive: true });
mkdirSync(STORE, { recursive: true });

const DRAFT = [
  'MPs debate the Housing Bill at second reading today from 14:00 #housingbill',
  'Watch live and send us your questions: https://bit.ly/3xHousing',
];

const ext = await launchWithExtension();
ext.context.setDefaultTimeout(10_000);

/** @param {import('playwright-core').Page} page */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(250);
}

/** @param {import('playwright-core').Page} panel @param {string} name */
async function shoot(panel, name) {
  await settle(panel);
  // The whole view, up to a long screen's worth: the playbook's full list would be a very tall image.
  const height = Math.min(1600, await panel.evaluate(() => document.documentElement.scrollHeight));
  const width = panel.viewportSize()?.width ?? 400;
  await panel.screenshot({
    path: path.join(SHOTS, `${name}.png`),
    fullPage: true,
    clip: { x: 0, y: 0, width, height },
  });
}

/**
 * The site page on the left and the panel on the right, as in the browser, in one 1280 × 800 image:
 * both are captured, then laid side by side on a blank page.
 */
async function storeShot(page, panel, name) {
  await settle(page);
  await settle(panel);
  const left = (await page.screenshot({ clip: { x: 0, y: 0, width: 880, height: 800 } })).toString('base64');
  const right = (await panel.screenshot({ clip: { x: 0, y: 0, width: 400, height: 800 } })).toString(
    'base64',
  );
  const sheet = await ext.context.newPage();
  await sheet.setViewportSize({ width: 1280, height: 800 });
  await sheet.setContent(
    `<body style="margin:0;display:flex;background:#ccc">` +
      `<img style="width:880px;height:800px" src="data:image/png;base64,${left}">` +
      `<img style="width:400px;height:800px;border-left:1px solid #999;box-sizing:border-box" src="data:image/png;base64,${right}">` +
      `</body>`,
  );
  await sheet.screenshot({ path: path.join(STORE, `${name}.png`) });
  await sheet.close();
}

try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 880, height: 800 });
  await page.goto('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  for (const [i, line] of DRAFT.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  const tabId = await ext.tabIdOf(page);
  const panel = await ext.openPanel(tabId, { width: 400, height: 800 });
  await panel.getByTestId('draft-text').filter({ hasText: 'Watch live' }).waitFor();

  // A campaign with a logged post, so the log and the dashboard have something to show.
  await panel.getByRole('button', { name: 'New campaign' }).click();
  await panel.getByLabel('Campaign name').fill('Housing Bill');
  await panel.getByLabel('Objective').selectOption('inform');
  await panel.getByLabel('Hashtags').fill('#HousingBill');
  await panel.getByLabel('Start date').fill('2026-11-01');
  await panel.getByLabel('End date').fill('2026-12-31');
  await panel.getByRole('group', { name: 'Targets' }).getByLabel('Engagements').fill('500');
  await panel.getByRole('button', { name: 'Create campaign' }).click();
  await panel.getByLabel('Tags for this post').fill('live, second reading');
  await panel.getByRole('button', { name: 'Log this post' }).click();
  await panel.getByRole('status').filter({ hasText: 'Logged.' }).waitFor();
  await panel.evaluate(() => scrollTo(0, 0));

  await storeShot(page, panel, 'screenshot-1-draft');
  await shoot(panel, 'panel-draft');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await shoot(panel, 'panel-draft-dark');
  await panel.emulateMedia({ colorScheme: 'light' });

  await panel.getByRole('tab', { name: 'Playbook' }).click();
  await storeShot(page, panel, 'screenshot-2-playbook');
  await shoot(panel, 'panel-playbook');
  await panel.getByRole('button', { name: 'Case studies' }).click();
  await shoot(panel, 'panel-cases');

  await panel.getByRole('tab', { name: 'Log' }).click();
  await panel.getByRole('heading', { name: 'Campaign log' }).waitFor();
  const row = panel.getByRole('article', { name: /Housing Bill/ });
  await row.getByRole('button', { name: 'Edit' }).click();
  await panel.getByLabel('Impressions').fill('12400');
  await panel.getByLabel('Engagements').fill('310');
  await panel.getByRole('button', { name: 'Save' }).click();
  await panel.getByLabel('Impressions').waitFor({ state: 'detached' });
  await storeShot(page, panel, 'screenshot-3-log');
  await shoot(panel, 'panel-log');
  await panel.getByRole('button', { name: 'Dashboard' }).first().click();
  await panel.locator('.campaign-dashboard').waitFor();
  await shoot(panel, 'panel-dashboard');
  await panel.getByRole('button', { name: 'Close dashboard' }).click();

  await panel.getByRole('tab', { name: 'Draft' }).click();
  await panel.getByLabel('Language').selectOption('ar');
  await panel.locator('html[dir="rtl"]').waitFor();
  await shoot(panel, 'panel-draft-ar');
  await panel
    .locator('select')
    .filter({ has: panel.locator('option[value="en"]') })
    .first()
    .selectOption('en');

  const settings = await ext.context.newPage();
  await settings.setViewportSize({ width: 800, height: 900 });
  await settings.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await settings.getByRole('heading', { level: 1 }).waitFor();
  await settle(settings);
  await settings.screenshot({ path: path.join(SHOTS, 'settings.png'), fullPage: true });

  console.log(`Screenshots written to ${SHOTS} and ${STORE}`);
} finally {
  await ext.close();
}
