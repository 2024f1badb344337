/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchComposers, type ContentMessage, type WatchOptions } from './watch-composer';
import { xAdapter } from './x';
import { fakeContext, setUrl } from './__fixtures__/watch-context';

// A page Rostrum cannot read says so: the user going into a text box no adapter knows, while no
// composer is recognised, is a changed layout. X's adapter stands in for every site.

/** A reply box in markup neither X's selectors nor the generic editors match. */
function unknownBox(): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'plaintext-only');
  el.setAttribute('aria-label', 'Post your reply');
  el.innerHTML = '<p>Hello</p>';
  return el;
}

function xComposer(): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('role', 'textbox');
  el.setAttribute('data-testid', 'tweetTextarea_0');
  return el;
}

const flush = () => vi.advanceTimersByTimeAsync(200);
const focus = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true }));

describe('watchComposers and a text box it cannot read', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  let box: HTMLElement;
  const statuses = () => sent.flatMap((m) => (m.type === 'cs:status-changed' ? [m.status] : []));
  const start = (options: Partial<WatchOptions> = {}) =>
    watchComposers(ctx, xAdapter, {
      send: (m) => sent.push(m),
      isTrusted: () => true,
      userActive: () => true,
      ...options,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    setUrl('https://x.com/Parliament/status/1');
    document.body.innerHTML = '';
    box = unknownBox();
    document.body.append(box);
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  it('says the layout changed when the user focuses it, once however often', async () => {
    start();
    await flush();
    expect(statuses()).toEqual(['no-composer']);
    focus(box);
    click(box.querySelector('p')!);
    focus(box);
    await flush();
    expect(statuses()).toEqual(['no-composer', 'layout-changed']);
  });

  it('ignores a focus or click the page made up', async () => {
    start({ isTrusted: () => false });
    await flush();
    focus(box);
    click(box);
    await flush();
    expect(statuses()).toEqual(['no-composer']);
  });

  it('takes a focus the page gave without the user acting for none, and a real click for one', async () => {
    let active = false;
    start({ userActive: () => active });
    await flush();
    focus(box);
    await flush();
    expect(statuses()).toEqual(['no-composer']);
    active = true;
    click(box);
    await flush();
    expect(statuses()).toEqual(['no-composer', 'layout-changed']);
  });

  it('says nothing while a composer is recognised, nor for a click outside any text box', async () => {
    document.body.append(xComposer());
    start();
    await flush();
    focus(box);
    click(box);
    await flush();
    expect(statuses()).toEqual(['composer']);

    document.body.innerHTML = '<button>Follow</button>';
    await flush();
    click(document.querySelector('button')!);
    await flush();
    expect(statuses()).toEqual(['composer', 'no-composer']);
  });

  it('a composer found afterwards replaces the notice', async () => {
    start();
    await flush();
    focus(box);
    document.body.append(xComposer());
    await flush();
    expect(statuses()).toEqual(['no-composer', 'layout-changed', 'composer']);
  });
});
