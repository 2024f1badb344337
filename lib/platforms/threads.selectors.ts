/**
 * Every selector Rostrum uses on Threads (threads.com, formerly threads.net), newest layout first. A
 * redesign adds a line; it does not replace one. Evidence: research/anchors-features.md §2 ([O8]
 * ThreadsAutoComment's selectors) and the Lexical fixture in tests/e2e/fixtures/sites/threads.
 */

/** The editor of a new thread, a reply or a further post of the thread. Labels are localised. */
export const composer = [
  // 2025–2026, fixture: Lexical (as on Meta's other sites) marks its root.
  '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  // 2024–2025 [O8]: a textbox holding paragraphs.
  '[role="textbox"][contenteditable="true"]:has(p)',
];

/** The element holding one composer with its attachments, newest first. */
export const composerScope = [
  // 2024–2026 [O8], fixture: the "New thread" / reply dialog.
  '[role="dialog"]',
  // 2024–2026: an inline reply box sits in the post it answers.
  '[data-pressable-container="true"]',
];

/**
 * Attached media. Threads' tray has hashed class names only (2026), so uploaded previews are found by
 * their `blob:` or `data:` source; the same file shown twice (preview and alt editor) counts once.
 */
export const uploadedImage = 'img[src^="blob:"], img[src^="data:image"]';
export const uploadedVideo = 'video[src^="blob:"]';

/**
 * The post button: a div with role="button" whose text is the interface language's word ("Post",
 * "Publier", "投稿"; automation scripts find it by its English text, 2026-01-23), so it is found by
 * what it does. Not `[role="dialog"] [role="button"]:last-child`, which can be Cancel or a Discard
 * dialog's button. Ctrl/Cmd+Enter also posts (2026, fixture).
 */
export const postButton = [
  // 2024–2026, fixture: the dialog's button Threads disables while there is nothing to post
  // (aria-disabled); Cancel and "Attach media" never carry it.
  '[role="dialog"] [role="button"][aria-disabled]',
  // 2026-01-23 (unattributed automation code): the inline reply composer, outside any dialog, sends
  // with a button holding the reply icon. Its aria-label is localised: this line is English only.
  // Not yet made language-free: other automation scripts (2025-26, code search) click this same
  // svg[aria-label="Reply"] in a post's action bar to open the reply box, and a zh-TW one looks for
  // svg[aria-label="回覆"] first. A captured inline-reply DOM is needed to find the send button by
  // what it does rather than by the icon's label.
  '[data-pressable-container="true"] [role="button"]:has(svg[aria-label="Reply"])',
];

/**
 * Pages where Threads shows a composer on load: only the web intent `/intent/post` (Threads' web
 * intents, 2024–2026). The feed shows a "What's new?" button that opens the dialog (2026, fixture).
 */
export const composePaths = [/^\/intent\/post\/?$/];
