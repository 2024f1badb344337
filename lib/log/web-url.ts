/**
 * Links an entry may keep: `http:` and `https:` pages only. A `javascript:` or `data:` URL does nothing
 * in Rostrum (no view renders a link), but the export, the CSV and the team log hand entries to other
 * programs that may, so none is ever stored.
 */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A stored URL as the app may use it: itself when it is '' or a web URL, else '' (records written
 * before the rule, or damaged outside Rostrum). The lower-case prefixes are the fast path for bulk reads.
 */
export function storedUrl(url: string): string {
  if (url === '' || url.startsWith('https://') || url.startsWith('http://')) return url;
  return isWebUrl(url) ? url : '';
}
