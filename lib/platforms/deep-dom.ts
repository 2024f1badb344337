/**
 * The DOM across open shadow roots. Sites put composers inside shadow roots (LinkedIn's share box under
 * `#interop-outlet`, 2026): `querySelectorAll` and `closest` stop at a shadow boundary, a
 * MutationObserver on the document does not see inside, and events reach the document retargeted to
 * the host. Closed shadow roots stay closed: nothing outside their owner can or should read them.
 */

/** Every open shadow root under `root` (not `root` itself), however deeply nested, in tree order. */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const shadow = el.shadowRoot;
      if (!shadow) continue;
      found.push(shadow);
      visit(shadow);
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** `root` and every open shadow root under it: the places a query has to look. */
export function queryScopes(root: ParentNode): ParentNode[] {
  return [root, ...openShadowRoots(root)];
}

/** The element's parent, or the shadow root's host when the element is at the top of a shadow tree. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

/** Whether `node` is `ancestor` or inside it, looking through shadow roots on the way up. */
export function deepContains(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at === ancestor) return true;
  }
  return false;
}

/** The shadow root `node` lives in, or null when it lives in the document. */
export function shadowRootOf(node: Node): ShadowRoot | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root : null;
}

/**
 * What an event really happened on: inside an open shadow root the event's `target` is the host by
 * the time it reaches the document, while the first entry of its composed path is the element itself.
 */
export function eventOrigin(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}
