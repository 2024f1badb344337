/**
 * Every selector Rostrum uses on Mastodon's web app, newest layout first. A redesign adds a line; it
 * does not replace one. Evidence: research/anchors-features.md §2 ([P11] AutosuggestTextarea,
 * [P14] the app root), mastodon/mastodon compose_form.jsx (4.2, 2023) and upload.tsx (4.3+, 2024–2026),
 * and the fixture in tests/e2e/fixtures/sites/mastodon.
 */

/** The web app's root element: present on every Mastodon page, whatever the instance (2017–2026). */
export const appRoot = 'div#mastodon';

/** The compose box: a plain textarea (AutosuggestTextarea) inside the compose form (2017–2026). */
export const composer = ['.compose-form textarea.autosuggest-textarea__textarea'];

/** The form around one compose box, with its uploads and its publish button. */
export const composerScope = ['.compose-form'];

/** One attached media item (2019–2026). */
export const upload = '.compose-form__upload';
/**
 * 4.3+ (2024–2026): thumbnails are CSS backgrounds, and an "ALT" button is marked active while the
 * item has no description. Older layouts and the fixture show an <img> or <video> with its alt.
 */
export const uploadMissingAlt = '.compose-form__upload__warning .active';

/** The publish button: 4.3+ (2024–2026), 4.0–4.2 (2022–2023), then any submit button of the form. */
export const postButton = [
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
