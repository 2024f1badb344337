import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES, resolveLocale, setLocale, t, textDirection, UI_LOCALES } from './index';
import { mergeLocaleFragments } from './merge-locales';

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('every interface language has every message, and no extra ones', () => {
    const english = Object.keys(MESSAGES.en ?? {}).sort();
    expect(english.length).toBeGreaterThan(20);
    for (const locale of UI_LOCALES) {
      expect(Object.keys(MESSAGES[locale] ?? {}).sort(), locale).toEqual(english);
    }
  });

  it('every translation keeps the placeholders of the English message', () => {
    const placeholders = (m: string) => [...m.matchAll(/\$\d/g)].map((x) => x[0]).sort();
    for (const locale of UI_LOCALES) {
      for (const [key, { message }] of Object.entries(MESSAGES.en ?? {})) {
        expect(placeholders(MESSAGES[locale]?.[key]?.message ?? ''), `${locale} ${key}`).toEqual(
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
