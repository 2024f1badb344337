import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { LogValidationError } from '../log/errors';
import { campaignReportMarkdown, type ReportOptions } from '../log/report';
import type { LogRepository } from '../log/repository';
import type { Campaign, CampaignInput } from '../log/schema';
import type { CampaignStats } from '../log/stats';

/**
 * A small key–value store for the panel's choices. The panel backs it with browser.storage.local;
 * tests with a Map. Models never touch browser APIs themselves.
 */
export interface SettingsStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Settings key of the active campaign's id (the last choice in any window). */
export const ACTIVE_CAMPAIGN_KEY = 'log.activeCampaignId';
/** Settings key of the last campaign chosen per platform: { [platform]: id | null }. */
export const CAMPAIGN_BY_PLATFORM_KEY = 'log.campaignByPlatform';

/** Outcome of saving a campaign: the record, or what to show in the form. */
export type SaveCampaignResult =
  { ok: true; campaign: Campaign } | { ok: false; message: string; fieldErrors: Record<string, string> };

export interface CampaignModelDeps {
  repository: Pick<LogRepository, 'listCampaigns' | 'saveCampaign'> &
    Partial<Pick<LogRepository, 'archiveCampaign' | 'campaignStats'>>;
  settings: SettingsStore;
  /**
   * The window this panel belongs to (e.g. its windowId). Each window keeps its own active campaign;
   * a new window starts from the last choice made anywhere.
   */
  scope?: string;
}

/** A campaign with its figures, for the dashboard. */
export interface CampaignDashboardData {
  campaign: Campaign;
  stats: CampaignStats;
}

export interface CampaignModel {
  /** All campaigns, archived ones included. */
  campaigns: ReadonlySignal<Campaign[]>;
  /** Campaigns offered for new posts: not archived. */
  openCampaigns: ReadonlySignal<Campaign[]>;
  activeCampaignId: ReadonlySignal<string | null>;
  activeCampaign: ReadonlySignal<Campaign | null>;
  /** A problem loading or switching, for the panel to show; null when all is well. */
  error: ReadonlySignal<string | null>;
  /** Reads the campaigns and the remembered active one (dropped if that campaign is gone). */
  load(): Promise<void>;
  /** Creates (or, with `id`, updates) a campaign; a new campaign becomes the active one. */
  save(input: CampaignInput): Promise<SaveCampaignResult>;
  /** Makes `id` the active campaign (null: none) and remembers it, for this window and platform. */
  setActive(id: string | null): Promise<void>;
  /** The panel now shows a draft on `platform`: switch to the campaign last used there, if any. */
  setPlatform(platform: string | null): Promise<void>;
  /** Archives or restores a campaign; an archived active campaign stops being active. */
  archive(id: string, archived?: boolean): Promise<boolean>;

  dashboard: ReadonlySignal<CampaignDashboardData | null>;
  openDashboard(id: string): Promise<void>;
  closeDashboard(): void;
  /** The open dashboard as a Markdown report file, or null when none is open. */
  reportMarkdown(options?: ReportOptions): { filename: string; mimeType: string; text: string } | null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60) || 'campaign';
}

/** Campaign list, active campaign and dashboard, as signals, over an injected repository and settings. */
export function createCampaignModel({ repository, settings, scope }: CampaignModelDeps): CampaignModel {
  const campaigns = signal<Campaign[]>([]);
  const activeCampaignId = signal<string | null>(null);
  const error = signal<string | null>(null);
  const dashboard = signal<CampaignDashboardData | null>(null);
  const activeCampaign = computed(() => campaigns.value.find((c) => c.id === activeCampaignId.value) ?? null);
  const openCampaigns = computed(() => campaigns.value.filter((c) => !c.archived));
  const scopedKey = scope === undefined ? null : `${ACTIVE_CAMPAIGN_KEY}.${scope}`;
  let platform: string | null = null;

  function usable(id: unknown): id is string {
    return typeof id === 'string' && openCampaigns.value.some((c) => c.id === id);
  }

  async function refresh(): Promise<void> {
    campaigns.value = await repository.listCampaigns();
  }

  async function byPlatform(): Promise<Record<string, string | null>> {
    const stored = await settings.get(CAMPAIGN_BY_PLATFORM_KEY);
    return typeof stored === 'object' && stored !== null ? (stored as Record<string, string | null>) : {};
  }

  async function remember(id: string | null): Promise<void> {
    const writes = [settings.set(ACTIVE_CAMPAIGN_KEY, id)];
    if (scopedKey) writes.push(settings.set(scopedKey, id));
    if (platform)
      writes.push(
        byPlatform().then((map) =>
          settings.set(CAMPAIGN_BY_PLATFORM_KEY, { ...map, [platform as string]: id }),
        ),
      );
    await Promise.all(writes);
  }

  async function setActive(id: string | null): Promise<void> {
    activeCampaignId.value = id;
    try {
      await remember(id);
      error.value = null;
    } catch (e) {
      error.value = messageOf(e);
    }
  }

  return {
    campaigns,
    openCampaigns,
    activeCampaignId,
    activeCampaign,
    error,
    dashboard,

    async load() {
      try {
        const [, scoped, global] = await Promise.all([
          refresh(),
          scopedKey ? settings.get(scopedKey) : Promise.resolve(undefined),
          settings.get(ACTIVE_CAMPAIGN_KEY),
        ]);
        // This window's own choice (even "none") wins over the last choice made elsewhere.
        const stored = scoped !== undefined ? scoped : global;
        activeCampaignId.value = usable(stored) ? stored : null;
        error.value = null;
      } catch (e) {
        error.value = messageOf(e);
      }
    },

    async save(input) {
      try {
        const campaign = await repository.saveCampaign(input);
        await refresh();
        if (input.id === undefined) await setActive(campaign.id);
        else if (campaign.archived && activeCampaignId.value === campaign.id) await setActive(null);
        if (dashboard.value?.campaign.id === campaign.id) dashboard.value = { ...dashboard.value, campaign };
        return { ok: true, campaign };
      } catch (e) {
        const fieldErrors = e instanceof LogValidationError ? e.fieldErrors() : {};
        return { ok: false, message: messageOf(e), fieldErrors };
      }
    },

    setActive,

    async setPlatform(next) {
      platform = next;
      if (!next) return;
      try {
        const map = await byPlatform();
        // Stored data: only the map's own keys count, not the properties every object has.
        if (!Object.hasOwn(map, next)) return;
        const remembered = map[next] ?? null;
        if (remembered === null || usable(remembered)) {
          activeCampaignId.value = remembered;
          if (scopedKey) await settings.set(scopedKey, remembered);
        }
      } catch (e) {
        error.value = messageOf(e);
      }
    },

    async archive(id, archived = true) {
      if (!repository.archiveCampaign) return false;
      try {
        await repository.archiveCampaign(id, archived);
        await refresh();
        if (archived && activeCampaignId.value === id) await setActive(null);
        error.value = null;
        return true;
      } catch (e) {
        error.value = messageOf(e);
        return false;
      }
    },

    async openDashboard(id) {
      if (!repository.campaignStats) return;
      try {
        const campaign = campaigns.value.find((c) => c.id === id);
        if (!campaign) throw new Error(`There is no campaign with id "${id}".`);
        dashboard.value = { campaign, stats: await repository.campaignStats(id) };
        error.value = null;
      } catch (e) {
        error.value = messageOf(e);
      }
    },

    closeDashboard() {
      dashboard.value = null;
    },

    reportMarkdown(options) {
      const open = dashboard.value;
      if (!open) return null;
      return {
        filename: `${slug(open.campaign.name)}-report.md`,
        mimeType: 'text/markdown;charset=utf-8',
        text: campaignReportMarkdown(open.campaign, open.stats, options),
      };
    },
  };
}
