/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter as adapter } from './x';
import * as selectors from './x.selectors';

const files = import.meta.glob<string>('./__fixtures__/x/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const load = (name: string) => {
  const html = files[`./__fixtures__/x/${name}`];
  if (html === undefined) throw new Error(`no saved markup __fixtures__/x/${name}`);
  document.body.innerHTML = html;
};
const only = () => {
  const found = adapter.findComposers(document);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('xAdapter on saved markup', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads alt text from the ALT badge, not from img[alt]: X gives undescribed photos alt="Image"', () => {
    load('home-inline-2026-11.html');
    const images = Array.from(document.querySelectorAll('[data-testid="attachments"] img'));
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['MPs voting in the chamber', 'Image']);
    expect(adapter.read(only())).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('reads an image as undescribed from its describe control, whatever the interface language', () => {
    load('compose-dialog-2026-11.html');
    const dialog = document.querySelector('[role="dialog"]')!;
    for (const control of Array.from(dialog.querySelectorAll(selectors.altTextControl))) {
      control.textContent = 'Ajouter une description';
    }
    for (const badge of Array.from(dialog.querySelectorAll('.x-alt-badge'))) badge.remove();
    const composer = adapter.findComposers(dialog).find((el) => dialog.contains(el))!;
    expect(adapter.read(composer)?.media).toEqual({
      images: 2,
      imagesWithAlt: 0,
      videos: 0,
      videosWithCaptions: 0,
    });
  });

  it('reads an image with neither badge nor control as unknown, and a video apart, its captions unknown', () => {
    load('home-inline-2026-11.html');
    const strip = document.querySelector(selectors.attachments)!;
    strip.querySelectorAll(selectors.altTextControl)[1]!.remove();
    strip.insertAdjacentHTML('beforeend', '<div><video src="blob:v"></video></div>');
    expect(adapter.read(only())?.media).toEqual({
      images: 2,
      imagesWithAlt: 1,
      imagesAltUnknown: 1,
      videos: 1,
      videosWithCaptions: 0,
      videosCaptionsUnknown: 1,
    });
  });

  it('finds the mobile layout’s textarea and reads its text and media', () => {
    load('mobile-compose-2026-11.html');
    const composer = only();
    expect(composer).toBeInstanceOf(HTMLTextAreaElement);
    (composer as HTMLTextAreaElement).value = 'Hello #Test\nSecond line';
    expect(adapter.composerFor(composer)).toBe(composer);
    expect(adapter.read(composer)).toEqual({
      text: 'Hello #Test\nSecond line',
      media: { images: 2, imagesWithAlt: 1, videos: 0, videosWithCaptions: 0 },
    });
  });

  it('its post buttons are found by test id in every layout, never by their words', () => {
    for (const [name, expected] of [
      ['home-inline-2026-11.html', 1],
      ['compose-dialog-2026-11.html', 2],
      ['mobile-compose-2026-11.html', 1],
    ] as const) {
      load(name);
      const buttons = Array.from(document.querySelectorAll(selectors.postButton.join(', ')));
      for (const button of buttons) button.textContent = 'ポストする';
      expect(buttons).toHaveLength(expected);
      expect(buttons.every((b) => b.tagName === 'BUTTON')).toBe(true);
    }
  });
});
