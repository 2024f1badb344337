import { useId, useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';

/** A Mastodon instance as the panel lists it. */
export interface InstanceView {
  host: string;
  limit: number;
  /** True when the instance's API did not say and Mastodon's default is used. */
  defaultLimit: boolean;
}

/** Why the last add did not work. */
export type InstanceError = { kind: 'invalid' } | { kind: 'denied' } | { kind: 'failed'; message: string };

export interface InstanceSettingsProps {
  instances: readonly InstanceView[];
  /** The host being added, while it is. */
  adding: string | null;
  /** The host added last, to announce. */
  added: string | null;
  error: InstanceError | null;
  /**
   * Adds an instance. Called inside the click (or submit), so the browser's permission prompt may
   * open: the parent must not await anything before asking for the permission.
   */
  onAdd(host: string): void;
  onRemove(host: string): void;
}

function errorText(error: InstanceError): string {
  if (error.kind === 'invalid') return t('publish_mastodonInvalid');
  if (error.kind === 'denied') return t('publish_mastodonDenied');
  return t('publish_mastodonFailed', error.message);
}

/** "Mastodon instances": the servers the user posts from, with each one's character limit. */
export function InstanceSettings({
  instances,
  adding,
  added,
  error,
  onAdd,
  onRemove,
}: InstanceSettingsProps) {
  const id = useId();
  const [host, setHost] = useState('');
  return (
    <section class="instance-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('publish_mastodonTitle')}</h2>
      <p id={`${id}-help`} class="hint">
        {t('publish_mastodonHelp')}
      </p>
      {instances.length === 0 ? (
        <p>{t('publish_mastodonEmpty')}</p>
      ) : (
        <ul class="instance-list" data-testid="mastodon-instances">
          {instances.map((instance) => (
            <li key={instance.host} data-host={instance.host}>
              <span class="instance-list__host">{instance.host}</span>{' '}
              <span class="instance-list__limit">
                {t(
                  instance.defaultLimit ? 'publish_mastodonLimitDefault' : 'publish_mastodonLimit',
                  formatNumber(instance.limit),
                )}
              </span>{' '}
              <button
                type="button"
                class="link-button"
                aria-label={t('publish_mastodonRemove', instance.host)}
                onClick={() => onRemove(instance.host)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="instance-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (host.trim()) onAdd(host.trim());
        }}
      >
        <div class="field">
          <label for={`${id}-host`}>{t('publish_mastodonField')}</label>
          <input
            id={`${id}-host`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('publish_mastodonPlaceholder')}
            aria-describedby={`${id}-help`}
            aria-invalid={error?.kind === 'invalid' ? 'true' : undefined}
            value={host}
            onInput={(e) => setHost(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={adding !== null}>
          {adding ? t('publish_mastodonAdding') : t('publish_mastodonAdd')}
        </button>
      </form>
      <p role="status">{added && !error ? t('publish_mastodonAdded', added) : ''}</p>
      {error && (
        <p role="alert" class="error">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
