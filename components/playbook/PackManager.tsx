import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import { MAX_PACK_BYTES, parsePack, type ContentPack, type PackParseResult } from '../../lib/playbook/pack';
import { counted } from './labels';

export interface PackManagerProps {
  /** Installed packs, in the order the panel keeps them. */
  packs: readonly ContentPack[];
  /** Called with a valid pack; a pack with the id of an installed one replaces it. */
  onInstall(pack: ContentPack): void | Promise<void>;
  onRemove(id: string): void | Promise<void>;
  /** Checks a file's text; parsePack (against the built-in ids and the installed packs) by default. */
  parse?: (text: string, installed: readonly ContentPack[]) => PackParseResult;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'rejected'; file: string; errors: string[] }
  | { kind: 'installed'; name: string; tips: number; examples: number; updated: boolean }
  | { kind: 'failed'; message: string };

const defaultParse = (text: string, installed: readonly ContentPack[]) => parsePack(text, { installed });

/**
 * Import a parliament's content pack from a JSON file, see the installed ones, remove one. It checks
 * the file and reports every problem; storing the packs is the caller's job.
 */
export function PackManager({ packs, onInstall, onRemove, parse = defaultParse }: PackManagerProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The Remove button gives way to the confirmation: keep keyboard focus on it.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    // Reset so choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (file.size > MAX_PACK_BYTES) {
      setOutcome({ kind: 'rejected', file: file.name, errors: [t('playbook_packTooLarge')] });
      return;
    }
    setOutcome({ kind: 'reading' });
    try {
      const result = parse(await file.text(), packs);
      if (!result.ok) {
        setOutcome({ kind: 'rejected', file: file.name, errors: result.errors });
        return;
      }
      const updated = packs.some((p) => p.id === result.pack.id);
      await onInstall(result.pack);
      setOutcome({
        kind: 'installed',
        name: result.pack.name,
        tips: result.pack.tips.length,
        examples: result.pack.examples.length,
        updated,
      });
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section class="packs" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('playbook_packsTitle')}</h2>
      <p class="hint">{t('playbook_packsIntro')}</p>

      <div class="field">
        <label for={`${id}-file`}>{t('playbook_packImport')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-file-hint`}
          onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)}
        />
        <p id={`${id}-file-hint`} class="hint">
          {t('playbook_packImportHint')}
        </p>
      </div>

      <div aria-live="polite" class="packs__outcome">
        {outcome.kind === 'reading' && <p>{t('playbook_packReading')}</p>}
        {outcome.kind === 'installed' && (
          <p role="status" class="packs__installed">
            {t(outcome.updated ? 'playbook_packUpdated' : 'playbook_packInstalled', outcome.name)}{' '}
            {counted('playbook_tipCount', outcome.tips)}, {counted('playbook_exampleCount', outcome.examples)}
          </p>
        )}
      </div>
      {outcome.kind === 'rejected' && (
        <div role="alert" class="packs__errors error">
          <p>{t('playbook_packRejected', outcome.file, formatNumber(outcome.errors.length))}</p>
          <ul>
            {outcome.errors.map((error, i) => (
              <li key={i}>
                <code>{error}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" class="error">
          {t('playbook_packFailed', outcome.message)}
        </p>
      )}

      <h3>{t('playbook_packsInstalled')}</h3>
      {packs.length === 0 ? (
        <p class="packs__none">{t('playbook_packsNone')}</p>
      ) : (
        <ul class="packs__list">
          {packs.map((pack) => (
            <li key={pack.id} class="packs__item" data-pack-id={pack.id}>
              <p class="packs__name">
                <strong>{pack.name}</strong>
                {pack.publisher && <span class="packs__publisher"> · {pack.publisher}</span>}
              </p>
              <p class="packs__counts">
                {counted('playbook_tipCount', pack.tips.length)},{' '}
                {counted('playbook_exampleCount', pack.examples.length)}
              </p>
              {confirming === pack.id ? (
                <p class="packs__confirm">
                  <span>{t('playbook_packConfirmRemove', pack.name)}</span>{' '}
                  <button
                    type="button"
                    ref={confirmButton}
                    onClick={() => {
                      setConfirming(null);
                      void onRemove(pack.id);
                    }}
                  >
                    {t('playbook_packRemoveYes')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirming(null)}>
                    {t('playbook_cancel')}
                  </button>
                </p>
              ) : (
                <button
                  type="button"
                  aria-label={t('playbook_packRemoveNamed', pack.name)}
                  onClick={() => setConfirming(pack.id)}
                >
                  {t('playbook_packRemove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
