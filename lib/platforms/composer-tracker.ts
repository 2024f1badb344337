import { composedParent, deepContains } from './deep-dom';

/** What the tracker needs from the watcher around it. */
export interface ComposerTrackerDeps {
  /** The composer's own text changed (its subtree): read it, and see whether a publish went out. */
  onEdit(composer: HTMLElement): void;
}

export interface ComposerTracker {
  /** The composers found on the page, in document order. */
  readonly composers: readonly HTMLElement[];
  /** Takes `found` as the page's composers: new ones are observed, gone ones let go. */
  set(found: readonly HTMLElement[]): void;
  includes(composer: HTMLElement): boolean;
  /** The tracked composers inside `container` (through shadow roots). */
  within(container: Node): HTMLElement[];
  /** Whether `node` holds a tracked composer (a removed subtree). */
  holdsAny(node: Node): boolean;
  /**
   * The composers a control belongs to (a post button, a field of the form): those in its nearest
   * container that has any, climbing out of shadow roots (a composer's box may be a shadow tree).
   */
  around(control: Element): HTMLElement[];
  /** Lets every composer go (Rostrum switched off, or the extension went away). */
  clear(): void;
}

/**
 * The composers on the page, each watched by an observer of its own subtree: Draft.js, Lexical and
 * ProseMirror insert text themselves and often fire no `input` event. Scoped to the editors, so it
 * stays cheap whatever the rest of the page does.
 */
export function createComposerTracker(deps: ComposerTrackerDeps): ComposerTracker {
  let tracked: HTMLElement[] = [];
  let observed = new WeakMap<HTMLElement, MutationObserver>();

  function observe(composer: HTMLElement) {
    if (observed.has(composer)) return;
    const observer = new MutationObserver(() => deps.onEdit(composer));
    observer.observe(composer, { childList: true, subtree: true, characterData: true });
    observed.set(composer, observer);
  }

  const within = (container: Node) => tracked.filter((c) => deepContains(container, c));

  return {
    get composers() {
      return tracked;
    },
    set(found) {
      for (const el of tracked) {
        if (found.includes(el)) continue;
        observed.get(el)?.disconnect();
        observed.delete(el);
      }
      tracked = [...found];
      for (const el of tracked) observe(el);
    },
    includes: (composer) => tracked.includes(composer),
    within,
    holdsAny: (node) => within(node).length > 0,
    around(control) {
      for (let el = composedParent(control); el; el = composedParent(el)) {
        const inside = within(el);
        if (inside.length > 0) return inside;
      }
      return [];
    },
    clear() {
      for (const el of tracked) observed.get(el)?.disconnect();
      tracked = [];
      observed = new WeakMap();
    },
  };
}
