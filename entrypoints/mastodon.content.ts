import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { mastodonAdapter } from '../lib/platforms/mastodon';
import { watchComposers } from '../lib/platforms/watch-composer';

/**
 * Mastodon on the user's own instances: not in the manifest. The background registers this script
 * (scripting.registerContentScripts) for each instance the user added and granted.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, mastodonAdapter, contentChannel),
});
