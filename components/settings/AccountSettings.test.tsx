/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountSettings, type AccountSettingsProps } from './AccountSettings';

afterEach(cleanup);

function setup(overrides: Partial<AccountSettingsProps> = {}) {
  const props: AccountSettingsProps = {
    account: 'institution',
    onAccount: vi.fn(),
    locale: null,
    locales: [
      { id: 'en', label: 'English' },
      { id: 'fr', label: 'français' },
    ],
    browserLocaleLabel: 'English',
    onLocale: vi.fn(),
    ...overrides,
  };
  render(<AccountSettings {...props} />);
  return props;
}

describe('AccountSettings', () => {
  it('shows the default account type and reports a new one', () => {
    const props = setup();
    expect(screen.getByRole('region', { name: 'Account and language' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Default account type' })).toBeTruthy();
    expect((screen.getByLabelText('Parliament (impartial)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText("Member's office"));
    expect(props.onAccount).toHaveBeenCalledWith('member');
  });

  it('offers the browser’s language or each interface language', () => {
    const props = setup({ locale: 'fr' });
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(select.value).toBe('fr');
    expect([...select.options].map((o) => o.text)).toEqual([
      'Same as the browser (English)',
      'English',
      'français',
    ]);
    fireEvent.change(select, { target: { value: '' } });
    expect(props.onLocale).toHaveBeenLastCalledWith(null);
    fireEvent.change(select, { target: { value: 'en' } });
    expect(props.onLocale).toHaveBeenLastCalledWith('en');
  });

  it('shows "same as the browser" when no language was chosen', () => {
    setup({ locale: null });
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('');
  });
});
