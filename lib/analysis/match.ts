import type { PlatformId } from '../platforms/types';
import type { Example, Signals, Tip } from '../playbook/schema';
import type { Account, FindingId, Objective, Topic } from '../playbook/signals';
import type { MessageLocale } from './format';
import { PhraseMatcher } from './lexicon/phrase-matcher';
import { FINDING_PRIORITY, SEVERITY_RANK } from './priority';
import { findingReason, keywordReason, objectiveReason, themeReason } from './reasons';
import type { WordToken } from './text/words';
import type { RankedExample, RankedTip, Severity } from './types';

/** What the matcher knows about a draft. */
export interface DraftSignals {
  /** Each finding raised, with how often and its worst severity. */
  findings: ReadonlyMap<FindingId, { count: number; severity: Severity }>;
  platform: PlatformId;
  account: Account | undefined;
  objective: Objective | undefined;
  /** Words of the draft (running text and hashtag bodies), for keyword signals. */
  words: readonly WordToken[];
  locale: MessageLocale;
}

/** Topics an example can be about that each finding touches (examples carry themes, not findings). */
export const FINDING_TOPICS: Readonly<Record<FindingId, readonly Topic[]>> = {
  'over-limit': ['writing'],
  'near-limit': ['writing'],
  'hashtag-not-camelcase': ['hashtags', 'accessibility'],
  'too-many-hashtags': ['hashtags'],
  'campaign-hashtag-missing': ['hashtags'],
  'image-missing-alt': ['accessibility', 'visuals'],
  'video-missing-captions': ['accessibility', 'video'],
  'emoji-overuse': ['accessibility'],
  'emoji-replaces-words': ['accessibility'],
  'fancy-unicode-text': ['accessibility'],
  'all-caps': ['accessibility', 'plain-language'],
  'long-sentence': ['plain-language'],
  jargon: ['plain-language'],
  'unexplained-acronym': ['plain-language'],
  'partisan-language': ['impartiality'],
  'no-call-to-action': ['engagement'],
  'link-shortener': ['links'],
  'too-many-links': ['links'],
  'mention-heavy': ['mentions'],
  'thread-numbering': ['writing'],
  'posting-time': ['timing'],
  'language-mismatch': ['audience'],
  'fold-cuts-message': ['writing'],
};

// Score bands: a finding always outranks an objective, which outranks a keyword; an example's theme
// ranks by the finding that touches it (between 100 and 180).
const FINDING_BASE = 200;
const SEVERITY_BONUS: Readonly<Record<Severity, number>> = { error: 40, warning: 15, info: 0 };
const OBJECTIVE_BASE = 150;
const KEYWORD_BASE = 120;
const THEME_BASE = 100;

/** The parts of a tip or example that matching reads. */
interface Item {
  id: string;
  platforms: 'all' | readonly PlatformId[];
  accounts: readonly Account[];
  signals: Signals;
  objectives: readonly Objective[];
  themes: readonly Topic[];
  /** Lower-case keywords. */
  keywords: readonly string[];
  execute: boolean;
}

/** Everything about a list of tips or examples that does not depend on the draft, built once per list. */
interface ItemIndex {
  items: readonly Item[];
  byFinding: ReadonlyMap<FindingId, readonly number[]>;
  byObjective: ReadonlyMap<Objective, readonly number[]>;
  byTheme: ReadonlyMap<Topic, readonly number[]>;
  byKeyword: ReadonlyMap<string, readonly number[]>;
  keywords: PhraseMatcher<string>;
}

/** Why an item was chosen, put into words only for the winner. */
type Because =
  | { kind: 'finding'; finding: FindingId; count: number }
  | { kind: 'objective'; objective: Objective }
  | { kind: 'keyword'; words: readonly string[] }
  | { kind: 'theme'; topic: Topic };

interface Scored {
  i: number;
  id: string;
  score: number;
  because: Because;
  /** What brought it ("finding:jargon"): items sharing a key are alternatives to each other. */
  key: string;
}

const INDEXES = new WeakMap<readonly object[], ItemIndex>();

function indexOf(list: readonly object[], toItem: (x: never) => Item, useThemes: boolean): ItemIndex {
  const cached = INDEXES.get(list);
  if (cached !== undefined) return cached;
  const items = list.map((x) => toItem(x as never));
  const byFinding = new Map<FindingId, number[]>();
  const byObjective = new Map<Objective, number[]>();
  const byTheme = new Map<Topic, number[]>();
  const byKeyword = new Map<string, number[]>();
  const add = <K>(m: Map<K, number[]>, k: K, i: number): void => {
    const l = m.get(k);
    if (l === undefined) m.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  items.forEach((item, i) => {
    for (const f of item.signals.findings) add(byFinding, f, i);
    for (const o of item.objectives) add(byObjective, o, i);
    if (useThemes) for (const t of item.themes) add(byTheme, t, i);
    for (const k of item.keywords) add(byKeyword, k, i);
  });
  const index: ItemIndex = {
    items,
    byFinding,
    byObjective,
    byTheme,
    byKeyword,
    keywords: new PhraseMatcher(
      [...byKeyword.keys()].map((k) => [k, k] as const),
      { stems: true },
    ),
  };
  INDEXES.set(list, index);
  return index;
}

function tipItem(t: Tip): Item {
  return {
    id: t.id,
    platforms: t.platforms,
    accounts: t.accounts,
    signals: t.signals,
    objectives: t.signals.objectives,
    themes: [],
    keywords: t.signals.keywords.map((k) => k.toLowerCase()),
    execute: t.stage === 'execute',
  };
}

function exampleItem(e: Example): Item {
  return {
    id: e.id,
    platforms: e.platforms,
    accounts: e.accounts,
    signals: e.signals,
    objectives: [...new Set([...e.objectives, ...e.signals.objectives])],
    themes: e.themes,
    keywords: e.signals.keywords.map((k) => k.toLowerCase()),
    execute: false,
  };
}

/** Tips relevant to the draft, best first, each with why. */
export function rankTips(tips: readonly Tip[], draft: DraftSignals): RankedTip[] {
  const index = indexOf(tips, tipItem, false);
  const reasons = new Map<string, string>();
  return rank(index, draft).map((s) => ({
    tip: tips[s.i]!,
    reason: reasonOf(s, draft.locale, reasons),
    score: s.score,
  }));
}

/** Case-study examples relevant to the draft, best first, each with why. */
export function rankExamples(examples: readonly Example[], draft: DraftSignals): RankedExample[] {
  const index = indexOf(examples, exampleItem, true);
  const reasons = new Map<string, string>();
  return rank(index, draft).map((s) => ({
    example: examples[s.i]!,
    reason: reasonOf(s, draft.locale, reasons),
    score: s.score,
  }));
}

function rank(index: ItemIndex, draft: DraftSignals): Scored[] {
  // Gather only the items some signal points at.
  const candidates = new Set<number>();
  const addAll = (l: readonly number[] | undefined): void => {
    if (l !== undefined) for (const i of l) candidates.add(i);
  };
  for (const f of draft.findings.keys()) addAll(index.byFinding.get(f));
  if (draft.objective !== undefined) addAll(index.byObjective.get(draft.objective));
  const present = new Set<string>();
  if (index.byKeyword.size > 0) {
    for (const hit of index.keywords.match(draft.words)) present.add(hit.value);
    for (const k of present) addAll(index.byKeyword.get(k));
  }
  const themes = index.byTheme.size > 0 ? themesOf(draft) : new Map<Topic, FindingId>();
  for (const t of themes.keys()) addAll(index.byTheme.get(t));

  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const item = index.items[i]!;
    if (seen.has(item.id) || !applies(item, draft)) continue;
    const s = score(item, present, themes, draft);
    if (s === undefined) continue;
    seen.add(item.id);
    out.push({ i, id: item.id, ...s });
  }
  // Stable: equal scores keep a fixed order by id, whatever order the content lists them in.
  const byScore = (a: Scored, b: Scored): number =>
    b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  out.sort(byScore);
  // Spread the top of the list over different concerns: the best item for each reason first (so the
  // first three address the three most important problems), then the second best of each, and so on.
  const depth = new Map<string, number>();
  const ranked = out.map((o) => {
    const d = depth.get(o.key) ?? 0;
    depth.set(o.key, d + 1);
    return { o, d };
  });
  ranked.sort((a, b) => a.d - b.d || byScore(a.o, b.o));
  return ranked.map((r) => r.o);
}

function applies(item: Item, draft: DraftSignals): boolean {
  if (item.signals.browseOnly) return false;
  if (item.platforms !== 'all' && !item.platforms.includes(draft.platform)) return false;
  return draft.account === undefined || item.accounts.includes(draft.account);
}

function score(
  item: Item,
  present: ReadonlySet<string>,
  themes: ReadonlyMap<Topic, FindingId>,
  draft: DraftSignals,
): Omit<Scored, 'i' | 'id'> | undefined {
  let best: { score: number; because: Because; key: string } | undefined;
  let signals = 0;
  const consider = (score: number, because: Because, key: string): void => {
    signals++;
    if (best === undefined || score > best.score) best = { score, because, key };
  };
  for (const f of item.signals.findings) {
    const hit = draft.findings.get(f);
    if (hit === undefined) continue;
    consider(
      FINDING_BASE + FINDING_PRIORITY[f] + SEVERITY_BONUS[hit.severity],
      { kind: 'finding', finding: f, count: hit.count },
      `finding:${f}`,
    );
  }
  if (draft.objective !== undefined && item.objectives.includes(draft.objective)) {
    consider(
      OBJECTIVE_BASE,
      { kind: 'objective', objective: draft.objective },
      `objective:${draft.objective}`,
    );
  }
  if (present.size > 0) {
    const words = item.keywords.filter((k) => present.has(k));
    if (words.length > 0) {
      consider(
        KEYWORD_BASE + Math.min(words.length - 1, 3) * 5,
        { kind: 'keyword', words: words.slice(0, 3) },
        `keyword:${words[0]!}`,
      );
    }
  }
  for (const t of item.themes) {
    const f = themes.get(t);
    if (f === undefined) continue;
    // A theme is a looser fit than a finding signal, but an important finding's theme still beats a keyword.
    const sev = draft.findings.get(f)!.severity;
    consider(
      THEME_BASE + FINDING_PRIORITY[f] * 0.6 + SEVERITY_BONUS[sev] / 2,
      { kind: 'theme', topic: t },
      `theme:${t}`,
    );
  }
  if (best === undefined) return undefined;
  const chosen: { score: number; because: Because; key: string } = best;
  // Small bonuses order items that share a main reason: more signals, a closer fit to the draft.
  let bonus = Math.min(signals - 1, 3) * 6;
  if (item.platforms !== 'all') bonus += 5;
  if (draft.account !== undefined && item.accounts.length === 1) bonus += 4;
  if (item.execute) bonus += 3;
  return { score: Math.round(chosen.score + bonus), because: chosen.because, key: chosen.key };
}

/** The reason in words; items brought by the same signal share it, so it is worded once per call. */
function reasonOf(s: Scored, locale: MessageLocale, cache: Map<string, string>): string {
  // Keyword reasons list the item's own matched words, so they are keyed by those words.
  const key = s.because.kind === 'keyword' ? `keyword:${s.because.words.join('|')}` : s.key;
  let reason = cache.get(key);
  if (reason === undefined) {
    reason = wordReason(s.because, locale);
    cache.set(key, reason);
  }
  return reason;
}

function wordReason(b: Because, locale: MessageLocale): string {
  switch (b.kind) {
    case 'finding':
      return findingReason(b.finding, b.count, locale);
    case 'objective':
      return objectiveReason(b.objective, locale);
    case 'keyword':
      return keywordReason(b.words, locale);
    case 'theme':
      return themeReason(b.topic, locale);
  }
}

/** For each theme, the most important finding of the draft that touches it. */
function themesOf(draft: DraftSignals): Map<Topic, FindingId> {
  const out = new Map<Topic, FindingId>();
  const ordered = [...draft.findings.entries()].sort(
    (a, b) =>
      SEVERITY_RANK[a[1].severity] - SEVERITY_RANK[b[1].severity] ||
      FINDING_PRIORITY[b[0]] - FINDING_PRIORITY[a[0]],
  );
  for (const [f] of ordered) for (const t of FINDING_TOPICS[f]) if (!out.has(t)) out.set(t, f);
  return out;
}
