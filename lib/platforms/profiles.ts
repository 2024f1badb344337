import type { PlatformId, PlatformProfile } from './types';

/**
 * Each platform's limits and counting rules, as data. Sources are in
 * /work/shared/research/anchors-features.md §2 and playbook-facts.md E1.
 */
export const PROFILES = {
  x: {
    id: 'x',
    label: 'X',
    counting: 'twitter',
    // Free accounts; paid tiers allow 25,000, which callers pass as `limit`.
    maxLength: 280,
    urlLength: 23,
    maxAltText: 1000,
  },
  facebook: {
    id: 'facebook',
    label: 'Facebook',
    counting: 'utf16',
    maxLength: 63206,
    maxAltText: 1000,
  },
  instagram: {
    id: 'instagram',
    label: 'Instagram',
    counting: 'utf16',
    maxLength: 2200,
    // Hard cap on posts and Reels since December 2025 (was 30).
    maxHashtags: 5,
    maxAltText: 1000,
  },
  threads: {
    id: 'threads',
    label: 'Threads',
    counting: 'utf16',
    // A post's own text. Since September 2025 a post may also carry a text attachment of up to
    // 10,000 characters (text only, at most 5 links; Meta's Threads API docs [P15]), written in a box
    // of its own that Rostrum does not read: it is not this limit.
    maxLength: 500,
    // One topic tag per post (GS-36, [P18]; research/real-dom-2026.md): Threads makes the first
    // hashtag the post's tag and leaves the rest as plain text.
    maxHashtags: 1,
    // The Threads API rejects posts with more than 5 links from 2025-12-22.
    maxLinks: 5,
  },
  linkedin: {
    id: 'linkedin',
    label: 'LinkedIn',
    counting: 'utf16',
    maxLength: 3000,
    // Third-party guidance; some layouts (mobile) cut earlier, around 140.
    foldAt: 210,
  },
  bluesky: {
    id: 'bluesky',
    label: 'Bluesky',
    counting: 'graphemes',
    maxLength: 300,
    maxAltText: 2000,
  },
  mastodon: {
    id: 'mastodon',
    label: 'Mastodon',
    counting: 'mastodon',
    // Default of the reference server; each instance may set its own (callers pass it as `limit`).
    // Mastodon counts the content warning with the text (status_length_validator.rb, mastodon/mastodon
    // 033ea7a7: `[status.text, status.spoiler_text].join.length`); the content warning is a field of
    // its own that adapters do not read yet, so a long one can still push a post over.
    maxLength: 500,
    urlLength: 23,
    maxAltText: 1500,
  },
  youtube: {
    id: 'youtube',
    label: 'YouTube',
    counting: 'utf16',
    // Approximate: YouTube publishes no limit for community posts; a third-party test found about
    // 7,700 characters, with about 288 shown before "Read more".
    maxLength: 7700,
    foldAt: 288,
  },
} as const satisfies Record<PlatformId, PlatformProfile>;

/** The profile of a platform, typed as the general shape. */
export function profileFor(id: PlatformId): PlatformProfile {
  return PROFILES[id];
}
