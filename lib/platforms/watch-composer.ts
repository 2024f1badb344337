import type { ContentMessage } from '../messaging/protocol';
import { createBadge, type Badge } from './badge';
import { badgeLabel, createBadgeFigures, type BadgeFigures } from './badge-figures';
import { eventOrigin } from './deep-dom';
import { closestOf } from './generic';
import { createComposerStatus } from './composer-status';
import { createComposerTracker } from './composer-tracker';
import { createPublishCapture } from './publish-capture';
import { createReadScheduler } from './read-scheduler';
import { createRescans } from './rescans';
import { textBoxOf } from './text-box';
import type { ComposerSnapshot, PlatformAdapter, PlatformId } from './types';

export type { ContentMessage };

/** The part of WXT's ContentScriptContext the watcher needs (so tests can pass a small stand-in). */
export interface WatchContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
}

/** How a content script talks to the rest of Rostrum (browser-backed in send.ts, fakes in tests). */
export interface ContentChannel {
  send(message: ContentMessage): void;
  /** What the background tells this tab (the badge's figures); returns an unsubscribe. */
  onMessage?(handler: (message: unknown) => void): () => void;
  /** Calls back with whether the badge may show on this site now and on every change. */
  watchBadgeSetting?(platform: PlatformId, onChange: (shown: boolean) => void): () => void;
  /**
   * Calls back with whether Rostrum is on for this site now and on every change (Settings → Sites).
   * Without it the watcher is always on.
   */
  watchSiteSetting?(platform: PlatformId, onChange: (on: boolean) => void): () => void;
  /** A localised string (browser.i18n). */
  label?(key: string, subs?: string[]): string;
}

export interface WatchOptions extends ContentChannel {
  /** Least time between two reads of a composer while it keeps changing (ms). */
  debounceMs?: number;
  /** How long a compose page may take to render its composer before we call the layout changed (ms). */
  layoutGraceMs?: number;
  /** How long after a post button click the site has to clear or close the composer (ms). */
  publishTimeoutMs?: number;
  /** How long the badge keeps figures the panel has not confirmed for the latest text (ms). */
  staleBadgeMs?: number;
  /**
   * Whether an event is a real user action; only those capture a post, so a page script's synthetic
   * click or key press never logs one. Tests with synthetic events stand in for the browser here.
   */
  isTrusted?: (event: Event) => boolean;
  /**
   * Whether the user has just acted on the page (pressed a key, clicked): a focus a page script gives
   * is trusted too, so only this tells the user's own focus from it. Tests stand in for the browser.
   */
  userActive?: () => boolean;
  document?: Document;
}

/**
 * The content-script runtime every site shares: finds the site's composers, reads the one being
 * written in whenever it changes (at once, then at most every `debounceMs` while typing goes on; no
 * polling), reports whether a composer is on the page, notices a post being published, and shows the
 * in-page badge. It only reads: nothing is ever written into the page's editor, and no error of its
 * own ever reaches the page.
 */
export function watchComposers(ctx: WatchContext, adapter: PlatformAdapter, options: WatchOptions): void {
  const doc = options.document ?? document;
  const debounceMs = options.debounceMs ?? 40;
  const layoutGraceMs = options.layoutGraceMs ?? 4000;
  const publishTimeoutMs = options.publishTimeoutMs ?? 5000;
  const staleBadgeMs = options.staleBadgeMs ?? 1500;
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const userActive =
    options.userActive ??
    (() => (doc.defaultView?.navigator.userActivation as UserActivation | undefined)?.isActive ?? true);
  const composerIds = new WeakMap<HTMLElement, string>();
  let lastSent = new WeakMap<HTMLElement, { key: string; at: number }>();
  let active: HTMLElement | null = null;
  let nextId = 0;
  let badge: Badge | null = null;
  let figures: BadgeFigures | null = null;
  /** False while Rostrum is switched off on this site (or not known yet): nothing is observed or read. */
  let running = false;
  let siteOn: boolean | undefined;

  const url = () => doc.location?.href ?? '';
  const idOf = (el: HTMLElement) => {
    let id = composerIds.get(el);
    if (!id) composerIds.set(el, (id = `c${++nextId}`));
    return id;
  };

  /** Runs page-triggered work (only while on) so that nothing of ours ever throws into the page. */
  function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      if (ctx.isInvalid || !running) return;
      try {
        fn(...args);
      } catch {
        // A page we do not understand is skipped, never broken.
      }
    };
  }

  function safeSend(message: ContentMessage) {
    if (ctx.isInvalid) return;
    try {
      options.send(message);
    } catch {
      // The extension was updated or reloaded under us; ctx invalidation stops the watcher.
    }
  }

  function safeRead(composer: HTMLElement): ComposerSnapshot | null {
    try {
      return adapter.read(composer);
    } catch {
      return null;
    }
  }

  const status = createComposerStatus({
    platform: adapter.id,
    url,
    send: safeSend,
    composers: () => tracker.composers.length,
    expectsComposer: (at) => adapter.expectsComposer(at),
    setTimeout: (handler, ms) => ctx.setTimeout(guard(handler), ms),
    clearTimeout: (id) => clearTimeout(id),
    graceMs: layoutGraceMs,
  });

  /** Reads a composer and sends its draft if it changed (or `force`); true when it sent. */
  function sendDraft(composer: HTMLElement, force = false): boolean {
    const snapshot = safeRead(composer);
    if (!snapshot) return false;
    const key = JSON.stringify(snapshot);
    if (!force && lastSent.get(composer)?.key === key) return false;
    const at = Date.now();
    lastSent.set(composer, { key, at });
    safeSend({
      type: 'cs:draft-changed',
      platform: adapter.id,
      url: url(),
      composerId: idOf(composer),
      text: snapshot.text,
      ...(snapshot.media ? { media: snapshot.media } : {}),
      ...(snapshot.contentWarning ? { contentWarning: snapshot.contentWarning } : {}),
      at,
    });
    if (composer === active) figures?.expectFresh();
    return true;
  }

  const reads = createReadScheduler({
    setTimeout: (handler, ms) => ctx.setTimeout(guard(handler), ms),
    clearTimeout: (id) => clearTimeout(id),
    debounceMs,
    read: (composer) => sendDraft(composer),
  });
  const scheduleRead = (composer: HTMLElement) => reads.schedule(composer);

  // ---- Publish capture -------------------------------------------------------------------------

  const publishes = createPublishCapture({
    platform: adapter.id,
    later: (handler, ms) => void ctx.setTimeout(guard(handler), ms),
    read: safeRead,
    send: safeSend,
    url,
    idOf,
    timeoutMs: publishTimeoutMs,
  });

  const tracker = createComposerTracker({
    onEdit: guard((composer: HTMLElement) => {
      scheduleRead(composer);
      publishes.check(composer);
    }),
  });

  // ---- The composer being written in -----------------------------------------------------------

  function setActive(composer: HTMLElement | null) {
    if (composer === active) return;
    active = composer;
    figures?.activeChanged();
  }

  // ---- Composers on the page -------------------------------------------------------------------

  function rescan() {
    rescans.observeShadowRoots(doc);
    let found: HTMLElement[];
    try {
      found = adapter.findComposers(doc);
    } catch {
      found = [];
    }
    tracker.set(found);
    setActive(active?.isConnected ? active : (found[0] ?? null));
    if (active) scheduleRead(active);
    status.update();
    publishes.checkAll();
  }

  /** Whether an added node brings a composer with it: looks only inside that node. */
  function mayHoldEditor(node: Node): boolean {
    if (!(node instanceof Element)) return false;
    try {
      return adapter.composerFor(node) === node || adapter.findComposers(node).length > 0;
    } catch {
      return false;
    }
  }

  function composerOf(target: EventTarget | null): HTMLElement | null {
    try {
      return target instanceof Node ? adapter.composerFor(target) : null;
    } catch {
      return null;
    }
  }

  const rescans = createRescans({
    doc,
    bringsComposer: mayHoldEditor,
    holdsComposer: (node) => tracker.holdsAny(node),
    rescan,
    onChanges() {
      if (publishes.pending) publishes.checkAll();
      badge?.reposition();
    },
    onOtherChanges() {
      // Attachments (images, video) live beside the editor: re-read the active composer.
      if (active) scheduleRead(active);
    },
    guard,
    setTimeout: (handler, ms) => ctx.setTimeout(guard(handler), ms),
    clearTimeout: (id) => clearTimeout(id),
    debounceMs,
  });

  ctx.addEventListener(
    doc,
    'input',
    guard((event: Event) => {
      const target = eventOrigin(event);
      const composer = composerOf(target);
      if (composer) scheduleRead(composer);
      // A field of the composer's own form can be part of the post (Mastodon's content warning); a
      // field anywhere else (a search box) is not, and typing in it reads nothing.
      else if (target instanceof Element) {
        const form = target.closest('form');
        if (form) for (const composer of tracker.within(form)) scheduleRead(composer);
      }
    }),
    { capture: true },
  );
  /** The user writing in a box no adapter reads, while none is recognised: the layout changed. */
  function noticeUnreadBox(event: Event) {
    if (tracker.composers.length > 0 || !isTrusted(event) || !userActive()) return;
    const target = eventOrigin(event);
    if (target instanceof Node && textBoxOf(target) && !composerOf(target)) status.unreadBox();
  }

  ctx.addEventListener(
    doc,
    'focusin',
    guard((event: Event) => {
      const composer = composerOf(eventOrigin(event));
      if (!composer) {
        noticeUnreadBox(event);
        return;
      }
      if (composer === active) return;
      setActive(composer);
      if (!tracker.includes(composer)) rescan();
      sendDraft(composer, true);
    }),
    { capture: true },
  );

  // A click into a box that already had focus (the page gave it) brings no focusin.
  ctx.addEventListener(doc, 'click', guard(noticeUnreadBox), { capture: true });

  const hints = adapter.publish;
  if (hints) {
    /**
     * Whether the task running now began with the user's own click or key press. A submit event is
     * trusted even when a page script's click() or requestSubmit() caused it; one that comes in the
     * task of a real click or key press (Enter in a field of the form) is the user's.
     */
    let inUserTask = false;
    const markUserTask = (event: Event) => {
      if (!isTrusted(event) || inUserTask) return;
      inUserTask = true;
      ctx.setTimeout(() => (inUserTask = false), 0);
    };
    for (const type of ['click', 'keydown'])
      ctx.addEventListener(doc, type, guard(markUserTask), { capture: true });
    // Sites whose composer is a <form> (Mastodon's redesign) post on submit; a click on the post
    // button that also submits is the same post (publish capture keeps one per composer in flight).
    ctx.addEventListener(
      doc,
      'submit',
      guard((event: Event) => {
        const form = eventOrigin(event);
        if (!isTrusted(event) || !inUserTask || !(form instanceof Element)) return;
        for (const composer of tracker.within(form)) publishes.capture(composer);
      }),
      { capture: true },
    );
    // Capture phase: we read the text before the site's own handler sends and clears it.
    ctx.addEventListener(
      doc,
      'click',
      guard((event: Event) => {
        const target = eventOrigin(event);
        if (!isTrusted(event) || !(target instanceof Element)) return;
        const button = closestOf(target, hints.buttons);
        if (!button || button.matches(':disabled') || button.getAttribute('aria-disabled') === 'true') return;
        for (const composer of tracker.around(button)) publishes.capture(composer);
      }),
      { capture: true },
    );
    if (hints.shortcut === 'mod+enter') {
      ctx.addEventListener(
        doc,
        'keydown',
        guard((event: Event) => {
          const key = event as KeyboardEvent;
          if (!isTrusted(event) || key.key !== 'Enter' || !(key.ctrlKey || key.metaKey) || key.isComposing)
            return;
          const composer = composerOf(eventOrigin(event));
          if (composer) publishes.capture(composer);
        }),
        { capture: true },
      );
    }
  }

  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard(() => {
      status.reset();
      rescan();
    }),
  );

  if (options.onMessage && options.watchBadgeSetting) {
    badge = createBadge(ctx, doc, {
      onOpen: () => safeSend({ type: 'cs:open-panel' }),
      label: badgeLabel(options.label ?? ((key: string) => key)),
    });
    const shownFigures = createBadgeFigures(badge, {
      active: () =>
        active && { composer: active, composerId: composerIds.get(active), sentAt: lastSent.get(active)?.at },
      setTimeout: (handler, ms) => ctx.setTimeout(guard(handler), ms),
      clearTimeout: (id) => clearTimeout(id),
      staleMs: staleBadgeMs,
    });
    figures = shownFigures;
    const unlisten = options.onMessage(guard((message) => shownFigures.receive(message)));
    const unwatch = options.watchBadgeSetting(adapter.id, (shown) => {
      shownFigures.setShown(shown);
      guard(shownFigures.attach)();
    });
    ctx.onInvalidated(() => {
      unlisten();
      unwatch();
    });
  }

  ctx.onInvalidated(() => {
    rescans.stop();
    tracker.clear();
    publishes.clear();
  });

  // ---- Switched on or off for this site ------------------------------------------------------

  function setOn(on: boolean) {
    if (ctx.isInvalid || on === siteOn) return;
    siteOn = running = on;
    if (on) {
      status.reset();
      rescans.start();
      guard(rescan)();
      return;
    }
    // Off: let go of the page (observers, timers, badge, drafts in flight) and say so.
    rescans.stop();
    tracker.clear();
    reads.cancel();
    figures?.cancel();
    lastSent = new WeakMap();
    publishes.clear();
    setActive(null);
    status.reset();
    status.report('site-off');
  }

  // Nothing is read before the setting is known; a failed read counts as on (send.ts).
  if (options.watchSiteSetting) ctx.onInvalidated(options.watchSiteSetting(adapter.id, setOn));
  else setOn(true);
}
