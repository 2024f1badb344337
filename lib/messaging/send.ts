// In content scripts this `browser` is not webextension-polyfill (wxt.config.ts keeps the polyfill out of
// them for size) but WXT's own pick: Firefox's `browser` global, else Chrome's `chrome`. Both return
// promises from the calls made here in MV3. Chrome's `chrome` throws synchronously once the extension's
// context is gone, which the polyfill used to turn into a rejection; `settle` keeps that so.
import { browser } from '#imports';
import type { PlatformId } from '../platforms/types';
import type { ContentChannel } from '../platforms/watch-composer';
import type { ContentMessage } from './protocol';
import { BADGE_HIDDEN_KEY, SITES_OFF_KEY } from './setting-keys';

let warnedInvalid = false;

/** The promise `call` returns, or a rejected one when it throws instead. */
function settle<T>(call: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(call()));
}

/**
 * Send a message to the background. The receiver validates it. After an extension update the old
 * content script's context is gone: that is expected, so it is a one-time warning, not an error.
 */
export function sendToBackground(message: ContentMessage): void {
  settle(() => browser.runtime.sendMessage(message)).catch((error: unknown) => {
    const text = String(error);
    if (/context invalidated|Receiving end does not exist/i.test(text)) {
      if (!warnedInvalid) console.warn('[Rostrum] extension reloaded; reload this tab to reconnect.');
      warnedInvalid = true;
      return;
    }
    console.debug('[Rostrum] message not delivered', text);
  });
}

/**
 * Calls back with whether `platform` is missing from the list of sites stored under `key` (the sites
 * where the user switched something off), now and on every change; true when storage cannot be read.
 */
function watchOffList(key: string, platform: PlatformId, onChange: (on: boolean) => void): () => void {
  const isOn = (list: unknown) => !(Array.isArray(list) && list.includes(platform));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && key in changes) onChange(isOn(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  settle(() => browser.storage.local.get(key)).then(
    (stored) => onChange(isOn(stored[key])),
    () => onChange(true),
  );
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Everything a content script needs from the browser: send to the background, hear the badge's figures
 * (only the extension itself can message a content script), follow the badge and site switches in
 * storage.local (readable by content scripts; nothing private lives there) and read localised strings.
 */
export const contentChannel: Required<ContentChannel> = {
  send: sendToBackground,
  onMessage(handler) {
    const listener = (message: unknown) => {
      handler(message);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  },
  watchBadgeSetting: (platform, onChange) => watchOffList(BADGE_HIDDEN_KEY, platform, onChange),
  watchSiteSetting: (platform, onChange) => watchOffList(SITES_OFF_KEY, platform, onChange),
  // WXT types getMessage with the keys it knew at its last `prepare`; ours are built from locales/.
  label: (key, subs) => browser.i18n.getMessage(key as '@@ui_locale', subs) || key,
};
