export interface ColumnChartProps {
  data: ReadonlyArray<{ label: string; value: number }>;
  /** Drawing size in SVG units; it scales to its box. */
  width?: number;
  height?: number;
}

/** Vertical bars over time (posts per day/week/month), with the axis maximum marked. */
export function ColumnChart({ data, width = 320, height = 140 }: ColumnChartProps) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const top = 14;
  const bottom = 18;
  const plot = height - top - bottom;
  const step = width / Math.max(1, data.length);
  const bar = Math.max(1, step * 0.8);
  const first = data[0]?.label ?? '';
  const last = data[data.length - 1]?.label ?? '';
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="presentation" class="column-chart">
      <line x1={0} y1={top + plot} x2={width} y2={top + plot} stroke="currentColor" stroke-opacity={0.4} />
      <text x={0} y={10} font-size={10} fill="currentColor">
        {max}
      </text>
      {data.map((d, i) => {
        const h = (d.value / max) * plot;
        return (
          <rect
            key={d.label}
            x={i * step + (step - bar) / 2}
            y={top + plot - h}
            width={bar}
            height={h}
            fill="currentColor"
            fill-opacity={0.75}
          />
        );
      })}
      <text x={0} y={height - 4} font-size={10} fill="currentColor">
        {first}
      </text>
      <text x={width} y={height - 4} font-size={10} fill="currentColor" text-anchor="end">
        {last}
      </text>
    </svg>
  );
}
