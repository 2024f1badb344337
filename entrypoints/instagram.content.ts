import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { instagramAdapter } from '../lib/platforms/instagram';
import { watchComposers } from '../lib/platforms/watch-composer';

export default defineContentScript({
  matches: instagramAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, instagramAdapter, contentChannel),
});
