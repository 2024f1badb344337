import { useId, useState } from 'preact/hooks';
import { currentLocale, t } from '../../lib/i18n';
import { POST_TYPES, type PostType } from '../../lib/playbook/signals';
import { postTypeLabel } from './post-type-label';

export interface PostTypeView {
  id: PostType;
  /** True when the user chose it rather than the analysis recognising it. */
  chosen: boolean;
}

export interface PostTypeStripProps {
  /** The kinds of post the analysis uses now, strongest first. */
  types: readonly PostTypeView[];
  /** The user's correction; undefined goes back to what the analysis recognises. */
  onChange: (types: PostType[] | undefined) => void;
}

/**
 * One quiet line under the draft saying what kind of post Rostrum takes it for, with an inline list to
 * correct it (a disclosure, not a dialog, so the draft and its tips stay in view while the user picks).
 */
export function PostTypeStrip({ types, onChange }: PostTypeStripProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const chosen = types.some((p) => p.chosen);
  const ids = types.map((p) => p.id);
  const names =
    ids.length === 0
      ? t('panel_postTypesNone')
      : new Intl.ListFormat(currentLocale.value, { type: 'conjunction' }).format(ids.map(postTypeLabel));
  const toggle = (id: PostType, on: boolean) => {
    const next = on ? [...ids.filter((x) => x !== id), id] : ids.filter((x) => x !== id);
    onChange(next);
  };
  return (
    <div class="post-types" data-testid="post-types">
      <p class="post-types__line">
        <span data-testid="post-types-line">
          {t(chosen ? 'panel_postTypesChosen' : 'panel_postTypesRecognised', names)}
        </span>{' '}
        <button
          type="button"
          class="link-button"
          aria-expanded={open}
          aria-controls={listId}
          aria-label={t('panel_postTypesChangeLabel')}
          onClick={() => setOpen(!open)}
        >
          {t('panel_postTypesChange')}
        </button>
        {chosen && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={() => onChange(undefined)}>
              {t('panel_postTypesReset')}
            </button>
          </>
        )}
      </p>
      {open && (
        <fieldset id={listId} class="post-types__list">
          <legend>{t('panel_postTypes')}</legend>
          <p class="hint">{t('panel_postTypesHint')}</p>
          {POST_TYPES.map((id) => (
            <label key={id} class="post-types__choice">
              <input
                type="checkbox"
                checked={ids.includes(id)}
                onChange={(e) => toggle(id, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {postTypeLabel(id)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
