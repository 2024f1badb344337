/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { createComposerTracker } from './composer-tracker';

/** Lets the mutation observers deliver. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createComposerTracker', () => {
  let edits: HTMLElement[];
  let tracker: ReturnType<typeof createComposerTracker>;
  let a: HTMLElement;
  let b: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML =
      '<div id="box-a"><div id="a" contenteditable="true"></div><button id="post-a">Post</button></div>' +
      '<div id="box-b"><div id="b" contenteditable="true"></div></div><button id="elsewhere">Other</button>';
    a = document.getElementById('a')!;
    b = document.getElementById('b')!;
    edits = [];
    tracker = createComposerTracker({ onEdit: (composer) => edits.push(composer) });
  });

  it('tells each edit of a tracked composer, and none of one let go', async () => {
    tracker.set([a, b]);
    a.textContent = 'Hello';
    await delivered();
    expect(edits).toEqual([a]);
    tracker.set([b]);
    a.textContent = 'Again';
    b.textContent = 'World';
    await delivered();
    expect(edits).toEqual([a, b]);
    expect(tracker.composers).toEqual([b]);
    expect(tracker.includes(a)).toBe(false);
  });

  it("tells a field of the composer's form switched on or off, and not its Post button", async () => {
    document.body.innerHTML =
      '<form><div id="c" contenteditable="true"></div><input id="cw" type="text">' +
      '<button id="post" disabled>Post</button></form><input id="search" type="text">';
    const c = document.getElementById('c')!;
    tracker.set([c]);
    document.getElementById('post')!.removeAttribute('disabled');
    document.getElementById('search')!.setAttribute('disabled', '');
    await delivered();
    expect(edits).toEqual([]);
    document.getElementById('cw')!.setAttribute('disabled', '');
    await delivered();
    expect(edits).toEqual([c]);
  });

  it('finds the composers of a control in its nearest container that has any', () => {
    tracker.set([a, b]);
    expect(tracker.around(document.getElementById('post-a')!)).toEqual([a]);
    expect(tracker.around(document.getElementById('elsewhere')!)).toEqual([a, b]);
    expect(tracker.within(document.getElementById('box-b')!)).toEqual([b]);
    expect(tracker.holdsAny(document.getElementById('box-b')!)).toBe(true);
    expect(tracker.holdsAny(document.getElementById('elsewhere')!)).toBe(false);
  });

  it('lets every composer go on clear', async () => {
    tracker.set([a, b]);
    tracker.clear();
    a.textContent = 'Gone';
    await delivered();
    expect(edits).toEqual([]);
    expect(tracker.composers).toEqual([]);
  });
});
