/**
 * LinkedIn's 2026 layout, where the share box renders inside the open shadow root of
 * `#interop-outlet` (research/real-dom-2026.md): the shared watcher finds the composer there, reads
 * what the user types through events retargeted to the host, and reads the attached media. Real
 * Chromium, the built extension, the LinkedIn fixture with `?interop=1`.
 *
 * Build first: `npm run build && npm run build:fixtures`; run: `node --test tests/e2e/linkedin-shadow.test.mjs`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DRIVERS } from './fixtures/drivers.mjs';
import { PNG_FILE } from './fixtures/media.mjs';
import { launchWithExtension } from './helpers/extension.mjs';

const driver = DRIVERS['linkedin-interop'];
const LINE_1 = 'Budget debate at 2 pm #BudgetDay';
const LINE_2 = 'Watch it live on parliament.example';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
/** @type {string[]} */
const log = [];

before(async () => {
  ext = await launchWithExtension({ log });
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

describe('LinkedIn share box inside #interop-outlet’s shadow root', () => {
  test('the typed draft and an undescribed image reach the panel; no request leaves the browser', async () => {
    const page = await ext.context.newPage();
    await page.goto(driver.url);
    await page.waitForFunction(() => document.documentElement.dataset.fixtureReady === 'true');
    const editor = await driver.openComposer(page);
    // The fixture really is the shadow layout: a document query does not reach the editor.
    assert.equal(await page.evaluate(() => document.querySelector('.ql-editor')), null);
    await editor.click();
    await page.keyboard.type(LINE_1);
    await page.keyboard.press('Enter');
    await page.keyboard.type(LINE_2);

    const panel = await ext.openPanel(await ext.tabIdOf(page));
    const draft = panel.getByTestId('draft-text');
    await draft.filter({ hasText: LINE_2 }).waitFor();
    assert.equal(await draft.innerText(), `${LINE_1}\n${LINE_2}`);
    assert.ok((await panel.getByTestId('length-meter').innerText()).includes('/ 3,000'));

    const finding = panel.locator('[data-finding="image-missing-alt"]');
    assert.equal(await finding.count(), 0, 'no finding before an image is attached');
    await driver.fileInput?.(page).setInputFiles(PNG_FILE);
    await finding.waitFor();
    assert.deepEqual(log, [], 'no request left the browser');
    await panel.close();
    await page.close();
  });
});
