import type { ComponentChildren } from 'preact';

export interface HighlightRange {
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'info';
}

export interface DraftHighlightProps {
  text: string;
  ranges: HighlightRange[];
  label: string;
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * A read-only copy of the draft with the findings' ranges marked. Overlapping ranges take the
 * worst severity; the site's own editor is never touched.
 */
export function DraftHighlight({ text, ranges, label }: DraftHighlightProps) {
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: ComponentChildren[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const piece = text.slice(start, end);
    let worst: HighlightRange['severity'] | null = null;
    for (const r of ranges) {
      if (r.start <= start && r.end >= end && (!worst || RANK[r.severity] > RANK[worst])) worst = r.severity;
    }
    parts.push(
      worst ? (
        <mark key={start} class={`hl hl--${worst}`}>
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
  }
  return (
    <div class="draft-copy" role="region" aria-label={label} data-testid="draft-text">
      {parts}
    </div>
  );
}
