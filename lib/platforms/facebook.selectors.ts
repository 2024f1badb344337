/**
 * Every selector Rostrum uses on Facebook, newest layout first. A redesign adds a line; it does not
 * replace one. Evidence: research/anchors-features.md §2 ([O7] snorkel's Facebook constants, [H2]
 * Harper's Lexical detection) and the Lexical fixture in tests/e2e/fixtures/sites/facebook.
 */

/**
 * The Lexical editor of a post ("Create post" dialog, on the feed or a Page) or a comment. Aria
 * labels are localised ("What's on your mind?"), so nothing here matches on words.
 */
export const composer = [
  // 2024–2026 [O7][H2]: Lexical marks its root; Facebook gives it role="textbox".
  '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // 2022–2026: a Lexical root that lost its role attribute.
  '[contenteditable="true"][data-lexical-editor="true"]',
];

/** The element holding one composer with its attachments, newest first. */
export const composerScope = [
  // 2024–2026 [O7], fixture: the "Create post" dialog wraps its editor and media in a POST form.
  'form[method="POST" i]',
  '[role="dialog"]',
  // 2024–2026: a comment box sits in the post it answers.
  '[role="article"]',
];

/**
 * Attached media previews. Facebook's own tray has hashed class names only (2026), so uploaded
 * previews are recognised by their `blob:` source inside the composer's scope.
 */
export const uploadedImage = 'img[src^="blob:"], img[src^="data:image"]';
export const uploadedVideo = 'video[src^="blob:"]';

/**
 * The dialog's post button, a div with role="button" whose label is the interface language's word
 * ("Post", "Publier", "投稿", "Đăng": tang-vu/social-posting-skills DOM_SELECTORS.md, captured
 * 2026-02-27), so it is found by what it does, never by its words:
 */
export const postButton = [
  // 2024–2026, fixture: the one button of the form that Facebook disables while there is nothing to
  // post (aria-disabled); Close and the attachment buttons never carry it. A Page's "Next" → "Post
  // settings" step (tang-vu, 2026-02-27) has the same primary button in each step.
  'form[method="POST" i] [role="button"][aria-disabled]',
  // 2024–2026 [O7], English interfaces only: kept for a layout that drops aria-disabled.
  'form[method="POST" i] [role="button"][aria-label="Post"]',
];

/**
 * Facebook shows no editor on load (2026, fixture): the feed and a Page show a "What's on your
 * mind?" button that opens the "Create post" dialog, and comment boxes open on demand.
 */
export const composePaths: readonly RegExp[] = [];
