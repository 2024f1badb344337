/**
 * Publish capture in interfaces that are not in English, end to end in real Chromium: the built
 * extension and the Facebook fixture at https://www.facebook.com, which labels its controls in the
 * language of `?locale=` as Facebook does ("Publier", "投稿"). Rostrum must notice the post going
 * out without reading a word of the interface.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { waitReady } from './fixtures/drivers.mjs';
import { waitFor } from './helpers/extension.mjs';
import { publishSession } from './helpers/publish.mjs';

// Published posts are logged only while a campaign is active.
const session = publishSession({ campaign: 'Langues', query: 'e2e' });

/** Texts of the campaign log's published entries for `platform`. */
async function loggedTexts(platform) {
  return (await session.entries())
    .filter((entry) => entry.platform === platform && entry.status === 'published')
    .map((entry) => entry.text);
}

describe('publish capture whatever the interface language', () => {
  before(() => session.choosePolicy('Log it at once (with undo)'));

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
      const { ext } = session;
      const page = await session.openSite(`https://www.facebook.com/?locale=${locale}`);
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
