/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { readEditableText } from './read-text';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  return el;
}

describe('readEditableText', () => {
  it.each([
    [
      'Draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">First line</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">Third #Tag</span></span></div></div></div>',
      'First line\n\nThird #Tag',
    ],
    ['Quill paragraphs with an empty one', '<p>Hello</p><p><br></p><p>World</p>', 'Hello\n\nWorld'],
    [
      'Lexical paragraphs with spans',
      '<p dir="ltr"><span data-lexical-text="true">A </span><span>b</span></p><p><br></p>',
      'A b\n',
    ],
    ['ProseMirror hard break', '<p>one<br>two</p>', 'one\ntwo'],
    ['plain inline text', 'just text', 'just text'],
    ['lists', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['non-breaking spaces', '<p>a\u00a0b</p>', 'a b'],
  ])('%s', (_name, html, expected) => {
    expect(readEditableText(editor(html))).toBe(expected);
  });

  it('reads a textarea’s value', () => {
    const area = document.createElement('textarea');
    area.value = 'line 1\nline 2';
    expect(readEditableText(area)).toBe('line 1\nline 2');
  });
});
