import * as selectors from './bluesky.selectors';
import { closestEditor, closestOf, findEditors, NO_MEDIA, tallyMedia } from './generic';
import { readEditableText } from './read-text';
import type { Described, DraftMedia, PlatformAdapter } from './types';

/** Bluesky (bsky.app): TipTap / ProseMirror editors in the composer dialog, one per thread post. */
export const blueskyAdapter: PlatformAdapter = {
  id: 'bluesky',
  matches: ['https://bsky.app/*'],
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
 * Media attached in the composer's own dialog, never the feed's images behind it. Each image is read
 * from its alt text button; without the gallery's controls an image's state is unknown.
 */
function readMedia(composer: HTMLElement): DraftMedia {
  const scope = closestOf(composer, selectors.composerScope);
  if (!scope) return NO_MEDIA;
  const gallery = scope.querySelector(selectors.attachments.join(', ')) ?? scope;
  const buttons = gallery.querySelectorAll(selectors.altTextButton);
  const images: Described[] =
    buttons.length > 0
      ? Array.from(buttons, altState)
      : Array.from(gallery.querySelectorAll(selectors.uploadedImage), () => undefined);
  return tallyMedia(
    images,
    Array.from(scope.querySelectorAll(selectors.uploadedVideo), () => undefined),
  );
}

function altState(button: Element): Described {
  if (button.querySelector(selectors.altDescribedIcon)) return true;
  if (button.querySelector(selectors.altMissingIcon)) return false;
  return undefined;
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
