import { queryScopes } from './deep-dom';
import type { Described, DraftMedia } from './types';

/** Editors any site may use: a rich-text box or a textarea. Site selectors refine these. */
export const GENERIC_EDITOR =
  '[contenteditable="true"][role="textbox"], [contenteditable="true"][aria-multiline="true"], textarea';

/** Fields a writing tool must leave alone: search boxes, passwords, and explicit opt-outs. */
export function isExcluded(el: Element): boolean {
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
 * Every editor under `root` that matches the site's selectors, in document order, then those inside
 * open shadow roots (each root in tree order). When none of them matches anywhere (the site changed
 * its layout), the generic editors stand in.
 */
export function findEditors(root: ParentNode, siteSelectors: readonly string[]): HTMLElement[] {
  const scopes = queryScopes(root);
  const all = (selector: string) =>
    scopes
      .flatMap((scope) => Array.from(scope.querySelectorAll<HTMLElement>(selector)))
      .filter((el) => !isExcluded(el));
  for (const selector of siteSelectors) {
    const found = all(selector);
    if (found.length > 0) return found;
  }
  return all(GENERIC_EDITOR);
}

/** The first ancestor of `el` matching one of `selectors`, or null. */
export function closestOf(el: Element, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Adds up each item's described state; unknown counts appear only when there are any. */
export function tallyMedia(images: readonly Described[], videos: readonly Described[]): DraftMedia {
  const media: DraftMedia = {
    images: images.length,
    imagesWithAlt: images.filter((d) => d === true).length,
    videos: videos.length,
    videosWithCaptions: videos.filter((d) => d === true).length,
  };
  const imagesAltUnknown = images.filter((d) => d === undefined).length;
  const videosCaptionsUnknown = videos.filter((d) => d === undefined).length;
  if (imagesAltUnknown > 0) media.imagesAltUnknown = imagesAltUnknown;
  if (videosCaptionsUnknown > 0) media.videosCaptionsUnknown = videosCaptionsUnknown;
  return media;
}

/** No media attached. */
export const NO_MEDIA: DraftMedia = Object.freeze(tallyMedia([], []));

/** An `<img>`'s own alt, for sites that set it from the user's description. */
export const imgAlt = (img: Element): Described => (img.getAttribute('alt') ?? '').trim().length > 0;

/** A `<video>`'s caption tracks, for sites that render them. */
export const videoTracks = (video: Element): Described =>
  video.querySelector('track[kind="captions"], track[kind="subtitles"]') !== null;

/**
 * Images and videos in `scope`, each read by the site's own "described?" readers (by default the
 * `<img alt>` and `<track>`, for sites that really set them).
 */
export function countMedia(
  scope: ParentNode,
  imageSelector: string,
  videoSelector: string,
  describedImage: (img: Element) => Described = imgAlt,
  describedVideo: (video: Element) => Described = videoTracks,
): DraftMedia {
  return tallyMedia(
    Array.from(scope.querySelectorAll(imageSelector), describedImage),
    Array.from(scope.querySelectorAll(videoSelector), describedVideo),
  );
}
