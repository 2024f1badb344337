import { t } from '../../lib/i18n';

/** A post published in the followed tab, as the panel shows it. */
export interface PublishNoticeView {
  id: string;
  /** 'pending': the user is asked whether to log it; 'logged': it was logged and can be undone. */
  state: 'pending' | 'logged';
  platformLabel: string;
  campaignName: string;
  /** The start of the post's text. */
  excerpt: string;
}

export interface PublishNoticesProps {
  items: readonly PublishNoticeView[];
  /** The item a request is out for; its buttons are disabled meanwhile. */
  busyId: string | null;
  error: string | null;
  onLog(id: string): void;
  onUndo(id: string): void;
  onDismiss(id: string): void;
}

/**
 * Posts just published in the page beside the panel: "Log this published post?" (policy "ask"), or
 * "Published post logged" with Undo (policy "always"). Announced politely; never steals focus.
 */
export function PublishNotices({ items, busyId, error, onLog, onUndo, onDismiss }: PublishNoticesProps) {
  if (items.length === 0 && !error) return null;
  return (
    <section class="publish-notices" aria-label={t('publish_noticesLabel')} data-testid="publish-notices">
      <ul role="list">
        {items.map((item) => {
          const busy = busyId === item.id;
          const pending = item.state === 'pending';
          return (
            <li
              key={item.id}
              class={`notice publish-notice publish-notice--${item.state}`}
              data-state={item.state}
            >
              <p role="status">
                <strong>{t(pending ? 'publish_askTitle' : 'publish_loggedTitle')}</strong>{' '}
                {t(pending ? 'publish_askBody' : 'publish_loggedBody', item.platformLabel, item.campaignName)}
              </p>
              <blockquote class="publish-notice__excerpt">{item.excerpt}</blockquote>
              <div class="publish-notice__actions">
                {pending ? (
                  <button type="button" disabled={busy} onClick={() => onLog(item.id)}>
                    {t('publish_log')}
                  </button>
                ) : (
                  <button type="button" disabled={busy} onClick={() => onUndo(item.id)}>
                    {t('publish_undo')}
                  </button>
                )}
                <button type="button" class="link-button" disabled={busy} onClick={() => onDismiss(item.id)}>
                  {t(pending ? 'publish_dismiss' : 'publish_ok')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" class="error">
          {t('publish_failed', error)}
        </p>
      )}
    </section>
  );
}
