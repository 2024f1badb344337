import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { blueskyAdapter } from '../lib/platforms/bluesky';
import { watchComposers } from '../lib/platforms/watch-composer';

export default defineContentScript({
  matches: blueskyAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, blueskyAdapter, contentChannel),
});
