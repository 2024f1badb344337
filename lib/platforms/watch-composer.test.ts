/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchComposers, type ContentMessage } from './watch-composer';
import { xAdapter } from './x';
import { fakeContext, setUrl } from './__fixtures__/watch-context';

function draftComposer(id = 0): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('role', 'textbox');
  el.setAttribute('data-testid', `tweetTextarea_${id}`);
  el.innerHTML =
    '<div data-contents="true"><div data-block="true"><span data-text="true"></span></div></div>';
  return el;
}

function typeInto(composer: HTMLElement, lines: string[]) {
  composer.querySelector('[data-contents]')!.innerHTML = lines
    .map((l) => `<div data-block="true"><span data-text="true">${l}</span></div>`)
    .join('');
}

const flush = () => vi.advanceTimersByTimeAsync(200);

/** happy-dom's own way to move the page to another address (history cannot change the origin). */
describe('watchComposers', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    setUrl('https://x.com/home');
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  it('reports the composer and sends the draft with its line breaks when the editor changes', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m) });
    await flush();
    expect(sent.find((m) => m.type === 'cs:status-changed')).toMatchObject({
      status: 'composer',
      composers: 1,
    });

    typeInto(composer, ['Hello', 'World']);
    await flush();
    const drafts = sent.filter((m) => m.type === 'cs:draft-changed');
    expect(drafts.at(-1)).toMatchObject({ platform: 'x', text: 'Hello\nWorld', url: 'https://x.com/home' });
  });

  it('reads at once after a quiet spell, then at most once per interval, and skips unchanged text', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m), debounceMs: 120 });
    await flush();
    sent.length = 0;
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      typeInto(composer, [text]);
      await vi.advanceTimersByTimeAsync(20);
    }
    await flush();
    // The first keystroke goes out at once (no waiting), the burst's end once it settles.
    expect(
      sent.filter((m) => m.type === 'cs:draft-changed').map((m) => m.type === 'cs:draft-changed' && m.text),
    ).toEqual(['H', 'Hello']);
    composer.setAttribute('data-unrelated', '1');
    await flush();
    expect(sent.filter((m) => m.type === 'cs:draft-changed')).toHaveLength(2);
  });

  it('sends the first change after a quiet spell without waiting for a timer', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m) });
    await flush();
    sent.length = 0;
    typeInto(composer, ['Now']);
    // Only the mutation observer's microtask: no timer has run.
    await Promise.resolve();
    await Promise.resolve();
    expect(
      sent.filter((m) => m.type === 'cs:draft-changed').map((m) => m.type === 'cs:draft-changed' && m.text),
    ).toEqual(['Now']);
  });

  it('follows a composer that appears later (a reply dialog) and the one that has focus', async () => {
    const main = draftComposer(0);
    document.body.append(main);
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m) });
    await flush();
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const reply = draftComposer(0);
    dialog.append(reply);
    document.body.append(dialog);
    await flush();
    expect(sent.filter((m) => m.type === 'cs:status-changed').at(-1)).toMatchObject({ composers: 2 });
    reply.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    typeInto(reply, ['A reply']);
    await flush();
    const last = sent.filter((m) => m.type === 'cs:draft-changed').at(-1);
    expect(last).toMatchObject({ text: 'A reply' });
    const mainId = sent.find((m) => m.type === 'cs:draft-changed' && m.text === '');
    expect(last && last.type === 'cs:draft-changed' && last.composerId).not.toBe(
      mainId && mainId.type === 'cs:draft-changed' && mainId.composerId,
    );
  });

  it('says "no composer" on a page that has none, and "layout changed" where one was expected', async () => {
    setUrl('https://x.com/explore');
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m), layoutGraceMs: 1000 });
    await flush();
    expect(sent.at(-1)).toMatchObject({ type: 'cs:status-changed', status: 'no-composer' });

    const ctx2 = fakeContext();
    sent = [];
    setUrl('https://x.com/home');
    watchComposers(ctx2, xAdapter, { send: (m) => sent.push(m), layoutGraceMs: 1000 });
    await flush();
    expect(sent.some((m) => m.type === 'cs:status-changed' && m.status === 'layout-changed')).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.at(-1)).toMatchObject({ type: 'cs:status-changed', status: 'layout-changed' });
    ctx2.invalidate();
  });

  it('stops sending once the extension context is invalidated', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m) });
    await flush();
    ctx.invalidate();
    sent.length = 0;
    typeInto(composer, ['after update']);
    await flush();
    expect(sent).toEqual([]);
  });

  it('never lets an adapter error reach the page', async () => {
    const broken = {
      ...xAdapter,
      findComposers: () => {
        throw new Error('selector broke');
      },
    };
    expect(() => watchComposers(ctx, broken, { send: (m) => sent.push(m) })).not.toThrow();
    await flush();
  });
});

/** An X-like composer box: the Draft.js editor and its post button, with the site's publish logic. */
function composerBox(options: { fail?: boolean; delayMs?: number; closeOnPost?: boolean } = {}) {
  const box = document.createElement('div');
  const editor = draftComposer();
  const button = document.createElement('button');
  button.setAttribute('data-testid', 'tweetButtonInline');
  let sending = false;
  // The site's own handler, registered on the button (it runs after our capture-phase listener).
  button.addEventListener('click', () => {
    if (sending) return;
    sending = true;
    setTimeout(() => {
      sending = false;
      if (options.fail) return;
      if (options.closeOnPost) box.remove();
      else typeInto(editor, ['']);
    }, options.delayMs ?? 50);
  });
  box.append(editor, button);
  document.body.append(box);
  return { box, editor, button };
}

const published = (messages: ContentMessage[]) => messages.filter((m) => m.type === 'cs:published');

describe('publish capture', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    setUrl('https://x.com/home');
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  // happy-dom's events are all untrusted: these tests stand in for a browser where they are the user's.
  const start = () => watchComposers(ctx, xAdapter, { send: (m) => sent.push(m), isTrusted: () => true });

  it('sends the text as it was at the click, once the site clears the composer', async () => {
    const { editor, button } = composerBox();
    start();
    typeInto(editor, ['Vote today', 'parliament.example']);
    await flush();
    button.click();
    expect(published(sent)).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(published(sent)).toEqual([
      expect.objectContaining({
        type: 'cs:published',
        platform: 'x',
        url: 'https://x.com/home',
        text: 'Vote today\nparliament.example',
      }),
    ]);
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent)).toHaveLength(1);
  });

  it('sends one message for a double click', async () => {
    const { editor, button } = composerBox();
    start();
    typeInto(editor, ['Twice?']);
    await flush();
    button.click();
    button.click();
    await vi.advanceTimersByTimeAsync(10);
    button.click();
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent).map((m) => m.type === 'cs:published' && m.text)).toEqual(['Twice?']);
  });

  it('sends nothing when publishing fails and the text stays', async () => {
    const { editor, button } = composerBox({ fail: true });
    start();
    typeInto(editor, ['Will fail']);
    await flush();
    button.click();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(published(sent)).toEqual([]);
  });

  it('after a failure, a retry that works is one post with the text of the retry', async () => {
    const site = composerBox({ fail: true });
    start();
    typeInto(site.editor, ['First try']);
    await flush();
    site.button.click();
    await vi.advanceTimersByTimeAsync(200);
    typeInto(site.editor, ['Second try']);
    await flush();
    // The site now works: the next click clears the composer.
    site.button.addEventListener('click', () => setTimeout(() => typeInto(site.editor, ['']), 30));
    site.button.click();
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent).map((m) => m.type === 'cs:published' && m.text)).toEqual(['Second try']);
  });

  it('counts a composer that closes (a dialog) as published', async () => {
    const { editor, button } = composerBox({ closeOnPost: true });
    start();
    typeInto(editor, ['From the dialog']);
    await flush();
    button.click();
    await vi.advanceTimersByTimeAsync(200);
    expect(published(sent).map((m) => m.type === 'cs:published' && m.text)).toEqual(['From the dialog']);
  });

  it('notices Ctrl+Enter and Cmd+Enter in the composer, not a plain Enter', async () => {
    const { editor } = composerBox();
    start();
    typeInto(editor, ['By keyboard']);
    await flush();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    typeInto(editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent)).toEqual([]);

    typeInto(editor, ['By keyboard']);
    await flush();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    typeInto(editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent).map((m) => m.type === 'cs:published' && m.text)).toEqual(['By keyboard']);
  });

  it('ignores a disabled post button and an empty composer', async () => {
    const { editor, button } = composerBox();
    start();
    button.click();
    await vi.advanceTimersByTimeAsync(6000);
    typeInto(editor, ['Ready']);
    await flush();
    button.setAttribute('aria-disabled', 'true');
    button.click();
    typeInto(editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent)).toEqual([]);
  });

  it('ties a post button to the composer in its own box, not to another one on the page', async () => {
    const main = composerBox();
    const reply = composerBox();
    start();
    await flush();
    typeInto(main.editor, ['Main text']);
    typeInto(reply.editor, ['Reply text']);
    await flush();
    reply.button.click();
    // The main box empties meanwhile (the user cleared it): it was not being published.
    typeInto(main.editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(published(sent).map((m) => m.type === 'cs:published' && m.text)).toEqual(['Reply text']);
  });
});

describe('publish capture of trusted actions only', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  /** The events the (stand-in) browser marks as the user's; every other one is a page script's. */
  let userEvents: WeakSet<Event>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    setUrl('https://x.com/home');
    sent = [];
    ctx = fakeContext();
    userEvents = new WeakSet();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  const start = () =>
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m), isTrusted: (event) => userEvents.has(event) });
  const userDispatch = (target: EventTarget, event: Event) => {
    userEvents.add(event);
    target.dispatchEvent(event);
  };
  const texts = () => published(sent).map((m) => m.type === 'cs:published' && m.text);

  it("ignores a page script's click on the post button, and captures the user's", async () => {
    const { editor, button } = composerBox();
    start();
    typeInto(editor, ['Sent by a script']);
    await flush();
    button.click();
    await vi.advanceTimersByTimeAsync(6000);
    // The site's handler ran and cleared the composer, yet no post is counted.
    expect(editor.textContent).toBe('');
    expect(texts()).toEqual([]);

    typeInto(editor, ['Sent by the user']);
    await flush();
    userDispatch(button, new MouseEvent('click', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(6000);
    expect(texts()).toEqual(['Sent by the user']);
  });

  it("ignores a page script's Ctrl+Enter in the composer, and captures the user's", async () => {
    const { editor } = composerBox();
    start();
    typeInto(editor, ['Script shortcut']);
    await flush();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    typeInto(editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(texts()).toEqual([]);

    typeInto(editor, ['User shortcut']);
    await flush();
    userDispatch(editor, new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    typeInto(editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(texts()).toEqual(['User shortcut']);
  });

  it("trusts the browser's own isTrusted flag by default", async () => {
    const { editor, button } = composerBox();
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m) });
    typeInto(editor, ['Untrusted by default']);
    await flush();
    // A script-made event is never trusted (happy-dom leaves the flag unset).
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    typeInto(editor, ['']);
    await vi.advanceTimersByTimeAsync(6000);
    expect(texts()).toEqual([]);
  });
});

describe('health', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    setUrl('https://x.com/home');
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  it('says "layout changed" when the composer vanishes from a page that should have one', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    watchComposers(ctx, xAdapter, { send: (m) => sent.push(m), layoutGraceMs: 1000 });
    await flush();
    expect(sent.filter((m) => m.type === 'cs:status-changed').at(-1)).toMatchObject({ status: 'composer' });
    composer.remove();
    await flush();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.filter((m) => m.type === 'cs:status-changed').at(-1)).toMatchObject({
      status: 'layout-changed',
      composers: 0,
    });
    // It comes back (the site re-rendered): the panel follows again.
    document.body.append(draftComposer());
    await flush();
    expect(sent.filter((m) => m.type === 'cs:status-changed').at(-1)).toMatchObject({ status: 'composer' });
  });

  it('lets no error of an adapter or of sending reach the page, whatever the page does', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const boom = () => {
      throw new Error('broken');
    };
    const broken = { ...xAdapter, read: boom, composerFor: boom, findComposers: boom, expectsComposer: boom };
    const { editor, button } = composerBox();
    expect(() =>
      watchComposers(ctx, broken, {
        send: () => {
          throw new Error('context invalidated');
        },
        isTrusted: () => true,
      }),
    ).not.toThrow();
    expect(() => {
      typeInto(editor, ['text']);
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      button.click();
      document.body.append(draftComposer());
    }).not.toThrow();
    await vi.advanceTimersByTimeAsync(10_000);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});

describe('in-page badge', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  let deliver: (message: unknown) => void;
  let setShown: (shown: boolean) => void;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    document.querySelectorAll('rostrum-badge').forEach((el) => el.remove());
    setUrl('https://x.com/home');
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  function start(shown = true) {
    const shadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    watchComposers(ctx, xAdapter, {
      send: (m) => sent.push(m),
      onMessage: (handler) => {
        deliver = handler;
        return () => undefined;
      },
      watchBadgeSetting: (_platform, onChange) => {
        setShown = onChange;
        onChange(shown);
        return () => undefined;
      },
      label: (key, subs) => [key, ...(subs ?? [])].join(' '),
    });
    /** The badge's button, inside its closed shadow root. */
    return () => (shadow.mock.results.at(-1)?.value as ShadowRoot | undefined)?.querySelector('button');
  }

  const lastDraft = () => {
    const draft = sent.filter((m) => m.type === 'cs:draft-changed').at(-1);
    if (draft?.type !== 'cs:draft-changed') throw new Error('no draft sent');
    return draft;
  };

  it('shows beside the active composer, outside it, and shows the figures for the latest text', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    const button = start();
    await flush();
    const host = document.querySelector('rostrum-badge');
    expect(host).not.toBeNull();
    expect(composer.contains(host)).toBe(false);
    expect(document.body.contains(host)).toBe(false);
    expect(button()?.textContent).toBe('R');

    typeInto(composer, ['Some text']);
    await flush();
    const draft = lastDraft();
    deliver({
      type: 'bg:badge',
      composerId: draft.composerId,
      draftAt: draft.at,
      count: 3,
      worst: 'warning',
    });
    expect(button()?.textContent).toBe('3');
    expect(button()?.dataset.severity).toBe('warning');
    expect(button()?.getAttribute('aria-label')).toBe('publish_badgeCount 3 publish_severity_warning');

    // Figures about older text are not shown as if they were about this one.
    deliver({
      type: 'bg:badge',
      composerId: draft.composerId,
      draftAt: draft.at - 1,
      count: 9,
      worst: 'error',
    });
    expect(button()?.textContent).toBe('3');
  });

  it('drops figures the panel does not confirm for newer text (the panel is closed)', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    const button = start();
    typeInto(composer, ['One']);
    await flush();
    const first = lastDraft();
    deliver({ type: 'bg:badge', composerId: first.composerId, draftAt: first.at, count: 1, worst: 'info' });
    expect(button()?.textContent).toBe('1');
    await vi.advanceTimersByTimeAsync(500);
    typeInto(composer, ['One two']);
    await vi.advanceTimersByTimeAsync(3000);
    expect(button()?.textContent).toBe('R');
  });

  it('asks the background to open the panel when clicked, and keeps focus where it was', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    const button = start();
    await flush();
    composer.focus();
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button()!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    button()!.click();
    expect(sent.at(-1)).toEqual({ type: 'cs:open-panel' });
    expect(button()!.tabIndex).toBe(-1);
  });

  it('is not there when switched off for the site, and goes when switched off', async () => {
    document.body.append(draftComposer());
    start(false);
    await flush();
    expect(document.querySelector('rostrum-badge')).toBeNull();
    setShown(true);
    expect(document.querySelector('rostrum-badge')).not.toBeNull();
    setShown(false);
    expect(document.querySelector('rostrum-badge')).toBeNull();
  });

  it('goes with the composer, and with the content script', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    start();
    await flush();
    expect(document.querySelector('rostrum-badge')).not.toBeNull();
    composer.remove();
    await flush();
    expect(document.querySelector('rostrum-badge')).toBeNull();
    document.body.append(draftComposer());
    await flush();
    expect(document.querySelector('rostrum-badge')).not.toBeNull();
    ctx.invalidate();
    expect(document.querySelector('rostrum-badge')).toBeNull();
  });
});

describe('switched off on a site (Settings → Sites)', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  let setOn: (on: boolean) => void;
  let unwatched: boolean;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    document.querySelectorAll('rostrum-badge').forEach((el) => el.remove());
    setUrl('https://x.com/home');
    sent = [];
    unwatched = false;
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  /** Starts the watcher with a spy on the adapter's reads; `on` undefined: the setting is not known yet. */
  function start(on?: boolean) {
    const read = vi.fn(xAdapter.read);
    const findComposers = vi.fn(xAdapter.findComposers);
    watchComposers(
      ctx,
      { ...xAdapter, read, findComposers },
      {
        send: (m) => sent.push(m),
        onMessage: () => () => undefined,
        watchBadgeSetting: (_platform, onChange) => {
          onChange(true);
          return () => undefined;
        },
        watchSiteSetting: (platform, onChange) => {
          expect(platform).toBe('x');
          setOn = onChange;
          if (on !== undefined) onChange(on);
          return () => (unwatched = true);
        },
      },
    );
    return { read, findComposers };
  }

  const drafts = () => sent.filter((m) => m.type === 'cs:draft-changed');
  const statuses = () => sent.flatMap((m) => (m.type === 'cs:status-changed' ? [m.status] : []));

  it('reads nothing until the setting is known', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    const { read, findComposers } = start();
    typeInto(composer, ['Early']);
    await flush();
    expect(read).not.toHaveBeenCalled();
    expect(findComposers).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    setOn(true);
    await flush();
    expect(statuses()).toEqual(['composer']);
    expect(drafts().at(-1)).toMatchObject({ text: 'Early' });
  });

  it('when off: says so, watches nothing, reads nothing, shows no badge', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    const { read, findComposers } = start(false);
    await flush();
    expect(sent).toEqual([
      expect.objectContaining({ type: 'cs:status-changed', platform: 'x', status: 'site-off', composers: 0 }),
    ]);
    typeInto(composer, ['Secret']);
    composer.dispatchEvent(new Event('input', { bubbles: true }));
    composer.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    document.body.append(draftComposer(1));
    window.dispatchEvent(new Event('wxt:locationchange'));
    await flush();
    expect(read).not.toHaveBeenCalled();
    expect(findComposers).not.toHaveBeenCalled();
    expect(drafts()).toEqual([]);
    expect(document.querySelector('rostrum-badge')).toBeNull();
  });

  it('stops at once when switched off, and starts again (with the current text) when switched on', async () => {
    const composer = draftComposer();
    document.body.append(composer);
    const { read } = start(true);
    typeInto(composer, ['Before']);
    await flush();
    expect(drafts().at(-1)).toMatchObject({ text: 'Before' });
    expect(document.querySelector('rostrum-badge')).not.toBeNull();

    setOn(false);
    expect(statuses().at(-1)).toBe('site-off');
    expect(document.querySelector('rostrum-badge')).toBeNull();
    const reads = read.mock.calls.length;
    const sentBefore = sent.length;
    typeInto(composer, ['During']);
    await flush();
    expect(read).toHaveBeenCalledTimes(reads);
    expect(sent).toHaveLength(sentBefore);

    // Switched on again: the text is read and sent even though it did not change since.
    setOn(true);
    await flush();
    expect(statuses().at(-1)).toBe('composer');
    expect(drafts().at(-1)).toMatchObject({ text: 'During' });
    expect(document.querySelector('rostrum-badge')).not.toBeNull();
    typeInto(composer, ['After']);
    await flush();
    expect(drafts().at(-1)).toMatchObject({ text: 'After' });
  });

  it('a repeated answer changes nothing, and the watch ends with the content script', async () => {
    document.body.append(draftComposer());
    start(false);
    setOn(false);
    await flush();
    expect(statuses()).toEqual(['site-off']);
    ctx.invalidate();
    expect(unwatched).toBe(true);
    setOn(true);
    await flush();
    expect(statuses()).toEqual(['site-off']);
  });
});
