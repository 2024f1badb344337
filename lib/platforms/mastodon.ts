import { closestEditor, closestOf, countMedia, findEditors, NO_MEDIA } from './generic';
import * as selectors from './mastodon.selectors';
import { readEditableText } from './read-text';
import type { DraftMedia, PlatformAdapter } from './types';

/** Whether `root` belongs to a Mastodon web app (the script runs only where the user added one). */
function isMastodon(root: Node): boolean {
  // A document's ownerDocument is null: it is its own.
  const doc = root.ownerDocument ?? (root as Document);
  return !!doc.querySelector(selectors.appRoot);
}

/** Attached media of one compose form, in the 4.3+ layout (backgrounds and ALT marks) or with <img>. */
function readMedia(scope: Element): DraftMedia {
  const media = { ...NO_MEDIA };
  for (const item of Array.from(scope.querySelectorAll(selectors.upload))) {
    if (item.querySelector('img, video')) {
      const found = countMedia(item, 'img', 'video');
      media.images += found.images;
      media.imagesWithAlt += found.imagesWithAlt;
      media.videos += found.videos;
      media.videosWithCaptions += found.videosWithCaptions;
    } else {
      media.images += 1;
      if (!item.querySelector(selectors.uploadMissingAlt)) media.imagesWithAlt += 1;
    }
  }
  return media;
}

/**
 * Mastodon on any instance the user added: the compose form's textarea. The content script is
 * registered at run time for those origins only, and checks for Mastodon's app root before it reads.
 */
export const mastodonAdapter: PlatformAdapter = {
  id: 'mastodon',
  // Registered at run time per instance (lib/messaging/mastodon-instances.ts).
  matches: [],
  findComposers: (root) => (isMastodon(root as Node) ? findEditors(root, selectors.composer) : []),
  composerFor(node) {
    if (!isMastodon(node)) return null;
    const editor = closestEditor(node, selectors.composer);
    if (!editor || selectors.composer.some((selector) => editor.matches(selector))) return editor;
    // A generic editor stands in only where the site's own is missing (an alt text box is not a post).
    return editor.ownerDocument.querySelector(selectors.composer.join(', ')) ? null : editor;
  },
  read(composer) {
    if (!composer.isConnected) return null;
    const scope = closestOf(composer, selectors.composerScope);
    return { text: readEditableText(composer), media: scope ? readMedia(scope) : NO_MEDIA };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton, shortcut: 'mod+enter' },
};
