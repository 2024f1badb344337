/**
 * Publish capture in interfaces that are not in English, end to end in real Chromium: the built
 * extension and the Facebook fixture at https://www.facebook.com, which labels its controls in the
 * language of `?locale=` as Facebook does ("Publier", "投稿"). Rostrum must notice the post going
 * out without reading a word of the interface.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { waitReady } from './fixtures/drivers.mjs';
import { launchWithExtension, waitFor } from './helpers/extension.mjs';

/** @type {Awaited<ReturnType<typeof launchWithExtension>>} */
let ext;

before(async () => {
  ext = await launchWithExtension();
  ext.context.setDefaultTimeout(8000);
  const settings = await ext.openPanel();
  // Published posts are logged only while a campaign is active.
  await settings.getByRole('button', { name: 'New campaign' }).click();
  await settings.getByLabel('Campaign name').fill('Langues');
  await settings.getByLabel('Start date').fill('2026-11-01');
  await settings.getByLabel('End date').fill('2026-12-31');
  await settings.getByRole('button', { name: 'Create campaign' }).click();
  await waitFor(
    () =>
      ext.worker.evaluate(
        async () => (await chrome.storage.local.get('log.activeCampaignId'))['log.activeCampaignId'],
      ),
    { message: 'the new campaign to become active' },
  );
  await settings.getByText('Settings', { exact: true }).click();
  await settings.getByLabel('Log it at once (with undo)').check();
  await waitFor(
    () =>
      ext.worker.evaluate(async () => (await chrome.storage.local.get('publish.policy'))['publish.policy']),
    { message: 'the publish policy to be saved' },
  );
  await settings.close();
});
after(async () => ext?.close());

/** Texts of the campaign log's entries for `platform`, read from the extension's IndexedDB. */
function loggedTexts(platform) {
  return ext.worker.evaluate(async (site) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === 'rostrum-log')) return [];
    return new Promise((resolve, reject) => {
      const open = indexedDB.open('rostrum-log');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('pages').objectStore('pages').getAll();
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          db.close();
          resolve(
            request.result
              .flatMap((page) => page.entries.map((text) => JSON.parse(text)))
              .filter((entry) => entry.platform === site && entry.status === 'published')
              .map((entry) => entry.text),
          );
        };
      };
    });
  }, platform);
}

describe('publish capture whatever the interface language', () => {
  for (const { locale, prompt, dialog, post, text } of [
    {
      locale: 'fr_FR',
      prompt: 'Que voulez-vous dire, Alex ?',
      dialog: 'Créer une publication',
      post: 'Publier',
      text: 'FRANÇAIS : la commission des finances siège à 10 h',
    },
    {
      locale: 'ja_JP',
      prompt: 'その気持ち、シェアしよう',
      dialog: '投稿を作成',
      post: '投稿',
      text: 'JAPANESE 本日の本会議は10時に開会します',
    },
  ]) {
    test(`Facebook in ${locale}: the post published with “${post}” is logged once`, async () => {
      const page = await ext.context.newPage();
      await page.goto(`https://www.facebook.com/?locale=${locale}`);
      await waitReady(page);
      const panel = await ext.openPanel(await ext.tabIdOf(page));
      await page.getByRole('button', { name: prompt }).click();
      const composer = page.getByRole('dialog', { name: dialog }).locator('[data-lexical-editor="true"]');
      await composer.click();
      await page.keyboard.type(text);
      await panel
        .getByTestId('draft-text')
        .filter({ hasText: text.slice(0, 12) })
        .waitFor();
      await page
        .getByRole('dialog', { name: dialog })
        .getByRole('button', { name: post, exact: true })
        .click();
      await waitFor(() => page.evaluate((t) => window.__fixture.posts.some((p) => p.text === t), text), {
        message: 'the fixture to publish',
      });
      const logged = await waitFor(
        async () => {
          const texts = (await loggedTexts('facebook')).filter((t) => t === text);
          return texts.length > 0 && texts;
        },
        { message: `the ${locale} post to be logged` },
      );
      assert.deepEqual(logged, [text]);
      await page.close();
      await panel.close();
    });
  }
});
