export interface BarChartProps {
  data: ReadonlyArray<{ label: string; value: number; display?: string }>;
  /** Draws a target mark per bar when given (same order as data). */
  targets?: ReadonlyArray<number | undefined>;
  width?: number;
  rowHeight?: number;
  /**
   * 'shared': one scale for every bar. 'per-target': each bar against its own target (measures of
   * different sizes, such as impressions and replies); a row with no target shows its figure only.
   */
  scale?: 'shared' | 'per-target';
}

/** Horizontal bars with their label and value: per platform, findings, engagement, targets. */
export function BarChart({ data, targets, width = 320, rowHeight = 22, scale = 'shared' }: BarChartProps) {
  const labelWidth = width * 0.38;
  const valueWidth = 48;
  const plot = width - labelWidth - valueWidth;
  const sharedMax = Math.max(1, ...data.map((d) => d.value), ...(targets ?? []).map((v) => v ?? 0));
  const height = data.length * rowHeight;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="presentation" class="bar-chart">
      {data.map((d, i) => {
        const y = i * rowHeight;
        const target = targets?.[i];
        const max = scale === 'shared' ? sharedMax : Math.max(1, d.value, target ?? 0);
        const barWidth = scale === 'per-target' && target === undefined ? 0 : (d.value / max) * plot;
        return (
          <g key={`${i}-${d.label}`}>
            <text x={0} y={y + rowHeight * 0.68} font-size={11} fill="currentColor">
              {d.label.length > 20 ? `${d.label.slice(0, 19)}…` : d.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={barWidth}
              height={rowHeight - 6}
              fill="currentColor"
              fill-opacity={0.75}
            />
            {target !== undefined && (
              <line
                x1={labelWidth + (target / max) * plot}
                x2={labelWidth + (target / max) * plot}
                y1={y + 1}
                y2={y + rowHeight - 1}
                stroke="currentColor"
                stroke-width={2}
                stroke-dasharray="3 2"
              />
            )}
            <text x={width} y={y + rowHeight * 0.68} font-size={11} fill="currentColor" text-anchor="end">
              {d.display ?? String(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
