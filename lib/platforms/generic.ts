import type { DraftMedia } from './types';

/** Editors any site may use: a rich-text box or a textarea. Site selectors refine these. */
export const GENERIC_EDITOR =
  '[contenteditable="true"][role="textbox"], [contenteditable="true"][aria-multiline="true"], textarea';

/** Fields a writing tool must leave alone: search boxes, passwords, and explicit opt-outs. */
function isExcluded(el: Element): boolean {
  return (
    el.getAttribute('role') === 'combobox' ||
    el.getAttribute('type') === 'password' ||
    el.getAttribute('data-enable-grammarly') === 'false' ||
    el.getAttribute('aria-hidden') === 'true'
  );
}

/** The nearest editor that owns `node`: site selectors first, then the generic ones. */
export function closestEditor(node: Node, siteSelectors: readonly string[]): HTMLElement | null {
  const start = node instanceof Element ? node : node.parentElement;
  if (!start) return null;
  for (const selector of [...siteSelectors, GENERIC_EDITOR]) {
    const found = start.closest<HTMLElement>(selector);
    if (found && !isExcluded(found)) return found;
  }
  return null;
}

/**
 * Every editor under `root` that matches the site's selectors, in document order. When none of them
 * matches (the site changed its layout), the generic editors stand in.
 */
export function findEditors(root: ParentNode, siteSelectors: readonly string[]): HTMLElement[] {
  for (const selector of siteSelectors) {
    const found = Array.from(root.querySelectorAll<HTMLElement>(selector)).filter((el) => !isExcluded(el));
    if (found.length > 0) return found;
  }
  return Array.from(root.querySelectorAll<HTMLElement>(GENERIC_EDITOR)).filter((el) => !isExcluded(el));
}

/** The first ancestor of `el` matching one of `selectors`, or null. */
export function closestOf(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Images and videos in `scope`, and how many of them carry a description. */
export function countMedia(scope: ParentNode, imageSelector: string, videoSelector: string): DraftMedia {
  const images = Array.from(scope.querySelectorAll<HTMLImageElement>(imageSelector));
  const videos = Array.from(scope.querySelectorAll<HTMLVideoElement>(videoSelector));
  return {
    images: images.length,
    imagesWithAlt: images.filter((img) => (img.getAttribute('alt') ?? '').trim().length > 0).length,
    videos: videos.length,
    videosWithCaptions: videos.filter((v) =>
      v.querySelector('track[kind="captions"], track[kind="subtitles"]'),
    ).length,
  };
}
