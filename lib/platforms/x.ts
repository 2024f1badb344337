import { closestEditor, closestOf, findEditors, NO_MEDIA, tallyMedia } from './generic';
import { readEditableText } from './read-text';
import type { Described, DraftMedia, PlatformAdapter } from './types';
import * as selectors from './x.selectors';

/**
 * X (x.com, twitter.com): Draft.js composers on the timeline, in the compose dialog and in replies; a
 * plain textarea in the mobile layout.
 */
export const xAdapter: PlatformAdapter = {
  id: 'x',
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.x.com/*',
    'https://mobile.twitter.com/*',
  ],
  findComposers: (root) => findEditors(root, selectors.composer),
  composerFor: (node) => closestEditor(node, selectors.composer),
  read(composer) {
    if (!composer.isConnected) return null;
    const scope = closestOf(composer, selectors.composerScope) ?? composer.ownerDocument;
    const strip = scope.querySelector(selectors.attachments);
    return { text: readEditableText(composer), media: strip ? readMedia(strip) : NO_MEDIA };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton, shortcut: 'mod+enter' },
};

/** Each attachment's state from its badge and describe control; video captions show no state. */
function readMedia(strip: Element): DraftMedia {
  const images = Array.from(strip.querySelectorAll('img'), (img) => altState(itemOf(img, strip)));
  return tallyMedia(
    images,
    Array.from(strip.querySelectorAll('video'), () => undefined),
  );
}

function altState(item: Element): Described {
  const badge = Array.from(item.querySelectorAll('span, div')).some(
    (el) => el.childElementCount === 0 && selectors.altBadgeText.test(el.textContent?.trim() ?? ''),
  );
  if (badge) return true;
  return item.querySelector(selectors.altTextControl) ? false : undefined;
}

/** The largest element around `media` inside `strip` that holds no other attachment. */
function itemOf(media: Element, strip: Element): Element {
  let item = media;
  while (item.parentElement && item.parentElement !== strip) {
    if (item.parentElement.querySelectorAll('img, video').length > 1) break;
    item = item.parentElement;
  }
  return item;
}
