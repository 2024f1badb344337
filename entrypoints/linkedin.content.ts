import { defineContentScript } from '#imports';
import { contentChannel } from '../lib/messaging/send';
import { linkedinAdapter } from '../lib/platforms/linkedin';
import { watchComposers } from '../lib/platforms/watch-composer';

export default defineContentScript({
  matches: linkedinAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => watchComposers(ctx, linkedinAdapter, contentChannel),
});
