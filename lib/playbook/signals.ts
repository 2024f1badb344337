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

/**
 * The kinds of post a parliament's or a member's account writes. lib/analysis/post-types recognises
 * them in a draft (a draft can be several); tips and examples say which they serve. Kept to what a
 * comms officer would name, so the panel can show it and the user can correct it.
 */
export const POST_TYPES = [
  'call-for-evidence', // consultation, inquiry asking for submissions or views
  'live-coverage', // a sitting, debate or hearing happening now
  'vote-result', // a vote, a bill passed or rejected, an amendment decided
  'report-published', // a committee report, study or annual report out now
  'explainer', // how parliament or a procedure works
  'event-visit', // an event, open day, tour or visit to the building
  'petition', // a petition opened, answered or debated
  'youth-schools', // young people, schools, youth parliament
  'recruitment', // a job, internship or traineeship
  'service-notice', // closure, access, opening hours, a disruption
  'correction', // correcting false or misleading information
  'anniversary', // heritage, centenary, history, commemoration
  'questions-answers', // ask us, Q&A, answers to the public's questions
  'constituency', // a member's work in and for their constituency
  'political-position', // a member's stance, a party line, criticism of opponents
  'international', // delegations, foreign visits, international bodies
  'performance', // figures about the parliament's own work or reach
  'thread-opener', // the first post of a thread
  'week-ahead', // the agenda: what is coming up
  'behind-the-scenes', // the people and places of parliament's daily work
] as const;
export type PostType = (typeof POST_TYPES)[number];

/**
 * What a post needs to work, as a comms officer would say it. Analysis raises a need when the post
 * type calls for it and the draft does not yet meet it; tips and examples say which needs they answer.
 */
export const NEEDS = [
  'deadline', // a call with no closing date
  'link', // a call, report or petition with no link to act on
  'call-to-action', // nothing tells the reader what to do
  'moderation', // replies are invited: someone must read and answer them
  'captions', // a video that must be watchable without sound
  'alt-text', // an image that must be described
  'impartial-wording', // the institution's account must not take sides
  'plain-explanation', // a term, amendment or procedure left unexplained
  'time-and-place', // an event without when or where
  'consent', // people, especially children, shown in pictures
  'lead-with-fact', // a correction that repeats the myth before the fact
  'strong-opener', // a thread whose first post says nothing on its own
] as const;
export type Need = (typeof NEEDS)[number];
