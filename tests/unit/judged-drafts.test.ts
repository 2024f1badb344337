/**
 * The judged relevance set (bench/relevance/judged-drafts.json) is usable: it parses, every judged tip
 * and example exists in the playbook, and it covers what issue 12 asks of it (≥ 64 drafts, both
 * locales, every platform, both accounts, every post type at least 3 times), split evenly in halves.
 */
import { describe, expect, it } from 'vitest';
import raw from '../../bench/relevance/judged-drafts.json';
import { HALVES, parseJudgedSet, type JudgedDraft } from '../../bench/relevance/judged-set';
import { PLATFORM_IDS } from '../../lib/platforms/types';
import { getPlaybook } from '../../lib/playbook/index';
import { ACCOUNTS, LOCALES, POST_TYPES } from '../../lib/playbook/signals';

const set = parseJudgedSet(raw);
const drafts = set.drafts;

function countBy<T extends string>(
  items: readonly JudgedDraft[],
  key: (d: JudgedDraft) => T[],
): Map<T, number> {
  const out = new Map<T, number>();
  for (const d of items) for (const k of key(d)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
const inHalf = (half: string) => drafts.filter((d) => d.half === half);

describe('judged relevance set', () => {
  it('has at least 64 drafts with unique ids', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(64);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
  });

  it('judges only tips and examples that exist in the playbook of every locale', () => {
    for (const locale of LOCALES) {
      const playbook = getPlaybook(locale);
      const tipIds = new Set(playbook.tips.map((t) => t.id));
      const exampleIds = new Set(playbook.examples.map((e) => e.id));
      const unknown = drafts.flatMap((d) => [
        ...Object.keys(d.tips)
          .filter((id) => !tipIds.has(id))
          .map((id) => `${d.id}: tip ${id}`),
        ...Object.keys(d.examples)
          .filter((id) => !exampleIds.has(id))
          .map((id) => `${d.id}: example ${id}`),
      ]);
      expect(unknown, locale).toEqual([]);
    }
  });

  it('lists as judged exactly the items it grades from, all still in the playbook', () => {
    const listed = { tips: new Set(set.judgedItems.tips), examples: new Set(set.judgedItems.examples) };
    expect(listed.tips.size).toBe(set.judgedItems.tips.length);
    expect(listed.examples.size).toBe(set.judgedItems.examples.length);
    for (const d of drafts) {
      expect(
        Object.keys(d.tips).filter((id) => !listed.tips.has(id)),
        d.id,
      ).toEqual([]);
      expect(
        Object.keys(d.examples).filter((id) => !listed.examples.has(id)),
        d.id,
      ).toEqual([]);
    }
    const playbook = getPlaybook('en');
    const tipIds = new Set(playbook.tips.map((t) => t.id));
    const exampleIds = new Set(playbook.examples.map((e) => e.id));
    expect(set.judgedItems.tips.filter((id) => !tipIds.has(id))).toEqual([]);
    expect(set.judgedItems.examples.filter((id) => !exampleIds.has(id))).toEqual([]);
  });

  it('gives every draft at least one graded tip', () => {
    expect(drafts.filter((d) => Object.keys(d.tips).length === 0).map((d) => d.id)).toEqual([]);
  });

  it('covers every post type at least 3 times, in both halves', () => {
    const all = countBy(drafts, (d) => d.postTypes);
    for (const type of POST_TYPES) expect(all.get(type) ?? 0, type).toBeGreaterThanOrEqual(3);
    for (const half of HALVES) {
      const counts = countBy(inHalf(half), (d) => d.postTypes);
      expect(
        POST_TYPES.filter((t) => !counts.has(t)),
        half,
      ).toEqual([]);
    }
  });

  it('covers both locales (about a third French), every platform and both accounts', () => {
    const locales = countBy(drafts, (d) => [d.locale]);
    for (const locale of LOCALES) expect(locales.get(locale) ?? 0, locale).toBeGreaterThan(0);
    expect(locales.get('fr')! / drafts.length).toBeGreaterThan(0.25);
    const platforms = countBy(drafts, (d) => [d.platform]);
    expect(PLATFORM_IDS.filter((p) => !platforms.has(p))).toEqual([]);
    const accounts = countBy(drafts, (d) => [d.account]);
    expect(ACCOUNTS.filter((a) => !accounts.has(a))).toEqual([]);
  });

  it('splits exactly in half, balanced by locale and platform', () => {
    const [tune, holdout] = HALVES.map(inHalf);
    expect(tune!.length).toBe(holdout!.length);
    for (const key of [(d: JudgedDraft) => [d.locale], (d: JudgedDraft) => [d.platform]]) {
      const a = countBy(tune!, key);
      const b = countBy(holdout!, key);
      for (const k of new Set([...a.keys(), ...b.keys()])) {
        expect(Math.abs((a.get(k) ?? 0) - (b.get(k) ?? 0)), k).toBeLessThanOrEqual(1);
      }
    }
  });

  it('rejects a judgment graded outside 1–2 and an unknown post type', () => {
    const draft = drafts[0]!;
    expect(() =>
      parseJudgedSet({ ...set, drafts: [{ ...draft, tips: { 'execute-caption-every-video': 3 } }] }),
    ).toThrow(/judged-drafts\.json is invalid/);
    expect(() => parseJudgedSet({ ...set, drafts: [{ ...draft, postTypes: ['press-release'] }] })).toThrow();
  });
});
