import { closestEditor, closestOf, findEditors } from './generic';
import { readEditableText } from './read-text';
import * as selectors from './threads.selectors';
import type { DraftMedia, PlatformAdapter } from './types';

/** Threads (www.threads.com, www.threads.net): Lexical editors in the new-thread and reply dialogs. */
export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  findComposers: (root) => findEditors(root, selectors.composer),
  composerFor,
  read(composer) {
    if (!composer.isConnected) return null;
    return { text: readEditableText(composer), media: readMedia(composer) };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton, shortcut: 'mod+enter' },
};

/**
 * Uploaded images and videos in the composer's own dialog, each file once even when the dialog shows
 * it twice; an image has alt text when any of its copies carries it.
 */
function readMedia(composer: HTMLElement): DraftMedia {
  const scope = closestOf(composer, selectors.composerScope);
  const alt = new Map<string, boolean>();
  const videos = new Map<string, boolean>();
  if (scope) {
    for (const img of Array.from(scope.querySelectorAll(selectors.uploadedImage))) {
      const src = img.getAttribute('src') ?? '';
      alt.set(src, alt.get(src) === true || (img.getAttribute('alt') ?? '').trim() !== '');
    }
    for (const video of Array.from(scope.querySelectorAll(selectors.uploadedVideo))) {
      const src = video.getAttribute('src') ?? '';
      const captioned = video.querySelector('track[kind="captions"], track[kind="subtitles"]') !== null;
      videos.set(src, videos.get(src) === true || captioned);
    }
  }
  return {
    images: alt.size,
    imagesWithAlt: Array.from(alt.values()).filter(Boolean).length,
    videos: videos.size,
    videosWithCaptions: Array.from(videos.values()).filter(Boolean).length,
  };
}

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
