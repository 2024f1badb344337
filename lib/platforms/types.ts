/**
 * The platforms Rostrum supports. Order is the order the panel lists them in.
 */
export const PLATFORM_IDS = [
  'x',
  'facebook',
  'instagram',
  'threads',
  'linkedin',
  'bluesky',
  'mastodon',
  'youtube',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === 'string' && (PLATFORM_IDS as readonly string[]).includes(value);
}

/**
 * `list` with `platform` in it (`included`) or out of it, each platform once, in the panel's order: the
 * per-site settings lists (sites switched off, sites without the badge) are all kept this way.
 */
export function withPlatform(
  list: readonly PlatformId[],
  platform: PlatformId,
  included: boolean,
): PlatformId[] {
  return PLATFORM_IDS.filter((id) => (id === platform ? included : list.includes(id)));
}

/** How a platform measures the length of a post. */
export type CountingMode =
  /** twitter-text v3: weighted code points, URLs fixed, NFC first. */
  | 'twitter'
  /** Extended grapheme clusters (Bluesky). */
  | 'graphemes'
  /** UTF-16 code units, as a browser textarea's maxlength sees them (Meta, LinkedIn, YouTube). */
  | 'utf16'
  /** Mastodon: code points, every URL a fixed length, `@user@domain` counts as `@user`. */
  | 'mastodon';

/** Limits and counting rules of one platform, as data. */
export interface PlatformProfile {
  id: PlatformId;
  label: string;
  counting: CountingMode;
  /** Maximum length of a post in the platform's own unit. */
  maxLength: number;
  /** Length every URL counts as, where the platform shortens links. */
  urlLength?: number;
  /** Characters shown before the post is cut with "see more", where known. */
  foldAt?: number;
  maxHashtags?: number;
  maxLinks?: number;
  /** Alt text limit per image, where known. */
  maxAltText?: number;
}

/**
 * Media attached to a draft, as the adapter sees it in the composer. Each item is described, not
 * described, or unknown (the site shows no signal Rostrum can read); unknown items raise no finding.
 */
export interface DraftMedia {
  images: number;
  imagesWithAlt: number;
  /** Images whose alt text the page does not show (absent: none). */
  imagesAltUnknown?: number;
  videos: number;
  videosWithCaptions: number;
  /** Videos whose captions the page does not show (absent: none). */
  videosCaptionsUnknown?: number;
}

/** Whether one attached item is described (alt text, captions): true, false, or undefined for unknown. */
export type Described = boolean | undefined;

/** What an adapter reads from one composer. */
export interface ComposerSnapshot {
  text: string;
  media?: DraftMedia;
  /** Mastodon's content warning, where one is on: it counts toward the post's limit. */
  contentWarning?: string;
}

/**
 * How a site publishes a post, for publish capture. The watcher takes the post button whose nearest
 * container also holds a composer to be that composer's own, so one list serves the timeline box, the
 * dialog and replies.
 */
export interface PublishHints {
  /** The site's post buttons, newest layout first. */
  buttons: readonly string[];
  /** The keyboard shortcut that posts from inside the composer, where the site has one. */
  shortcut?: 'mod+enter';
}

/**
 * A site adapter: DOM in, plain data out. Used only by content scripts.
 * Adapters never throw into the page and never write into the site's editor.
 */
export interface PlatformAdapter {
  id: PlatformId;
  /** Match patterns for the site's content script. */
  matches: string[];
  /** Every composer in `root`, in document order; empty when none is there. */
  findComposers(root: ParentNode): HTMLElement[];
  /** The composer that owns `node` (focus or input target), or null. */
  composerFor(node: Node): HTMLElement | null;
  /** Text and media of one composer; null if it is no longer readable. */
  read(composer: HTMLElement): ComposerSnapshot | null;
  /** True on pages where a composer is expected (so its absence means the layout changed). */
  expectsComposer(url: URL): boolean;
  /** How the site publishes, so Rostrum can notice a post going out; optional (no capture without it). */
  publish?: PublishHints;
}
