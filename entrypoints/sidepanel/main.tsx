import { render } from 'preact';
import { browser } from '#imports';
import { changeLocale, isUiLocale, resolveLocale } from '../../lib/i18n';
import { App } from './App';
import { localeSetting } from './settings';

// The window is known before the first render so each window keeps its own active campaign, and the
// language is loaded so the first render is already in it.
void Promise.all([
  browser.windows.getCurrent().catch(() => undefined),
  localeSetting
    .getValue()
    .catch(() => null)
    .then((saved) =>
      changeLocale(saved && isUiLocale(saved) ? saved : resolveLocale(browser.i18n.getUILanguage())),
    ),
]).then(([win]) => render(<App windowId={win?.id} />, document.getElementById('app')!));
