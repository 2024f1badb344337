/**
 * Every selector Rostrum uses on YouTube, newest layout first. A redesign adds a line; it does not
 * replace one. Evidence: research/anchors-features.md §2 (the posts composer: `#placeholder-area`
 * reveals `#contenteditable-root`; unattributed public code, low confidence) and the fixture in
 * tests/e2e/fixtures/sites/youtube.
 */

/**
 * The editor of a channel post. It has no role="textbox", so the generic detector cannot see it; video
 * comment boxes use the same element outside the post dialog and are deliberately not matched.
 */
export const composer = [
  // 2024–2026: the post dialog's comment-box element holds the contenteditable root.
  'ytd-backstage-post-dialog-renderer #contenteditable-root[contenteditable="true"]',
  // 2023–2026: any contenteditable inside the post dialog, should the root lose its id.
  'ytd-backstage-post-dialog-renderer [contenteditable="true"]',
];

/** The post dialog, holding the editor and its image attachments (2023–2026). */
export const composerScope = ['ytd-backstage-post-dialog-renderer'];

/**
 * Attached images. YouTube posts take images (no alt text field, no uploaded video; 2026, fixture);
 * previews of uploaded files have `blob:` or `data:` sources.
 */
export const uploadedImage = 'img[src^="blob:"], img[src^="data:image"]';
export const uploadedVideo = 'video[src^="blob:"]';

/**
 * The post button, by its place and never by its label (aria-label="Post" is localised, and
 * 2026-05 to 2026-08 posting scripts found two `button[aria-label="Post"]`: a hidden 0×0 placeholder
 * and the real one). The real one sits in the dialog's submit-button renderer (2024–2026, fixture);
 * Cancel has its own renderer.
 */
export const postButton = ['ytd-backstage-post-dialog-renderer #submit-button button'];

/**
 * YouTube shows no editor on load (2026, fixture): the channel's Posts tab (`/@handle/posts`,
 * formerly `/community`) shows a placeholder that turns into the editor when clicked, and only to the
 * channel's owner.
 */
export const composePaths: readonly RegExp[] = [];
