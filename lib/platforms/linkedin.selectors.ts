/**
 * Every selector Rostrum uses on LinkedIn, newest layout first. A redesign adds a line; it does not
 * replace one. Evidence: research/anchors-features.md §2 ([O6] chrome-on-steroids' LinkedIn DOM
 * service, [H3] Harper's Quill detection) and the Quill fixture in tests/e2e/fixtures/sites/linkedin.
 * LinkedIn changes its markup often ([P22], June 2026), hence the generic Quill fallback.
 *
 * Since 2026-02 the share box can render inside the open shadow root of `#interop-outlet` (Briskine
 * 48b91cd5, 2026-02-13, "shadow-DOM-piercing query selectors"; 3b112579, 2026-02-24; Arcanada-one/
 * li-publish, 2026-05-21; an "April 2026" LinkedIn DOM note: editor `.ql-editor` inside that root;
 * all in research/real-dom-2026.md). The selectors below are unchanged for it: inside the root the
 * modal keeps its markup, and the shared watcher (generic.ts findEditors, deep-dom.ts) searches and
 * observes open shadow roots for every site. Unit fixture: __fixtures__/linkedin/sharebox-shadow-2026-12.html.
 */

/**
 * The Quill editor of a post (share box) or a comment. One entry per layout, each listing every kind
 * of composer of that layout, so a page with a share box and comment boxes yields all of them.
 * Articles use a ProseMirror editor with their own, much longer limit: deliberately not matched.
 */
export const composer = [
  // 2024–2026 [O6]: the share modal's editor carries a test attribute; comments sit in their box.
  '[data-test-modal-id="sharebox"] [data-test-ql-editor-contenteditable="true"], ' +
    '.share-creation-state__text-editor .ql-editor[contenteditable="true"], ' +
    '.comments-comment-box .ql-editor[contenteditable="true"]',
  // 2023–2026 [H3]: any Quill editor, when LinkedIn renames its wrappers.
  '.ql-container .ql-editor[contenteditable="true"]',
];

/** The element holding one composer with its attachments, newest first. */
export const composerScope = [
  // 2024–2026 [O6]: the share box modal.
  '[data-test-modal-id="sharebox"]',
  '.share-box-v2__modal',
  // 2024–2026 [O6]: a comment box under a feed update.
  '.comments-comment-box',
  '[role="dialog"]',
];

/**
 * Attached media previews in the share box (2026, fixture after research §2). When LinkedIn renames
 * the tray, uploaded previews are still `blob:` images and videos inside the scope.
 */
export const attachments = ['.share-creation-state__media'];
export const uploadedImage = 'img[src^="blob:"], img[src^="data:image"]';
export const uploadedVideo = 'video[src^="blob:"]';

/** The share box's post button and the comment box's submit button (2024–2026 [O6]). */
export const postButton = ['.share-actions__primary-action', '.comments-comment-box__submit-button'];

/**
 * Pages where LinkedIn shows a composer on load. The feed shows only a "Start a post" button (2026,
 * fixture); the share box opens on load only from LinkedIn's share link `/feed/?shareActive=true`
 * (public share-link guidance, 2023–2025; not modelled by the fixture).
 */
export function composeOnLoad(url: URL): boolean {
  return /^\/feed\/?$/.test(url.pathname) && url.searchParams.get('shareActive') === 'true';
}
