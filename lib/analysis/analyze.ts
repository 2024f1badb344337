import { isPlatformId } from '../platforms/types';
import { POST_TYPES, type FindingId } from '../playbook/signals';
import { RECOGNISED_AT } from './post-types/types';
import { buildContext } from './context';
import { messageLocale } from './format';
import { rankExamples, rankTips, type DraftSignals } from './match';
import { findingMessage } from './messages';
import { raiseNeeds } from './needs';
import { recognisePostTypes, type RecognisedPostType } from './post-types/index';
import { FINDING_PRIORITY, SEVERITY_RANK } from './priority';
import { RULES } from './rules/index';
import type { WordToken } from './text/words';
import type {
  AnalysisInput,
  AnalysisResult,
  DraftContext,
  DraftPostType,
  Finding,
  PlaybookContent,
  RawFinding,
  Severity,
} from './types';

/** At most this many findings of one kind: the panel lists them, and a 60,000-character draft could raise hundreds. */
export const MAX_FINDINGS_PER_RULE = 10;

/** Tips and examples to rank when no playbook is given: the checks alone. */
export const NO_PLAYBOOK: PlaybookContent = { tips: [], examples: [] };

/**
 * Checks a draft for its platform and ranks the tips and examples of `input.playbook` for it (none when
 * it is unset). It imports no playbook content, so a page can show the checks before the playbook's
 * code and words have loaded. Pure and synchronous: same input, same output; never throws on any text.
 * @throws TypeError when `platform` is not a known platform id (a programming error, not user input).
 */
export function analyzeDraftWith(input: AnalysisInput): AnalysisResult {
  if (!isPlatformId(input.platform)) throw new TypeError(`Unknown platform: ${String(input.platform)}`);
  const text = typeof input.text === 'string' ? input.text : '';
  const ctx = buildContext({ ...input, text });
  const raw = runRules(ctx);
  const locale = messageLocale(input.locale);

  const counts = new Map<FindingId, { count: number; severity: Severity }>();
  for (const f of raw) {
    const c = counts.get(f.id);
    if (c === undefined) counts.set(f.id, { count: 1, severity: f.severity });
    else {
      c.count++;
      if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[c.severity]) c.severity = f.severity;
    }
  }

  const words = keywordWords(ctx);
  const postTypes = chosenOrRecognised(input.postTypes, ctx, words);
  const needs = raiseNeeds({ ctx, postTypes, findings: new Set(counts.keys()) });
  const playbook = input.playbook ?? NO_PLAYBOOK;
  const signals: DraftSignals = {
    findings: counts,
    postTypes,
    needs,
    platform: input.platform,
    account: input.account,
    objective: input.campaign?.objective,
    words,
    locale,
  };
  const tips = rankTips(playbook.tips, signals);
  const examples = rankExamples(playbook.examples, signals);

  const tipsByFinding = new Map<FindingId, string[]>();
  for (const { tip } of tips) {
    for (const f of tip.signals.findings) {
      if (!counts.has(f)) continue;
      const list = tipsByFinding.get(f) ?? [];
      list.push(tip.id);
      tipsByFinding.set(f, list);
    }
  }

  const findings: Finding[] = raw.map((f) => {
    const out: Finding = {
      id: f.id,
      severity: f.severity,
      message: findingMessage(f.id, f.params ?? {}, locale),
      tipIds: [...(tipsByFinding.get(f.id) ?? [])],
    };
    if (f.range !== undefined) out.range = [f.range[0], f.range[1]];
    return out;
  });

  const { used, limit, remaining } = ctx.length;
  const chosen = input.postTypes !== undefined;
  return {
    length: { used, limit, remaining },
    findings,
    tips,
    examples,
    postTypes: postTypes.map((p): DraftPostType => ({ id: p.id, evidence: p.evidence, chosen })),
    needs: needs.map((n) => n.id),
  };
}

const KNOWN_POST_TYPES: ReadonlySet<string> = new Set(POST_TYPES);

/** The user's choice when there is one (kept in their order, unknown ids dropped), else what the draft reads as. */
function chosenOrRecognised(
  chosen: AnalysisInput['postTypes'],
  ctx: DraftContext,
  words: readonly WordToken[],
): RecognisedPostType[] {
  if (chosen === undefined) return words.length === 0 ? [] : recognisePostTypes(ctx, words);
  return [...new Set(chosen)]
    .filter((id) => KNOWN_POST_TYPES.has(id))
    .map((id) => ({ id, strength: RECOGNISED_AT, evidence: '' }));
}

/** Runs every rule, keeps each to its cap, and orders the findings by importance. */
function runRules(ctx: DraftContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const rule of RULES) {
    let found: readonly RawFinding[];
    try {
      found = rule.check(ctx);
    } catch {
      // A faulty rule must not cost the user every other check.
      continue;
    }
    for (const f of found.slice(0, MAX_FINDINGS_PER_RULE)) {
      if (f.range !== undefined && !validRange(f.range, ctx.text.length)) {
        const { range: _dropped, ...rest } = f;
        out.push(rest);
      } else out.push(f);
    }
  }
  return out.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      FINDING_PRIORITY[b.id] - FINDING_PRIORITY[a.id] ||
      (a.range?.[0] ?? -1) - (b.range?.[0] ?? -1),
  );
}

function validRange(range: readonly [number, number], length: number): boolean {
  const [start, end] = range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

/** Running-text words plus hashtag bodies and mentioned handles ("#budget" speaks of the budget), in text order. */
function keywordWords(ctx: DraftContext): readonly WordToken[] {
  const { words, hashtags, mentions } = ctx;
  if (hashtags.length === 0 && mentions.length === 0) return words;
  const extra: WordToken[] = [
    ...hashtags.map((h) => ({ start: h.start, end: h.end, text: h.text, key: h.body.toLowerCase() })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, key: m.user.toLowerCase() })),
  ].sort((a, b) => a.start - b.start);
  // Both lists are in text order: merge them rather than sort the words.
  const out: WordToken[] = [];
  let w = 0;
  for (const x of extra) {
    while (w < words.length && words[w]!.start < x.start) out.push(words[w++]!);
    out.push(x);
  }
  while (w < words.length) out.push(words[w++]!);
  return out;
}
