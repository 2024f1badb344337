/**
 * Every selector Rostrum uses on Mastodon's web app, newest layout first. A redesign adds a line; it
 * does not replace one. Evidence: research/anchors-features.md §2 ([P11] AutosuggestTextarea,
 * [P14] the app root), mastodon/mastodon compose_form.jsx (4.2, 2023) and upload.tsx (4.3+, 2024–2026),
 * and the fixture in tests/e2e/fixtures/sites/mastodon.
 */

/** The web app's root element: present on every Mastodon page, whatever the instance (2017–2026). */
export const appRoot = 'div#mastodon';

/**
 * The compose box: the redesign's textarea, `id="composer-text"` (COMPOSER_TEXTAREA_ID, redesign/
 * textarea.tsx at mastodon/mastodon 966f3c92, behind isRedesignEnabled()), then the classic
 * AutosuggestTextarea inside the compose form (2017–2026).
 */
export const composer = ['textarea#composer-text', '.compose-form textarea.autosuggest-textarea__textarea'];

/** The form around one compose box, with its uploads and its publish button: redesign, classic. */
export const composerScope = ['[role="dialog"]', '.compose-form'];

/**
 * The content warning ("spoiler" text), which counts toward the post's limit; read only while it is
 * on, and only where it comes before the composer in the same form: the classic
 * `input#cw-spoiler-input.spoiler-input__input` (compose_form.jsx, 2019–2026; disabled while the
 * CW toggle is off), then the redesign's "Sensitive content description" field, a plain text input
 * rendered only while "Sensitive" is on (redesign/index.tsx at mastodon/mastodon 095cbac1).
 */
export const contentWarning = ['#cw-spoiler-input', '.spoiler-input__input', 'input[type="text"]'];

/**
 * One attached image or video: classic (2019–2026), and the redesign's CSS-module `mediaUpload`
 * (upload.tsx at 151e30d0), whose build-time name keeps the source name (`_mediaUpload_4r5t6_8`).
 * Its audio files are `audioWrapper`, not matched; the classic layout's show a visualizer.
 */
export const upload = '.compose-form__upload,[class*=_mediaUpload_]';
export const audioUpload = '.compose-form__upload__visualizer';
/** The redesign's "Alt" badge, shown only when the item has a description (upload.tsx, 151e30d0). */
export const uploadAltBadge = '[class*=_mediaAlt_]';
/** The classic 4.3+ "ALT" button, which exists whether or not the item is described. */
export const uploadAltButton = '.compose-form__upload__warning';
/**
 * 4.3+ (2024–2026): thumbnails are CSS backgrounds, and an "ALT" button is marked active while the
 * item has no description. Older layouts and the fixture show an <img> or <video> with its alt.
 */
export const uploadMissingAlt = '.compose-form__upload__warning .active';

/** The publish button: 4.3+ (2024–2026), 4.0–4.2 (2022–2023), then any submit button of the form. */
export const postButton = [
  // The redesign: the last control of the footer beside the composer's own textarea, Publish
  // (footer.tsx at 39d5cfc8; labels localised). Never a modal's last button ("Delete draft").
  ':has(#composer-text)>footer>:last-child',
  '.compose-form__submit button[type="submit"]',
  '.compose-form__publish-button-wrapper button',
  '.compose-form button[type="submit"]',
];

/**
 * Pages where the compose form is there on load in the desktop layout: home and the compose page of
 * the simple layout, and the advanced ("deck") layout. Narrow windows hide it behind a button, so
 * other pages never count as "layout changed".
 */
export const composePaths = [/^\/home\/?$/, /^\/publish\/?$/, /^\/deck(\/|$)/];
