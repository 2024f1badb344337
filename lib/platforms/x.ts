import { closestEditor, closestOf, countMedia, findEditors } from './generic';
import { readEditableText } from './read-text';
import type { PlatformAdapter } from './types';
import * as selectors from './x.selectors';

/** X (x.com, twitter.com): Draft.js composers on the timeline, in the compose dialog and in replies. */
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
    return {
      text: readEditableText(composer),
      media: strip
        ? countMedia(strip, 'img', 'video')
        : { images: 0, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 },
    };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton, shortcut: 'mod+enter' },
};
