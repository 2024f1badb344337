/** What the read scheduler needs: timers (the watcher's guarded ones) and the read itself. */
export interface ReadSchedulerDeps {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Least time between two reads of a composer while it keeps changing (ms). */
  debounceMs: number;
  /** Reads `composer` and sends its draft if it changed; true when it sent. */
  read(composer: HTMLElement): boolean;
}

export interface ReadScheduler {
  /** `composer` changed: read it at once after a quiet spell, else at the end of the cool-down. */
  schedule(composer: HTMLElement): void;
  /** Drops the reads waiting and the cool-down (Rostrum switched off on the site). */
  cancel(): void;
}

/**
 * When to read a composer that changes: at once when it was quiet (no waiting for the first
 * keystroke), then at most every `debounceMs` while changes keep coming, with no polling. Changes
 * during a cool-down are read together at its end; a cool-down that ends with nothing new lets the
 * next change be read at once again.
 */
export function createReadScheduler(deps: ReadSchedulerDeps): ReadScheduler {
  let waiting = new Set<HTMLElement>();
  let timer: number | undefined;

  function flush(): boolean {
    const batch = waiting;
    waiting = new Set();
    let sent = false;
    for (const el of batch) if (el.isConnected && deps.read(el)) sent = true;
    return sent;
  }

  function coolDown() {
    timer = deps.setTimeout(() => {
      timer = undefined;
      if (waiting.size > 0 && flush()) coolDown();
    }, deps.debounceMs);
  }

  return {
    schedule(composer) {
      waiting.add(composer);
      if (timer !== undefined) return;
      flush();
      coolDown();
    },
    cancel() {
      if (timer !== undefined) deps.clearTimeout(timer);
      timer = undefined;
      waiting.clear();
    },
  };
}
