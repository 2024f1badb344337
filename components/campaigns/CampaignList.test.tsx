/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Campaign } from '../../lib/log/schema';
import { CampaignList } from './CampaignList';

afterEach(cleanup);

const make = (id: string, name: string, archived = false) =>
  ({ id, name, archived, startDate: '2025-01-01', endDate: '2025-01-31', objective: 'inform' }) as Campaign;

describe('CampaignList', () => {
  it('lists open campaigns with their actions, archived ones on request', () => {
    const onEdit = vi.fn();
    const onArchive = vi.fn();
    const onDashboard = vi.fn();
    const campaigns = [make('a', 'Budget week'), make('b', 'Old one', true)];
    render(
      <CampaignList
        campaigns={campaigns}
        activeId="a"
        onEdit={onEdit}
        onArchive={onArchive}
        onDashboard={onDashboard}
      />,
    );
    expect(screen.queryByText('Old one')).toBeNull();
    const budget = screen.getByRole('group', { name: 'Budget week' });
    fireEvent.click(within(budget).getByRole('button', { name: 'Dashboard' }));
    fireEvent.click(within(budget).getByRole('button', { name: 'Edit' }));
    fireEvent.click(within(budget).getByRole('button', { name: 'Archive' }));
    expect(onDashboard).toHaveBeenCalledWith('a');
    expect(onEdit).toHaveBeenCalledWith(campaigns[0]);
    expect(onArchive).toHaveBeenCalledWith('a', true);
    expect(screen.getByText(/Inform/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Show archived campaigns (1)'));
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Old one' })).getByRole('button', { name: 'Restore' }),
    );
    expect(onArchive).toHaveBeenLastCalledWith('b', false);
  });
});
