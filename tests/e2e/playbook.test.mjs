/**
 * The playbook in the panel, in real Chromium: search ignoring accents, open a tip and see its
 * source with its link, in English and in French; browse the case studies; install a content pack.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension } from './helpers/extension.mjs';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;
before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
});
after(async () => ext?.close());

describe('Playbook view', () => {
  test('search, open a tip, see its source (English)', async () => {
    const panel = await ext.openPanel();
    await panel.getByRole('tab', { name: 'Playbook' }).click();
    await panel.getByLabel('Search the playbook').fill('CAMELCASE');
    await panel.getByRole('button', { name: 'Write hashtags in CamelCase' }).click();
    await panel.getByRole('heading', { name: 'Write hashtags in CamelCase' }).waitFor();
    const link = panel.getByRole('link', { name: /Digital\.gov/ }).first();
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    await panel.getByRole('button', { name: 'Back to the playbook' }).click();
    assert.equal(await panel.getByLabel('Search the playbook').inputValue(), 'CAMELCASE');
    await panel.close();
  });

  test('the same in French, with a search that ignores accents', async () => {
    const panel = await ext.openPanel();
    await panel.getByLabel('Language').selectOption('fr');
    await panel.getByRole('tab', { name: 'Guide pratique' }).click();
    await panel.getByLabel('Rechercher dans le guide pratique').fill('mots-diese camelcase');
    await panel.getByRole('button', { name: 'Écrivez les mots-dièse en CamelCase' }).click();
    await panel.getByRole('heading', { name: 'Écrivez les mots-dièse en CamelCase' }).waitFor();
    await panel
      .getByRole('link', { name: /Digital\.gov/ })
      .first()
      .waitFor();
    // The choice of language is kept for the next panel.
    await panel.close();
    const again = await ext.openPanel();
    await again.getByRole('tab', { name: 'Guide pratique' }).waitFor();
    await again.getByLabel('Langue').selectOption('en');
    await again.close();
  });

  test('the case-study library filters by parliament', async () => {
    const panel = await ext.openPanel();
    await panel.getByRole('tab', { name: 'Playbook' }).click();
    await panel.getByRole('button', { name: 'Case studies' }).click();
    const groups = panel.locator('section.case-studies__group');
    await groups.nth(5).waitFor();
    const before = await groups.count();
    await panel.getByLabel('Parliament', { exact: true }).selectOption('dk');
    await panel.waitForFunction(
      (n) => document.querySelectorAll('section.case-studies__group').length < n,
      before,
    );
    const names = await groups.evaluateAll((els) =>
      els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''),
    );
    assert.equal(names.length, 1, `one parliament left, got ${names.join(' | ')}`);
    assert.match(names[0], /Folketing/);
    assert.ok(
      (await groups.first().locator('li[data-example-id]').count()) >= 3,
      'Denmark has several examples',
    );
    await panel.close();
  });

  test('a content pack is checked, installed and shown as the parliament’s own', async () => {
    const panel = await ext.openPanel();
    await panel.getByRole('tab', { name: 'Playbook' }).click();
    await panel.getByRole('button', { name: 'Your packs' }).click();
    const sample = readFileSync('docs/sample-content-pack.json', 'utf8');
    const input = panel.locator('input[type="file"]');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":'),
    });
    await panel.getByRole('alert').first().waitFor();
    await input.setInputFiles({
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(sample),
    });
    const name = JSON.parse(sample).name;
    await panel.getByText(name).first().waitFor();
    await panel.close();
  });
});
