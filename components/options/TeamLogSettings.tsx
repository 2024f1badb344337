import { useEffect, useId, useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import {
  TeamLogSettings as TeamLogSettingsSchema,
  type ConnectionState,
} from '../../lib/team-log/connection';

/** Where Settings → Team log reads and writes (the browser's in team-log-settings-store.ts). */
export interface TeamLogSettingsStore {
  /** The stored settings, unchecked. */
  load(): Promise<unknown>;
  save(settings: TeamLogSettingsSchema): Promise<void>;
  /** Asks for the host permission of that database's origin; called first in the click handler. */
  requestAccess(url: string): Promise<boolean>;
  test(settings: Pick<TeamLogSettingsSchema, 'url' | 'user' | 'password'>): Promise<ConnectionState>;
}

type Field = 'url' | 'user' | 'password';
type Outcome =
  | { kind: 'tested'; result: ConnectionState }
  | { kind: 'saved'; enabled: boolean }
  | { kind: 'no-permission' }
  | { kind: 'not-saved' };

const RESULT_KEYS = {
  'wrong-password': 'settings_teamTestWrongPassword',
  'no-access': 'settings_teamTestNoAccess',
  'missing-database': 'settings_teamTestMissing',
  'not-couchdb': 'settings_teamTestNotCouch',
} as const;

function outcomeText(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'saved':
      return t(outcome.enabled ? 'settings_teamSavedOn' : 'settings_teamSavedOff');
    case 'no-permission':
      return t('settings_teamNoPermission');
    case 'not-saved':
      return t('settings_teamNotSaved');
    case 'tested': {
      const result = outcome.result;
      if (result.state === 'connected')
        return t('settings_teamTestConnected', formatNumber(result.documents));
      if (result.state === 'offline') return t('settings_teamTestOffline');
      return t(RESULT_KEYS[result.reason]);
    }
  }
}

/**
 * "Team log": the team's CouchDB database, the account to reach it with, and whether to send the log
 * there. The form's errors are the schema's locale keys and the server's answer in words; neither ever
 * holds what was typed, so the password is never shown back.
 */
export function TeamLogSettings({ store }: { store: TeamLogSettingsStore }) {
  const id = useId();
  const [form, setForm] = useState({ enabled: false, url: '', user: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    void store.load().then((stored) => {
      const parsed = TeamLogSettingsSchema.safeParse(stored);
      if (parsed.success) setForm(parsed.data);
    });
  }, [store]);

  /** The form checked with the stored schema; null (and the fields' errors shown) when it does not pass. */
  function checked(enabled: boolean): TeamLogSettingsSchema | null {
    const parsed = TeamLogSettingsSchema.safeParse({ ...form, enabled });
    const next: Partial<Record<Field, string>> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'url' || field === 'user' || field === 'password') && !next[field])
          next[field] = issue.message;
      }
    }
    setErrors(next);
    return parsed.success ? parsed.data : null;
  }

  /** Asks for the host permission (still inside the click), then does the work. */
  function withAccess(settings: TeamLogSettingsSchema, work: () => Promise<Outcome>) {
    setBusy(true);
    setOutcome(null);
    void store
      .requestAccess(settings.url)
      .catch(() => false)
      .then((granted) => (granted ? work() : ({ kind: 'no-permission' } as const)))
      .then(setOutcome, () => setOutcome({ kind: 'not-saved' }))
      .finally(() => setBusy(false));
  }

  function onTest() {
    const settings = checked(form.enabled);
    if (!settings) return;
    withAccess(settings, async () => ({
      kind: 'tested',
      result: await store.test(settings).catch((): ConnectionState => ({ state: 'offline' })),
    }));
  }

  function onSave(event: Event) {
    event.preventDefault();
    const settings = checked(form.enabled);
    if (!settings) return;
    const save = async (): Promise<Outcome> => {
      await store.save(settings);
      return { kind: 'saved', enabled: settings.enabled };
    };
    // Turning it off needs no access to the server.
    if (!settings.enabled) {
      setBusy(true);
      void save()
        .then(setOutcome, () => setOutcome({ kind: 'not-saved' }))
        .finally(() => setBusy(false));
    } else withAccess(settings, save);
  }

  const input = (field: Field, autocomplete: string, hint?: string) => {
    const attrs = {
      id: `${id}-${field}`,
      autocomplete,
      value: form[field],
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': [hint && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`]
        .filter(Boolean)
        .join(' '),
      onInput: (e: { currentTarget: HTMLInputElement }) =>
        setForm({ ...form, [field]: e.currentTarget.value }),
    };
    return (
      <div class="field">
        <label for={`${id}-${field}`}>{t(`settings_team_${field}`)}</label>
        {field === 'password' ? <input type="password" {...attrs} /> : <input type="text" {...attrs} />}
        {hint && (
          <p class="hint" id={`${id}-${field}-hint`}>
            {hint}
          </p>
        )}
        {errors[field] && (
          <p class="field-error" id={`${id}-${field}-error`}>
            {t(errors[field])}
          </p>
        )}
      </div>
    );
  };

  return (
    <section class="settings-section team-log-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_teamTitle')}</h2>
      <p class="hint">{t('settings_teamHelp')}</p>
      <form onSubmit={onSave} noValidate>
        {input('url', 'url', t('settings_team_urlHint'))}
        {input('user', 'username')}
        {input('password', 'current-password')}
        <label class="choice">
          <input
            type="checkbox"
            checked={form.enabled}
            onChange={(e) => setForm({ ...form, enabled: e.currentTarget.checked })}
          />
          {t('settings_teamEnabled')}
        </label>
        <div class="actions">
          <button type="button" disabled={busy} onClick={onTest}>
            {t('settings_teamTest')}
          </button>
          <button type="submit" disabled={busy}>
            {t('settings_teamSave')}
          </button>
        </div>
      </form>
      <p role="status" data-testid="team-log-settings-outcome">
        {busy ? t('settings_teamBusy') : outcome && outcomeText(outcome)}
      </p>
    </section>
  );
}
