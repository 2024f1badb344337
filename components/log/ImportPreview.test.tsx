/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Entry, ImportPreview as Preview } from '../../lib/log/schema';
import { ImportPreview } from './ImportPreview';

afterEach(cleanup);

const e = { id: 'e' } as Entry;
const preview: Preview = {
  formatVersion: 2,
  exportedAt: '2025-03-01T10:00:00.000Z',
  campaigns: { added: [], updated: [], unchanged: 1 },
  entries: { added: [e, e], updated: [e], unchanged: 4 },
  invalid: [
    { kind: 'entry', position: 7, id: 'bad', reason: '✖ Invalid input: expected string\n  → at text' },
  ],
};

describe('ImportPreview', () => {
  it('shows new, updated and unchanged counts and each invalid record with its reason', () => {
    const onConfirm = vi.fn();
    render(<ImportPreview preview={preview} onConfirm={onConfirm} onCancel={() => {}} />);
    const posts = screen.getByRole('row', { name: /Posts/ });
    expect(
      within(posts)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1', '4']);
    expect(screen.getByText('1 records will not be imported')).toBeTruthy();
    expect(screen.getByText('Post 7 bad')).toBeTruthy();
    expect(screen.getByText(/expected string/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(onConfirm).toHaveBeenCalled();
  });

  it('has nothing to confirm when everything is already there', () => {
    const same: Preview = { ...preview, entries: { added: [], updated: [], unchanged: 3 }, invalid: [] };
    render(<ImportPreview preview={same} onConfirm={() => {}} onCancel={() => {}} />);
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Nothing to import/)).toBeTruthy();
  });
});
