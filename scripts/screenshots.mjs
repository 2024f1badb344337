// `npm run screenshots`: the panel's views as a user sees them, from the built extension in Chromium,
// written to docs/screenshots/. Build first (npm run build && npm run build:fixtures).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/extension.mjs';

const OUT = path.resolve('docs/screenshots');
mkdirSync(OUT, { recursive: true });
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';
const suffix = colorScheme === 'dark' ? '-dark' : '';

const ext = await launchWithExtension();
try {
  const page = await ext.context.newPage();
  await page.goto('https://x.com/home');
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  for (const [i, line] of [
    'MPs debate the Housing Bill at second reading today from 14:00 #housingbill',
    'Watch live and send us your questions: https://bit.ly/3xHousing',
  ].entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  const tabId = await ext.tabIdOf(page);
  const panel = await ext.openPanel(tabId, { width: 400, height: 1200 });
  await panel.emulateMedia({ colorScheme });
  await panel.getByTestId('draft-text').filter({ hasText: 'Watch live' }).waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: path.join(OUT, `panel-draft${suffix}.png`), fullPage: true });

  await panel.getByRole('tab', { name: 'Playbook' }).click();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: path.join(OUT, `panel-playbook${suffix}.png`), fullPage: true });

  await panel.getByRole('tab', { name: 'Log' }).click();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: path.join(OUT, `panel-log${suffix}.png`), fullPage: true });

  const side = await ext.context.newPage();
  await side.setViewportSize({ width: 1400, height: 900 });
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await ext.close();
}
