/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mastodonAdapter } from './mastodon';
import { watchComposers, type ContentMessage } from './watch-composer';
import { fakeContext, setUrl } from './__fixtures__/watch-context';

// A composer that is a <form> posts on submit (Enter in one of its fields, its submit button). The
// browser marks a submit trusted even when a page script caused it, so only one that comes in the
// task of the user's own click or key press counts.

const FORM =
  '<div id="mastodon"><form class="compose-form">' +
  '<input type="text" id="cw-spoiler-input" class="spoiler-input__input">' +
  '<textarea class="autosuggest-textarea__textarea"></textarea>' +
  '<div class="compose-form__submit"><button type="submit" class="button">Post</button></div></form></div>';

describe('watchComposers and a form submitted', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  let userEvents: WeakSet<Event>;
  let form: HTMLFormElement;
  let textarea: HTMLTextAreaElement;
  beforeEach(() => {
    vi.useFakeTimers();
    setUrl('https://social.example/home');
    document.body.innerHTML = FORM;
    form = document.querySelector('form')!;
    textarea = document.querySelector('textarea')!;
    sent = [];
    ctx = fakeContext();
    userEvents = new WeakSet();
    watchComposers(ctx, mastodonAdapter, {
      send: (m) => sent.push(m),
      isTrusted: (event) => userEvents.has(event),
    });
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  const byUser = <E extends Event>(event: E) => (userEvents.add(event), event);
  const enter = () => new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
  const submit = () => new Event('submit', { bubbles: true, cancelable: true });
  const write = async (text: string) => {
    textarea.value = text;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
  };
  /** The site posts and clears its composer; the watcher has its time to notice. */
  const sitePosts = async () => {
    textarea.value = '';
    await vi.advanceTimersByTimeAsync(6000);
  };
  const published = () => sent.flatMap((m) => (m.type === 'cs:published' ? [m.text] : []));

  it("captures the post the user's Enter in a field of the form submits", async () => {
    await write('Budget debate tonight');
    const field = document.querySelector('#cw-spoiler-input')!;
    field.dispatchEvent(byUser(enter()));
    form.dispatchEvent(byUser(submit()));
    await sitePosts();
    expect(published()).toEqual(['Budget debate tonight']);
  });

  it('ignores a submit no user action of the same task caused (a script’s requestSubmit)', async () => {
    await write('Submitted by a script');
    document.querySelector('#cw-spoiler-input')!.dispatchEvent(byUser(enter()));
    await vi.advanceTimersByTimeAsync(0);
    form.dispatchEvent(byUser(submit()));
    await sitePosts();
    expect(published()).toEqual([]);
  });

  it('ignores a submit the page made up, even in the task of a user action', async () => {
    await write('Forged submit');
    textarea.dispatchEvent(byUser(enter()));
    form.dispatchEvent(submit());
    await sitePosts();
    expect(published()).toEqual([]);
  });

  it('counts a click on the post button that also submits the form as one post', async () => {
    await write('One post');
    document.querySelector('button')!.dispatchEvent(byUser(new MouseEvent('click', { bubbles: true })));
    form.dispatchEvent(byUser(submit()));
    await sitePosts();
    expect(published()).toEqual(['One post']);
  });
});
