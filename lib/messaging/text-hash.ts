/**
 * A short fingerprint of a draft's text (FNV-1a, 32 bits, over UTF-16 code units), so the background
 * can tell whether the panel's last analysis is about the very text that was published without keeping
 * a second copy of it. Not a security measure: a collision only attaches another draft's finding ids.
 */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
