import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentMessage } from '../messaging/protocol';
import { createPublishCapture, isEmptySnapshot } from './publish-capture';
import type { ComposerSnapshot } from './types';

/** A composer stand-in: what `read` returns is whatever the test last typed. */
function composer() {
  const el = { isConnected: true } as { isConnected: boolean };
  let snapshot: ComposerSnapshot | null = { text: '' };
  return {
    el: el as unknown as HTMLElement,
    type: (text: string) => (snapshot = { text }),
    read: () => snapshot,
    remove: () => (el.isConnected = false),
  };
}

describe('createPublishCapture', () => {
  let sent: ContentMessage[];
  let box: ReturnType<typeof composer>;
  let capture: ReturnType<typeof createPublishCapture>;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    box = composer();
    capture = createPublishCapture({
      platform: 'x',
      later: (handler, ms) => void setTimeout(handler, ms),
      read: () => box.read(),
      send: (m) => sent.push(m),
      url: () => 'https://x.com/home',
      idOf: () => 'c1',
      timeoutMs: 5000,
    });
  });
  afterEach(() => vi.useRealTimers());

  const published = () => sent.flatMap((m) => (m.type === 'cs:published' ? [m.text] : []));

  it('sends the text as it was at the click once the site clears the composer', async () => {
    box.type('Vote today');
    capture.capture(box.el);
    expect(capture.pending).toBe(true);
    box.type('');
    await vi.advanceTimersByTimeAsync(150);
    expect(sent).toEqual([
      expect.objectContaining({ type: 'cs:published', platform: 'x', composerId: 'c1', text: 'Vote today' }),
    ]);
    expect(capture.pending).toBe(false);
  });

  it("sends the content warning the post went out with (Mastodon's spoiler text)", () => {
    const snapshot = { text: 'Budget tonight', contentWarning: 'Figures' };
    capture = createPublishCapture({
      platform: 'mastodon',
      later: () => undefined,
      read: () => (box.el.isConnected ? snapshot : null),
      send: (m) => sent.push(m),
      url: () => 'https://mastodon.example/home',
      idOf: () => 'c1',
      timeoutMs: 5000,
    });
    capture.capture(box.el);
    box.remove();
    capture.checkAll();
    expect(sent).toEqual([
      expect.objectContaining({ type: 'cs:published', text: 'Budget tonight', contentWarning: 'Figures' }),
    ]);
  });

  it('sends when the site closes the composer, as soon as it is checked', () => {
    box.type('In a dialog');
    capture.capture(box.el);
    box.remove();
    capture.checkAll();
    expect(published()).toEqual(['In a dialog']);
  });

  it('keeps one post with the latest text for a second click in flight', async () => {
    box.type('First');
    capture.capture(box.el);
    box.type('First, corrected');
    capture.capture(box.el);
    box.type('');
    await vi.advanceTimersByTimeAsync(6000);
    expect(published()).toEqual(['First, corrected']);
  });

  it('publishes nothing when the text stays (the publish failed), and says it gave up after the timeout', async () => {
    box.type('Will fail');
    capture.capture(box.el);
    await vi.advanceTimersByTimeAsync(4999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(capture.isPending(box.el)).toBe(false);
    expect(sent).toEqual([
      expect.objectContaining({
        type: 'cs:publish-given-up',
        platform: 'x',
        url: 'https://x.com/home',
        composerId: 'c1',
        text: 'Will fail',
      }),
    ]);
    box.type('');
    capture.check(box.el);
    await vi.advanceTimersByTimeAsync(5000);
    expect(published()).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('ignores a click on an empty composer, and forgets everything on clear', async () => {
    capture.capture(box.el);
    expect(capture.pending).toBe(false);
    box.type('Switched off mid-flight');
    capture.capture(box.el);
    capture.clear();
    box.type('');
    await vi.advanceTimersByTimeAsync(6000);
    expect(sent).toEqual([]);
  });

  it('an empty draft is one with no text and no media', () => {
    expect(isEmptySnapshot(null)).toBe(true);
    expect(isEmptySnapshot({ text: '  \n' })).toBe(true);
    const image = { images: 1, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 };
    expect(isEmptySnapshot({ text: '', media: image })).toBe(false);
    expect(isEmptySnapshot({ text: 'x' })).toBe(false);
  });
});
