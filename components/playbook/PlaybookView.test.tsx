/** @vitest-environment happy-dom */
import { signal } from '@preact/signals';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentPack, Playbook } from '../../lib/playbook/index';
import { createPlaybookModel, NO_TIP_FILTERS, type PlaybookModel } from '../../lib/state/playbook-model';
import { PlaybookView, type PlaybookViewProps } from './PlaybookView';
import { examples, facts, parliaments, tips } from './test-fixtures';
import { topicLabel } from './labels';

afterEach(cleanup);

const topicsByStage = {
  plan: ['objectives' as const],
  execute: ['visuals' as const, 'tone' as const],
  measure: ['reporting' as const],
};

function setup(overrides: Partial<PlaybookViewProps> = {}) {
  const props: PlaybookViewProps = {
    tips,
    query: '',
    filters: NO_TIP_FILTERS,
    topicsByStage,
    facts,
    packNames: new Map([['house', 'House rules']]),
    onQueryChange: vi.fn(),
    onFilterChange: vi.fn(),
    onReset: vi.fn(),
    onOpenTip: vi.fn(),
    onOpenExample: vi.fn(),
    ...overrides,
  };
  const view = render(<PlaybookView {...props} />);
  return { props, ...view };
}

describe('PlaybookView', () => {
  it('lists the tips by stage under headings, with a count', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Playbook' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Plan',
      'Execute',
      'Measure',
    ]);
    expect(screen.getByRole('status').textContent).toBe('4 tips');
    const execute = screen.getByRole('region', { name: 'Execute' });
    expect(
      within(execute)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Make a graphic for each key moment', 'Read your post aloud before posting']);
  });

  it("marks Rostrum's own advice and a pack's tips in the list", () => {
    setup();
    const own = screen.getByRole('button', { name: 'Read your post aloud before posting' }).closest('li')!;
    expect(within(own).getByText("Rostrum's own advice")).toBeTruthy();
    const pack = screen.getByRole('button', { name: 'Send the Friday note' }).closest('li')!;
    expect(within(pack).getByText('From House rules')).toBeTruthy();
  });

  it('reports typing in the labelled search box', () => {
    const { props } = setup();
    const box = screen.getByRole('searchbox', { name: 'Search the playbook' });
    fireEvent.input(box, { target: { value: 'graphic' } });
    expect(props.onQueryChange).toHaveBeenCalledWith('graphic');
  });

  it('shows a flat list and matching examples while searching', () => {
    const { props } = setup({ query: 'graphic', tips: [tips[1]!], examples: [examples[0]!] });
    expect(screen.queryByRole('heading', { name: 'Execute' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('1 tip · 1 example');
    fireEvent.click(screen.getByRole('button', { name: 'Graphics for committee inquiries' }));
    expect(props.onOpenExample).toHaveBeenCalledWith('uk-graphics');
  });

  it('browses by stage with pressed toggle buttons, and by topic of that stage', () => {
    const { props } = setup({ filters: { stage: 'execute', topic: null, platform: null } });
    const stages = screen.getByRole('group', { name: 'Stage' });
    expect(within(stages).getByRole('button', { name: 'Execute' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(stages).getByRole('button', { name: 'All stages' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    fireEvent.click(within(stages).getByRole('button', { name: 'Plan' }));
    expect(props.onFilterChange).toHaveBeenCalledWith('stage', 'plan');
    const topic = screen.getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement;
    expect([...topic.options].map((o) => o.textContent)).toEqual([
      'All topics',
      topicLabel('visuals'),
      topicLabel('tone'),
    ]);
    fireEvent.change(topic, { target: { value: 'tone' } });
    expect(props.onFilterChange).toHaveBeenCalledWith('topic', 'tone');
    fireEvent.change(screen.getByRole('combobox', { name: 'Platform' }), { target: { value: 'bluesky' } });
    expect(props.onFilterChange).toHaveBeenCalledWith('platform', 'bluesky');
  });

  it('offers to clear the search when nothing matches', () => {
    const { props } = setup({ query: 'zzz', tips: [], examples: [] });
    expect(screen.getByText('Nothing in the playbook matches.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the search and filters' }));
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('opens a tip, shows it in place of the list, and returns focus to it on the way back', () => {
    const { props, rerender } = setup();
    const button = screen.getByRole('button', { name: 'Make a graphic for each key moment' });
    fireEvent.click(button);
    expect(props.onOpenTip).toHaveBeenCalledWith('graphics-key-moments');

    rerender(<PlaybookView {...props} selectedTip={tips[1]!} />);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Make a graphic for each key moment');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the playbook' }));
    expect(props.onOpenTip).toHaveBeenCalledWith(null);

    rerender(<PlaybookView {...props} selectedTip={null} />);
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Make a graphic for each key moment' }),
    );
  });
});

/** The view wired to the real model, as the panel does: search, open a tip, see its source. */
function Connected({ model }: { model: PlaybookModel }) {
  const book = model.playbook.value!;
  return (
    <PlaybookView
      tips={model.results.value.tips}
      examples={model.results.value.examples}
      query={model.query.value}
      filters={model.filters.value}
      topicsByStage={model.topicsByStage.value}
      facts={book.facts}
      packNames={model.packNames.value}
      selectedTip={model.selectedTip.value}
      onQueryChange={model.setQuery}
      onFilterChange={model.setFilter}
      onReset={model.reset}
      onOpenTip={model.selectTip}
    />
  );
}

describe('PlaybookView with the playbook model', () => {
  it('searches ignoring accents, opens a tip and shows its source with a link', () => {
    const book: Playbook = { locale: 'en', tips, examples, parliaments, facts };
    const model = createPlaybookModel({
      locale: signal('en'),
      packs: signal<readonly ContentPack[]>([]),
      load: () => book,
    });
    render(<Connected model={model} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'GRÁPHIC' } });
    expect(screen.getByRole('status').textContent).toBe('1 tip · 1 example');
    fireEvent.click(screen.getByRole('button', { name: 'Make a graphic for each key moment' }));
    const link = screen.getByRole('link', { name: /House of Commons committees engagement blog, 2016/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/committeesengagement\.blog\.parliament\.uk\//);
    fireEvent.click(screen.getByRole('button', { name: 'Back to the playbook' }));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('GRÁPHIC');
  });
});
