import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { threadsAdapter } from '../lib/platforms/threads';
import { watchComposers } from '../lib/platforms/watch-composer';

export default defineContentScript({
  matches: threadsAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, threadsAdapter, contentChannel),
});
