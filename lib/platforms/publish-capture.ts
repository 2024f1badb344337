import type { ContentMessage } from '../messaging/protocol';
import type { ComposerSnapshot, PlatformId } from './types';

/** What publish capture needs from the watcher around it. */
export interface PublishCaptureDeps {
  platform: PlatformId;
  /** Runs `handler` after `ms` (the watcher guards it: nothing throws into the page). */
  later(handler: () => void, ms: number): void;
  /** The composer's draft now, or null when it cannot be read. */
  read(composer: HTMLElement): ComposerSnapshot | null;
  send(message: ContentMessage): void;
  url(): string;
  idOf(composer: HTMLElement): string;
  /** How long after the click the site has to clear or close the composer (ms). */
  timeoutMs: number;
}

export interface PublishCapture {
  /** The post button was pressed (or the shortcut): keep the draft as it is at this moment. */
  capture(composer: HTMLElement): void;
  /** Looks whether the site has confirmed the publish `composer` has in flight, if any. */
  check(composer: HTMLElement): void;
  /** Looks at every publish in flight (after the page changed). */
  checkAll(): void;
  isPending(composer: HTMLElement): boolean;
  /** Whether any publish is in flight. */
  readonly pending: boolean;
  /** Forgets every publish in flight (Rostrum switched off, or the extension went away). */
  clear(): void;
}

/** Times (ms after the click) to look again whether a publish went through, on top of DOM changes. */
const PUBLISH_CHECKS = [150, 400, 1000, 2000, 3500];

export function isEmptySnapshot(snapshot: ComposerSnapshot | null): boolean {
  if (!snapshot) return true;
  const m = snapshot.media;
  return snapshot.text.trim() === '' && (!m || m.images + m.videos === 0);
}

interface InFlight {
  snapshot: ComposerSnapshot;
  url: string;
  started: number;
}

/**
 * Publish capture: the text is kept at the click, and sent as published once the site confirms by
 * clearing or closing the composer within `timeoutMs`; a publish the site does not confirm in that
 * window (it failed, and the text stays) is given up, and said so.
 */
export function createPublishCapture(deps: PublishCaptureDeps): PublishCapture {
  const inFlight = new Map<HTMLElement, InFlight>();

  function check(composer: HTMLElement, last = false) {
    const publish = inFlight.get(composer);
    if (!publish) return;
    const done = !composer.isConnected || isEmptySnapshot(deps.read(composer));
    if (!done) {
      if (last || Date.now() - publish.started >= deps.timeoutMs) {
        inFlight.delete(composer);
        deps.send({ type: 'cs:publish-given-up', ...attemptOf(composer, publish) });
      }
      return;
    }
    inFlight.delete(composer);
    const { snapshot } = publish;
    deps.send({
      type: 'cs:published',
      ...attemptOf(composer, publish),
      ...(snapshot.media ? { media: snapshot.media } : {}),
      ...(snapshot.contentWarning ? { contentWarning: snapshot.contentWarning } : {}),
    });
  }

  /** What both outcomes say of the attempt: where, which composer, the text kept at the click, when. */
  function attemptOf(composer: HTMLElement, publish: InFlight) {
    return {
      platform: deps.platform,
      url: publish.url,
      composerId: deps.idOf(composer),
      text: publish.snapshot.text,
      at: Date.now(),
    };
  }

  return {
    capture(composer) {
      const snapshot = deps.read(composer);
      // An empty composer has nothing to post, or the site already cleared it (a double click).
      if (!snapshot || isEmptySnapshot(snapshot)) return;
      const current = inFlight.get(composer);
      if (current) {
        // A second click or a retry while the first is in flight: still one post, with the latest text.
        current.snapshot = snapshot;
        return;
      }
      inFlight.set(composer, { snapshot, url: deps.url(), started: Date.now() });
      for (const delay of [...PUBLISH_CHECKS, deps.timeoutMs]) {
        deps.later(() => check(composer, delay >= deps.timeoutMs), delay);
      }
    },
    check: (composer) => check(composer),
    checkAll() {
      for (const composer of Array.from(inFlight.keys())) check(composer);
    },
    isPending: (composer) => inFlight.has(composer),
    get pending() {
      return inFlight.size > 0;
    },
    clear: () => inFlight.clear(),
  };
}
