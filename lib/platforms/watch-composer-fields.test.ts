/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mastodonAdapter } from './mastodon';
import { watchComposers, type ContentMessage } from './watch-composer';
import { fakeContext, setUrl } from './__fixtures__/watch-context';

// A field beside the composer that is part of the post: Mastodon's content warning counts toward the
// limit, so typing in it is read like typing in the composer.

const FORM =
  '<div id="mastodon"><form class="compose-form">' +
  '<div class="spoiler-input spoiler-input--visible"><input type="text" id="cw-spoiler-input" class="spoiler-input__input"></div>' +
  '<textarea class="autosuggest-textarea__textarea"></textarea></form>' +
  '<div class="search"><input type="text" class="search__input"></div></div>';

describe('watchComposers and the fields beside a composer', () => {
  let sent: ContentMessage[];
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers();
    setUrl('https://social.example/home');
    document.body.innerHTML = FORM;
    sent = [];
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });
  const drafts = () => sent.filter((m) => m.type === 'cs:draft-changed');
  const type = (selector: string, value: string) => {
    const field = document.querySelector<HTMLInputElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('sends the draft again with the content warning typed into its own field', async () => {
    watchComposers(ctx, mastodonAdapter, { send: (m) => sent.push(m) });
    await vi.advanceTimersByTimeAsync(200);
    type('textarea', 'Budget debate tonight');
    type('#cw-spoiler-input', 'Budget figures');
    await vi.advanceTimersByTimeAsync(200);
    expect(drafts().at(-1)).toMatchObject({
      text: 'Budget debate tonight',
      contentWarning: 'Budget figures',
    });
  });

  it('typing in a field outside the compose form reads nothing new', async () => {
    let reads = 0;
    const counting = {
      ...mastodonAdapter,
      read: (composer: HTMLElement) => (reads++, mastodonAdapter.read(composer)),
    };
    watchComposers(ctx, counting, { send: (m) => sent.push(m) });
    await vi.advanceTimersByTimeAsync(200);
    const before = drafts().length;
    const readsBefore = reads;
    type('.search__input', 'budget');
    await vi.advanceTimersByTimeAsync(200);
    expect(reads).toBe(readsBefore);
    expect(drafts()).toHaveLength(before);
    expect(drafts().at(-1)).not.toHaveProperty('contentWarning');
  });
});
