import { closestEditor, closestOf, findEditors } from './generic';
import * as selectors from './instagram.selectors';
import { readEditableText } from './read-text';
import type { DraftMedia, PlatformAdapter } from './types';

/** Instagram (www.instagram.com): the caption of the "Create new post" dialog, a Lexical editor. */
export const instagramAdapter: PlatformAdapter = {
  id: 'instagram',
  matches: ['https://www.instagram.com/*'],
  findComposers: (root) => findEditors(root, selectors.composer),
  composerFor,
  read(composer) {
    if (!composer.isConnected) return null;
    return { text: readEditableText(composer), media: readMedia(composer) };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton },
};

/**
 * Each uploaded file in the dialog once. An image has alt text when its `alt` says so or when the alt
 * text field beside one of its thumbnails holds text (Instagram keeps alt text in that field).
 */
function readMedia(composer: HTMLElement): DraftMedia {
  const scope = closestOf(composer, selectors.composerScope);
  const alt = new Map<string, boolean>();
  const videos = new Map<string, boolean>();
  if (scope) {
    for (const img of Array.from(scope.querySelectorAll(selectors.uploadedImage))) {
      const src = img.getAttribute('src') ?? '';
      alt.set(src, alt.get(src) === true || hasAltText(img));
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

function hasAltText(img: Element): boolean {
  if ((img.getAttribute('alt') ?? '').trim() !== '') return true;
  const field = img.parentElement?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
    selectors.altTextField,
  );
  return (field?.value ?? '').trim() !== '';
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
