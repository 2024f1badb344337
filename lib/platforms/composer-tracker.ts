import { composedParent, deepContains } from './deep-dom';

/** What the tracker needs from the watcher around it. */
export interface ComposerTrackerDeps {
  /**
   * The post changed: the composer's own text (its subtree), or a field of its form turned on or off
   * (Mastodon's content warning). Read it, and see whether a publish went out.
   */
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

function isField(node: Node): boolean {
  return (
    node instanceof HTMLInputElement ||
    node instanceof HTMLTextAreaElement ||
    node instanceof HTMLSelectElement
  );
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
    const observer = new MutationObserver((records) => {
      // The site enabling its Post button as the text changes is no change to the post.
      if (records.every((r) => r.type === 'attributes' && !isField(r.target))) return;
      deps.onEdit(composer);
    });
    observer.observe(composer, { childList: true, subtree: true, characterData: true });
    // A field switched off (classic Mastodon disables its content-warning input) fires no input event.
    const form = composer.closest('form');
    if (form) observer.observe(form, { attributes: true, attributeFilter: ['disabled'], subtree: true });
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
