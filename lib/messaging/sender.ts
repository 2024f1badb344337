/** Where a message came from, as the receiver sees it (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; windowId?: number; url?: string };
}

export type SenderKind = 'content-script' | 'extension-page' | 'foreign';

/**
 * Classify a sender. Content scripts run in a tab on a site's origin and are untrusted; extension
 * pages are on our own origin (the side panel, even when opened as a tab in tests).
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return 'foreign';
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined) return 'content-script';
  return 'foreign';
}
