/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter as adapter } from './facebook';
import * as selectors from './facebook.selectors';
import { discardDialog, publishControls } from './__fixtures__/publish-controls';

const files = import.meta.glob<string>('./__fixtures__/facebook/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const saved = (name: string) => {
  const html = files[`./__fixtures__/facebook/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/facebook/${name}`);
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

describe('facebookAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each(['create-post-2026-11.html', 'page-create-post-2026-11.html'])(
    '%s: finds the "Create post" editor and reads text and images',
    (file) => {
      load(file);
      const composer = only();
      expect(composer.closest('[role="dialog"]')?.getAttribute('aria-label')).toBe('Create post');
      expect(adapter.read(composer)).toEqual({
        text: 'Hello #Test\nSecond line',
        media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
      });
    },
  );

  it('finds the composer from any node inside it, and nothing from the post button', () => {
    load('create-post-2026-11.html');
    const composer = only();
    const text = composer.querySelector('[data-lexical-text]')!.firstChild!;
    expect(adapter.composerFor(text)).toBe(composer);
    expect(adapter.composerFor(composer)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('[aria-label="Post"]')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('[data-ad-preview="message"]')!)).toBeNull();
  });

  it('counts a video, and its captions, in the dialog only; never the feed’s media', () => {
    load('create-post-2026-11.html');
    const tray = document.querySelector('.fb-media')!;
    tray.insertAdjacentHTML(
      'beforeend',
      '<video src="blob:https://www.facebook.com/v1"><track kind="captions" src="c.vtt"></video>',
    );
    document
      .querySelector('[role="feed"] [role="article"]')!
      .insertAdjacentHTML(
        'beforeend',
        '<img src="https://scontent.example/p.jpg" alt=""><video src="blob:x"></video>',
      );
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 1,
      videosWithCaptions: 1,
    });
  });

  it('never takes the alt text box beside the composer for a post', () => {
    load('create-post-2026-11.html');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><textarea aria-label="Custom alt text">A photo</textarea></div>',
    );
    expect(adapter.composerFor(document.querySelector('textarea')!)).toBeNull();
    expect(adapter.findComposers(document)).toHaveLength(1);
  });

  it('falls back to a generic rich-text box when Facebook drops the Lexical marker', () => {
    document.body.innerHTML =
      '<div role="dialog"><form method="POST"><div contenteditable="true" role="textbox"><p>New layout</p></div>' +
      '<img src="blob:https://www.facebook.com/1" alt=""></form></div>';
    const composer = only();
    expect(adapter.composerFor(composer.firstChild!)).toBe(composer);
    expect(adapter.read(composer)).toEqual({
      text: 'New layout',
      media: { images: 1, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('returns nothing, and never throws, on markup with no composer', () => {
    document.body.innerHTML =
      '<div role="main"><input type="search" aria-label="Search Facebook"><div contenteditable="false">x</div>' +
      '<div role="combobox" contenteditable="true"></div><p>Hi</p></div>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('p')!.firstChild!)).toBeNull();
    expect(adapter.composerFor(document)).toBeNull();
    expect(adapter.composerFor(document.createTextNode('loose'))).toBeNull();
    const detached = document.createElement('div');
    expect(adapter.read(detached)).toBeNull();
  });

  it('expects no composer on load: "Create post" opens from a button', () => {
    for (const url of ['https://www.facebook.com/', 'https://www.facebook.com/ParliamentOfExampleland']) {
      expect(adapter.expectsComposer(new URL(url))).toBe(false);
    }
  });

  it('its post button selector matches the post button only', () => {
    load('create-post-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Post']);
  });
});

describe.each([
  ['en', 'create-post-2026-11.html', 'Post', ['Discard post?', 'Discard', 'Cancel']],
  ['fr', 'create-post-fr-2026-11.html', 'Publier', ['Supprimer la publication ?', 'Supprimer', 'Annuler']],
  ['ja', 'create-post-ja-2026-11.html', '投稿', ['投稿を破棄しますか？', '破棄', 'キャンセル']],
] as const)('publish control in the %s interface', (_language, file, post, discard) => {
  it('is the post button alone; Cancel and a Discard dialog never are', () => {
    load(file);
    document.body.insertAdjacentHTML('beforeend', discardDialog(discard));
    expect(publishControls(document, adapter.publish!.buttons)).toEqual([post]);
  });
});
