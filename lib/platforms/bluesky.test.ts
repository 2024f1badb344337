/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { blueskyAdapter as adapter } from './bluesky';
import * as selectors from './bluesky.selectors';

const files = import.meta.glob<string>('./__fixtures__/bluesky/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const saved = (name: string) => {
  const html = files[`./__fixtures__/bluesky/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/bluesky/${name}`);
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

describe('blueskyAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the ProseMirror editor in the composer dialog and reads text and images', () => {
    load('composer-2026-11.html');
    const composer = only();
    expect(composer.classList.contains('ProseMirror')).toBe(true);
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('finds the composer from any node inside it, and nothing from the publish button or the feed', () => {
    load('composer-2026-11.html');
    const composer = only();
    expect(adapter.composerFor(composer.querySelector('p')!.firstChild!)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('[data-testid="composerPublishBtn"]')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('[data-testid="postText"]')!)).toBeNull();
  });

  it('reads a thread of two posts as two composers, in order', () => {
    load('composer-2026-11.html');
    const first = only();
    first.parentElement!.insertAdjacentHTML(
      'afterend',
      '<div class="bsky-editor"><div contenteditable="true" role="textbox" class="tiptap ProseMirror"><p>Part two</p></div></div>',
    );
    const found = adapter.findComposers(document);
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(first);
    expect(adapter.read(found[1]!)?.text).toBe('Part two');
  });

  it('reads each image’s alt text from its altTextButton icon, never from img[alt]', () => {
    load('composer-2026-11.html');
    // Gallery.tsx renders the image without alt: the saved markup must too, or this test proves nothing.
    expect(document.querySelectorAll('[data-testid="selectedPhotoImage"][alt]')).toHaveLength(0);
    const icons = Array.from(document.querySelectorAll('[data-testid="altTextButton"] svg'));
    expect(icons.map((svg) => svg.getAttribute('data-icon'))).toEqual(['check', 'plus']);
    // A site-set alt on the undescribed image changes nothing: only the icon counts.
    document.querySelectorAll('img')[1]!.setAttribute('alt', 'Image');
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 0,
      videosWithCaptions: 0,
    });
  });

  it('reads an image as unknown when its button shows neither icon', () => {
    load('composer-2026-11.html');
    document.querySelectorAll('[data-testid="altTextButton"] svg')[1]!.setAttribute('data-icon', 'circle');
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      imagesAltUnknown: 1,
      videos: 0,
      videosWithCaptions: 0,
    });
  });

  it('counts a video apart from the images, its captions unknown (they live in the app’s state)', () => {
    load('composer-2026-11.html');
    document
      .querySelector('[data-testid="selectedPhotosView"]')!
      .insertAdjacentHTML('beforeend', '<video src="blob:v"></video>');
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 1,
      videosWithCaptions: 0,
      videosCaptionsUnknown: 1,
    });
  });

  it('without the gallery’s controls, counts uploaded previews in the dialog as unknown, never the feed’s', () => {
    load('composer-2026-11.html');
    for (const button of Array.from(document.querySelectorAll('[data-testid="altTextButton"]')))
      button.remove();
    document
      .querySelector('[data-testid="homeScreenFeed"]')!
      .insertAdjacentHTML('beforeend', '<img src="blob:https://bsky.app/feed-1" alt="">');
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 0,
      imagesAltUnknown: 2,
      videos: 0,
      videosWithCaptions: 0,
    });
  });

  it('never takes the alt text box beside the composer for a post', () => {
    load('composer-2026-11.html');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><textarea aria-label="Alt text"></textarea></div>',
    );
    expect(adapter.composerFor(document.querySelector('textarea')!)).toBeNull();
  });

  it('returns nothing, and never throws, on markup with no composer', () => {
    document.body.innerHTML =
      '<main><input type="search" aria-label="Search"><div class="ProseMirror" contenteditable="false"><p>Read only</p></div></main>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('p')!)).toBeNull();
    expect(adapter.composerFor(document.createComment('x'))).toBeNull();
    expect(adapter.read(document.createElement('div'))).toBeNull();
  });

  it('expects a composer on load only at the compose intent link', () => {
    expect(adapter.expectsComposer(new URL('https://bsky.app/'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://bsky.app/search'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://bsky.app/intent/compose?text=Hello'))).toBe(true);
  });

  it('its post button selector matches the post button only', () => {
    load('composer-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Post']);
  });
});
