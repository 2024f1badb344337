import type { RawFinding, Rule } from '../types';

/*
 * "Fancy font" letters: mathematical alphanumerics (𝐁𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝔉𝔯𝔞𝔨𝔱𝔲𝔯), circled and squared
 * letters, small capitals and full-width Latin. Screen readers skip them or spell their names.
 * Runs of two or more (three for full-width and small capitals, which also occur singly) are flagged,
 * joining words separated by spaces.
 */
const MATH = String.raw`\u{1D400}-\u{1D7FF}`;
const ENCLOSED = String.raw`\u24B6-\u24E9\u{1F130}-\u{1F189}`;
const FANCY_RE = new RegExp(
  String.raw`[${MATH}${ENCLOSED}](?:\s?[${MATH}${ENCLOSED}])+` +
    String.raw`|[\uFF21-\uFF3A\uFF41-\uFF5A]{3,}` +
    String.raw`|[\u1D00-\u1D22\u0280\u0299\u029C\u029F\u026A\u0274\u0262\u028F]{3,}`,
  'gu',
);

// A cheap first look (code units, no Unicode mode): the high surrogates of the mathematical and
// enclosed letters, circled letters, full-width Latin and small capitals.
const MAYBE_FANCY =
  /[\uD835\uD83C\u24B6-\u24E9\uFF21-\uFF5A\u1D00-\u1D22\u0262\u026A\u0274\u0280\u028F\u0299\u029C\u029F]/;

/** Text written in Unicode look-alike letters instead of plain letters. */
export const fancyUnicodeText: Rule = {
  id: 'fancy-unicode-text',
  check({ text }) {
    const out: RawFinding[] = [];
    if (!MAYBE_FANCY.test(text)) return out;
    FANCY_RE.lastIndex = 0;
    for (let m = FANCY_RE.exec(text); m !== null; m = FANCY_RE.exec(text)) {
      out.push({
        id: 'fancy-unicode-text',
        severity: 'warning',
        range: [m.index, m.index + m[0].length],
        params: { sample: sample(m[0]) },
      });
    }
    return out;
  },
};

/** At most 12 characters of the run, cut between code points. */
function sample(run: string): string {
  const chars = Array.from(run);
  return chars.length > 12 ? `${chars.slice(0, 12).join('')}…` : run;
}
