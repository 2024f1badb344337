import type { PlatformId } from '../platforms/types';
import type { Example, Signals, Tip } from '../playbook/schema';
import type { Account, FindingId, Need, Objective, PostType } from '../playbook/signals';
import type { MessageLocale } from './format';
import { PhraseMatcher } from './lexicon/phrase-matcher';
import type { RaisedNeed } from './needs';
import type { RecognisedPostType } from './post-types/index';
import { FINDING_PRIORITY } from './priority';
import { findingReason, needReason, platformReason, postTypeReason } from './reasons';
import type { WordToken } from './text/words';
import type { RankedExample, RankedTip, Severity } from './types';

/** What the matcher knows about a draft. */
export interface DraftSignals {
  /** Each finding raised, with how often and its worst severity. */
  findings: ReadonlyMap<FindingId, { count: number; severity: Severity }>;
  /** The kinds of post it reads as, strongest first. */
  postTypes: readonly RecognisedPostType[];
  /** What it still needs to work. */
  needs: readonly RaisedNeed[];
  platform: PlatformId;
  account: Account | undefined;
  objective: Objective | undefined;
  /** Words of the draft (running text and hashtag bodies), for keyword tie-breaks. */
  words: readonly WordToken[];
  locale: MessageLocale;
}

/**
 * How much meeting each need matters, 0–50: first what makes the post fail at its own job (nobody
 * can act on it, the institution takes sides, a myth spreads), then what shuts people out, then polish.
 */
export const NEED_PRIORITY: Readonly<Record<Need, number>> = {
  'impartial-wording': 50,
  'lead-with-fact': 48,
  deadline: 44,
  link: 42,
  'call-to-action': 40,
  'strong-opener': 38,
  captions: 36,
  'alt-text': 36,
  moderation: 45,
  'time-and-place': 30,
  consent: 30,
  'plain-explanation': 26,
};

// Grounds for showing an item, in bands: the draft's own weak spot (a need) first, then what its
// checks found, then simply what kind of post it is. Objectives, shared words, platform and account
// only order items within a band: on their own they do not show anything.
const NEED_BASE = 250;
/** An item that answers a need and serves the kind of post that raised it fits twice. */
const NEED_AND_TYPE = 10;
const FINDING_BASE = 120;
const SEVERITY_BONUS: Readonly<Record<Severity, number>> = { error: 40, warning: 15, info: 0 };
const TYPE_BASE = 160;
/** The strongest kind of post counts most; a third, loosely recognised kind, least. */
const TYPE_RANK_BONUS = [45, 15, 0] as const;
/** A tip written for this one platform (LinkedIn's fold, YouTube's titles) fits any post there. */
const PLATFORM_BASE = 160;
/** "Written for one platform": a list this short; longer lists only exclude a platform or two. */
const FEW_PLATFORMS = 2;
const EXTRA_GROUND = 12;
/**
 * An item that names one finding, need or kind of post is written for it; one that lists four only
 * touches on each ("cut words, not letters" mentions acronyms, but "spell out an acronym" is about them).
 * The bonus for the ground it is shown on is FOCUS divided by how many of that kind it lists.
 */
const FOCUS = 24;
/** How much less a second item for the same reason counts than the first: variety, not a rule. */
const SPREAD = 30;
/**
 * A case study that serves kinds of post the draft is not (a youth parliament's live stream beside
 * an ordinary sitting) fits less for each; below {@link EXAMPLE_MIN} it is not shown.
 */
const EXAMPLE_OFF_TYPE = 15;
/** A case study that matches several of the draft's kinds of post fits it more closely. */
const EXAMPLE_EACH_TYPE = 10;
const EXAMPLE_SHARED_WORD = 8;
/**
 * The least a case study must fit to be shown: one of the draft's main kind that also serves one kind
 * the draft is not (the youth parliament's explainer films beside an explainer) needs a shared word
 * to be shown; one serving two kinds the draft is not needs more.
 */
const EXAMPLE_MIN = TYPE_BASE + TYPE_RANK_BONUS[0] - EXAMPLE_OFF_TYPE + EXAMPLE_SHARED_WORD;
/**
 * Needs of the draft itself that a case study can answer without sharing its kind of post. Not
 * captions: the captioning cases are about broadcasting sittings, a model for live coverage only.
 */
const MEDIA_OR_STANCE: ReadonlySet<Need> = new Set(['alt-text', 'impartial-wording']);

/** The parts of a tip or example that matching reads. */
interface Item {
  id: string;
  platforms: 'all' | readonly PlatformId[];
  accounts: readonly Account[];
  signals: Signals;
  postTypes: readonly PostType[];
  needs: readonly Need[];
  objectives: readonly Objective[];
  /** Lower-case keywords. */
  keywords: readonly string[];
  execute: boolean;
  /**
   * A case study shows one parliament's answer to one kind of post: it answers a need only for that
   * kind (a petition example does not help a job advert that lacks a link), or a need of the draft itself.
   */
  example: boolean;
}

/** Everything about a list of tips or examples that does not depend on the draft, built once per list. */
interface ItemIndex {
  items: readonly Item[];
  byFinding: ReadonlyMap<FindingId, readonly number[]>;
  byPostType: ReadonlyMap<PostType, readonly number[]>;
  byNeed: ReadonlyMap<Need, readonly number[]>;
  /** Tips written for one or two platforms: candidates on those platforms whatever the post. */
  byPlatform: ReadonlyMap<PlatformId, readonly number[]>;
  keywords: PhraseMatcher<string>;
}

/** Why an item was chosen, put into words only for what is shown. */
type Because =
  | { kind: 'need'; need: Need; postType: PostType | undefined }
  | { kind: 'finding'; finding: FindingId; count: number }
  | { kind: 'post-type'; postType: PostType }
  | { kind: 'platform'; platform: PlatformId };

interface Scored {
  i: number;
  id: string;
  score: number;
  because: Because;
  /** What brought it ("need:deadline"): items sharing a key are alternatives to each other. */
  key: string;
  /** Keywords it shares with the draft, uncapped: the first tie-break, as "why this one first". */
  shared: number;
}

const INDEXES = new WeakMap<readonly object[], ItemIndex>();

function indexOf(list: readonly object[], toItem: (x: never) => Item): ItemIndex {
  const cached = INDEXES.get(list);
  if (cached !== undefined) return cached;
  const items = list.map((x) => toItem(x as never));
  const byFinding = new Map<FindingId, number[]>();
  const byPostType = new Map<PostType, number[]>();
  const byNeed = new Map<Need, number[]>();
  const byPlatform = new Map<PlatformId, number[]>();
  const keywords = new Set<string>();
  const add = <K>(m: Map<K, number[]>, k: K, i: number): void => {
    const l = m.get(k);
    if (l === undefined) m.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  items.forEach((item, i) => {
    for (const f of item.signals.findings) add(byFinding, f, i);
    for (const t of item.postTypes) add(byPostType, t, i);
    for (const n of item.needs) add(byNeed, n, i);
    if (writtenForPlatform(item)) for (const p of item.platforms) add(byPlatform, p, i);
    for (const k of item.keywords) keywords.add(k);
  });
  const index: ItemIndex = {
    items,
    byFinding,
    byPostType,
    byNeed,
    byPlatform,
    keywords: new PhraseMatcher(
      [...keywords].map((k) => [k, k] as const),
      { stems: true },
    ),
  };
  INDEXES.set(list, index);
  return index;
}

function tipItem(t: Tip): Item {
  return {
    example: false,
    id: t.id,
    platforms: t.platforms,
    accounts: t.accounts,
    signals: t.signals,
    postTypes: t.serves.postTypes,
    needs: t.serves.needs,
    objectives: t.signals.objectives,
    keywords: t.signals.keywords.map((k) => k.toLowerCase()),
    execute: t.stage === 'execute',
  };
}

function exampleItem(e: Example): Item {
  return {
    example: true,
    id: e.id,
    platforms: e.platforms,
    accounts: e.accounts,
    signals: e.signals,
    postTypes: e.serves.postTypes,
    needs: e.serves.needs,
    objectives: [...new Set([...e.objectives, ...e.signals.objectives])],
    keywords: e.signals.keywords.map((k) => k.toLowerCase()),
    execute: false,
  };
}

/** Tips that serve the draft, best first, each with why; nothing that does not. */
export function rankTips(tips: readonly Tip[], draft: DraftSignals): RankedTip[] {
  const index = indexOf(tips, tipItem);
  const reasons = new Map<string, string>();
  return rank(index, draft).map((s) => ({
    tip: tips[s.i]!,
    reason: reasonOf(s, draft.locale, reasons),
    score: s.score,
  }));
}

/**
 * Case-study examples that serve the draft, best first, each with why; nothing that does not. They
 * model the draft's main kind of post; when none for that kind fits, the second kind's (a petition
 * debate with no debate case study shown gets the petition ones) rather than nothing.
 */
export function rankExamples(examples: readonly Example[], draft: DraftSignals): RankedExample[] {
  const index = indexOf(examples, exampleItem);
  const reasons = new Map<string, string>();
  const [main, second] = draft.postTypes;
  let ranked = rank(index, draft, 0);
  if (main !== undefined && second !== undefined) {
    if (!ranked.some((s) => index.items[s.i]!.postTypes.includes(main.id))) ranked = rank(index, draft, 1);
  }
  return ranked.map((s) => ({
    example: examples[s.i]!,
    reason: reasonOf(s, draft.locale, reasons),
    score: s.score,
  }));
}

/** `modelled`: which of the draft's kinds of post (by rank) case studies are shown for. */
function rank(index: ItemIndex, draft: DraftSignals, modelled = 0): Scored[] {
  // Only items that some ground points at are candidates: the threshold is having a ground at all.
  const candidates = new Set<number>();
  const addAll = (l: readonly number[] | undefined): void => {
    if (l !== undefined) for (const i of l) candidates.add(i);
  };
  for (const f of draft.findings.keys()) addAll(index.byFinding.get(f));
  for (const t of draft.postTypes) addAll(index.byPostType.get(t.id));
  for (const n of draft.needs) addAll(index.byNeed.get(n.id));
  addAll(index.byPlatform.get(draft.platform));
  if (candidates.size === 0) return [];

  const present = new Set<string>();
  for (const hit of index.keywords.match(draft.words)) present.add(hit.value);

  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const item = index.items[i]!;
    if (seen.has(item.id) || !applies(item, draft)) continue;
    const s = score(item, present, draft, modelled);
    if (s === undefined) continue;
    seen.add(item.id);
    out.push({ i, id: item.id, ...s });
  }
  // Equal scores: the item sharing more words with the draft first (an order a reader can see), then
  // by id, so the order never depends on how the content lists them.
  const byScore = (a: Scored, b: Scored): number =>
    b.score - a.score || b.shared - a.shared || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  out.sort(byScore);
  // Spread the top of the list over different grounds: the best item for each first (so the first
  // three answer three different things the post needs), then the second best of each, and so on.
  const depth = new Map<string, number>();
  const ranked = out.map((o) => {
    const d = depth.get(o.key) ?? 0;
    depth.set(o.key, d + 1);
    return { o, d };
  });
  const spread = (r: { o: Scored; d: number }): number => r.o.score - r.d * SPREAD;
  ranked.sort((a, b) => spread(b) - spread(a) || byScore(a.o, b.o));
  return ranked.map((r) => r.o);
}

/** A tip written for one platform (LinkedIn's fold, YouTube's titles); a case study's platforms only say where it happened. */
function writtenForPlatform(item: Item): item is Item & { platforms: readonly PlatformId[] } {
  return !item.example && item.platforms !== 'all' && item.platforms.length <= FEW_PLATFORMS;
}

function applies(item: Item, draft: DraftSignals): boolean {
  if (item.signals.browseOnly) return false;
  // A case study's lesson travels: a correction done well on X is a model for one on Bluesky.
  if (!item.example && item.platforms !== 'all' && !item.platforms.includes(draft.platform)) return false;
  return draft.account === undefined || item.accounts.includes(draft.account);
}

function score(
  item: Item,
  present: ReadonlySet<string>,
  draft: DraftSignals,
  modelled: number,
): Omit<Scored, 'i' | 'id'> | undefined {
  let best: { score: number; because: Because; key: string } | undefined;
  // Kinds of ground, not their number: two findings about plain words are one reason, not two.
  const grounds = new Set<Because['kind']>();
  const breadth = item.needs.length + item.signals.findings.length + item.postTypes.length;
  const consider = (base: number, listed: number, because: Because, key: string): void => {
    // A case study is one parliament's story, tagged with all it touched on: focus is a tip's measure.
    const score = item.example ? base : base + FOCUS / Math.max(listed, 1) + FOCUS / Math.max(breadth, 1);
    // Being written for the platform orders items; it does not make one fit the post better.
    if (because.kind !== 'platform') grounds.add(because.kind);
    if (best === undefined || score > best.score) best = { score, because, key };
  };
  for (const n of draft.needs) {
    if (!item.needs.includes(n.id)) continue;
    const alsoType = n.because !== undefined && item.postTypes.includes(n.because);
    if (item.example && !(n.because === undefined ? MEDIA_OR_STANCE.has(n.id) : alsoType)) continue;
    consider(
      NEED_BASE + NEED_PRIORITY[n.id] + (alsoType ? NEED_AND_TYPE : 0),
      item.needs.length,
      { kind: 'need', need: n.id, postType: n.because },
      `need:${n.id}`,
    );
  }
  // A case study is shown for the kind of post or what it needs, not for a check on the wording.
  for (const f of item.example ? [] : item.signals.findings) {
    const hit = draft.findings.get(f);
    if (hit === undefined) continue;
    consider(
      FINDING_BASE + FINDING_PRIORITY[f] + SEVERITY_BONUS[hit.severity],
      item.signals.findings.length,
      { kind: 'finding', finding: f, count: hit.count },
      `finding:${f}`,
    );
  }
  draft.postTypes.forEach((t, rankOfType) => {
    if (!item.postTypes.includes(t.id)) return;
    // A case study models one kind of post, the main one unless it has none; one for a kind the post
    // only touches on is a digression. The kind modelled counts as the main one for the threshold.
    if (item.example && rankOfType !== modelled) return;
    consider(
      TYPE_BASE + (TYPE_RANK_BONUS[item.example ? 0 : rankOfType] ?? 0),
      item.postTypes.length,
      { kind: 'post-type', postType: t.id },
      `post-type:${t.id}`,
    );
  });
  const forThisPlatform = writtenForPlatform(item);
  if (forThisPlatform) {
    consider(
      PLATFORM_BASE,
      item.platforms.length,
      { kind: 'platform', platform: draft.platform },
      `platform:${draft.platform}`,
    );
  }
  if (best === undefined || (item.example && grounds.size === 0)) return undefined;
  const chosen: { score: number; because: Because; key: string } = best;
  // Within a band: more kinds of ground, then the stage (a draft needs execution advice now), the
  // campaign's aim, the platform, the account, shared words.
  let bonus = Math.min(grounds.size - 1, 3) * EXTRA_GROUND;
  if (item.execute) bonus += 10;
  if (draft.objective !== undefined && item.objectives.includes(draft.objective)) bonus += 6;
  if (
    forThisPlatform ||
    (item.example && item.platforms !== 'all' && item.platforms.includes(draft.platform))
  )
    bonus += 5;
  if (draft.account !== undefined && item.accounts.length === 1) bonus += 4;
  // Shared words only break ties between tips; between case studies of the same kind of post they
  // are what tells the open day from the virtual tour, so they count for more there.
  const shared = present.size > 0 ? item.keywords.filter((k) => present.has(k)).length : 0;
  bonus += Math.min(shared, 3) * (item.example ? EXAMPLE_SHARED_WORD : 1);
  if (item.example) {
    const recognised = new Set(draft.postTypes.map((t) => t.id));
    const matched = item.postTypes.filter((t) => recognised.has(t)).length;
    bonus += Math.max(matched - 1, 0) * EXAMPLE_EACH_TYPE;
    bonus -= (item.postTypes.length - matched) * EXAMPLE_OFF_TYPE;
  }
  const total = Math.round(chosen.score + bonus);
  if (item.example && total < EXAMPLE_MIN) return undefined;
  return { score: total, because: chosen.because, key: chosen.key, shared };
}

/** The reason in words; items brought by the same ground share it, so it is worded once per call. */
function reasonOf(s: Scored, locale: MessageLocale, cache: Map<string, string>): string {
  const key = s.because.kind === 'need' ? `${s.key}:${s.because.postType ?? ''}` : s.key;
  let reason = cache.get(key);
  if (reason === undefined) {
    reason = wordReason(s.because, locale);
    cache.set(key, reason);
  }
  return reason;
}

function wordReason(b: Because, locale: MessageLocale): string {
  switch (b.kind) {
    case 'need':
      return needReason(b.need, b.postType, locale);
    case 'finding':
      return findingReason(b.finding, b.count, locale);
    case 'post-type':
      return postTypeReason(b.postType, locale);
    case 'platform':
      return platformReason(b.platform, locale);
  }
}
