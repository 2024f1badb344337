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

const SERVING: PlaybookContent = {
  tips: [
    tip('deadline-tip', [], { serves: { postTypes: ['call-for-evidence'], needs: ['deadline'] } }),
    tip('consult-tip', [], { serves: { postTypes: ['call-for-evidence'], needs: [] } }),
    tip('link-tip', [], { serves: { postTypes: [], needs: ['link'] } }),
    tip('live-tip', [], { serves: { postTypes: ['live-coverage'], needs: [] } }),
  ],
  examples: [
    example('petition-link', { serves: { postTypes: ['petition'], needs: ['link'] } }),
    example('neutral-case', { serves: { postTypes: [], needs: ['impartial-wording'] } }),
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
    // Shared words only break ties: on their own they show nothing.
    expect(r.tips.map((t) => t.tip.id)).not.toContain('budget-words');
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
    const top = r.tips.slice(0, 3).map((t) => t.tip.id);
    expect(top.slice(0, 2)).toContain('impartial');
    expect(top.slice(0, 2).some((id) => id === 'shorten' || id === 'cut-words')).toBe(true);
    expect(top[2]).toBe('alt-text');
  });

  it('spreads the first tips over different problems, without duplicates', () => {
    const r = analyzeDraft(base({ text: 'a'.repeat(300) + ' second reading #budgetday' }));
    const ids = r.tips.map((t) => t.tip.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Three tips for over-limit would crowd out the other problems: at most two make the top three.
    const lengthTips = new Set(['shorten', 'cut-words', 'member-only']);
    expect(ids.slice(0, 3).filter((id) => lengthTips.has(id)).length).toBeLessThanOrEqual(2);
    expect(ids.slice(0, 3)).toContain('camelcase');
  });

  it('puts the tip written for one finding before one that lists it among others', () => {
    const r = analyzeDraft(base({ text: 'a'.repeat(300) }));
    const ids = r.tips.map((t) => t.tip.id);
    // "shorten" is about over-limit alone; "cut-words" also covers near-limit.
    expect(ids.indexOf('shorten')).toBeLessThan(ids.indexOf('cut-words'));
  });

  it('offers a tip written for the platform even when nothing in the draft points at it', () => {
    const ids = (platform: AnalysisInput['platform']): string[] =>
      analyzeDraft(base({ text: 'The committee meets today.', platform })).tips.map((t) => t.tip.id);
    expect(ids('linkedin')).toContain('linkedin-only');
    expect(ids('x')).not.toContain('linkedin-only');
  });

  it('uses the campaign objective to order, not to show', () => {
    const campaign = { hashtags: [], objective: 'consult' as Objective, language: 'en' };
    const r = analyzeDraft(
      base({ text: 'The committee has published its report on rural buses.', campaign }),
    );
    expect(r.findings.map((f) => f.id)).toContain('no-call-to-action');
    expect(r.tips[0]?.tip.id).toBe('ask');
    // The consultation example shares only the objective: not a reason to show it beside this post.
    expect(r.examples.map((e) => e.example.id)).not.toContain('consultation');
  });

  it('shows what serves the kind of post, and names the kind in the reason', () => {
    const r = analyzeDraft(
      base({
        text: 'The Transport Committee has launched a call for evidence on rural buses.',
        account: 'institution',
        playbook: SERVING,
      }),
    );
    expect(r.postTypes.map((p) => p.id)).toEqual(['call-for-evidence']);
    expect(r.postTypes[0]).toMatchObject({ evidence: 'call for evidence', chosen: false });
    expect(r.needs).toEqual(expect.arrayContaining(['deadline', 'link']));
    const ids = r.tips.map((t) => t.tip.id);
    // A tip for the draft's weak spot (no deadline) before one that only fits the kind of post.
    expect(ids.indexOf('deadline-tip')).toBeLessThan(ids.indexOf('consult-tip'));
    expect(ids).not.toContain('live-tip');
    expect(r.tips.find((t) => t.tip.id === 'deadline-tip')!.reason).toBe(
      'This reads as a call for evidence: there is no closing date',
    );
    expect(r.tips.find((t) => t.tip.id === 'consult-tip')!.reason).toBe('This reads as a call for evidence');
  });

  it('breaks ties by the words shared with the draft, then by id', () => {
    const forCall = (id: string, keywords: string[]): Tip =>
      tip(id, [], {
        serves: { postTypes: ['call-for-evidence'], needs: [] },
        signals: { findings: [], objectives: [], keywords, browseOnly: false },
      });
    const playbook: PlaybookContent = {
      tips: [
        forCall('m-none', []),
        forCall('a-three', ['buses', 'trains', 'ferries']),
        forCall('b-none', []),
        forCall('z-four', ['buses', 'trains', 'ferries', 'trams']),
      ],
      examples: [],
    };
    const text = 'The committee has launched a call for evidence on buses, trains, ferries and trams.';
    const r = analyzeDraft(base({ text, playbook }));
    // Shared words count for at most three in the score: the fourth decides the tie, not the id.
    expect(r.tips.map((t) => t.tip.id)).toEqual(['z-four', 'a-three', 'b-none', 'm-none']);
    expect(r.tips[0]!.score).toBe(r.tips[1]!.score);
  });

  it("shows case studies for the draft's second kind of post only when its main kind has none", () => {
    const live = example('live-case', { serves: { postTypes: ['live-coverage'], needs: [] } });
    const petition = example('petition-case', { serves: { postTypes: ['petition'], needs: [] } });
    const text = 'Watch live: MPs debate the petition on school meals, signed by 120,000 people.';
    const shown = (examples: Example[]): string[] =>
      analyzeDraft(base({ text, playbook: { tips: [], examples } })).examples.map((e) => e.example.id);
    expect(analyzeDraft(base({ text })).postTypes.map((p) => p.id)).toEqual(['petition', 'live-coverage']);
    expect(shown([live, petition])).toEqual(['petition-case']);
    expect(shown([live])).toEqual(['live-case']);
    const [reason] = analyzeDraft(base({ text, playbook: { tips: [], examples: [live] } })).examples;
    expect(reason!.reason).toMatch(/live/i);
  });

  it('shows an example for a need only when it serves the kind of post that raised it', () => {
    const r = analyzeDraft(
      base({
        text: 'We are hiring: join our team as a digital officer.',
        account: 'institution',
        playbook: SERVING,
      }),
    );
    expect(r.postTypes.map((p) => p.id)).toContain('recruitment');
    expect(r.needs).toContain('link');
    expect(r.tips.map((t) => t.tip.id)).toContain('link-tip');
    expect(r.examples.map((e) => e.example.id)).toEqual([]);
  });

  it('follows the kinds of post the user chose instead of recognising them', () => {
    const text = 'The Transport Committee has launched a call for evidence on rural buses.';
    const r = analyzeDraft(base({ text, playbook: SERVING, postTypes: ['live-coverage'] }));
    expect(r.postTypes).toEqual([{ id: 'live-coverage', evidence: '', chosen: true }]);
    expect(r.tips.map((t) => t.tip.id)).toContain('live-tip');
    expect(r.tips.map((t) => t.tip.id)).not.toContain('consult-tip');
    const none = analyzeDraft(base({ text, playbook: SERVING, postTypes: [] }));
    expect(none.postTypes).toEqual([]);
    expect(none.tips.map((t) => t.tip.id)).not.toContain('consult-tip');
  });

  it('ranks examples with reasons', () => {
    const r = analyzeDraft(
      base({
        text: 'Our budget explained, and the disgraceful opposition',
        account: 'institution',
        playbook: SERVING,
      }),
    );
    expect(r.examples.map((e) => e.example.id)).toEqual(['neutral-case']);
    expect(r.examples[0]!.reason).toMatch(/must not take sides/);
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
