/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { mastodonAdapter as adapter } from './mastodon';
import { publishControls } from './__fixtures__/publish-controls';
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

describe('mastodonAdapter on the redesigned composer (mastodon/mastodon features/compose/redesign)', () => {
  beforeEach(() => {
    load('compose-redesign-2026-11.html');
  });

  it('finds #composer-text and reads its text, and images described by the "Alt" badge only', () => {
    const found = adapter.findComposers(document);
    expect(found.map((el) => el.id)).toEqual(['composer-text']);
    expect(adapter.composerFor(found[0]!)).toBe(found[0]);
    // The content warning is a field of its own: not the post's text, and not a composer.
    const warning = document.querySelector<HTMLInputElement>('input[type="text"]')!;
    expect(adapter.composerFor(warning)).toBeNull();
    expect(adapter.read(found[0]!)).toEqual({
      text: 'Hello #Test\nSecond line',
      // The audio file is neither an image nor a video.
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
      contentWarning: 'Budget',
    });
    // "Sensitive" off: the field is gone, and so is the warning.
    warning.closest('._wrapper_7h8j9_1')!.remove();
    expect(adapter.read(found[0]!)).not.toHaveProperty('contentWarning');
  });

  it('takes Publish, the footer’s last control, for the post button; never a modal’s "Delete draft"', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog"><h2>Discard draft</h2><footer><button type="button">Continue draft</button>' +
        '<button type="button">Delete draft</button></footer></div>',
    );
    expect(publishControls(document, adapter.publish!.buttons)).toEqual(['Publish']);
  });
});

describe('mastodonAdapter counts each upload once, by its kind', () => {
  const form = (uploads: string) =>
    `<div id="mastodon"><form class="compose-form"><textarea class="autosuggest-textarea__textarea"></textarea>` +
    `<div class="compose-form__uploads">${uploads}</div></form></div>`;
  const item = (inner: string, missingAlt?: boolean) =>
    `<div class="compose-form__upload"><div class="compose-form__upload__thumbnail">${inner}` +
    (missingAlt === undefined
      ? ''
      : `<div class="compose-form__upload__warning"><button class="icon-button${missingAlt ? ' active' : ''}">ALT</button></div>`) +
    `</div></div>`;

  it('a video is a video, described by its ALT mark like an image; an audio file is neither', () => {
    document.body.innerHTML = form(
      item('<video src="blob:v1"></video>', false) +
        item('<video src="blob:v2"><img src="blob:poster" alt=""></video>', true) +
        item('', true) +
        item('<div class="compose-form__upload__visualizer"></div>', true),
    );
    expect(adapter.read(adapter.findComposers(document)[0]!)?.media).toEqual({
      images: 1,
      imagesWithAlt: 0,
      videos: 2,
      videosWithCaptions: 1,
    });
  });

  it('without an ALT mark, reads the <img alt> and the <track> an older layout shows', () => {
    document.body.innerHTML = form(
      item('<img src="blob:a" alt="The chamber">') +
        item('<img src="blob:b" alt="">') +
        item('<video src="blob:c"><track kind="captions" src="c.vtt"></video>'),
    );
    expect(adapter.read(adapter.findComposers(document)[0]!)?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      videos: 1,
      videosWithCaptions: 1,
    });
  });
});

describe('mastodonAdapter reads the classic content warning, which counts toward the limit', () => {
  // compose_form.jsx (4.x): the CW input before the textarea, disabled while the CW toggle is off;
  // poll options are text inputs after it.
  const form = (warning: string, on: boolean) =>
    `<div id="mastodon"><form class="compose-form">` +
    `<div class="spoiler-input${on ? ' spoiler-input--visible' : ''}" aria-hidden="${!on}">` +
    `<input type="text" id="cw-spoiler-input" class="spoiler-input__input" value="${warning}"${on ? '' : ' disabled'}></div>` +
    `<div class="compose-form__highlightable"><textarea class="autosuggest-textarea__textarea"></textarea>` +
    `<div class="compose-form__poll"><input type="text" class="poll__input" value="Yes"></div></div></form></div>`;
  const read = () => adapter.read(adapter.findComposers(document)[0]!);

  it('reads it while the toggle is on', () => {
    document.body.innerHTML = form('Budget figures', true);
    expect(read()?.contentWarning).toBe('Budget figures');
  });

  it('leaves out a warning typed and then switched off, an empty one, and poll options', () => {
    document.body.innerHTML = form('Budget figures', false);
    expect(read()).not.toHaveProperty('contentWarning');
    document.body.innerHTML = form('', true);
    expect(read()).not.toHaveProperty('contentWarning');
  });
});
