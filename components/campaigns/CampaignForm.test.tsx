/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CampaignForm } from './CampaignForm';

afterEach(cleanup);

function fill(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('CampaignForm', () => {
  it('submits the typed campaign with hashtags split and # removed', () => {
    const onSubmit = vi.fn();
    render(<CampaignForm onSubmit={onSubmit} />);
    expect(screen.getByRole('form', { name: 'New campaign' })).toBeTruthy();
    fill('Campaign name', '  Budget week ');
    fill('Hashtags', '#Budget2025, AskParliament #Budget2025');
    fill('Start date', '2025-03-01');
    fill('End date', '2025-03-08');
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Budget week',
      hashtags: ['Budget2025', 'AskParliament'],
      startDate: '2025-03-01',
      endDate: '2025-03-08',
      objective: null,
      audience: '',
      keyMessages: [],
      platforms: [],
      account: null,
      language: '',
      targets: {},
    });
  });

  it('shows every problem beside its field, marks it invalid and focuses the first', () => {
    const onSubmit = vi.fn();
    render(<CampaignForm onSubmit={onSubmit} />);
    fill('Hashtags', '#ok #not-ok');
    fill('Start date', '2025-03-08');
    fill('End date', '2025-03-01');
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const name = screen.getByLabelText('Campaign name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(screen.getByText('Give the campaign a name.')).toBeTruthy();
    expect(screen.getByText(/#not-ok is not a valid hashtag/)).toBeTruthy();
    const end = screen.getByLabelText('End date');
    const errorId = end.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe(
      'The end date cannot be before the start date.',
    );
  });

  it('starts from given values when editing and shows errors from the repository', () => {
    const onSubmit = vi.fn();
    render(
      <CampaignForm
        mode="save"
        initial={{ name: 'Open day', hashtags: ['OpenDay'], startDate: '2025-05-01', endDate: '2025-05-02' }}
        fieldErrors={{ name: 'Name taken' }}
        error="Disk full"
        onSubmit={onSubmit}
      />,
    );
    expect((screen.getByLabelText('Hashtags') as HTMLInputElement).value).toBe('#OpenDay');
    expect(screen.getByText('Name taken')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Disk full');
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Open day', hashtags: ['OpenDay'] }),
    );
  });

  it('takes the plan fields: objective, audience, key messages, platforms, account, language, targets', () => {
    const onSubmit = vi.fn();
    render(
      <CampaignForm
        platforms={[
          { id: 'x', label: 'X' },
          { id: 'bluesky', label: 'Bluesky' },
        ]}
        checklist={[{ id: 'plan-one-key-message', title: 'One key message' }]}
        onSubmit={onSubmit}
      />,
    );
    fill('Campaign name', 'Consultation');
    fill('Start date', '2025-03-01');
    fill('End date', '2025-03-31');
    fireEvent.change(screen.getByLabelText('Objective'), { target: { value: 'consult' } });
    fill('Audience', 'Students and teachers');
    fill('Key messages', 'Tell us what you think\n\n  Deadline 31 March ');
    fireEvent.click(screen.getByLabelText('Bluesky'));
    fireEvent.change(screen.getByLabelText('Account'), { target: { value: 'institution' } });
    fill('Language', 'fr-CA');
    fill('Posts', '12');
    fill('Impressions', '40000');
    expect(screen.getByText('One key message')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        objective: 'consult',
        audience: 'Students and teachers',
        keyMessages: ['Tell us what you think', 'Deadline 31 March'],
        platforms: ['bluesky'],
        account: 'institution',
        language: 'fr-CA',
        targets: { posts: 12, impressions: 40000 },
      }),
    );
  });

  it('refuses a bad language code and a target that is not a whole number', () => {
    const onSubmit = vi.fn();
    render(<CampaignForm onSubmit={onSubmit} />);
    fill('Campaign name', 'C');
    fill('Start date', '2025-03-01');
    fill('End date', '2025-03-31');
    fill('Language', 'French');
    fill('Shares', '2.5');
    fireEvent.click(screen.getByRole('button', { name: 'Create campaign' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Language').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Language'));
    expect(screen.getByLabelText('Shares').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the plan when editing', () => {
    const onSubmit = vi.fn();
    const initial = {
      name: 'Open day',
      hashtags: [],
      startDate: '2025-05-01',
      endDate: '2025-05-02',
      objective: 'invite' as const,
      audience: 'Families',
      keyMessages: ['Free entry'],
      platforms: ['x'],
      account: 'member' as const,
      language: 'en',
      targets: { posts: 3 },
    };
    render(<CampaignForm mode="save" initial={initial} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    expect(onSubmit).toHaveBeenCalledWith(initial);
  });
});
