import { batch, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import {
  DEFAULT_PUBLISH_POLICY,
  PublishInboxSchema,
  PublishPolicySchema,
  SETTING_KEYS,
  type HandlerResult,
  type PanelMessage,
  type PublishItem,
  type PublishPolicy,
  type Severity,
} from '../messaging/protocol';
import { hashText } from '../messaging/text-hash';
import { isPlatformId, withPlatform, type PlatformId } from '../platforms/types';

/** Finding and tip ids of a post, for the log. */
export interface PostSignals {
  findings: string[];
  tips: string[];
}

/** The panel's latest analysis of a live draft, as the badge and publish capture need it. */
export interface AnalysisReport {
  tabId: number;
  composerId: string;
  draftAt: number;
  text: string;
  findings: ReadonlyArray<{ id: string; severity: Severity }>;
  tips: readonly string[];
}

export interface PublishModelDeps {
  /** A tab's publish inbox as stored (storage.session `publish-<tabId>`). */
  readInbox(tabId: number): Promise<unknown>;
  /** Sends a message to the background and resolves to its answer. */
  send(message: PanelMessage): Promise<HandlerResult>;
  /** storage.local. */
  settings: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  /** The panel's analysis of a captured post, when the background had none for its exact text. */
  analyze?(item: PublishItem): PostSignals;
  /** The log changed in another context (an entry logged or deleted): reload the panel's list. */
  onLogChanged?(): void;
  /**
   * Quiet time before an analysis goes to the background (ms). While the user types, the badge and
   * the stored summary wait for a pause, so they never compete with the draft itself for the
   * background, storage and the page's main thread.
   */
  reportDelayMs?: number;
}

export interface PublishModel {
  /** The tab the panel follows (the App sets it from the draft model's tab). */
  tabId: Signal<number | null>;
  /** Captured posts of that tab, newest first. */
  items: ReadonlySignal<PublishItem[]>;
  policy: ReadonlySignal<PublishPolicy>;
  /** Sites where the badge is switched off. */
  badgeHiddenOn: ReadonlySignal<PlatformId[]>;
  /** The item being handled, while a request is out. */
  busy: ReadonlySignal<string | null>;
  error: ReadonlySignal<string | null>;
  /** Reads the settings and the followed tab's inbox. */
  load(): Promise<void>;
  /** Reads the followed tab's inbox again (after a storage change). */
  refresh(): Promise<void>;
  setPolicy(policy: PublishPolicy): Promise<void>;
  setBadgeShown(platform: PlatformId, shown: boolean): Promise<void>;
  /** "Log this published post?" → yes. */
  log(itemId: string): Promise<void>;
  /** Deletes the entry an automatic log made. */
  undo(itemId: string): Promise<void>;
  dismiss(itemId: string): Promise<void>;
  /**
   * Hands the panel's latest analysis to the background (for the badge and for publish time), once
   * the draft has been quiet for `reportDelayMs`.
   */
  reportAnalysis(report: AnalysisReport): void;
}

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * The panel's side of publish capture: what was published in the followed tab (offered for logging,
 * or logged and offered for undo), the publish policy and the per-site badge switch, and the analysis
 * summary the background keeps per tab. The background does every write to the inbox and the log.
 */
export function createPublishModel(deps: PublishModelDeps): PublishModel {
  const tabId = signal<number | null>(null);
  const items = signal<PublishItem[]>([]);
  const policy = signal<PublishPolicy>(DEFAULT_PUBLISH_POLICY);
  const badgeHiddenOn = signal<PlatformId[]>([]);
  const busy = signal<string | null>(null);
  const error = signal<string | null>(null);
  /** Items whose findings were already worked out here (the background may not have stored them yet). */
  const filled = new Set<string>();
  let lastReport = '';
  let generation = 0;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const reportDelayMs = deps.reportDelayMs ?? 150;

  async function refresh(): Promise<void> {
    const id = tabId.value;
    const gen = ++generation;
    if (id === null) {
      items.value = [];
      return;
    }
    const parsed = PublishInboxSchema.safeParse(await deps.readInbox(id));
    if (gen !== generation) return;
    items.value = parsed.success ? parsed.data.items : [];
    fillFindings(id);
  }

  /** Posts captured without an analysis of their exact text get one from the panel. */
  function fillFindings(id: number): void {
    if (!deps.analyze) return;
    for (const item of items.value) {
      if (item.findingsKnown || filled.has(item.id)) continue;
      filled.add(item.id);
      let signals: PostSignals;
      try {
        signals = deps.analyze(item);
      } catch {
        continue;
      }
      void deps
        .send({
          type: 'panel:publish-findings',
          tabId: id,
          itemId: item.id,
          findings: [...new Set(signals.findings)],
          tips: [...new Set(signals.tips)],
        })
        .then((result) => {
          if (result.ok && item.state === 'logged') deps.onLogChanged?.();
        });
    }
  }

  function sendReport(report: AnalysisReport): void {
    const textHash = hashText(report.text);
    const worst =
      SEVERITY_ORDER.find((severity) => report.findings.some((f) => f.severity === severity)) ?? null;
    const findings = [...new Set(report.findings.map((f) => f.id))];
    const tips = [...new Set(report.tips)];
    const key = [report.tabId, report.composerId, report.draftAt, textHash, worst, findings, tips].join('|');
    if (key === lastReport) return;
    lastReport = key;
    void deps
      .send({
        type: 'panel:analysis',
        tabId: report.tabId,
        composerId: report.composerId,
        draftAt: report.draftAt,
        textHash,
        count: report.findings.length,
        worst,
        findings: findings.slice(0, 200),
        tips: tips.slice(0, 200),
      })
      .catch(() => undefined);
  }

  async function act(itemId: string, action: 'log' | 'undo' | 'dismiss'): Promise<void> {
    const id = tabId.value;
    if (id === null || busy.value) return;
    batch(() => {
      busy.value = itemId;
      error.value = null;
    });
    try {
      const result = await deps.send({ type: 'panel:publish-action', tabId: id, itemId, action });
      if (!result.ok) error.value = result.error;
      else if (action !== 'dismiss') deps.onLogChanged?.();
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      busy.value = null;
    }
    await refresh();
  }

  return {
    tabId,
    items,
    policy,
    badgeHiddenOn,
    busy,
    error,

    async load() {
      const [storedPolicy, hidden] = await Promise.all([
        deps.settings.get(SETTING_KEYS.publishPolicy),
        deps.settings.get(SETTING_KEYS.badgeHiddenOn),
      ]);
      const parsed = PublishPolicySchema.safeParse(storedPolicy);
      batch(() => {
        policy.value = parsed.success ? parsed.data : DEFAULT_PUBLISH_POLICY;
        badgeHiddenOn.value = Array.isArray(hidden) ? hidden.filter(isPlatformId) : [];
      });
      await refresh();
    },

    refresh,

    async setPolicy(next) {
      policy.value = next;
      await deps.settings.set(SETTING_KEYS.publishPolicy, next);
    },

    async setBadgeShown(platform, shown) {
      badgeHiddenOn.value = withPlatform(badgeHiddenOn.value, platform, !shown);
      await deps.settings.set(SETTING_KEYS.badgeHiddenOn, badgeHiddenOn.value);
    },

    log: (itemId) => act(itemId, 'log'),
    undo: (itemId) => act(itemId, 'undo'),
    dismiss: (itemId) => act(itemId, 'dismiss'),

    reportAnalysis(report) {
      if (reportTimer !== undefined) clearTimeout(reportTimer);
      reportTimer = setTimeout(() => {
        reportTimer = undefined;
        sendReport(report);
      }, reportDelayMs);
    },
  };
}
