import { openShadowRoots } from './deep-dom';

/** What the rescans need from the watcher around them. */
export interface RescansDeps {
  doc: Document;
  /** Whether an added node brings a composer with it (looks only inside that node). */
  bringsComposer(node: Node): boolean;
  /** Whether a removed node took a tracked composer with it. */
  holdsComposer(node: Node): boolean;
  /** Finds the page's composers again. */
  rescan(): void;
  /** Every batch of page changes, first (a publish in flight, the badge's place). */
  onChanges(): void;
  /** A batch that brought or took no composer (attachments beside the editor). */
  onOtherChanges(): void;
  /** The watcher's guard: nothing of ours throws into the page, and nothing runs while off. */
  guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** How long a burst of page changes may go on before one rescan (ms). */
  debounceMs: number;
}

export interface Rescans {
  /** Starts watching the page (and its open shadow roots). */
  start(): void;
  /** Stops watching and drops a rescan on its way. */
  stop(): void;
  /** Watches the open shadow roots under `root` too, each once (the page's observer cannot see in). */
  observeShadowRoots(root: ParentNode): void;
}

/**
 * When to look for composers again: the page observer looks only at what changed, never walks the
 * page itself, and a burst of changes that brings or takes a composer makes one rescan after
 * `debounceMs`.
 */
export function createRescans(deps: RescansDeps): Rescans {
  let observedRoots = new WeakSet<ShadowRoot>();
  let scanTimer: number | undefined;

  function scheduleScan() {
    if (scanTimer !== undefined) return;
    scanTimer = deps.setTimeout(() => {
      scanTimer = undefined;
      deps.rescan();
    }, deps.debounceMs);
  }

  function observeShadowRoots(root: ParentNode) {
    for (const shadow of openShadowRoots(root)) {
      if (observedRoots.has(shadow)) continue;
      observedRoots.add(shadow);
      observer.observe(shadow, { childList: true, subtree: true });
    }
  }

  const observer = new MutationObserver(
    deps.guard((records: MutationRecord[]) => {
      deps.onChanges();
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node instanceof Element) observeShadowRoots(node);
          if (deps.bringsComposer(node)) return scheduleScan();
        }
        for (const node of Array.from(record.removedNodes)) {
          if (deps.holdsComposer(node)) return scheduleScan();
        }
      }
      deps.onOtherChanges();
    }),
  );

  return {
    start() {
      observer.observe(deps.doc.body ?? deps.doc.documentElement, { childList: true, subtree: true });
    },
    stop() {
      observer.disconnect();
      observedRoots = new WeakSet();
      if (scanTimer !== undefined) deps.clearTimeout(scanTimer);
      scanTimer = undefined;
    },
    observeShadowRoots,
  };
}
