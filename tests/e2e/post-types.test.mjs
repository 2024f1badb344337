/**
 * The kind of post under the draft, in real Chromium: a call for evidence is recognised, the user
 * corrects it with the keyboard alone, the tips follow, and clearing the draft drops the correction.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './helpers/extension.mjs';

const CALL =
  'The Health Committee is inviting submissions to its inquiry into rural GP services. Tell us what you think.';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

/** The ids of the tips the panel shows now. */
async function tipIds(panel) {
  return panel
    .getByTestId('tips')
    .locator('li[data-id]')
    .evaluateAll((els) => els.map((el) => el.dataset.id));
}

describe('Kind of post', () => {
  test('recognised, corrected from the keyboard, and the tips follow', async () => {
    const panel = await ext.openPanel();
    await panel.getByLabel('Your draft', { exact: true }).fill(CALL);
    const line = panel.getByTestId('post-types-line');
    await line.filter({ hasText: 'Reads as: Call for evidence' }).waitFor();
    const recognisedTips = await tipIds(panel);
    assert.ok(recognisedTips.length > 0, 'tips are shown for the call');

    const change = panel.getByRole('button', { name: 'Change the kind of post' });
    await change.focus();
    await panel.keyboard.press('Enter');
    const group = panel.getByRole('group', { name: 'Kind of post' });
    await group.waitFor();
    assert.equal(await change.getAttribute('aria-expanded'), 'true');

    // Tab to "Call for evidence" and untick it, then on to "Vote result" and tick it.
    const focusedLabel = () =>
      panel.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim() ?? '');
    const tabTo = async (name) => {
      for (let presses = 0; (await focusedLabel()) !== name; presses++) {
        assert.ok(presses <= 25, `"${name}" is reachable with Tab`);
        await panel.keyboard.press('Tab');
      }
    };
    await tabTo('Call for evidence');
    await panel.keyboard.press('Space');
    await tabTo('Vote result');
    await panel.keyboard.press('Space');

    await line.filter({ hasText: 'You chose: Vote result' }).waitFor();
    assert.equal(await panel.getByRole('checkbox', { name: 'Call for evidence' }).isChecked(), false);
    await panel.waitForFunction(
      (before) =>
        JSON.stringify(
          [...document.querySelectorAll('[data-testid="tips"] li[data-id]')].map((el) => el.dataset.id),
        ) !== before,
      JSON.stringify(recognisedTips),
    );
    assert.notDeepEqual(await tipIds(panel), recognisedTips);

    // Going back to what Rostrum recognised brings its tips back.
    await panel.getByRole('button', { name: 'Use what Rostrum recognised' }).click();
    await line.filter({ hasText: 'Reads as: Call for evidence' }).waitFor();
    assert.deepEqual(await tipIds(panel), recognisedTips);
    await panel.close();
  });

  test('clearing the draft drops the correction', async () => {
    const panel = await ext.openPanel();
    const box = panel.getByLabel('Your draft', { exact: true });
    await box.fill(CALL);
    await panel.getByRole('button', { name: 'Change the kind of post' }).click();
    await panel.getByRole('checkbox', { name: 'Petition' }).check();
    const line = panel.getByTestId('post-types-line');
    await line.filter({ hasText: 'You chose:' }).waitFor();
    await box.fill('');
    await line.waitFor({ state: 'detached' });
    await box.fill(CALL);
    await line.filter({ hasText: 'Reads as: Call for evidence' }).waitFor();
    await panel.close();
  });
});
