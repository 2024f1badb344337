import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage } from '../messaging/protocol';
import { createComposerStatus } from './composer-status';

describe('createComposerStatus', () => {
  let sent: ContentMessage[];
  let composers: number;
  let url: string;
  let status: ReturnType<typeof createComposerStatus>;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    composers = 0;
    url = 'https://x.com/explore';
    status = createComposerStatus({
      platform: 'x',
      url: () => url,
      send: (m) => sent.push(m),
      composers: () => composers,
      expectsComposer: (at) => at.pathname === '/home',
      setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      graceMs: 1000,
    });
  });
  afterEach(() => vi.useRealTimers());

  const said = () =>
    sent.flatMap((m) => (m.type === 'cs:status-changed' ? [`${m.status}:${m.composers}`] : []));

  it('says "no composer" at once where none is expected, and each change only once', () => {
    status.update();
    status.update();
    composers = 2;
    status.update();
    expect(said()).toEqual(['no-composer:0', 'composer:2']);
  });

  it('calls the layout changed only after the grace time, where a composer was expected', async () => {
    url = 'https://x.com/home';
    status.update();
    await vi.advanceTimersByTimeAsync(999);
    expect(said()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(said()).toEqual(['layout-changed:0']);
  });

  it('a composer that renders within the grace time is no layout change', async () => {
    url = 'https://x.com/home';
    status.update();
    await vi.advanceTimersByTimeAsync(500);
    composers = 1;
    status.update();
    await vi.advanceTimersByTimeAsync(2000);
    expect(said()).toEqual(['composer:1']);
  });

  it('says a status again after a reset (a new page), and reports site-off', () => {
    status.update();
    status.reset();
    status.update();
    status.report('site-off');
    expect(said()).toEqual(['no-composer:0', 'no-composer:0', 'site-off:0']);
  });

  it('calls the layout changed at once when the user goes into a box it cannot read, once per page', () => {
    status.update();
    status.unreadBox();
    status.unreadBox();
    status.update();
    expect(said()).toEqual(['no-composer:0', 'layout-changed:0']);
  });

  it('after an unread box, a composer found clears the notice, and losing it again is no layout change', () => {
    status.unreadBox();
    composers = 1;
    status.update();
    composers = 0;
    status.update();
    expect(said()).toEqual(['layout-changed:0', 'composer:1', 'no-composer:0']);
  });

  it('forgets the unread box on a new page', () => {
    status.unreadBox();
    status.reset();
    url = 'https://x.com/search';
    status.update();
    expect(said()).toEqual(['layout-changed:0', 'no-composer:0']);
  });

  it('an unread box needs no grace time where a composer was expected', () => {
    url = 'https://x.com/home';
    status.update();
    status.unreadBox();
    expect(said()).toEqual(['layout-changed:0']);
  });
});
