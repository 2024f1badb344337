/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinAdapter as adapter } from './linkedin';
import * as selectors from './linkedin.selectors';
import { attachShadowTemplates } from './__fixtures__/shadow-templates';

const files = import.meta.glob<string>('./__fixtures__/linkedin/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const saved = (name: string) => {
  const html = files[`./__fixtures__/linkedin/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/linkedin/${name}`);
  return html;
};
const load = (name: string) => {
  document.body.innerHTML = saved(name);
  attachShadowTemplates(document.body);
};
const only = (root: ParentNode = document) => {
  const found = adapter.findComposers(root);
  expect(found).toHaveLength(1);
  return found[0]!;
};

const NO_MEDIA = { images: 0, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 };

describe('linkedinAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('share box: finds the Quill editor and reads text and images', () => {
    load('sharebox-2026-11.html');
    const composer = only();
    expect(composer.closest('[data-test-modal-id="sharebox"]')).not.toBeNull();
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('share box inside #interop-outlet’s shadow root: finds the editor and reads text and images', () => {
    load('sharebox-shadow-2026-12.html');
    const outlet = document.getElementById('interop-outlet')!;
    expect(document.querySelector('.ql-editor')).toBeNull(); // what a plain query sees
    const composer = only();
    expect(composer.getRootNode()).toBe(outlet.shadowRoot);
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
    expect(adapter.composerFor(composer.querySelector('p')!.firstChild!)).toBe(composer);
    expect(
      adapter.composerFor(outlet.shadowRoot!.querySelector('.share-actions__primary-action')!),
    ).toBeNull();
  });

  it('comment box: finds the editor under the update; the feed’s images are not its media', () => {
    load('comment-2026-11.html');
    document
      .querySelector('.feed-shared-update-v2')!
      .insertAdjacentHTML('afterbegin', '<img class="update-components-image" src="blob:x" alt="">');
    const composer = only();
    expect(composer.closest('.comments-comment-box')).not.toBeNull();
    expect(adapter.read(composer)).toEqual({ text: 'Hello #Test\nSecond line', media: NO_MEDIA });
  });

  it('finds every composer when a share box and a comment box are both open, in page order', () => {
    load('comment-2026-11.html');
    const comment = only();
    const share = new DOMParser().parseFromString(saved('sharebox-2026-11.html'), 'text/html');
    document.body.append(share.querySelector('.fixture-layer')!);
    const found = adapter.findComposers(document);
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(comment);
    expect(found[1]!.closest('[data-test-modal-id="sharebox"]')).not.toBeNull();
  });

  it('finds the composer from any node inside it, and nothing from the buttons or the feed', () => {
    load('sharebox-2026-11.html');
    const composer = only();
    expect(adapter.composerFor(composer.querySelector('p')!.firstChild!)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('.share-actions__primary-action')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('.fixture-post-text')!)).toBeNull();
  });

  it('counts a video in the share box', () => {
    load('sharebox-2026-11.html');
    document
      .querySelector('.share-creation-state__media')!
      .insertAdjacentHTML('beforeend', '<div class="share-media-preview"><video src="blob:v"></video></div>');
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 1,
      videosWithCaptions: 0,
    });
  });

  it('never takes the alt text box beside the share box for a post', () => {
    load('sharebox-2026-11.html');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><textarea aria-label="Alt text"></textarea></div>',
    );
    expect(adapter.composerFor(document.querySelector('textarea')!)).toBeNull();
    expect(adapter.findComposers(document)).toHaveLength(1);
  });

  it('falls back to any Quill editor, then to generic boxes, when LinkedIn renames its wrappers', () => {
    document.body.innerHTML =
      '<div role="dialog"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p>Quill</p></div></div>' +
      '<div class="new-media"><img src="blob:https://www.linkedin.com/1" alt="Chamber"></div></div>';
    const quill = only();
    expect(adapter.read(quill)).toEqual({
      text: 'Quill',
      media: { images: 1, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
    document.body.innerHTML =
      '<section><div contenteditable="true" aria-multiline="true"><p>Generic</p></div></section>';
    expect(adapter.read(only())).toEqual({ text: 'Generic', media: NO_MEDIA });
  });

  it('does not take an article editor (a longer format) for a post', () => {
    document.body.innerHTML =
      '<div data-test-article-editor-content-textbox contenteditable="true" class="ProseMirror"><p>Article</p></div>' +
      '<div class="comments-comment-box"><div class="ql-editor" contenteditable="true"><p>Comment</p></div></div>';
    expect(adapter.findComposers(document).map((c) => c.textContent)).toEqual(['Comment']);
  });

  it('returns nothing, and never throws, on markup with no composer', () => {
    document.body.innerHTML =
      '<header><input type="text" role="combobox" aria-label="Search"></header><main><p>Feed</p>' +
      '<div contenteditable="true" role="textbox" aria-hidden="true"></div></main>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('p')!)).toBeNull();
    expect(adapter.composerFor(document)).toBeNull();
    expect(adapter.read(document.createElement('div'))).toBeNull();
  });

  it('expects a composer on load only from a share link', () => {
    expect(adapter.expectsComposer(new URL('https://www.linkedin.com/feed/'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://www.linkedin.com/mynetwork/'))).toBe(false);
    expect(adapter.expectsComposer(new URL('https://www.linkedin.com/feed/?shareActive=true'))).toBe(true);
  });

  it('its post button selector matches the post button only', () => {
    load('sharebox-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Post']);
  });

  it('its post button selector also matches a comment box’s submit button', () => {
    load('comment-2026-11.html');
    const matched = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
    expect(matched.map((el) => el.textContent)).toEqual(['Comment']);
  });
});
