import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { youtubeAdapter } from '../lib/platforms/youtube';
import { watchComposers } from '../lib/platforms/watch-composer';

export default defineContentScript({
  matches: youtubeAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, youtubeAdapter, contentChannel),
});
