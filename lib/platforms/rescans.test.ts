/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRescans } from './rescans';

describe('createRescans', () => {
  let log: string[];
  let composers: Set<Element>;
  let rescans: ReturnType<typeof createRescans>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main></main>';
    log = [];
    composers = new Set();
    rescans = createRescans({
      doc: document,
      bringsComposer: (node) => node instanceof Element && node.matches('[data-composer]'),
      holdsComposer: (node) => [...composers].some((c) => node.contains(c)),
      rescan: () => log.push('rescan'),
      onChanges: () => log.push('changes'),
      onOtherChanges: () => log.push('other'),
      guard: (fn) => fn,
      setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
      debounceMs: 50,
    });
    rescans.start();
  });
  afterEach(() => {
    rescans.stop();
    vi.useRealTimers();
  });

  const add = (html: string, parent: ParentNode = document.querySelector('main')!) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    parent.append(el.firstElementChild!);
  };

  it('rescans once after a burst of changes that brings composers', async () => {
    add('<div data-composer></div>');
    await vi.advanceTimersByTimeAsync(10);
    add('<div data-composer></div>');
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['changes', 'changes', 'rescan']);
  });

  it('rescans when a tracked composer goes, and only tells other changes otherwise', async () => {
    add('<section><div id="c"></div></section>');
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['changes', 'other']);
    composers.add(document.getElementById('c')!);
    document.querySelector('section')!.remove();
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['changes', 'other', 'changes', 'rescan']);
  });

  it('sees into an open shadow root that was added', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.querySelector('main')!.append(host);
    await vi.advanceTimersByTimeAsync(100);
    log.length = 0;
    add('<div data-composer></div>', root);
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['changes', 'rescan']);
  });

  it('stop drops the rescan on its way and watches nothing more', async () => {
    add('<div data-composer></div>');
    await vi.advanceTimersByTimeAsync(10);
    rescans.stop();
    add('<div data-composer></div>');
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['changes']);
  });
});
