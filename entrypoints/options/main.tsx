import { render } from 'preact';
import { browser } from '#imports';
import { changeLocale, resolveLocale } from '../../lib/i18n';
import { OptionsApp } from './OptionsApp';

// The browser's language is loaded before the first render; a language chosen in the settings follows.
void changeLocale(resolveLocale(browser.i18n.getUILanguage())).then(() =>
  render(<OptionsApp />, document.getElementById('app')!),
);
