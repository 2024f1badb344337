import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Account, CampaignTargets, Objective, TargetKey } from '../../lib/log/schema';
import { TARGET_KEYS, TARGET_LABEL_KEYS } from '../log/metric-labels';
import { ACCOUNT_KEYS, ACCOUNT_LABEL_KEYS, OBJECTIVE_KEYS, OBJECTIVE_LABEL_KEYS } from './plan-labels';
import {
  splitHashtags,
  splitLines,
  validateCampaignForm,
  type CampaignFormErrors,
  type CampaignFormValues,
} from './validate-campaign-form';

/** A campaign as the form hands it over: the shape `saveCampaign` takes (without the id). */
export interface CampaignFormSubmission {
  name: string;
  hashtags: string[];
  startDate: string;
  endDate: string;
  objective: Objective | null;
  audience: string;
  keyMessages: string[];
  platforms: string[];
  account: Account | null;
  language: string;
  targets: CampaignTargets;
}

/** A plan-stage tip shown beside the form as a checklist (from the playbook). */
export interface PlanChecklistItem {
  id: string;
  title: string;
  body?: string;
}

export interface CampaignFormProps {
  /** Values to start from (editing); empty for a new campaign. */
  initial?: Partial<CampaignFormSubmission>;
  /** 'create' for a new campaign, 'save' when editing one. */
  mode?: 'create' | 'save';
  /** Platforms to choose from (id and label); the platform choice is shown only when given. */
  platforms?: ReadonlyArray<{ id: string; label: string }>;
  /** The playbook's plan checklist, shown as a reminder. */
  checklist?: readonly PlanChecklistItem[];
  /** Errors the repository found (by field), shown beside the fields. */
  fieldErrors?: Record<string, string>;
  /** A problem not tied to one field (e.g. storage full). */
  error?: string | null;
  /** True while the parent is saving: the submit button is disabled. */
  busy?: boolean;
  onSubmit(values: CampaignFormSubmission): void;
  onCancel?(): void;
}

type TextField = 'name' | 'hashtags' | 'startDate' | 'endDate' | 'audience' | 'keyMessages' | 'language';
type ErrorKey = keyof CampaignFormErrors;
const ORDER: readonly ErrorKey[] = [
  'name',
  'hashtags',
  'startDate',
  'endDate',
  'objective',
  'audience',
  'keyMessages',
  'platforms',
  'account',
  'language',
  ...TARGET_KEYS.map((k) => `target-${k}` as const),
];

function initialValues(initial: Partial<CampaignFormSubmission> | undefined): CampaignFormValues {
  const targets: Partial<Record<TargetKey, string>> = {};
  for (const key of TARGET_KEYS) {
    const value = initial?.targets?.[key];
    targets[key] = value === undefined ? '' : String(value);
  }
  return {
    name: initial?.name ?? '',
    hashtags: (initial?.hashtags ?? []).map((tag) => `#${tag}`).join(' '),
    startDate: initial?.startDate ?? '',
    endDate: initial?.endDate ?? '',
    objective: initial?.objective ?? '',
    audience: initial?.audience ?? '',
    keyMessages: (initial?.keyMessages ?? []).join('\n'),
    platforms: [...(initial?.platforms ?? [])],
    account: initial?.account ?? '',
    language: initial?.language ?? '',
    targets,
  };
}

function toSubmission(values: CampaignFormValues): CampaignFormSubmission {
  const targets: CampaignTargets = {};
  for (const key of TARGET_KEYS) {
    const text = (values.targets[key] ?? '').trim();
    if (text !== '') targets[key] = Number(text);
  }
  return {
    name: values.name.trim(),
    hashtags: splitHashtags(values.hashtags),
    startDate: values.startDate,
    endDate: values.endDate,
    objective: (OBJECTIVE_KEYS as string[]).includes(values.objective)
      ? (values.objective as Objective)
      : null,
    audience: values.audience.trim(),
    keyMessages: splitLines(values.keyMessages),
    platforms: values.platforms,
    account: (ACCOUNT_KEYS as string[]).includes(values.account) ? (values.account as Account) : null,
    language: values.language.trim(),
    targets,
  };
}

/**
 * Create or edit a campaign with the plan-stage fields: labelled fields, errors beside each one, focus
 * on the first problem. Name, hashtags and dates come first so a quick campaign is quick to make.
 */
export function CampaignForm(props: CampaignFormProps) {
  const {
    initial,
    mode = 'create',
    platforms,
    checklist,
    fieldErrors,
    error,
    busy = false,
    onSubmit,
    onCancel,
  } = props;
  const id = useId();
  const [values, setValues] = useState<CampaignFormValues>(() => initialValues(initial));
  const [localErrors, setLocalErrors] = useState<CampaignFormErrors>({});
  const fieldRefs = useRef<Partial<Record<ErrorKey, HTMLElement | null>>>({});

  const errorFor = (key: ErrorKey): string | undefined =>
    localErrors[key] ?? fieldErrors?.[key] ?? (key.startsWith('target-') ? fieldErrors?.targets : undefined);
  const fieldId = (key: ErrorKey) => `${id}-${key}`;
  const register = (key: ErrorKey) => (el: HTMLElement | null) => {
    fieldRefs.current[key] = el;
  };

  function clearError(key: ErrorKey): void {
    if (localErrors[key]) setLocalErrors((old) => ({ ...old, [key]: undefined }));
  }

  function update<K extends keyof CampaignFormValues>(key: K, value: CampaignFormValues[K]): void {
    setValues((old) => ({ ...old, [key]: value }));
    clearError(key as ErrorKey);
  }

  function submit(event: Event): void {
    event.preventDefault();
    const found = validateCampaignForm(values);
    setLocalErrors(found);
    const first = ORDER.find((key) => found[key]);
    if (first) {
      fieldRefs.current[first]?.focus();
      return;
    }
    onSubmit(toSubmission(values));
  }

  function describedBy(key: ErrorKey, hint: boolean): string | undefined {
    const ids = [hint ? `${fieldId(key)}-hint` : '', errorFor(key) ? `${fieldId(key)}-error` : ''].filter(
      Boolean,
    );
    return ids.join(' ') || undefined;
  }

  function messages(key: ErrorKey, hint?: string) {
    const message = errorFor(key);
    return (
      <>
        {hint && (
          <p id={`${fieldId(key)}-hint`} class="hint">
            {hint}
          </p>
        )}
        {message && (
          <p id={`${fieldId(key)}-error`} class="error">
            {message}
          </p>
        )}
      </>
    );
  }

  function input(
    key: TextField,
    label: string,
    type: 'text' | 'date',
    options: { hint?: string; required?: boolean } = {},
  ) {
    const shared = {
      id: fieldId(key),
      ref: register(key),
      value: values[key],
      required: options.required ?? false,
      'aria-invalid': errorFor(key) ? ('true' as const) : undefined,
      'aria-describedby': describedBy(key, Boolean(options.hint)),
      onInput: (e: Event) => update(key, (e.currentTarget as HTMLInputElement).value),
    };
    return (
      <div class="field">
        <label for={fieldId(key)}>{label}</label>
        {/* Two branches because Preact's types tie other attributes to the literal input type. */}
        {type === 'date' ? <input type="date" {...shared} /> : <input type="text" {...shared} />}
        {messages(key, options.hint)}
      </div>
    );
  }

  function textarea(key: 'audience' | 'keyMessages', label: string, hint?: string) {
    return (
      <div class="field">
        <label for={fieldId(key)}>{label}</label>
        <textarea
          id={fieldId(key)}
          ref={register(key)}
          rows={3}
          value={values[key]}
          aria-invalid={errorFor(key) ? 'true' : undefined}
          aria-describedby={describedBy(key, Boolean(hint))}
          onInput={(e) => update(key, e.currentTarget.value)}
        />
        {messages(key, hint)}
      </div>
    );
  }

  const titleId = `${id}-title`;
  return (
    <form class="campaign-form" aria-labelledby={titleId} noValidate onSubmit={submit}>
      <h3 id={titleId}>{mode === 'create' ? t('campaigns_formTitleNew') : t('campaigns_formTitleEdit')}</h3>
      {input('name', t('campaigns_name'), 'text', { required: true })}
      {input('hashtags', t('campaigns_hashtags'), 'text', { hint: t('campaigns_hashtagsHint') })}
      {input('startDate', t('campaigns_startDate'), 'date', { required: true })}
      {input('endDate', t('campaigns_endDate'), 'date', { required: true })}

      <fieldset class="campaign-plan">
        <legend>{t('campaigns_plan')}</legend>
        <div class="field">
          <label for={fieldId('objective')}>{t('campaigns_objective')}</label>
          <select
            id={fieldId('objective')}
            ref={register('objective')}
            value={values.objective}
            aria-describedby={describedBy('objective', false)}
            onChange={(e) => update('objective', e.currentTarget.value)}
          >
            <option value="">{t('campaigns_notSet')}</option>
            {OBJECTIVE_KEYS.map((o) => (
              <option key={o} value={o}>
                {t(OBJECTIVE_LABEL_KEYS[o])}
              </option>
            ))}
          </select>
          {messages('objective')}
        </div>
        {textarea('audience', t('campaigns_audience'))}
        {textarea('keyMessages', t('campaigns_keyMessages'), t('campaigns_keyMessagesHint'))}
        {platforms && platforms.length > 0 && (
          <fieldset class="field" aria-describedby={describedBy('platforms', false)}>
            <legend>{t('campaigns_platforms')}</legend>
            {platforms.map((p) => (
              <label key={p.id} class="checkbox">
                <input
                  type="checkbox"
                  checked={values.platforms.includes(p.id)}
                  onChange={(e) =>
                    update(
                      'platforms',
                      e.currentTarget.checked
                        ? [...values.platforms, p.id]
                        : values.platforms.filter((x) => x !== p.id),
                    )
                  }
                />
                {p.label}
              </label>
            ))}
            {messages('platforms')}
          </fieldset>
        )}
        <div class="field">
          <label for={fieldId('account')}>{t('campaigns_account')}</label>
          <select
            id={fieldId('account')}
            ref={register('account')}
            value={values.account}
            onChange={(e) => update('account', e.currentTarget.value)}
          >
            <option value="">{t('campaigns_notSet')}</option>
            {ACCOUNT_KEYS.map((a) => (
              <option key={a} value={a}>
                {t(ACCOUNT_LABEL_KEYS[a])}
              </option>
            ))}
          </select>
          {messages('account')}
        </div>
        {input('language', t('campaigns_language'), 'text', { hint: t('campaigns_languageHint') })}
        <fieldset class="campaign-targets">
          <legend>{t('campaigns_targets')}</legend>
          {TARGET_KEYS.map((key) => {
            const errorKey = `target-${key}` as const;
            return (
              <div class="field" key={key}>
                <label for={fieldId(errorKey)}>{t(TARGET_LABEL_KEYS[key])}</label>
                <input
                  id={fieldId(errorKey)}
                  ref={register(errorKey)}
                  type="text"
                  inputMode="numeric"
                  value={values.targets[key] ?? ''}
                  aria-invalid={errorFor(errorKey) ? 'true' : undefined}
                  aria-describedby={describedBy(errorKey, false)}
                  onInput={(e) => {
                    const value = e.currentTarget.value;
                    setValues((old) => ({ ...old, targets: { ...old.targets, [key]: value } }));
                    clearError(errorKey);
                  }}
                />
                {messages(errorKey)}
              </div>
            );
          })}
        </fieldset>
      </fieldset>

      {checklist && checklist.length > 0 && (
        <details class="plan-checklist">
          <summary>{t('campaigns_checklist')}</summary>
          <ul>
            {checklist.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                {item.body && <p>{item.body}</p>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {mode === 'create' ? t('campaigns_create') : t('campaigns_save')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('campaigns_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
