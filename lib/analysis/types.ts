import type { DraftMedia, PlatformId, PlatformProfile } from '../platforms/types';
import type { Example, Tip } from '../playbook/schema';
import type { Account, FindingId, Need, Objective, PostType } from '../playbook/signals';
import type { DraftLength, DraftMeasure } from './count';
import type { CapsRun } from './text/caps';
import type { HashtagToken } from './text/hashtags';
import type { LanguageGuess } from './text/language';
import type { MentionToken } from './text/mentions';
import type { SentenceToken } from './text/sentences';
import type { Token } from './text/span';
import type { UrlToken } from './text/urls';
import type { WordToken } from './text/words';

/** The campaign a draft belongs to, as far as the analysis needs it. */
export interface AnalysisCampaign {
  /** Campaign hashtags, with or without the leading #. */
  hashtags: readonly string[];
  objective?: Objective;
  /** BCP 47 tag of the language the campaign posts in ("en", "fr-CA"). */
  language?: string;
}

/** The tips and examples to match against; normally `getPlaybook(locale)`. */
export interface PlaybookContent {
  tips: readonly Tip[];
  examples: readonly Example[];
}

/** What {@link analyzeDraft} looks at. */
export interface AnalysisInput {
  text: string;
  platform: PlatformId;
  media?: DraftMedia;
  campaign?: AnalysisCampaign;
  account?: Account;
  /** When the post would go out; enables the posting-time check. */
  now?: Date;
  /** The panel's language: messages and reasons are written in it (falls back to English). */
  locale?: string;
  /** A limit replacing the platform's (a Mastodon instance's own, X's paid tiers). */
  limit?: number;
  /** Mastodon's content warning, which counts toward the limit (only counted, never checked). */
  contentWarning?: string;
  /** Tips and examples to match; defaults to the built-in playbook for `locale`. */
  playbook?: PlaybookContent;
  /**
   * The kinds of post the user says this is, replacing what the analysis recognises (the panel lets
   * them correct it). An empty list means "none of these".
   */
  postTypes?: readonly PostType[];
}

/** A kind of post the draft is taken to be. */
export interface DraftPostType {
  id: PostType;
  /** The draft's words that show it ('' when the user chose it). */
  evidence: string;
  /** True when the user chose it rather than the analysis recognising it. */
  chosen: boolean;
}

export type Severity = 'error' | 'warning' | 'info';

/** Something the draft should change or consider. */
export interface Finding {
  id: FindingId;
  severity: Severity;
  /** Already in the panel's language. */
  message: string;
  /** UTF-16 indices into the draft, [start, end). */
  range?: [number, number];
  /** Tips that address it, best first. */
  tipIds: string[];
}

/** A tip chosen for the draft, with why. */
export interface RankedTip {
  tip: Tip;
  /** Why it is shown, in the panel's language ("3 hashtags are not in CamelCase"). */
  reason: string;
  /** Higher is more relevant; only the order is meaningful. */
  score: number;
}

/** A case-study example chosen for the draft, with why. */
export interface RankedExample {
  example: Example;
  reason: string;
  score: number;
}

/** What {@link analyzeDraft} returns. */
export interface AnalysisResult {
  length: DraftLength;
  /** Most important first: by severity, then by how much it matters to a parliament's account. */
  findings: Finding[];
  tips: RankedTip[];
  examples: RankedExample[];
  /** The kinds of post it reads as (or the user chose), strongest first. */
  postTypes: DraftPostType[];
  /** What the post still needs, in the vocabulary's order. */
  needs: Need[];
}

/** Parameters substituted into a finding's message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** What a rule reports, before it is put into words. */
export interface RawFinding {
  id: FindingId;
  severity: Severity;
  range?: [number, number];
  params?: MessageParams;
}

/** Everything the rules read: the draft, its settings, and the draft scanned once into tokens. */
export interface DraftContext {
  text: string;
  platform: PlatformId;
  profile: PlatformProfile;
  length: DraftMeasure;
  media: DraftMedia | undefined;
  campaign: AnalysisCampaign | undefined;
  account: Account | undefined;
  now: Date | undefined;
  urls: readonly UrlToken[];
  hashtags: readonly HashtagToken[];
  mentions: readonly MentionToken[];
  emoji: readonly Token[];
  /** Words of running text (not inside links, hashtags or mentions). */
  words: readonly WordToken[];
  sentences: readonly SentenceToken[];
  /** Runs of words written in capitals. */
  capsRuns: readonly CapsRun[];
  language: LanguageGuess;
}

/** One check. Rules are pure and must not throw. */
export interface Rule {
  id: FindingId;
  check(ctx: DraftContext): readonly RawFinding[];
}
