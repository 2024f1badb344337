import { t } from '../../lib/i18n';

/** A post published in the followed tab, as the panel shows it. */
export interface PublishNoticeView {
  id: string;
  /**
   * 'pending': the user is asked whether to log it; 'logged': it was logged and can be undone;
   * 'given-up': the site never confirmed it, so nothing was logged.
   */
  state: 'pending' | 'logged' | 'given-up';
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

/** Each state's title and body. */
const WORDING = {
  pending: ['publish_askTitle', 'publish_askBody'],
  logged: ['publish_loggedTitle', 'publish_loggedBody'],
  'given-up': ['publish_givenUpTitle', 'publish_givenUpBody'],
} as const;

/**
 * Posts just published in the page beside the panel: "Log this published post?" (policy "ask"),
 * "Published post logged" with Undo (policy "always"), or a publish the site did not confirm, which
 * was not logged. Announced politely; never steals focus.
 */
export function PublishNotices({ items, busyId, error, onLog, onUndo, onDismiss }: PublishNoticesProps) {
  if (items.length === 0 && !error) return null;
  return (
    <section class="publish-notices" aria-label={t('publish_noticesLabel')} data-testid="publish-notices">
      <ul role="list">
        {items.map((item) => {
          const busy = busyId === item.id;
          const pending = item.state === 'pending';
          const [title, body] = WORDING[item.state];
          return (
            <li
              key={item.id}
              class={`notice publish-notice publish-notice--${item.state}`}
              data-state={item.state}
            >
              <p role="status">
                <strong>{t(title)}</strong> {t(body, item.platformLabel, item.campaignName)}
              </p>
              <blockquote class="publish-notice__excerpt">{item.excerpt}</blockquote>
              <div class="publish-notice__actions">
                {pending && (
                  <button type="button" disabled={busy} onClick={() => onLog(item.id)}>
                    {t('publish_log')}
                  </button>
                )}
                {item.state === 'logged' && (
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
