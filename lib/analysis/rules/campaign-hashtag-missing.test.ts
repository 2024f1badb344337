import { describe, expect, it } from 'vitest';
import { runRule } from '../testing';
import { campaignHashtagMissing } from './campaign-hashtag-missing';

describe('campaign-hashtag-missing', () => {
  it.each<[string, string, string[] | undefined, string | null]>([
    ['no campaign', 'Budget day in the chamber', undefined, null],
    ['campaign without hashtags', 'Budget day in the chamber', [], null],
    ['hashtag present', 'Budget day in the chamber #BudgetDay', ['#BudgetDay'], null],
    ['present in another case', 'Budget day #budgetday', ['BudgetDay'], null],
    ['missing', 'Budget day in the chamber', ['#BudgetDay'], '#BudgetDay'],
    ['one of several is enough', 'Vote today #YouthParliament', ['#UKYP', '#YouthParliament'], null],
    ['none of several', 'Vote today', ['#UKYP', 'YouthParliament'], '#UKYP, #YouthParliament'],
    ['a word is not a hashtag', 'BudgetDay in the chamber', ['#BudgetDay'], '#BudgetDay'],
    ['a longer hashtag does not count', 'Watch #BudgetDay2025', ['#BudgetDay'], '#BudgetDay'],
  ])('%s', (_name, text, hashtags, missing) => {
    const found = runRule(
      campaignHashtagMissing,
      text,
      hashtags === undefined ? {} : { campaign: { hashtags } },
    );
    if (missing === null) expect(found).toEqual([]);
    else expect(found.map((f) => [f.severity, f.params?.tags])).toEqual([['warning', missing]]);
  });
});
