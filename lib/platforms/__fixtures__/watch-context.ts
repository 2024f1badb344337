import type { WatchContext } from '../watch-composer';

/**
 * A content-script context for the watcher's unit tests: timers and listeners as WXT's would be,
 * all of them dropped by `invalidate()`, as when the extension is reloaded under the page.
 */
export function fakeContext(): WatchContext & { invalidate(): void } {
  const controller = new AbortController();
  const callbacks: Array<() => void> = [];
  return {
    get isInvalid() {
      return controller.signal.aborted;
    },
    onInvalidated(cb) {
      callbacks.push(cb);
      return () => undefined;
    },
    setTimeout: (handler, timeout) => window.setTimeout(handler, timeout) as unknown as number,
    addEventListener(target, type, handler, options) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    invalidate() {
      controller.abort();
      callbacks.forEach((cb) => cb());
    },
  };
}

/** Puts the test page at `url` (happy-dom's own hook), as a site's page would be. */
export function setUrl(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
