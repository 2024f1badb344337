import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadScheduler } from './read-scheduler';

describe('createReadScheduler', () => {
  let reads: string[];
  let text: Map<HTMLElement, string>;
  let lastSent: Map<HTMLElement, string>;
  let scheduler: ReturnType<typeof createReadScheduler>;
  const composer = (connected = true) => ({ isConnected: connected }) as unknown as HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    reads = [];
    text = new Map();
    lastSent = new Map();
    scheduler = createReadScheduler({
      setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      debounceMs: 100,
      // Sends only what changed since the last send, as the watcher's sendDraft does.
      read: (el) => {
        const now = text.get(el) ?? '';
        if (lastSent.get(el) === now) return false;
        lastSent.set(el, now);
        reads.push(now);
        return true;
      },
    });
  });
  afterEach(() => vi.useRealTimers());

  const typeAndSchedule = (el: HTMLElement, value: string) => {
    text.set(el, value);
    scheduler.schedule(el);
  };

  it('reads the first change at once, then the burst’s end once per interval', async () => {
    const el = composer();
    for (const value of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      typeAndSchedule(el, value);
      if (value === 'H') expect(reads).toEqual(['H']);
      await vi.advanceTimersByTimeAsync(15);
    }
    expect(reads).toEqual(['H']);
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toEqual(['H', 'Hello']);
  });

  it('reads at once again after a cool-down that brought nothing new', async () => {
    const el = composer();
    typeAndSchedule(el, 'One');
    await vi.advanceTimersByTimeAsync(250);
    typeAndSchedule(el, 'Two');
    expect(reads).toEqual(['One', 'Two']);
  });

  it('reads every composer that changed during a cool-down, and skips one that left the page', async () => {
    const first = composer();
    const second = composer();
    const gone = composer(false);
    typeAndSchedule(first, 'a');
    typeAndSchedule(second, 'b');
    typeAndSchedule(gone, 'c');
    await vi.advanceTimersByTimeAsync(100);
    expect(reads).toEqual(['a', 'b']);
  });

  it('drops waiting reads on cancel', async () => {
    const el = composer();
    typeAndSchedule(el, 'first');
    typeAndSchedule(el, 'second');
    scheduler.cancel();
    await vi.advanceTimersByTimeAsync(500);
    expect(reads).toEqual(['first']);
    typeAndSchedule(el, 'third');
    expect(reads).toEqual(['first', 'third']);
  });
});
