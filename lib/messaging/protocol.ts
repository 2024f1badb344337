import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms/types';

/**
 * Every message between Rostrum's contexts, named by direction: `cs:` comes from a content script
 * (untrusted: it runs inside a social site), `panel:` from an extension page. Each has a zod schema
 * that the receiver checks; content scripts import only the types, so zod stays out of their bundle.
 */
const Platform = z.enum(PLATFORM_IDS);
const MAX_TEXT = 100_000;
/** Rostrum's sites are all served over https; anything else is not a page we read. */
const PageUrl = z.url({ protocol: /^https$/ }).max(2048);
/** Longer than any instance lets a post be, whole. */
const ContentWarning = z.string().min(1).max(MAX_TEXT);

export const DraftMediaSchema = z.strictObject({
  images: z.number().int().min(0).max(100),
  imagesWithAlt: z.number().int().min(0).max(100),
  videos: z.number().int().min(0).max(100),
  videosWithCaptions: z.number().int().min(0).max(100),
  imagesAltUnknown: z.number().int().min(0).max(100).optional(),
  videosCaptionsUnknown: z.number().int().min(0).max(100).optional(),
});

/** 'site-off': the user switched Rostrum off on this site (Settings → Sites); nothing is read. */
export const ComposerStatusSchema = z.enum(['composer', 'no-composer', 'layout-changed', 'site-off']);
export type ComposerStatus = z.infer<typeof ComposerStatusSchema>;

export const CsDraftChangedSchema = z.strictObject({
  type: z.literal('cs:draft-changed'),
  platform: Platform,
  url: PageUrl,
  /** Which composer on the page (several can be open: a reply and the main box). */
  composerId: z.string().max(64),
  text: z.string().max(MAX_TEXT),
  media: DraftMediaSchema.optional(),
  /** Mastodon's content warning (spoiler text), which counts toward the limit. */
  contentWarning: ContentWarning.optional(),
  at: z.number().int().nonnegative(),
});

export const CsStatusChangedSchema = z.strictObject({
  type: z.literal('cs:status-changed'),
  platform: Platform,
  url: PageUrl,
  status: ComposerStatusSchema,
  composers: z.number().int().min(0).max(1000),
  at: z.number().int().nonnegative(),
});

/** What a publish attempt says of itself, whether the site confirmed it or not. */
const publishAttempt = {
  platform: Platform,
  url: PageUrl,
  composerId: z.string().max(64),
  text: z.string().max(MAX_TEXT),
  at: z.number().int().nonnegative(),
};

/** A post went out: the text and media at the moment of publishing, sent once the site confirmed it. */
export const CsPublishedSchema = z.strictObject({
  type: z.literal('cs:published'),
  ...publishAttempt,
  media: DraftMediaSchema.optional(),
  contentWarning: ContentWarning.optional(),
});

/**
 * A publish the user started was given up: the site kept the text past the capture's window (the post
 * failed, or went out in a way Rostrum cannot see). Nothing is logged; the panel says so.
 */
export const CsPublishGivenUpSchema = z.strictObject({
  type: z.literal('cs:publish-given-up'),
  ...publishAttempt,
});

/** The in-page badge was clicked: open the side panel for this tab (inside the click's user gesture). */
export const CsOpenPanelSchema = z.strictObject({ type: z.literal('cs:open-panel') });

const Severity = z.enum(['error', 'warning', 'info']);
/** A finding or tip id (the log checks the same shape). */
const SignalKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const TabId = z.number().int().nonnegative();

/**
 * The panel's latest analysis of a tab's draft: the badge shows its count and worst severity, and a
 * post published with this very text is logged with these findings and tips.
 */
export const PanelAnalysisSchema = z.strictObject({
  type: z.literal('panel:analysis'),
  tabId: TabId,
  composerId: z.string().max(64),
  /** `at` of the draft analysed, so the content script knows whether it is about its latest text. */
  draftAt: z.number().int().nonnegative(),
  /** hashText() of the analysed text. */
  textHash: z.string().max(16),
  count: z.number().int().min(0).max(10_000),
  worst: Severity.nullable(),
  findings: z.array(SignalKey).max(200),
  tips: z.array(SignalKey).max(200),
});

/** The panel's answer to a captured publish: log it ('ask'), undo an automatic log, or dismiss it. */
export const PanelPublishActionSchema = z.strictObject({
  type: z.literal('panel:publish-action'),
  tabId: TabId,
  itemId: z.string().min(1).max(64),
  action: z.enum(['log', 'undo', 'dismiss']),
});

/** Findings and tips the panel worked out for a captured post the background could not analyse. */
export const PanelPublishFindingsSchema = z.strictObject({
  type: z.literal('panel:publish-findings'),
  tabId: TabId,
  itemId: z.string().min(1).max(64),
  findings: z.array(SignalKey).max(200),
  tips: z.array(SignalKey).max(200),
});

/** A hostname as the user typed it; the background normalises and checks it again. */
const HostInput = z.string().min(1).max(253);
/** Add a Mastodon instance (the panel already holds the host permission the user granted). */
export const PanelMastodonAddSchema = z.strictObject({
  type: z.literal('panel:mastodon-add'),
  host: HostInput,
});
export const PanelMastodonRemoveSchema = z.strictObject({
  type: z.literal('panel:mastodon-remove'),
  host: HostInput,
});

/** The panel changed the local log: the background hands the change to the team log, when it is on. */
export const PanelTeamLogChangedSchema = z.strictObject({ type: z.literal('panel:team-log-changed') });

export const MessageSchema = z.discriminatedUnion('type', [
  CsDraftChangedSchema,
  CsStatusChangedSchema,
  CsPublishedSchema,
  CsPublishGivenUpSchema,
  CsOpenPanelSchema,
  PanelAnalysisSchema,
  PanelPublishActionSchema,
  PanelPublishFindingsSchema,
  PanelMastodonAddSchema,
  PanelMastodonRemoveSchema,
  PanelTeamLogChangedSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type CsDraftChanged = z.infer<typeof CsDraftChangedSchema>;
export type CsStatusChanged = z.infer<typeof CsStatusChangedSchema>;
export type CsPublished = z.infer<typeof CsPublishedSchema>;
export type CsPublishGivenUp = z.infer<typeof CsPublishGivenUpSchema>;
export type CsOpenPanel = z.infer<typeof CsOpenPanelSchema>;
export type PanelAnalysis = z.infer<typeof PanelAnalysisSchema>;
export type PanelPublishAction = z.infer<typeof PanelPublishActionSchema>;
export type PanelPublishFindings = z.infer<typeof PanelPublishFindingsSchema>;
export type PanelMastodonAdd = z.infer<typeof PanelMastodonAddSchema>;
export type PanelMastodonRemove = z.infer<typeof PanelMastodonRemoveSchema>;
export type PanelTeamLogChanged = z.infer<typeof PanelTeamLogChangedSchema>;
/** Messages a content script may send. */
export type ContentMessage = CsDraftChanged | CsStatusChanged | CsPublished | CsPublishGivenUp | CsOpenPanel;
/** Messages an extension page (the panel) may send. */
export type PanelMessage =
  | PanelAnalysis
  | PanelPublishAction
  | PanelPublishFindings
  | PanelMastodonAdd
  | PanelMastodonRemove
  | PanelTeamLogChanged;

/**
 * Background → content script (tabs.sendMessage): the badge's figures. Only the extension can send to a
 * content script, so the content script checks the shape by hand and keeps zod out of its bundle.
 */
export interface BgBadge {
  type: 'bg:badge';
  composerId: string;
  draftAt: number;
  count: number;
  worst: Severity | null;
}
export type Severity = z.infer<typeof Severity>;

/** What the background answers. */
export type HandlerResult = { ok: true; data?: unknown } | { ok: false; error: string };

/** What the background keeps per tab (storage.session), and the panel shows. */
export const TabStateSchema = z.strictObject({
  tabId: z.number().int().nonnegative(),
  platform: Platform,
  url: PageUrl,
  status: ComposerStatusSchema,
  composers: z.number().int().min(0),
  draft: z
    .strictObject({
      composerId: z.string(),
      text: z.string(),
      media: DraftMediaSchema.optional(),
      contentWarning: ContentWarning.optional(),
      at: z.number().int().nonnegative(),
    })
    .nullable(),
  updatedAt: z.number().int().nonnegative(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** The storage.session key of a tab's state. */
export function tabStateKey(tabId: number): `tab-${number}` {
  return `tab-${tabId}`;
}

/** The panel's latest analysis of a tab, as the background keeps it (storage.session). */
export const AnalysisSummarySchema = PanelAnalysisSchema.omit({ type: true });
export type AnalysisSummary = z.infer<typeof AnalysisSummarySchema>;

/** The storage.session key of a tab's latest analysis summary. */
export function summaryKey(tabId: number): `summary-${number}` {
  return `summary-${tabId}`;
}

/** What happens when a post is published while a campaign is active (storage.local). */
export const PUBLISH_POLICIES = ['ask', 'always', 'never'] as const;
export const PublishPolicySchema = z.enum(PUBLISH_POLICIES);
export type PublishPolicy = z.infer<typeof PublishPolicySchema>;
export const DEFAULT_PUBLISH_POLICY: PublishPolicy = 'ask';

export { SETTING_KEYS } from './setting-keys';

/**
 * A published post the background captured for a tab: waiting for the user ('pending', policy "ask") or
 * logged on its own ('logged', policy "always", offered for undo); or a publish the site never
 * confirmed ('given-up'), logged by no policy, which the panel reports until dismissed.
 */
export const PublishItemSchema = z.strictObject({
  id: z.string().min(1).max(64),
  state: z.enum(['pending', 'logged', 'given-up']),
  platform: Platform,
  url: PageUrl,
  text: z.string().max(MAX_TEXT),
  media: DraftMediaSchema.optional(),
  contentWarning: ContentWarning.optional(),
  publishedAt: z.number().int().nonnegative(),
  campaignId: z.string().min(1).max(200),
  entryId: z.string().min(1).max(200).optional(),
  findings: z.array(SignalKey).max(200),
  tips: z.array(SignalKey).max(200),
  /** False when no analysis of this exact text was at hand: the panel works the findings out. */
  findingsKnown: z.boolean(),
});
export type PublishItem = z.infer<typeof PublishItemSchema>;

/** A tab's captured publishes, newest first, and the last one seen (to drop repeats). */
export const PublishInboxSchema = z.strictObject({
  items: z.array(PublishItemSchema).max(20),
  last: z.strictObject({ hash: z.string(), at: z.number() }).nullable(),
});
export type PublishInbox = z.infer<typeof PublishInboxSchema>;

/** The storage.session key of a tab's publish inbox. */
export function publishKey(tabId: number): `publish-${number}` {
  return `publish-${tabId}`;
}

/** A Mastodon instance the user added, with the character limit its API reported. */
export const MastodonInstanceSchema = z.strictObject({
  host: z.string().min(1).max(253),
  limit: z.number().int().min(1).max(1_000_000),
  /** Where the limit came from: the v2 or v1 instance API, or the 500 default when neither answered. */
  limitSource: z.enum(['v2', 'v1', 'default']),
  addedAt: z.number().int().nonnegative(),
});
export type MastodonInstance = z.infer<typeof MastodonInstanceSchema>;
export const MastodonInstancesSchema = z.array(MastodonInstanceSchema).max(50);
