import type { ComposerStatus, ContentMessage } from '../messaging/protocol';
import type { PlatformId } from './types';

/** What the status reporter needs from the watcher around it. */
export interface ComposerStatusDeps {
  platform: PlatformId;
  url(): string;
  send(message: ContentMessage): void;
  /** How many composers the watcher tracks now. */
  composers(): number;
  /** Whether the site shows a composer at `url` on load (adapter.expectsComposer). */
  expectsComposer(url: URL): boolean;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** How long a compose page may take to render its composer before we call the layout changed (ms). */
  graceMs: number;
}

export interface ComposerStatusReporter {
  /** Says what the page holds now: a composer, none, or (after the grace time) a changed layout. */
  update(): void;
  /**
   * The user went into a text box no adapter reads while no composer is recognised: the layout
   * changed, whatever the address, until a composer is found or the page changes.
   */
  unreadBox(): void;
  /** Says `status` (e.g. site-off), once per status, composer count and address. */
  report(status: ComposerStatus): void;
  /** Forgets what was said and drops the grace timer, so the next status is said again. */
  reset(): void;
}

/**
 * Whether a composer is on the page, told to the background only when it changes. A page where the
 * site shows a composer on load and none is recognised is a changed layout, once a single-page app
 * has had `graceMs` to render it; so is any page where the user writes in a box Rostrum cannot read.
 */
export function createComposerStatus(deps: ComposerStatusDeps): ComposerStatusReporter {
  let lastSaid = '';
  let graceTimer: number | undefined;
  /** Whether the user went into a text box Rostrum cannot read on this page (see `unreadBox`). */
  let unreadBoxSeen = false;

  function report(status: ComposerStatus) {
    const composers = deps.composers();
    const url = deps.url();
    const key = `${status}|${composers}|${url}`;
    if (key === lastSaid) return;
    lastSaid = key;
    deps.send({ type: 'cs:status-changed', platform: deps.platform, url, status, composers, at: Date.now() });
  }

  function cancelGrace() {
    if (graceTimer !== undefined) deps.clearTimeout(graceTimer);
    graceTimer = undefined;
  }

  function update() {
    if (deps.composers() > 0) {
      cancelGrace();
      unreadBoxSeen = false;
      report('composer');
      return;
    }
    if (unreadBoxSeen) {
      cancelGrace();
      report('layout-changed');
      return;
    }
    let expected = false;
    try {
      expected = deps.expectsComposer(new URL(deps.url()));
    } catch {
      expected = false;
    }
    if (!expected) {
      report('no-composer');
      return;
    }
    if (graceTimer !== undefined) return;
    graceTimer = deps.setTimeout(() => {
      graceTimer = undefined;
      if (deps.composers() === 0) report('layout-changed');
    }, deps.graceMs);
  }

  return {
    report,
    update,
    unreadBox() {
      unreadBoxSeen = true;
      update();
    },
    reset() {
      cancelGrace();
      unreadBoxSeen = false;
      lastSaid = '';
    },
  };
}
