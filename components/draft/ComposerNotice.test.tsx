/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComposerNotice } from './ComposerNotice';

afterEach(cleanup);

describe('ComposerNotice', () => {
  it('says Rostrum is switched off on the site, and offers the settings', () => {
    const onSettings = vi.fn();
    render(<ComposerNotice kind="site-off" platformLabel="X" onSettings={onSettings} onManual={vi.fn()} />);
    const notice = screen.getByTestId('composer-notice');
    expect(notice.dataset.kind).toBe('site-off');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Rostrum is switched off on X. Turn it on in Settings');
    // Not the live notice's "type in the panel instead": the panel is already in manual mode.
    expect(screen.queryByRole('button', { name: 'Type in the panel instead' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Settings' }));
    expect(onSettings).toHaveBeenCalledOnce();
  });

  it('has no settings button without a way to open them', () => {
    render(<ComposerNotice kind="site-off" platformLabel="X" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says the layout seems to have changed, as an alert, and offers manual mode', () => {
    const onManual = vi.fn();
    render(<ComposerNotice kind="layout-changed" platformLabel="Bluesky" onManual={onManual} />);
    const notice = screen.getByTestId('composer-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('the site may have changed its layout');
    expect(notice.textContent).toContain('Bluesky');
    fireEvent.click(screen.getByRole('button', { name: 'Type in the panel instead' }));
    expect(onManual).toHaveBeenCalledOnce();
  });

  it('offers no manual mode on a page without a composer that is not a changed layout', () => {
    render(<ComposerNotice kind="no-composer" platformLabel="Bluesky" onManual={vi.fn()} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
