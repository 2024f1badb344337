/** Number of Unicode code points in `text` (a lone surrogate counts as one). */
export function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The UTF-16 index where code point number `limit` (0-based) starts; `text.length` if none. */
export function codePointOffset(text: string, limit: number): number {
  let n = 0;
  let i = 0;
  while (i < text.length && n < limit) {
    i += isPairAt(text, i) ? 2 : 1;
    n++;
  }
  return i;
}

/** Moves `index` back by one when it would split a surrogate pair. */
export function safeBoundary(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  return isPairAt(text, index - 1) ? index - 1 : index;
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
