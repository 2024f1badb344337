/** @vitest-environment happy-dom */
import { cleanup, render } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import sample from '../../docs/sample-content-pack.json';
import { parsePack } from '../../lib/playbook/pack';
import { NO_EXAMPLE_FILTERS, NO_TIP_FILTERS } from '../../lib/state/playbook-model';
import { CaseStudyLibrary } from './CaseStudyLibrary';
import { PackManager } from './PackManager';
import { EMPTY_PLAN, PlanChecklist } from './PlanChecklist';
import { PlaybookView } from './PlaybookView';
import { examples, facts, parliaments, tips } from './test-fixtures';
import { TipDetail } from './TipDetail';

afterEach(cleanup);

/** axe's rules that need layout or colour (happy-dom has neither) are left to the browser e2e run. */
async function violations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

const pack = parsePack(JSON.stringify(sample));

describe('playbook components have no axe violations', () => {
  it('(the check itself finds a real problem)', async () => {
    const { container } = render(
      <div>
        <button type="button" />
        <input type="text" />
      </div>,
    );
    expect((await violations(container)).map((v) => v.split(':')[0])).toEqual(['button-name', 'label']);
  });

  it('PlaybookView', async () => {
    const { container } = render(
      <PlaybookView
        tips={tips}
        query=""
        filters={NO_TIP_FILTERS}
        topicsByStage={{ plan: ['objectives'], execute: ['visuals'], measure: ['reporting'] }}
        facts={facts}
        onQueryChange={vi.fn()}
        onFilterChange={vi.fn()}
        onOpenTip={vi.fn()}
      />,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('TipDetail', async () => {
    const { container } = render(<TipDetail tip={tips[1]!} facts={facts} onBack={vi.fn()} />);
    expect(await violations(container)).toEqual([]);
  });

  it('CaseStudyLibrary, list and detail', async () => {
    const props = {
      examples,
      parliaments,
      locale: 'en',
      filters: NO_EXAMPLE_FILTERS,
      facts,
      onFilterChange: vi.fn(),
      onOpenExample: vi.fn(),
    };
    const list = render(<CaseStudyLibrary {...props} />);
    expect(await violations(list.container)).toEqual([]);
    list.unmount();
    const detail = render(<CaseStudyLibrary {...props} selectedExample={examples[0]!} />);
    expect(await violations(detail.container)).toEqual([]);
  });

  it('PlanChecklist', async () => {
    const { container } = render(
      <PlanChecklist value={EMPTY_PLAN} onChange={vi.fn()} onOpenTopic={vi.fn()} />,
    );
    expect(await violations(container)).toEqual([]);
  });

  it('PackManager', async () => {
    const { container } = render(
      <PackManager packs={pack.ok ? [pack.pack] : []} onInstall={vi.fn()} onRemove={vi.fn()} />,
    );
    expect(await violations(container)).toEqual([]);
  });
});
