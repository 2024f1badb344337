/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteSettings } from './SiteSettings';

afterEach(cleanup);

const platforms = [
  { id: 'x', label: 'X' },
  { id: 'bluesky', label: 'Bluesky' },
  { id: 'youtube', label: 'YouTube' },
];

describe('SiteSettings', () => {
  it('is a labelled section with a switch per site, on unless switched off', () => {
    render(<SiteSettings platforms={platforms} off={['bluesky']} onSiteOn={vi.fn()} />);
    const section = screen.getByRole('region', { name: 'Sites' });
    const group = within(section).getByRole('group', { name: 'Rostrum is on for' });
    expect((within(group).getByLabelText('X') as HTMLInputElement).checked).toBe(true);
    expect((within(group).getByLabelText('Bluesky') as HTMLInputElement).checked).toBe(false);
    expect((within(group).getByLabelText('YouTube') as HTMLInputElement).checked).toBe(true);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
  });

  it('reports a site switched off or on', () => {
    const onSiteOn = vi.fn();
    render(<SiteSettings platforms={platforms} off={['bluesky']} onSiteOn={onSiteOn} />);
    fireEvent.click(screen.getByLabelText('X'));
    expect(onSiteOn).toHaveBeenLastCalledWith('x', false);
    fireEvent.click(screen.getByLabelText('Bluesky'));
    expect(onSiteOn).toHaveBeenLastCalledWith('bluesky', true);
  });
});
