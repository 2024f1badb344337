import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentChannel } from './send';
import { SITES_OFF_KEY } from './setting-keys';

beforeEach(() => fakeBrowser.reset());

describe('contentChannel', () => {
  it('does not throw into the page when the browser throws instead of rejecting (context gone)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const message = { type: 'cs:open-panel' } as const;
    expect(() => contentChannel.send(message)).not.toThrow();
    expect(() => contentChannel.send(message)).not.toThrow();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
  });

  it('reads a site as on when storage.local cannot be read, and follows later changes', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const seen: boolean[] = [];
    const stop = contentChannel.watchSiteSetting('x', (on) => seen.push(on));
    await vi.waitFor(() => expect(seen).toEqual([true]));
    await fakeBrowser.storage.local.set({ [SITES_OFF_KEY]: ['x'] });
    await vi.waitFor(() => expect(seen).toEqual([true, false]));
    stop();
  });
});
