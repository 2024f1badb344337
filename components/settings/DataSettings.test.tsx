/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSettings } from './DataSettings';

afterEach(cleanup);

describe('DataSettings', () => {
  it('exports at a click', () => {
    const onExport = vi.fn();
    render(<DataSettings onExport={onExport} onDeleteAll={vi.fn()} busy={null} outcome={null} />);
    expect(screen.getByRole('region', { name: 'Your data' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    expect(onExport).toHaveBeenCalledOnce();
  });

  it('deletes only after an explicit confirmation, and can be cancelled', () => {
    const onDeleteAll = vi.fn();
    render(<DataSettings onExport={vi.fn()} onDeleteAll={onDeleteAll} busy={null} outcome={null} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('cannot be undone');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onDeleteAll).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(onDeleteAll).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('says what happened, and disables the buttons while busy', () => {
    const { rerender } = render(
      <DataSettings
        onExport={vi.fn()}
        onDeleteAll={vi.fn()}
        busy={null}
        outcome={{ kind: 'exported', filename: 'rostrum-log-2026-11-30.json' }}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Saved as rostrum-log-2026-11-30.json.');
    rerender(
      <DataSettings onExport={vi.fn()} onDeleteAll={vi.fn()} busy={null} outcome={{ kind: 'deleted' }} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Everything was deleted.');
    rerender(
      <DataSettings
        onExport={vi.fn()}
        onDeleteAll={vi.fn()}
        busy={null}
        outcome={{ kind: 'failed', message: 'disk full' }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('That did not work: disk full');
    rerender(<DataSettings onExport={vi.fn()} onDeleteAll={vi.fn()} busy="export" outcome={null} />);
    expect(
      (screen.getByRole('button', { name: 'Export everything (JSON)' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
