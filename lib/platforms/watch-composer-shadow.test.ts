/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchComposers, type ContentMessage } from './watch-composer';
import { xAdapter } from './x';
import { fakeContext } from './__fixtures__/watch-context';

// Shadow DOM is the shared watcher's case, not one site's: these use X's adapter, unchanged.

function draftComposer(): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.setAttribute('role', 'textbox');
  el.setAttribute('data-testid', 'tweetTextarea_0');
  el.innerHTML = '<div data-contents="true"></div>';
  return el;
}

function typeInto(composer: HTMLElement, text: string) {
  composer.querySelector('[data-contents]')!.innerHTML =
    `<div data-block="true"><span data-text="true">${text}</span></div>`;
}

/** A host with an open shadow root, appended to `parent`. */
function shadowHost(parent: ParentNode, id: string): ShadowRoot {
  const host = document.createElement('div');
  host.id = id;
  const root = host.attachShadow({ mode: 'open' });
  parent.append(host);
  return root;
}

const flush = () => vi.advanceTimersByTimeAsync(200);
const statuses = (sent: ContentMessage[]) => sent.filter((m) => m.type === 'cs:status-changed');
const drafts = (sent: ContentMessage[]) =>
  sent.flatMap((m) => (m.type === 'cs:draft-changed' ? [m.text] : []));

describe('watchComposers and open shadow roots', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  const start = () => watchComposers(ctx, xAdapter, { send: (m) => sent.push(m), isTrusted: () => true });

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    // A page where X shows no composer of its own: "no composer" is said at once, with no grace time.
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://x.com/explore',
    );
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  it('finds a composer two shadow roots deep and reads what is typed', async () => {
    const outer = shadowHost(document.body, 'outer');
    const inner = shadowHost(outer, 'inner');
    const composer = draftComposer();
    inner.append(composer);
    start();
    await flush();
    expect(statuses(sent).at(-1)).toMatchObject({ status: 'composer', composers: 1 });
    typeInto(composer, 'From the shadows');
    await flush();
    expect(drafts(sent).at(-1)).toBe('From the shadows');
  });

  it('sees a composer rendered later inside a shadow root that was already there (LinkedIn’s outlet)', async () => {
    const outlet = shadowHost(document.body, 'interop-outlet');
    start();
    await flush();
    expect(statuses(sent).at(-1)).toMatchObject({ status: 'no-composer' });
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    const composer = draftComposer();
    modal.append(composer);
    outlet.append(modal);
    await flush();
    expect(statuses(sent).at(-1)).toMatchObject({ status: 'composer', composers: 1 });
    typeInto(composer, 'Late');
    await flush();
    expect(drafts(sent).at(-1)).toBe('Late');

    modal.remove();
    await flush();
    expect(statuses(sent).at(-1)).toMatchObject({ status: 'no-composer' });
  });

  it('sees a shadow host that arrives with its composer inside', async () => {
    start();
    await flush();
    const host = document.createElement('section');
    host.attachShadow({ mode: 'open' }).append(draftComposer());
    document.body.append(host);
    await flush();
    expect(statuses(sent).at(-1)).toMatchObject({ status: 'composer', composers: 1 });
  });

  it('captures a post whose editor is a shadow tree of its own inside the button’s box', async () => {
    const outlet = shadowHost(document.body, 'interop-outlet');
    const box = document.createElement('div');
    outlet.append(box);
    const composer = draftComposer();
    shadowHost(box, 'editor-element').append(composer);
    const button = document.createElement('button');
    button.setAttribute('data-testid', 'tweetButton');
    button.addEventListener('click', () => setTimeout(() => box.remove(), 50));
    box.append(button);
    start();
    typeInto(composer, 'Posted from inside');
    await flush();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.filter((m) => m.type === 'cs:published')).toEqual([
      expect.objectContaining({ platform: 'x', text: 'Posted from inside' }),
    ]);
  });

  it('leaves closed shadow roots alone', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(draftComposer());
    document.body.append(host);
    start();
    await flush();
    expect(statuses(sent).at(-1)).toMatchObject({ status: 'no-composer' });
  });
});
