/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignPicker } from './CampaignPicker';

afterEach(cleanup);

const campaigns = [
  { id: 'a', name: 'Budget week' },
  { id: 'b', name: 'Open day' },
];

describe('CampaignPicker', () => {
  it('shows the active campaign and reports a new choice', () => {
    const onChange = vi.fn();
    render(<CampaignPicker campaigns={campaigns} activeId="b" onChange={onChange} onNew={() => {}} />);
    const select = screen.getByRole('combobox', { name: 'Active campaign' }) as HTMLSelectElement;
    expect(select.value).toBe('b');
    expect([...select.options].map((o) => o.textContent)).toEqual(['No campaign', 'Budget week', 'Open day']);
    fireEvent.change(select, { target: { value: 'a' } });
    expect(onChange).toHaveBeenLastCalledWith('a');
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('shows "No campaign" for an unknown active id and offers a new campaign', () => {
    const onNew = vi.fn();
    render(<CampaignPicker campaigns={campaigns} activeId="gone" onChange={() => {}} onNew={onNew} />);
    expect((screen.getByLabelText('Active campaign') as HTMLSelectElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'New campaign' }));
    expect(onNew).toHaveBeenCalledOnce();
  });
});
