// `npm run demo`: Rostrum on a practice X page, no account needed. With a display, Chromium opens
// for you to type in; without one, a sample draft is typed and screenshots are written.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../tests/e2e/helpers/extension.mjs';

const SAMPLE =
  'MPs debate the Housing Bill at second reading today from 14:00 #housingbill\nWatch live: https://www.parliament.uk/live';
const headless = !process.env.DISPLAY;
const ext = await launchWithExtension({ headless, viewport: { width: 1000, height: 800 } });
const page = await ext.context.newPage();
await page.goto('https://x.com/home');
const tabId = await ext.tabIdOf(page);

if (!headless) {
  const panel = await ext.openPanel(tabId);
  await page.bringToFront();
  console.log('Rostrum is running on a practice X page. Type in "What is happening?!" and watch the');
  console.log('Rostrum tab follow. (In your own browser the panel opens beside the page from the toolbar.)');
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => ext.context.on('close', resolve));
  void panel;
} else {
  const out = path.resolve('demo-output');
  mkdirSync(out, { recursive: true });
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  await page.keyboard.type(SAMPLE.split('\n')[0]);
  await page.keyboard.press('Enter');
  await page.keyboard.type(SAMPLE.split('\n')[1]);
  const panel = await ext.openPanel(tabId, { width: 420, height: 1100 });
  await panel.getByTestId('draft-text').filter({ hasText: 'Watch live' }).waitFor();
  await page.screenshot({ path: path.join(out, 'practice-page.png') });
  await panel.screenshot({ path: path.join(out, 'panel.png') });
  await ext.close();
  console.log(
    `No display found, so the demo ran by itself. Screenshots:\n  ${path.join(out, 'practice-page.png')}\n  ${path.join(out, 'panel.png')}`,
  );
}
