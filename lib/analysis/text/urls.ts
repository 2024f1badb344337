import type { Token } from './span';

/** A link in the draft. `scheme` tells whether it was written with http(s)://. */
export interface UrlToken extends Token {
  scheme: boolean;
  /** Lower-case host name, without a leading "www.". */
  host: string;
}

// Generic top-level domains people actually paste; every two-letter country code is accepted too.
const GENERIC_TLDS = 'com|org|net|edu|gov|int|mil|info|biz|app|dev|news|social|online|site|blog|media|tv|ly';

/*
 * Links with a scheme, or bare host names ending in a known top-level domain. The TLD must be lower
 * case so that a missing space after a full stop ("today.It was") is not a link. The look-behind keeps
 * e-mail addresses and paths from being read as hosts.
 */
const URL_RE = new RegExp(
  String.raw`[hH][tT][tT][pP][sS]?:\/\/[^\s<>"“”‘’«»]+` +
    String.raw`|(?<![\p{L}\p{N}@._\/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[a-z]{2}|${GENERIC_TLDS})(?![\p{L}\p{N}-])(?:[\/?#][^\s<>"“”‘’«»]*)?`,
  'gu',
);

const SCHEME = /^https?:\/\//i;

/** Every link in `text`, in order, with trailing punctuation left out. */
export function findUrls(text: string): UrlToken[] {
  const out: UrlToken[] = [];
  // A link needs "://" or a dot before a letter. Finding those with indexOf and matching only the
  // space-delimited chunk around each is far faster on long drafts than running the pattern everywhere.
  let scheme = text.indexOf('://');
  let dot = nextDotLetter(text, 0);
  while (scheme !== -1 || dot !== -1) {
    const at = scheme === -1 ? dot : dot === -1 ? scheme : Math.min(scheme, dot);
    let start = at;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    scanChunk(text.slice(start, end), start, out);
    if (scheme !== -1 && scheme < end) scheme = text.indexOf('://', end);
    if (dot !== -1 && dot < end) dot = nextDotLetter(text, end);
  }
  return out;
}

function nextDotLetter(text: string, from: number): number {
  for (let i = text.indexOf('.', from); i !== -1; i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return i;
  }
  return -1;
}

function scanChunk(chunk: string, offset: number, out: UrlToken[]): void {
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(chunk); m !== null; m = URL_RE.exec(chunk)) {
    const raw = trimTrailing(m[0]);
    const scheme = raw.charCodeAt(0) === 104 /* h */ || raw.charCodeAt(0) === 72 ? SCHEME.test(raw) : false;
    if (scheme && raw.length <= 8) continue;
    const start = offset + m.index;
    out.push({ start, end: start + raw.length, text: raw, scheme, host: hostOf(raw, scheme) });
  }
}

function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

// Punctuation that ends a sentence or a quotation rather than the link.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '…', '»', ']', '}', '>', '*', '_']);

function trimTrailing(raw: string): string {
  // Character loops, not patterns: this runs once per link, and drafts can hold thousands of links.
  let end = raw.length;
  let opens = -1;
  for (;;) {
    while (end > 0 && TRAILING.has(raw[end - 1]!)) end--;
    // A closing parenthesis belongs to the link only when the link opened one ("…/Bill_(2024)").
    if (end === 0 || raw[end - 1] !== ')') break;
    if (opens === -1) opens = count(raw, '(');
    if (opens >= count(raw.slice(0, end), ')')) break;
    end--;
  }
  return end === raw.length ? raw : raw.slice(0, end);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function hostOf(raw: string, scheme: boolean): string {
  let from = scheme ? raw.indexOf('//') + 2 : 0;
  let to = from;
  while (to < raw.length) {
    const c = raw[to]!;
    if (c === '/' || c === '?' || c === '#' || c === ':') break;
    to++;
  }
  if (raw.startsWith('www.', from) || raw.startsWith('WWW.', from)) from += 4;
  return raw.slice(from, to).toLowerCase();
}
