/**
 * How well the tips and examples shown beside a draft fit it (issue 12, item 4): Rostrum's ranking
 * and a BM25 baseline, scored on the first 3 items against the judged set in bench/relevance/.
 * Run: npm run bench relevance            (add -- --verbose for one line per draft, and
 *                                          --half=tune to print only the drafts and figures tuned on)
 */
import raw from './relevance/judged-drafts.json';
import { bm25Ranker, type Bm25Ranker } from './relevance/bm25';
import { HALVES, parseJudgedSet, toAnalysisInput, type JudgedDraft } from './relevance/judged-set';
import { K, scoreDraft, summarise, type DraftScore, type Summary } from './relevance/metrics';
import { analyzeDraft } from '../lib/analysis/index';
import { getPlaybook, loadPlaybookFor } from '../lib/playbook/index';
import { LOCALES, type Locale } from '../lib/playbook/signals';

const verbose = process.argv.includes('--verbose');
/** `--half=tune` prints only that half's figures and drafts, so tuning never reads the held-out ones. */
const onlyHalf = process.argv.find((a) => a.startsWith('--half='))?.slice('--half='.length);
const set = parseJudgedSet(raw);
const universe = { tips: new Set(set.judgedItems.tips), examples: new Set(set.judgedItems.examples) };

interface Shown {
  tips: string[];
  examples: string[];
  /** The kinds of post the system reads the draft as, when it has that notion. */
  postTypes?: string[];
}
interface System {
  name: string;
  show(draft: JudgedDraft): Shown;
}

await Promise.all(LOCALES.map(loadPlaybookFor));
const bm25 = new Map<Locale, Bm25Ranker>(LOCALES.map((l) => [l, bm25Ranker(getPlaybook(l))]));
const systems: System[] = [
  {
    name: 'Rostrum',
    show(draft) {
      const result = analyzeDraft(toAnalysisInput(draft));
      return {
        tips: result.tips.slice(0, K).map((t) => t.tip.id),
        examples: result.examples.slice(0, K).map((e) => e.example.id),
        postTypes: result.postTypes.map((p) => p.id),
      };
    },
  },
  { name: 'BM25', show: (draft) => bm25.get(draft.locale)!.rank(draft.text, K) },
];

type Kind = 'tips' | 'examples';
const KINDS: Kind[] = ['tips', 'examples'];

const runs = systems.map((system) =>
  set.drafts.map((draft) => {
    const shown = system.show(draft);
    const score = Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        scoreDraft({ shown: shown[kind], grades: draft[kind], judgedUniverse: universe[kind] }),
      ]),
    ) as Record<Kind, DraftScore>;
    return { draft, shown, score };
  }),
);

const fixed = (n: number): string => n.toFixed(2);
const ROWS: { label: string; cell: (s: Summary) => string }[] = [
  { label: 'nDCG@3', cell: (s) => fixed(s.ndcg) },
  { label: 'share of the top 3 slots holding a 2', cell: (s) => fixed(s.slotShareOfTwos) },
  {
    label: 'share of items shown that are 2s',
    cell: (s) => (s.shownShareOfTwos === null ? '–' : fixed(s.shownShareOfTwos)),
  },
  { label: 'first item is a 2', cell: (s) => `${s.firstHits} / ${s.drafts}` },
  { label: 'drafts shown nothing', cell: (s) => `${s.empty} / ${s.drafts}` },
  { label: 'shown items never judged', cell: (s) => String(s.unjudgedShown) },
];

function table(cells: string[][]): string {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(cells[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

for (const half of [...HALVES, 'all'] as const) {
  if (onlyHalf !== undefined && half !== onlyHalf) continue;
  const inHalf = (r: { draft: JudgedDraft }): boolean => half === 'all' || r.draft.half === half;
  const summaries = runs.map(
    (run) =>
      Object.fromEntries(
        KINDS.map((kind) => [kind, summarise(run.filter(inHalf).map((r) => r.score[kind]))]),
      ) as Record<Kind, Summary>,
  );
  const drafts = set.drafts.filter((d) => half === 'all' || d.half === half);
  // Drafts where the judge found nothing relevant: nDCG counts showing nothing there as right (1).
  const nothingRelevant = (kind: Kind): number =>
    drafts.filter((d) => Object.keys(d[kind]).length === 0).length;
  console.log(
    `\n### ${half} (${drafts.length} drafts; nothing judged relevant: ` +
      `${nothingRelevant('tips')} for tips, ${nothingRelevant('examples')} for examples)\n`,
  );
  const cells = [['', ...systems.map((s) => s.name)]];
  for (const kind of KINDS) {
    for (const row of ROWS) cells.push([`${kind}: ${row.label}`, ...summaries.map((s) => row.cell(s[kind]))]);
  }
  console.log(table(cells));
}

if (verbose) {
  console.log('\n### per draft (id(grade); grade 0 = not relevant, ? = never judged)\n');
  const mark = (ids: string[], draft: JudgedDraft, kind: Kind): string =>
    ids.length === 0
      ? '—'
      : ids.map((id) => `${id}(${universe[kind].has(id) ? (draft[kind][id] ?? 0) : '?'})`).join(', ');
  set.drafts.forEach((draft, i) => {
    if (onlyHalf !== undefined && draft.half !== onlyHalf) return;
    console.log(
      `${draft.id} ${draft.half} ${draft.locale} ${draft.platform} ${draft.account} [${draft.postTypes.join(', ')}]`,
    );
    systems.forEach((system, s) => {
      const shown = runs[s]![i]!.shown;
      console.log(`  ${system.name.padEnd(7)} tips: ${mark(shown.tips, draft, 'tips')}`);
      console.log(`  ${''.padEnd(7)} examples: ${mark(shown.examples, draft, 'examples')}`);
      if (shown.postTypes !== undefined)
        console.log(`  ${''.padEnd(7)} reads as: [${shown.postTypes.join(', ')}]`);
    });
  });
}
