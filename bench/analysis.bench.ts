/**
 * Speed of analyzeDraft against twitter-text's own parseTweet, on the same drafts.
 * Targets (issue 4): p99 ≤ 1 ms at 280 characters, ≤ 5 ms at 3,000, ≤ 50 ms at 63,206.
 * Run: npm run bench (or bundle this file with esbuild and run it in Node).
 */
import twitterText from 'twitter-text';
import { analyzeDraft, type AnalysisInput } from '../lib/analysis/index';
import { loadPlaybookFor } from '../lib/playbook/index';
import type { PlatformId } from '../lib/platforms/types';

// The analysis ranks the built-in tips too, as in the panel, which loads their words first.
await loadPlaybookFor('en');

const PARAGRAPHS = [
  'The Public Accounts Committee (PAC) questions officials today at 10:00 on the cost of rural bus services. ',
  'MPs debate the Finance Bill at second reading this afternoon; watch live at https://parliamentlive.example/event/1234 ',
  'La commission des finances examine le projet de loi en première lecture cette semaine. #BudgetDay @ClerkOfTheHouse ',
  'Have your say: the consultation closes on 30 June 🗳️ https://committees.example.org/consultation ',
  'Thanks to everyone who visited our open day 🏛️ — over 2,000 people toured the chamber #OpenHouse ',
];

function draftOf(size: number): string {
  let text = '';
  for (let i = 0; text.length < size; i++) text += PARAGRAPHS[i % PARAGRAPHS.length]!;
  // Cut at a code-point boundary so the draft is well-formed.
  return Array.from(text)
    .join('')
    .slice(0, size)
    .replace(/[\uD800-\uDBFF]$/u, ' ');
}

const CASES: { size: number; platform: PlatformId; iterations: number }[] = [
  { size: 280, platform: 'x', iterations: 3000 },
  { size: 280, platform: 'bluesky', iterations: 3000 },
  { size: 3000, platform: 'linkedin', iterations: 1000 },
  { size: 3000, platform: 'x', iterations: 1000 },
  { size: 63206, platform: 'facebook', iterations: 150 },
  { size: 63206, platform: 'x', iterations: 150 },
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function time(fn: () => unknown, iterations: number): number[] {
  // Warm up: let the JIT optimise and the playbook index be built, as in a panel that has been open a while.
  for (let i = 0; i < Math.min(300, iterations); i++) fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

const TARGETS: Record<number, number> = { 280: 1, 3000: 5, 63206: 50 };
const ms = (n: number): string => n.toFixed(3);
const rows: string[][] = [];
let failed = false;
for (const c of CASES) {
  const text = draftOf(c.size);
  const input: AnalysisInput = {
    text,
    platform: c.platform,
    account: 'institution',
    campaign: { hashtags: ['#BudgetDay'], objective: 'engage', language: 'en' },
    media: { images: 2, imagesWithAlt: 1, videos: 1, videosWithCaptions: 0 },
    now: new Date(2025, 0, 6, 23, 0),
    locale: 'en',
  };
  const a = time(() => analyzeDraft(input), c.iterations);
  const t = time(() => twitterText.parseTweet(text), c.iterations);
  const p99 = percentile(a, 99);
  const target = TARGETS[c.size]!;
  const ok = p99 <= target;
  failed ||= !ok;
  rows.push([
    String(c.size),
    c.platform,
    ms(percentile(a, 50)),
    ms(percentile(a, 95)),
    ms(p99),
    `${target}`,
    ok ? 'yes' : 'NO',
    ms(percentile(t, 50)),
    ms(percentile(t, 99)),
    (p99 / percentile(t, 99)).toFixed(2),
  ]);
}

const header = [
  'chars',
  'platform',
  'analyze p50',
  'p95',
  'p99',
  'target',
  'met',
  'parseTweet p50',
  'p99',
  'ratio p99',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(
  'analyzeDraft vs twitter-text parseTweet (milliseconds; ratio = analyzeDraft p99 / parseTweet p99)',
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
if (failed) process.exitCode = 1;
