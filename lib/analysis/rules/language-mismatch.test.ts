import { describe, expect, it } from 'vitest';
import { runRule } from '../testing';
import { languageMismatch } from './language-mismatch';

const EN =
  'The committee has published its report on the future of rural buses, and it will be debated this week.';
const FR =
  "La commission a publié son rapport sur l'avenir des bus ruraux, et il sera débattu cette semaine.";

describe('language-mismatch', () => {
  it.each<[string, string, string | undefined, string | null]>([
    ['no campaign language', FR, undefined, null],
    ['English for an English campaign', EN, 'en', null],
    ['French for a French campaign', FR, 'fr-CA', null],
    ['French for an English campaign', FR, 'en', 'fr'],
    ['English for a French campaign', EN, 'fr', 'en'],
    ['bilingual post', `${EN}\n\n${FR}`, 'fr', null],
    ['too short to tell', 'Budget 2025', 'fr', null],
    ['Arabic for an English campaign', 'ناقش البرلمان اليوم مشروع قانون الميزانية العامة للدولة', 'en', 'ar'],
    ['English for an Arabic campaign', EN, 'ar', 'en'],
  ])('%s', (_name, text, language, found) => {
    const out = runRule(
      languageMismatch,
      text,
      language === undefined ? {} : { campaign: { hashtags: [], language } },
    );
    expect(out.map((f) => f.params?.found)).toEqual(found === null ? [] : [found]);
  });
});
