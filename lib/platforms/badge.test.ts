/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadge, type BadgeSummary } from './badge';

const live: Array<{ invalidate(): void }> = [];

function context() {
  const callbacks: Array<() => void> = [];
  const ctx = {
    onInvalidated(cb: () => void) {
      callbacks.push(cb);
      return () => undefined;
    },
    invalidate: () => callbacks.forEach((cb) => cb()),
  };
  live.push(ctx);
  return ctx;
}

function composerAt(rect: { left: number; top: number; width: number; height: number }): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  document.body.append(el);
  el.getBoundingClientRect = () =>
    ({
      ...rect,
      x: rect.left,
      y: rect.top,
      right: rect.left + rect.width,
      bottom: rect.top + rect.height,
      toJSON: () => ({}),
    }) as DOMRect;
  return el;
}

const label = (summary: BadgeSummary | null) => (summary ? `${summary.count} findings` : 'open Rostrum');

describe('createBadge', () => {
  let shadowRoots: ShadowRoot[];
  beforeEach(() => {
    document.body.innerHTML = '';
    document.querySelectorAll('rostrum-badge').forEach((el) => el.remove());
    shadowRoots = [];
    const original = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
      this: HTMLElement,
      init: ShadowRootInit,
    ) {
      const root = original.call(this, init);
      shadowRoots.push(root);
      return root;
    });
    Object.defineProperty(window, 'innerWidth', { value: 1000, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  });
  afterEach(() => {
    live.splice(0).forEach((ctx) => ctx.invalidate());
    vi.restoreAllMocks();
  });

  const button = () => shadowRoots.at(-1)?.querySelector('button') as HTMLButtonElement;

  it('sits right of the composer’s bottom corner, outside it, in a closed shadow root outside <body>', () => {
    const badge = createBadge(context(), document, { onOpen: () => undefined, label });
    const composer = composerAt({ left: 100, top: 200, width: 400, height: 60 });
    badge.attach(composer);
    expect(HTMLElement.prototype.attachShadow).toHaveBeenCalledWith({ mode: 'closed' });
    expect(badge.host?.parentElement).toBe(document.documentElement);
    expect(composer.contains(badge.host)).toBe(false);
    expect(button().style.transform).toBe('translate(506px,238px)');
    expect(button().textContent).toBe('R');
    expect(button().getAttribute('aria-label')).toBe('open Rostrum');
  });

  it('goes under the corner when there is no room on the right, and hides with an invisible composer', () => {
    const badge = createBadge(context(), document, { onOpen: () => undefined, label });
    badge.attach(composerAt({ left: 600, top: 100, width: 400, height: 50 }));
    expect(button().style.transform).toBe('translate(978px,156px)');
    badge.attach(composerAt({ left: 0, top: 0, width: 0, height: 0 }));
    expect(button().style.display).toBe('none');
  });

  it('shows the count and the worst severity', () => {
    const badge = createBadge(context(), document, { onOpen: () => undefined, label });
    badge.attach(composerAt({ left: 0, top: 0, width: 100, height: 40 }));
    badge.setSummary({ count: 4, worst: 'error' });
    expect(button().textContent).toBe('4');
    expect(button().dataset.severity).toBe('error');
    expect(button().title).toBe('4 findings');
    badge.setSummary({ count: 0, worst: null });
    expect(button().textContent).toBe('✓');
    badge.setSummary({ count: 250, worst: 'info' });
    expect(button().textContent).toBe('99');
  });

  it('opens the panel on click without taking focus', () => {
    const onOpen = vi.fn();
    const badge = createBadge(context(), document, { onOpen, label });
    const composer = composerAt({ left: 0, top: 0, width: 100, height: 40 });
    badge.attach(composer);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, composed: true });
    button().dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(button().tabIndex).toBe(-1);
    button().click();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('follows scrolling in one animation frame, and listens only while it is shown', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const badge = createBadge(context(), document, { onOpen: () => undefined, label });
    let top = 200;
    const composer = composerAt({ left: 100, top, width: 400, height: 60 });
    composer.getBoundingClientRect = () =>
      ({ left: 100, top, right: 500, bottom: top + 60, width: 400, height: 60 }) as DOMRect;
    badge.attach(composer);
    top = 50;
    document.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    expect(frames).toHaveLength(1);
    frames.shift()!(0);
    expect(button().style.transform).toBe('translate(506px,88px)');

    badge.attach(null);
    expect(badge.host).toBeNull();
    expect(document.querySelector('rostrum-badge')).toBeNull();
    document.dispatchEvent(new Event('scroll'));
    expect(frames).toHaveLength(0);
  });

  it('removes itself when the content script is invalidated', () => {
    const ctx = context();
    const badge = createBadge(ctx, document, { onOpen: () => undefined, label });
    badge.attach(composerAt({ left: 0, top: 0, width: 100, height: 40 }));
    expect(document.querySelector('rostrum-badge')).not.toBeNull();
    ctx.invalidate();
    expect(document.querySelector('rostrum-badge')).toBeNull();
  });
});
