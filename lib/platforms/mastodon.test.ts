/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { mastodonAdapter as adapter } from './mastodon';
import * as selectors from './mastodon.selectors';

const files = import.meta.glob<string>('./__fixtures__/mastodon/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
function load(name: string) {
  const html = files[`./__fixtures__/mastodon/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/mastodon/${name}`);
  document.body.innerHTML = html;
  // innerHTML gives a textarea its default value; the snapshot wrote the draft as its content.
  const textarea = document.querySelector('textarea');
  if (textarea) textarea.value = textarea.textContent ?? '';
}

/** The 4.3+ compose form: uploads are CSS thumbnails with an "ALT" button, active when undescribed. */
const MASTODON_43 = `
<div id="mastodon"><div class="columns-area">
  <form class="compose-form">
    <div class="compose-form__highlightable">
      <div class="autosuggest-textarea"><textarea class="autosuggest-textarea__textarea"></textarea></div>
      <div class="compose-form__uploads">
        <div class="compose-form__upload media-gallery__item"><div class="compose-form__upload__thumbnail">
          <div class="compose-form__upload__warning"><button type="button" class="icon-button">ALT</button></div>
        </div></div>
        <div class="compose-form__upload media-gallery__item"><div class="compose-form__upload__thumbnail">
          <div class="compose-form__upload__warning"><button type="button" class="icon-button active">ALT</button></div>
        </div></div>
      </div>
    </div>
    <div class="compose-form__footer"><div class="compose-form__submit"><button type="submit" class="button">Post</button></div></div>
  </form>
  <div class="search"><input type="text" class="search__input"></div>
</div></div>`;

describe('mastodonAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds the compose textarea and reads its value and the images with their alt text', () => {
    load('compose-form-2026-11.html');
    const found = adapter.findComposers(document);
    expect(found).toHaveLength(1);
    const composer = found[0]!;
    expect(composer.tagName).toBe('TEXTAREA');
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('reads the 4.3+ layout, where a missing description shows as an active ALT mark', () => {
    document.body.innerHTML = MASTODON_43;
    const [composer] = adapter.findComposers(document);
    (composer as HTMLTextAreaElement).value = 'Budget debate tonight';
    expect(adapter.read(composer!)).toEqual({
      text: 'Budget debate tonight',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('owns nodes in its textarea only, and nothing on a page that is not Mastodon', () => {
    document.body.innerHTML = MASTODON_43;
    const composer = adapter.findComposers(document)[0]!;
    expect(adapter.composerFor(composer)).toBe(composer);
    expect(adapter.composerFor(document.querySelector('.search__input')!)).toBeNull();
    expect(adapter.composerFor(document.querySelector('button[type="submit"]')!)).toBeNull();

    document.body.innerHTML =
      '<form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea></form>';
    expect(adapter.findComposers(document)).toEqual([]);
    expect(adapter.composerFor(document.querySelector('textarea')!)).toBeNull();
  });

  it('knows its publish button and Ctrl/Cmd+Enter', () => {
    load('compose-form-2026-11.html');
    expect(adapter.publish?.shortcut).toBe('mod+enter');
    const button = document.querySelector(selectors.postButton.join(', '));
    expect(button?.textContent).toBe('Post');
  });

  it('expects a composer on home, the compose page and the advanced layout only', () => {
    const expects = (path: string) => adapter.expectsComposer(new URL(`https://social.example${path}`));
    expect(expects('/home')).toBe(true);
    expect(expects('/publish')).toBe(true);
    expect(expects('/deck/getting-started')).toBe(true);
    expect(expects('/about')).toBe(false);
    expect(expects('/@someone')).toBe(false);
  });

  it('has no static match patterns: instances are registered at run time', () => {
    expect(adapter.matches).toEqual([]);
  });
});
