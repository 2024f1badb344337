import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { facebookAdapter } from '../lib/platforms/facebook';
import { watchComposers } from '../lib/platforms/watch-composer';

export default defineContentScript({
  matches: facebookAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, facebookAdapter, contentChannel),
});
