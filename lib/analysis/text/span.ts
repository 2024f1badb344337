/** A half-open range of UTF-16 indices into the draft: [start, end). */
export type Span = [start: number, end: number];

/** A piece of the draft found by a scanner. */
export interface Token {
  start: number;
  end: number;
  /** The exact characters of the draft in [start, end). */
  text: string;
}

/** True when [start, end) overlaps any of the sorted, non-overlapping tokens. */
export function overlapsAny(start: number, end: number, sorted: readonly Token[]): boolean {
  // Binary search for the first token ending after `start`; drafts can hold thousands of tokens.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = sorted[lo];
  return candidate !== undefined && candidate.start < end;
}
