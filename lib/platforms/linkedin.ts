import { closestEditor, closestOf, countMedia, findEditors, NO_MEDIA } from './generic';
import * as selectors from './linkedin.selectors';
import { readEditableText } from './read-text';
import type { DraftMedia, PlatformAdapter } from './types';

/** LinkedIn (www.linkedin.com): Quill editors in the share box and in comment boxes. */
export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*'],
  findComposers: (root) => findEditors(root, selectors.composer),
  composerFor,
  read(composer) {
    if (!composer.isConnected) return null;
    return { text: readEditableText(composer), media: readMedia(composer) };
  },
  expectsComposer: (url) => selectors.composeOnLoad(url),
  publish: { buttons: selectors.postButton },
};

/** Media attached in the composer's own box: never the feed's images around it. */
function readMedia(composer: HTMLElement): DraftMedia {
  const scope = closestOf(composer, selectors.composerScope);
  if (!scope) return NO_MEDIA;
  for (const selector of selectors.attachments) {
    const strip = scope.querySelector(selector);
    if (strip) return countMedia(strip, 'img', 'video');
  }
  return countMedia(scope, selectors.uploadedImage, selectors.uploadedVideo);
}

/**
 * The composer that owns `node`. As in findEditors, a generic editor stands in only where none of the
 * site's own is on the page: beside a known composer, a textarea (an alt text box, a search field) is
 * not a post. The page-wide check runs only for such generic editors, never for the site's own.
 */
function composerFor(node: Node): HTMLElement | null {
  const editor = closestEditor(node, selectors.composer);
  if (!editor || selectors.composer.some((selector) => editor.matches(selector))) return editor;
  return findEditors(editor.ownerDocument, selectors.composer).some((found) =>
    selectors.composer.some((selector) => found.matches(selector)),
  )
    ? null
    : editor;
}
