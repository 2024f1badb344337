// Unit tests switch languages synchronously (setLocale('fr'), then read the text): every table is
// loaded up front, as the panel loads the one it shows before its first render.
import { loadLocale, UI_LOCALES } from './index';

await Promise.all(UI_LOCALES.map(loadLocale));
