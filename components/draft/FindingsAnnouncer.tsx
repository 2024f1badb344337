import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface FindingsAnnouncerProps {
  /** Ids of the findings the draft raises now. */
  ids: readonly string[];
  /** The short name of a finding, for the announcement. */
  labelOf(id: string): string;
  /** How long the set must stay the same before it is announced (ms): typing does not chatter. */
  settleMs?: number;
}

/**
 * Tells screen-reader users, politely, which checks a draft newly raises, once typing pauses. Counts
 * that change on every keystroke ("12 characters left") are never announced; a check that comes and
 * goes while typing is not either. Nothing is said for the checks already there when the panel opens.
 */
export function FindingsAnnouncer({ ids, labelOf, settleMs = 1000 }: FindingsAnnouncerProps) {
  const announced = useRef<ReadonlySet<string> | null>(null);
  const [message, setMessage] = useState('');
  const key = [...ids].sort().join('|');

  useEffect(() => {
    if (announced.current === null) {
      announced.current = new Set(ids);
      return;
    }
    const timer = setTimeout(() => {
      const before = announced.current ?? new Set<string>();
      announced.current = new Set(ids);
      const added = ids.filter((id) => !before.has(id));
      if (added.length > 0) setMessage(t('panel_newFindings', added.map(labelOf).join(', ')));
    }, settleMs);
    return () => clearTimeout(timer);
    // `key` stands for `ids`: a new array with the same findings is no change.
  }, [key, settleMs]);

  return (
    <p class="sr-only" role="status" aria-live="polite" data-testid="findings-announcer">
      {message}
    </p>
  );
}
