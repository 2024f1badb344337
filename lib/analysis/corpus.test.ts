import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../platforms/types';
import { getPlaybook } from '../playbook/index';
import { FINDING_IDS } from '../playbook/signals';
import { CORPUS } from './corpus/index';
import { analyzeDraft, type AnalysisResult } from './index';

const results = new Map<string, AnalysisResult>(
  CORPUS.map((d) => [d.id, analyzeDraft({ ...d.input, locale: d.lang })]),
);

describe('corpus of parliamentary drafts', () => {
  it.each(CORPUS.map((d) => [d.id, d] as const))('%s', (_id, draft) => {
    const found = new Set(results.get(draft.id)!.findings.map((f) => f.id));
    for (const id of draft.must) expect(found, `${draft.id} must raise ${id}`).toContain(id);
    for (const id of draft.mustNot) expect(found, `${draft.id} must not raise ${id}`).not.toContain(id);
  });

  it('has at least 40 drafts with unique ids', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((d) => d.id)).size).toBe(CORPUS.length);
  });

  it('covers every platform in both languages and for both kinds of account', () => {
    for (const platform of PLATFORM_IDS) {
      for (const lang of ['en', 'fr'] as const) {
        expect(
          CORPUS.some((d) => d.input.platform === platform && d.lang === lang),
          `${platform} ${lang}`,
        ).toBe(true);
      }
    }
    for (const lang of ['en', 'fr'] as const) {
      for (const account of ['institution', 'member'] as const) {
        expect(
          CORPUS.filter((d) => d.lang === lang && d.input.account === account).length,
        ).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('makes every finding appear in at least one draft that must raise it', () => {
    const required = new Set(CORPUS.flatMap((d) => d.must));
    for (const id of FINDING_IDS) expect(required, id).toContain(id);
  });

  // Only a post type, a need or a finding shows an item beside a draft; an item with none of them is
  // for browsing the playbook (campaign planning, account set-up), and that is what it should be.
  const grounded = (x: {
    serves: { postTypes: unknown[]; needs: unknown[] };
    signals: { findings: unknown[]; browseOnly: boolean };
  }): boolean =>
    !x.signals.browseOnly &&
    x.serves.postTypes.length + x.serves.needs.length + x.signals.findings.length > 0;

  it('reaches every playbook tip that serves a post type, a need or a finding from some draft', () => {
    const reached = new Set([...results.values()].flatMap((r) => r.tips.map((t) => t.tip.id)));
    const unreachable = getPlaybook('en')
      .tips.filter((t) => grounded(t) && !reached.has(t.id))
      .map((t) => t.id);
    expect(unreachable).toEqual([]);
  });

  it('shows every case-study example beside a post of the kinds it serves', () => {
    // Examples are held to a stricter fit than tips, so the corpus cannot reach them all; a post of
    // exactly their kinds, as a user can choose in the panel, must.
    const unreachable = getPlaybook('en')
      .examples.filter((e) => grounded(e) && e.serves.postTypes.length > 0)
      .filter((e) => {
        const r = analyzeDraft({
          text: 'Today in Parliament.',
          platform: e.platforms === 'all' ? 'facebook' : e.platforms[0]!,
          account: e.accounts[0]!,
          postTypes: e.serves.postTypes,
        });
        return !r.examples.some((x) => x.example.id === e.id);
      })
      .map((e) => e.id);
    expect(unreachable).toEqual([]);
  });

  it('gives every shown tip and example a reason in the draft language', () => {
    for (const d of CORPUS) {
      const r = results.get(d.id)!;
      for (const t of [...r.tips, ...r.examples]) expect(t.reason.length).toBeGreaterThan(5);
      if (d.lang === 'fr')
        for (const f of r.findings) expect(f.message).not.toMatch(/^The |^Only |words together/);
    }
  });
});
