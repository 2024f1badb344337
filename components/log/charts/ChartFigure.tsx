import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../../lib/i18n';

/** Hidden from sight, not from screen readers (inline so it works without the panel's stylesheet). */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export interface ChartFigureProps {
  title: string;
  /** Column headers of the table alternative. */
  columns: readonly string[];
  /** Rows of the table alternative: first cell is the row header. */
  rows: ReadonlyArray<readonly string[]>;
  /** The SVG drawing; hidden from assistive technology, which reads the table instead. */
  children: ComponentChildren;
  /** Said when there is nothing to chart. */
  empty?: string;
}

/**
 * A chart with its table alternative: the SVG is decorative for screen readers (aria-hidden), the
 * table carries the same figures and is always in the page; sighted users can show it too.
 */
export function ChartFigure({ title, columns, rows, children, empty }: ChartFigureProps) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  if (rows.length === 0) {
    return (
      <figure class="chart" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>{title}</figcaption>
        <p>{empty ?? t('log_chartEmpty')}</p>
      </figure>
    );
  }
  return (
    <figure class="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div aria-hidden="true" class="chart-drawing">
        {children}
      </div>
      <button
        type="button"
        class="chart-table-toggle"
        aria-expanded={showTable}
        aria-controls={`${id}-table`}
        onClick={() => setShowTable(!showTable)}
      >
        {showTable ? t('log_chartHideTable') : t('log_chartShowTable')}
      </button>
      <table id={`${id}-table`} style={showTable ? undefined : VISUALLY_HIDDEN}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${i}-${row[0]}`}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" key={j}>
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
