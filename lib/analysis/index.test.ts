import { describe, expect, it } from 'vitest';
import type { Example, Tip } from '../playbook/schema';
import type { FindingId, Objective } from '../playbook/signals';
import { analyzeDraft, type AnalysisInput, type PlaybookContent } from './index';

function tip(id: string, findings: FindingId[], more: Partial<Tip> = {}): Tip {
  return {
    id,
    stage: 'execute',
    topic: 'writing',
    platforms: 'all',
    accounts: ['institution', 'member'],
    serves: { postTypes: [], needs: [] },
    signals: { findings, objectives: [], keywords: [], browseOnly: false },
    facts: [],
    title: `Tip ${id}`,
    body: 'A tip body long enough to pass the schema.',
    origin: 'built-in',
    ...more,
  };
}

function example(id: string, more: Partial<Example> = {}): Example {
  return {
    id,
    parliament: 'uk',
    platforms: 'all',
    themes: ['writing'],
    objectives: [],
    accounts: ['institution'],
    serves: { postTypes: [], needs: [] },
    when: '2019',
    signals: { findings: [], objectives: [], keywords: [], browseOnly: false },
    facts: ['UK-01'],
    title: `Example ${id}`,
    what: 'What they did, in enough words.',
    outcome: 'What came of it.',
    lesson: 'The lesson to take.',
    origin: 'built-in',
    ...more,
  };
}

const PLAYBOOK: PlaybookContent = {
  tips: [
    tip('shorten', ['over-limit']),
    tip('cut-words', ['over-limit', 'near-limit']),
    tip('impartial', ['partisan-language'], { accounts: ['institution'], topic: 'impartiality' }),
    tip('alt-text', ['image-missing-alt'], { topic: 'accessibility' }),
    tip('camelcase', ['hashtag-not-camelcase'], { topic: 'hashtags' }),
    tip('plain', ['jargon', 'unexplained-acronym'], { topic: 'plain-language' }),
    tip('ask', ['no-call-to-action'], {
      signals: { findings: ['no-call-to-action'], objectives: ['consult'], keywords: [], browseOnly: false },
    }),
    tip('budget-words', [], {
      signals: { findings: [], objectives: [], keywords: ['budget', 'finance bill'], browseOnly: false },
    }),
    tip('member-only', ['over-limit'], { accounts: ['member'] }),
    tip('linkedin-only', ['over-limit'], { platforms: ['linkedin'] }),
    tip('browse', [], { signals: { findings: [], objectives: [], keywords: [], browseOnly: true } }),
  ],
  examples: [
    example('neutral-results', { themes: ['impartiality'] }),
    example('consultation', { objectives: ['consult'], themes: ['engagement'] }),
    example('budget-explainer', {
      signals: { findings: [], objectives: [], keywords: ['budget'], browseOnly: false },
    }),
  ],
};

const base = (over: Partial<AnalysisInput> = {}): AnalysisInput => ({
  text: 'The committee meets today at 10:00.',
  platform: 'x',
  playbook: PLAYBOOK,
  ...over,
});

describe('analyzeDraft', () => {
  it('returns the documented shape', () => {
    const r = analyzeDraft(base());
    expect(r.length).toEqual({ used: 35, limit: 280, remaining: 245 });
    expect(r.findings).toEqual([]);
    expect(r.tips).toEqual([]);
    expect(r.examples).toEqual([]);
  });

  it('writes findings in the panel language, falling back to English', () => {
    const text = 'Join us for #parliamentweek';
    const en = analyzeDraft(base({ text }));
    const fr = analyzeDraft(base({ text, locale: 'fr' }));
    const es = analyzeDraft(base({ text, locale: 'es' }));
    expect(en.findings[0]!.message).toMatch(/^#parliamentweek runs words together/);
    expect(fr.findings[0]!.message).toMatch(/^#parliamentweek colle plusieurs mots/);
    expect(es.findings[0]!.message).toBe(en.findings[0]!.message);
  });

  it('links each finding to the tips that address it', () => {
    const r = analyzeDraft(base({ text: 'a'.repeat(300) }));
    const over = r.findings.find((f) => f.id === 'over-limit');
    expect(over?.range).toEqual([280, 300]);
    expect(over?.tipIds.sort()).toEqual(['cut-words', 'member-only', 'shorten']);
  });

  it('filters tips by account and platform, and never shows browse-only tips', () => {
    const ids = (input: Partial<AnalysisInput>): string[] =>
      analyzeDraft(base({ text: 'a'.repeat(3100), ...input })).tips.map((t) => t.tip.id);
    expect(ids({ account: 'institution' })).not.toContain('member-only');
    expect(ids({ account: 'member' })).toContain('member-only');
    expect(ids({ platform: 'x' })).not.toContain('linkedin-only');
    expect(ids({ platform: 'linkedin' })).toContain('linkedin-only');
    expect(ids({})).not.toContain('browse');
  });

  it('says why each tip is shown', () => {
    const r = analyzeDraft(base({ text: '#parliamentweek #budgetday #climateaction the budget' }));
    const camel = r.tips.find((t) => t.tip.id === 'camelcase');
    expect(camel?.reason).toBe('3 hashtags are not in CamelCase');
    const budget = r.tips.find((t) => t.tip.id === 'budget-words');
    expect(budget?.reason).toBe('Your draft mentions "budget"');
  });

  it('puts the most serious problems first: length and impartiality before style', () => {
    const text = `The Government's disgraceful record on #parliamentweek and second reading. ${'More words here. '.repeat(20)}`;
    const r = analyzeDraft(
      base({
        text,
        account: 'institution',
        media: { images: 1, imagesWithAlt: 0, videos: 0, videosWithCaptions: 0 },
      }),
    );
    expect(r.findings[0]!.id).toBe('over-limit');
    expect(r.findings[1]!.id).toBe('partisan-language');
    expect(r.tips.slice(0, 3).map((t) => t.tip.id)).toEqual(['cut-words', 'impartial', 'alt-text']);
  });

  it('spreads the first tips over different problems, without duplicates', () => {
    const r = analyzeDraft(base({ text: 'a'.repeat(300) + ' second reading #budgetday' }));
    const ids = r.tips.map((t) => t.tip.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 3)).toEqual(['cut-words', 'plain', 'camelcase']);
  });

  it('matches the campaign objective', () => {
    const campaign = { hashtags: [], objective: 'consult' as Objective, language: 'en' };
    const r = analyzeDraft(
      base({ text: 'The committee has published its report on rural buses.', campaign }),
    );
    expect(r.findings.map((f) => f.id)).toContain('no-call-to-action');
    expect(r.tips[0]?.tip.id).toBe('ask');
    expect(r.examples.map((e) => e.example.id)).toContain('consultation');
  });

  it('ranks examples with reasons', () => {
    const r = analyzeDraft(
      base({ text: 'Our budget explained, and the disgraceful opposition', account: 'institution' }),
    );
    expect(r.examples.map((e) => e.example.id)).toEqual(['neutral-results', 'budget-explainer']);
    expect(r.examples[0]!.reason).toMatch(/impartiality/);
  });

  it('gives the same result for the same input', () => {
    const input = base({
      text: 'BREAKING: #budgetday vote on the second reading tonight 🎉🎉🎉',
      account: 'institution',
    });
    expect(analyzeDraft(input)).toEqual(analyzeDraft(input));
  });

  it('uses the instance limit on Mastodon', () => {
    expect(analyzeDraft(base({ platform: 'mastodon', limit: 5000, text: 'a'.repeat(600) })).length).toEqual({
      used: 600,
      limit: 5000,
      remaining: 4400,
    });
  });

  it('uses the built-in playbook when none is given', () => {
    const r = analyzeDraft({ text: '#parliamentweek', platform: 'x' });
    expect(r.findings[0]!.id).toBe('hashtag-not-camelcase');
    expect(Array.isArray(r.tips)).toBe(true);
  });

  it('rejects an unknown platform', () => {
    expect(() => analyzeDraft({ text: 'x', platform: 'myspace' as never })).toThrow(TypeError);
  });
});
