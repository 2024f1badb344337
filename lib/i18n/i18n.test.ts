import { afterEach, describe, expect, it, vi } from 'vitest';
import { messagesOf, resolveLocale, setLocale, t, textDirection, UI_LOCALES } from './index';
import { mergeLocaleFragments } from './merge-locales';

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('every interface language has every message, and no extra ones', () => {
    const english = Object.keys(messagesOf('en') ?? {}).sort();
    expect(english.length).toBeGreaterThan(20);
    for (const locale of UI_LOCALES) {
      expect(Object.keys(messagesOf(locale) ?? {}).sort(), locale).toEqual(english);
    }
  });

  it('every translation keeps the placeholders of the English message', () => {
    const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
    for (const locale of UI_LOCALES) {
      for (const [key, { message }] of Object.entries(messagesOf('en') ?? {})) {
        expect(placeholders(messagesOf(locale)?.[key]?.message ?? ''), `${locale} ${key}`).toEqual(
          placeholders(message),
        );
      }
    }
  });

  it('substitutes placeholders in the current language and falls back to English, then the key', () => {
    setLocale('fr');
    expect(t('panel_lengthRemaining', 12)).toBe('reste 12');
    expect(t('no_such_message')).toBe('no_such_message');
    setLocale('en');
    expect(t('panel_lengthOver', '3')).toBe('3 over the limit');
  });

  it.each([
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    [undefined, 'en'],
  ])('resolves %s to %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it('knows which languages are written right to left', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('fr')).toBe('ltr');
  });

  it('refuses a message defined in two fragments', () => {
    expect(() =>
      mergeLocaleFragments({
        'locales/en/a.json': { k: { message: 'a' } },
        'locales/en/b.json': { k: { message: 'b' } },
      }),
    ).toThrow(/defined twice/);
  });
});

describe('loading languages', () => {
  /** The module as a page first sees it, with no language loaded (the setup file loads them all). */
  async function freshI18n() {
    vi.resetModules();
    return import('./index');
  }

  it('loads a language when asked, and switches only once its strings are in', async () => {
    const i18n = await freshI18n();
    expect(i18n.messagesOf('fr')).toBeUndefined();
    const switching = i18n.changeLocale('fr');
    expect(i18n.currentLocale.value).toBe('en');
    await switching;
    expect(i18n.currentLocale.value).toBe('fr');
    expect(i18n.t('panel_lengthRemaining', 12)).toBe('reste 12');
    expect(i18n.messagesOf('es')).toBeUndefined();
  });

  it('waits for what loadWithLocale adds, and the last language asked for wins', async () => {
    const i18n = await freshI18n();
    const asked: string[] = [];
    let releaseFrench: () => void = () => {};
    i18n.loadWithLocale((locale) => {
      asked.push(locale);
      return locale === 'fr' ? new Promise<void>((resolve) => (releaseFrench = resolve)) : Promise.resolve();
    });
    const toFrench = i18n.changeLocale('fr');
    await i18n.changeLocale('es');
    expect(i18n.currentLocale.value).toBe('es');
    releaseFrench();
    await toFrench;
    expect(i18n.currentLocale.value).toBe('es');
    expect(asked).toEqual(['fr', 'es']);
  });
});
