import { browser } from '#imports';
import { TabStateSchema, tabStateKey, type TabState } from '../../lib/messaging/protocol';

/**
 * Feeds the panel the state of the tab it serves. A panel opened with `?tabId=N` (a tab-specific
 * panel, or an end-to-end test opening the panel as a page) follows that tab; otherwise it follows
 * the active tab of its own window.
 */
export async function followTab(onState: (state: TabState | null) => void): Promise<() => void> {
  const fixed = Number(new URLSearchParams(location.search).get('tabId'));
  const windowId = (await browser.windows.getCurrent()).id;
  let tabId: number | undefined = Number.isInteger(fixed) && fixed > 0 ? fixed : undefined;

  const publish = async () => {
    if (tabId === undefined) return onState(null);
    const key = tabStateKey(tabId);
    const parsed = TabStateSchema.safeParse((await browser.storage.session.get(key))[key]);
    onState(parsed.success ? parsed.data : null);
  };

  if (tabId === undefined) {
    const [active] = await browser.tabs.query({ active: true, windowId });
    tabId = active?.id;
  }
  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (fixed || info.windowId !== windowId) return;
    tabId = info.tabId;
    void publish();
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && tabId !== undefined && tabStateKey(tabId) in changes) void publish();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.storage.onChanged.addListener(onChanged);
  await publish();
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.storage.onChanged.removeListener(onChanged);
  };
}
