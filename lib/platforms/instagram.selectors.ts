/**
 * Every selector Rostrum uses on Instagram, newest layout first. A redesign adds a line; it does not
 * replace one. Evidence: research/anchors-features.md §2 (the caption box of the "Create new post"
 * dialog; labels are localised, so nothing here matches on English words) and the Lexical fixture in
 * tests/e2e/fixtures/sites/instagram.
 */

/** The caption editor of the "Create new post" dialog (the step after crop and filters). */
export const composer = [
  // 2025–2026, fixture: a Lexical root with role="textbox" inside the dialog.
  '[role="dialog"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // 2023–2026 (public automation code, low confidence): the caption contenteditable in the dialog.
  '[role="dialog"] [contenteditable="true"][aria-label]',
];

/** The element holding the caption with the post's media and alt text fields (2023–2026). */
export const composerScope = ['[role="dialog"]'];

/**
 * Uploaded media in the dialog: the preview shows one item at a time, and the "Accessibility" section
 * lists each image again beside its alt text field (2025–2026, fixture). Previews have `blob:`
 * sources; each file counts once.
 */
export const uploadedImage = 'img[src^="blob:"], img[src^="data:image"]';
export const uploadedVideo = 'video[src^="blob:"]';

/** An image's alt text field: a text input beside its thumbnail (2025–2026, fixture). */
export const altTextField = 'input[type="text"], textarea';

/**
 * "Share": a div with role="button", labelled in the user's language ("Partager", "シェア"), found by
 * where it sits: after the dialog's title in its header, where "Back" comes before the title (2025–
 * 2026, fixture; 2025–26 automation scripts find it by its English text, which fails elsewhere). Not
 * `[role="button"]:last-child`: that also matches the "Advanced settings" expander and a Discard
 * dialog's buttons. No keyboard shortcut posts.
 */
export const postButton = ['[role="dialog"] :is(h1, h2, [role="heading"]) ~ [role="button"]'];

/**
 * Instagram shows no caption editor on load (2026, fixture): the "Create" button opens the dialog,
 * and the caption step comes after the media is chosen.
 */
export const composePaths: readonly RegExp[] = [];
