import { formatNumber, t } from '../../lib/i18n';

export interface LengthMeterProps {
  used: number;
  limit: number;
  platformLabel: string;
}

/** How much of the platform's limit the draft uses, by that platform's own counting rules. */
export function LengthMeter({ used, limit, platformLabel }: LengthMeterProps) {
  const remaining = limit - used;
  const state = remaining < 0 ? 'over' : remaining <= Math.max(10, Math.round(limit * 0.1)) ? 'near' : 'ok';
  return (
    <div class={`length-meter length-meter--${state}`} data-testid="length-meter">
      <meter
        min={0}
        max={limit}
        low={limit * 0.9}
        high={limit}
        optimum={0}
        value={Math.min(used, limit)}
        aria-label={t('panel_lengthLabel', platformLabel)}
      />
      <span class="length-meter__text">
        <span data-testid="length-used">{formatNumber(used)}</span> / {formatNumber(limit)}
        <span class="length-meter__remaining">
          {remaining < 0
            ? t('panel_lengthOver', formatNumber(-remaining))
            : t('panel_lengthRemaining', formatNumber(remaining))}
        </span>
      </span>
    </div>
  );
}
