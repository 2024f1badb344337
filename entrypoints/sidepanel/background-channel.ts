import { browser } from '#imports';
import type { HandlerResult, PanelMessage } from '../../lib/messaging/protocol';
import { createInstancesModel, type InstancesModel } from '../../lib/state/instances-model';
import { panelSettingsStore } from './settings';

/** Sends a panel message to the background (the side panel and the settings page alike). */
export const sendToBackground = (message: PanelMessage): Promise<HandlerResult> =>
  browser.runtime.sendMessage(message) as Promise<HandlerResult>;

/** The Mastodon instances model, fed from the browser, as the panel and the settings page use it. */
export function createBrowserInstancesModel(): InstancesModel {
  return createInstancesModel({
    settings: panelSettingsStore,
    // Straight from the click handler: permissions.request needs the user gesture.
    requestPermission: (origin) => browser.permissions.request({ origins: [origin] }),
    send: sendToBackground,
  });
}
