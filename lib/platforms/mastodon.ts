import { closestEditor, closestOf, findEditors, imgAlt, NO_MEDIA, tallyMedia, videoTracks } from './generic';
import * as selectors from './mastodon.selectors';
import { readEditableText } from './read-text';
import type { Described, DraftMedia, PlatformAdapter } from './types';

/** Whether `root` belongs to a Mastodon web app (the script runs only where the user added one). */
function isMastodon(root: Node): boolean {
  // A document's ownerDocument is null: it is its own.
  const doc = root.ownerDocument ?? (root as Document);
  return !!doc.querySelector(selectors.appRoot);
}

/**
 * Attached media of one compose form, each item once: a video where the item shows a `<video>`,
 * otherwise an image (both layouts draw every thumbnail as a CSS background, so a video looks like
 * an image there). Described: the redesign's "Alt" badge, else the classic "ALT" button (marked
 * active while the description is missing), else the `<img alt>` or `<track>` an older layout has.
 */
function readMedia(scope: Element): DraftMedia {
  const images: Described[] = [];
  const videos: Described[] = [];
  for (const item of Array.from(scope.querySelectorAll(selectors.upload))) {
    if (item.querySelector(selectors.audioUpload)) continue;
    const video = item.querySelector('video');
    const img = item.querySelector('img');
    const described = item.querySelector(selectors.uploadAltBadge)
      ? true
      : item.querySelector(selectors.uploadAltButton)
        ? !item.querySelector(selectors.uploadMissingAlt)
        : video
          ? videoTracks(video)
          : !!img && imgAlt(img);
    (video ? videos : images).push(described);
  }
  return tallyMedia(images, videos);
}

/**
 * The content warning of the form `scope` holding `composer`, when one is on: the first field of the
 * selectors that is enabled, shown and placed before the composer (later text inputs are poll options).
 */
function readContentWarning(scope: Element, composer: HTMLElement): string | undefined {
  for (const selector of selectors.contentWarning) {
    for (const field of Array.from(scope.querySelectorAll<HTMLInputElement>(selector))) {
      const before = composer.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_PRECEDING;
      if (!before || field.disabled || field.closest('[aria-hidden="true"]')) continue;
      return field.value === '' ? undefined : field.value;
    }
  }
  return undefined;
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
    const text = readEditableText(composer);
    if (!scope) return { text, media: NO_MEDIA };
    const contentWarning = readContentWarning(scope, composer);
    return { text, media: readMedia(scope), ...(contentWarning === undefined ? {} : { contentWarning }) };
  },
  expectsComposer: (url) => selectors.composePaths.some((path) => path.test(url.pathname)),
  publish: { buttons: selectors.postButton, shortcut: 'mod+enter' },
};
