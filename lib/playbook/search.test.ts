import { describe, expect, it } from 'vitest';
import type { Example, Parliament, Tip } from './schema';
import { foldText, queryTerms, searchPlaybook } from './search';

const signals = { findings: [], objectives: [], keywords: [], browseOnly: true };

function tip(partial: Partial<Tip> & Pick<Tip, 'id' | 'title'>): Tip {
  return {
    stage: 'execute',
    topic: 'writing',
    platforms: 'all',
    accounts: ['institution'],
    serves: { postTypes: [], needs: [] },
    signals,
    facts: [],
    body: 'A body that is long enough.',
    origin: 'built-in',
    ...partial,
  };
}

function example(partial: Partial<Example> & Pick<Example, 'id' | 'title' | 'parliament'>): Example {
  return {
    platforms: 'all',
    themes: ['visuals'],
    objectives: [],
    accounts: ['institution'],
    serves: { postTypes: [], needs: [] },
    when: '2019',
    signals,
    facts: ['UK-04'],
    what: 'What they did.',
    outcome: 'What came of it.',
    lesson: 'The lesson.',
    origin: 'built-in',
    ...partial,
  };
}

const tips = [
  tip({
    id: 'jargon',
    title: 'Cut the jargon',
    topic: 'plain-language',
    body: 'Say "the committee", not the acronym.',
  }),
  tip({
    id: 'captions',
    title: 'Caption every video',
    topic: 'video',
    platforms: ['youtube', 'instagram'],
    body: 'Most people watch without sound.',
    why: 'Sous-titres: l’accessibilité compte.',
  }),
  tip({ id: 'objectives', title: 'Set one objective per campaign', stage: 'plan', topic: 'objectives' }),
  tip({
    id: 'reports',
    title: 'Write a narrative report',
    stage: 'measure',
    topic: 'reporting',
    body: 'Explain what the numbers mean, with a video of the best post.',
  }),
];

const examples = [
  example({
    id: 'uk-graphics',
    title: 'Graphics for committee inquiries',
    parliament: 'uk',
    platforms: ['x'],
  }),
  example({
    id: 'se-centenary',
    title: 'Fira demokratin! centenary',
    parliament: 'se',
    themes: ['calendar'],
    what: 'Une exposition itinérante sur la démocratie.',
  }),
];

const parliaments: Parliament[] = [
  {
    id: 'se',
    name: { en: 'Riksdag', fr: 'Riksdag' },
    country: { en: 'Sweden', fr: 'Suède' },
    featured: true,
  },
];

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);

describe('foldText', () => {
  it('ignores case and accents, and spells out ligatures', () => {
    expect(foldText('Éducation ÇA Œuvre Straße Državni')).toBe('education ca oeuvre strasse drzavni');
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(foldText('l’accessibilité')).toBe(foldText("l'accessibilite"));
  });
});

describe('queryTerms', () => {
  it('splits on spaces and punctuation and drops empty words', () => {
    expect(queryTerms('  "Plain  language", JARGON! ')).toEqual(['plain', 'language', 'jargon']);
  });
});

describe('searchPlaybook', () => {
  const content = { tips, examples };

  it('returns everything for an empty query', () => {
    const result = searchPlaybook(content, '   ');
    expect(ids(result.tips)).toEqual(['jargon', 'captions', 'objectives', 'reports']);
    expect(ids(result.examples)).toEqual(['uk-graphics', 'se-centenary']);
  });

  it('ignores case and accents in the query and in the text', () => {
    expect(ids(searchPlaybook(content, 'ACCESSIBILITE').tips)).toEqual(['captions']);
    expect(ids(searchPlaybook(content, 'itineránte démocratie').examples)).toEqual(['se-centenary']);
  });

  it('needs every word, in any order', () => {
    expect(ids(searchPlaybook(content, 'committee acronym').tips)).toEqual(['jargon']);
    expect(ids(searchPlaybook(content, 'acronym sound').tips)).toEqual([]);
  });

  it('searches the topic, and the topic label when given', () => {
    expect(ids(searchPlaybook(content, 'plain-language').tips)).toEqual(['jargon']);
    const topicLabel = (topic: string) => (topic === 'reporting' ? 'Rapports' : topic);
    expect(ids(searchPlaybook(content, 'rapports', {}, { topicLabel }).tips)).toEqual(['reports']);
  });

  it('ranks title matches first, then keeps the playbook order', () => {
    expect(ids(searchPlaybook(content, 'video').tips)).toEqual(['captions', 'reports']);
  });

  it('finds examples by parliament name or country when parliaments are given', () => {
    expect(ids(searchPlaybook(content, 'suede').examples)).toEqual([]);
    expect(ids(searchPlaybook(content, 'suède', {}, { parliaments }).examples)).toEqual(['se-centenary']);
  });

  it('filters tips by stage and topic', () => {
    expect(ids(searchPlaybook(content, '', { stage: 'plan' }).tips)).toEqual(['objectives']);
    expect(ids(searchPlaybook(content, '', { topic: 'video' }).tips)).toEqual(['captions']);
    expect(ids(searchPlaybook(content, 'video', { stage: 'measure' }).tips)).toEqual(['reports']);
  });

  it('filters by platform, keeping items meant for all platforms', () => {
    const result = searchPlaybook(content, '', { platform: 'x' });
    expect(ids(result.tips)).toEqual(['jargon', 'objectives', 'reports']);
    expect(ids(result.examples)).toEqual(['uk-graphics', 'se-centenary']);
    expect(ids(searchPlaybook(content, '', { platform: 'youtube' }).examples)).toEqual(['se-centenary']);
  });

  it('filters examples by parliament and theme', () => {
    expect(ids(searchPlaybook(content, '', { parliament: 'uk' }).examples)).toEqual(['uk-graphics']);
    expect(ids(searchPlaybook(content, '', { theme: 'calendar' }).examples)).toEqual(['se-centenary']);
    expect(ids(searchPlaybook(content, '', { theme: 'calendar', parliament: 'uk' }).examples)).toEqual([]);
  });

  it('treats null filters as "any"', () => {
    const result = searchPlaybook(content, '', {
      stage: null,
      topic: null,
      platform: null,
      parliament: null,
      theme: null,
    });
    expect(result.tips).toHaveLength(4);
    expect(result.examples).toHaveLength(2);
  });
});
