/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_EXAMPLE_FILTERS } from '../../lib/state/playbook-model';
import { CaseStudyLibrary, type CaseStudyLibraryProps } from './CaseStudyLibrary';
import { examples, facts, makeExample, parliaments } from './test-fixtures';

afterEach(cleanup);

function setup(overrides: Partial<CaseStudyLibraryProps> = {}) {
  const props: CaseStudyLibraryProps = {
    examples,
    parliaments,
    locale: 'en',
    filters: NO_EXAMPLE_FILTERS,
    themes: ['visuals', 'calendar', 'audience'],
    facts,
    packNames: new Map([['house', 'House rules']]),
    onFilterChange: vi.fn(),
    onReset: vi.fn(),
    onOpenExample: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<CaseStudyLibrary {...props} />) };
}

describe('CaseStudyLibrary', () => {
  it('groups examples by parliament, the five case studies first, others labelled', () => {
    setup();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'UK Parliament (United Kingdom)',
      'Riksdag (Sweden)',
      'Storting (Norway) Other parliament',
    ]);
    const uk = screen.getByRole('region', { name: 'UK Parliament (United Kingdom)' });
    expect(within(uk).getByRole('button', { name: 'Graphics for committee inquiries' })).toBeTruthy();
    expect(within(uk).getByText('2016 · X')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 examples');
  });

  it('says the examples are not from the IPU guide, and links the source that confirms its case studies', () => {
    setup();
    expect(screen.getByText(/The examples here are not taken from the guide/)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Source: INTER PARES news page/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.inter-pares\.eu\//);
  });

  it('filters by parliament (case studies and others apart), platform and theme', () => {
    const { props } = setup();
    const parliament = screen.getByRole('combobox', { name: 'Parliament' }) as HTMLSelectElement;
    const groups = [...parliament.querySelectorAll('optgroup')].map((g) => [
      g.label,
      [...g.querySelectorAll('option')].map((o) => o.textContent),
    ]);
    expect(groups).toEqual([
      ['The five case studies', ['UK Parliament', 'Riksdag']],
      ['Other parliaments', ['Storting']],
    ]);
    fireEvent.change(parliament, { target: { value: 'se' } });
    expect(props.onFilterChange).toHaveBeenCalledWith('parliament', 'se');
    fireEvent.change(screen.getByRole('combobox', { name: 'Platform' }), { target: { value: 'instagram' } });
    expect(props.onFilterChange).toHaveBeenCalledWith('platform', 'instagram');
    const theme = screen.getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement;
    expect([...theme.options].map((o) => o.value)).toEqual(['', 'visuals', 'calendar', 'audience']);
    fireEvent.change(theme, { target: { value: '' } });
    expect(props.onFilterChange).toHaveBeenCalledWith('theme', null);
  });

  it('offers to clear the filters when nothing matches', () => {
    const { props } = setup({ examples: [], filters: { parliament: 'no', platform: 'x', theme: null } });
    expect(screen.getByText('No example matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(props.onReset).toHaveBeenCalledOnce();
  });

  it('opens an example in full with its sources, and goes back', () => {
    const { props, rerender } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'A youth account on Instagram' }));
    expect(props.onOpenExample).toHaveBeenCalledWith('no-youth');
    rerender(<CaseStudyLibrary {...props} selectedExample={examples[2]!} />);
    const article = screen.getByRole('article', { name: 'A youth account on Instagram' });
    expect(within(article).getByText('Storting')).toBeTruthy();
    expect(within(article).getByText('Other parliament')).toBeTruthy();
    expect(within(article).getByRole('heading', { name: 'What came of it' })).toBeTruthy();
    expect(
      within(article).getByRole('link', { name: /House of Commons committees engagement blog/ }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(within(article).getByRole('heading', { level: 2 }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the case studies' }));
    expect(props.onOpenExample).toHaveBeenCalledWith(null);
    rerender(<CaseStudyLibrary {...props} selectedExample={null} />);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'A youth account on Instagram' }));
  });

  it("marks a pack's example as coming from the pack", () => {
    const packExample = makeExample({
      id: 'p1',
      title: 'Our budget cards',
      parliament: 'uk',
      origin: { pack: 'house' },
    });
    setup({ examples: [packExample] });
    expect(screen.getByText('From House rules')).toBeTruthy();
  });

  it('names parliaments in the content language', () => {
    setup({ locale: 'fr' });
    expect(screen.getByRole('heading', { name: 'Parlement du Royaume-Uni (Royaume-Uni)' })).toBeTruthy();
  });
});
