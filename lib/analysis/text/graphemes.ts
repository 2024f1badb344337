let segmenter: Intl.Segmenter | undefined;

function getSegmenter(): Intl.Segmenter {
  // Built once: constructing a segmenter costs far more than segmenting a post.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return segmenter;
}

// Text with only printable ASCII has one grapheme per code unit, except "\r\n" which is one.
const SIMPLE_ASCII = /^[\x20-\x7e\n\t]*$/;

/*
 * V8's segmenter slows down sharply (worse than linear) on non-ASCII strings longer than a few tens
 * of thousands of code units, so long text is segmented in chunks. Each cut is moved to a grapheme
 * boundary found by segmenting a small window around it; only a grapheme longer than the window
 * (dozens of stacked marks) could be split, and then the count is off by one.
 */
const CHUNK = 4096;
const WINDOW = 32;

function* chunks(text: string): Generator<[start: number, end: number]> {
  let pos = 0;
  while (pos < text.length) {
    const end = text.length - pos <= CHUNK ? text.length : cutNear(text, pos + CHUNK, pos);
    yield [pos, end];
    pos = end;
  }
}

function cutNear(text: string, at: number, floor: number): number {
  const from = Math.max(floor, at - WINDOW);
  const to = Math.min(text.length, at + WINDOW);
  let before = -1;
  let after = -1;
  for (const s of getSegmenter().segment(text.slice(from, to))) {
    const b = from + s.index;
    if (b <= at && b > floor) before = b;
    else if (b > at && after === -1) after = b;
  }
  if (before !== -1) return before;
  if (after !== -1) return after;
  // No boundary in the window: cut between code points.
  const c = text.charCodeAt(at - 1);
  return c >= 0xd800 && c <= 0xdbff ? at + 1 : at;
}

/** Number of extended grapheme clusters in `text`. */
export function graphemeCount(text: string): number {
  if (SIMPLE_ASCII.test(text)) return text.length;
  let n = 0;
  for (const [start, end] of chunks(text)) {
    for (const _ of getSegmenter().segment(text.slice(start, end))) n++;
  }
  return n;
}

/**
 * The UTF-16 index where grapheme number `limit` (0-based) starts, so that `text.slice(0, index)`
 * holds exactly `limit` graphemes; `text.length` when there are no more.
 */
export function graphemeOffset(text: string, limit: number): number {
  if (limit <= 0) return 0;
  if (SIMPLE_ASCII.test(text)) return Math.min(limit, text.length);
  let n = 0;
  for (const [start, end] of chunks(text)) {
    for (const s of getSegmenter().segment(text.slice(start, end))) {
      if (n === limit) return start + s.index;
      n++;
    }
  }
  return text.length;
}
