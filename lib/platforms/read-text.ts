const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The plain text of an editor, with one line break between paragraphs, as the site will post it.
 * Works from the DOM structure rather than `innerText`, which needs layout (and so is slow on every
 * keystroke and empty in happy-dom): Draft.js blocks, Lexical/ProseMirror/Quill paragraphs, `<br>`.
 */
export function readEditableText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const draftBlocks = el.querySelectorAll('[data-block="true"]');
  if (draftBlocks.length > 0) {
    return Array.from(draftBlocks, (block) => block.textContent ?? '').join('\n');
  }
  return blockText(el).replace(/\u00a0/g, ' ');
}

function blockText(el: Element): string {
  const children = Array.from(el.children);
  const hasBlocks = children.some(
    (c) => BLOCK_TAGS.has(c.tagName) || c.tagName === 'UL' || c.tagName === 'OL',
  );
  if (!hasBlocks) return inlineText(el);
  const lines: string[] = [];
  for (const node of Array.from(el.childNodes)) {
    if (node instanceof Element && (node.tagName === 'UL' || node.tagName === 'OL')) {
      for (const li of Array.from(node.children)) lines.push(blockText(li));
    } else if (node instanceof Element && BLOCK_TAGS.has(node.tagName)) {
      lines.push(blockText(node));
    } else if (node.textContent?.trim()) {
      lines.push(node.textContent);
    }
  }
  return lines.join('\n');
}

function inlineText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node instanceof Element) {
      if (node.tagName === 'BR') text += '\n';
      else if (node.getAttribute('contenteditable') === 'false' && node.tagName !== 'IMG') continue;
      else text += inlineText(node);
    }
  }
  // An editor keeps a lone <br> in an empty paragraph so the caret has somewhere to sit.
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
