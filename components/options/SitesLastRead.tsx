import { useSignal } from '@preact/signals';
import { useEffect, useId } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';

/** Site id → epoch ms of the last successful read (lib/messaging/sites-last-read.ts). */
export type LastReadTimes = Partial<Readonly<Record<string, number>>>;

export interface SitesLastReadProps {
  /** Every supported site with its label, in the panel's order. */
  platforms: ReadonlyArray<{ id: string; label: string }>;
  /** Reads the stored times, once when the section is shown; nothing is listed until it settles. */
  load(): Promise<LastReadTimes>;
}

/**
 * "Sites last read": when Rostrum last read a compose box on each site. A site the user writes on that
 * is never read is the sign that its layout changed.
 */
export function SitesLastRead({ platforms, load }: SitesLastReadProps) {
  const id = useId();
  const times = useSignal<LastReadTimes | null>(null);
  // Read once when the page opens: a read taking place meanwhile is a minute's difference at most.
  useEffect(() => {
    let live = true;
    void load()
      .catch(() => ({}))
      .then((loaded) => {
        if (live) times.value = loaded;
      });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section class="settings-section sites-last-read" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings_sitesReadTitle')}</h2>
      <p class="hint">{t('settings_sitesReadHelp')}</p>
      {times.value && (
        <dl data-testid="sites-last-read">
          {platforms.map((platform) => {
            const loaded = times.value ?? {};
            const at = Object.hasOwn(loaded, platform.id) ? loaded[platform.id] : undefined;
            return (
              <div key={platform.id} data-platform={platform.id}>
                <dt>{platform.label}</dt>
                <dd>
                  {at === undefined ? (
                    t('settings_sitesReadNever')
                  ) : (
                    <time dateTime={new Date(at).toISOString()}>
                      {t('settings_sitesReadAt', formatDateTime(at))}
                    </time>
                  )}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
