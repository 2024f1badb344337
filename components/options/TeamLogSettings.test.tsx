/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../../lib/i18n';
import type { ConnectionState } from '../../lib/team-log/connection';
import { TeamLogSettings, type TeamLogSettingsStore } from './TeamLogSettings';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const PASSWORD = 's3cret-Pa55';

function setup(overrides: Partial<TeamLogSettingsStore> = {}) {
  const store: TeamLogSettingsStore = {
    load: vi.fn(async () => undefined),
    save: vi.fn(async () => undefined),
    requestAccess: vi.fn(async () => true),
    test: vi.fn(async (): Promise<ConnectionState> => ({ state: 'connected', documents: 12 })),
    ...overrides,
  };
  render(<TeamLogSettings store={store} />);
  return store;
}

function fill(url: string, user = 'ana', password = PASSWORD) {
  fireEvent.input(screen.getByLabelText('Database address'), { target: { value: url } });
  fireEvent.input(screen.getByLabelText('User name'), { target: { value: user } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
}

const outcome = () => screen.getByTestId('team-log-settings-outcome');

describe('TeamLogSettings', () => {
  it('shows the stored settings', async () => {
    setup({
      load: async () => ({
        enabled: true,
        url: 'https://couch.example.org/team',
        user: 'ana',
        password: 'x',
      }),
    });
    await waitFor(() =>
      expect((screen.getByLabelText('Database address') as HTMLInputElement).value).toBe(
        'https://couch.example.org/team',
      ),
    );
    expect((screen.getByLabelText('Send my log to the team database') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText('Password') as HTMLInputElement).type).toBe('password');
  });

  it('asks for access to that one server, then saves the checked settings', async () => {
    const store = setup();
    fill(' https://couch.example.org/team/ ');
    fireEvent.click(screen.getByLabelText('Send my log to the team database'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // Asked at once, inside the click: the browser grants permissions only to a user gesture.
    expect(store.requestAccess).toHaveBeenCalledWith('https://couch.example.org/team');
    await waitFor(() => expect(outcome().textContent).toBe('Saved. The team log is on.'));
    expect(store.save).toHaveBeenCalledWith({
      enabled: true,
      url: 'https://couch.example.org/team',
      user: 'ana',
      password: PASSWORD,
    });
  });

  it('saves nothing when access is refused', async () => {
    const store = setup({ requestAccess: async () => false });
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByLabelText('Send my log to the team database'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcome().textContent).toContain('not allowed to reach this server'));
    expect(store.save).not.toHaveBeenCalled();
  });

  it('turning it off asks for no access', async () => {
    const store = setup();
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcome().textContent).toBe('Saved. The team log is off: nothing is sent.'));
    expect(store.requestAccess).not.toHaveBeenCalled();
    expect(store.save).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
  });

  it.each([
    ['couch.example.org/team', 'Give the full address'],
    ['http://couch.example.org/team', 'Use an https:// address'],
    [`https://ana:${PASSWORD}@couch.example.org/team`, 'in their own fields'],
    ['https://couch.example.org/', 'Add the database name'],
  ])('refuses the address %s in words, without echoing it', (url, words) => {
    const store = setup();
    fill(url);
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const address = screen.getByLabelText('Database address');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain(words);
    expect(document.body.textContent).not.toContain(PASSWORD);
    expect(store.requestAccess).not.toHaveBeenCalled();
    expect(store.test).not.toHaveBeenCalled();
  });

  it('asks for the user name and password', () => {
    setup();
    fill('https://couch.example.org/team', ' ', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(document.body.textContent).toContain('Give your user name.');
    expect(document.body.textContent).toContain('Give your password.');
  });

  it.each<[ConnectionState, string]>([
    [{ state: 'connected', documents: 12 }, 'Connected. The database holds 12 documents.'],
    [{ state: 'offline' }, 'No answer from the server'],
    [{ state: 'refused', reason: 'wrong-password' }, 'wrong user name or password'],
    [{ state: 'refused', reason: 'no-access' }, 'no access to the database'],
    [{ state: 'refused', reason: 'missing-database' }, 'the database does not exist'],
    [{ state: 'refused', reason: 'not-couchdb' }, 'does not answer as a CouchDB database'],
  ])('Test connection: %j in words', async (result, words) => {
    const store = setup({ test: async () => result });
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(store.requestAccess).toHaveBeenCalledWith('https://couch.example.org/team');
    await waitFor(() => expect(outcome().textContent).toContain(words));
    expect(document.body.textContent).not.toContain(PASSWORD);
    expect(store.save).not.toHaveBeenCalled();
  });

  it('a failing test reads as offline, never as the error (which may carry the request)', async () => {
    setup({ test: () => Promise.reject(new Error(`fetch failed: Basic ${btoa(`ana:${PASSWORD}`)}`)) });
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    await waitFor(() => expect(outcome().textContent).toContain('No answer from the server'));
    expect(document.body.textContent).not.toContain('Basic');
  });

  it('speaks French', () => {
    setLocale('fr');
    setup();
    expect(screen.getByRole('region', { name: 'Journal d’équipe' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Adresse de la base de données'), { target: { value: 'couch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tester la connexion' }));
    expect(document.body.textContent).toContain('Indiquez l’adresse complète');
  });
});
