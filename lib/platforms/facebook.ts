import * as selectors from './facebook.selectors';
import { closestEditor, closestOf, countMedia, findEditors, NO_MEDIA } from './generic';
import { readEditableText } from './read-text';
import type { PlatformAdapter } from './types';

/**
 * Facebook (www.facebook.com, web.facebook.com): Lexical editors in the "Create post" dialog of a
 * profile or a Page, and in comment boxes.
 */
export const facebookAdapter: PlatformAdapter = {
  id: 'facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  findComposers: (root) => findEditors(root, selectors.composer),
  composerFor,
  read(composer) {
    if (!composer.isConnected) return null;
    const scope = closestOf(composer, selectors.composerScope);
    return {
      text: readEditableText(composer),
      // Only the composer's own form: the feed around a comment box has images of its own.
      media: scope ? countMedia(scope, selectors.uploadedImage, selectors.uploadedVideo) : NO_MEDIA,
    };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton },
};

/**
 * The composer that owns `node`. As in findEditors, a generic editor stands in only where none of the
 * site's own is on the page: beside a known composer, a textarea (an alt text box, a search field) is
 * not a post. The page-wide check runs only for such generic editors, never for the site's own.
 */
function composerFor(node: Node): HTMLElement | null {
  const editor = closestEditor(node, selectors.composer);
  if (!editor || selectors.composer.some((selector) => editor.matches(selector))) return editor;
  return editor.ownerDocument.querySelector(selectors.composer.join(', ')) ? null : editor;
}
