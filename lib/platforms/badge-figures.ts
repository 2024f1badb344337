import type { BgBadge } from '../messaging/protocol';
import type { Badge, BadgeSummary } from './badge';

/** The composer being written in, as the badge needs it. */
export interface ActiveDraft {
  composer: HTMLElement;
  composerId: string | undefined;
  /** `at` of the draft last sent from it, if any. */
  sentAt: number | undefined;
}

/** What the badge's figures need from the watcher around them. */
export interface BadgeFiguresDeps {
  active(): ActiveDraft | null;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** How long the badge keeps figures the panel has not confirmed for the latest text (ms). */
  staleMs: number;
}

export interface BadgeFigures {
  /** New text went out from the active composer: figures for it should follow. */
  expectFresh(): void;
  /** A message from the background; the badge's figures when they are about the active draft. */
  receive(message: unknown): void;
  /** Another composer (or none) is written in now: its figures are not known yet. */
  activeChanged(): void;
  /** Whether the badge may show on this site (a setting), kept for the next `attach`. */
  setShown(shown: boolean): void;
  /** Shows the badge beside the active composer, or hides it. */
  attach(): void;
  /** Drops the stale timer (Rostrum switched off on the site). */
  cancel(): void;
}

/** Only the extension can message a content script, so a light shape check is enough (no zod here). */
function isBadgeMessage(value: unknown): value is BgBadge {
  const m = value as Partial<BgBadge> | null;
  return m?.type === 'bg:badge' && typeof m.count === 'number';
}

/** The badge's accessible name from the localised strings. */
export function badgeLabel(label: (key: string, subs?: string[]) => string) {
  return (summary: BadgeSummary | null): string =>
    !summary
      ? label('publish_badgeNone')
      : summary.count === 0
        ? label('publish_badgeClear')
        : label('publish_badgeCount', [
            String(summary.count),
            label(`publish_severity_${summary.worst ?? 'info'}`),
          ]);
}

/**
 * Keeps the in-page badge beside the active composer and its figures about that composer's latest
 * text: figures the panel sent for older text are dropped, and figures that do not come for the
 * latest text within `staleMs` give way to the plain mark.
 */
export function createBadgeFigures(badge: Badge, deps: BadgeFiguresDeps): BadgeFigures {
  let shown = false;
  /** `at` of the draft the badge's figures are about. */
  let figuresAt = -1;
  let staleTimer: number | undefined;

  function attach() {
    const anchor = deps.active()?.composer;
    badge.attach(shown && anchor?.isConnected ? anchor : null);
  }

  function expectFresh() {
    if (staleTimer !== undefined) return;
    staleTimer = deps.setTimeout(() => {
      staleTimer = undefined;
      const sentAt = deps.active()?.sentAt;
      if (sentAt === undefined || figuresAt === sentAt) return;
      // Figures for text sent a moment ago may still be on their way: look again later.
      if (Date.now() - sentAt < deps.staleMs / 2) expectFresh();
      else badge.setSummary(null);
    }, deps.staleMs);
  }

  return {
    expectFresh,
    receive(message) {
      const active = deps.active();
      if (!isBadgeMessage(message) || !active) return;
      if (message.composerId !== active.composerId || active.sentAt === undefined) return;
      if (message.draftAt !== active.sentAt) return;
      figuresAt = message.draftAt;
      badge.setSummary({ count: message.count, worst: message.worst });
    },
    activeChanged() {
      figuresAt = -1;
      badge.setSummary(null);
      attach();
    },
    setShown(value) {
      shown = value;
    },
    attach,
    cancel() {
      if (staleTimer !== undefined) deps.clearTimeout(staleTimer);
      staleTimer = undefined;
    },
  };
}
