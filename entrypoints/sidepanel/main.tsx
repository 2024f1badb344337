import { render } from 'preact';
import { browser } from '#imports';
import { App } from './App';

// The window is known before the first render so each window keeps its own active campaign.
void browser.windows
  .getCurrent()
  .catch(() => undefined)
  .then((win) => render(<App windowId={win?.id} />, document.getElementById('app')!));
