/**
 * Every selector Rostrum uses on X, newest layout first. A redesign adds a line; it does not replace one.
 * Evidence: research/anchors-features.md §2, research/real-dom-2026.md (X) and the fixtures in
 * __fixtures__/x/. X is closed source: each line names its source and date.
 */

/** The editor of a post, reply or thread item. */
export const composer = [
  // insin/control-panel-for-twitter script.js (2026-08-17): the Draft.js editor, tweetTextarea_0, _1, …
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // Same source (added 2025-02-18): the mobile layout composes in a plain textarea under that test id.
  '[data-testid^="tweetTextarea_"] textarea',
  // 2023–2026: the Draft.js content element, when test ids are stripped.
  '.public-DraftEditor-content[contenteditable="true"]',
];

/** The attachments strip under a composer (images and video previews; 2023–2026, X's bundle). */
export const attachments = '[data-testid="attachments"]';

/**
 * One attachment's describe controls. X's bundle names `altTextLabel` ("Add description") and
 * `addSubtitlesLabel` beside `attachments`; tools that check alt text read that control or the "ALT" /
 * "GIFALT" badge, never `img[alt]` (real-dom-2026.md, X, 2025-11 to 2026-09). X gives undescribed
 * photos a default `alt="Image"` elsewhere, so the attribute proves nothing.
 */
export const altTextControl = '[data-testid="altTextLabel"]';
/** The badge's text is the same in every interface language (2025-11, saved real page). */
export const altBadgeText = /^(GIF)?ALT$/;

/** The nearest element that holds one composer and its toolbar and attachments. */
export const composerScope = [
  '[role="dialog"]',
  // RafalWilinski/vibecheck PR #2 (2026-09-18): inline replies.
  '[data-testid="inline_reply_offscreen"]',
  '[data-testid="inline_reply"]',
  '[data-testid="primaryColumn"]',
  // Mobile compose page (control-panel-for-twitter, 2025-02-18): the editor is under <main>.
  'main',
];

/**
 * Post buttons (control-panel-for-twitter, 2026-08-17): `tweetButtonInline` under the timeline box,
 * `tweetButton` in the compose and reply dialogs and on the mobile compose page. Test ids, not words,
 * so every interface language is covered. Ctrl/Cmd+Enter posts from the editor too.
 */
export const postButton = ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'];

/** Paths where X shows a composer on load (`/compose/tweet` redirects to `/compose/post`, 2026-04-09). */
export const composePaths = [/^\/home\/?$/, /^\/compose\/post\/?$/, /^\/compose\/tweet\/?$/];
