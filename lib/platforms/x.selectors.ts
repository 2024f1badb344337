/**
 * Every selector Rostrum uses on X, newest layout first. A redesign adds a line; it does not replace one.
 * Evidence: research/anchors-features.md §2 and the fixtures in __fixtures__/x/.
 */

/** The Draft.js contenteditable of a post, reply or thread item (2024–2026: tweetTextarea_0, _1, …). */
export const composer = [
  '[data-testid^="tweetTextarea_"][contenteditable="true"]',
  // 2023–2026: the Draft.js content element, when test ids are stripped.
  '.public-DraftEditor-content[contenteditable="true"]',
];

/** The attachments strip under a composer (images and video previews). */
export const attachments = '[data-testid="attachments"]';

/** The nearest element that holds one composer and its toolbar and attachments. */
export const composerScope = [
  '[role="dialog"]',
  '[data-testid="inline_reply_offscreen"]',
  '[data-testid="primaryColumn"]',
];

/**
 * Post buttons (2023–2026): `tweetButtonInline` under the timeline box, `tweetButton` in the compose and
 * reply dialogs. Ctrl/Cmd+Enter posts from the editor too.
 */
export const postButton = ['[data-testid="tweetButtonInline"]', '[data-testid="tweetButton"]'];

/** Paths where X shows a composer on load. */
export const composePaths = [/^\/home\/?$/, /^\/compose\/post\/?$/, /^\/compose\/tweet\/?$/];
