/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstanceSettings, type InstanceSettingsProps } from './InstanceSettings';

afterEach(cleanup);

function renderSettings(props: Partial<InstanceSettingsProps> = {}) {
  const handlers = { onAdd: vi.fn(), onRemove: vi.fn() };
  render(
    <InstanceSettings instances={[]} adding={null} added={null} error={null} {...handlers} {...props} />,
  );
  return handlers;
}

describe('InstanceSettings', () => {
  it('adds the instance typed in, from the click itself', () => {
    const h = renderSettings();
    expect(screen.getByText('No instance added yet.')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Instance address'), { target: { value: ' mastodon.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add instance' }));
    expect(h.onAdd).toHaveBeenCalledWith('mastodon.example');
  });

  it('lists the instances with their limits, and removes one', () => {
    const h = renderSettings({
      instances: [
        { host: 'mastodon.example', limit: 1000, defaultLimit: false },
        { host: 'quiet.example', limit: 500, defaultLimit: true },
      ],
      added: 'mastodon.example',
    });
    expect(screen.getByText('1,000 characters')).toBeTruthy();
    expect(screen.getByText('500 characters (the server did not say: Mastodon’s default)')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('mastodon.example added.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove quiet.example' }));
    expect(h.onRemove).toHaveBeenCalledWith('quiet.example');
  });

  it.each([
    [
      { kind: 'invalid' as const },
      'That is not a server address Rostrum can use. Type one such as mastodon.social.',
    ],
    [
      { kind: 'denied' as const },
      'Access to that site was not given, so Rostrum cannot read its compose box.',
    ],
    [{ kind: 'failed' as const, message: 'offline' }, 'The instance was not added: offline'],
  ])('says what went wrong (%o)', (error, text) => {
    renderSettings({ error });
    expect(screen.getByRole('alert').textContent).toBe(text);
  });

  it('shows that an instance is being added and does not add twice meanwhile', () => {
    const h = renderSettings({ adding: 'mastodon.example' });
    const button = screen.getByRole('button', { name: 'Adding…' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.click(button);
    expect(h.onAdd).not.toHaveBeenCalled();
  });
});
