import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  /** How many rows there are in all. */
  count: number;
  /** Every row is this tall (px): what makes windowing a matter of arithmetic. */
  rowHeight: number;
  /** Height of the scrolling area (px) when it cannot be measured (tests, hidden panels). */
  height?: number;
  /** Rows rendered beyond each edge of the visible window. */
  overscan?: number;
  /** Accessible name of the list. */
  label: string;
  /** One row's content; called only for rendered rows. */
  renderRow(index: number): ComponentChildren;
  /** Key of a row (its entry id when loaded), so rows keep focus and state while scrolling. */
  rowKey(index: number): string | number;
  /** The rendered range changed: load rows start…end-1. */
  onRangeChange?(start: number, end: number): void;
}

/** The rows to render for a scroll position: the visible ones plus `overscan` on each side. */
export function windowFor(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan: number,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  return { start: Math.max(0, first - overscan), end: Math.min(count, first + visible + overscan) };
}

/**
 * A windowed list: only the rows in view (plus a margin) are in the DOM, placed by absolute offset
 * inside a spacer as tall as all rows, so 100,000 rows cost as little as 30. Screen readers get the
 * true size and position of each row through aria-setsize and aria-posinset.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, rowHeight, height = 480, overscan = 8, label, renderRow, rowKey, onRangeChange } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(height);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight > 0 ? el.clientHeight : height);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [height]);

  const { start, end } = windowFor(scrollTop, viewport, rowHeight, count, overscan);

  useEffect(() => {
    onRangeChange?.(start, end);
  }, [start, end, onRangeChange]);

  const rows = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <div
        key={rowKey(i)}
        role="listitem"
        aria-setsize={count}
        aria-posinset={i + 1}
        class="virtual-row"
        style={{
          position: 'absolute',
          top: `${i * rowHeight}px`,
          left: 0,
          right: 0,
          height: `${rowHeight}px`,
        }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      class="virtual-list"
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div role="list" aria-label={label} style={{ position: 'relative', height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
