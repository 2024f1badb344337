import { platformForUrl } from '../platforms/sites';
import type { PlatformId } from '../platforms/types';
import type { SenderInfo } from './sender';

/** What a content script says about its page; the background checks it against the sender. */
export interface ClaimedPage {
  platform: PlatformId;
  url: string;
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** An origin as shown in a reason: never longer than a host can be. */
function shown(origin: string): string {
  return origin.length > 300 ? `${origin.slice(0, 300)}…` : origin;
}

/**
 * Why a content script's message about its page is refused, or null when it holds. The browser, not
 * the message, says where the script runs (`sender.url`, the frame's page; `sender.tab.url` when the
 * frame's is missing): that page must be on one of the sites Rostrum reads (or a Mastodon instance the
 * user added), of the platform the message names, and the message's URL on the same origin. A page
 * script cannot change `sender`, so it cannot make one site's capture count for another.
 */
export function refusedPage(
  claim: ClaimedPage,
  sender: SenderInfo,
  mastodonHosts: readonly string[],
): string | null {
  const senderUrl = sender.url ?? sender.tab?.url;
  const origin = originOf(senderUrl);
  if (!origin) return 'refused: the browser gave no page address for the sender';
  const platform: PlatformId | null = platformForUrl(senderUrl, mastodonHosts);
  if (!platform) return `refused: the sender's page (${shown(origin)}) is not a site Rostrum reads`;
  if (platform !== claim.platform) {
    return `refused: the message says ${claim.platform}, the sender's page is on ${platform}`;
  }
  if (originOf(claim.url) !== origin) {
    return `refused: the message's address is not on the sender's page (${shown(origin)})`;
  }
  return null;
}
