/** Severity of the worst finding, as the panel's analysis rates it. */
export type BadgeSeverity = 'error' | 'warning' | 'info';

/** What the badge shows: the number of findings and the worst one's severity. */
export interface BadgeSummary {
  count: number;
  worst: BadgeSeverity | null;
}

/** The part of WXT's ContentScriptContext the badge needs. */
export interface BadgeContext {
  onInvalidated(cb: () => void): () => void;
}

export interface BadgeOptions {
  /** The user clicked the badge: open the side panel. */
  onOpen(): void;
  /** The badge's accessible name and tooltip; null summary = no analysis of the current text yet. */
  label(summary: BadgeSummary | null): string;
}

export interface Badge {
  /** Shows the badge beside `anchor` (the active composer), or hides it (null). */
  attach(anchor: HTMLElement | null): void;
  /** The figures to show; null shows Rostrum's plain mark. */
  setSummary(summary: BadgeSummary | null): void;
  /** Moves the badge after the page changed around the composer (coalesced into one frame). */
  reposition(): void;
  /** The element Rostrum adds to the page (for tests); null while hidden. */
  readonly host: HTMLElement | null;
}

const SIZE = 22;
const GAP = 6;
const COLOURS: Record<BadgeSeverity | 'none' | 'clear', string> = {
  error: '#b3261e',
  warning: '#8a5300',
  info: '#0b57d0',
  clear: '#146c2e',
  none: '#5f6368',
};

// The host resets every inherited style, so the page's CSS reaches neither in nor out.
const CSS = `:host{all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646}
button{position:absolute;box-sizing:border-box;min-width:${SIZE}px;height:${SIZE}px;padding:0 6px;border:2px solid #fff;border-radius:${SIZE}px;font:700 12px/1 system-ui,sans-serif;color:#fff;cursor:pointer;box-shadow:0 1px 3px #0006;display:flex;align-items:center;justify-content:center}`;

/**
 * Rostrum's small in-page badge: beside the active composer (never inside it), in a closed shadow
 * root, positioned from the composer's bounding box with fixed positioning so it never moves the page's
 * layout or scroll height. It never takes focus (mousedown is cancelled), so the caret stays in the
 * editor. Scroll, resize and size changes are listened to only while it is shown, and coalesced into
 * one animation frame.
 */
export function createBadge(ctx: BadgeContext, doc: Document, options: BadgeOptions): Badge {
  const win = doc.defaultView ?? window;
  let host: HTMLElement | null = null;
  let button: HTMLButtonElement | null = null;
  let anchor: HTMLElement | null = null;
  let summary: BadgeSummary | null = null;
  let frame = 0;
  let listening: AbortController | null = null;
  let resizeObserver: ResizeObserver | null = null;

  function build(): HTMLButtonElement {
    host = doc.createElement('rostrum-badge');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const el = doc.createElement('button');
    el.type = 'button';
    el.tabIndex = -1;
    // Keeps focus (and the caret) in the site's editor.
    el.addEventListener('mousedown', (event) => event.preventDefault());
    el.addEventListener('click', (event) => {
      event.stopPropagation();
      options.onOpen();
    });
    root.append(style, el);
    // Outside <body>: the page's own layout never sees it.
    doc.documentElement.append(host);
    return el;
  }

  function render() {
    if (!button) return;
    const key = !summary ? 'none' : summary.count === 0 ? 'clear' : (summary.worst ?? 'info');
    button.textContent = !summary ? 'R' : summary.count === 0 ? '✓' : String(Math.min(summary.count, 99));
    button.style.background = COLOURS[key] ?? COLOURS.info;
    const label = options.label(summary);
    button.setAttribute('aria-label', label);
    button.title = label;
    button.dataset.severity = key;
  }

  function place() {
    frame = 0;
    if (!anchor || !button) return;
    const rect = anchor.getBoundingClientRect();
    const visible = anchor.isConnected && rect.width > 0 && rect.height > 0;
    button.style.display = visible ? 'flex' : 'none';
    if (!visible) return;
    const width = button.offsetWidth || SIZE;
    // Right of the composer's bottom corner; where there is no room, just under that corner.
    let x = rect.right + GAP;
    let y = rect.bottom - SIZE;
    if (x + width > win.innerWidth) {
      x = rect.right - width;
      y = rect.bottom + GAP;
    }
    x = Math.max(0, Math.min(x, win.innerWidth - width));
    y = Math.max(0, Math.min(y, win.innerHeight - SIZE));
    button.style.transform = `translate(${Math.round(x)}px,${Math.round(y)}px)`;
  }

  function reposition() {
    if (!anchor || frame) return;
    frame = win.requestAnimationFrame(place);
  }

  function stopListening() {
    listening?.abort();
    listening = null;
    resizeObserver?.disconnect();
    resizeObserver = null;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
  }

  function attach(next: HTMLElement | null) {
    if (next === anchor) return;
    stopListening();
    anchor = next;
    if (!next) {
      host?.remove();
      host = button = null;
      return;
    }
    button ??= build();
    render();
    listening = new AbortController();
    const opts = { capture: true, passive: true, signal: listening.signal };
    doc.addEventListener('scroll', reposition, opts);
    win.addEventListener('resize', reposition, opts);
    if (typeof ResizeObserver === 'function') {
      resizeObserver = new ResizeObserver(reposition);
      resizeObserver.observe(next);
    }
    place();
  }

  ctx.onInvalidated(() => attach(null));

  return {
    attach,
    setSummary(next) {
      summary = next;
      render();
      reposition();
    },
    reposition,
    get host() {
      return host;
    },
  };
}
