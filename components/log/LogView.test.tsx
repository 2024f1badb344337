/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import type { Entry } from '../../lib/log/schema';
import { LogView } from './LogView';

afterEach(cleanup);

const entry = (id: string, text: string, campaignId: string | null, createdAt: number): Entry => ({
  id,
  text,
  platform: 'x',
  url: '',
  campaignId,
  tags: [],
  findings: [],
  tips: [],
  status: 'published',
  metrics: {},
  createdAt,
  updatedAt: createdAt,
});

describe('LogView', () => {
  it('lists entries in the given order with time, platform, campaign and an excerpt', () => {
    const long = 'word '.repeat(100);
    render(
      <LogView
        entries={[entry('2', long, 'c1', 2_000_000), entry('1', 'First post', null, 1_000_000)]}
        campaigns={[{ id: 'c1', name: 'Budget week' }]}
        platformLabels={{ x: 'X' }}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Campaign log' })).toBeTruthy();
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [newest, oldest] = items as [HTMLElement, HTMLElement];
    expect(within(newest).getByText('Budget week')).toBeTruthy();
    expect(within(newest).getByText('X')).toBeTruthy();
    const text = newest.querySelector('.log-entry-text')?.textContent ?? '';
    expect(text.endsWith('…')).toBe(true);
    expect(Array.from(text)).toHaveLength(140);
    expect(within(oldest).getByText('No campaign')).toBeTruthy();
    expect(oldest.querySelector('time')?.getAttribute('datetime')).toBe(new Date(1_000_000).toISOString());
  });

  it('says so when nothing is logged', () => {
    render(<LogView entries={[]} campaigns={[]} />);
    expect(screen.getByText('No posts logged yet.')).toBeTruthy();
  });

  it('counts one post in the singular', () => {
    render(<LogView entries={[entry('e1', 'Only post', null, 1_000)]} campaigns={[]} />);
    expect(screen.getByText('1 post logged')).toBeTruthy();
  });

  it('windows a large source: renders only visible rows, asks for their range, shows loading rows', () => {
    const onRangeChange = vi.fn();
    const rowAt = (i: number) => (i < 50 ? entry(`e${i}`, `Post ${i}`, null, 1_000 + i) : undefined);
    render(
      <LogView
        entries={[]}
        campaigns={[]}
        total={100_000}
        rowAt={rowAt}
        onRangeChange={onRangeChange}
        height={320}
        rowHeight={64}
      />,
    );
    expect(screen.getByText('100,000 posts logged')).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeLessThan(20);
    expect(onRangeChange).toHaveBeenCalledWith(0, expect.any(Number));
    const list = screen.getByRole('list', { name: 'Logged posts' });
    const scroller = list.parentElement as HTMLElement;
    scroller.scrollTop = 64 * 60;
    fireEvent.scroll(scroller);
    expect(screen.getAllByText('Loading…').length).toBeGreaterThan(0);
    expect(onRangeChange).toHaveBeenLastCalledWith(52, expect.any(Number));
  });

  it('selects rows, edits, deletes and offers undo', () => {
    const onToggleSelected = vi.fn();
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    const onUndo = vi.fn();
    const onBulkChange = vi.fn();
    const entries = [entry('1', 'First post', null, 1), entry('2', 'Second post', null, 2)];
    render(
      <LogView
        entries={entries}
        campaigns={[]}
        selected={new Set(['2'])}
        onToggleSelected={onToggleSelected}
        onBulkChange={onBulkChange}
        onEdit={onEdit}
        onDelete={onDelete}
        undoCount={3}
        onUndo={onUndo}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select: First post' }));
    expect(onToggleSelected).toHaveBeenCalledWith('1');
    expect((screen.getByRole('checkbox', { name: 'Select: Second post' }) as HTMLInputElement).checked).toBe(
      true,
    );
    const first = screen.getByRole('article', { name: 'First post' });
    fireEvent.click(within(first).getByRole('button', { name: 'Edit' }));
    expect(onEdit).toHaveBeenCalledWith(entries[0]);
    fireEvent.click(within(first).getByRole('button', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledWith(['1']);
    expect(screen.getByRole('status').textContent).toContain('3 posts deleted.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Change the selected posts' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as published' }));
    expect(onBulkChange).toHaveBeenCalledWith(['2'], { status: 'published' });
  });

  it('shows filters and says when nothing matches', () => {
    const onQueryChange = vi.fn();
    render(
      <LogView
        entries={[]}
        campaigns={[]}
        platformLabels={{ x: 'X' }}
        query={{ platform: 'x' }}
        onQueryChange={onQueryChange}
        tags={['live']}
      />,
    );
    expect(screen.getByRole('search', { name: 'Filter the log' })).toBeTruthy();
    expect(screen.getByText('No posts match these filters.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'live' } });
    expect(onQueryChange).toHaveBeenCalledWith({ platform: 'x', tag: 'live' });
  });

  it('speaks the panel language', () => {
    setLocale('fr');
    try {
      render(<LogView entries={[entry('1', 'Séance', null, 1)]} campaigns={[]} />);
      expect(screen.getByRole('heading', { name: 'Journal de campagne' })).toBeTruthy();
      expect(screen.getByText('Aucune campagne')).toBeTruthy();
    } finally {
      setLocale('en');
    }
  });

  it('shows a time Date cannot hold as "(date unknown)", in every language, and the rest of the list', () => {
    render(
      <LogView
        entries={[entry('bad', 'Damaged', null, 9e15), entry('ok', 'Fine', null, 1_000_000)]}
        campaigns={[]}
        platformLabels={{ x: 'X' }}
      />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    const time = screen.getByText('(date unknown)');
    expect(time.getAttribute('datetime')).toBeNull();
    cleanup();
    setLocale('fr');
    try {
      render(<LogView entries={[entry('bad', 'Abîmée', null, -5)]} campaigns={[]} />);
      expect(screen.getByText('(date inconnue)')).toBeTruthy();
    } finally {
      setLocale('en');
    }
  });

  it('labels a platform id such as "constructor" with the id itself', () => {
    render(
      <LogView
        entries={[{ ...entry('1', 'Hi', null, 1), platform: 'constructor' }]}
        campaigns={[]}
        platformLabels={{ x: 'X' }}
      />,
    );
    expect(screen.getByText('constructor')).toBeTruthy();
  });
});
