import { describe, expect, it } from 'vitest';
import { FINDING_IDS } from '../playbook/signals';
import { FINDING_MESSAGES, findingMessage } from './messages';
import { FINDING_REASONS, findingReason } from './reasons';

const PARAMS = {
  over: 12,
  limit: 280,
  remaining: 3,
  platform: 'X',
  tag: '#budgetday',
  suggestion: '#BudgetDay',
  count: 3,
  max: 2,
  hard: 0,
  tags: '#BudgetDay',
  missing: 1,
  images: 2,
  videos: 1,
  variant: 'run',
  emoji: '🏛️',
  sample: '𝐁𝐨𝐥𝐝',
  words: 31,
  term: 'second reading',
  plain: 'the main debate on the bill',
  acronym: 'PAC',
  phrase: 'disgraceful',
  objective: 'engage',
  host: 'bit.ly',
  number: '1/5',
  time: '23:10',
  day: 6,
  found: 'fr',
  wanted: 'en',
  fold: 210,
};

describe('finding messages', () => {
  it.each(FINDING_IDS)('%s speaks English and French', (id) => {
    expect(FINDING_MESSAGES[id].fr).toBeDefined();
    const en = findingMessage(id, PARAMS, 'en');
    const fr = findingMessage(id, PARAMS, 'fr');
    expect(en.length).toBeGreaterThan(10);
    expect(fr.length).toBeGreaterThan(10);
    expect(fr).not.toBe(en);
    expect(en).not.toMatch(/undefined|NaN|\$\{/);
    expect(fr).not.toMatch(/undefined|NaN|\$\{/);
  });

  it('falls back to English for a locale it does not speak yet', () => {
    expect(findingMessage('jargon', PARAMS, 'es')).toBe(findingMessage('jargon', PARAMS, 'en'));
    expect(findingMessage('jargon', PARAMS, 'fr-CA')).toBe(findingMessage('jargon', PARAMS, 'fr'));
  });

  it('uses French spacing and number formats', () => {
    expect(findingMessage('jargon', PARAMS, 'fr')).toContain('«\u00a0second reading\u00a0»');
    expect(findingMessage('over-limit', { ...PARAMS, limit: 63206 }, 'fr')).toContain('63\u202f206');
    expect(findingMessage('over-limit', { ...PARAMS, limit: 63206 }, 'en')).toContain('63,206');
  });

  it('names languages in the panel language', () => {
    expect(findingMessage('language-mismatch', PARAMS, 'en')).toBe(
      'The draft looks French, but the campaign is in English.',
    );
    expect(findingMessage('language-mismatch', PARAMS, 'fr')).toContain('français');
  });
});

describe('reasons', () => {
  it.each(FINDING_IDS)('%s has a reason in English and French', (id) => {
    expect(FINDING_REASONS[id].fr).toBeDefined();
    expect(findingReason(id, 2, 'en')).not.toBe(findingReason(id, 2, 'fr'));
  });

  it('counts occurrences', () => {
    expect(findingReason('hashtag-not-camelcase', 3, 'en')).toBe('3 hashtags are not in CamelCase');
    expect(findingReason('hashtag-not-camelcase', 1, 'en')).toBe('1 hashtag is not in CamelCase');
  });
});
