/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { textBoxOf } from './text-box';

describe('textBoxOf', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div id="plain" contenteditable="plaintext-only"><p id="inside">Hello</p></div>
      <div id="bare" contenteditable></div>
      <div id="off" contenteditable="false"></div>
      <textarea id="area"></textarea>
      <div id="aria" role="textbox"></div>
      <div id="search" role="combobox" contenteditable="true"></div>
      <textarea id="hidden" aria-hidden="true"></textarea>
      <button id="button">Post</button>`;
  });
  const byId = (id: string) => document.getElementById(id)!;

  it('finds editable regions of every kind, textareas and ARIA textboxes', () => {
    for (const id of ['plain', 'bare', 'area', 'aria']) expect(textBoxOf(byId(id))).toBe(byId(id));
  });

  it('climbs from what was clicked inside a box, text nodes included', () => {
    expect(textBoxOf(byId('inside'))).toBe(byId('plain'));
    expect(textBoxOf(byId('inside').firstChild!)).toBe(byId('plain'));
  });

  it('takes no button, read-only region, search field or hidden box for a text box', () => {
    for (const id of ['off', 'search', 'hidden', 'button']) expect(textBoxOf(byId(id))).toBeNull();
  });
});
