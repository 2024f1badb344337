/** @vitest-environment happy-dom */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/i18n';
import { SitesLastRead } from './SitesLastRead';

afterEach(cleanup);

const platforms = [
  { id: 'x', label: 'X' },
  { id: 'bluesky', label: 'Bluesky' },
  { id: 'constructor', label: 'Odd id' },
];

describe('SitesLastRead', () => {
  it('lists every site with when it was last read, or that it was not read yet', async () => {
    const at = Date.UTC(2026, 11, 7, 9, 30);
    render(<SitesLastRead platforms={platforms} load={async () => ({ x: at })} />);
    const list = await screen.findByTestId('sites-last-read');
    const rows = [...list.querySelectorAll<HTMLElement>('[data-platform]')];
    expect(rows.map((row) => row.dataset.platform)).toEqual(['x', 'bluesky', 'constructor']);
    const x = within(rows[0]!);
    expect(x.getByText('X')).toBeTruthy();
    const time = rows[0]!.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe(new Date(at).toISOString());
    expect(time?.textContent).toBe(`Last read ${formatDateTime(at)}`);
    expect(rows[1]!.textContent).toContain('Not read yet');
    expect(rows[2]!.textContent).toContain('Not read yet');
  });

  it('says every site is not read yet when the times cannot be read', async () => {
    render(<SitesLastRead platforms={platforms} load={() => Promise.reject(new Error('no storage'))} />);
    const list = await screen.findByTestId('sites-last-read');
    expect(list.querySelectorAll('time')).toHaveLength(0);
    expect(within(list).getAllByText('Not read yet')).toHaveLength(3);
  });
});
