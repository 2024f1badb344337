import { closestEditor, closestOf, countMedia, findEditors } from './generic';
import { readEditableText } from './read-text';
import type { DraftMedia, PlatformAdapter } from './types';
import * as selectors from './youtube.selectors';

const NO_MEDIA: DraftMedia = { images: 0, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 };

/** YouTube (www.youtube.com): the channel posts composer, a plain contenteditable. */
export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  matches: ['https://www.youtube.com/*'],
  findComposers: (root) => findEditors(root, selectors.composer),
  composerFor,
  read(composer) {
    if (!composer.isConnected) return null;
    const scope = closestOf(composer, selectors.composerScope);
    return {
      text: readEditableText(composer),
      // YouTube has no alt text for post images: every attached image counts as without it.
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
