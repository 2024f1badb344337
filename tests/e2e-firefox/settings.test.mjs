/**
 * The settings page in real Firefox: it opens at the add-on's options URL, and what is changed there
 * (the default account type, the interface language) is followed at once by a panel already open.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { field, textIn, until } from './helpers/dom.mjs';
import { EXTENSION_ORIGIN, launchFirefox } from './helpers/firefox.mjs';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let ff;
/** @type {string[]} */
const blocked = [];
before(async () => {
  ff = await launchFirefox({ log: blocked });
});
after(async () => ff?.close());

/** Waits until the panel's account select, named `name` in the panel's language, shows `value`. */
function accountShown(panel, name, value) {
  return until(
    panel,
    (n, v) =>
      [...document.querySelectorAll('.panel__settings label')]
        .find((l) => l.querySelector('span')?.textContent === n)
        ?.querySelector('select')?.value === v,
    name,
    value,
  );
}

describe('Firefox: settings page', () => {
  test('is the manifest’s options page, and the open panel follows what changes there', async () => {
    const manifest = await ff.inExtension(() => browser.runtime.getManifest());
    assert.equal(manifest.options_ui.page, `${EXTENSION_ORIGIN}/options.html`, 'Firefox gives the full URL');

    const panel = await ff.openPanel();
    await accountShown(panel, 'Account', 'institution');
    const options = await ff.openExtensionPage('options.html', 'h1');
    await textIn(options, 'h1', 'Rostrum settings');

    await (await field(options, "Member's office")).click();
    await accountShown(panel, 'Account', 'member');

    await (await field(options, 'Language')).select('fr');
    await textIn(options, 'h1', 'Réglages de Rostrum');
    await accountShown(panel, 'Compte', 'member');
    assert.deepEqual(blocked, [], 'no request left the browser');
  });
});
