import { computed, effect, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { AnalysisInput, AnalysisResult, PlaybookContent } from '../analysis';
import { analyzeDraftWith } from '../analysis/analyze';
import type { TabState } from '../messaging/protocol';
import type { Account, Objective, PostType } from '../playbook/signals';
import type { DraftMedia, PlatformId } from '../platforms/types';

/** Where the draft the panel shows comes from. */
export type DraftSource = 'live' | 'manual';

export interface CampaignContext {
  hashtags: string[];
  objective?: Objective;
  language?: string;
}

export interface DraftModel {
  /** The followed tab's state from the background, or null (no supported site). */
  tab: Signal<TabState | null>;
  /** The user asked to type in the panel even though a composer is there. */
  preferManual: Signal<boolean>;
  manualText: Signal<string>;
  manualPlatform: Signal<PlatformId>;
  account: Signal<Account>;
  campaign: Signal<CampaignContext | undefined>;
  locale: Signal<string>;
  /** A Mastodon instance's own limit, when known. */
  instanceLimit: Signal<number | undefined>;
  /**
   * Tips and examples to match, with the installed packs. Unset until the playbook has loaded: the
   * checks show at once, and the tips join them when it arrives.
   */
  playbook: Signal<PlaybookContent | undefined>;
  /**
   * The kinds of post the user says this draft is, overriding what the analysis recognises; undefined
   * when they have not chosen. It belongs to the draft on screen: cleared when the draft is emptied or
   * another post takes its place, and never stored.
   */
  postTypeChoice: Signal<readonly PostType[] | undefined>;
  source: ReadonlySignal<DraftSource>;
  platform: ReadonlySignal<PlatformId>;
  text: ReadonlySignal<string>;
  media: ReadonlySignal<DraftMedia | undefined>;
  analysis: ReadonlySignal<AnalysisResult>;
  /** Stops the reset of `postTypeChoice` (tests; the panel lives as long as its page). */
  dispose: () => void;
}

/**
 * The draft beside the page, live from the site's composer or typed into the panel, and its analysis.
 * Pure signals: the panel's entry point feeds `tab` from the browser; tests feed it directly.
 */
export function createDraftModel(
  analyze: (input: AnalysisInput) => AnalysisResult = analyzeDraftWith,
  now: () => Date = () => new Date(),
): DraftModel {
  const tab = signal<TabState | null>(null);
  const preferManual = signal(false);
  const manualText = signal('');
  const manualPlatform = signal<PlatformId>('x');
  const account = signal<Account>('institution');
  const campaign = signal<CampaignContext | undefined>(undefined);
  const locale = signal('en');
  const instanceLimit = signal<number | undefined>(undefined);
  const playbook = signal<PlaybookContent | undefined>(undefined);
  const postTypeChoice = signal<readonly PostType[] | undefined>(undefined);

  const source = computed<DraftSource>(() => {
    const state = tab.value;
    return state && state.status === 'composer' && state.draft && !preferManual.value ? 'live' : 'manual';
  });
  const platform = computed(() =>
    source.value === 'live' && tab.value ? tab.value.platform : manualPlatform.value,
  );
  const text = computed(() => (source.value === 'live' ? (tab.value?.draft?.text ?? '') : manualText.value));
  const media = computed(() => (source.value === 'live' ? tab.value?.draft?.media : undefined));
  const contentWarning = computed(() =>
    source.value === 'live' ? tab.value?.draft?.contentWarning : undefined,
  );
  // Which post the draft on screen is: another tab, page or composer, or the switch to and from the
  // panel's own box, is another post.
  const draftIdentity = computed(() => {
    if (source.value === 'manual') return 'manual';
    const state = tab.value;
    return `live:${state?.tabId}:${state?.url}:${state?.draft?.composerId}`;
  });
  const draftEmpty = computed(() => text.value.trim() === '');
  let identitySeen: string | undefined;
  const stopReset = effect(() => {
    const identity = draftIdentity.value;
    const changed = identitySeen !== undefined && identity !== identitySeen;
    identitySeen = identity;
    if (changed || draftEmpty.value) postTypeChoice.value = undefined;
  });

  const analysis = computed(() =>
    analyze({
      text: text.value,
      platform: platform.value,
      ...(media.value ? { media: media.value } : {}),
      ...(contentWarning.value ? { contentWarning: contentWarning.value } : {}),
      ...(campaign.value ? { campaign: campaign.value } : {}),
      account: account.value,
      locale: locale.value,
      now: now(),
      ...(platform.value === 'mastodon' && instanceLimit.value ? { limit: instanceLimit.value } : {}),
      ...(playbook.value ? { playbook: playbook.value } : {}),
      ...(postTypeChoice.value ? { postTypes: postTypeChoice.value } : {}),
    }),
  );

  return {
    tab,
    preferManual,
    manualText,
    manualPlatform,
    account,
    campaign,
    locale,
    instanceLimit,
    playbook,
    postTypeChoice,
    source,
    platform,
    text,
    media,
    analysis,
    dispose: stopReset,
  };
}
