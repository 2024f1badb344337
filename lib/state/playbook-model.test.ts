import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import sample from '../../docs/sample-content-pack.json';
import {
  parsePack,
  type ContentPack,
  type Playbook,
  type PlaybookExample,
  type PlaybookTip,
} from '../playbook/index';
import { createPlaybookModel } from './playbook-model';

const signals = { findings: [], objectives: [], keywords: [], browseOnly: true };

function tip(
  id: string,
  stage: PlaybookTip['stage'],
  topic: PlaybookTip['topic'],
  title: string,
): PlaybookTip {
  return {
    id,
    stage,
    topic,
    title,
    body: `${title}, explained at some length.`,
    platforms: 'all',
    accounts: ['institution'],
    serves: { postTypes: [], needs: [] },
    signals,
    facts: [],
    origin: 'built-in',
  };
}

function example(
  id: string,
  parliament: string,
  title: string,
  platforms: PlaybookExample['platforms'],
): PlaybookExample {
  return {
    id,
    parliament,
    title,
    platforms,
    themes: ['visuals'],
    objectives: [],
    accounts: ['institution'],
    serves: { postTypes: [], needs: [] },
    when: '2019',
    signals,
    facts: ['UK-04'],
    what: 'What they did, in detail.',
    outcome: 'What came of it.',
    lesson: 'The lesson.',
    origin: 'built-in',
  };
}

function fixture(locale: string): Playbook {
  const fr = locale.startsWith('fr');
  return {
    locale: fr ? 'fr' : 'en',
    tips: [
      tip('objectives', 'plan', 'objectives', fr ? 'Fixer un objectif' : 'Set one objective'),
      tip('audience', 'plan', 'audience', fr ? 'Connaître son public' : 'Know your audience'),
      tip('captions', 'execute', 'video', fr ? 'Sous-titrer chaque vidéo' : 'Caption every video'),
      tip('report', 'measure', 'reporting', fr ? 'Raconter les chiffres' : 'Tell the story of the numbers'),
    ],
    examples: [
      example('uk-graphics', 'uk', 'Committee graphics', ['x']),
      example('se-video', 'se', 'Centenary video', ['youtube']),
    ],
    parliaments: [],
    facts: new Map(),
  };
}

function setup(overrides: { load?: (locale: string, packs: readonly ContentPack[]) => Playbook } = {}) {
  const locale = signal('en');
  const packs = signal<readonly ContentPack[]>([]);
  const calls: string[] = [];
  const model = createPlaybookModel({
    locale,
    packs,
    topicLabel: (topic, lang) =>
      topic === 'reporting' ? (lang.startsWith('fr') ? 'Bilans' : 'Reports') : topic,
    load:
      overrides.load ??
      ((l) => {
        calls.push(l);
        return fixture(l);
      }),
  });
  return { model, locale, packs, calls };
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);

describe('playbook model', () => {
  it('lists every tip and no example before a search', () => {
    const { model } = setup();
    expect(ids(model.results.value.tips)).toEqual(['objectives', 'audience', 'captions', 'report']);
    expect(model.results.value.examples).toEqual([]);
  });

  it('searches tips and examples as the query changes', () => {
    const { model } = setup();
    model.setQuery('VIDÉO');
    expect(ids(model.results.value.tips)).toEqual(['captions']);
    expect(ids(model.results.value.examples)).toEqual(['se-video']);
  });

  it('searches topic labels in the current language', () => {
    const { model, locale } = setup();
    model.setQuery('bilans');
    expect(ids(model.results.value.tips)).toEqual([]);
    locale.value = 'fr';
    expect(ids(model.results.value.tips)).toEqual(['report']);
  });

  it('browses by stage and topic, dropping a topic the new stage does not have', () => {
    const { model } = setup();
    expect(model.topicsByStage.value).toEqual({
      plan: ['objectives', 'audience'],
      execute: ['video'],
      measure: ['reporting'],
    });
    model.setFilter('stage', 'plan');
    model.setFilter('topic', 'audience');
    expect(ids(model.results.value.tips)).toEqual(['audience']);
    model.setFilter('stage', 'execute');
    expect(model.filters.value).toEqual({ stage: 'execute', topic: null, platform: null });
    model.reset();
    expect(model.filters.value).toEqual({ stage: null, topic: null, platform: null });
  });

  it('shows the tips on one topic, as the plan checklist asks', () => {
    const { model } = setup();
    model.setQuery('video');
    model.selectTip('captions');
    model.showTopic('audience');
    expect(model.query.value).toBe('');
    expect(model.filters.value).toEqual({ stage: 'plan', topic: 'audience', platform: null });
    expect(model.selectedTip.value).toBeNull();
    expect(ids(model.results.value.tips)).toEqual(['audience']);
  });

  it('filters the case-study library on its own', () => {
    const { model } = setup();
    model.setQuery('video');
    expect(ids(model.library.value)).toEqual(['uk-graphics', 'se-video']);
    model.setExampleFilter('platform', 'x');
    expect(ids(model.library.value)).toEqual(['uk-graphics']);
    model.setExampleFilter('platform', null);
    model.setExampleFilter('parliament', 'se');
    expect(ids(model.library.value)).toEqual(['se-video']);
  });

  it('opens a tip or an example by id, even when the search hides it', () => {
    const { model } = setup();
    model.setQuery('video');
    model.selectTip('objectives');
    expect(model.selectedTip.value?.title).toBe('Set one objective');
    model.selectExample('uk-graphics');
    expect(model.selectedExample.value?.title).toBe('Committee graphics');
    model.selectTip('gone');
    expect(model.selectedTip.value).toBeNull();
    model.selectTip(null);
    expect(model.selectedTipId.value).toBeNull();
  });

  it('follows the language, keeping the open tip', () => {
    const { model, locale, calls } = setup();
    model.selectTip('captions');
    expect(model.selectedTip.value?.title).toBe('Caption every video');
    locale.value = 'fr-CA';
    expect(model.selectedTip.value?.title).toBe('Sous-titrer chaque vidéo');
    expect(calls).toEqual(['en', 'fr-CA']);
  });

  it('reports a playbook that cannot be built, instead of throwing into the panel', () => {
    const { model } = setup({
      load: () => {
        throw new Error('content/tips/plan.ts, tip "x": broken');
      },
    });
    expect(model.playbook.value).toBeNull();
    expect(model.error.value).toBe('content/tips/plan.ts, tip "x": broken');
    expect(model.results.value).toEqual({ tips: [], examples: [] });
    expect(model.library.value).toEqual([]);
  });

  it('merges installed packs with the real playbook and names them', () => {
    const result = parsePack(JSON.stringify(sample));
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const locale = signal('en');
    const packs = signal<readonly ContentPack[]>([]);
    const model = createPlaybookModel({ locale, packs });
    const before = model.playbook.value!.tips.length;
    packs.value = [result.pack];
    expect(model.playbook.value!.tips.length).toBe(before + 3);
    expect(model.packNames.value.get('sample-parliament-house-rules')).toBe(
      'Sample Parliament: house rules for social media',
    );
    model.setQuery('friday note');
    expect(ids(model.results.value.tips)).toEqual(['sample-weekly-report']);
  });
});
