import { describe, expect, it } from 'vitest';
import { highlighted, runRule } from '../testing';
import { hashtagNotCamelcase } from './hashtag-not-camelcase';

describe('hashtag-not-camelcase', () => {
  it.each<[string, string, string[], string[]]>([
    ['run-together lower case', 'Join us #parliamentweek', ['#parliamentweek'], ['#ParliamentWeek']],
    ['already CamelCase', 'Join us #ParliamentWeek', [], []],
    ['a single word', 'Today in #parliament and #democracy', [], []],
    ['a single long word stays whole', '#together #accessibility', [], []],
    ['all capitals', '#CLIMATEACTION now', ['#CLIMATEACTION'], ['#ClimateAction']],
    ['only the first letter capital', '#Climateaction', ['#Climateaction'], ['#ClimateAction']],
    ['French words', 'Suivez #journéedelafemme', ['#journéedelafemme'], ['#JournéeDeLaFemme']],
    ['a classic', 'Consultation open: #haveyoursay', ['#haveyoursay'], ['#HaveYourSay']],
    ['ordinary words that happen to split', '#information #homeland #workforce #parliamentarians', [], []],
    ['digits are not words', '#budget2025', [], []],
    ['short unknown piece read as an acronym', '#ukparliament', ['#ukparliament'], ['#UKParliament']],
    ['acronym hashtag', '#PMQs #COP28', [], []],
    ['a fragment in a link is not a hashtag', 'https://example.org/page#parliamentweek', [], []],
  ])('%s', (_name, text, tags, suggestions) => {
    const found = runRule(hashtagNotCamelcase, text);
    expect(highlighted(text, found)).toEqual(tags);
    expect(found.map((f) => f.params?.suggestion)).toEqual(suggestions);
  });
});
