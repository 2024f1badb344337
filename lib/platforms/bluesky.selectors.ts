/**
 * Every selector Rostrum uses on Bluesky (bsky.app), newest layout first. A redesign adds a line; it
 * does not replace one. Evidence: research/anchors-features.md §2 ([P7] social-app's
 * RichTextInputWeb / TextInput.web, [P9] Composer.tsx), social-app's photos/Gallery.tsx, and the
 * TipTap fixture in tests/e2e/fixtures/sites/bluesky.
 */

/** The composer's editor: one per post of a thread being written. */
export const composer = [
  // 2024–2026 [P7]: TipTap's EditorContent renders a ProseMirror contenteditable.
  '.ProseMirror[contenteditable="true"]',
  // 2023 (social-app TextInput.web, briefly): a textarea under an overlay of rich-text segments.
  '.rt-editor textarea.rt-input',
];

/** The element holding one composer with its gallery and publish button, newest first. */
export const composerScope = [
  // 2024–2026, fixture: the composer opens in a modal dialog.
  '[role="dialog"]',
  // 2024–2026 [P9]: whatever wraps the editor together with the publish button (testID).
  'div:has([data-testid="composerPublishBtn"])',
];

/**
 * Attached media (2024–2026). social-app's Gallery.tsx (read at commit 73fe15f129e7b3e1254178fbc6fd8de4a5dee563,
 * same markup at 02378dd) renders `testID="selectedPhotosView"` around one item per image; the image
 * (`testID="selectedPhotoImage"`) has no alt attribute. react-native-web turns testIDs into data-testid.
 */
export const attachments = ['[data-testid="selectedPhotosView"]'];
/** Previews of uploaded files (`blob:` / `data:`; 2024–2026, fixture), counted where the gallery's controls are missing. */
export const uploadedImage = 'img[src^="blob:"], img[src^="data:image"]';
export const uploadedVideo = 'video[src^="blob:"]';

/**
 * One per image (2024–2026, Gallery.tsx at 73fe15f): `testID="altTextButton"`, labelled "Add alt text" in every
 * state; the only sign of a description is its icon, FontAwesome "check" when `image.alt` is set and
 * "plus" when not. Another icon (or none) is read as unknown. Video captions live in the app's state
 * only (no `<track>`), so a video's captions are always unknown.
 */
export const altTextButton = '[data-testid="altTextButton"]';
export const altDescribedIcon = '[data-icon="check"]';
export const altMissingIcon = '[data-icon="plus"]';

/** The publish button (2024–2026 [P9], testID "composerPublishBtn"). */
export const postButton = ['[data-testid="composerPublishBtn"]'];

/**
 * Pages where Bluesky shows a composer on load: only the compose intent link `/intent/compose`
 * (Bluesky's "action intent links", 2024–2026). The home feed shows a "What's up?" prompt button.
 */
export const composePaths = [/^\/intent\/compose\/?$/];
