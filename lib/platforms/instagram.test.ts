/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter as adapter } from './instagram';
import * as selectors from './instagram.selectors';
import { discardDialog, publishControls } from './__fixtures__/publish-controls';

const files = import.meta.glob<string>('./__fixtures__/instagram/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const saved = (name: string) => {
  const html = files[`./__fixtures__/instagram/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/instagram/${name}`);
  return html;
};
const load = (name: string) => {
  document.body.innerHTML = saved(name);
};
const only = (root: ParentNode = document) => {
  const found = adapter.findComposers(root);
  expect(found).toHaveLength(1);
  return found[0]!;
};

const FILE = 'create-post-caption-2026-11.html';

describe('instagramAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the caption editor and reads its line break', () => {
    load(FILE);
    const composer = only();
    expect(composer.closest('[role="dialog"]')?.getAttribute('aria-label')).toBe('Create new post');
    expect(adapter.read(composer)?.text).toBe('Hello #Test\nSecond line');
  });

  it('counts each image once (preview and alt row) and reads alt text from its field', () => {
    load(FILE);
    const composer = only();
    expect(adapter.read(composer)?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 0,
      videosWithCaptions: 0,
    });
    // What the user types into the second field (the property, not the attribute) counts too.
    const fields = document.querySelectorAll<HTMLInputElement>('.ig-alt-row input');
    fields[1]!.value = 'The chamber from the gallery';
    expect(adapter.read(composer)?.media?.imagesWithAlt).toBe(2);
    fields[0]!.value = '  ';
    expect(adapter.read(composer)?.media?.imagesWithAlt).toBe(1);
  });

  it('counts a video shown in the preview', () => {
    load(FILE);
    document
      .querySelector('.ig-preview')!
      .insertAdjacentHTML('beforeend', '<video src="blob:https://www.instagram.com/v"></video>');
    expect(adapter.read(only())?.media).toMatchObject({ images: 2, videos: 1 });
  });

  it('does not count the feed’s images as the draft’s', () => {
    load(FILE);
    document
      .querySelector('.ig-post')!
      .insertAdjacentHTML('beforeend', '<img src="blob:https://www.instagram.com/feed" alt="">');
    expect(adapter.read(only())?.media?.images).toBe(2);
  });

  it('finds the composer from any node inside it, and nothing from the alt text fields or Share', () => {
    load(FILE);
    const composer = only();
    expect(adapter.composerFor(composer.querySelector('br')!)).toBe(composer);
    expect(adapter.composerFor(composer.querySelector('[data-lexical-text]')!.firstChild!)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('.ig-alt-row input')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('.ig-action')!)).toBeNull();
  });

  it('does not take a comment box outside the dialog for the caption while the dialog is open', () => {
    load(FILE);
    document
      .querySelector('.ig-post')!
      .insertAdjacentHTML('beforeend', '<form><textarea aria-label="Add a comment…"></textarea></form>');
    expect(adapter.findComposers(document)).toHaveLength(1);
    expect(adapter.composerFor(document.querySelector('textarea')!)).toBeNull();
  });

  it('returns nothing, and never throws, on the feed with no dialog open', () => {
    load(FILE);
    document.querySelector('.fixture-layer')!.remove();
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('h1')!)).toBeNull();
    expect(adapter.composerFor(document)).toBeNull();
    expect(adapter.read(document.createElement('div'))).toBeNull();
  });

  it('expects no composer on load: the caption comes after choosing media', () => {
    expect(adapter.expectsComposer(new URL('https://www.instagram.com/'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://www.instagram.com/explore/'))).toBe(false);
  });

  it('its post button selector matches the post button only', () => {
    load('create-post-caption-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Share']);
  });
});

describe.each([
  ['en', 'create-post-caption-2026-11.html', 'Share', ['Discard post?', 'Discard', 'Cancel']],
  [
    'fr',
    'create-post-caption-fr-2026-11.html',
    'Partager',
    ['Abandonner la publication ?', 'Abandonner', 'Annuler'],
  ],
  ['ja', 'create-post-caption-ja-2026-11.html', 'シェア', ['投稿を破棄しますか？', '破棄', 'キャンセル']],
] as const)('publish control in the %s interface', (_language, file, post, discard) => {
  it('is the post button alone; Cancel and a Discard dialog never are', () => {
    load(file);
    document.body.insertAdjacentHTML('beforeend', discardDialog(discard));
    expect(publishControls(document, adapter.publish!.buttons)).toEqual([post]);
  });
});
