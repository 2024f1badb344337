import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { watchComposers } from '../lib/platforms/watch-composer';
import { xAdapter } from '../lib/platforms/x';

export default defineContentScript({
  matches: xAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, xAdapter, contentChannel),
});
