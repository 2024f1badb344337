/**
 * storage.local keys shared by the panel, the background and the content scripts. A file of its own so
 * content scripts can use it without pulling zod (protocol.ts) into their bundle.
 */
/** PlatformId[]: sites where the in-page badge is switched off (a constant of its own: the content
 * scripts need only this one). */
export const BADGE_HIDDEN_KEY = 'badge.hiddenOn';
/** PlatformId[]: sites where Rostrum is switched off altogether (its content script reads nothing). */
export const SITES_OFF_KEY = 'sites.off';

export const SETTING_KEYS = {
  /** PublishPolicy: what to do when a post is published while a campaign is active. */
  publishPolicy: 'publish.policy',
  /** The campaign model's active campaign id (lib/state/campaign-model ACTIVE_CAMPAIGN_KEY). */
  activeCampaignId: 'log.activeCampaignId',
  /** PlatformId[]: sites where the in-page badge is switched off. */
  badgeHiddenOn: BADGE_HIDDEN_KEY,
  /** PlatformId[]: sites where Rostrum is switched off (Settings → Sites). */
  sitesOff: SITES_OFF_KEY,
  /** MastodonInstance[]: the instances the user added. */
  mastodonInstances: 'mastodon.instances',
} as const;
