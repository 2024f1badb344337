import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Badge, BadgeSummary } from './badge';
import { badgeLabel, createBadgeFigures, type ActiveDraft } from './badge-figures';

/** A badge that records what it was told. */
function recordingBadge() {
  const summaries: Array<BadgeSummary | null> = [];
  const anchors: Array<HTMLElement | null> = [];
  const badge: Badge = {
    attach: (anchor) => void anchors.push(anchor),
    setSummary: (summary) => void summaries.push(summary),
    reposition: () => undefined,
    host: null,
  };
  return { badge, summaries, anchors };
}

const composer = { isConnected: true } as HTMLElement;
const figuresMessage = (draftAt: number, composerId = 'c1') => ({
  type: 'bg:badge',
  composerId,
  draftAt,
  count: 2,
  worst: 'warning',
});

describe('createBadgeFigures', () => {
  let active: ActiveDraft | null;
  let rec: ReturnType<typeof recordingBadge>;
  let figures: ReturnType<typeof createBadgeFigures>;
  beforeEach(() => {
    vi.useFakeTimers();
    active = { composer, composerId: 'c1', sentAt: Date.now() };
    rec = recordingBadge();
    figures = createBadgeFigures(rec.badge, {
      active: () => active,
      setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      staleMs: 1000,
    });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the figures about the active draft only', () => {
    figures.receive(figuresMessage(active!.sentAt! - 1));
    figures.receive(figuresMessage(active!.sentAt!, 'c2'));
    figures.receive({ type: 'something-else' });
    expect(rec.summaries).toEqual([]);
    figures.receive(figuresMessage(active!.sentAt!));
    expect(rec.summaries).toEqual([{ count: 2, worst: 'warning' }]);
  });

  it('falls back to the plain mark when no figures come for new text', async () => {
    figures.expectFresh();
    await vi.advanceTimersByTimeAsync(1000);
    expect(rec.summaries).toEqual([null]);
  });

  it('keeps the figures that came for the latest text', async () => {
    figures.expectFresh();
    figures.receive(figuresMessage(active!.sentAt!));
    await vi.advanceTimersByTimeAsync(5000);
    expect(rec.summaries).toEqual([{ count: 2, worst: 'warning' }]);
  });

  it('attaches beside the active composer only while shown, and forgets figures when it changes', () => {
    figures.attach();
    figures.setShown(true);
    figures.attach();
    active = null;
    figures.activeChanged();
    expect(rec.anchors).toEqual([null, composer, null]);
    expect(rec.summaries).toEqual([null]);
  });

  it('a cancelled wait changes nothing', async () => {
    figures.expectFresh();
    figures.cancel();
    await vi.advanceTimersByTimeAsync(5000);
    expect(rec.summaries).toEqual([]);
  });
});

describe('badgeLabel', () => {
  const label = badgeLabel((key, subs) => [key, ...(subs ?? [])].join(':'));
  it('names no figures, a clear draft and the count with the worst severity', () => {
    expect(label(null)).toBe('publish_badgeNone');
    expect(label({ count: 0, worst: null })).toBe('publish_badgeClear');
    expect(label({ count: 3, worst: 'error' })).toBe('publish_badgeCount:3:publish_severity_error');
  });
});
