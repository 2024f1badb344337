import { browser } from '#imports';

/**
 * The toolbar button opens the panel: Chrome's side panel, or Firefox's sidebar. The panel is one
 * per window and follows the active tab; on pages without a composer it offers manual mode.
 */
export function setUpPanel(): void {
  if (import.meta.env.FIREFOX) {
    const sidebar = firefoxSidebar();
    // toggle() must run inside the click handler: Firefox refuses it after an await.
    browser.action.onClicked.addListener(() => void sidebar?.toggle());
    return;
  }
  chromeSidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: true })
    .catch((error: unknown) => {
      console.error('[Rostrum] could not set the panel to open from the toolbar', error);
    });
}

/**
 * Opens the panel for a tab, from the in-page badge's click. Must be called synchronously in the
 * message listener: Chrome passes the content script's click on to the service worker as a user
 * gesture, and `sidePanel.open()` refuses to run once anything has been awaited. Opening with `tabId`
 * shows the global panel in that tab. Firefox does not count a content-script message as a user action,
 * so there `sidebarAction.open()` may be refused; the toolbar button still opens it.
 */
export function openPanelFor(tabId: number, windowId?: number): void {
  const fail = (error: unknown) => console.warn('[Rostrum] the panel did not open', error);
  if (import.meta.env.FIREFOX) {
    firefoxSidebar()?.open().catch(fail);
    return;
  }
  const sidePanel = chromeSidePanel();
  if (!sidePanel) return;
  sidePanel.open(windowId === undefined ? { tabId } : { tabId, windowId }).catch(fail);
}

interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

interface FirefoxSidebar {
  toggle(): Promise<void>;
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  return (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
}

function firefoxSidebar(): FirefoxSidebar | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
}
