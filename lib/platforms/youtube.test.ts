/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter as adapter } from './youtube';
import * as selectors from './youtube.selectors';
import { discardDialog, publishControls } from './__fixtures__/publish-controls';

const files = import.meta.glob<string>('./__fixtures__/youtube/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const saved = (name: string) => {
  const html = files[`./__fixtures__/youtube/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/youtube/${name}`);
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

const FILE = 'posts-composer-2026-11.html';

describe('youtubeAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the posts editor and reads the native contenteditable’s second line', () => {
    load(FILE);
    const composer = only();
    expect(composer.id).toBe('contenteditable-root');
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      // YouTube has no alt text for post images: both count as without it.
      media: { images: 2, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('finds the composer from any node inside it, and nothing from Post or the posts list', () => {
    load(FILE);
    const composer = only();
    expect(adapter.composerFor(composer.firstChild!)).toBe(composer);
    expect(adapter.composerFor(composer.querySelector('div')!.firstChild!)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('#submit-button button')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('#content-text')!)).toBeNull();
  });

  it('does not count the posts list’s images as the draft’s', () => {
    load(FILE);
    document
      .querySelector('ytd-backstage-post-renderer')!
      .insertAdjacentHTML('beforeend', '<img src="blob:https://www.youtube.com/old" alt="">');
    expect(adapter.read(only())?.media?.images).toBe(2);
  });

  it('sees no composer while the posts box is collapsed to its placeholder', () => {
    load(FILE);
    document
      .querySelector('ytd-backstage-post-dialog-renderer')!
      .replaceChildren(Object.assign(document.createElement('div'), { id: 'placeholder-area' }));
    expect(adapter.findComposers(document)).toEqual([]);
  });

  it('does not take a video’s comment box for a post', () => {
    document.body.innerHTML =
      '<ytd-comments><ytd-commentbox><div id="contenteditable-root" contenteditable="true">Nice</div></ytd-commentbox></ytd-comments>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('#contenteditable-root')!)).toBeNull();
  });

  it('returns nothing, and never throws, on markup with no composer', () => {
    document.body.innerHTML = '<ytd-masthead><input id="search" role="combobox"></ytd-masthead><p>Home</p>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('p')!)).toBeNull();
    expect(adapter.composerFor(document)).toBeNull();
    expect(adapter.read(document.createElement('div'))).toBeNull();
  });

  it('expects no composer on load: the posts box opens on click, and only for the owner', () => {
    for (const path of ['/@somechannel/community', '/@somechannel/posts', '/']) {
      expect(adapter.expectsComposer(new URL(`https://www.youtube.com${path}`))).toBe(false);
    }
  });

  it('its post button selector matches the post button only', () => {
    load('posts-composer-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Post']);
  });
});

describe.each([
  ['en', 'posts-composer-2026-11.html', 'Post', ['Discard post?', 'Discard', 'Cancel']],
  ['fr', 'posts-composer-fr-2026-11.html', 'Publier', ['Supprimer le post ?', 'Supprimer', 'Annuler']],
  ['ja', 'posts-composer-ja-2026-11.html', '投稿', ['投稿を破棄しますか？', '破棄', 'キャンセル']],
] as const)('publish control in the %s interface', (_language, file, post, discard) => {
  it('is the post button alone; Cancel and a Discard dialog never are', () => {
    load(file);
    // Posting scripts (2026-05 to 2026-08) met a second, hidden 0×0 button with the same label.
    document
      .querySelector('ytd-backstage-post-dialog-renderer')!
      .insertAdjacentHTML('afterbegin', `<button aria-label="${post}" style="width:0;height:0"></button>`);
    document.body.insertAdjacentHTML('beforeend', discardDialog(discard));
    expect(publishControls(document, adapter.publish!.buttons)).toEqual([post]);
  });
});
