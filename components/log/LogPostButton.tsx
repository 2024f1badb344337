import { useId } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { EntryStatus } from '../../lib/log/schema';
import type { LogStatus, PostToLog } from '../../lib/state/log-model';

export interface LogPostButtonProps {
  /** The draft to log; null or blank text disables the button. */
  draft: PostToLog | null;
  status: LogStatus;
  /** Why the last attempt failed, when `status` is 'error'. */
  error?: string | null;
  /** Name of the campaign the post will go to, or null for none. */
  campaignName?: string | null;
  /** Free tags for this post, as typed ("live, vote"); the field shows when `onTagsChange` is given. */
  tags?: string;
  onTagsChange?(tags: string): void;
  /** Draft or published; the choice shows when `onEntryStatusChange` is given. */
  entryStatus?: EntryStatus;
  onEntryStatusChange?(status: EntryStatus): void;
  /** Called with the draft, plus the tags and status chosen here. */
  onLog(draft: PostToLog): void;
}

/** Splits "live, vote ,, live" into ["live", "vote"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Log this post": hands the current draft to the parent and announces the outcome politely. */
export function LogPostButton(props: LogPostButtonProps) {
  const { draft, status, error, campaignName, tags, onTagsChange, entryStatus, onEntryStatusChange, onLog } =
    props;
  const id = useId();
  const ready = draft !== null && draft.text.trim() !== '';
  let message = '';
  if (status === 'saving') message = t('log_saving');
  else if (status === 'saved') message = t('log_saved');
  else if (status === 'error') message = t('log_failed', error ?? '');

  function log(): void {
    if (!draft || !ready) return;
    const extra: Partial<PostToLog> = {};
    if (onTagsChange) extra.tags = parseTags(tags ?? '');
    if (onEntryStatusChange && entryStatus) extra.status = entryStatus;
    onLog({ ...draft, ...extra });
  }

  return (
    <div class="log-post">
      {onTagsChange && (
        <div class="field">
          <label for={`${id}-tags`}>{t('log_postTags')}</label>
          <input
            id={`${id}-tags`}
            type="text"
            value={tags ?? ''}
            aria-describedby={`${id}-tags-hint`}
            onInput={(e) => onTagsChange(e.currentTarget.value)}
          />
          <p id={`${id}-tags-hint`} class="hint">
            {t('log_tagsHint')}
          </p>
        </div>
      )}
      {onEntryStatusChange && (
        <div class="field">
          <label for={`${id}-status`}>{t('log_fieldStatus')}</label>
          <select
            id={`${id}-status`}
            value={entryStatus ?? 'published'}
            onChange={(e) => onEntryStatusChange(e.currentTarget.value === 'draft' ? 'draft' : 'published')}
          >
            <option value="published">{t('log_statusPublished')}</option>
            <option value="draft">{t('log_statusDraft')}</option>
          </select>
        </div>
      )}
      <button type="button" disabled={!ready || status === 'saving'} onClick={log}>
        {t('log_logThisPost')}
      </button>
      <p class="log-post-target">
        {campaignName ? t('log_toCampaign', campaignName) : t('log_toNoCampaign')}
      </p>
      {!ready && <p class="hint">{t('log_needsDraft')}</p>}
      <p role="status" class={status === 'error' ? 'error' : undefined}>
        {message}
      </p>
    </div>
  );
}
