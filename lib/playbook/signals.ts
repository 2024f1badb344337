/**
 * The shared vocabulary between the playbook and the analysis: what a draft can raise (finding ids),
 * what a campaign aims at (objectives), and whose account posts it. Tips and examples say when they
 * are relevant in these terms; lib/analysis produces them.
 */
export const FINDING_IDS = [
  'over-limit',
  'near-limit',
  'hashtag-not-camelcase',
  'too-many-hashtags',
  'campaign-hashtag-missing',
  'image-missing-alt',
  'video-missing-captions',
  'emoji-overuse',
  'emoji-replaces-words',
  'fancy-unicode-text',
  'all-caps',
  'long-sentence',
  'jargon',
  'unexplained-acronym',
  'partisan-language',
  'no-call-to-action',
  'link-shortener',
  'too-many-links',
  'mention-heavy',
  'thread-numbering',
  'posting-time',
  'language-mismatch',
  'fold-cuts-message',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/** What a campaign sets out to do (plan stage). */
export const OBJECTIVES = ['inform', 'explain', 'engage', 'consult', 'invite'] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** Whose account posts: the parliament itself (impartial) or a member's office. */
export const ACCOUNTS = ['institution', 'member'] as const;
export type Account = (typeof ACCOUNTS)[number];

export const STAGES = ['plan', 'execute', 'measure'] as const;
export type Stage = (typeof STAGES)[number];

/** Content languages. Adding one: add it here and a content/<locale>/ folder; tests check coverage. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export const TOPICS = [
  // plan
  'objectives',
  'audience',
  'platform-choice',
  'staffing',
  'calendar',
  'targets',
  // execute
  'writing',
  'plain-language',
  'tone',
  'impartiality',
  'visuals',
  'video',
  'accessibility',
  'hashtags',
  'mentions',
  'links',
  'timing',
  'live-coverage',
  'moderation',
  'crisis',
  'security',
  'elections',
  // measure
  'metrics',
  'engagement',
  'reporting',
  'learning',
] as const;
export type Topic = (typeof TOPICS)[number];
