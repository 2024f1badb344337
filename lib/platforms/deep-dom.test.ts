/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  composedParent,
  deepContains,
  eventOrigin,
  openShadowRoots,
  queryScopes,
  shadowRootOf,
} from './deep-dom';

/** A host element with an open shadow root holding `html`. */
function host(id: string, html = '', mode: ShadowRootMode = 'open'): { host: HTMLElement; root: ShadowRoot } {
  const el = document.createElement('div');
  el.id = id;
  const root = el.attachShadow({ mode });
  root.innerHTML = html;
  return { host: el, root };
}

describe('deep-dom', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds open shadow roots however deep, in tree order, and not closed ones', () => {
    const outer = host('outer', '<section><p>inside</p></section>');
    const inner = host('inner');
    outer.root.querySelector('section')!.append(inner.host);
    const deepest = host('deepest');
    inner.root.append(deepest.host);
    const closed = host('closed', '<p>private</p>', 'closed');
    const later = host('later');
    document.body.append(outer.host, closed.host, later.host);

    expect(openShadowRoots(document)).toEqual([outer.root, inner.root, deepest.root, later.root]);
    expect(openShadowRoots(document.body)).toHaveLength(4);
  });

  it('includes an element’s own shadow root when it is the root of the search', () => {
    const outer = host('outer', '<p>inside</p>');
    document.body.append(outer.host);
    expect(openShadowRoots(outer.host)).toEqual([outer.root]);
    expect(queryScopes(outer.host)).toEqual([outer.host, outer.root]);
  });

  it('a page without shadow roots is searched as itself only', () => {
    document.body.innerHTML = '<main><textarea></textarea></main>';
    expect(queryScopes(document)).toEqual([document]);
  });

  it('climbs out of a shadow tree to its host', () => {
    const outer = host('outer', '<section><button>Post</button></section>');
    document.body.append(outer.host);
    const section = outer.root.querySelector('section')!;
    const button = outer.root.querySelector('button')!;
    expect(composedParent(button)).toBe(section);
    expect(composedParent(section)).toBe(outer.host);
    expect(composedParent(document.documentElement)).toBeNull();
  });

  it('tells whether a node is inside an element across shadow boundaries', () => {
    const outer = host('outer', '<section></section>');
    const inner = host('inner', '<div class="ql-editor"></div>');
    outer.root.querySelector('section')!.append(inner.host);
    document.body.append(outer.host);
    const editor = inner.root.querySelector('.ql-editor')!;
    const aside = document.createElement('aside');
    document.body.append(aside);

    expect(editor.closest('body')).toBeNull(); // what the plain DOM says
    expect(deepContains(document.body, editor)).toBe(true);
    expect(deepContains(outer.root.querySelector('section')!, editor)).toBe(true);
    expect(deepContains(aside, editor)).toBe(false);
    expect(shadowRootOf(editor)).toBe(inner.root);
    expect(shadowRootOf(aside)).toBeNull();
  });

  it('reads the element an event happened on, not the host it was retargeted to', () => {
    const outer = host('outer', '<div contenteditable="true" role="textbox"></div>');
    document.body.append(outer.host);
    const editor = outer.root.querySelector('[role="textbox"]')!;
    // What a browser hands a listener on the document (happy-dom does not retarget `target`).
    const retargeted = {
      target: outer.host,
      composedPath: () => [editor, outer.root, outer.host, document.body, document],
    } as unknown as Event;
    expect(eventOrigin(retargeted)).toBe(editor);

    const seen: Array<EventTarget | null> = [];
    document.addEventListener('input', (event) => seen.push(eventOrigin(event)), { capture: true });
    document.body.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(seen).toEqual([document.body]);
  });
});
