import { describe, expect, it, vi } from 'vitest';

describe('defaultPlaybook', () => {
  it('goes without tips while the words load, and has them once they are in', async () => {
    // A fresh playbook module, as a panel sees it before its language's words arrive.
    vi.resetModules();
    const { defaultPlaybook } = await import('./default-playbook');
    const { loadPlaybookFor } = await import('../playbook/index');
    expect(defaultPlaybook('fr').tips).toEqual([]);
    await loadPlaybookFor('fr');
    const tips = defaultPlaybook('fr').tips;
    expect(tips.length).toBeGreaterThan(20);
    expect(defaultPlaybook('en').tips).toEqual([]);
    await loadPlaybookFor('en');
    const english = defaultPlaybook('en').tips;
    expect(english.map((tip) => tip.id)).toEqual(tips.map((tip) => tip.id));
    expect(english[0]?.title).not.toBe(tips[0]?.title);
  });
});
