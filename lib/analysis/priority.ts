import type { FindingId } from '../playbook/signals';
import type { Severity } from './types';

/**
 * How much each finding matters to a parliament's comms officer, 0–100. Within a severity, findings
 * and the tips they bring are shown in this order: first what stops the post or hurts the
 * institution (length, impartiality), then what shuts people out (accessibility, wrong language),
 * then what weakens the message, and last matters of style and timing.
 */
export const FINDING_PRIORITY: Readonly<Record<FindingId, number>> = {
  'over-limit': 100,
  'partisan-language': 96,
  'too-many-links': 90,
  'too-many-hashtags': 88,
  'image-missing-alt': 86,
  'language-mismatch': 82,
  'video-missing-captions': 80,
  'campaign-hashtag-missing': 72,
  'fold-cuts-message': 68,
  'no-call-to-action': 66,
  'fancy-unicode-text': 64,
  jargon: 62,
  'unexplained-acronym': 58,
  'link-shortener': 54,
  'hashtag-not-camelcase': 52,
  'long-sentence': 50,
  'all-caps': 48,
  'emoji-replaces-words': 46,
  'emoji-overuse': 42,
  'mention-heavy': 40,
  'near-limit': 36,
  'posting-time': 30,
  'thread-numbering': 26,
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
