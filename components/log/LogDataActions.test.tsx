/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LogDataActions } from './LogDataActions';

afterEach(cleanup);

function setup(extra = {}) {
  const props = {
    onExportJson: vi.fn(),
    onExportCsv: vi.fn(),
    onImportFile: vi.fn(),
    onClearAll: vi.fn(),
    ...extra,
  };
  render(<LogDataActions {...props} />);
  return props;
}

describe('LogDataActions', () => {
  it('exports both formats and hands over a chosen file', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export to spreadsheet (CSV)' }));
    expect(props.onExportJson).toHaveBeenCalled();
    expect(props.onExportCsv).toHaveBeenCalled();
    const file = new File(['{}'], 'log.json', { type: 'application/json' });
    const input = screen.getByLabelText('Import a JSON export') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(props.onImportFile).toHaveBeenCalledWith(file);
  });

  it('deletes everything only after confirmation', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the whole log…' }));
    expect(props.onClearAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the whole log…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(props.onClearAll).toHaveBeenCalledOnce();
  });

  it('says plainly when the disk is full and offers the export right there', () => {
    const props = setup({ problem: { kind: 'quota', message: 'x' }, persisted: false });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/no more room.*Export the log now/);
    fireEvent.click(screen.getAllByRole('button', { name: 'Export everything (JSON)' })[0] as HTMLElement);
    expect(props.onExportJson).toHaveBeenCalled();
    expect(screen.getByText(/may clear the log/)).toBeTruthy();
  });
});
