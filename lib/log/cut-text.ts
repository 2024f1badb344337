/** How much of a value from a file a message shows: an id, and a whole reason. */
export const MAX_SHOWN_ID = 80;
export const MAX_SHOWN_REASON = 500;

/**
 * `text` cut to at most `max` characters, with "…" when cut, never in the middle of a surrogate pair.
 * Messages about a bad record echo parts of it; a 25 MB id must not become a 25 MB message.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
