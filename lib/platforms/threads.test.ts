/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { threadsAdapter as adapter } from './threads';
import * as selectors from './threads.selectors';
import { discardDialog, publishControls } from './__fixtures__/publish-controls';

const files = import.meta.glob<string>('./__fixtures__/threads/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const saved = (name: string) => {
  const html = files[`./__fixtures__/threads/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/threads/${name}`);
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

describe('threadsAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the Lexical editor in the "New thread" dialog and reads text and images', () => {
    load('new-thread-2026-11.html');
    const composer = only();
    expect(composer.closest('[role="dialog"]')?.getAttribute('aria-label')).toBe('New thread');
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('finds the composer from any node inside it, and nothing from the post button or the feed', () => {
    load('new-thread-2026-11.html');
    const composer = only();
    expect(adapter.composerFor(composer.querySelector('[data-lexical-text]')!.firstChild!)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('.th-post-button')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('.fixture-post-text')!)).toBeNull();
  });

  it('counts each uploaded file once, even when the dialog shows it twice, and a video', () => {
    load('new-thread-2026-11.html');
    const tray = document.querySelector('.th-media')!;
    // A second copy of the first image (as an alt text editor shows it), without alt, and a video.
    tray.insertAdjacentHTML(
      'beforeend',
      '<img src="blob:https://www.threads.com/00000000-0000-4000-8000-000000000001" alt="">' +
        '<video src="blob:https://www.threads.com/v"></video><video src="blob:https://www.threads.com/v"></video>',
    );
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 1,
      videosWithCaptions: 0,
    });
  });

  it('does not count the feed’s images as the draft’s', () => {
    load('new-thread-2026-11.html');
    document
      .querySelector('.th-item')!
      .insertAdjacentHTML('beforeend', '<img src="blob:https://www.threads.com/feed" alt="">');
    expect(adapter.read(only())?.media?.images).toBe(2);
  });

  it('falls back to a textbox holding paragraphs when the Lexical marker is gone', () => {
    document.body.innerHTML =
      '<div role="dialog"><div role="textbox" contenteditable="true"><p>One</p><p>Two</p></div></div>';
    const composer = only();
    expect(adapter.read(composer)?.text).toBe('One\nTwo');
    expect(adapter.composerFor(composer.querySelector('p')!)).toBe(composer);
  });

  it('never takes the alt text box beside the composer for a post', () => {
    load('new-thread-2026-11.html');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><textarea aria-label="Describe this image"></textarea></div>',
    );
    expect(adapter.composerFor(document.querySelector('textarea')!)).toBeNull();
  });

  it('returns nothing, and never throws, on markup with no composer', () => {
    document.body.innerHTML = '<main><input type="search" aria-label="Search"><span>Feed</span></main>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('span')!)).toBeNull();
    expect(adapter.composerFor(document)).toBeNull();
    expect(adapter.read(document.createElement('div'))).toBeNull();
  });

  it('expects a composer on load only at the post intent, on both domains', () => {
    expect(adapter.expectsComposer(new URL('https://www.threads.com/'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://www.threads.net/@parliament'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://www.threads.net/intent/post?text=Hi'))).toBe(true);
    expect(adapter.expectsComposer(new URL('https://www.threads.com/intent/post'))).toBe(true);
  });

  it('its post button selector matches the post button only', () => {
    load('new-thread-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Post']);
  });
});

describe.each([
  ['en', 'new-thread-2026-11.html', 'Post', ['Discard thread?', 'Discard', 'Cancel']],
  ['fr', 'new-thread-fr-2026-11.html', 'Publier', ['Supprimer le thread ?', 'Supprimer', 'Annuler']],
  ['ja', 'new-thread-ja-2026-11.html', '投稿', ['スレッドを破棄しますか？', '破棄', 'キャンセル']],
] as const)('publish control in the %s interface', (_language, file, post, discard) => {
  it('is the post button alone; Cancel and a Discard dialog never are', () => {
    load(file);
    document.body.insertAdjacentHTML('beforeend', discardDialog(discard));
    expect(publishControls(document, adapter.publish!.buttons)).toEqual([post]);
  });
});

it('takes the inline reply composer’s send button, outside any dialog, for its post button', () => {
  document.body.innerHTML =
    '<div data-pressable-container="true"><span>Which hearing next?</span>' +
    '<div role="button" tabindex="0"><svg aria-label="Like"></svg>Like</div>' +
    '<div contenteditable="true" role="textbox" data-lexical-editor="true"><p>Budget</p></div>' +
    '<div role="button" tabindex="0"><svg aria-label="Reply"></svg>send</div></div>';
  expect(adapter.findComposers(document)).toHaveLength(1);
  expect(publishControls(document, adapter.publish!.buttons)).toEqual(['send']);
});
