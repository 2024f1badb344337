import type { PlaybookExample, PlaybookTip } from '../../lib/playbook/index';
import type { Fact, Parliament } from '../../lib/playbook/schema';

/** Small, hand-made playbook data for the component tests (the real content has its own tests). */

const signals = { findings: [], objectives: [], keywords: [], browseOnly: true };

export const facts: ReadonlyMap<string, Fact> = new Map(
  (
    [
      {
        id: 'PB-03',
        tag: 'GUIDE-META',
        source: 'INTER PARES news page on the IPU Social media guide, 2021',
        url: 'https://www.inter-pares.eu/en/news/social-media-guide-parliaments-and-parliamentarians',
      },
      {
        id: 'PL-01',
        tag: 'IPU',
        source: 'IPU Social Media Guidelines for Parliaments, 2013 (summary by NDI Tech)',
      },
      {
        id: 'EX-03',
        tag: 'OTHER',
        source: 'House of Commons committees engagement blog, 2016',
        url: 'https://committeesengagement.blog.parliament.uk/2016/05/26/an-update-on-our-progress-so-far/',
      },
    ] satisfies Fact[]
  ).map((f) => [f.id, f]),
);

export function makeTip(partial: Partial<PlaybookTip> & Pick<PlaybookTip, 'id' | 'title'>): PlaybookTip {
  return {
    stage: 'execute',
    topic: 'writing',
    platforms: 'all',
    accounts: ['institution'],
    serves: { postTypes: [], needs: [] },
    signals,
    facts: [],
    body: `${partial.title}: the short version for the panel.`,
    origin: 'built-in',
    ...partial,
  };
}

export const tips: PlaybookTip[] = [
  makeTip({
    id: 'plan-aim',
    title: 'Give every campaign one aim',
    stage: 'plan',
    topic: 'objectives',
    facts: ['PB-03', 'PL-01'],
  }),
  makeTip({
    id: 'graphics-key-moments',
    title: 'Make a graphic for each key moment',
    topic: 'visuals',
    facts: ['EX-03'],
    why: 'Committee posts were shared more once each inquiry had graphics.',
    example: { do: 'Launch: a card with the question and the deadline.', dont: 'A wall of text.' },
  }),
  makeTip({ id: 'own-advice', title: 'Read your post aloud before posting', topic: 'tone' }),
  makeTip({
    id: 'friday-note',
    title: 'Send the Friday note',
    stage: 'measure',
    topic: 'reporting',
    origin: { pack: 'house' },
    references: [{ label: 'House handbook, 2025', url: 'https://example.org/h' }],
  }),
];

export const parliaments: Parliament[] = [
  {
    id: 'uk',
    name: { en: 'UK Parliament', fr: 'Parlement du Royaume-Uni' },
    country: { en: 'United Kingdom', fr: 'Royaume-Uni' },
    featured: true,
  },
  {
    id: 'se',
    name: { en: 'Riksdag', fr: 'Riksdag' },
    country: { en: 'Sweden', fr: 'Suède' },
    featured: true,
  },
  {
    id: 'no',
    name: { en: 'Storting', fr: 'Storting' },
    country: { en: 'Norway', fr: 'Norvège' },
    featured: false,
  },
];

export function makeExample(
  partial: Partial<PlaybookExample> & Pick<PlaybookExample, 'id' | 'title' | 'parliament'>,
): PlaybookExample {
  return {
    platforms: 'all',
    themes: ['visuals'],
    objectives: [],
    accounts: ['institution'],
    when: '2016',
    serves: { postTypes: [], needs: [] },
    signals,
    facts: ['EX-03'],
    what: 'What they did, told in a sentence or two.',
    outcome: 'What came of it, as far as the source says.',
    lesson: 'What a comms officer can take from it.',
    origin: 'built-in',
    ...partial,
  };
}

export const examples: PlaybookExample[] = [
  makeExample({
    id: 'uk-graphics',
    title: 'Graphics for committee inquiries',
    parliament: 'uk',
    platforms: ['x'],
    objectives: ['explain'],
  }),
  makeExample({
    id: 'se-centenary',
    title: 'A four-year democracy centenary',
    parliament: 'se',
    when: '2018–2022',
    themes: ['calendar'],
  }),
  makeExample({
    id: 'no-youth',
    title: 'A youth account on Instagram',
    parliament: 'no',
    platforms: ['instagram'],
    themes: ['audience'],
  }),
];
