/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmAction } from './ConfirmAction';

afterEach(cleanup);

function setup(disabled = false) {
  const onConfirm = vi.fn();
  render(
    <ConfirmAction
      label="Delete it…"
      question="This cannot be undone."
      confirmLabel="Yes, delete"
      cancelLabel="Keep it"
      onConfirm={onConfirm}
      disabled={disabled}
      tone="danger"
    />,
  );
  return onConfirm;
}

describe('ConfirmAction', () => {
  it('asks first, with focus on the safe answer, and cancelling changes nothing', () => {
    const onConfirm = setup();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete it…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'This cannot be undone.' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep it' }));
    expect(dialog.querySelector('button.danger')?.textContent).toBe('Yes, delete');
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete it…' }));
  });

  it('cancels with Escape', () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete it…' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Keep it' }), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete it…' }));
  });

  it('acts once confirmed, and gives focus back to the button', () => {
    const onConfirm = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Delete it…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete it…' }));
  });

  it('cannot be asked while disabled', () => {
    setup(true);
    const button = screen.getByRole('button', { name: 'Delete it…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
  });
});
