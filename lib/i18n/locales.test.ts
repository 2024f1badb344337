import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDraft } from '../analysis';
import { getPlaybook } from '../playbook';
import { localeProblems, type LocaleFragments } from './check-locales';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  messagesOf,
  resolveLocale,
  setLocale,
  t,
  textDirection,
  UI_LOCALES,
} from './index';

const ROOT = fileURLToPath(new URL('../../locales/', import.meta.url));

function readLocale(locale: string): LocaleFragments {
  const fragments: LocaleFragments = {};
  for (const file of readdirSync(`${ROOT}${locale}`).filter((f) => f.endsWith('.json'))) {
    fragments[file] = JSON.parse(readFileSync(`${ROOT}${locale}/${file}`, 'utf8')) as LocaleFragments[string];
  }
  return fragments;
}

const english = readLocale('en');

afterEach(() => setLocale('en'));

describe('locale fragments', () => {
  it('has a folder for every interface language, and no folder that is not one', () => {
    expect(readdirSync(ROOT).sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each(UI_LOCALES)('%s has every English message, with its placeholders, and nothing else', (locale) => {
    expect(localeProblems(english, { [locale]: readLocale(locale) })).toEqual([]);
  });

  it('finds a missing, extra, empty or mistyped message', () => {
    const broken: LocaleFragments = {
      'panel.json': {
        panel_title: { message: '  ' },
        panel_lengthRemaining: { message: 'quedan' },
        'panel.extra': { message: 'x' },
        panel_lengthOver: { message: '$1 cost $ 5' },
      },
      'extra.json': {},
    };
    const ref: LocaleFragments = {
      'panel.json': {
        panel_title: { message: 'Rostrum' },
        panel_lengthRemaining: { message: '$1 left' },
        panel_lengthOver: { message: '$1 over' },
        panel_views: { message: 'Views' },
      },
      'manifest.json': { extDescription: { message: 'short' } },
    };
    expect(
      localeProblems(ref, {
        xx: broken,
        yy: { 'manifest.json': { extDescription: { message: 'x'.repeat(133) } } },
      }),
    ).toEqual([
      'xx/extra.json: no such fragment in English',
      'xx/manifest.json: missing (English has it)',
      'xx/panel.json: missing "panel_views"',
      'xx/panel.json: "panel_title" is empty',
      'xx/panel.json: "panel_lengthRemaining" has placeholders [], English [$1]',
      'xx/panel.json: "panel.extra" is not in English',
      'xx/panel.json: "panel_lengthOver" has a "$" that is not $1…$9',
      'yy/manifest.json: "extDescription" is 133 characters, Chrome allows 132',
      'yy/panel.json: missing (English has it)',
    ]);
  });

  it('merges into one table per interface language', () => {
    const keys = Object.keys(messagesOf('en') ?? {}).length;
    expect(keys).toBeGreaterThan(400);
    for (const locale of UI_LOCALES) expect(Object.keys(messagesOf(locale) ?? {}), locale).toHaveLength(keys);
  });
});

describe('Spanish and Arabic', () => {
  it('shows their own words, with Arabic written right to left', () => {
    setLocale('es');
    expect(t('panel_viewLog')).toBe('Registro');
    expect(t('panel_lengthRemaining', 12)).toBe('quedan 12');
    expect(textDirection()).toBe('ltr');
    setLocale('ar');
    expect(t('panel_viewDraft')).toBe('المسودة');
    expect(t('panel_title')).toBe('Rostrum');
    expect(textDirection()).toBe('rtl');
  });

  it.each([
    ['es-MX', 'es'],
    ['ar-EG', 'ar'],
    ['AR', 'ar'],
  ])('resolves %s to %s', (tag, expected) => {
    expect(resolveLocale(tag)).toBe(expected);
  });

  it('formats numbers and dates the language’s way', () => {
    const when = Date.UTC(2025, 2, 14, 12);
    setLocale('es');
    expect(formatNumber(12345.5)).toBe(new Intl.NumberFormat('es').format(12345.5));
    expect(formatDate(when)).toBe(new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(when));
    setLocale('ar');
    expect(formatNumber(63206)).toBe(new Intl.NumberFormat('ar').format(63206));
    expect(formatDateTime(when)).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short' }).format(when),
    );
  });

  it.each(['es', 'ar'])('fall back to the English playbook and finding messages (%s)', (locale) => {
    const book = getPlaybook(locale);
    expect(book.locale).toBe('en');
    expect(book.tips).toBe(getPlaybook('en').tips);
    const input = { text: 'VOTE NOW!!! #budget2025 #a #b #c #d #e #f', platform: 'x' } as const;
    const there = analyzeDraft({ ...input, locale });
    const here = analyzeDraft({ ...input, locale: 'en' });
    expect(there.findings.length).toBeGreaterThan(0);
    expect(there.findings.map((f) => f.message)).toEqual(here.findings.map((f) => f.message));
    expect(there.tips.map((tip) => [tip.tip.title, tip.reason])).toEqual(
      here.tips.map((tip) => [tip.tip.title, tip.reason]),
    );
  });
});
